"""Text output formats: each turns a page of columns into bytes, one page at a time, so exports stream.

A page comes as columns (one list of values per column, see _response/columns.py), never as a dict per record.
jsonl: one JSON object per line, encoded by msgspec from one positional struct per record, the
attributes under "Attributes" as row.to_dict() has them. json: one array, a record per line, closed when
the export ends and written so that an interrupted file can be continued (--resume) by appending. csv: a
header, then a line per record, each column turned into text in one pass (empty for a missing value, JSON
for lists and mappings, quoted only where a value needs it); customer attributes are columns of their own.
"""

from __future__ import annotations

import datetime
import functools
import json
from collections.abc import Sequence
from typing import Any, Protocol

import msgspec

ATTRIBUTES = "Attributes"  # JSON formats: the requested attributes, as row.to_dict() names them


_encoder = msgspec.json.Encoder()  # dates and times natively (ISO 8601); anything else it cannot: TypeError


def encode(record: Any) -> str:
    return _encoder.encode(record).decode()


def _default(value: Any) -> Any:
    if isinstance(value, datetime.date):
        return str(value)  # datetime: YYYY-MM-DD HH:MM:SS, Optimove's own DateTime form
    raise TypeError(f"cannot encode {type(value).__name__}")


def pretty(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, default=_default)


class Format(Protocol):
    records: int  # records written so far, in this file

    def begin(self, names: Sequence[str], attributes: Sequence[str] = ()) -> bytes:
        """The fields' columns' names, then the requested attributes' (their columns come last)."""
        ...

    def page(self, columns: Sequence[list[Any]]) -> bytes: ...

    def end(self) -> bytes: ...


@functools.cache
def _struct(names: tuple[str, ...], *, omit_missing: bool) -> type[msgspec.Struct]:
    """A positional struct with one field per name, encoded as a JSON object under those names."""
    fields = [(f"c{index}", Any, None) for index in range(len(names))]
    rename = {f"c{index}": name for index, name in enumerate(names)}
    return msgspec.defstruct("Record", fields, rename=rename, gc=False, omit_defaults=omit_missing)


class JsonLines:
    """As row.to_dict() has it: the fields the answer carried, the attributes as one "Attributes" object."""

    def __init__(self, records: int = 0) -> None:
        self.records = records
        self._fields = 0
        self._record: type[msgspec.Struct] | None = None
        self._attributes: type[msgspec.Struct] | None = None

    def begin(self, names: Sequence[str], attributes: Sequence[str] = ()) -> bytes:
        self._fields = len(names)
        record_names = (*names, ATTRIBUTES) if attributes else tuple(names)
        self._record = _struct(record_names, omit_missing=True)  # a field the answer lacked is left out
        self._attributes = _struct(tuple(attributes), omit_missing=False) if attributes else None
        return b""

    def lines(self, columns: Sequence[list[Any]]) -> bytes:
        """The page as JSON lines, each ending in a newline (no JSON text holds a raw newline)."""
        if self._record is None:
            raise RuntimeError("begin() names the columns first")
        count = len(columns[0]) if columns else 0
        if not count:
            return b""
        self.records += count
        fields = list(columns[: self._fields])
        if self._attributes is not None:
            fields.append(list(map(self._attributes, *columns[self._fields :])))
        return _encoder.encode_lines(list(map(self._record, *fields)))

    def page(self, columns: Sequence[list[Any]]) -> bytes:
        return self.lines(columns)

    def end(self) -> bytes:
        return b""


class JsonArray(JsonLines):
    """[, records joined by ",\\n", then ]: no record is followed by a comma, so a file can be continued."""

    def begin(self, names: Sequence[str], attributes: Sequence[str] = ()) -> bytes:
        super().begin(names, attributes)
        return b"["

    def page(self, columns: Sequence[list[Any]]) -> bytes:
        first = self.records == 0
        lines = self.lines(columns)
        if not lines:
            return b""
        return (b"\n" if first else b",\n") + lines[:-1].replace(b"\n", b",\n")

    def end(self) -> bytes:
        return b"\n]\n"


_NEEDS_QUOTES = (",", '"', "\n", "\r")
_NONE = type(None)
_PLAIN_TYPES = frozenset({int, float, bool, datetime.date, datetime.datetime, _NONE})


def _quoted(value: str) -> str:
    if any(mark in value for mark in _NEEDS_QUOTES):
        return '"' + value.replace('"', '""') + '"'
    return value


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict | list | tuple):
        return encode(value)
    return str(value)  # numbers, booleans (True/False), dates and times (YYYY-MM-DD HH:MM:SS)


def csv_cells(values: list[Any], *, only_column: bool = False) -> list[str]:
    """One column as CSV cells: the checks are per column (types, characters), the work per value only
    where a column needs it. A lone column writes a missing value as "" (a blank line would be no row)."""
    kinds = set(map(type, values))
    if kinds == {_NONE}:  # a field no record carried: a column of empty cells
        return ['""' if only_column else ""] * len(values)
    if kinds <= {str}:
        cells = values
    elif kinds <= {str, _NONE}:
        cells = ["" if value is None else value for value in values]
    elif kinds <= _PLAIN_TYPES:
        cells = ["" if value is None else str(value) for value in values]
    else:
        cells = list(map(_as_text, values))
    joined = "\x00".join(cells)
    if any(mark in joined for mark in _NEEDS_QUOTES):
        cells = list(map(_quoted, cells))
    if only_column and "" in cells:
        cells = ['""' if cell == "" else cell for cell in cells]
    return cells


class Csv:
    """A header of the column names (begin: a continued file has it already), then one line per record."""

    def __init__(self, records: int = 0) -> None:
        self.records = records
        self._lone = False

    def begin(self, names: Sequence[str], attributes: Sequence[str] = ()) -> bytes:
        header = [*names, *attributes]
        self._lone = len(header) == 1
        return (",".join(csv_cells(header)) + "\n").encode()

    def page(self, columns: Sequence[list[Any]]) -> bytes:
        count = len(columns[0]) if columns else 0
        if not count:
            return b""
        self.records += count
        cells = [csv_cells(column, only_column=self._lone) for column in columns]
        return ("\n".join(map(",".join, zip(*cells, strict=True))) + "\n").encode()

    def end(self) -> bytes:
        return b""

    @staticmethod
    def header_of(first_line: str) -> list[str]:
        import csv  # noqa: PLC0415 - only a resumed export reads a header back

        return next(csv.reader([first_line]), [])


def new_format(name: str, records: int = 0) -> Format:
    """The writer of a text format; `records` already in a file that is being continued."""
    if name == "csv":
        return Csv(records)
    return JsonArray(records) if name == "json" else JsonLines(records)


def records_as_columns(records: Sequence[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    """Records (a single call's answer) as columns: every key that any record has, in first-seen order."""
    names = list(dict.fromkeys(key for record in records for key in record))
    return names, [[record.get(name) for record in records] for name in names]
