# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr

T = TypeVar("T", bound="GetTemplateDetailsItem")


@_attrs_define
class GetTemplateDetailsItem:
    """Required: every field; in the documented sample and what the function exists to return.

    Attributes:
        template_id (int): An integer as servers send it in responses: a JSON number or a numeric string ("12"). Values
            below zero appear in a few fields (InitialTargetGroupID -1 = in no target group).
        template_name (str):
        template_content (str):
        template_attributes (list[str]): A JSON array of strings.
    """

    template_id: int
    template_name: str
    template_content: str
    template_attributes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        template_id = self.template_id

        template_name = self.template_name

        template_content = self.template_content

        template_attributes = self.template_attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TemplateID": template_id,
                "TemplateName": template_name,
                "TemplateContent": template_content,
                "TemplateAttributes": template_attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _template_id = d.pop("TemplateID")
        template_id = (
            int(_template_id) if isinstance(_template_id, str) else _template_id
        )

        template_name = d.pop("TemplateName")

        template_content = d.pop("TemplateContent")

        template_attributes = cast(list[str], d.pop("TemplateAttributes"))

        get_template_details_item = cls(
            template_id=template_id,
            template_name=template_name,
            template_content=template_content,
            template_attributes=template_attributes,
        )

        get_template_details_item.additional_properties = d
        return get_template_details_item

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
