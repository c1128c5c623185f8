# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="SetCustomerChannelPreferenceRequest")


@_attrs_define
class SetCustomerChannelPreferenceRequest:
    """
    Attributes:
        channel_id (int): Optimove integer, a whole number >= 0.
        customer_i_ds (list[str]): Customers whose preference is set (at most 50,000).
        communication_mode (int): Optimove integer, a whole number >= 0.
        app_id (str | Unset): Application ID within the channel.
    """

    channel_id: int
    customer_i_ds: list[str]
    communication_mode: int
    app_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        channel_id = self.channel_id

        customer_i_ds = self.customer_i_ds

        communication_mode = self.communication_mode

        app_id = self.app_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ChannelID": channel_id,
                "CustomerIDs": customer_i_ds,
                "CommunicationMode": communication_mode,
            }
        )
        if app_id is not UNSET:
            field_dict["AppID"] = app_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _channel_id = d.pop("ChannelID")
        channel_id = int(_channel_id) if isinstance(_channel_id, str) else _channel_id

        customer_i_ds = cast(list[str], d.pop("CustomerIDs"))

        _communication_mode = d.pop("CommunicationMode")
        communication_mode = (
            int(_communication_mode)
            if isinstance(_communication_mode, str)
            else _communication_mode
        )

        app_id = d.pop("AppID", UNSET)

        set_customer_channel_preference_request = cls(
            channel_id=channel_id,
            customer_i_ds=customer_i_ds,
            communication_mode=communication_mode,
            app_id=app_id,
        )

        set_customer_channel_preference_request.additional_properties = d
        return set_customer_channel_preference_request

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
