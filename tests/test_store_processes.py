"""A SQLite store file deleted or replaced while real processes use it (tests/store_worker.py): they all
go on counting in the one file at the path, so the budget does not split. A served mock, in this
process, enforces the budget itself: no 429 means the processes together kept inside it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from optimove_client.testing import MockOptimove
from optimove_client.testing.serve import MockServer
from tests.store_worker import API_KEY
from tests.test_account_processes import _fullest_window
from tests.test_store_sqlite_file import _another_database, _slots

ROOT = Path(__file__).resolve().parent.parent
# The mock's budget and the workers': 20 calls in 4 s (a window long enough for the lag between a slot
# and its call on a loaded 2-core machine; see test_account_processes.py). 3 workers of 11 calls: a full
# window, and 13 calls that must wait for it.
CALLS, SECONDS = 20, 4.0
WORKERS, CALLS_EACH = 3, 11
WAIT_SECONDS = 120  # no worker may take longer than this


class _Worker:
    def __init__(self, base_url: str, store: str) -> None:
        command = [sys.executable, "-m", "tests.store_worker", "--base-url", base_url, "--store", store]
        command += ["--rate-limit", f"{CALLS}/{SECONDS:g}", "--calls", str(CALLS_EACH)]
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()  # READY once its store has the file open
        assert line.strip() == "READY", line + (self.process.stderr.read() if self.process.stderr else "")

    def go(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()

    def summary(self) -> dict[str, Any]:
        out, err = self.process.communicate(timeout=WAIT_SECONDS)
        assert self.process.returncode == 0, err[-3000:]
        result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
        return result


@pytest.fixture
def served() -> Iterator[MockServer]:
    mock = MockOptimove(
        customers=3, api_keys=frozenset({API_KEY}), rate_limits=((CALLS, SECONDS),), control_endpoints=True
    )
    with MockServer(mock) as server:
        yield server


def _delete(path: Path) -> None:
    path.unlink()


def _replace(path: Path) -> None:
    os.replace(_another_database(path.with_name("restored.sqlite")), path)


@pytest.mark.reliability
@pytest.mark.parametrize("change", [_delete, _replace], ids=["deleted", "replaced"])
def test_processes_go_on_in_one_file_when_theirs_is_deleted_or_replaced(
    change: Any, served: MockServer, tmp_path: Path
) -> None:
    """A SQLite store deleted or replaced under running processes: all go on in one file, 0 server 429s.

    2 processes have the store open; the file is deleted (or replaced by another SQLite file); a 3rd
    process starts on the file now at the path. All 3 count in that one file: the mock, which enforces
    the same budget, answers no 429, and the file holds every slot the 3 took."""
    path = tmp_path / "account.sqlite"
    store = f"sqlite:///{path}"
    early = [_Worker(served.base_url, store) for _ in range(WORKERS - 1)]
    change(path)
    workers = [*early, _Worker(served.base_url, store)]
    for worker in workers:
        worker.go()
    summaries = [worker.summary() for worker in workers]
    assert [s["errors"] for s in summaries] == [[]] * WORKERS
    arrivals = [a for a in served.mock.arrivals if a.operation == "GetLastDataUpdate"]
    timeline = " ".join(f"{a.at - arrivals[0].at:.3f}:{a.status}" for a in arrivals)
    assert len(arrivals) == WORKERS * CALLS_EACH and {a.status for a in arrivals} == {200}, timeline
    assert served.mock.calls.rate_limited == 0
    assert _fullest_window(arrivals, SECONDS) <= CALLS
    # Every call's slot, and the late worker's first slot (taken in the new file before it said READY).
    assert _slots(path) == WORKERS * CALLS_EACH + 1
    assert path.stat().st_mode & 0o777 == 0o600
