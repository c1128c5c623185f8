"""Run every benchmark in one go and report one table, PASS/FAIL lines and the machine.

python -m bench.run                 the full run (make bench): 1,000,000 records, pages of 10,000 and 200,000
python -m bench.run --quick         a reduced run in well under a minute (make bench-quick)
python -m bench.run --output FILE   also write the report to FILE (make bench writes bench/results/latest.md)

One bench server (bench/server.py) runs in its own process; every measurement runs in a fresh child
process, started by bench/launch.py, so its peak RSS (read with os.wait4 when it exits) is its own and
nothing leaks between candidates. Repetitions interleave the candidates, so that a noisy neighbour on
this shared machine slows all of them alike; ratios are of medians measured in this same run. The client
is byte-compiled first, so that what starts a process (exports, start-up) costs what an installed package
does.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import importlib.metadata
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bench import budget_bound, calls, exports, pagecache, startup, stores
from bench.children import PEER_PYTHON, ROOT, Measured, candidate_argv, measure, progress, run_child

# Targets; bench/README.md says what each protects and why its threshold is what it is.
MAX_OURS_VS_NAIVE = 1.0
MAX_OURS_VS_DECODE_ON_HTTPX = 1.1  # (c)/(g): the HTTP layer is httpx by design
MAX_RSS_MIB_AT_LARGE_PAGES = 150.0
LARGE_PAGE = 200_000
MAX_SMALL_CALL_OVERHEAD = 1.3
MIN_PEER_OVER_OURS = 4.0  # full pulls only: for small calls the peer line is information (see README)

PULL_CANDIDATES = (
    ("floor", "(a) floor: http.client, bytes only"),
    ("naive", "(b) naive httpx + orjson.loads dicts"),
    ("ours", "(c) ours: typed iterator"),
    ("generated", "(d) generated models as-is (attrs from_dict)"),
    ("peer", "(e) peer: optimove==2.0.0"),
    ("decode-floor", "(f) decode floor: http.client + msgspec into our row structs (gc=False)"),
    ("decode-httpx", "(g) the decode floor read with httpx.Client instead of http.client"),
)
# On compressed pages (the server's /gzip prefix), at the exports' page size.
COMPRESSED_CANDIDATES = (
    ("naive", "(b) naive httpx + orjson.loads dicts"),
    ("ours", "(c) ours: typed iterator"),
)
SMALL_CANDIDATES = (
    ("floor", "floor: http.client, one kept-alive connection"),
    ("raw-httpx", "raw httpx.Client, reused"),
    ("raw-httpx-async", "raw httpx.AsyncClient, reused"),
    ("ours", "ours, sync"),
    ("ours-async", "ours, async"),
    ("peer", "peer: optimove==2.0.0"),
)


@dataclasses.dataclass(frozen=True)
class Settings:
    records: int
    page_sizes: tuple[int, ...]
    reps: int
    small_calls: int
    small_reps: int
    latency_records: int
    latency_page_size: int
    latency_ms: int
    concurrency: tuple[int, ...]
    peer: bool
    startup_runs: int = 20
    formats: tuple[str, ...] = exports.FORMATS  # the CLI exports run, one per format
    gzip: bool = True  # the pulls and exports on compressed pages
    quick: bool = False  # make bench-quick: scenarios that take seconds take a smaller shape
    demo_customers: int = 300_000  # calls spent: the demo's daily job (bench/calls.py)
    dlt_customers: int = 250_000  # calls spent: the dlt load of one new date

    @property
    def export_page_size(self) -> int:
        """The page size of the exports and of the compressed pages: the largest one pulled."""
        return max(self.page_sizes)

    def describe(self) -> str:
        sizes = " and ".join(f"{size:,}" for size in self.page_sizes)
        formats = ", ".join(self.formats) or "none"
        compressed = (
            "(b) and (c) and the exports also on gzipped pages" if self.gzip else "no compressed pages"
        )
        return (
            f"full pull: {self.records:,} records with 3 attributes, pages of {sizes}, "
            f"{self.reps} runs each; "
            f"small calls: {self.small_calls:,} GetLastDataUpdate calls per run, {self.small_reps} runs; "
            f"latency-bound pull: {self.latency_records:,} records in pages of {self.latency_page_size:,}, "
            f"{self.latency_ms} ms added per page, {self.reps} runs; "
            f"CLI exports ({formats}) of the full pull in pages of {self.export_page_size:,}, "
            f"{self.reps} runs each; {compressed}; "
            f"start-up: {self.startup_runs} runs of each command; calls spent: the pull at the default page "
            f"size, the demo's job ({self.demo_customers:,} customers), a dlt load of one new date "
            f"({self.dlt_customers:,} customers) and a dlt run with nothing new"
        )


class Server:
    """bench/server.py in its own process; stops when its stdin closes."""

    def __init__(self, records: int, gzip_page_sizes: Sequence[int] = ()) -> None:
        gzip = ",".join(str(size) for size in gzip_page_sizes)
        self._process = subprocess.Popen(
            [sys.executable, "-m", "bench.server", "--records", str(records), "--gzip-page-sizes", gzip],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline().decode()
        if not line.startswith("READY "):
            self.stop()
            raise SystemExit(f"the bench server did not start: {line!r}")
        self.url = f"http://127.0.0.1:{int(line.split()[1])}"

    def stop(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


# Scenarios ------------------------------------------------------------------------------------------------


def run_pulls(settings: Settings, url: str) -> dict[tuple[int, str], Measured]:
    names = [name for name, _ in PULL_CANDIDATES if name != "peer" or settings.peer]
    results = {(size, name): Measured() for size in settings.page_sizes for name in names}
    for rep in range(settings.reps):
        for size in settings.page_sizes:
            for name in names:
                progress(f"pull {rep + 1}/{settings.reps}: {name}, pages of {size:,}")
                argv = candidate_argv("pull", name, url, records=settings.records, page_size=size)
                measure(results[(size, name)], argv, "records")
    return results


def run_small(settings: Settings, url: str) -> dict[str, Measured]:
    names = [name for name, _ in SMALL_CANDIDATES if name != "peer" or settings.peer]
    results = {name: Measured() for name in names}
    for rep in range(settings.small_reps):
        for name in names:
            progress(f"small calls {rep + 1}/{settings.small_reps}: {name}")
            measure(results[name], candidate_argv("small", name, url, calls=settings.small_calls), "calls")
    return results


def run_small_pairs(settings: Settings, url: str) -> dict[str, list[float]]:
    """Ours / raw httpx per call, sync and async, each run measuring the two side by side in one process
    (their batches alternate): one ratio per run. The small-call target reads these; the separate runs
    above give the table its rates, but a neighbour's load between two of them moves their ratio more
    than our overhead does."""
    ratios: dict[str, list[float]] = {"sync": [], "async": []}
    for rep in range(settings.small_reps):
        for flavour, found in ratios.items():
            progress(f"small calls side by side {rep + 1}/{settings.small_reps}: {flavour}")
            try:
                pair, _rss = run_child(candidate_argv("small-pair", flavour, url, calls=settings.small_calls))
            except RuntimeError as error:
                progress(f"small calls side by side, {flavour}: {error}")
                continue
            found.append(pair["ours"] / pair["raw"])
    return ratios


def latency_cases(settings: Settings) -> list[tuple[str, str, int]]:
    cases = [("ours", "ours, sequential (concurrency=1)", 1)]
    cases += [("ours", f"ours, look-ahead concurrency={k}", k) for k in settings.concurrency]
    cases += [("ours-async", f"ours async, look-ahead concurrency={k}", k) for k in settings.concurrency[-1:]]
    return cases


def run_latency(settings: Settings, url: str) -> dict[str, Measured]:
    slow = f"{url}/delay/{settings.latency_ms}"
    cases = latency_cases(settings)
    results = {label: Measured() for _, label, _ in cases}
    for rep in range(settings.reps):
        for name, label, k in cases:
            progress(f"latency-bound {rep + 1}/{settings.reps}: {label}")
            argv = candidate_argv(
                "pull",
                name,
                slow,
                records=settings.latency_records,
                page_size=settings.latency_page_size,
                concurrency=k,
                max_items=settings.latency_records,
            )
            measure(results[label], argv, "records")
    return results


def run_exports(settings: Settings, url: str) -> tuple[exports.ExportResults, dict[str, Measured]]:
    """The CLI exports on plain pages and, with the pulls (b) and (c), on compressed pages: interleaved."""
    size = settings.export_page_size
    skipped = exports.unsupported(settings.formats)
    formats = [fmt for fmt in settings.formats if fmt not in skipped]
    kinds = [kind for kind in exports.PAGES if kind == "plain" or settings.gzip]
    results = exports.ExportResults(
        size,
        {(kind, fmt): Measured() for kind in kinds for fmt in formats},
        skipped,
        {fmt: Measured() for fmt in formats},
        Measured() if exports.user_install() and "csv" in formats else None,
    )
    compressed = {name: Measured() for name, _ in COMPRESSED_CANDIDATES} if settings.gzip else {}
    for rep in range(settings.reps):
        for name, measured in compressed.items():
            progress(f"compressed pages {rep + 1}/{settings.reps}: {name}, pages of {size:,}")
            argv = candidate_argv("pull", name, f"{url}/gzip", records=settings.records, page_size=size)
            measure(measured, argv, "records")
        for _ in range(exports.FIXED_RUNS_PER_REP):  # quick, and judged: a steadier median
            for fmt, fixed in results.fixed.items():
                progress(f"export {rep + 1}/{settings.reps}: {fmt}, one record")
                exports.measure(fixed, fmt, url, records=settings.records, page_size=size, one=True)
        if results.fixed_here is not None:
            progress(f"export {rep + 1}/{settings.reps}: csv, one record, in the bench's .venv")
            here = startup.optimove_command()
            exports.measure(results.fixed_here, "csv", url, records=1, page_size=size, one=True, command=here)
        for kind, fmt in results.runs:
            progress(f"export {rep + 1}/{settings.reps}: {fmt}, {exports.LABELS[kind]} of {size:,}")
            exports.measure(
                results.runs[(kind, fmt)],
                fmt,
                url + exports.PAGES[kind],
                records=settings.records,
                page_size=size,
            )
    return results, compressed


def byte_compile() -> None:
    """Compile the client as pip does when it installs it: this environment sets PYTHONDONTWRITEBYTECODE,
    so without this every process that imports the generated facade would compile it again."""
    packages = ["optimove_client", "generated_client/optimove_generated"]
    done = subprocess.run([sys.executable, "-m", "compileall", "-q", *packages], cwd=ROOT, check=False)
    if done.returncode != 0:
        progress("warning: compileall failed; start-up and export times include compiling")


# Report ---------------------------------------------------------------------------------------------------


def _ratio(value: Measured, reference: Measured | None) -> str:
    if reference is None or not (value.ok and reference.ok):
        return "-"
    return f"{value.median / reference.median:.2f}"


def _rss(value: Measured) -> str:
    return f"{max(value.rss_mib):,.0f}" if value.rss_mib else "-"


@dataclasses.dataclass(frozen=True)
class Results:
    """Everything one run measured."""

    pulls: dict[tuple[int, str], Measured]
    small: dict[str, Measured]
    latency: dict[str, Measured]
    stored: stores.StoreResults
    started: startup.StartupTimes
    exported: exports.ExportResults
    compressed: dict[str, Measured]  # (b) and (c) on compressed pages, at the exports' page size
    small_pairs: dict[str, list[float]]  # ours / raw httpx measured side by side, a ratio per run
    bound: budget_bound.BoundResults  # a pull held to the account's short window
    counted: calls.CallsResults  # calls spent against the fewest the API allows

    def iterators(self, settings: Settings) -> dict[str, Measured | None]:
        """Our iterator (c) on the exports' pages, plain and compressed: what the exports are held to."""
        plain = self.pulls.get((settings.export_page_size, "ours"))
        return {"plain": plain, "gzip": self.compressed.get("ours")}


