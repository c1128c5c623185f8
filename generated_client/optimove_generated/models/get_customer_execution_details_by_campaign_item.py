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

T = TypeVar("T", bound="GetCustomerExecutionDetailsByCampaignItem")


@_attrs_define
class GetCustomerExecutionDetailsByCampaignItem:
    """Required: every field but the attributes; no public sample, but independent production clients (Go, JS, PHP) read
    each of them on every row. Optional: CustomerAttributes / CustomerAttribute, sent only when attributes are
    requested, in one of two shapes.

    Attributes:
        customer_id (str):
        action_id (int): An integer as servers send it in responses: a JSON number or a numeric string ("12"). Values
            below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        channel_id (int): An integer as servers send it in responses: a JSON number or a numeric string ("12"). Values
            below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        template_id (int): An integer as servers send it in responses: a JSON number or a numeric string ("12"). Values
            below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        template_name (str):
        schedule_time (datetime.datetime): Optimove DateTime, YYYY-MM-DD HH:MM:SS (a space, not a T, between date and
            time: described as a pattern because validators reject this form as date-time).
        promo_code (str):
        customer_attributes (list[str] | Unset): A JSON array of strings.
        customer_attribute (str | Unset): Values of the requested attributes joined by CustomerAttributesDelimiter, in
            the order of the names (the form live servers were seen to send).
    """

    customer_id: str
    action_id: int
    channel_id: int
    template_id: int
    template_name: str
    schedule_time: datetime.datetime
    promo_code: str
    customer_attributes: list[str] | Unset = UNSET
    customer_attribute: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        action_id = self.action_id

        channel_id = self.channel_id

        template_id = self.template_id

        template_name = self.template_name

        schedule_time = self.schedule_time.strftime("%Y-%m-%d %H:%M:%S")

        promo_code = self.promo_code

        customer_attributes: list[str] | Unset = UNSET
        if not isinstance(self.customer_attributes, Unset):
            customer_attributes = self.customer_attributes

        customer_attribute = self.customer_attribute

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CustomerID": customer_id,
                "ActionID": action_id,
                "ChannelID": channel_id,
                "TemplateID": template_id,
                "TemplateName": template_name,
                "ScheduleTime": schedule_time,
                "PromoCode": promo_code,
            }
        )
        if customer_attributes is not UNSET:
            field_dict["CustomerAttributes"] = customer_attributes
        if customer_attribute is not UNSET:
            field_dict["CustomerAttribute"] = customer_attribute

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("CustomerID")

        _action_id = d.pop("ActionID")
        action_id = int(_action_id) if isinstance(_action_id, str) else _action_id

        _channel_id = d.pop("ChannelID")
        channel_id = int(_channel_id) if isinstance(_channel_id, str) else _channel_id

        _template_id = d.pop("TemplateID")
        template_id = (
            int(_template_id) if isinstance(_template_id, str) else _template_id
        )

        template_name = d.pop("TemplateName")

        schedule_time = datetime.datetime.fromisoformat(d.pop("ScheduleTime"))

        promo_code = d.pop("PromoCode")

        customer_attributes = cast(list[str], d.pop("CustomerAttributes", UNSET))

        customer_attribute = d.pop("CustomerAttribute", UNSET)

        get_customer_execution_details_by_campaign_item = cls(
            customer_id=customer_id,
            action_id=action_id,
            channel_id=channel_id,
            template_id=template_id,
            template_name=template_name,
            schedule_time=schedule_time,
            promo_code=promo_code,
            customer_attributes=customer_attributes,
            customer_attribute=customer_attribute,
        )

        get_customer_execution_details_by_campaign_item.additional_properties = d
        return get_customer_execution_details_by_campaign_item

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
