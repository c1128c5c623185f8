"""Start-up: how long `optimove --version` and `optimove --help` take beyond Python's own start.

Each command runs as a fresh process, many times, interleaved with `python -c pass` from the same
interpreter, so that what is left after subtracting the medians is the time our own imports and work
cost. Importing the library (lazily, then a whole client) is reported alongside, as information.
"""

from __future__ import annotations

import dataclasses
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_OWN_SECONDS = 0.15  # our own time for --version and --help on this machine

_PYTHON = sys.executable


def optimove_command() -> list[str]:
    """The installed `optimove` script (what a user runs), else the CLI module."""
    script = Path(_PYTHON).with_name("optimove")
    return [str(script)] if script.exists() else [_PYTHON, "-m", "optimove_client.cli"]


# label -> command; the first is the baseline the others are measured against.
COMMANDS: dict[str, list[str]] = {
    "python -c pass": [_PYTHON, "-c", "pass"],
    "optimove --version": [*optimove_command(), "--version"],
    "optimove --help": [*optimove_command(), "--help"],
    "python -c 'import optimove_client'": [_PYTHON, "-c", "import optimove_client"],
    "python -c 'from optimove_client import Optimove'": [
        _PYTHON,
        "-c",
        "from optimove_client import Optimove",
    ],
}
TARGETS = ("optimove --version", "optimove --help")


@dataclasses.dataclass
class StartupTimes:
    seconds: dict[str, list[float]]

    def median(self, label: str) -> float:
        return statistics.median(self.seconds[label])

    def own(self, label: str) -> float:
        """Seconds beyond Python's own start-up."""
        return self.median(label) - self.median("python -c pass")


def measure(runs: int) -> StartupTimes:
    seconds: dict[str, list[float]] = {label: [] for label in COMMANDS}
    for _ in range(runs):
        for label, command in COMMANDS.items():  # interleaved: noise hits every command alike
            started = time.perf_counter()
            subprocess.run(
                command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True
            )
            seconds[label].append(time.perf_counter() - started)
    return StartupTimes(seconds)


def rows(times: StartupTimes) -> list[str]:
    """Table rows: | scenario | command | median (min-max) s | own s |"""
    out = []
    for label, measured in times.seconds.items():
        own = "-" if label == "python -c pass" else f"{times.own(label):.3f}"
        out.append(
            f"| start-up | `{label}` | {times.median(label):.3f} s ({min(measured):.3f}-{max(measured):.3f}) "
            f"| {own} |"
        )
    return out


def verdicts(times: StartupTimes) -> list[str]:
    out = []
    for label in TARGETS:
        own = times.own(label)
        verdict = "PASS" if own <= MAX_OWN_SECONDS else "FAIL"
        out.append(f"{verdict}  start-up, {label}: {own:.3f} s of our own (target <= {MAX_OWN_SECONDS})")
    for label in COMMANDS:
        if label.startswith("python -c '"):
            out.append(
                f"INFO  start-up, {label.removeprefix('python -c ')}: {times.own(label):.3f} s of our own"
            )
    return out
