# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
import datetime
from typing import Any

from ...types import UNSET


def build_request(
    *,
    target_group_id: int,
    date: datetime.date,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for GET /current/actions/GetActionsByTargetGroup."""

    params: dict[str, Any] = {}

    params["TargetGroupID"] = target_group_id

    json_date = date.isoformat()
    params["Date"] = json_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/current/actions/GetActionsByTargetGroup",
        "params": params,
    }

    return _kwargs
