"""One `optimove call` once its flags are read, and its results as text.

CallJob carries what the single call, the export (--all-pages, cli/call.py) and the batch (--batched,
cli/call_batched.py) each work on; render writes a result in the format asked for (json, jsonl or csv),
for `optimove request` too.
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import Any

from optimove_client.cli.catalog import Function
from optimove_client.cli.console import Console
from optimove_client.cli.formats import Csv, encode, pretty, records_as_columns
from optimove_client.cli.progress import Mode
from optimove_client.cli.records import flattened, plain, records_of
from optimove_client.cli.sink import Sink


@dataclasses.dataclass(frozen=True)
class CallJob:
    """What one `optimove call` works on: its flags, the console, the function and its entry point on the
    client, the arguments, and where its results go in which format."""

    args: argparse.Namespace
    console: Console
    function: Function
    entry: Any  # the function bound to the client: opt.<category>.<function>
    arguments: dict[str, Any]
    fmt: str
    output: Path | None

    @property
    def progress_mode(self) -> Mode:
        """A progress bar on a terminal, unless --quiet; else none."""
        return "bar" if self.console.progress_on_terminal() and not self.args.quiet else "off"

    def write_results(self, results: tuple[Any, ...]) -> None:
        """The results of a batch's calls, as one list, to --output or stdout."""
        sink = Sink.open(self.output, self.console.stdout)
        try:
            sink.write(render(list(results), self.fmt))
        finally:
            sink.close()


def render(result: Any, fmt: str) -> str:
    """A single call's result in the format asked for."""
    value = plain(result)
    if fmt == "json":
        return pretty(value) + "\n"
    rows = value if isinstance(value, list) else [value]
    if fmt == "jsonl":
        return "".join(encode(row) + "\n" for row in rows)
    records = records_of(result) if isinstance(result, list) else records_of([value])
    names, columns = records_as_columns([flattened(record) for record in records])
    writer = Csv()
    return (writer.begin(names) + writer.page(columns)).decode() if names else ""
