"""Output formats: each turns pages of records into text, one page at a time, so exports stream.

jsonl: one JSON object per line. csv: a header, then one line per record; customer attributes become
columns of their own. json: one array, one record per line, closed when the export ends; written so that
an interrupted file can be continued (--resume) by appending.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
from collections.abc import Sequence
from typing import Any, Protocol

import msgspec

from optimove_client.cli.records import ATTRIBUTES, Record


def _default(value: Any) -> Any:
    if isinstance(value, datetime.date):
        return str(value)  # datetime: YYYY-MM-DD HH:MM:SS, Optimove's own DateTime form
    raise TypeError(f"cannot encode {type(value).__name__}")


_encoder = msgspec.json.Encoder(enc_hook=_default)


def encode(record: Any) -> str:
    return _encoder.encode(record).decode()


def pretty(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, default=_default)


class Format(Protocol):
    records: int  # records written so far, in this file

    def begin(self) -> str: ...

    def page(self, records: Sequence[Record]) -> str: ...

    def end(self) -> str: ...


class JsonLines:
    def __init__(self, records: int = 0) -> None:
        self.records = records

    def begin(self) -> str:
        return ""

    def page(self, records: Sequence[Record]) -> str:
        self.records += len(records)
        return "".join(encode(record) + "\n" for record in records)

    def end(self) -> str:
        return ""


class JsonArray:
    """[, records joined by ",\\n", then ]: no record is followed by a comma, so a file can be continued."""

    def __init__(self, records: int = 0) -> None:
        self.records = records

    def begin(self) -> str:
        return "["

    def page(self, records: Sequence[Record]) -> str:
        parts = []
        for record in records:
            parts.append(("\n" if self.records == 0 else ",\n") + encode(record))
            self.records += 1
        return "".join(parts)

    def end(self) -> str:
        return "\n]\n"


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return encode(value)
    return value


class Csv:
    """Columns from the first page (attribute names as their own columns), written with it as the header."""

    def __init__(self, records: int = 0, columns: Sequence[str] | None = None) -> None:
        self.records = records
        self.columns = list(columns) if columns is not None else None

    @staticmethod
    def _flat(record: Record) -> Record:
        attributes = record.get(ATTRIBUTES)
        if not isinstance(attributes, dict):
            return record
        flat = {k: v for k, v in record.items() if k != ATTRIBUTES}
        flat.update(attributes)
        return flat

    def begin(self) -> str:
        return ""

    def page(self, records: Sequence[Record]) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        flat = [self._flat(record) for record in records]
        if self.columns is None and flat:
            self.columns = list(dict.fromkeys(key for record in flat for key in record))
            writer.writerow(self.columns)
        columns = self.columns or []
        # csv writes None as an empty cell and numbers and dates as text; only lists and mappings need JSON.
        rows = [[record.get(column) for column in columns] for record in flat]
        nested = {i for row in rows for i, value in enumerate(row) if isinstance(value, dict | list)}
        if nested:
            rows = [[_cell(v) if i in nested else v for i, v in enumerate(row)] for row in rows]
        writer.writerows(rows)
        self.records += len(records)
        return buffer.getvalue()

    def end(self) -> str:
        return ""

    @staticmethod
    def header_of(first_line: str) -> list[str]:
        return next(csv.reader([first_line]))


def new_format(name: str, records: int = 0, columns: Sequence[str] | None = None) -> Format:
    if name == "csv":
        return Csv(records, columns)
    return JsonArray(records) if name == "json" else JsonLines(records)