def table(settings: Settings, results: Results) -> str:
    pulls, small, latency = results.pulls, results.small, results.latency
    stored, started = results.stored, results.started
    header = (
        "| scenario | candidate | records/s or calls/s: median (min-max) | time ÷ (b) | time ÷ floor "
        "| peak RSS MiB |\n| --- | --- | ---: | ---: | ---: | ---: |"
    )
    lines = [header]
    labels = dict(PULL_CANDIDATES)
    for size in settings.page_sizes:
        naive, floor = pulls.get((size, "naive")), pulls.get((size, "floor"))
        for name, _label in PULL_CANDIDATES:
            measured = pulls.get((size, name))
            if measured is None:
                continue
            rate = measured.rate() if measured.ok else f"failed: {measured.error}"
            scenario = f"pull {settings.records:,}, pages of {size:,}"
            lines.append(
                f"| {scenario} | {labels[name]} | {rate} | {_ratio(measured, naive)} | "
                f"{_ratio(measured, floor)} | {_rss(measured)} |"
            )
    compressed_labels = dict(COMPRESSED_CANDIDATES)
    for name, measured in results.compressed.items():
        rate = measured.rate() if measured.ok else f"failed: {measured.error}"
        scenario = f"pull {settings.records:,}, compressed pages of {settings.export_page_size:,}"
        naive = results.compressed.get("naive")
        lines.append(
            f"| {scenario} | {compressed_labels[name]} | {rate} | {_ratio(measured, naive)} | - | "
            f"{_rss(measured)} |"
        )
    small_labels = dict(SMALL_CANDIDATES)
    for name, measured in small.items():
        reference = small.get("raw-httpx-async" if name.endswith("async") else "raw-httpx")
        rate = measured.rate() if measured.ok else f"failed: {measured.error}"
        lines.append(
            f"| small calls (GetLastDataUpdate) | {small_labels[name]} | {rate} | "
            f"{_ratio(measured, reference)} | {_ratio(measured, small.get('floor'))} | {_rss(measured)} |"
        )
    sequential = next(iter(latency.values()), None)
    for label, measured in latency.items():
        rate = measured.rate() if measured.ok else f"failed: {measured.error}"
        scenario = f"latency-bound pull, +{settings.latency_ms} ms per page"
        lines.append(
            f"| {scenario} | {label} | {rate} | {_ratio(measured, sequential)} | - | {_rss(measured)} |"
        )
    lines += exports.rows(results.exported, settings.records, results.iterators(settings))
    startup_table = [
        "| scenario | command | wall time: median (min-max) | our own time (minus `python -c pass`) |",
        "| --- | --- | ---: | ---: |",
        *startup.rows(started),
    ]
    store_table = [
        "| scenario | store | calls/s (time per call), median of runs | time ÷ no budget |",
        "| --- | --- | ---: | ---: |",
        *stores.rows(stored),
    ]
    bound_table = [*budget_bound.TABLE_HEAD, *budget_bound.rows(results.bound)]
    parts = (lines, bound_table, store_table, startup_table, calls.rows(results.counted))
    return "\n\n".join("\n".join(part) for part in parts)


