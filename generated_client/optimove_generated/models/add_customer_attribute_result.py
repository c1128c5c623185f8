# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddCustomerAttributeResult")


@_attrs_define
class AddCustomerAttributeResult:
    """Required: attributeName and isSuccess, in the documented sample. Optional: errorId and errorMsg, sent on failure
    only.

    Attributes:
        attribute_name (str):
        is_success (bool): Optimove boolean. Documented as the strings "true" and "false"; servers also send JSON true
            and false.
        error_id (str | Unset):
        error_msg (str | Unset):
    """

    attribute_name: str
    is_success: bool
    error_id: str | Unset = UNSET
    error_msg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        attribute_name = self.attribute_name

        is_success = self.is_success

        error_id = self.error_id

        error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributeName": attribute_name,
                "isSuccess": is_success,
            }
        )
        if error_id is not UNSET:
            field_dict["errorId"] = error_id
        if error_msg is not UNSET:
            field_dict["errorMsg"] = error_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attribute_name = d.pop("attributeName")

        _is_success = d.pop("isSuccess")
        is_success = (
            _is_success
            if isinstance(_is_success, bool)
            else {"true": True, "false": False}[_is_success.lower()]
        )

        error_id = d.pop("errorId", UNSET)

        error_msg = d.pop("errorMsg", UNSET)

        add_customer_attribute_result = cls(
            attribute_name=attribute_name,
            is_success=is_success,
            error_id=error_id,
            error_msg=error_msg,
        )

        add_customer_attribute_result.additional_properties = d
        return add_customer_attribute_result

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
