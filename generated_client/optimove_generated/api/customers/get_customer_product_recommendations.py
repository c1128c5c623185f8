# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
import datetime
from typing import Any

from ...types import UNSET, Unset


def build_request(
    *,
    customer_id: str | Unset = UNSET,
    suggested_in_campaign: bool | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    product_attributes: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for GET /current/customers/GetCustomerProductRecommendations."""

    params: dict[str, Any] = {}

    params["CustomerID"] = customer_id

    params["SuggestedInCampaign"] = suggested_in_campaign

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["StartDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["EndDate"] = json_end_date

    params["ProductAttributes"] = product_attributes

    params["$top"] = top

    params["$skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/current/customers/GetCustomerProductRecommendations",
        "params": params,
    }

    return _kwargs
