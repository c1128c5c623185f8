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
    from ..models.send_finalized_transactional_mail_request_attachments_item import (
        SendFinalizedTransactionalMailRequestAttachmentsItem,
    )
    from ..models.send_finalized_transactional_mail_request_bcc_item import (
        SendFinalizedTransactionalMailRequestBccItem,
    )
    from ..models.send_finalized_transactional_mail_request_recipients_item import (
        SendFinalizedTransactionalMailRequestRecipientsItem,
    )


T = TypeVar("T", bound="SendFinalizedTransactionalMailRequest")


@_attrs_define
class SendFinalizedTransactionalMailRequest:
    """
    Attributes:
        brand_id (int): Optimove integer, a whole number >= 0.
        recipients (list[SendFinalizedTransactionalMailRequestRecipientsItem]): Recipients (at most 200).
        from_email (str | Unset): Sender address.
        from_name (str | Unset): Sender name.
        reply_to (str | Unset): Reply-to address.
        subject (str | Unset): Subject line.
        html (str | Unset): HTML body.
        plain_text (str | Unset): Plain-text body.
        bcc (list[SendFinalizedTransactionalMailRequestBccItem] | Unset): Blind-copy recipients (item fields not
            documented publicly).
        attachments (list[SendFinalizedTransactionalMailRequestAttachmentsItem] | Unset): Files to attach.
        schedule_time (datetime.datetime | Unset): Optimove DateTime, YYYY-MM-DD HH:MM:SS (a space, not a T, between
            date and time: described as a pattern because validators reject this form as date-time).
        unique_message_id (str | Unset): Idempotency key (at most 254 characters): a repeat is answered 409.
    """

    brand_id: int
    recipients: list[SendFinalizedTransactionalMailRequestRecipientsItem]
    from_email: str | Unset = UNSET
    from_name: str | Unset = UNSET
    reply_to: str | Unset = UNSET
    subject: str | Unset = UNSET
    html: str | Unset = UNSET
    plain_text: str | Unset = UNSET
    bcc: list[SendFinalizedTransactionalMailRequestBccItem] | Unset = UNSET
    attachments: list[SendFinalizedTransactionalMailRequestAttachmentsItem] | Unset = (
        UNSET
    )
    schedule_time: datetime.datetime | Unset = UNSET
    unique_message_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        brand_id = self.brand_id

        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        from_email = self.from_email

        from_name = self.from_name

        reply_to = self.reply_to

        subject = self.subject

        html = self.html

        plain_text = self.plain_text

        bcc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = []
            for bcc_item_data in self.bcc:
                bcc_item = bcc_item_data.to_dict()
                bcc.append(bcc_item)

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        schedule_time: str | Unset = UNSET
        if not isinstance(self.schedule_time, Unset):
            schedule_time = self.schedule_time.strftime("%Y-%m-%d %H:%M:%S")

        unique_message_id = self.unique_message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "BrandID": brand_id,
                "Recipients": recipients,
            }
        )
        if from_email is not UNSET:
            field_dict["FromEmail"] = from_email
        if from_name is not UNSET:
            field_dict["FromName"] = from_name
        if reply_to is not UNSET:
            field_dict["ReplyTo"] = reply_to
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if html is not UNSET:
            field_dict["Html"] = html
        if plain_text is not UNSET:
            field_dict["PlainText"] = plain_text
        if bcc is not UNSET:
            field_dict["Bcc"] = bcc
        if attachments is not UNSET:
            field_dict["Attachments"] = attachments
        if schedule_time is not UNSET:
            field_dict["ScheduleTime"] = schedule_time
        if unique_message_id is not UNSET:
            field_dict["UniqueMessageID"] = unique_message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_finalized_transactional_mail_request_attachments_item import (
            SendFinalizedTransactionalMailRequestAttachmentsItem,  # noqa: PLC0415
        )
        from ..models.send_finalized_transactional_mail_request_bcc_item import (
            SendFinalizedTransactionalMailRequestBccItem,  # noqa: PLC0415
        )
        from ..models.send_finalized_transactional_mail_request_recipients_item import (
            SendFinalizedTransactionalMailRequestRecipientsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _brand_id = d.pop("BrandID")
        brand_id = int(_brand_id) if isinstance(_brand_id, str) else _brand_id

        recipients = []
        _recipients = d.pop("Recipients")
        for recipients_item_data in _recipients:
            recipients_item = (
                SendFinalizedTransactionalMailRequestRecipientsItem.from_dict(
                    recipients_item_data
                )
            )

            recipients.append(recipients_item)

        from_email = d.pop("FromEmail", UNSET)

        from_name = d.pop("FromName", UNSET)

        reply_to = d.pop("ReplyTo", UNSET)

        subject = d.pop("Subject", UNSET)

        html = d.pop("Html", UNSET)

        plain_text = d.pop("PlainText", UNSET)

        _bcc = d.pop("Bcc", UNSET)
        bcc: list[SendFinalizedTransactionalMailRequestBccItem] | Unset = UNSET
        if _bcc is not UNSET:
            bcc = []
            for bcc_item_data in _bcc:
                bcc_item = SendFinalizedTransactionalMailRequestBccItem.from_dict(
                    bcc_item_data
                )

                bcc.append(bcc_item)

        _attachments = d.pop("Attachments", UNSET)
        attachments: (
            list[SendFinalizedTransactionalMailRequestAttachmentsItem] | Unset
        ) = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = (
                    SendFinalizedTransactionalMailRequestAttachmentsItem.from_dict(
                        attachments_item_data
                    )
                )

                attachments.append(attachments_item)

        _schedule_time = d.pop("ScheduleTime", UNSET)
        schedule_time: datetime.datetime | Unset
        if isinstance(_schedule_time, Unset):
            schedule_time = UNSET
        else:
            schedule_time = datetime.datetime.fromisoformat(_schedule_time)

        unique_message_id = d.pop("UniqueMessageID", UNSET)

        send_finalized_transactional_mail_request = cls(
            brand_id=brand_id,
            recipients=recipients,
            from_email=from_email,
            from_name=from_name,
            reply_to=reply_to,
            subject=subject,
            html=html,
            plain_text=plain_text,
            bcc=bcc,
            attachments=attachments,
            schedule_time=schedule_time,
            unique_message_id=unique_message_id,
        )

        send_finalized_transactional_mail_request.additional_properties = d
        return send_finalized_transactional_mail_request

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
