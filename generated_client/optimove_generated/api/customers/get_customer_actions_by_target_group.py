# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
import datetime
from typing import Any

from ...models.attribute_delimiter import AttributeDelimiter
from ...types import UNSET, Unset


def build_request(
    *,
    target_group_id: int,
    date: datetime.date,
    include_control_group: bool | Unset = UNSET,
    include_recipient_group_id: bool | Unset = UNSET,
    channel_id: int | Unset = UNSET,
    customer_attributes: str | Unset = UNSET,
    customer_attributes_delimiter: AttributeDelimiter | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for GET /current/customers/GetCustomerActionsByTargetGroup."""

    params: dict[str, Any] = {}

    params["TargetGroupID"] = target_group_id

    json_date = date.isoformat()
    params["Date"] = json_date

    params["IncludeControlGroup"] = include_control_group

    params["IncludeRecipientGroupID"] = include_recipient_group_id

    params["ChannelID"] = channel_id

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
        "url": "/current/customers/GetCustomerActionsByTargetGroup",
        "params": params,
    }

    return _kwargs
