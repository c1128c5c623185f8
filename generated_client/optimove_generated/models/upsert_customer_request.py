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
    from ..models.upsert_customer_request_attributes_item import (
        UpsertCustomerRequestAttributesItem,
    )


T = TypeVar("T", bound="UpsertCustomerRequest")


@_attrs_define
class UpsertCustomerRequest:
    """
    Attributes:
        customer_id (str): Persistent customer ID.
        attributes (list[UpsertCustomerRequestAttributesItem] | Unset): Attribute values to set.
        callback_url (str | Unset): URL that Optimove calls with the outcome when processing ends.
    """

    customer_id: str
    attributes: list[UpsertCustomerRequestAttributesItem] | Unset = UNSET
    callback_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CustomerId": customer_id,
            }
        )
        if attributes is not UNSET:
            field_dict["Attributes"] = attributes
        if callback_url is not UNSET:
            field_dict["CallbackUrl"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.upsert_customer_request_attributes_item import (
            UpsertCustomerRequestAttributesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        customer_id = d.pop("CustomerId")

        _attributes = d.pop("Attributes", UNSET)
        attributes: list[UpsertCustomerRequestAttributesItem] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = UpsertCustomerRequestAttributesItem.from_dict(
                    attributes_item_data
                )

                attributes.append(attributes_item)

        callback_url = d.pop("CallbackUrl", UNSET)

        upsert_customer_request = cls(
            customer_id=customer_id,
            attributes=attributes,
            callback_url=callback_url,
        )

        upsert_customer_request.additional_properties = d
        return upsert_customer_request

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
