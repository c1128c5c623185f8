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
    from ..models.update_customer_attributes_result_errors_item import (
        UpdateCustomerAttributesResultErrorsItem,
    )


T = TypeVar("T", bound="UpdateCustomerAttributesResult")


@_attrs_define
class UpdateCustomerAttributesResult:
    """Required: isSuccess and requestId, in the documented sample. Optional: errors, which the docs describe for failures
    only.

    Attributes:
        is_success (bool): Optimove boolean. Documented as the strings "true" and "false"; servers also send JSON true
            and false.
        request_id (str):
        errors (list[UpdateCustomerAttributesResultErrorsItem] | Unset):
    """

    is_success: bool
    request_id: str
    errors: list[UpdateCustomerAttributesResultErrorsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        request_id = self.request_id

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isSuccess": is_success,
                "requestId": request_id,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_customer_attributes_result_errors_item import (
            UpdateCustomerAttributesResultErrorsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _is_success = d.pop("isSuccess")
        is_success = (
            _is_success
            if isinstance(_is_success, bool)
            else {"true": True, "false": False}[_is_success.lower()]
        )

        request_id = d.pop("requestId")

        _errors = d.pop("errors", UNSET)
        errors: list[UpdateCustomerAttributesResultErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = UpdateCustomerAttributesResultErrorsItem.from_dict(
                    errors_item_data
                )

                errors.append(errors_item)

        update_customer_attributes_result = cls(
            is_success=is_success,
            request_id=request_id,
            errors=errors,
        )

        update_customer_attributes_result.additional_properties = d
        return update_customer_attributes_result

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
