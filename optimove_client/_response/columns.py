"""The rows of a paging function as columns: their names, their kinds (from the spec) and their values.

Exports (CSV, JSON lines, Parquet) and Arrow tables read a page column by column: one C-level pass per
field over the page's rows, never a dict per record. The columns of a function are the fields the spec
describes (Optimove's names, in the spec's order), then one per requested customer attribute, named after
it, with the string "NULL" read as a missing value. Kinds come from the typed row of rows.py, which the
generator writes from the spec's types (date, DateTime, integer, number, boolean, string, StringArray).
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import itertools
import operator
import types
import typing
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Literal, cast

import msgspec
from optimove_generated.operation import Operation

from optimove_client._request import attributes as _attributes
from optimove_client._response.rows import SLICE_ROWS, LazyRows
from optimove_client.errors import ValidationError

Kind = Literal["string", "int", "float", "bool", "date", "datetime", "strings", "json"]
# The kind of each Python type the generator writes for the spec's types (rows and models alike).
KIND_OF_TYPE: dict[Any, Kind] = {
    str: "string",
    int: "int",
    float: "float",
    bool: "bool",
    datetime.date: "date",
    datetime.datetime: "datetime",
    list[str]: "strings",
}


@dataclasses.dataclass(frozen=True, slots=True)
class Column:
    """One column of an export: its name, the kind of its values, and whether a value may be missing."""

    name: str  # Optimove's field name (CustomerID), or the attribute's own name (Alias)
    kind: Kind
    nullable: bool
    field: str | None  # the row's attribute holding it; None for a customer attribute's value


def _kind_of(annotation: Any) -> tuple[Kind, bool]:
    """(kind, nullable) of a row field's type: `int | None` is a nullable int, anything unknown is JSON."""
    members = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else (annotation,)
    nullable = type(None) in members
    known = [member for member in members if member is not type(None)]
    if len(set(known)) == 1:
        return KIND_OF_TYPE.get(known[0], "json"), nullable
    return "json", nullable


@dataclasses.dataclass(frozen=True)
class RowColumns:
    """The columns of one paging function's rows for one set of requested attribute names."""

    columns: tuple[Column, ...]
    attribute_names: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    @classmethod
    def of(cls, operation: Operation, attribute_names: Sequence[str] | None = None) -> RowColumns:
        """The columns of `operation`'s rows; attribute_names: the CustomerAttributes asked for, if any."""
        row = operation.result.row
        if operation.result.kind != "rows" or row is None:
            raise TypeError(f"{operation.operation_id} does not page: it has no rows to make columns of")
        try:
            return _row_columns(cast("type[msgspec.Struct]", row), tuple(attribute_names or ()))
        except _ColumnClash as clash:
            raise ValidationError(operation.operation_id, "attributes", str(clash)) from None

    def values(self, rows: Sequence[Any]) -> list[list[Any]]:
        """One list per column, of the values of `rows` (a page or a slice of one) in their order."""
        columns: list[list[Any]] = [
            list(map(operator.attrgetter(column.field), rows))
            for column in self.columns
            if column.field is not None
        ]
        if self.attribute_names:
            columns.extend(_attribute_values(rows, len(self.attribute_names)))
        return columns

    def slices(self, rows: Sequence[Any]) -> Iterator[list[list[Any]]]:
        """The columns of a page a slice of rows at a time: a large page is never whole as columns."""
        for chunk in row_slices(rows):
            yield self.values(chunk)


class _ColumnClash(ValueError):
    pass


@functools.cache
def _row_columns(row: type[msgspec.Struct], attribute_names: tuple[str, ...]) -> RowColumns:
    types_of = {field.name: field.type for field in msgspec.structs.fields(row)}
    required = {field.name for field in msgspec.structs.fields(row) if field.required}
    columns = []
    for attribute, name in row.optimove_names:  # type: ignore[attr-defined]
        kind, nullable = _kind_of(types_of[attribute])
        columns.append(Column(name, kind, nullable or attribute not in required, attribute))
    taken = {column.name for column in columns}
    for name in attribute_names:
        if name in taken:
            raise _ColumnClash(f"must not name a field of the rows ({name}): its column would hide the field")
        columns.append(Column(name, "string", True, None))
    return RowColumns(tuple(columns), attribute_names)


def _attribute_values(rows: Sequence[Any], count: int) -> list[list[str | None]]:
    """The requested attributes' values, one list per name; "NULL" (Optimove's missing value) is None."""
    mappings = list(map(operator.attrgetter("attributes"), rows))
    if _any_none(mappings):  # rows whose values were kept raw (attribute_mismatch="keep"): no values
        return _attribute_values_slow(mappings, count)
    columns = [list(map(operator.attrgetter(f"value{index}"), mappings)) for index in range(count)]
    for column in columns:
        if _attributes.NULL in column:
            column[:] = [None if value == _attributes.NULL else value for value in column]
    return columns


def _any_none(values: list[Any]) -> bool:
    """`None in values` by identity: `in` would call each mapping's Python __eq__."""
    return any(map(operator.is_, values, itertools.repeat(None)))


def _attribute_values_slow(mappings: list[Any], count: int) -> list[list[str | None]]:
    """Per row, for pages where some rows carry no parsed values."""
    columns: list[list[str | None]] = [[] for _ in range(count)]
    for mapping in mappings:
        values: Sequence[str | None] = (None,) * count if mapping is None else list(mapping.values())
        for column, value in zip(columns, values, strict=True):
            column.append(value)
    return columns


def row_slices(rows: Sequence[Any]) -> Iterator[Sequence[Any]]:
    """A page's rows SLICE_ROWS at a time (a large page decodes a slice at a time: see _rows.LazyRows)."""
    if isinstance(rows, LazyRows):
        yield from rows.slices()
        return
    if len(rows) <= SLICE_ROWS:
        yield rows
        return
    iterator = iter(rows)
    while chunk := list(itertools.islice(iterator, SLICE_ROWS)):
        yield chunk


def unknown_fields(rows: Sequence[Any]) -> set[str]:
    """The names of fields the spec does not describe that these rows carry (kept in each row's `extra`)."""
    extras = list(map(operator.attrgetter("extra"), rows))
    if extras.count(None) == len(extras):  # one C pass (a dict is never equal to None), 30x all(map(...))
        return set()
    return {name for extra in extras if extra for name in extra}


def requested_attributes(operation: Operation, arguments: Mapping[str, Any]) -> tuple[str, ...]:
    """The attribute names a call of the facade asks for (its `attributes=` keyword), () for none."""
    if operation.attributes is None:
        return ()
    requested = arguments.get(operation.attributes.names.keyword)
    return () if requested is None else _attributes.names_of(requested)
