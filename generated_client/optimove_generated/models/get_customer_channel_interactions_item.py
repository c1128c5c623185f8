# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr

T = TypeVar("T", bound="GetCustomerChannelInteractionsItem")


@_attrs_define
class GetCustomerChannelInteractionsItem:
    """Required: every field; in the documented sample and what the function exists to return.

    Attributes:
        date (datetime.date): Optimove date, YYYY-MM-DD.
        campaign_id (int): An integer as servers send it in responses: a JSON number or a numeric string ("12"). Values
            below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        recipient_group_id (int): An integer as servers send it in responses: a JSON number or a numeric string ("12").
            Values below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        action_id (int): An integer as servers send it in responses: a JSON number or a numeric string ("12"). Values
            below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        channel_id (int): An integer as servers send it in responses: a JSON number or a numeric string ("12"). Values
            below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        template_id (int): An integer as servers send it in responses: a JSON number or a numeric string ("12"). Values
            below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        event_id (int): An integer as servers send it in responses: a JSON number or a numeric string ("12"). Values
            below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
    """

    date: datetime.date
    campaign_id: int
    recipient_group_id: int
    action_id: int
    channel_id: int
    template_id: int
    event_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        campaign_id = self.campaign_id

        recipient_group_id = self.recipient_group_id

        action_id = self.action_id

        channel_id = self.channel_id

        template_id = self.template_id

        event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Date": date,
                "CampaignID": campaign_id,
                "RecipientGroupID": recipient_group_id,
                "ActionID": action_id,
                "ChannelID": channel_id,
                "TemplateID": template_id,
                "EventID": event_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("Date"))

        _campaign_id = d.pop("CampaignID")
        campaign_id = (
            int(_campaign_id) if isinstance(_campaign_id, str) else _campaign_id
        )

        _recipient_group_id = d.pop("RecipientGroupID")
        recipient_group_id = (
            int(_recipient_group_id)
            if isinstance(_recipient_group_id, str)
            else _recipient_group_id
        )

        _action_id = d.pop("ActionID")
        action_id = int(_action_id) if isinstance(_action_id, str) else _action_id

        _channel_id = d.pop("ChannelID")
        channel_id = int(_channel_id) if isinstance(_channel_id, str) else _channel_id

        _template_id = d.pop("TemplateID")
        template_id = (
            int(_template_id) if isinstance(_template_id, str) else _template_id
        )

        _event_id = d.pop("EventID")
        event_id = int(_event_id) if isinstance(_event_id, str) else _event_id

        get_customer_channel_interactions_item = cls(
            date=date,
            campaign_id=campaign_id,
            recipient_group_id=recipient_group_id,
            action_id=action_id,
            channel_id=channel_id,
            template_id=template_id,
            event_id=event_id,
        )

        get_customer_channel_interactions_item.additional_properties = d
        return get_customer_channel_interactions_item

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
