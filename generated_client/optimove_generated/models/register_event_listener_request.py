# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr
from ..models.event_type import EventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterEventListenerRequest")


@_attrs_define
class RegisterEventListenerRequest:
    """
    Attributes:
        event_type_id (EventType): Event that a listener is told about: 1 campaign processed, 2 all of today's campaigns
            processed, 3 daily process finished, 4 campaign canceled, 5 conditional execution held for clearance, 11 real-
            time trigger met, 13 campaign executed on one channel.
        listener_url (str): Absolute URL that Optimove calls when the event happens.
        channel_id (int | Unset): Optimove integer, a whole number >= 0.
    """

    event_type_id: EventType
    listener_url: str
    channel_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        event_type_id = self.event_type_id.value

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
        event_type_id = EventType(d.pop("EventTypeID"))

        listener_url = d.pop("ListenerURL")

        _channel_id = d.pop("ChannelID", UNSET)
        channel_id: int | Unset
        if isinstance(_channel_id, Unset):
            channel_id = UNSET
        else:
            channel_id = (
                int(_channel_id) if isinstance(_channel_id, str) else _channel_id
            )

        register_event_listener_request = cls(
            event_type_id=event_type_id,
            listener_url=listener_url,
            channel_id=channel_id,
        )

        register_event_listener_request.additional_properties = d
        return register_event_listener_request

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
