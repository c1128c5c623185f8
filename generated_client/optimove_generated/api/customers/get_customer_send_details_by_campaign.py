# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from typing import Any

from ...types import UNSET, Unset


def build_request(
    *,
    campaign_id: int,
    include_template_i_ds: bool | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for GET /current/customers/GetCustomerSendDetailsByCampaign."""

    params: dict[str, Any] = {}

    params["CampaignID"] = campaign_id

    params["IncludeTemplateIDs"] = include_template_i_ds

    params["$top"] = top

    params["$skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/current/customers/GetCustomerSendDetailsByCampaign",
        "params": params,
    }

    return _kwargs
