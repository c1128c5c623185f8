# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr

T = TypeVar("T", bound="GetExecutedCampaignDetailsItem")


@_attrs_define
class GetExecutedCampaignDetailsItem:
    """Required: every field; on every documented sample record (4) and what the function exists to return.

    Attributes:
        campaign_id (int): An integer as servers send it in responses: a JSON number or a numeric string ("12"). Values
            below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        target_group_id (int): An integer as servers send it in responses: a JSON number or a numeric string ("12").
            Values below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        campaign_type (str):
        duration (int): An integer as servers send it in responses: a JSON number or a numeric string ("12"). Values
            below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        lead_time (int): An integer as servers send it in responses: a JSON number or a numeric string ("12"). Values
            below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        notes (str):
        is_multi_channel (bool): Optimove boolean. Documented as the strings "true" and "false"; servers also send JSON
            true and false.
        is_recurrence (bool): Optimove boolean. Documented as the strings "true" and "false"; servers also send JSON
            true and false.
        status (str):
        error (str):
    """

    campaign_id: int
    target_group_id: int
    campaign_type: str
    duration: int
    lead_time: int
    notes: str
    is_multi_channel: bool
    is_recurrence: bool
    status: str
    error: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        target_group_id = self.target_group_id

        campaign_type = self.campaign_type

        duration = self.duration

        lead_time = self.lead_time

        notes = self.notes

        is_multi_channel = self.is_multi_channel

        is_recurrence = self.is_recurrence

        status = self.status

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CampaignID": campaign_id,
                "TargetGroupID": target_group_id,
                "CampaignType": campaign_type,
                "Duration": duration,
                "LeadTime": lead_time,
                "Notes": notes,
                "IsMultiChannel": is_multi_channel,
                "IsRecurrence": is_recurrence,
                "Status": status,
                "Error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _campaign_id = d.pop("CampaignID")
        campaign_id = (
            int(_campaign_id) if isinstance(_campaign_id, str) else _campaign_id
        )

        _target_group_id = d.pop("TargetGroupID")
        target_group_id = (
            int(_target_group_id)
            if isinstance(_target_group_id, str)
            else _target_group_id
        )

        campaign_type = d.pop("CampaignType")

        _duration = d.pop("Duration")
        duration = int(_duration) if isinstance(_duration, str) else _duration

        _lead_time = d.pop("LeadTime")
        lead_time = int(_lead_time) if isinstance(_lead_time, str) else _lead_time

        notes = d.pop("Notes")

        _is_multi_channel = d.pop("IsMultiChannel")
        is_multi_channel = (
            _is_multi_channel
            if isinstance(_is_multi_channel, bool)
            else {"true": True, "false": False}[_is_multi_channel.lower()]
        )

        _is_recurrence = d.pop("IsRecurrence")
        is_recurrence = (
            _is_recurrence
            if isinstance(_is_recurrence, bool)
            else {"true": True, "false": False}[_is_recurrence.lower()]
        )

        status = d.pop("Status")

        error = d.pop("Error")

        get_executed_campaign_details_item = cls(
            campaign_id=campaign_id,
            target_group_id=target_group_id,
            campaign_type=campaign_type,
            duration=duration,
            lead_time=lead_time,
            notes=notes,
            is_multi_channel=is_multi_channel,
            is_recurrence=is_recurrence,
            status=status,
            error=error,
        )

        get_executed_campaign_details_item.additional_properties = d
        return get_executed_campaign_details_item

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
