"""--all-pages: stream every page of a paging function to a file (or standard output), resumably.

Each page is read as columns (_response/columns.py, a slice of rows at a time) and becomes whole records
in the output, written at once with Ctrl-C held meanwhile: text (csv, jsonl, json; gzip members with a .gz
suffix or --compress gzip) or a Parquet row group. Then the resume state records how far the file got (a
regular file only: a device or FIFO is streamed, with no state). The demo uses the same loop.
"""

from __future__ import annotations

import dataclasses
import gzip
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol, TextIO

from optimove_client._response.columns import RowColumns, requested_attributes, row_slices, unknown_fields
from optimove_client._transport.waiting import watching
from optimove_client.cli.formats import Csv, Format, new_format
from optimove_client.cli.identity import Origin
from optimove_client.cli.problems import CliError
from optimove_client.cli.progress import ProgressDisplay
from optimove_client.cli.resume import Checkpoints, ExportState
from optimove_client.cli.sink import Sink, is_regular, kind_of

PARQUET = "parquet"


def check_resumable(output: Path | None) -> None:
    """--resume continues a regular file only: nothing else can keep resume state."""
    if output is None:
        raise CliError("--resume needs a regular file as --output, not standard output")
    if not is_regular(output):
        raise CliError(f"--resume needs a regular file as --output: {output} is {kind_of(output)}")


@dataclasses.dataclass(frozen=True)
class ExportSummary:
    records: int  # records in the output, from earlier runs included
    fetched: int  # records this run fetched
    pages: int
    seconds: float
    rate_limit_wait: float
    resumed_from: int
    output: Path | None


class _Output(Protocol):
    @property
    def records(self) -> int:
        """Records the output holds."""
        ...

    @property
    def size(self) -> int:
        """Bytes of a regular text file (0 for anything else)."""
        ...

    @property
    def row_groups(self) -> int:
        """Row groups of a Parquet file (0 for text)."""
        ...

    def page(self, slices: Iterable[list[list[Any]]]) -> None:
        """Write one page, given as its columns a slice of rows at a time."""
        ...

    def close(self) -> None: ...


class _TextExport:
    """csv, jsonl or json through a sink: each page encoded slice by slice, then written in one piece."""

    def __init__(self, sink: Sink, writer: Format, columns: RowColumns) -> None:
        self._sink, self._writer, self._columns = sink, writer, columns
        self.row_groups = 0

    @property
    def records(self) -> int:
        return self._writer.records

    @property
    def size(self) -> int:
        return self._sink.size

    def begin(self, *, continuing: bool) -> None:
        fields = [column.name for column in self._columns.columns if column.field is not None]
        opening = self._writer.begin(fields, self._columns.attribute_names)
        if not continuing:
            self._sink.write(opening)

    def page(self, slices: Iterable[list[list[Any]]]) -> None:
        self._sink.write_page(self._writer.page(values) for values in slices)

    def end(self) -> None:
        self._sink.write(self._writer.end())
        self._sink.sync()

    def close(self) -> None:
        self._sink.close()


