"""A pull that needs more calls than the account's short window allows: its wall time against the least
the account permits.

Optimove counts an account's calls in windows (50 per 10 s, 2,000 per hour). A job of 600 pages under the
10-second window cannot take less than about 120 s however fast each page is; what the client owes is to
get there: take a slot the moment one frees (look-ahead keeps enough requests waiting to fill a window
as soon as it opens) and never send a call the server refuses. The run is scaled down so that it takes
seconds: the same shape of window (CALLS per SECONDS), far fewer seconds. bench/server.py counts the
calls under /limit/CALLS/MS as a server does, refusing one too many with a 429, and answers each page
after a delay (/delay/MS), so the pull would be latency-bound without look-ahead.

The figure is the pull's wall time over calls / rate (the pages divided by the window's calls per
second): at most 1.1, sync and async, with no 429. A sliding window lets the first window's calls go at
once, so a client that keeps every window full comes in under 1.0.
"""

from __future__ import annotations

import dataclasses
import json
import math
import statistics
import urllib.request

from bench.children import candidate_argv, progress, run_child

MAX_RATIO = 1.1
FLAVOURS = {"sync": "ours", "async": "ours-async"}


@dataclasses.dataclass(frozen=True)
class Shape:
    pages: int
    page_size: int
    calls: int  # per window
    seconds: float  # the window
    latency_ms: int  # the server's delay before each page
    concurrency: int  # our look-ahead

    @property
    def least_seconds(self) -> float:
        """calls / rate: the pages at the window's calls per second."""
        return self.pages / (self.calls / self.seconds)

    def describe(self) -> str:
        return (
            f"{self.pages} pages of {self.page_size} under {self.calls} calls per {self.seconds:g} s, "
            f"each page answered after {self.latency_ms} ms, look-ahead concurrency={self.concurrency}"
        )


FULL = Shape(pages=300, page_size=100, calls=50, seconds=1.0, latency_ms=50, concurrency=8)
QUICK = Shape(pages=40, page_size=25, calls=20, seconds=1.0, latency_ms=20, concurrency=8)


@dataclasses.dataclass
class BoundResults:
    shape: Shape
    seconds: dict[str, list[float]]  # flavour -> wall time of each run
    refused: dict[str, int]  # flavour -> 429s the server sent, over all runs
    error: str | None = None


def _stats(url: str) -> dict[str, int]:
    with urllib.request.urlopen(f"{url}/limit-stats", timeout=30) as answer:  # noqa: S310 (our server)
        counts: dict[str, int] = json.loads(answer.read())
    return counts


def run_budget_bound(url: str, reps: int, *, quick: bool) -> BoundResults:
    shape = QUICK if quick else FULL
    results = BoundResults(shape, {flavour: [] for flavour in FLAVOURS}, dict.fromkeys(FLAVOURS, 0))
    records = shape.pages * shape.page_size - shape.page_size // 2  # the last page is short: no empty call
    limited = f"{url}/limit/{shape.calls}/{round(shape.seconds * 1000)}/delay/{shape.latency_ms}"
    try:
        _stats(url)  # counts from zero
        for rep in range(reps):
            for flavour, candidate in FLAVOURS.items():
                progress(f"budget-bound {rep + 1}/{reps}: {flavour}, {shape.describe()}")
                argv = candidate_argv(
                    "pull",
                    candidate,
                    limited,
                    records=records,
                    page_size=shape.page_size,
                    max_items=records,
                    concurrency=shape.concurrency,
                )
                argv += ["--rate-limit", f"{shape.calls}/{shape.seconds:g}"]
                measured, _rss = run_child(argv)
                results.seconds[flavour].append(measured["seconds"])
                counts = _stats(url)
                results.refused[flavour] += counts["refused"]
                if counts["admitted"] != shape.pages:
                    raise RuntimeError(f"{flavour}: {counts['admitted']} pages sent, {shape.pages} expected")
    except RuntimeError as error:
        results.error = str(error)
    return results


def rows(results: BoundResults) -> list[str]:
    shape = results.shape
    out = []
    for flavour, runs in results.seconds.items():
        if not runs:
            continue
        wall = statistics.median(runs)
        out.append(
            f"| budget-bound pull: {shape.describe()} | ours, {flavour} | {wall:.2f} s "
            f"({min(runs):.2f}-{max(runs):.2f}) | {wall / shape.least_seconds:.2f} | "
            f"{results.refused[flavour]} |"
        )
    return out


TABLE_HEAD = [
    "| scenario | candidate | wall time: median (min-max) | ÷ calls/rate | 429s from the server |",
    "| --- | --- | ---: | ---: | ---: |",
]


def verdicts(results: BoundResults) -> list[str]:
    shape = results.shape
    if results.error is not None:
        return [f"FAIL  budget-bound pull: {results.error}"]
    out = [
        f"INFO  budget-bound pull: {shape.describe()}; calls / rate = {shape.least_seconds:.2f} s "
        f"(a sliding window lets the first {shape.calls} go at once: "
        f"{(math.ceil(shape.pages / shape.calls) - 1) * shape.seconds:.2f} s at the least)"
    ]
    for flavour, runs in results.seconds.items():
        ratio = statistics.median(runs) / shape.least_seconds
        refused = results.refused[flavour]
        passed = ratio <= MAX_RATIO and refused == 0
        text = (
            f"budget-bound pull, {flavour}: wall time / (calls / rate) {ratio:.2f} "
            f"(target <= {MAX_RATIO}), {refused} 429s from the server (target 0)"
        )
        out.append(("PASS  " if passed else "FAIL  ") + text)
    return out
