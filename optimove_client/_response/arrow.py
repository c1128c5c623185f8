"""Pages of rows as Arrow record batches (the optional `[arrow]` extra: pyarrow).

Column types come from the spec through _columns: date -> date32, DateTime -> timestamp (no zone, as
Optimove writes it), integers -> int64, numbers -> float64, booleans -> bool, strings -> string, a
StringArray -> list of strings, anything else -> its JSON text; each requested customer attribute is a
string column of its own, "NULL" read as null. pyarrow is imported on first use, so that the client and
the CLI start without it and say which extra to install when it is missing.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from types import ModuleType
from typing import Any

import msgspec
from optimove_generated.operation import Operation

from optimove_client._response.columns import Column, Kind, RowColumns
from optimove_client.errors import MissingExtraError

INSTALL = "pip install 'optimove-client[arrow]'"


def pyarrow(purpose: str = "Arrow tables and Parquet files") -> ModuleType:
    """The pyarrow module, or a MissingExtraError saying what needs it and how to install it."""
    try:
        import pyarrow as pa  # noqa: PLC0415 - the optional extra, imported where it is needed
    except ImportError:
        raise MissingExtraError(f"{purpose} need pyarrow, which is not installed: {INSTALL}") from None
    module: ModuleType = pa
    return module


def _arrow_type(pa: ModuleType, kind: Kind) -> Any:
    types = {
        "string": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
        "datetime": pa.timestamp("us"),
        "strings": pa.list_(pa.string()),
        "json": pa.string(),
    }
    return types[kind]


@functools.cache
def schema_of(columns: RowColumns) -> Any:
    """The pyarrow.Schema of a function's rows (for one set of requested attributes)."""
    pa = pyarrow()
    return pa.schema(
        [
            pa.field(column.name, _arrow_type(pa, column.kind), nullable=column.nullable)
            for column in columns.columns
        ]
    )


_json = msgspec.json.Encoder()


def _array(pa: ModuleType, column: Column, values: list[Any], arrow_type: Any) -> Any:
    if column.kind == "json":
        values = [None if value is None else _json.encode(value).decode() for value in values]
    return pa.array(values, type=arrow_type, from_pandas=False)


def batch_of(columns: RowColumns, values: Sequence[list[Any]]) -> Any:
    """One pyarrow.RecordBatch of column values (RowColumns.values of a page or a slice of one)."""
    pa = pyarrow()
    schema = schema_of(columns)
    arrays = [
        _array(pa, column, column_values, field.type)
        for column, column_values, field in zip(columns.columns, values, schema, strict=True)
    ]
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


def page_batches(columns: RowColumns, rows: Sequence[Any]) -> Iterator[Any]:
    """The record batches of one page, a slice of rows at a time (a large page is never whole twice)."""
    for values in columns.slices(rows):
        yield batch_of(columns, values)


def page_batch(columns: RowColumns, rows: Sequence[Any]) -> Any:
    """One page as one pyarrow.RecordBatch: its slices' batches joined (one copy, for large pages only)."""
    batches = list(page_batches(columns, rows))
    if len(batches) == 1:
        return batches[0]
    pa = pyarrow()
    if hasattr(pa, "concat_batches"):  # pyarrow 19 and newer
        return pa.concat_batches(batches)
    combined = pa.Table.from_batches(batches, schema=schema_of(columns)).combine_chunks()
    return combined.to_batches(max_chunksize=combined.num_rows)[0]


def list_table(operation: Operation, items: Sequence[Any]) -> Any:
    """The items of a list function that does not page as one pyarrow.Table: a column per field of the
    spec (_model_columns), typed as a paging function's rows are; the schema even without items."""
    from optimove_client._response.model_columns import model_fields, plain  # noqa: PLC0415 - imports the spec

    pa = pyarrow()
    fields = model_fields(operation)
    columns = [Column(field.name, field.kind, field.nullable, field.attribute) for field in fields]
    schema = pa.schema(
        [pa.field(column.name, _arrow_type(pa, column.kind), nullable=column.nullable) for column in columns]
    )
    arrays = [
        _array(pa, column, [plain(getattr(item, field.attribute)) for item in items], arrow_field.type)
        for column, field, arrow_field in zip(columns, fields, schema, strict=True)
    ]
    return pa.Table.from_arrays(arrays, schema=schema)
