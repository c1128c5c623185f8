# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
import datetime
from typing import Any

from ...types import UNSET, Unset


def build_request(
    *,
    channel_id: int,
    date: datetime.date,
    event_id: int,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for GET /current/customers/GetCampaignInteractionCustomers."""

    params: dict[str, Any] = {}

    params["ChannelID"] = channel_id

    json_date = date.isoformat()
    params["Date"] = json_date

    params["EventID"] = event_id

    params["$top"] = top

    params["$skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/current/customers/GetCampaignInteractionCustomers",
        "params": params,
    }

    return _kwargs
