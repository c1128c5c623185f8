# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr

if TYPE_CHECKING:
    from ..models.update_customer_promotion_status_request_promos_updated_item import (
        UpdateCustomerPromotionStatusRequestPromosUpdatedItem,
    )


T = TypeVar("T", bound="UpdateCustomerPromotionStatusRequest")


@_attrs_define
class UpdateCustomerPromotionStatusRequest:
    """
    Attributes:
        time_stamp (datetime.datetime): Optimove DateTime, YYYY-MM-DD HH:MM:SS (a space, not a T, between date and time:
            described as a pattern because validators reject this form as date-time).
        campaign_id (int): Optimove integer, a whole number >= 0.
        promos_updated (list[UpdateCustomerPromotionStatusRequestPromosUpdatedItem]): Promotion activation status per
            customer (at most 10,000).
    """

    time_stamp: datetime.datetime
    campaign_id: int
    promos_updated: list[UpdateCustomerPromotionStatusRequestPromosUpdatedItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        time_stamp = self.time_stamp.strftime("%Y-%m-%d %H:%M:%S")

        campaign_id = self.campaign_id

        promos_updated = []
        for promos_updated_item_data in self.promos_updated:
            promos_updated_item = promos_updated_item_data.to_dict()
            promos_updated.append(promos_updated_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TimeStamp": time_stamp,
                "CampaignID": campaign_id,
                "PromosUpdated": promos_updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_customer_promotion_status_request_promos_updated_item import (
            UpdateCustomerPromotionStatusRequestPromosUpdatedItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        time_stamp = datetime.datetime.fromisoformat(d.pop("TimeStamp"))

        _campaign_id = d.pop("CampaignID")
        campaign_id = (
            int(_campaign_id) if isinstance(_campaign_id, str) else _campaign_id
        )

        promos_updated = []
        _promos_updated = d.pop("PromosUpdated")
        for promos_updated_item_data in _promos_updated:
            promos_updated_item = (
                UpdateCustomerPromotionStatusRequestPromosUpdatedItem.from_dict(
                    promos_updated_item_data
                )
            )

            promos_updated.append(promos_updated_item)

        update_customer_promotion_status_request = cls(
            time_stamp=time_stamp,
            campaign_id=campaign_id,
            promos_updated=promos_updated,
        )

        update_customer_promotion_status_request.additional_properties = d
        return update_customer_promotion_status_request

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
