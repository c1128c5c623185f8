# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTemplateRequest")


@_attrs_define
class UpdateTemplateRequest:
    """Changes to an existing Optimail template. The fields are inferred (see UpdateTemplate); others may be sent as well.

    Attributes:
        template_id (int): Optimove integer, a whole number >= 0.
        template_name (str | Unset): New name of the template (field name inferred from GetTemplateDetails).
        template_content (str | Unset): New content of the template, HTML, with personalization tags such as
            [%FIRST_NAME%] (field name inferred from GetTemplateDetails).
    """

    template_id: int
    template_name: str | Unset = UNSET
    template_content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        template_id = self.template_id

        template_name = self.template_name

        template_content = self.template_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TemplateID": template_id,
            }
        )
        if template_name is not UNSET:
            field_dict["TemplateName"] = template_name
        if template_content is not UNSET:
            field_dict["TemplateContent"] = template_content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _template_id = d.pop("TemplateID")
        template_id = (
            int(_template_id) if isinstance(_template_id, str) else _template_id
        )

        template_name = d.pop("TemplateName", UNSET)

        template_content = d.pop("TemplateContent", UNSET)

        update_template_request = cls(
            template_id=template_id,
            template_name=template_name,
            template_content=template_content,
        )

        update_template_request.additional_properties = d
        return update_template_request

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