def _verdict(passed: bool | None, text: str) -> str:
    return f"{'SKIP' if passed is None else 'PASS' if passed else 'FAIL'}  {text}"


def _pull_verdicts(settings: Settings, pulls: dict[tuple[int, str], Measured]) -> list[str]:
    out = []
    for size in settings.page_sizes:
        ours, naive = pulls[(size, "ours")], pulls[(size, "naive")]
        if ours.ok and naive.ok:
            ratio = ours.median / naive.median
            text = f"(c)/(b) at pages of {size:,}: {ratio:.2f} (target <= {MAX_OURS_VS_NAIVE})"
            out.append(_verdict(ratio <= MAX_OURS_VS_NAIVE, text))
        else:
            out.append(_verdict(False, f"(c)/(b) at pages of {size:,}: a candidate failed"))
    for size in settings.page_sizes:
        ours, on_httpx = pulls[(size, "ours")], pulls.get((size, "decode-httpx"))
        if ours.ok and on_httpx is not None and on_httpx.ok:
            ratio = ours.median / on_httpx.median
            text = (
                f"(c)/(g), ours / the decode floor read through httpx, at pages of {size:,}: {ratio:.2f}x "
                f"(target <= {MAX_OURS_VS_DECODE_ON_HTTPX})"
            )
            out.append(_verdict(ratio <= MAX_OURS_VS_DECODE_ON_HTTPX, text))
        else:
            out.append(_verdict(False, f"(c)/(g) at pages of {size:,}: a candidate failed"))
        floor = pulls[(size, "decode-floor")]
        if ours.ok and floor.ok and on_httpx is not None and on_httpx.ok:
            out.append(
                f"INFO  (c)/(f), ours / the decode floor on http.client: {ours.median / floor.median:.2f}x, "
                f"of which (g)/(f) is httpx's own reading: {on_httpx.median / floor.median:.2f}x "
                f"(pages of {size:,})"
            )
    if LARGE_PAGE in settings.page_sizes and pulls[(LARGE_PAGE, "ours")].rss_mib:
        rss = max(pulls[(LARGE_PAGE, "ours")].rss_mib)
        text = (
            f"peak RSS of (c) at pages of {LARGE_PAGE:,}: {rss:.0f} MiB "
            f"(target <= {MAX_RSS_MIB_AT_LARGE_PAGES:.0f})"
        )
        out.append(_verdict(rss <= MAX_RSS_MIB_AT_LARGE_PAGES, text))
    else:
        out.append(_verdict(None, f"peak RSS of (c) at pages of {LARGE_PAGE:,}: not run at that page size"))
    return out


