"""Decode a page of a paging operation into its typed rows (optimove_generated.rows), fast.

The whole page is decoded by msgspec straight from bytes into structs the cyclic garbage collector does
not track (gc=False: a row never takes part in a cycle), so a page of 200,000 rows costs it nothing to
walk. When CustomerAttributes are requested, their documented array shape is
decoded in the same pass into an AttributeValues mapping per row (a positional struct with one field per
requested name), so a row's attributes cost no Python work at all; the live joined-string shape is split
in Python. Rows whose field names differ in case from the spec's, or that carry fields the spec does not
describe, take a slower path that keeps every value (unknown ones in `extra`).
"""

from __future__ import annotations

import operator
import typing
from collections.abc import Iterator, Sequence
from typing import Any, Literal

import msgspec

from optimove_client._request import attributes as _attributes
from optimove_client._response.attribute_values import ARRAY_KEY, AttributeValues, row_type, values_type
from optimove_client.errors import AttributeValuesMismatchError, MalformedBodyError, ResponseParseError

AttributeMismatch = Literal["raise", "keep"]
# Pages larger than this are decoded in slices as they are read, never whole as rows.
LAZY_BODY_BYTES = 4 * 1024 * 1024
SLICE_ROWS = 10_000


class RowDecoder:
    """Decodes the pages of one operation, for one set of requested attribute names."""

    def __init__(
        self,
        operation_id: str,
        row: type[msgspec.Struct],
        names: Sequence[str] | None = None,
        delimiter: str = _attributes.DEFAULT_DELIMITER,
        mismatch: AttributeMismatch = "raise",
    ) -> None:
        self.operation_id = operation_id
        self._names = tuple(names) if names else None
        self._delimiter, self._mismatch = delimiter, mismatch
        self.row_type = row_type(row, self._names)
        self._values = values_type(self._names) if self._names else AttributeValues
        self._fast = msgspec.json.Decoder(list[self.row_type], strict=False)  # type: ignore[name-defined]
        self._plain = RowDecoder(operation_id, row) if self._names else None  # for mismatches kept raw
        fields = msgspec.structs.fields(self.row_type)
        wire = [field.encode_name for field in fields]
        self._canonical = {name.lower(): name for name in wire if not name.startswith("#")}
        # Fields the spec has as strings: a JSON number there (an ID sent as 1, not "1") is read as text.
        self._text = frozenset(field.encode_name for field in fields if field.type in (str, str | None))

    def decode(self, body: bytes) -> list[Any]:
        if not body or body.isspace():  # isspace stops at the first other byte; strip would copy the page
            return []  # an empty body means: no (more) data
        try:
            rows: list[Any] = self._fast.decode(body)
        except msgspec.ValidationError:
            rows = self._lenient(body)  # the fast decoder's refusal says where, not why: ask row by row
        except msgspec.DecodeError as error:
            raise MalformedBodyError(self.operation_id, f"the body is not valid JSON ({error})") from None
        if self._names:
            self._split_joined(rows)
        return rows

    def decode_lazily(self, body: bytes) -> Sequence[Any]:
        """The rows of a page; a large page is decoded SLICE_ROWS at a time as it is iterated.

        The body is checked as JSON at once (a page cut short is refused here, before any row is read);
        only then are the rows decoded, slice by slice, so that a 200,000-row page never exists whole as
        rows: what the caller has read can be freed while the rest is decoded.
        """
        if len(body) <= LAZY_BODY_BYTES:
            return self.decode(body)
        try:
            items = msgspec.json.decode(body, type=list[msgspec.Raw])
        except msgspec.ValidationError:
            raise ResponseParseError(self.operation_id, "expected a JSON array") from None
        except msgspec.DecodeError as error:
            raise MalformedBodyError(self.operation_id, f"the body is not valid JSON ({error})") from None
        return LazyRows(self, _slices_of(body, items), len(items))

    def decode_slice(self, piece: RawSlice, start: int, end: int) -> list[Any]:
        """The rows `start` to `end` (excluded) of a page, from their slice of its body."""
        body = (
            b"".join((b"[", piece, b"]")) if isinstance(piece, memoryview) else b"[" + b",".join(piece) + b"]"
        )
        try:
            return self.decode(body)
        except ResponseParseError as error:
            error.add_note(f"in rows {start} to {end - 1} of the page")
            raise

    def _split_joined(self, rows: list[Any]) -> None:
        """The live shape, one string joined by the delimiter: split in Python, never a shifted mapping."""
        joined = list(map(operator.attrgetter("customer_attribute"), rows))
        if joined.count(None) == len(joined):  # one C pass: a string is never equal to None
            return  # the documented array shape (or no values at all): nothing to split, no Python per row
        names = self._names or ()
        for index, row in enumerate(rows):
            if row.attributes is not None or row.customer_attribute is None:
                continue
            try:
                values = _attributes.split_joined(names, row.customer_attribute, self._delimiter)
            except _attributes.AttributeValuesError as error:
                if self._mismatch == "raise":
                    raise AttributeValuesMismatchError(
                        self.operation_id, _row_name(index, row), error
                    ) from None
                continue
            row.attributes = self._values(*values)  # the same mapping type as the array shape gives

    def _lenient(self, body: bytes) -> list[Any]:
        """Match field names case-insensitively, read numbers sent for text as text, keep unknown fields
        in `extra`, and check each row's attribute array against the names (the slow path, for pages the
        fast decoder refuses; what is still wrong is named with its row and field)."""
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
                elif name in self._text and isinstance(value, int | float) and not isinstance(value, bool):
                    known[name] = str(value)
                else:
                    known[name] = value
            row_type = self._row_type_for(index, known)
            try:
                row = msgspec.convert(known, row_type, strict=False)
            except msgspec.ValidationError as error:
                raise ResponseParseError(self.operation_id, _where(error, f"$[{index}]")) from None
            if extra:
                row.extra = extra
            rows.append(row)
        return rows

    def _row_type_for(self, index: int, known: dict[str, Any]) -> type[Any]:
        """The row type that takes this row: the plain one (raw values kept, no mapping) when its attribute
        array does not have one value per requested name and mismatches are kept."""
        values = known.get(ARRAY_KEY)
        if not self._names or not isinstance(values, list) or len(values) == len(self._names):
            return self.row_type
        if self._plain is not None and self._mismatch == "keep":
            return self._plain.row_type
        mismatch = _attributes.AttributeValuesError(
            len(values), self._names, _attributes.ARRAY, self._delimiter
        )
        raise AttributeValuesMismatchError(self.operation_id, _row_name(index, known), mismatch)


