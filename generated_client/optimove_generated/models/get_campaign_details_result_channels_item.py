# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCampaignDetailsResultChannelsItem")


@_attrs_define
class GetCampaignDetailsResultChannelsItem:
    """
    Attributes:
        id (int | Unset): An integer as servers send it in responses: a JSON number or a numeric string ("12"). Values
            below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
    """

    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("Id", UNSET)
        id: int | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = int(_id) if isinstance(_id, str) else _id

        get_campaign_details_result_channels_item = cls(
            id=id,
        )

        get_campaign_details_result_channels_item.additional_properties = d
        return get_campaign_details_result_channels_item

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
