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
    from ..models.send_transactional_mail_request_recipients_item_personalizations_item import (
        SendTransactionalMailRequestRecipientsItemPersonalizationsItem,
    )


T = TypeVar("T", bound="SendTransactionalMailRequestRecipientsItem")


@_attrs_define
class SendTransactionalMailRequestRecipientsItem:
    """
    Attributes:
        email (str):
        personalizations (list[SendTransactionalMailRequestRecipientsItemPersonalizationsItem] | Unset): Tag/value
            blocks for the template (at most 50,000 bytes each; key names not documented publicly).
    """

    email: str
    personalizations: (
        list[SendTransactionalMailRequestRecipientsItemPersonalizationsItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        personalizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.personalizations, Unset):
            personalizations = []
            for personalizations_item_data in self.personalizations:
                personalizations_item = personalizations_item_data.to_dict()
                personalizations.append(personalizations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Email": email,
            }
        )
        if personalizations is not UNSET:
            field_dict["Personalizations"] = personalizations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_transactional_mail_request_recipients_item_personalizations_item import (
            SendTransactionalMailRequestRecipientsItemPersonalizationsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        email = d.pop("Email")

        _personalizations = d.pop("Personalizations", UNSET)
        personalizations: (
            list[SendTransactionalMailRequestRecipientsItemPersonalizationsItem] | Unset
        ) = UNSET
        if _personalizations is not UNSET:
            personalizations = []
            for personalizations_item_data in _personalizations:
                personalizations_item = SendTransactionalMailRequestRecipientsItemPersonalizationsItem.from_dict(
                    personalizations_item_data
                )

                personalizations.append(personalizations_item)

        send_transactional_mail_request_recipients_item = cls(
            email=email,
            personalizations=personalizations,
        )

        send_transactional_mail_request_recipients_item.additional_properties = d
        return send_transactional_mail_request_recipients_item

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
