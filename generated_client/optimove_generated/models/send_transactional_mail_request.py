# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_transactional_mail_request_attachments_item import (
        SendTransactionalMailRequestAttachmentsItem,
    )
    from ..models.send_transactional_mail_request_recipients_item import (
        SendTransactionalMailRequestRecipientsItem,
    )


T = TypeVar("T", bound="SendTransactionalMailRequest")


@_attrs_define
class SendTransactionalMailRequest:
    """
    Attributes:
        template_id (int): Optimove integer, a whole number >= 0.
        recipients (list[SendTransactionalMailRequestRecipientsItem]): Recipients of the message (at most 200 per call).
        schedule_time (datetime.datetime | Unset): Optimove DateTime, YYYY-MM-DD HH:MM:SS (a space, not a T, between
            date and time: described as a pattern because validators reject this form as date-time).
        attachments (list[SendTransactionalMailRequestAttachmentsItem] | Unset): Files to attach.
        unique_message_id (str | Unset): Idempotency key (at most 254 characters): a repeat is answered 409.
    """

    template_id: int
    recipients: list[SendTransactionalMailRequestRecipientsItem]
    schedule_time: datetime.datetime | Unset = UNSET
    attachments: list[SendTransactionalMailRequestAttachmentsItem] | Unset = UNSET
    unique_message_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        template_id = self.template_id

        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        schedule_time: str | Unset = UNSET
        if not isinstance(self.schedule_time, Unset):
            schedule_time = self.schedule_time.strftime("%Y-%m-%d %H:%M:%S")

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        unique_message_id = self.unique_message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TemplateID": template_id,
                "Recipients": recipients,
            }
        )
        if schedule_time is not UNSET:
            field_dict["ScheduleTime"] = schedule_time
        if attachments is not UNSET:
            field_dict["Attachments"] = attachments
        if unique_message_id is not UNSET:
            field_dict["UniqueMessageID"] = unique_message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_transactional_mail_request_attachments_item import (
            SendTransactionalMailRequestAttachmentsItem,  # noqa: PLC0415
        )
        from ..models.send_transactional_mail_request_recipients_item import (
            SendTransactionalMailRequestRecipientsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _template_id = d.pop("TemplateID")
        template_id = (
            int(_template_id) if isinstance(_template_id, str) else _template_id
        )

        recipients = []
        _recipients = d.pop("Recipients")
        for recipients_item_data in _recipients:
            recipients_item = SendTransactionalMailRequestRecipientsItem.from_dict(
                recipients_item_data
            )

            recipients.append(recipients_item)

        _schedule_time = d.pop("ScheduleTime", UNSET)
        schedule_time: datetime.datetime | Unset
        if isinstance(_schedule_time, Unset):
            schedule_time = UNSET
        else:
            schedule_time = datetime.datetime.fromisoformat(_schedule_time)

        _attachments = d.pop("Attachments", UNSET)
        attachments: list[SendTransactionalMailRequestAttachmentsItem] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = (
                    SendTransactionalMailRequestAttachmentsItem.from_dict(
                        attachments_item_data
                    )
                )

                attachments.append(attachments_item)

        unique_message_id = d.pop("UniqueMessageID", UNSET)

        send_transactional_mail_request = cls(
            template_id=template_id,
            recipients=recipients,
            schedule_time=schedule_time,
            attachments=attachments,
            unique_message_id=unique_message_id,
        )

        send_transactional_mail_request.additional_properties = d
        return send_transactional_mail_request

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
