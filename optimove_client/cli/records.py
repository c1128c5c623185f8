"""Results of the client -> plain records with Optimove's field names, ready for JSON or CSV.

Paging functions give typed rows (msgspec structs); the others give the generated attrs models, lists of
them, strings or None. Records keep Optimove's names (CustomerID, not customer_id) so that the output
reads like the API's documentation; requested customer attributes become an "Attributes" mapping.
"""

from __future__ import annotations

import datetime
import enum
import functools
from collections.abc import Callable, Sequence
from typing import Any

import msgspec

ATTRIBUTES = "Attributes"
# Raw forms of the attribute values: redundant once they are parsed into the mapping.
_RAW_ATTRIBUTE_FIELDS = frozenset({"customer_attributes", "customer_attribute"})
# Client-side fields, written apart (the attributes mapping may be decoded from CustomerAttributes).
_CLIENT_FIELDS = frozenset({"attributes", "extra"})

Record = dict[str, Any]


@functools.cache
def _row_converter(row_type: type[msgspec.Struct]) -> Callable[[Any], Record]:
    """A fast row -> record function for one row type (fields read once per type, not per row)."""
    fields = [
        field
        for field in msgspec.structs.fields(row_type)
        if not field.encode_name.startswith("#") and field.name not in _RAW_ATTRIBUTE_FIELDS | _CLIENT_FIELDS
    ]
    required = [(field.name, field.encode_name) for field in fields if field.required]
    # Optional fields the server did not send are left out, not written as nulls or empty columns.
    optional = [(field.name, field.encode_name) for field in fields if not field.required]
    raw = [
        (field.name, field.encode_name)
        for field in msgspec.structs.fields(row_type)
        if field.name in _RAW_ATTRIBUTE_FIELDS
    ]

    def convert(row: Any) -> Record:
        record: Record = {wire: getattr(row, name) for name, wire in required}
        for name, wire in optional:
            value = getattr(row, name)
            if value is not None:
                record[wire] = value
        attributes = getattr(row, "attributes", None)
        if attributes is None:  # no parsed mapping: keep whatever raw form came
            for name, wire in raw:
                value = getattr(row, name)
                if value is not None:
                    record[wire] = value
        extra = getattr(row, "extra", None)
        if extra:
            record.update(extra)
        if attributes is not None:
            record[ATTRIBUTES] = dict(attributes.items())
        return record

    return convert


def plain(value: Any) -> Any:
    """Any result of the client as JSON-compatible values (dates stay dates; the encoders format them)."""
    if value is None or isinstance(value, str | int | float | bool | datetime.date):
        return value
    if isinstance(value, msgspec.Struct):
        return _row_converter(type(value))(value)
    if isinstance(value, enum.Enum) or hasattr(value, "to_dict"):  # generated enums and models
        return value.value if isinstance(value, enum.Enum) else value.to_dict()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return str(value)


def records_of(rows: Sequence[Any]) -> list[Record]:
    """The records of one page of rows (or of a list result)."""
    if rows and isinstance(rows[0], msgspec.Struct):
        convert = _row_converter(type(rows[0]))
        return [convert(row) for row in rows]
    return [item if isinstance(item, dict) else {"value": item} for item in map(plain, rows)]


def flattened(record: Record) -> Record:
    """A record with its "Attributes" mapping as fields of its own (a table's columns)."""
    attributes = record.get(ATTRIBUTES)
    if not isinstance(attributes, dict):
        return record
    flat = {key: value for key, value in record.items() if key != ATTRIBUTES}
    flat.update(attributes)
    return flat
