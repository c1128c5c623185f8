# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from typing import Any

from ...models.add_channel_apps_request_item import AddChannelAppsRequestItem
from ...types import UNSET


def build_request(
    *,
    body: list[AddChannelAppsRequestItem],
    channel_id: int,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for POST /current/integrations/AddChannelApps."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["ChannelID"] = channel_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/current/integrations/AddChannelApps",
        "params": params,
    }

    _kwargs["json"] = []
    for componentsschemas_add_channel_apps_request_item_data in body:
        componentsschemas_add_channel_apps_request_item = (
            componentsschemas_add_channel_apps_request_item_data.to_dict()
        )
        _kwargs["json"].append(componentsschemas_add_channel_apps_request_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
