"""Exports: the real CLI writing every page of GetCustomersByAction to a file, timed as a user waits for it.

Each export is a fresh `optimove call GetCustomersByAction ... --all-pages -o FILE` process, timed from
its start to its exit: Python's start-up, our imports, the pages, the formatting and the writing are all
inside the time, and its peak RSS (os.wait4, through bench/launch.py) is its own. The output is then
checked (its row count, and the last customer in it), so that an export that stops early or writes
nothing cannot pass.

The same command exporting one record (--max-items 1) is timed as well: the export's fixed cost, what it
costs before and beside its pages (start-up, imports, the store, one small call). Targets, each apart
(bench/README.md says why): the fixed cost at most 0.25 s in a user's install; the per-row part (the
export's time minus its fixed cost, over our iterator (c)'s time on the same pages in the same run) at
most 2.0x for CSV and JSON lines and 1.5x for Parquet; and at most 150 MiB. The whole export over the
iterator, the retired target, is an INFO line that shows the two parts adding up.

The exports run in bench/.user-venv when it exists (make bench creates it): the client with its [arrow]
extra and nothing else, as `pip install 'optimove-client[arrow]'` leaves it. The bench's own .venv has the
test extras as well, and httpx imports its command line's click, rich and pygments whenever they are
installed: 80 ms more of every start. The 1-record CSV export is timed there too (an INFO line).

Each run gets a fresh folder: the output, the SQLite store the CLI keeps its budget in (as it does by
default, in the user cache folder), and XDG_CONFIG_HOME/XDG_CACHE_HOME pointing there, so that nothing of
the user's (config file, OPTIMOVE_* variables, cache) takes part and nothing is left behind.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import re
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

from bench.candidates import API_KEY, CALLS_PER_HOUR, FIRST_CUSTOMER_ID
from bench.children import ROOT, Measured, run_process
from bench.server import ACTION_ID, ATTRIBUTES, DATE, RECIPIENT_GROUP_ID
from bench.startup import optimove_command

FORMATS = ("csv", "jsonl", "parquet")
MAX_FIXED_SECONDS = 0.25  # a 1-record export, from its process's start to its exit, in a user's install
# (export time - its fixed cost) / the iterator's time on the same pages: formatting and writing on top
# of fetching and decoding (bench/README.md gives the reasons of each bound)
MAX_PER_ROW = {"csv": 2.0, "jsonl": 2.0, "parquet": 1.5}
MAX_RSS_MIB = 150.0
# 1-record exports per repetition of the big ones: each takes a fraction of a second, and its median is a
# target, so a neighbour's burst of load (or the first run after the page cache was dropped) should not be
# a third of the runs it is taken from.
FIXED_RUNS_PER_REP = 3
# Where the pages come from: the bench server's plain pages, or its gzipped ones (the /gzip prefix).
PAGES = {"plain": "", "gzip": "/gzip"}
LABELS = {"plain": "pages", "gzip": "compressed pages"}


@dataclasses.dataclass
class ExportResults:
    page_size: int
    runs: dict[tuple[str, str], Measured]  # (pages, format) -> its runs
    skipped: dict[str, str]  # format -> why it was not run
    fixed: dict[str, Measured] = dataclasses.field(default_factory=dict)  # format -> 1-record exports
    # The 1-record CSV export in the bench's own .venv, when the others ran in a user's install.
    fixed_here: Measured | None = None

    @property
    def measured(self) -> list[Measured]:
        here = [self.fixed_here] if self.fixed_here is not None else []
        return [*self.runs.values(), *self.fixed.values(), *here]


USER_VENV = ROOT / "bench" / ".user-venv"


def user_install() -> bool:
    """Whether the exports run in bench/.user-venv (a user's install), not in the bench's own .venv."""
    return (USER_VENV / "bin" / "optimove").exists()


def where_exports_run() -> str:
    if user_install():
        return "bench/.user-venv (the client with its [arrow] extra only, as a user installs it)"
    return ".venv (the bench's own, with the test extras: make bench creates bench/.user-venv)"


def export_command() -> list[str]:
    """The `optimove` of a user's install when there is one, else this environment's."""
    return [str(USER_VENV / "bin" / "optimove")] if user_install() else optimove_command()


@functools.cache
def _call_help() -> str:
    found = subprocess.run(
        [*export_command(), "call", "--help"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    return found.stdout


def unsupported(formats: tuple[str, ...]) -> dict[str, str]:
    """format -> why the CLI cannot be asked for it, read from `optimove call --help` (--format's choices)."""
    choices = re.search(r"--format \{([^}]*)\}", _call_help())
    if choices is None:
        return {}  # no choices listed: ask for each, and let a refusal show as a failure
    known = choices.group(1).split(",")
    return {fmt: f"`optimove call` has no --format {fmt} yet" for fmt in formats if fmt not in known}


def export_argv(
    fmt: str,
    url: str,
    page_size: int,
    folder: Path,
    max_items: int | None = None,
    *,
    command: list[str] | None = None,
) -> list[str]:
    params = {"RecipientGroupID": RECIPIENT_GROUP_ID, "ActionID": ACTION_ID, "Date": DATE}
    limit = ("--max-items", str(max_items)) if max_items is not None else ()
    return [
        *(command or export_command()),
        *("call", "GetCustomersByAction", "--attributes", ",".join(ATTRIBUTES)),
        *(part for name, value in params.items() for part in ("-p", f"{name}={value}")),
        *("--all-pages", "--page-size", str(page_size), "--format", fmt, "-o", str(folder / f"export.{fmt}")),
        *("--base-url", url, "--store", f"sqlite:///{folder / 'store.sqlite'}"),
        *("--rate-limit", f"{CALLS_PER_HOUR}/3600", "--quiet"),  # the iterator's budget: nothing waits
        *limit,
    ]


def _environment(folder: Path) -> dict[str, str]:
    """The API key as the CLI advises (the environment, not a flag), and nothing else of the user's."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("OPTIMOVE_")}
    return {**env, "OPTIMOVE_API_KEY": API_KEY, "XDG_CONFIG_HOME": str(folder), "XDG_CACHE_HOME": str(folder)}


def _text_rows(path: Path) -> tuple[int, bytes]:
    """Lines of a text file, and its last line, read in chunks (the file can be 100 MB)."""
    lines, tail = 0, b""
    with path.open("rb") as file:
        while chunk := file.read(1 << 20):
            lines += chunk.count(b"\n")
            tail = (tail + chunk)[-4096:]
    return lines, tail.rstrip(b"\n").rsplit(b"\n", 1)[-1]


def _parquet_rows(path: Path) -> tuple[int, bytes]:
    """Rows from the file's metadata, and the last CustomerID (one column of the last row group)."""
    import pyarrow.parquet as pq  # noqa: PLC0415 (only needed once an export wrote Parquet)

    file = pq.ParquetFile(path)
    rows = file.metadata.num_rows
    if "CustomerID" not in file.schema_arrow.names:
        raise RuntimeError(f"the parquet export has no CustomerID column: {file.schema_arrow.names}")
    if rows == 0:
        return rows, b""
    last = file.read_row_group(file.num_row_groups - 1, columns=["CustomerID"]).column(0)[-1]
    return rows, str(last).encode()


def check_output(path: Path, fmt: str, records: int) -> None:
    """RuntimeError unless the file holds `records` rows and ends with the last customer."""
    last_id = str(FIRST_CUSTOMER_ID + records - 1).encode()
    if not path.exists():
        raise RuntimeError(f"the {fmt} export wrote no {path.name}")
    if fmt == "parquet":
        rows, last = _parquet_rows(path)
    else:
        lines, last = _text_rows(path)
        rows = lines - 1 if fmt == "csv" else lines  # csv: a header line first
    if rows != records or last_id not in last:
        raise RuntimeError(
            f"the {fmt} export holds {rows} rows ending with {last[:80]!r}, expected {records}"
        )


def measure(
    into: Measured,
    fmt: str,
    url: str,
    *,
    records: int,
    page_size: int,
    one: bool = False,
    command: list[str] | None = None,
) -> None:
    """One export run, added to `into` (a format that failed once is not run again); one: of one record;
    command: the `optimove` to run (default: export_command())."""
    if into.error is not None:
        return
    with tempfile.TemporaryDirectory(prefix="optimove-bench-export-") as name:
        folder = Path(name)
        records = 1 if one else records
        try:
            _output, seconds, rss = run_process(
                export_argv(fmt, url, page_size, folder, 1 if one else None, command=command),
                env=_environment(folder),
            )
            check_output(folder / f"export.{fmt}", fmt, records)
        except RuntimeError as error:
            into.error = str(error)
            return
    into.seconds.append(seconds)
    into.rss_mib.append(rss)
    into.count = records


def rows(results: ExportResults, records: int, iterators: Mapping[str, Measured | None]) -> list[str]:
    """Table rows: | scenario | candidate | records/s | time ÷ the iterator on the same pages | - | RSS |"""
    out = []
    for (pages, fmt), measured in results.runs.items():
        reference = iterators.get(pages)
        ratio = "-"
        if reference is not None and reference.ok and measured.ok:
            ratio = f"{measured.median / reference.median:.2f}"
        rate = measured.rate() if measured.ok else f"failed: {measured.error}"
        rss = f"{max(measured.rss_mib):,.0f}" if measured.rss_mib else "-"
        scenario = f"export {records:,} to a file, {LABELS[pages]} of {results.page_size:,}"
        candidate = f"`optimove call ... --format {fmt}` (start-up included)"
        out.append(f"| {scenario} | {candidate} | {rate} | {ratio} | - | {rss} |")
    fixed = [(fmt, measured, "its fixed cost") for fmt, measured in results.fixed.items()]
    if results.fixed_here is not None:
        fixed.append(("csv", results.fixed_here, "in the bench's .venv, with the test extras"))
    for fmt, measured, what in fixed:
        seconds = measured.seconds
        took = f"{measured.median:.3f} s ({min(seconds):.3f}-{max(seconds):.3f})" if measured.ok else "failed"
        rss = f"{max(measured.rss_mib):,.0f}" if measured.rss_mib else "-"
        candidate = f"`optimove call ... --format {fmt} --max-items 1` ({what})"
        out.append(f"| export 1 record | {candidate} | {took} | - | - | {rss} |")
    return out


def _fixed_verdicts(results: ExportResults) -> list[str]:
    """The fixed cost of each format's export, judged where it runs in a user's install."""
    out = []
    for fmt, fixed in results.fixed.items():
        what = f"fixed cost of a {fmt} export (1 record"
        if not fixed.ok:
            out.append(f"FAIL  {what}): {fixed.error or 'not measured'}")
        elif user_install():
            verdict = "PASS" if fixed.median <= MAX_FIXED_SECONDS else "FAIL"
            seconds = f"{fixed.median:.3f} s (target <= {MAX_FIXED_SECONDS})"
            out.append(f"{verdict}  {what}, in a user's install): {seconds}")
        else:  # the bench's .venv imports the test extras' click, rich and pygments besides (README)
            out.append(
                f"INFO  {what}): {fixed.median:.3f} s in the bench's .venv, not judged: the target is a "
                "user's install (make bench creates bench/.user-venv)"
            )
    return out


def _per_row_verdicts(
    results: ExportResults, key: tuple[str, str], reference: Measured, where: str
) -> list[str]:
    """The export's per-row part against the iterator, and the whole ratio that it and the fixed cost make."""
    (pages, fmt), measured = key, results.runs[key]
    fixed = results.fixed.get(fmt)
    ratio = measured.median / reference.median
    if fixed is None or not fixed.ok:
        return [f"FAIL  per-row part of the {fmt} export {where}: its fixed cost was not measured"]
    per_row = (measured.median - fixed.median) / reference.median
    limit = MAX_PER_ROW[fmt]
    verdict = "PASS" if per_row <= limit else "FAIL"
    return [
        f"{verdict}  per-row part of the {fmt} export {where}: {per_row:.2f}x the iterator (the export less "
        f"its fixed cost of {fixed.median:.2f} s; target <= {limit})",
        f"INFO  the whole {fmt} export {where} / iterator: {ratio:.2f}x, its fixed cost "
        f"{fixed.median / reference.median:.2f}x and its per-row part {per_row:.2f}x"
        + (" (the fixed cost is measured on plain pages)" if pages == "gzip" else ""),
    ]


def verdicts(
    results: ExportResults, iterators: Mapping[str, Measured | None], floor: Measured | None = None
) -> list[str]:
    """floor: (a), the bytes alone read by http.client at the exports' page size."""
    out = [f"SKIP  export {fmt}: {why}" for fmt, why in results.skipped.items()]
    here, there = results.fixed_here, results.fixed.get("csv")
    if here is not None and here.ok and there is not None and there.ok:
        out.append(
            f"INFO  the 1-record csv export takes {here.median:.2f} s in the bench's .venv (the test extras: "
            f"httpx imports click, rich and pygments), {there.median:.2f} s in a user's install"
        )
    out += _fixed_verdicts(results)
    for (pages, fmt), measured in results.runs.items():
        where = f"at pages of {results.page_size:,}"
        if pages == "gzip":
            where = f"on compressed pages of {results.page_size:,}"
        reference = iterators.get(pages)
        if not measured.ok or reference is None or not reference.ok:
            out.append(f"FAIL  export {fmt} {where}: {measured.error or 'the iterator failed'}")
            continue
        out += _per_row_verdicts(results, (pages, fmt), reference, where)
        fixed = results.fixed.get(fmt)
        if pages == "plain" and fixed is not None and fixed.ok and floor is not None and floor.ok:
            # What no export can go below: start-up, and the bytes themselves, before any row is read.
            least = fixed.median + floor.median
            out.append(
                f"INFO  no {fmt} export can take less than its fixed cost and the bytes alone ((a): "
                f"{floor.median:.2f} s): {least / reference.median:.2f}x, before a row is read or written"
            )
        rss = max(measured.rss_mib)
        verdict = "PASS" if rss <= MAX_RSS_MIB else "FAIL"
        out.append(
            f"{verdict}  peak RSS of the {fmt} export {where}: {rss:.0f} MiB (target <= {MAX_RSS_MIB:.0f})"
        )
    return out
