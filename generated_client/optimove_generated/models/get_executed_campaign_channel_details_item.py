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

T = TypeVar("T", bound="GetExecutedCampaignChannelDetailsItem")


@_attrs_define
class GetExecutedCampaignChannelDetailsItem:
    """Required: SendID, TemplateID and ScheduledTime, on every documented sample record (3). Optional: ListID, on 1 of
    them.

    Attributes:
        send_id (str):
        template_id (int): An integer as servers send it in responses: a JSON number or a numeric string ("12"). Values
            below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        scheduled_time (datetime.datetime): Optimove DateTime, YYYY-MM-DD HH:MM:SS (a space, not a T, between date and
            time: described as a pattern because validators reject this form as date-time).
        list_id (int | Unset): An integer as servers send it in responses: a JSON number or a numeric string ("12").
            Values below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
    """

    send_id: str
    template_id: int
    scheduled_time: datetime.datetime
    list_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        send_id = self.send_id

        template_id = self.template_id

        scheduled_time = self.scheduled_time.strftime("%Y-%m-%d %H:%M:%S")

        list_id = self.list_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SendID": send_id,
                "TemplateID": template_id,
                "ScheduledTime": scheduled_time,
            }
        )
        if list_id is not UNSET:
            field_dict["ListID"] = list_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        send_id = d.pop("SendID")

        _template_id = d.pop("TemplateID")
        template_id = (
            int(_template_id) if isinstance(_template_id, str) else _template_id
        )

        scheduled_time = datetime.datetime.fromisoformat(d.pop("ScheduledTime"))

        _list_id = d.pop("ListID", UNSET)
        list_id: int | Unset
        if isinstance(_list_id, Unset):
            list_id = UNSET
        else:
            list_id = int(_list_id) if isinstance(_list_id, str) else _list_id

        get_executed_campaign_channel_details_item = cls(
            send_id=send_id,
            template_id=template_id,
            scheduled_time=scheduled_time,
            list_id=list_id,
        )

        get_executed_campaign_channel_details_item.additional_properties = d
        return get_executed_campaign_channel_details_item

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
