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

from collections.abc import Collection, Sequence
from typing import Any

from dlt.common.data_types.typing import TDataType
from dlt.common.schema.typing import TColumnSchema, TTableSchemaColumns
from optimove_generated.operation import Operation

from optimove_client._response.columns import Kind, RowColumns
from optimove_client._response.model_columns import model_fields, plain

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


def model_columns(operation: Operation) -> list[TColumnSchema]:
    return [column(f.name, f.kind, nullable=f.nullable) for f in model_fields(operation)]


def record(operation: Operation, item: Any) -> dict[str, Any]:
    """One item of a list or object function as a dict of its spec's fields (None where it is unset)."""
    return {field.name: plain(getattr(item, field.attribute)) for field in model_fields(operation)}
