# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr

if TYPE_CHECKING:
    from ..models.attribute_value import AttributeValue


T = TypeVar(
    "T", bound="UpdateCustomerAttributesRequestCustomerNewAttributesValuesListItem"
)


@_attrs_define
class UpdateCustomerAttributesRequestCustomerNewAttributesValuesListItem:
    """
    Attributes:
        customer_id (str):
        attributes (list[AttributeValue]):
    """

    customer_id: str
    attributes: list[AttributeValue]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        attributes = []
        for attributes_item_data in self.attributes:
            attributes_item = attributes_item_data.to_dict()
            attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CustomerID": customer_id,
                "Attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute_value import AttributeValue  # noqa: PLC0415

        d = dict(src_dict)
        customer_id = d.pop("CustomerID")

        attributes = []
        _attributes = d.pop("Attributes")
        for attributes_item_data in _attributes:
            attributes_item = AttributeValue.from_dict(attributes_item_data)

            attributes.append(attributes_item)

        update_customer_attributes_request_customer_new_attributes_values_list_item = (
            cls(
                customer_id=customer_id,
                attributes=attributes,
            )
        )

        update_customer_attributes_request_customer_new_attributes_values_list_item.additional_properties = d
        return (
            update_customer_attributes_request_customer_new_attributes_values_list_item
        )

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
