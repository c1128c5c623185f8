# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCustomerAttributeChangersItem")


@_attrs_define
class GetCustomerAttributeChangersItem:
    """Required: CustomerID, on every documented sample record (4). Optional: the values before and after, whose names
    differ by server version (InitialCustomerAttribute / FinalCustomerAttribute now, InitialCustomerAttributes /
    FinalCustomerAttributes in the samples), and the requested attributes.

    Attributes:
        customer_id (str):
        initial_customer_attribute (None | str | Unset): Value before the change; null for customers new since the
            previous period.
        final_customer_attribute (str | Unset): Value after the change.
        customer_attributes (list[str] | Unset): A JSON array of strings.
        customer_attribute (str | Unset): Values of the requested attributes joined by CustomerAttributesDelimiter, in
            the order of the names (the form live servers were seen to send).
        final_customer_attributes (str | Unset): Value after the change, previous version of this function.
        initial_customer_attributes (str | Unset): Value before the change, previous version of this function; the
            string NULL when there was none.
    """

    customer_id: str
    initial_customer_attribute: None | str | Unset = UNSET
    final_customer_attribute: str | Unset = UNSET
    customer_attributes: list[str] | Unset = UNSET
    customer_attribute: str | Unset = UNSET
    final_customer_attributes: str | Unset = UNSET
    initial_customer_attributes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        initial_customer_attribute: None | str | Unset
        if isinstance(self.initial_customer_attribute, Unset):
            initial_customer_attribute = UNSET
        else:
            initial_customer_attribute = self.initial_customer_attribute

        final_customer_attribute = self.final_customer_attribute

        customer_attributes: list[str] | Unset = UNSET
        if not isinstance(self.customer_attributes, Unset):
            customer_attributes = self.customer_attributes

        customer_attribute = self.customer_attribute

        final_customer_attributes = self.final_customer_attributes

        initial_customer_attributes = self.initial_customer_attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CustomerID": customer_id,
            }
        )
        if initial_customer_attribute is not UNSET:
            field_dict["InitialCustomerAttribute"] = initial_customer_attribute
        if final_customer_attribute is not UNSET:
            field_dict["FinalCustomerAttribute"] = final_customer_attribute
        if customer_attributes is not UNSET:
            field_dict["CustomerAttributes"] = customer_attributes
        if customer_attribute is not UNSET:
            field_dict["CustomerAttribute"] = customer_attribute
        if final_customer_attributes is not UNSET:
            field_dict["FinalCustomerAttributes"] = final_customer_attributes
        if initial_customer_attributes is not UNSET:
            field_dict["InitialCustomerAttributes"] = initial_customer_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("CustomerID")

        def _parse_initial_customer_attribute(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initial_customer_attribute = _parse_initial_customer_attribute(
            d.pop("InitialCustomerAttribute", UNSET)
        )

        final_customer_attribute = d.pop("FinalCustomerAttribute", UNSET)

        customer_attributes = cast(list[str], d.pop("CustomerAttributes", UNSET))

        customer_attribute = d.pop("CustomerAttribute", UNSET)

        final_customer_attributes = d.pop("FinalCustomerAttributes", UNSET)

        initial_customer_attributes = d.pop("InitialCustomerAttributes", UNSET)

        get_customer_attribute_changers_item = cls(
            customer_id=customer_id,
            initial_customer_attribute=initial_customer_attribute,
            final_customer_attribute=final_customer_attribute,
            customer_attributes=customer_attributes,
            customer_attribute=customer_attribute,
            final_customer_attributes=final_customer_attributes,
            initial_customer_attributes=initial_customer_attributes,
        )

        get_customer_attribute_changers_item.additional_properties = d
        return get_customer_attribute_changers_item

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
