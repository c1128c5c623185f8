# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr

T = TypeVar("T", bound="UpdateCustomerAttributesResultErrorsItem")


@_attrs_define
class UpdateCustomerAttributesResultErrorsItem:
    """Required: error, customerId and realFieldName, which say what failed for whom; in the documented sample.

    Attributes:
        error (str):
        customer_id (str):
        real_field_name (str):
    """

    error: str
    customer_id: str
    real_field_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        customer_id = self.customer_id

        real_field_name = self.real_field_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "customerId": customer_id,
                "realFieldName": real_field_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error")

        customer_id = d.pop("customerId")

        real_field_name = d.pop("realFieldName")

        update_customer_attributes_result_errors_item = cls(
            error=error,
            customer_id=customer_id,
            real_field_name=real_field_name,
        )

        update_customer_attributes_result_errors_item.additional_properties = d
        return update_customer_attributes_result_errors_item

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
