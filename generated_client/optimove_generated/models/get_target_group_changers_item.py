# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTargetGroupChangersItem")


@_attrs_define
class GetTargetGroupChangersItem:
    """Required: CustomerID, InitialTargetGroupID and FinalTargetGroupID, the change the function exists to return; on
    every documented sample record (4). Optional: CustomerAttributes / CustomerAttribute, sent only when attributes are
    requested, in one of two shapes.

    Attributes:
        customer_id (str):
        initial_target_group_id (int): An integer as servers send it in responses: a JSON number or a numeric string
            ("12"). Values below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        final_target_group_id (int): An integer as servers send it in responses: a JSON number or a numeric string
            ("12"). Values below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        customer_attributes (list[str] | Unset): A JSON array of strings.
        customer_attribute (str | Unset): Values of the requested attributes joined by CustomerAttributesDelimiter, in
            the order of the names (the form live servers were seen to send).
    """

    customer_id: str
    initial_target_group_id: int
    final_target_group_id: int
    customer_attributes: list[str] | Unset = UNSET
    customer_attribute: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        initial_target_group_id = self.initial_target_group_id

        final_target_group_id = self.final_target_group_id

        customer_attributes: list[str] | Unset = UNSET
        if not isinstance(self.customer_attributes, Unset):
            customer_attributes = self.customer_attributes

        customer_attribute = self.customer_attribute

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CustomerID": customer_id,
                "InitialTargetGroupID": initial_target_group_id,
                "FinalTargetGroupID": final_target_group_id,
            }
        )
        if customer_attributes is not UNSET:
            field_dict["CustomerAttributes"] = customer_attributes
        if customer_attribute is not UNSET:
            field_dict["CustomerAttribute"] = customer_attribute

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("CustomerID")

        _initial_target_group_id = d.pop("InitialTargetGroupID")
        initial_target_group_id = (
            int(_initial_target_group_id)
            if isinstance(_initial_target_group_id, str)
            else _initial_target_group_id
        )

        _final_target_group_id = d.pop("FinalTargetGroupID")
        final_target_group_id = (
            int(_final_target_group_id)
            if isinstance(_final_target_group_id, str)
            else _final_target_group_id
        )

        customer_attributes = cast(list[str], d.pop("CustomerAttributes", UNSET))

        customer_attribute = d.pop("CustomerAttribute", UNSET)

        get_target_group_changers_item = cls(
            customer_id=customer_id,
            initial_target_group_id=initial_target_group_id,
            final_target_group_id=final_target_group_id,
            customer_attributes=customer_attributes,
            customer_attribute=customer_attribute,
        )

        get_target_group_changers_item.additional_properties = d
        return get_target_group_changers_item

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
