# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from typing import Any

from ...models.delete_unsubscribers_request import DeleteUnsubscribersRequest


def build_request(
    *,
    body: DeleteUnsubscribersRequest,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for POST /current/optimail/DeleteUnsubscribers."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/current/optimail/DeleteUnsubscribers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
