"""The columns of the source's tables, as dlt column hints, from the spec.

Two kinds of tables, typed from what the runtime already knows of each function:

- the rows of a paging function (the customers of an action, attribute changers) are Arrow record batches,
  typed by `_columns.RowColumns` (the generated rows, written from the spec's types), then one text column
  per requested customer attribute;
- the items of a list or object function (actions, campaigns, ...) are dicts in Optimove's field names, one
  column per property of the result's schema, in the spec's order, typed by the generated attrs model's
  field (int, float, bool, str, date, datetime; lists, nested models and mappings are JSON). Fields that an
  answer carries and the spec does not describe (a model's additional_properties) are left out, as the
  CLI's exports leave them out: their type would be guessed from a value.

A field is nullable where the spec does not require it (`X | Unset` on the model, `X | None` on a row).
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import types
import typing
from collections.abc import Collection, Mapping, Sequence
from typing import Any

import attrs
from dlt.common.data_types.typing import TDataType
from dlt.common.schema.typing import TColumnSchema, TTableSchemaColumns
from optimove_generated.operation import Operation
from optimove_generated.types import Unset

from optimove_client._arguments import model_hints
from optimove_client._columns import KIND_OF_TYPE, Kind, RowColumns
from optimove_client._spec_document import schema_at

_DLT_TYPES: dict[Kind, TDataType] = {
    "string": "text",
    "int": "bigint",
    "float": "double",
    "bool": "bool",
    "date": "date",
    "datetime": "timestamp",
    "strings": "json",
    "json": "json",
}


def column(name: str, kind: Kind, *, nullable: bool) -> TColumnSchema:
    """One dlt column hint. DateTimes are Optimove's local times, without a zone: loaded as such."""
    hint: TColumnSchema = {"name": name, "data_type": _DLT_TYPES[kind], "nullable": nullable}
    if kind == "datetime":
        hint["timezone"] = False
    return hint


def columns_of(hints: Sequence[TColumnSchema]) -> TTableSchemaColumns:
    """The hints as dlt's columns mapping, in order; a name given twice is a mistake of ours."""
    mapping: TTableSchemaColumns = {}
    for hint in hints:
        name = str(hint["name"])
        if name in mapping:
            raise ValueError(f"the column {name} is there twice")
        mapping[name] = hint
    return mapping


def row_columns(
    operation: Operation, attributes: Sequence[str], *, never_null: Collection[str] = ()
) -> list[TColumnSchema]:
    """The columns of a paging function's rows (as its Arrow record batches have them); never_null: the
    fields that the source fills in where a row lacks them (key columns)."""
    return [
        column(c.name, c.kind, nullable=c.nullable and c.name not in never_null)
        for c in RowColumns.of(operation, attributes).columns
    ]


@dataclasses.dataclass(frozen=True)
class Field:
    """One column of a list or object function's items."""

    name: str  # Optimove's field name (ActionID)
    attribute: str  # the generated model's attribute (action_id)
    kind: Kind
    nullable: bool


@functools.cache
def model_fields(operation: Operation) -> tuple[Field, ...]:
    """The fields of a list or object function's result: the schema's properties, typed by the model."""
    result = operation.result
    model: type | None = result.model
    if result.kind not in ("list", "object") or model is None or result.schema is None:
        raise TypeError(f"{operation.operation_id} answers no list or object of fields")
    schema = schema_at(result.schema)
    hints = model_hints(model)
    # The generator names each attribute after its field in snake case: TargetGroupID -> target_group_id,
    # Type -> type_ (a keyword). Compared without underscores and case, they match one to one.
    attributes = {attribute.replace("_", "").lower(): attribute for attribute in hints}
    required = set(schema.get("required", ()))
    fields = []
    for name in schema.get("properties", {}):
        attribute = attributes.get(name.replace("_", "").lower())
        if attribute is None:
            raise TypeError(f"{model.__name__} has no attribute for the field {name}")
        kind, optional = _kind_of(hints[attribute])
        fields.append(Field(name, attribute, kind, optional or name not in required))
    return tuple(fields)


def model_columns(operation: Operation) -> list[TColumnSchema]:
    return [column(f.name, f.kind, nullable=f.nullable) for f in model_fields(operation)]


def record(operation: Operation, item: Any) -> dict[str, Any]:
    """One item of a list or object function as a dict of its spec's fields (None where it is unset)."""
    return {field.name: _plain(getattr(item, field.attribute)) for field in model_fields(operation)}


def _plain(value: Any) -> Any:
    if isinstance(value, Unset) or value is None:
        return None
    if isinstance(value, enum.Enum):
        return value.value
    if attrs.has(type(value)):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    return value


def _kind_of(hint: Any) -> tuple[Kind, bool]:
    """(kind, nullable) of a model attribute's type: `int | Unset` is a nullable int; lists, models and
    mappings are JSON."""
    union = isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union
    members = typing.get_args(hint) if union else (hint,)
    known = [member for member in members if member not in (Unset, type(None))]
    nullable = len(known) < len(members)
    if len(known) != 1:
        return "json", nullable
    only = known[0]
    if isinstance(only, type) and issubclass(only, enum.Enum):
        values = {type(member.value) for member in only}
        return KIND_OF_TYPE.get(values.pop(), "json") if len(values) == 1 else "json", nullable
    return KIND_OF_TYPE.get(only, "json"), nullable
