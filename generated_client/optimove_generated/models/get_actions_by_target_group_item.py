# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr

T = TypeVar("T", bound="GetActionsByTargetGroupItem")


@_attrs_define
class GetActionsByTargetGroupItem:
    """Required: every field; on every documented sample record (2) and what the function exists to return.

    Attributes:
        recipient_group_id (int): An integer as servers send it in responses: a JSON number or a numeric string ("12").
            Values below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        action_id (int): An integer as servers send it in responses: a JSON number or a numeric string ("12"). Values
            below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
    """

    recipient_group_id: int
    action_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        recipient_group_id = self.recipient_group_id

        action_id = self.action_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RecipientGroupID": recipient_group_id,
                "ActionID": action_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _recipient_group_id = d.pop("RecipientGroupID")
        recipient_group_id = (
            int(_recipient_group_id)
            if isinstance(_recipient_group_id, str)
            else _recipient_group_id
        )

        _action_id = d.pop("ActionID")
        action_id = int(_action_id) if isinstance(_action_id, str) else _action_id

        get_actions_by_target_group_item = cls(
            recipient_group_id=recipient_group_id,
            action_id=action_id,
        )

        get_actions_by_target_group_item.additional_properties = d
        return get_actions_by_target_group_item

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