def _compressed_verdicts(results: Results, settings: Settings) -> list[str]:
    compressed = results.compressed
    if not compressed:
        return [_verdict(None, "compressed pages: not run (--no-gzip)")]
    ours, naive = compressed["ours"], compressed["naive"]
    where = f"on compressed pages of {settings.export_page_size:,}"
    if not (ours.ok and naive.ok):
        return [_verdict(False, f"(c)/(b) {where}: a candidate failed")]
    ratio = ours.median / naive.median
    out = [
        _verdict(ratio <= MAX_OURS_VS_NAIVE, f"(c)/(b) {where}: {ratio:.2f} (target <= {MAX_OURS_VS_NAIVE})")
    ]
    plain = results.iterators(settings)["plain"]
    if plain is not None and plain.ok:  # what decompressing costs our iterator
        ratio = ours.median / plain.median
        out.append(f"INFO  (c) on compressed / on plain pages of {settings.export_page_size:,}: {ratio:.2f}x")
    return out


def _small_verdicts(small: dict[str, Measured], pairs: dict[str, list[float]]) -> list[str]:
    out = []
    flavours = (("sync", "ours", "raw-httpx"), ("async", "ours-async", "raw-httpx-async"))
    for flavour, ours_name, raw_name in flavours:
        ratios = pairs.get(flavour, [])
        if ratios:
            ratio = statistics.median(ratios)
            runs = ", ".join(f"{each:.2f}" for each in ratios)
            text = (
                f"small-call overhead, {ours_name} / {raw_name} side by side: {ratio:.2f}x "
                f"(target <= {MAX_SMALL_CALL_OVERHEAD}; runs {runs})"
            )
            out.append(_verdict(ratio <= MAX_SMALL_CALL_OVERHEAD, text))
        else:
            out.append(_verdict(False, f"small-call overhead, {ours_name}: the side-by-side run failed"))
        ours, raw = small[ours_name], small[raw_name]
        if ours.ok and raw.ok:
            out.append(
                f"INFO  of separate processes (the table): {ours_name} / {raw_name} "
                f"{ours.median / raw.median:.2f}x"
            )
    return out


