# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr

T = TypeVar("T", bound="GetValueSegmentsItem")


@_attrs_define
class GetValueSegmentsItem:
    """Required: every field; on every documented sample record (4) and what the function exists to return.

    Attributes:
        value_segment_id (int): An integer as servers send it in responses: a JSON number or a numeric string ("12").
            Values below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        value_segment_name (str):
    """

    value_segment_id: int
    value_segment_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        value_segment_id = self.value_segment_id

        value_segment_name = self.value_segment_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ValueSegmentID": value_segment_id,
                "ValueSegmentName": value_segment_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _value_segment_id = d.pop("ValueSegmentID")
        value_segment_id = (
            int(_value_segment_id)
            if isinstance(_value_segment_id, str)
            else _value_segment_id
        )

        value_segment_name = d.pop("ValueSegmentName")

        get_value_segments_item = cls(
            value_segment_id=value_segment_id,
            value_segment_name=value_segment_name,
        )

        get_value_segments_item.additional_properties = d
        return get_value_segments_item

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
