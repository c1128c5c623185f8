# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from typing import Any

from ...types import UNSET, Unset


def build_request(
    *,
    channel_id: int,
    template_id: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for GET /current/integrations/GetChannelTemplateDetails."""

    params: dict[str, Any] = {}

    params["ChannelID"] = channel_id

    params["TemplateID"] = template_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/current/integrations/GetChannelTemplateDetails",
        "params": params,
    }

    return _kwargs
