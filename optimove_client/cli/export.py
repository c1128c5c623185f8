"""--all-pages: stream every page of a paging function to a file (or standard output), resumably.

Each page becomes whole records in the output (written and flushed at once, Ctrl-C held meanwhile), then
the resume state records how far the file got (a regular file only: a device or FIFO is streamed, with no
state). The demo uses the same loop.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from optimove_client.cli.formats import Csv, Format, new_format
from optimove_client.cli.problems import CliError
from optimove_client.cli.progress import ProgressDisplay
from optimove_client.cli.records import records_of
from optimove_client.cli.resume import Checkpoints, ExportState
from optimove_client.cli.sink import Sink, is_regular, kind_of


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Formatting a page makes ~2 objects per record and no cycles: the cyclic collector would only rescan."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


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


@dataclasses.dataclass
class ExportJob:
    entry: Any  # the client's entry point of a paging function (has .pages)
    arguments: dict[str, Any]
    format: str
    output: Path | None  # None: standard output
    stdout: TextIO
    identity: dict[str, Any]  # what the output is an export of (checked by --resume)
    page_size: int | None = None
    max_items: int | None = None
    concurrency: int | None = None
    written: int = 0  # records the output holds, kept current so a failure can say how far it got

    def run(self, progress: ProgressDisplay, *, resume: bool = False) -> ExportSummary:
        checkpoints = None
        if self.output is not None and is_regular(self.output):
            checkpoints = Checkpoints(self.output, self.identity)
        elif resume:
            check_resumable(self.output)
        state = checkpoints.resumable(self.output) if checkpoints and self.output and resume else None
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
        sink, writer = self._open(state, checkpoints)
        try:
            for page in pages:
                if not page.rows:
                    continue  # the empty page that ends a pull of an exact multiple of the page size
                with _collector_paused():
                    text = writer.page(records_of(page.rows))
                sink.write(text)
                self.written = writer.records
                if checkpoints is not None:
                    checkpoints.save(writer.records, sink.size)
                progress.page_written(len(page.rows))
            sink.write(writer.end())
            sink.sync()
            if checkpoints is not None:
                checkpoints.finish()
        finally:
            sink.close()
            progress.close()
        return ExportSummary(
            records=writer.records,
            fetched=writer.records - start,
            pages=progress.pages,
            seconds=progress.seconds,
            rate_limit_wait=progress.rate_limit_wait,
            resumed_from=start,
            output=self.output,
        )

    def _open(self, state: ExportState | None, checkpoints: Checkpoints | None) -> tuple[Sink, Format]:
        if self.output is not None and state is not None:
            columns = None
            if self.format == "csv" and state.records:
                with self.output.open(encoding="utf-8", newline="") as file:
                    columns = Csv.header_of(file.readline())
            return Sink.append(self.output, state.size), new_format(self.format, state.records, columns)
        sink, writer = Sink.open(self.output, self.stdout), new_format(self.format)
        sink.write(writer.begin())
        if checkpoints is not None:
            checkpoints.save(0, sink.size)
        return sink, writer
