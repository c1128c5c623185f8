# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCampaignInteractionCustomersItem")


@_attrs_define
class GetCampaignInteractionCustomersItem:
    """
    Attributes:
        customer_id (str | Unset):
        campaign_id (int | Unset): An integer as servers send it in responses: a JSON number or a numeric string ("12").
            Values below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        template_id (int | Unset): An integer as servers send it in responses: a JSON number or a numeric string ("12").
            Values below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
    """

    customer_id: str | Unset = UNSET
    campaign_id: int | Unset = UNSET
    template_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        campaign_id = self.campaign_id

        template_id = self.template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["CustomerID"] = customer_id
        if campaign_id is not UNSET:
            field_dict["CampaignID"] = campaign_id
        if template_id is not UNSET:
            field_dict["TemplateID"] = template_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("CustomerID", UNSET)

        _campaign_id = d.pop("CampaignID", UNSET)
        campaign_id: int | Unset
        if isinstance(_campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = (
                int(_campaign_id) if isinstance(_campaign_id, str) else _campaign_id
            )

        _template_id = d.pop("TemplateID", UNSET)
        template_id: int | Unset
        if isinstance(_template_id, Unset):
            template_id = UNSET
        else:
            template_id = (
                int(_template_id) if isinstance(_template_id, str) else _template_id
            )

        get_campaign_interaction_customers_item = cls(
            customer_id=customer_id,
            campaign_id=campaign_id,
            template_id=template_id,
        )

        get_campaign_interaction_customers_item.additional_properties = d
        return get_campaign_interaction_customers_item

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
