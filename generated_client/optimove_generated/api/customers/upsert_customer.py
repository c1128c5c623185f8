# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from typing import Any

from ...models.upsert_customer_request import UpsertCustomerRequest


def build_request(
    *,
    body: UpsertCustomerRequest,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for PUT /Customers/UpsertCustomer."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/Customers/UpsertCustomer",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