def _peer_verdicts(
    settings: Settings, pulls: dict[tuple[int, str], Measured], small: dict[str, Measured]
) -> list[str]:
    if not settings.peer:
        return [_verdict(None, "peer/ours: the peer was not run (no bench/.peer-venv)")]
    out = []
    peer = small["peer"]
    if peer.ok and small["ours"].ok:
        # Not a target: on httpx no client can be much more than peer/raw-httpx (below) ahead of the peer,
        # and ours / raw httpx is the small-call target. Kept as a fair comparison.
        ratio = peer.median / small["ours"].median
        out.append(
            f"INFO  peer/ours, small calls: {ratio:.1f}x (fair to compare, not a target: see bench/README.md)"
        )
    # The most any client on each HTTP layer could be ahead of the peer here.
    for name, layer in (("raw-httpx", "httpx"), ("floor", "http.client")):
        if peer.ok and small[name].ok:
            ratio = peer.median / small[name].median
            out.append(
                f"INFO  peer/{name}, small calls: {ratio:.1f}x (the most a client on {layer} gets here)"
            )
    for size in settings.page_sizes:
        peer, ours = pulls[(size, "peer")], pulls[(size, "ours")]
        if peer.ok and ours.ok:
            ratio = peer.median / ours.median
            text = (
                f"peer/ours, full pull at pages of {size:,}: {ratio:.1f}x "
                f"(target >= {MIN_PEER_OVER_OURS:.0f})"
            )
            out.append(_verdict(ratio >= MIN_PEER_OVER_OURS, text))
    return out


