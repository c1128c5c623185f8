# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr

T = TypeVar("T", bound="GetActionIDResult")


@_attrs_define
class GetActionIDResult:
    """Required: ActionID, the one value the function returns; in the documented sample.

    Attributes:
        action_id (int): An integer as servers send it in responses: a JSON number or a numeric string ("12"). Values
            below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
    """

    action_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        action_id = self.action_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ActionID": action_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _action_id = d.pop("ActionID")
        action_id = int(_action_id) if isinstance(_action_id, str) else _action_id

        get_action_id_result = cls(
            action_id=action_id,
        )

        get_action_id_result.additional_properties = d
        return get_action_id_result

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
