# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr

T = TypeVar("T", bound="SendTransactionalMailResult")


@_attrs_define
class SendTransactionalMailResult:
    """Required: every field; in the documented sample and what the function exists to return.

    Attributes:
        is_success (bool): Optimove boolean. Documented as the strings "true" and "false"; servers also send JSON true
            and false.
        send_id (int | None):
        error (None | str):
    """

    is_success: bool
    send_id: int | None
    error: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        send_id: int | None
        send_id = self.send_id

        error: None | str
        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "IsSuccess": is_success,
                "SendID": send_id,
                "Error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _is_success = d.pop("IsSuccess")
        is_success = (
            _is_success
            if isinstance(_is_success, bool)
            else {"true": True, "false": False}[_is_success.lower()]
        )

        def _parse_send_id(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not isinstance(data, (int, str)):
                    raise TypeError()
                _send_id_type_0 = data
                send_id_type_0 = (
                    int(_send_id_type_0)
                    if isinstance(_send_id_type_0, str)
                    else _send_id_type_0
                )

                return send_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, data)

        send_id = _parse_send_id(d.pop("SendID"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("Error"))

        send_transactional_mail_result = cls(
            is_success=is_success,
            send_id=send_id,
            error=error,
        )

        send_transactional_mail_result.additional_properties = d
        return send_transactional_mail_result

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
