# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from typing import Any


def build_request() -> dict[str, Any]:
    """The keyword arguments of httpx's request() for GET /current/segments/GetValueSegments."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/current/segments/GetValueSegments",
    }

    return _kwargs
