# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr

T = TypeVar("T", bound="GetUnsubscribersItem")


@_attrs_define
class GetUnsubscribersItem:
    """Required: every field; in the documented sample and what the function exists to return.

    Attributes:
        email (str):
        unsubscribed_time (datetime.datetime): Optimove DateTime, YYYY-MM-DD HH:MM:SS (a space, not a T, between date
            and time: described as a pattern because validators reject this form as date-time).
    """

    email: str
    unsubscribed_time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        unsubscribed_time = self.unsubscribed_time.strftime("%Y-%m-%d %H:%M:%S")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Email": email,
                "UnsubscribedTime": unsubscribed_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("Email")

        unsubscribed_time = datetime.datetime.fromisoformat(d.pop("UnsubscribedTime"))

        get_unsubscribers_item = cls(
            email=email,
            unsubscribed_time=unsubscribed_time,
        )

        get_unsubscribers_item.additional_properties = d
        return get_unsubscribers_item

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
