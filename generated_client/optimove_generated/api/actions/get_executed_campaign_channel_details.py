# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from typing import Any

from ...types import UNSET


def build_request(
    *,
    campaign_id: int,
    channel_id: int,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for GET /current/actions/GetExecutedCampaignChannelDetails."""

    params: dict[str, Any] = {}

    params["CampaignID"] = campaign_id

    params["ChannelID"] = channel_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/current/actions/GetExecutedCampaignChannelDetails",
        "params": params,
    }

    return _kwargs
