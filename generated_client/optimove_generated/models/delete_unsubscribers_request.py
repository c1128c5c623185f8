# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr

T = TypeVar("T", bound="DeleteUnsubscribersRequest")


@_attrs_define
class DeleteUnsubscribersRequest:
    """
    Attributes:
        brand_id (int): Optimove integer, a whole number >= 0.
        email_address (str): Address to subscribe again.
    """

    brand_id: int
    email_address: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        brand_id = self.brand_id

        email_address = self.email_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "BrandId": brand_id,
                "EmailAddress": email_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _brand_id = d.pop("BrandId")
        brand_id = int(_brand_id) if isinstance(_brand_id, str) else _brand_id

        email_address = d.pop("EmailAddress")

        delete_unsubscribers_request = cls(
            brand_id=brand_id,
            email_address=email_address,
        )

        delete_unsubscribers_request.additional_properties = d
        return delete_unsubscribers_request

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
