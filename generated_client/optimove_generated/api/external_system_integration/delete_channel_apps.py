# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from typing import Any

from ...models.delete_channel_apps_request_item import DeleteChannelAppsRequestItem


def build_request(
    *,
    body: list[DeleteChannelAppsRequestItem],
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for POST /current/integrations/DeleteChannelApps."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/current/integrations/DeleteChannelApps",
    }

    _kwargs["json"] = []
    for componentsschemas_delete_channel_apps_request_item_data in body:
        componentsschemas_delete_channel_apps_request_item = (
            componentsschemas_delete_channel_apps_request_item_data.to_dict()
        )
        _kwargs["json"].append(componentsschemas_delete_channel_apps_request_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