@dataclasses.dataclass
class ExportJob:
    entry: Any  # the client's entry point of a paging function (has .pages and .operation)
    arguments: dict[str, Any]
    format: str  # csv, jsonl, json or parquet
    output: Path | None  # None: standard output
    stdout: TextIO
    identity: dict[str, Any]  # what the output is an export of (checked by --resume)
    origin: Origin | None = None  # the server and account it comes from (checked by --resume)
    page_size: int | None = None
    max_items: int | None = None
    concurrency: int | None = None
    gzip: bool = False  # text formats: write gzip members
    warn: Callable[[str], None] = lambda message: None
    written: int = 0  # records the output holds, kept current so a failure can say how far it got
    _unknown: set[str] = dataclasses.field(default_factory=set)  # unknown fields already warned of

    def run(self, progress: ProgressDisplay, *, resume: bool = False) -> ExportSummary:
        with watching(progress.on_wait):  # the line counts down while a page waits for the budget
            return self._run(progress, resume=resume)

    def _run(self, progress: ProgressDisplay, *, resume: bool) -> ExportSummary:
        operation = self.entry.operation
        columns = RowColumns.of(operation, requested_attributes(operation, self.arguments))
        checkpoints = None
        if self.output is not None and is_regular(self.output):
            checkpoints = Checkpoints(self.output, self.identity, self.origin)
        elif resume:
            check_resumable(self.output)
        state = checkpoints.resumable(self.output) if checkpoints and self.output and resume else None
        state = self._usable(state)
        start = self.written = state.records if state else 0
        progress.already = start
        remaining = None if self.max_items is None else max(0, self.max_items - start)
        # Asked for before the output is touched: bad paging options fail with the file as it was.
        pages: Iterable[Any] = (
            self.entry.pages(
                **self.arguments,
                page_size=self.page_size,
                max_items=remaining,
                start=start,
                concurrency=self.concurrency,
                on_progress=progress.on_progress,
            )
            if remaining != 0
            else ()
        )
        output = self._open(columns, state, checkpoints)
        try:
            for page in pages:
                count, slices = len(page.rows), self._slices(columns, page.rows)
                # The slices hold the page's rows from here, and let them go once read: a page's body is
                # freed before its Parquet row group is written, and before the next page is fetched.
                del page
                if not count:
                    continue  # the empty page that ends a pull of an exact multiple of the page size
                output.page(slices)
                del slices
                self.written = output.records
                if checkpoints is not None:
                    checkpoints.save(output.records, output.size, output.row_groups)
                progress.page_written(count)
            if isinstance(output, _TextExport):
                output.end()
            output.close()  # a Parquet file is whole once closed: only then is the export complete
            if checkpoints is not None:
                checkpoints.finish()
        finally:
            output.close()
            progress.close()
        return ExportSummary(
            records=output.records,
            fetched=output.records - start,
            pages=progress.pages,
            seconds=progress.seconds,
            rate_limit_wait=progress.rate_limit_wait,
            resumed_from=start,
            output=self.output,
        )

    def _slices(self, columns: RowColumns, rows: Sequence[Any]) -> Iterator[list[list[Any]]]:
        """The page's columns a slice at a time; fields the spec does not know are said once, not written."""
        for chunk in row_slices(rows):
            unknown = unknown_fields(chunk) - self._unknown
            if unknown:
                self._unknown |= unknown
                self.warn(
                    f"warning: {self.entry.operation.operation_id} answered fields that the spec does not "
                    f"describe ({', '.join(sorted(unknown))}): the export leaves them out (the library keeps "
                    "them in row.extra); please report them so that the spec can describe them"
                )
            yield columns.values(chunk)

    def _usable(self, state: ExportState | None) -> ExportState | None:
        """A Parquet file without its footer (the process was killed) cannot be continued: start afresh."""
        if state is None or self.format != PARQUET or not state.row_groups or self.output is None:
            return state
        from optimove_client.cli import parquet  # noqa: PLC0415 - pyarrow only for Parquet

        parquet.drop_partial(self.output)
        if parquet.readable(self.output):
            return state
        self.warn(
            f"{self.output} was cut short without its Parquet footer (the export was killed): it cannot be "
            "read back, so the export starts again from the first record"
        )
        return None

    def _open(
        self, columns: RowColumns, state: ExportState | None, checkpoints: Checkpoints | None
    ) -> _Output:
        if self.format == PARQUET:
            return self._open_parquet(columns, state, checkpoints)
        records = state.records if state else 0
        writer = new_format(self.format, records)
        if self.output is not None and state is not None:
            if self.format == "csv" and state.records:
                self._check_header(columns)
            sink = Sink.append(self.output, state.size, gzip=self.gzip)
        else:
            sink = Sink.open(self.output, self.stdout, gzip=self.gzip)
        text = _TextExport(sink, writer, columns)
        text.begin(continuing=state is not None)
        if checkpoints is not None and state is None:
            checkpoints.save(0, sink.size)
        return text

    def _open_parquet(
        self, columns: RowColumns, state: ExportState | None, checkpoints: Checkpoints | None
    ) -> _Output:
        from optimove_client.cli.parquet import ParquetExport  # noqa: PLC0415 - pyarrow only for Parquet

        if self.output is None:
            stream = getattr(self.stdout, "buffer", None)
            if stream is None:
                raise CliError("standard output here takes text only: write Parquet to a file (--output)")
            return ParquetExport(columns, stream)
        if not is_regular(self.output):  # a FIFO or a device: written as a stream, which pyarrow cannot seek
            return ParquetExport(columns, self.output.open("wb"), owned=True)
        parquet = ParquetExport(columns, self.output, state)
        if checkpoints is not None and state is None:
            checkpoints.save(0, 0, 0)
        return parquet

    def _check_header(self, columns: RowColumns) -> None:
        """A CSV file continues only under the header this export would write."""
        if self.output is None:
            return
        opener: Callable[..., Any] = gzip.open if self.gzip else open
        with opener(self.output, "rt", encoding="utf-8", newline="") as file:
            header = Csv.header_of(file.readline())
        if header != list(columns.names):
            raise CliError(
                f"{self.output} has the columns {header}, not this export's {list(columns.names)}: "
                "give the same attributes to resume, or drop --resume to start afresh"
            )