def verdicts(settings: Settings, results: Results) -> list[str]:
    return [
        *_pull_verdicts(settings, results.pulls),
        *_compressed_verdicts(results, settings),
        *exports.verdicts(
            results.exported,
            results.iterators(settings),
            results.pulls.get((settings.export_page_size, "floor")),
        ),
        *_small_verdicts(results.small, results.small_pairs),
        *_peer_verdicts(settings, results.pulls, results.small),
        *budget_bound.verdicts(results.bound),
        *stores.verdicts(results.stored),
        *startup.verdicts(results.started),
        *calls.verdicts(results.counted),
    ]


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _peer_versions() -> str:
    if not PEER_PYTHON.exists():
        return "not installed"
    code = "import importlib.metadata as m; print(m.version('optimove'), m.version('requests'))"
    found = subprocess.run([str(PEER_PYTHON), "-c", code], capture_output=True, text=True, check=False)
    optimove, _, requests = found.stdout.strip().partition(" ")
    return f"optimove {optimove} (requests {requests})" if found.returncode == 0 else "broken"


def machine() -> str:
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607 (git from PATH, as make finds it)
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    changed = subprocess.run(
        ["git", "status", "--porcelain", "--", "optimove_client", "generated_client"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    if changed:
        commit += " plus uncommitted changes to the client"
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    return (
        f"- CPU: {_cpu_model()}, {os.cpu_count()} cores; {platform.system()} {platform.release()}\n"
        f"- Python {platform.python_version()} ({platform.python_implementation()}); "
        f"httpx {_version('httpx')}, msgspec {_version('msgspec')}, orjson {_version('orjson')}, "
        f"attrs {_version('attrs')}, optimove-client {_version('optimove-client')} at {commit or '?'}\n"
        f"- peer: {_peer_versions()}, in bench/.peer-venv\n"
        f"- exports: in {exports.where_exports_run()}\n"
        f"- load average at the end of the run: {load} (other work shares this machine)"
    )


def report(settings: Settings, body: str, checks: list[str], seconds: float) -> str:
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"# Benchmark results ({when})\n\n"
        f"{machine()}\n"
        f"- settings: {settings.describe()}; the whole run took {seconds:.0f} s\n\n"
        "Function: GetCustomersByAction (pages with $top/$skip, takes CustomerAttributes) with 3 attributes, "
        "served from precomputed bytes on 127.0.0.1 by bench/server.py (compressed pages: gzipped once at "
        "its start). Times run from a constructed "
        "client to the last row; every candidate counts the rows and checks the last one. For small calls "
        "the (b) column divides by the raw httpx client of the same flavour (sync or async) and the floor is "
        "http.client on one kept-alive connection; for the "
        "latency-bound pull, by the sequential pull; for compressed pages, by (b) on the same compressed "
        "pages; for exports, by our iterator (c) on the same pages. Exports run the real CLI "
        "(`optimove call GetCustomersByAction ... --all-pages -o FILE`), timed from its process's start to "
        "its exit, start-up included; each file's rows are counted afterwards. optimove_client and "
        "optimove_generated were byte-compiled (`python -m compileall -q`) before anything was measured, as "
        "an installed package is, and the environments' shared libraries dropped from the page cache (as pip "
        "leaves them, they count up to twice their pages in RSS). Peak RSS is the candidate process's own "
        "(max over runs).\n\n"
        f"{body}\n\n```\n" + "\n".join(checks) + "\n```\n"
    )


QUICK = Settings(
    records=200_000,
    page_sizes=(10_000, 200_000),
    reps=1,
    small_calls=300,
    small_reps=1,
    latency_records=20_000,
    latency_page_size=2_000,
    latency_ms=20,
    concurrency=(4,),
    peer=True,
    startup_runs=5,
    quick=True,
    demo_customers=20_000,
    dlt_customers=2_000,
)
FULL = Settings(
    records=1_000_000,
    page_sizes=(10_000, 200_000),
    reps=3,
    small_calls=2_000,
    small_reps=3,
    latency_records=100_000,
    latency_page_size=5_000,
    latency_ms=50,
    concurrency=(4, 8),
    peer=True,
)


def parse_args(argv: Sequence[str] | None) -> tuple[Settings, Path | None]:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="the reduced run of make bench-quick")
    parser.add_argument("--records", type=int)
    parser.add_argument("--page-sizes", help="comma-separated, e.g. 10000,200000")
    parser.add_argument("--reps", type=int)
    parser.add_argument("--small-calls", type=int)
    parser.add_argument("--small-reps", type=int)
    parser.add_argument("--latency-records", type=int)
    parser.add_argument("--latency-page-size", type=int)
    parser.add_argument("--latency-ms", type=int)
    parser.add_argument("--concurrency", help="comma-separated look-ahead depths, e.g. 4,8")
    parser.add_argument("--startup-runs", type=int, help="runs of each start-up command")
    parser.add_argument(
        "--no-peer", action="store_true", help="skip the peer (also skipped without its venv)"
    )
    parser.add_argument(
        "--formats",
        help=f"comma-separated CLI export formats (default {','.join(exports.FORMATS)}; '' for none)",
    )
    parser.add_argument(
        "--no-gzip", action="store_true", help="skip the pulls and exports on compressed pages"
    )
    parser.add_argument("--output", type=Path, help="write the report (markdown) here as well")
    args = parser.parse_args(argv)
    settings = QUICK if args.quick else FULL
    changes: dict[str, object] = {
        key: getattr(args, key)
        for key in (
            "records",
            "reps",
            "small_calls",
            "small_reps",
            "latency_records",
            "latency_page_size",
            "startup_runs",
        )
        if getattr(args, key) is not None
    }
    if args.latency_ms is not None:
        changes["latency_ms"] = args.latency_ms
    if args.page_sizes:
        changes["page_sizes"] = tuple(int(size) for size in args.page_sizes.split(","))
    if args.concurrency:
        changes["concurrency"] = tuple(int(k) for k in args.concurrency.split(","))
    if args.formats is not None:
        formats = tuple(fmt for fmt in args.formats.split(",") if fmt)
        unknown = set(formats) - set(exports.FORMATS)
        changes["formats"] = formats
        if unknown:
            parser.error(
                f"--formats: {', '.join(sorted(unknown))} is not one of {', '.join(exports.FORMATS)}"
            )
    changes["gzip"] = not args.no_gzip
    changes["peer"] = not args.no_peer and PEER_PYTHON.exists()
    settings = dataclasses.replace(settings, **changes)  # type: ignore[arg-type]
    if settings.latency_records > settings.records:
        parser.error("--latency-records cannot exceed --records (one server serves both)")
    return settings, args.output


