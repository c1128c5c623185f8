# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCustomerAttributesItem")


@_attrs_define
class GetCustomerAttributesItem:
    """
    Attributes:
        real_field_name (str | Unset):
        alias (str | Unset):
        field_type (str | Unset):
        value (Any | Unset): Current value (string, number or null).
    """

    real_field_name: str | Unset = UNSET
    alias: str | Unset = UNSET
    field_type: str | Unset = UNSET
    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        real_field_name = self.real_field_name

        alias = self.alias

        field_type = self.field_type

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if real_field_name is not UNSET:
            field_dict["RealFieldName"] = real_field_name
        if alias is not UNSET:
            field_dict["Alias"] = alias
        if field_type is not UNSET:
            field_dict["FieldType"] = field_type
        if value is not UNSET:
            field_dict["Value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        real_field_name = d.pop("RealFieldName", UNSET)

        alias = d.pop("Alias", UNSET)

        field_type = d.pop("FieldType", UNSET)

        value = d.pop("Value", UNSET)

        get_customer_attributes_item = cls(
            real_field_name=real_field_name,
            alias=alias,
            field_type=field_type,
            value=value,
        )

        get_customer_attributes_item.additional_properties = d
        return get_customer_attributes_item

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
