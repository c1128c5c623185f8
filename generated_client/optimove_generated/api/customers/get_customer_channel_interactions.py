# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
import datetime
from typing import Any

from ...types import UNSET, Unset


def build_request(
    *,
    customer_id: str,
    start_date: datetime.date,
    end_date: datetime.date,
    channel_id: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for GET /current/customers/GetCustomerChannelInteractions."""

    params: dict[str, Any] = {}

    params["CustomerID"] = customer_id

    json_start_date = start_date.isoformat()
    params["StartDate"] = json_start_date

    json_end_date = end_date.isoformat()
    params["EndDate"] = json_end_date

    params["ChannelID"] = channel_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/current/customers/GetCustomerChannelInteractions",
        "params": params,
    }

    return _kwargs
