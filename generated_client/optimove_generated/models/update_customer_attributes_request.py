# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_customer_attributes_request_customer_new_attributes_values_list_item import (
        UpdateCustomerAttributesRequestCustomerNewAttributesValuesListItem,
    )


T = TypeVar("T", bound="UpdateCustomerAttributesRequest")


@_attrs_define
class UpdateCustomerAttributesRequest:
    """
    Attributes:
        customer_new_attributes_values_list (list[UpdateCustomerAttributesRequestCustomerNewAttributesValuesListItem]):
            Customers and their new attribute values: at most 1,000 customers, 10 attributes each.
        callback_url (str | Unset): URL that Optimove calls with the outcome when processing ends.
    """

    customer_new_attributes_values_list: list[
        UpdateCustomerAttributesRequestCustomerNewAttributesValuesListItem
    ]
    callback_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        customer_new_attributes_values_list = []
        for (
            customer_new_attributes_values_list_item_data
        ) in self.customer_new_attributes_values_list:
            customer_new_attributes_values_list_item = (
                customer_new_attributes_values_list_item_data.to_dict()
            )
            customer_new_attributes_values_list.append(
                customer_new_attributes_values_list_item
            )

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CustomerNewAttributesValuesList": customer_new_attributes_values_list,
            }
        )
        if callback_url is not UNSET:
            field_dict["CallbackURL"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_customer_attributes_request_customer_new_attributes_values_list_item import (
            UpdateCustomerAttributesRequestCustomerNewAttributesValuesListItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        customer_new_attributes_values_list = []
        _customer_new_attributes_values_list = d.pop("CustomerNewAttributesValuesList")
        for (
            customer_new_attributes_values_list_item_data
        ) in _customer_new_attributes_values_list:
            customer_new_attributes_values_list_item = UpdateCustomerAttributesRequestCustomerNewAttributesValuesListItem.from_dict(
                customer_new_attributes_values_list_item_data
            )

            customer_new_attributes_values_list.append(
                customer_new_attributes_values_list_item
            )

        callback_url = d.pop("CallbackURL", UNSET)

        update_customer_attributes_request = cls(
            customer_new_attributes_values_list=customer_new_attributes_values_list,
            callback_url=callback_url,
        )

        update_customer_attributes_request.additional_properties = d
        return update_customer_attributes_request

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
