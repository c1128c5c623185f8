"""The stores' cost per call, and the calls a second through a shared Redis store from 8 processes.

Each store is measured with the same small call (GetLastDataUpdate) as the small-call scenario: our
client with its budget in memory://, in a SQLite file, in a real redis-server, and with no budget at all
(rate_limit=()), which the others are divided by. The four clients run in one child process and take
turns in batches of calls (bench/candidates.py, scenario "stores"), so that a noisy neighbour slows them
alike; each run gives a median time per call of each, and the run's figure is the median over runs. The
budget is far above the calls made, so nothing waits: what is measured is the store's own work (taking
a slot and reading the pause, one step per call).
"""

from __future__ import annotations

import dataclasses
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import redis_server
from bench.children import ROOT, progress, run_child

# Targets: the per-call time with each store over the one with no budget.
MAX_RATIO = {"memory": 1.05, "sqlite": 1.5, "redis": 2.0}
PROCESSES = 8
STARTUP_SECONDS = 5.0  # time the 8 processes get to start up and warm up before they begin together

LABELS = {
    "none": "no budget (rate_limit=())",
    "memory": "memory:// (one process)",
    "sqlite": "sqlite:/// (one machine)",
    "redis": "redis:// (many machines)",
}


@dataclasses.dataclass
class StoreResults:
    per_call: dict[str, list[float]]  # store -> median seconds per call, one figure per run
    shared_calls_per_second: list[float]  # 8 processes through the Redis store, one figure per run
    redis_missing: str | None = None
    error: str | None = None

    def seconds(self, name: str) -> float | None:
        runs = self.per_call.get(name)
        return statistics.median(runs) if runs else None


def _side_by_side(url: str, calls: int, sqlite: str, redis: str) -> dict[str, float]:
    argv = [sys.executable, "-m", "bench.candidates", "stores", "ours", "--url", url, "--calls", str(calls)]
    argv += ["--sqlite", sqlite] + (["--redis", redis] if redis else [])
    result, _rss = run_child(argv)
    return result


def _shared(url: str, store: str, calls: int) -> float:
    """8 processes at once, each making `calls` calls through one Redis store: calls a second in all,
    from the moment they all begin (after their start-up) to the last one's end."""
    start_at = time.time() + STARTUP_SECONDS
    argv = [sys.executable, "-m", "bench.candidates", "small", "ours", "--url", url, "--calls", str(calls)]
    argv += ["--store", store, "--start-at", repr(start_at)]
    children = [subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE) for _ in range(PROCESSES)]
    ended = []
    for child in children:
        out, _ = child.communicate()
        if child.returncode != 0:
            raise RuntimeError("a shared-store child failed")
        ended.append(float(json.loads(out.decode().strip().splitlines()[-1])["ended"]))
    return PROCESSES * calls / (max(ended) - start_at)


def run_stores(url: str, calls: int, reps: int) -> StoreResults:
    results = StoreResults({}, [])
    with tempfile.TemporaryDirectory(prefix="optimove-bench-stores-") as folder:
        sqlite = f"sqlite:///{Path(folder) / 'store.sqlite'}"
        try:
            context = redis_server.running_redis(Path(folder))
            redis = context.__enter__()
        except RuntimeError as error:
            results.redis_missing, context, redis = str(error), None, ""
        try:
            for rep in range(reps):
                progress(f"stores {rep + 1}/{reps}: side by side")
                for name, seconds in _side_by_side(url, calls, sqlite, redis).items():
                    results.per_call.setdefault(name, []).append(seconds)
            for rep in range(reps if redis else 0):
                progress(f"stores {rep + 1}/{reps}: {PROCESSES} processes through redis")
                results.shared_calls_per_second.append(_shared(url, redis, calls))
        except RuntimeError as error:
            results.error = str(error)
        finally:
            if context is not None:
                context.__exit__(None, None, None)
    return results


def rows(results: StoreResults) -> list[str]:
    """Table rows: | scenario | store | calls/s (median over runs) | time ÷ no budget |"""
    none = results.seconds("none")
    out = []
    for name, label in LABELS.items():
        seconds = results.seconds(name)
        if seconds is None:
            continue
        ratio = f"{seconds / none:.2f}" if none else "-"
        extra = f"{seconds * 1e6:,.0f} µs per call"
        out.append(f"| small calls, budget in the store | {label} | {1 / seconds:,.0f} ({extra}) | {ratio} |")
    if results.shared_calls_per_second:
        values = sorted(results.shared_calls_per_second)
        median = statistics.median(values)
        out.append(
            f"| {PROCESSES} processes at once, one Redis store | {LABELS['redis']} | "
            f"{median:,.0f} ({values[0]:,.0f}-{values[-1]:,.0f}) in all | - |"
        )
    return out


def verdicts(results: StoreResults) -> list[str]:
    if results.error is not None:
        return [f"FAIL  store overhead: {results.error}"]
    none = results.seconds("none")
    out = []
    for name, target in MAX_RATIO.items():
        seconds = results.seconds(name)
        if seconds is None or not none:
            out.append(f"SKIP  store overhead, {name}: {results.redis_missing or 'not measured'}")
            continue
        ratio = seconds / none
        verdict = "PASS" if ratio <= target else "FAIL"
        out.append(f"{verdict}  store overhead, {name} / no budget: {ratio:.2f}x (target <= {target})")
    if results.shared_calls_per_second:
        median = statistics.median(results.shared_calls_per_second)
        out.append(
            f"INFO  {PROCESSES} processes through one Redis store: {median:,.0f} calls/s in all "
            "(2 cores, shared with the bench server)"
        )
    return out