def main(argv: Sequence[str] | None = None) -> int:
    settings, output = parse_args(argv)
    if not settings.peer:
        progress("the peer is skipped (make bench creates bench/.peer-venv)")
    started = time.perf_counter()
    byte_compile()
    settled = pagecache.settle([Path(sys.prefix), exports.USER_VENV, PEER_PYTHON.parent.parent])
    progress(f"{settled} shared libraries written back and dropped from the page cache (bench/pagecache.py)")
    server = Server(settings.records, [settings.export_page_size] if settings.gzip else [])
    try:
        pulls = run_pulls(settings, server.url)
        small = run_small(settings, server.url)
        small_pairs = run_small_pairs(settings, server.url)
        latency = run_latency(settings, server.url)
        bound = budget_bound.run_budget_bound(server.url, settings.reps, quick=settings.quick)
        stored = stores.run_stores(server.url, settings.small_calls, settings.small_reps)
        exported, compressed = run_exports(settings, server.url)
        counted = calls.run_calls(
            server.url, settings.records, settings.demo_customers, settings.dlt_customers
        )
    finally:
        server.stop()
    progress(f"start-up: {settings.startup_runs} runs of each command")
    started_up = startup.measure(settings.startup_runs)
    results = Results(
        pulls, small, latency, stored, started_up, exported, compressed, small_pairs, bound, counted
    )
    body = table(settings, results)
    checks = verdicts(settings, results)
    text = report(settings, body, checks, time.perf_counter() - started)
    print(text)
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text)
    measured = [*pulls.values(), *small.values(), *latency.values(), *compressed.values(), *exported.measured]
    errors = (stored.error, counted.error, bound.error)
    failed = [m for m in measured if not m.ok] + [error for error in errors if error]
    return 1 if failed else 0  # a candidate that crashed means the benchmark itself is broken


if __name__ == "__main__":
    sys.exit(main())
