"""Decode a page of a paging operation into its typed rows (optimove_generated.rows), fast.

The whole page is decoded by msgspec straight from bytes into gc-untracked structs, with the cyclic
garbage collector paused meanwhile: walking a half-built page of 200,000 objects is most of what
decoding would otherwise cost. Rows whose field names differ in case from the spec's, or that carry
fields the spec does not describe, take a slower path that keeps every value (unknown ones in `extra`).
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from typing import Any, Literal

import msgspec
from optimove_generated.rows import ROWS

from optimove_client import _attributes
from optimove_client.errors import ResponseParseError

AttributeMismatch = Literal["raise", "keep"]


class MalformedPage(ResponseParseError):
    """The body is not JSON (e.g. cut short): worth asking for the page again."""


class RowDecoder:
    """Decodes the pages of one operation."""

    def __init__(self, operation_id: str) -> None:
        self.operation_id = operation_id
        self.row_type = ROWS[operation_id]
        self._fast = msgspec.json.Decoder(list[self.row_type], strict=False)  # type: ignore[name-defined]
        wire = [field.encode_name for field in msgspec.structs.fields(self.row_type)]
        self._canonical = {name.lower(): name for name in wire if not name.startswith("#")}

    def decode(self, body: bytes) -> list[Any]:
        if not body.strip():
            return []  # an empty body means: no (more) data
        collecting = gc.isenabled()
        gc.disable()
        try:
            try:
                rows: list[Any] = self._fast.decode(body)
            except msgspec.ValidationError as error:
                if "unknown field" not in str(error):
                    raise ResponseParseError(self.operation_id, _where(error)) from None
                rows = self._lenient(body)
            except msgspec.DecodeError as error:
                raise MalformedPage(self.operation_id, f"the body is not valid JSON ({error})") from None
        finally:
            if collecting:
                gc.enable()
        return rows

    def _lenient(self, body: bytes) -> list[Any]:
        """Match field names case-insensitively and keep unknown fields in `extra`."""
        items = msgspec.json.decode(body)
        if not isinstance(items, list):
            raise ResponseParseError(self.operation_id, "expected a JSON array")
        rows = []
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                raise ResponseParseError(self.operation_id, f"$[{index}]: expected an object")
            known: dict[str, Any] = {}
            extra: dict[str, Any] = {}
            for key, value in item.items():
                name = self._canonical.get(key.lower())
                if name is None:
                    extra[key] = value
                else:
                    known[name] = value
            try:
                row = msgspec.convert(known, self.row_type, strict=False)
            except msgspec.ValidationError as error:
                raise ResponseParseError(self.operation_id, _where(error, f"$[{index}]")) from None
            if extra:
                row.extra = extra  # type: ignore[attr-defined]
            rows.append(row)
        return rows


def _where(error: msgspec.ValidationError, prefix: str = "") -> str:
    """msgspec says `... - at `$[3].CampaignID``: keep the field path, which names the field."""
    text = str(error)
    if prefix and "- at `$" in text:
        text = text.replace("- at `$", f"- at `{prefix}", 1)
    return f"a value does not fit the spec: {text}"


def fill_attributes(
    operation_id: str,
    rows: Sequence[Any],
    names: Sequence[str],
    delimiter: str,
    mismatch: AttributeMismatch,
) -> None:
    """Give each row `attributes`: requested name -> current value, whichever shape the server sent."""
    for index, row in enumerate(rows):
        try:
            row.attributes = _attributes.split_values(
                names, row.customer_attributes, row.customer_attribute, delimiter
            )
        except _attributes.AttributeValuesError as error:
            if mismatch == "keep":
                row.attributes = None  # the raw values stay in customer_attribute(s)
                continue
            raise ResponseParseError(operation_id, f"row {index} ({row.customer_id}): {error}") from None
