# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
import datetime
from typing import Any

from ...models.attribute_delimiter import AttributeDelimiter
from ...types import UNSET, Unset


def build_request(
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    customer_attributes: str | Unset = UNSET,
    customer_attributes_delimiter: AttributeDelimiter | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for GET /current/model/GetMicrosegmentChangers."""

    params: dict[str, Any] = {}

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["StartDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["EndDate"] = json_end_date

    params["CustomerAttributes"] = customer_attributes

    json_customer_attributes_delimiter: str | Unset = UNSET
    if not isinstance(customer_attributes_delimiter, Unset):
        json_customer_attributes_delimiter = customer_attributes_delimiter.value

    params["CustomerAttributesDelimiter"] = json_customer_attributes_delimiter

    params["$top"] = top

    params["$skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/current/model/GetMicrosegmentChangers",
        "params": params,
    }

    return _kwargs
