# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCustomerAttributesItem")


@_attrs_define
class GetCustomerAttributesItem:
    """Required: RealFieldName and Value (which may be null), what the function exists to return (no public sample; one
    client's struct). Optional: Alias and FieldType, known from that struct only.

    Attributes:
        real_field_name (str):
        value (Any): Current value (string, number or null).
        alias (str | Unset):
        field_type (str | Unset):
    """

    real_field_name: str
    value: Any
    alias: str | Unset = UNSET
    field_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        real_field_name = self.real_field_name

        value = self.value

        alias = self.alias

        field_type = self.field_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RealFieldName": real_field_name,
                "Value": value,
            }
        )
        if alias is not UNSET:
            field_dict["Alias"] = alias
        if field_type is not UNSET:
            field_dict["FieldType"] = field_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        real_field_name = d.pop("RealFieldName")

        value = d.pop("Value")

        alias = d.pop("Alias", UNSET)

        field_type = d.pop("FieldType", UNSET)

        get_customer_attributes_item = cls(
            real_field_name=real_field_name,
            value=value,
            alias=alias,
            field_type=field_type,
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
