"""Measurements run in child processes: each prints one JSON line; its peak RSS is read when it exits."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEER_PYTHON = ROOT / "bench" / ".peer-venv" / "bin" / "python"
PEER_SCRIPT = ROOT / "bench" / "peer.py"
LAUNCHER = ROOT / "bench" / "launch.py"
CHILD_TIMEOUT = 900.0  # seconds; a child that takes longer is killed and reported as failed


@dataclasses.dataclass
class Measured:
    """The runs of one candidate in one scenario."""

    seconds: list[float] = dataclasses.field(default_factory=list)
    rss_mib: list[float] = dataclasses.field(default_factory=list)
    count: int = 0  # records (pulls) or calls (small calls) per run
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and bool(self.seconds)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    def rate(self) -> str:
        rates = sorted(self.count / s for s in self.seconds)
        low, high = rates[0], rates[-1]
        return f"{self.count / self.median:,.0f} ({low:,.0f}-{high:,.0f})"


def run_process(
    argv: Sequence[str], *, env: Mapping[str, str] | None = None, timeout: float = CHILD_TIMEOUT
) -> tuple[bytes, float, float]:
    """Run a process to its end: its standard output, its wall time from start to exit in seconds, and its
    own peak RSS in MiB. It runs under bench/launch.py, which reads both: a child of the bench itself would
    count the bench's own memory into its peak. A non-zero exit raises RuntimeError with its last words."""
    with tempfile.TemporaryFile() as errors, tempfile.TemporaryDirectory(prefix="optimove-bench-") as folder:
        report = Path(folder) / "report.json"
        child = subprocess.Popen(
            [sys.executable, "-S", str(LAUNCHER), str(report), *argv],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=errors,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # a timeout kills the launcher and the command together
        )
        watchdog = threading.Timer(timeout, os.killpg, (child.pid, signal.SIGKILL))
        watchdog.start()
        try:
            assert child.stdout is not None
            output = child.stdout.read()
            child.wait()
        finally:
            watchdog.cancel()
            if child.stdout is not None:
                child.stdout.close()
        if child.returncode != 0:
            errors.seek(0)
            tail = errors.read().decode(errors="replace").strip().splitlines()[-3:]
            raise RuntimeError(f"exit {child.returncode}: {' | '.join(tail)}")
        measured = json.loads(report.read_text(encoding="utf-8"))
    return output, float(measured["seconds"]), measured["maxrss_kib"] / 1024  # KiB on Linux


def run_child(argv: Sequence[str], timeout: float = CHILD_TIMEOUT) -> tuple[dict[str, float], float]:
    """Run one measurement; its JSON line and its own peak RSS in MiB."""
    output, _seconds, rss = run_process(argv, timeout=timeout)
    result: dict[str, float] = json.loads(output.decode().strip().splitlines()[-1])
    return result, rss


def candidate_argv(scenario: str, name: str, url: str, **options: int) -> list[str]:
    if name == "peer":
        head = [str(PEER_PYTHON), str(PEER_SCRIPT)]
    else:
        head = [sys.executable, "-m", "bench.candidates"]
    argv = [*head, scenario, name, "--url", url]
    for key, value in options.items():
        argv += [f"--{key.replace('_', '-')}", str(value)]
    return argv


def measure(into: Measured, argv: Sequence[str], count_key: str) -> None:
    if into.error is not None:
        return  # a candidate that failed once is not run again
    try:
        result, rss = run_child(argv)
    except RuntimeError as error:
        into.error = str(error)
        return
    into.seconds.append(result["seconds"])
    into.rss_mib.append(rss)
    into.count = int(result[count_key])


def progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)
