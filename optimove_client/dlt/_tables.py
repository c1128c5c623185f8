"""The tables of the source, as the spec declares them: each operation's x-optimove-load, which the
generator writes into optimove_generated.facts.LOAD_TABLES (parents first).

The source knows nothing of a table but what that record says: the function it comes from, its primary
key, its kind (a reference table replaced when fetched, the dates table that is the date cursor, or a
per-date table loaded for the rows of its parent), where the arguments of its calls come from, and the
columns it adds before the answer's fields.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from optimove_generated import facts, operations
from optimove_generated.load_table import LoadTable
from optimove_generated.operation import Operation

from optimove_client._client import Optimove

LOADED: tuple[LoadTable, ...] = facts.LOAD_TABLES
DATES_TABLE: LoadTable = next(table for table in LOADED if table.kind == "dates")
DATES = DATES_TABLE.name  # its resource's state holds the date cursor

_OPERATIONS: Mapping[str, Operation] = {
    operation.operation_id: operation for operation in operations.OPERATIONS
}


@dataclasses.dataclass(frozen=True)
class Table:
    """One table of the source: its name, its primary key, and what it holds (for the README and the CLI)."""

    name: str
    primary_key: tuple[str, ...]
    function: str  # the Optimove function it comes from
    per_date: bool
    parent: str | None = None  # the table whose rows give its calls' arguments (a per-date table's)


TABLES: tuple[Table, ...] = tuple(
    Table(table.name, table.primary_key, table.function, per_date=table.per_date, parent=table.parent)
    for table in LOADED
)
PER_DATE: tuple[str, ...] = tuple(table.name for table in TABLES if table.per_date)


def operation_of(table: LoadTable) -> Operation:
    """The record of the function a table is loaded from."""
    return _OPERATIONS[table.function]


def function_of(opt: Optimove, table: LoadTable) -> Any:
    """The client's function a table is loaded from: opt.<category>.<function> (a paging one has
    .record_batches too)."""
    operation = operation_of(table)
    return getattr(getattr(opt, operation.category), operation.name)


def keywords(table: LoadTable, arguments: Mapping[str, Any]) -> dict[str, Any]:
    """A call's arguments, given by Optimove's parameter names, as the client function's keywords."""
    keyword = {parameter.name: parameter.keyword for parameter in operation_of(table).parameters}
    return {keyword[name]: value for name, value in arguments.items()}
