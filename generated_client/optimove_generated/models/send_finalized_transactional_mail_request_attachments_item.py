# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr

T = TypeVar("T", bound="SendFinalizedTransactionalMailRequestAttachmentsItem")


@_attrs_define
class SendFinalizedTransactionalMailRequestAttachmentsItem:
    """
    Attributes:
        content (str): File content, base64.
        type_ (str): MIME type.
        file_name (str):
    """

    content: str
    type_: str
    file_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        type_ = self.type_

        file_name = self.file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Content": content,
                "Type": type_,
                "FileName": file_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("Content")

        type_ = d.pop("Type")

        file_name = d.pop("FileName")

        send_finalized_transactional_mail_request_attachments_item = cls(
            content=content,
            type_=type_,
            file_name=file_name,
        )

        send_finalized_transactional_mail_request_attachments_item.additional_properties = d
        return send_finalized_transactional_mail_request_attachments_item

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
