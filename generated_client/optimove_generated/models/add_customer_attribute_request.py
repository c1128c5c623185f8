# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddCustomerAttributeRequest")


@_attrs_define
class AddCustomerAttributeRequest:
    """
    Attributes:
        name (str): RealFieldName of the new attribute.
        type_ (str): Column type: DECIMAL(19,4), INT, BIGINT, DATE, VARCHAR(n) or NVARCHAR(n).
        default_value (str | Unset): Default value, valid for Type.
        callback_url (str | Unset): URL that Optimove calls with the outcome when processing ends.
    """

    name: str
    type_: str
    default_value: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        default_value = self.default_value

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "Type": type_,
            }
        )
        if default_value is not UNSET:
            field_dict["DefaultValue"] = default_value
        if callback_url is not UNSET:
            field_dict["CallbackURL"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name")

        type_ = d.pop("Type")

        default_value = d.pop("DefaultValue", UNSET)

        callback_url = d.pop("CallbackURL", UNSET)

        add_customer_attribute_request = cls(
            name=name,
            type_=type_,
            default_value=default_value,
            callback_url=callback_url,
        )

        add_customer_attribute_request.additional_properties = d
        return add_customer_attribute_request

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
