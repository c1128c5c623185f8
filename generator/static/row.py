"""The base of the typed rows of rows.py: what a row does besides holding its fields.

Copied into the generated package as it is (generator/static).
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import Any, ClassVar

import msgspec


class Row(msgspec.Struct):
    """A row of a paging function. Its fields are declared by each subclass in rows.py."""

    # (attribute, Optimove's name) of each field the spec describes, but the raw CustomerAttributes
    # forms: the requested attributes are the mapping in `attributes`.
    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = ()

    def to_dict(self) -> dict[str, Any]:
        """The row as Optimove's JSON names it, as the CLI writes it: each field under its Optimove name,
        an optional field the answer did not carry (None: a row cannot tell it from a null) left out, the
        requested CustomerAttributes as a plain dict under "Attributes", and any field the spec does not
        describe as it came. Dates and times are written as Optimove writes them (YYYY-MM-DD,
        YYYY-MM-DD HH:MM:SS), so the dict is ready for json.dumps."""
        required = _required_fields(type(self))
        data: dict[str, Any] = {}
        for attribute, name in self.optimove_names:
            value = getattr(self, attribute)
            if value is not None or attribute in required:
                data[name] = _json_value(value)
        attributes: Mapping[str, str | None] | None = getattr(self, "attributes", None)
        if attributes is not None:
            data["Attributes"] = dict(attributes)
        extra: dict[str, Any] | None = getattr(self, "extra", None)
        for name, value in (extra or {}).items():
            data.setdefault(name, value)
        return data


@functools.cache
def _required_fields(row_type: type[msgspec.Struct]) -> frozenset[str]:
    """The fields every answer carries: written even as None, as the CLI writes them."""
    return frozenset(field.name for field in msgspec.structs.fields(row_type) if field.required)


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value
