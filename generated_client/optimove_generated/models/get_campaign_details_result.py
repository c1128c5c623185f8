# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_campaign_details_result_channels_item import (
        GetCampaignDetailsResultChannelsItem,
    )


T = TypeVar("T", bound="GetCampaignDetailsResult")


@_attrs_define
class GetCampaignDetailsResult:
    """Required: the nine core fields, in the docs-derived sample and every client. Optional: TestGroupSize,
    ControlGroupSize, Channels and Tags, which only newer servers send (seen in client code, not in the sample).

    Attributes:
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
        test_group_size (int | Unset): An integer as servers send it in responses: a JSON number or a numeric string
            ("12"). Values below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        control_group_size (int | Unset): An integer as servers send it in responses: a JSON number or a numeric string
            ("12"). Values below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        channels (list[GetCampaignDetailsResultChannelsItem] | Unset):
        tags (list[str] | Unset): A JSON array of strings.
    """

    target_group_id: int
    campaign_type: str
    duration: int
    lead_time: int
    notes: str
    is_multi_channel: bool
    is_recurrence: bool
    status: str
    error: str
    test_group_size: int | Unset = UNSET
    control_group_size: int | Unset = UNSET
    channels: list[GetCampaignDetailsResultChannelsItem] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        target_group_id = self.target_group_id

        campaign_type = self.campaign_type

        duration = self.duration

        lead_time = self.lead_time

        notes = self.notes

        is_multi_channel = self.is_multi_channel

        is_recurrence = self.is_recurrence

        status = self.status

        error = self.error

        test_group_size = self.test_group_size

        control_group_size = self.control_group_size

        channels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = []
            for channels_item_data in self.channels:
                channels_item = channels_item_data.to_dict()
                channels.append(channels_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        if test_group_size is not UNSET:
            field_dict["TestGroupSize"] = test_group_size
        if control_group_size is not UNSET:
            field_dict["ControlGroupSize"] = control_group_size
        if channels is not UNSET:
            field_dict["Channels"] = channels
        if tags is not UNSET:
            field_dict["Tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_campaign_details_result_channels_item import (
            GetCampaignDetailsResultChannelsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
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

        _test_group_size = d.pop("TestGroupSize", UNSET)
        test_group_size: int | Unset
        if isinstance(_test_group_size, Unset):
            test_group_size = UNSET
        else:
            test_group_size = (
                int(_test_group_size)
                if isinstance(_test_group_size, str)
                else _test_group_size
            )

        _control_group_size = d.pop("ControlGroupSize", UNSET)
        control_group_size: int | Unset
        if isinstance(_control_group_size, Unset):
            control_group_size = UNSET
        else:
            control_group_size = (
                int(_control_group_size)
                if isinstance(_control_group_size, str)
                else _control_group_size
            )

        _channels = d.pop("Channels", UNSET)
        channels: list[GetCampaignDetailsResultChannelsItem] | Unset = UNSET
        if _channels is not UNSET:
            channels = []
            for channels_item_data in _channels:
                channels_item = GetCampaignDetailsResultChannelsItem.from_dict(
                    channels_item_data
                )

                channels.append(channels_item)

        tags = cast(list[str], d.pop("Tags", UNSET))

        get_campaign_details_result = cls(
            target_group_id=target_group_id,
            campaign_type=campaign_type,
            duration=duration,
            lead_time=lead_time,
            notes=notes,
            is_multi_channel=is_multi_channel,
            is_recurrence=is_recurrence,
            status=status,
            error=error,
            test_group_size=test_group_size,
            control_group_size=control_group_size,
            channels=channels,
            tags=tags,
        )

        get_campaign_details_result.additional_properties = d
        return get_campaign_details_result

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