# SLICE_ROWS rows of a page's body: a view of the body from the first row to the last (compact JSON),
# or the rows' own JSON texts (whitespace between rows: their places in the body are not known).
RawSlice = memoryview | list[msgspec.Raw]


def _slices_of(body: bytes, items: list[msgspec.Raw]) -> list[RawSlice]:
    """The body's rows SLICE_ROWS at a time, as views of the body where it is compact.

    One Raw object per row costs 48 bytes (10 MB at 200,000 rows) for as long as it is kept: a view of
    the body lets them go once the page is split. The views are right only when the lengths of the rows,
    one comma between each two and the brackets add up to the body's length: nothing else lies between.
    """
    view, bounds, offset = memoryview(body), [], 1
    for start in range(0, len(items), SLICE_ROWS):
        chunk = items[start : start + SLICE_ROWS]
        end = offset + sum(map(len, chunk)) + len(chunk) - 1  # the rows and the commas between them
        bounds.append((offset, end))
        offset = end + 1  # past the comma after the slice (or the closing bracket)
    if offset == len(body) and body[:1] == b"[" and body[-1:] == b"]":
        return [view[first:last] for first, last in bounds]
    view.release()
    return [items[start : start + SLICE_ROWS] for start in range(0, len(items), SLICE_ROWS)]


class LazyRows(Sequence[Any]):
    """The rows of one large page, decoded a slice at a time while they are iterated."""

    def __init__(self, decoder: RowDecoder, slices: list[RawSlice], count: int) -> None:
        self._decoder = decoder
        self._slices = slices
        self._count = count
        self._rows: list[Any] | None = None  # all rows, once indexing asked for them

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Any]:
        for rows in self.slices():
            yield from rows

    def slices(self) -> Iterator[list[Any]]:
        """The rows SLICE_ROWS at a time, each slice decoded when it is reached."""
        if self._rows is not None:
            yield self._rows
            return
        for index, piece in enumerate(self._slices):
            start = index * SLICE_ROWS
            yield self._decoder.decode_slice(piece, start, min(start + SLICE_ROWS, self._count))

    @typing.overload
    def __getitem__(self, index: int) -> Any: ...

    @typing.overload
    def __getitem__(self, index: slice) -> Sequence[Any]: ...

    def __getitem__(self, index: int | slice) -> Any:
        if self._rows is None:
            self._rows = list(iter(self))
        return self._rows[index]


def _row_name(index: int, row: object) -> str:
    """'row 3 (C42)': a row by its place in the page and, where it has one, its customer."""
    who = row.get("CustomerID", "?") if isinstance(row, dict) else getattr(row, "customer_id", "?")
    return f"row {index} ({who})"


def _where(error: msgspec.ValidationError, prefix: str = "") -> str:
    """msgspec says `... - at `$[3].CampaignID``: keep the field path, which names the field."""
    text = str(error)
    if prefix and "- at `$" in text:
        text = text.replace("- at `$", f"- at `{prefix}", 1)
    elif prefix:  # a problem of the row itself (a required field missing): msgspec names no path
        text += f" - at `{prefix}`"
    return f"a value does not fit the spec: {text}"
