"""Many processes, one account, with real processes: a served mock in this process, workers that share a
real SQLite file or a real redis-server (tests/account_worker.py), and the CLI run twice.

The mock enforces its budget itself, so "no 429" means the processes together kept inside it; its
arrivals say when each call reached it.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from optimove_client import Optimove
from optimove_client.testing import DEFAULT_PASSWORD, DEFAULT_USERNAME, MockOptimove
from optimove_client.testing.app import Arrival
from optimove_client.testing.serve import MockServer
from tests.account_worker import API_KEY

ROOT = Path(__file__).resolve().parent.parent
PROCESSES = 8
# The mock's budget, and the workers'. A call reaches the mock some time after the client stamped its slot;
# the client keeps each window 5% longer to absorb that, and on this harness (8 busy processes and the mock
# on 2 cores) the lag reaches 0.1 s: a 4-second window's 0.2 s margin covers it. Several windows at once
# are tested in-process (test_account_budget.py) and on every backend (test_store.py).
WINDOWS = ((20, 4.0),)
BUDGET = ",".join(f"{calls}/{seconds:g}" for calls, seconds in WINDOWS)
CALLS = 32  # per test: a full window, and 12 calls that must wait for it
WAIT_SECONDS = 120  # no worker may take longer than this


@pytest.fixture(params=["sqlite", "redis"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'account.sqlite'}"
    return str(request.getfixturevalue("fresh_redis"))


@contextlib.contextmanager
def _served(**config: Any) -> Iterator[MockServer]:
    """The mock on a free port of 127.0.0.1, in this process (its counters and arrivals readable here)."""
    mock = MockOptimove(customers=10, api_keys=frozenset({API_KEY}), control_endpoints=True, **config)
    with MockServer(mock) as server:
        yield server


@pytest.fixture
def served() -> Iterator[MockServer]:
    with _served(rate_limits=WINDOWS) as server:
        yield server


class Workers:
    """Worker processes started together: each says READY, then all are told to go at once."""

    def __init__(self, count: int, *options: str) -> None:
        command = [sys.executable, "-m", "tests.account_worker", *options]
        self.processes = [
            subprocess.Popen(
                command,
                cwd=ROOT,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(count)
        ]
        for process in self.processes:
            assert process.stdout is not None
            line = process.stdout.readline()
            assert line.strip() == "READY", line + (process.stderr.read() if process.stderr else "")

    def go(self) -> list[dict[str, Any]]:
        for process in self.processes:
            assert process.stdin is not None
            process.stdin.write("go\n")
            process.stdin.flush()
        summaries = []
        for process in self.processes:
            out, err = process.communicate(timeout=WAIT_SECONDS)
            assert process.returncode == 0, err[-3000:]
            summaries.append(json.loads(out.strip().splitlines()[-1]))
        return summaries


def _calls(server: MockServer) -> list[Arrival]:
    return [arrival for arrival in server.mock.arrivals if arrival.operation == "GetLastDataUpdate"]


def _fullest_window(arrivals: list[Arrival], seconds: float) -> int:
    """The most calls that arrived within any `seconds` (the mock's windows: at <= t < at + seconds)."""
    times = sorted(arrival.at for arrival in arrivals)
    most, first = 0, 0
    for last, at in enumerate(times):
        while at - times[first] >= seconds:
            first += 1
        most = max(most, last - first + 1)
    return most


@pytest.mark.reliability
@pytest.mark.parametrize("tasks", [False, True], ids=["threads", "tasks"])
def test_eight_processes_share_one_budget(store_url: str, served: MockServer, tasks: bool) -> None:
    """8 processes (4 threads or 4 tasks each) under one key, sharing a store, against a mock that enforces
    the budget: every call succeeds, the mock answers no 429, and no window holds more than its limit."""
    per_process = ["--tasks", "--workers", "4"] if tasks else ["--workers", "4"]
    workers = Workers(
        PROCESSES, "--base-url", served.base_url, "--store", store_url, "--rate-limit", BUDGET, *per_process
    )
    summaries = workers.go()
    assert [s["errors"] for s in summaries] == [[]] * PROCESSES
    assert sum(s["calls"] for s in summaries) == CALLS
    arrivals = _calls(served)
    timeline = " ".join(f"{a.at - arrivals[0].at:.3f}:{a.status}" for a in arrivals)
    assert len(arrivals) == CALLS and {a.status for a in arrivals} == {200}, timeline
    assert served.mock.calls.rate_limited == 0
    for calls, seconds in WINDOWS:
        assert _fullest_window(arrivals, seconds) <= calls


# A short window on the mock and the clients alike (its margin: 0.1 s): 64 calls cross three of its
# boundaries, each with a full window's worth of calls waiting.
SHORT_WINDOW = (20, 2.0)
LATE = "3:0.5"  # every 3rd call of each process is sent 0.5 s after its slot (5 times the window's margin)
RUNS = 5


@pytest.mark.reliability
def test_late_calls_of_eight_processes_never_crowd_a_window_of_the_server(store_url: str) -> None:
    """8 processes x 4 threads, windows 20/2 on both sides, a third of calls 0.5 s late: no 429 in 5 runs.

    The late calls are held back between their slot and the wire: 5 times the window's margin."""
    calls, seconds = SHORT_WINDOW
    budget = f"{calls}/{seconds:g}"
    for run in range(RUNS):
        if run and store_url.startswith("sqlite:"):
            store_url = store_url.replace(".sqlite", f"-{run}.sqlite")  # each run a budget of its own
        elif run:
            _flush(store_url)
        with _served(rate_limits=(SHORT_WINDOW,)) as server:
            options = ("--base-url", server.base_url, "--store", store_url, "--rate-limit", budget)
            workers = Workers(PROCESSES, *options, "--workers", "4", "--calls", "2", "--late", LATE)
            summaries = workers.go()
            arrivals = _calls(server)
            timeline = " ".join(f"{a.at - arrivals[0].at:.3f}:{a.status}" for a in arrivals)
            assert [s["errors"] for s in summaries] == [[]] * PROCESSES, f"run {run}"
            assert server.mock.calls.rate_limited == 0, f"run {run}: {timeline}"
            assert len(arrivals) == PROCESSES * 8 and _fullest_window(arrivals, seconds) <= calls


def _flush(redis_url: str) -> None:
    import redis  # noqa: PLC0415 - the [redis] extra, installed with the test tools

    with redis.Redis.from_url(redis_url) as client:
        client.flushdb()


def _log_in_once(server: MockServer, store_url: str) -> None:
    """A session in the store, as a first process would leave it."""
    with Optimove(
        username=DEFAULT_USERNAME,
        password=DEFAULT_PASSWORD,
        base_url=server.base_url,
        store=store_url,
        environ={},
    ) as opt:
        opt.general.get_last_data_update()


@pytest.mark.reliability
def test_eight_processes_on_an_expired_session_log_in_once(store_url: str) -> None:
    """8 processes with user name and password meet an expired session: exactly one Login in all."""
    with _served(rate_limits=()) as server:
        _log_in_once(server, store_url)
        server.mock.expire_tokens()
        workers = Workers(
            PROCESSES, "--base-url", server.base_url, "--store", store_url, "--login", "--workers", "2"
        )
        summaries = workers.go()
        assert [s["errors"] for s in summaries] == [[]] * PROCESSES
        assert sum(s["logins"] for s in summaries) == 1
        logins = server.mock.logins
        assert (logins.succeeded, logins.rejected_too_soon) == (2, 0)  # the first process's, and one more


@pytest.mark.reliability
def test_a_process_killed_holding_the_session_lock_stops_nobody_for_long(tmp_path: Path) -> None:
    """A process killed while it holds the session lock: the others go on within the lock's time limit."""
    lock_seconds = 3.0
    store_url = f"sqlite:///{tmp_path / 'account.sqlite'}?lock_timeout={lock_seconds:g}"
    with _served(rate_limits=()) as server:
        options = ("--base-url", server.base_url, "--store", store_url, "--login")
        holder = subprocess.Popen(
            [sys.executable, "-m", "tests.account_worker", *options, "--hold-lock", str(lock_seconds)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert holder.stdout is not None and holder.stdout.readline().strip() == "LOCKED"
        locked_at = time.monotonic()
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        workers = Workers(4, *options)
        summaries = workers.go()
        done = time.monotonic()
        assert [s["errors"] for s in summaries] == [[]] * 4
        assert sum(s["logins"] for s in summaries) == 1 and server.mock.logins.succeeded == 1
        (login,) = [a.at for a in server.mock.arrivals if a.operation == "Login"]
        assert login - locked_at >= lock_seconds - 0.05  # they waited for the lock to free itself...
        assert done - locked_at < lock_seconds + 20  # ...and no longer than that (plus starting up)


@pytest.mark.reliability
def test_a_429_met_by_one_process_pauses_the_others(store_url: str) -> None:
    """The mock sees no call from the other processes before the pause that the 429 advised ends."""
    with _served(rate_limits=()) as server:
        server.mock.faults.fail(429, operation="GetLastDataUpdate", retry_after="2")
        options = ("--base-url", server.base_url, "--store", store_url)
        first = Workers(1, *options)
        others = Workers(PROCESSES - 1, *options)
        first_process = first.processes[0]
        assert first_process.stdin is not None
        first_process.stdin.write("go\n")
        first_process.stdin.flush()
        # Go on once the pause is in the store (polled: a condition with a deadline, not a guess).
        with Optimove(api_key=API_KEY, base_url=server.base_url, store=store_url, environ={}) as probe:
            store = probe._parts.store
            deadline = time.monotonic() + WAIT_SECONDS
            while store.paused_until() <= store.now():
                assert time.monotonic() < deadline, "the pause never reached the store"
                time.sleep(0.01)
        summaries = others.go()  # told to go while the pause lasts
        summaries.append(json.loads(first_process.communicate(timeout=WAIT_SECONDS)[0].splitlines()[-1]))
        assert [s["errors"] for s in summaries] == [[]] * PROCESSES
        arrivals = _calls(server)
        (refused,) = [a.at for a in arrivals if a.status == 429]
        answered = [a.at for a in arrivals if a.status == 200]
        assert len(answered) == PROCESSES
        assert min(answered) >= refused + 2 - 0.05  # nobody called before the pause ended


@pytest.mark.reliability
def test_the_cli_twice_in_a_row_logs_in_once(tmp_path: Path) -> None:
    """`optimove call GetLastDataUpdate --username ... --password ...` twice: one Login in all, through
    the CLI's default store (a SQLite file of mode 0600 in the user cache folder)."""
    with _served(rate_limits=()) as server:
        env = {key: value for key, value in os.environ.items() if not key.startswith("OPTIMOVE_")}
        env |= {"XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
        command = [
            sys.executable,
            "-m",
            "optimove_client.cli",
            "call",
            "GetLastDataUpdate",
            "--base-url",
            server.base_url,
        ]
        command += ["--username", DEFAULT_USERNAME, "--password", DEFAULT_PASSWORD]
        for _ in range(2):
            done = subprocess.run(
                command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=WAIT_SECONDS, check=False
            )
            assert done.returncode == 0, done.stderr
            assert json.loads(done.stdout) == "2024-06-30"
        logins = server.mock.logins
        assert (logins.attempts, logins.succeeded) == (1, 1)
        store = tmp_path / "cache" / "optimove-client" / "store.sqlite"
        assert store.exists() and store.stat().st_mode & 0o777 == 0o600
        assert DEFAULT_PASSWORD.encode() not in b"".join(path.read_bytes() for path in store.parent.iterdir())


# The README's user-name example, as a user's script would run it from cron: no store= anywhere.
_SCRIPT = """
import sys
from optimove_client import Optimove

with Optimove(username=sys.argv[1], password=sys.argv[2], base_url=sys.argv[3]) as opt:
    print(opt.actions.get_all_actions()[0].action_name)
"""


@pytest.mark.reliability
def test_a_script_run_twice_and_then_the_cli_log_in_once(tmp_path: Path) -> None:
    """The README's user-name script twice in a row, then `optimove call`, no store given: one Login.

    The session is shared through the default store (the second run was refused a Login for 20 min)."""
    with _served(rate_limits=()) as server:
        env = {key: value for key, value in os.environ.items() if not key.startswith("OPTIMOVE_")}
        env |= {"XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
        credentials = [DEFAULT_USERNAME, DEFAULT_PASSWORD]
        script = [sys.executable, "-c", _SCRIPT, *credentials, server.base_url]
        cli = [sys.executable, "-m", "optimove_client.cli", "call", "GetLastDataUpdate"]
        cli += ["--base-url", server.base_url, "--username", credentials[0], "--password", credentials[1]]
        for command in (script, script, cli):
            done = subprocess.run(
                command,
                cwd=tmp_path,
                env=env,
                capture_output=True,
                text=True,
                timeout=WAIT_SECONDS,
                check=False,
            )
            assert done.returncode == 0, done.stderr
        logins = server.mock.logins
        assert (logins.attempts, logins.succeeded) == (1, 1)
        assert server.mock.calls.by_operation["GetAllActions"] == 2
