# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr

T = TypeVar("T", bound="GetMicrosegmentListItem")


@_attrs_define
class GetMicrosegmentListItem:
    """Required: every field; on every documented sample record (3) and what the function exists to return.

    Attributes:
        microsegment_id (int): An integer as servers send it in responses: a JSON number or a numeric string ("12").
            Values below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        microsegment_name (str):
        lifecycle_stage_id (int): An integer as servers send it in responses: a JSON number or a numeric string ("12").
            Values below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        future_value (float): Optimove double, a signed floating-point number.
        churn_rate (float): Optimove double, a signed floating-point number.
    """

    microsegment_id: int
    microsegment_name: str
    lifecycle_stage_id: int
    future_value: float
    churn_rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        microsegment_id = self.microsegment_id

        microsegment_name = self.microsegment_name

        lifecycle_stage_id = self.lifecycle_stage_id

        future_value = self.future_value

        churn_rate = self.churn_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MicrosegmentID": microsegment_id,
                "MicrosegmentName": microsegment_name,
                "LifecycleStageID": lifecycle_stage_id,
                "FutureValue": future_value,
                "ChurnRate": churn_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _microsegment_id = d.pop("MicrosegmentID")
        microsegment_id = (
            int(_microsegment_id)
            if isinstance(_microsegment_id, str)
            else _microsegment_id
        )

        microsegment_name = d.pop("MicrosegmentName")

        _lifecycle_stage_id = d.pop("LifecycleStageID")
        lifecycle_stage_id = (
            int(_lifecycle_stage_id)
            if isinstance(_lifecycle_stage_id, str)
            else _lifecycle_stage_id
        )

        future_value = d.pop("FutureValue")

        churn_rate = d.pop("ChurnRate")

        get_microsegment_list_item = cls(
            microsegment_id=microsegment_id,
            microsegment_name=microsegment_name,
            lifecycle_stage_id=lifecycle_stage_id,
            future_value=future_value,
            churn_rate=churn_rate,
        )

        get_microsegment_list_item.additional_properties = d
        return get_microsegment_list_item

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
