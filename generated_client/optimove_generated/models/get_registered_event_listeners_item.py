# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetRegisteredEventListenersItem")


@_attrs_define
class GetRegisteredEventListenersItem:
    """Required: EventTypeID and ListenerURL, which identify a listener (RegisterEventListener requires both; no sample
    answer is public). Optional: ChannelID, which only channel-specific listeners (types 11, 13) have.

    Attributes:
        event_type_id (int): An integer as servers send it in responses: a JSON number or a numeric string ("12").
            Values below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        listener_url (str):
        channel_id (int | Unset): An integer as servers send it in responses: a JSON number or a numeric string ("12").
            Values below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
    """

    event_type_id: int
    listener_url: str
    channel_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        event_type_id = self.event_type_id

        listener_url = self.listener_url

        channel_id = self.channel_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "EventTypeID": event_type_id,
                "ListenerURL": listener_url,
            }
        )
        if channel_id is not UNSET:
            field_dict["ChannelID"] = channel_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _event_type_id = d.pop("EventTypeID")
        event_type_id = (
            int(_event_type_id) if isinstance(_event_type_id, str) else _event_type_id
        )

        listener_url = d.pop("ListenerURL")

        _channel_id = d.pop("ChannelID", UNSET)
        channel_id: int | Unset
        if isinstance(_channel_id, Unset):
            channel_id = UNSET
        else:
            channel_id = (
                int(_channel_id) if isinstance(_channel_id, str) else _channel_id
            )

        get_registered_event_listeners_item = cls(
            event_type_id=event_type_id,
            listener_url=listener_url,
            channel_id=channel_id,
        )

        get_registered_event_listeners_item.additional_properties = d
        return get_registered_event_listeners_item

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
