# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCustomersByActionItem")


@_attrs_define
class GetCustomersByActionItem:
    """Required: CustomerID, on every documented sample record (6). Optional: ActionID and ChannelID, on 2 of them (one
    public client's fixture). Optional: CustomerAttributes / CustomerAttribute, sent only when attributes are requested,
    in one of two shapes.

    Attributes:
        customer_id (str):
        customer_attributes (list[str] | Unset): A JSON array of strings.
        customer_attribute (str | Unset): Values of the requested attributes joined by CustomerAttributesDelimiter, in
            the order of the names (the form live servers were seen to send).
        action_id (int | Unset): An integer as servers send it in responses: a JSON number or a numeric string ("12").
            Values below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        channel_id (int | Unset): An integer as servers send it in responses: a JSON number or a numeric string ("12").
            Values below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
    """

    customer_id: str
    customer_attributes: list[str] | Unset = UNSET
    customer_attribute: str | Unset = UNSET
    action_id: int | Unset = UNSET
    channel_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        customer_attributes: list[str] | Unset = UNSET
        if not isinstance(self.customer_attributes, Unset):
            customer_attributes = self.customer_attributes

        customer_attribute = self.customer_attribute

        action_id = self.action_id

        channel_id = self.channel_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CustomerID": customer_id,
            }
        )
        if customer_attributes is not UNSET:
            field_dict["CustomerAttributes"] = customer_attributes
        if customer_attribute is not UNSET:
            field_dict["CustomerAttribute"] = customer_attribute
        if action_id is not UNSET:
            field_dict["ActionID"] = action_id
        if channel_id is not UNSET:
            field_dict["ChannelID"] = channel_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("CustomerID")

        customer_attributes = cast(list[str], d.pop("CustomerAttributes", UNSET))

        customer_attribute = d.pop("CustomerAttribute", UNSET)

        _action_id = d.pop("ActionID", UNSET)
        action_id: int | Unset
        if isinstance(_action_id, Unset):
            action_id = UNSET
        else:
            action_id = int(_action_id) if isinstance(_action_id, str) else _action_id

        _channel_id = d.pop("ChannelID", UNSET)
        channel_id: int | Unset
        if isinstance(_channel_id, Unset):
            channel_id = UNSET
        else:
            channel_id = (
                int(_channel_id) if isinstance(_channel_id, str) else _channel_id
            )

        get_customers_by_action_item = cls(
            customer_id=customer_id,
            customer_attributes=customer_attributes,
            customer_attribute=customer_attribute,
            action_id=action_id,
            channel_id=channel_id,
        )

        get_customers_by_action_item.additional_properties = d
        return get_customers_by_action_item

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
