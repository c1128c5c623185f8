# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from typing import Any

from ...models.register_event_listener_request import RegisterEventListenerRequest


def build_request(
    *,
    body: RegisterEventListenerRequest,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for POST /current/general/RegisterEventListener."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/current/general/RegisterEventListener",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
