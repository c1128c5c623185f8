# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCampaignInteractionsRequest")


@_attrs_define
class UpdateCampaignInteractionsRequest:
    """
    Attributes:
        campaign_id (int): Optimove integer, a whole number >= 0.
        channel_id (int): Optimove integer, a whole number >= 0.
        interaction_date (datetime.date): Optimove date, YYYY-MM-DD.
        event_id (int): Optimove integer, a whole number >= 0.
        customer_i_ds (list[str]): Customers who had the interaction (at most 10,000).
        template_id (int | Unset): Optimove integer, a whole number >= 0.
        recipient_group_id (int | Unset): Recipient group ID: one digit, 0 for the control group, 1..9 for recipient
            groups (A/B/n: A is 1, B is 2).
        app_id (str | Unset): Application ID within the channel.
    """

    campaign_id: int
    channel_id: int
    interaction_date: datetime.date
    event_id: int
    customer_i_ds: list[str]
    template_id: int | Unset = UNSET
    recipient_group_id: int | Unset = UNSET
    app_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        channel_id = self.channel_id

        interaction_date = self.interaction_date.isoformat()

        event_id = self.event_id

        customer_i_ds = self.customer_i_ds

        template_id = self.template_id

        recipient_group_id = self.recipient_group_id

        app_id = self.app_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CampaignID": campaign_id,
                "ChannelID": channel_id,
                "InteractionDate": interaction_date,
                "EventID": event_id,
                "CustomerIDs": customer_i_ds,
            }
        )
        if template_id is not UNSET:
            field_dict["TemplateID"] = template_id
        if recipient_group_id is not UNSET:
            field_dict["RecipientGroupID"] = recipient_group_id
        if app_id is not UNSET:
            field_dict["AppID"] = app_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _campaign_id = d.pop("CampaignID")
        campaign_id = (
            int(_campaign_id) if isinstance(_campaign_id, str) else _campaign_id
        )

        _channel_id = d.pop("ChannelID")
        channel_id = int(_channel_id) if isinstance(_channel_id, str) else _channel_id

        interaction_date = datetime.date.fromisoformat(d.pop("InteractionDate"))

        _event_id = d.pop("EventID")
        event_id = int(_event_id) if isinstance(_event_id, str) else _event_id

        customer_i_ds = cast(list[str], d.pop("CustomerIDs"))

        _template_id = d.pop("TemplateID", UNSET)
        template_id: int | Unset
        if isinstance(_template_id, Unset):
            template_id = UNSET
        else:
            template_id = (
                int(_template_id) if isinstance(_template_id, str) else _template_id
            )

        _recipient_group_id = d.pop("RecipientGroupID", UNSET)
        recipient_group_id: int | Unset
        if isinstance(_recipient_group_id, Unset):
            recipient_group_id = UNSET
        else:
            recipient_group_id = (
                int(_recipient_group_id)
                if isinstance(_recipient_group_id, str)
                else _recipient_group_id
            )

        app_id = d.pop("AppID", UNSET)

        update_campaign_interactions_request = cls(
            campaign_id=campaign_id,
            channel_id=channel_id,
            interaction_date=interaction_date,
            event_id=event_id,
            customer_i_ds=customer_i_ds,
            template_id=template_id,
            recipient_group_id=recipient_group_id,
            app_id=app_id,
        )

        update_campaign_interactions_request.additional_properties = d
        return update_campaign_interactions_request

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
