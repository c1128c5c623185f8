"""Real processes: `optimove mock serve` on a port of its own, and `optimove` commands run against it.

For what only a real process shows: a signal (SIGTERM, as a scheduler sends it) and what the process
leaves behind, and a second server on another port. Waits are on real signals, never on a sleep: the
served mock's counters, the resume state of an export, a line the command prints.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx

from optimove_client.cli.resume import state_path

COMMAND = [sys.executable, "-m", "optimove_client.cli"]
DEADLINE = 60.0  # seconds: a loaded machine of two cores may be slow, never this slow


class Served:
    """A served mock with its control endpoints (faults armed and cleared, calls counted)."""

    def __init__(self, url: str) -> None:
        self.url = url

    def _control(self, method: str, path: str, body: Any = None) -> Any:
        response = httpx.request(method, f"{self.url}/_mock/{path}", json=body, timeout=10)
        response.raise_for_status()
        return response.json() if response.content else None

    def arm(self, fault: str, operation: str, **options: int) -> None:
        self._control("POST", "faults", {"fault": fault, "operation": operation, **options})

    def clear(self) -> None:
        self._control("DELETE", "faults")

    def calls(self, operation: str | None = None) -> int:
        counted = self._control("GET", "counters")["calls"]
        return int(counted["total"] if operation is None else counted["by_operation"].get(operation, 0))


@contextlib.contextmanager
def serve(*options: str) -> Iterator[Served]:
    """`optimove mock serve --port 0 --control OPTIONS`, stopped on leaving."""
    process = subprocess.Popen(
        [*COMMAND, "mock", "serve", "--port", "0", "--control", *options], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()  # printed once the socket listens
        found = re.search(r"http://127\.0\.0\.1:\d+", banner)
        assert found, banner
        yield Served(found.group(0))
    finally:
        process.terminate()
        process.wait(timeout=30)


def env_for(url: str, api_key: str, home: Path) -> dict[str, str]:
    """The environment of a command run against url with api_key: nothing of the user's."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("OPTIMOVE_")}
    env.update(OPTIMOVE_BASE_URL=url, OPTIMOVE_API_KEY=api_key)
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_CACHE_HOME"] = str(home / "cache")  # the CLI's default store: never the user's
    return env


def wait_for(condition: Callable[[], bool], what: str, process: subprocess.Popen[Any] | None = None) -> None:
    """Poll until condition holds; fail at the deadline, or when the process ended first."""
    deadline = time.monotonic() + DEADLINE
    while not condition():
        if process is not None and process.poll() is not None:
            raise AssertionError(f"the process ended ({process.returncode}) before {what}")
        if time.monotonic() > deadline:
            raise AssertionError(f"no {what} within {DEADLINE:.0f}s")
        time.sleep(0.005)  # a poll interval, not a wait for something to happen


def state_records(state: Path) -> int:
    """Records an export's resume state counts (0 while it has none, or it is being replaced)."""
    try:
        return int(json.loads(state.read_text())["records"])
    except (OSError, ValueError, KeyError):
        return 0


def run(argv: list[str], env: dict[str, str], **options: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*COMMAND, *argv], env=env, capture_output=True, text=True, check=False, timeout=120, **options
    )


def terminate_when(
    argv: list[str], env: dict[str, str], condition: Callable[[], bool], what: str
) -> tuple[int, str, str]:
    """Start `optimove ARGV`, SIGTERM it once `condition` holds, and return its exit code and output."""
    process = subprocess.Popen(
        [*COMMAND, *argv], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        wait_for(condition, what, process)
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return process.returncode, out, err


def terminate_export(argv: list[str], env: dict[str, str], output: Path, *, after: int) -> tuple[int, str]:
    """Start the export, SIGTERM it once its file holds `after` records, and return how it ended."""
    code, _out, err = terminate_when(
        argv, env, lambda: state_records(state_path(output)) >= after, f"{after} records written"
    )
    return code, err
