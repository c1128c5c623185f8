# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCustomerSendDetailsByCampaignItem")


@_attrs_define
class GetCustomerSendDetailsByCampaignItem:
    """Required: CustomerID, ChannelID, ScheduledTime and SendID, on every documented sample record (6). Optional:
    TemplateID, on 4 of them.

    Attributes:
        customer_id (str):
        channel_id (int): An integer as servers send it in responses: a JSON number or a numeric string ("12"). Values
            below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        scheduled_time (datetime.datetime): Optimove DateTime, YYYY-MM-DD HH:MM:SS (a space, not a T, between date and
            time: described as a pattern because validators reject this form as date-time).
        send_id (str):
        template_id (int | Unset): An integer as servers send it in responses: a JSON number or a numeric string ("12").
            Values below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
    """

    customer_id: str
    channel_id: int
    scheduled_time: datetime.datetime
    send_id: str
    template_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        channel_id = self.channel_id

        scheduled_time = self.scheduled_time.strftime("%Y-%m-%d %H:%M:%S")

        send_id = self.send_id

        template_id = self.template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CustomerID": customer_id,
                "ChannelID": channel_id,
                "ScheduledTime": scheduled_time,
                "SendID": send_id,
            }
        )
        if template_id is not UNSET:
            field_dict["TemplateID"] = template_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("CustomerID")

        _channel_id = d.pop("ChannelID")
        channel_id = int(_channel_id) if isinstance(_channel_id, str) else _channel_id

        scheduled_time = datetime.datetime.fromisoformat(d.pop("ScheduledTime"))

        send_id = d.pop("SendID")

        _template_id = d.pop("TemplateID", UNSET)
        template_id: int | Unset
        if isinstance(_template_id, Unset):
            template_id = UNSET
        else:
            template_id = (
                int(_template_id) if isinstance(_template_id, str) else _template_id
            )

        get_customer_send_details_by_campaign_item = cls(
            customer_id=customer_id,
            channel_id=channel_id,
            scheduled_time=scheduled_time,
            send_id=send_id,
            template_id=template_id,
        )

        get_customer_send_details_by_campaign_item.additional_properties = d
        return get_customer_send_details_by_campaign_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
