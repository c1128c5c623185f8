"""What the command says while it waits (for the call budget, after a 429) and what it logs, on a
terminal (in-process, on an injected clock: the countdown) and in real processes (stderr not a
terminal: one line per wait; OPTIMOVE_LOG=info: retries), and when it warns of a full page."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from optimove_client import RateLimit
from optimove_client.cli.console import Console
from optimove_client.cli.main import main
from optimove_client.testing import ManualClock, MockOptimove
from tests.cli.conftest import Outcome
from tests.cli.served import env_for, run, serve

EXPORT = ["call", "GetCurrentlyTargetedCustomers", "--all-pages", "--page-size", "200", "--max-items", "400"]


def _in_process(
    mock: MockOptimove, environ: dict[str, str], *argv: str, limit: RateLimit, terminal: bool = True
) -> Outcome:
    """The command on a terminal (or not), on a clock that moves only when slept on: no real waiting."""
    out, err = io.StringIO(), io.StringIO()
    console = Console(
        stdout=out,
        stderr=err,
        environ=environ,
        stderr_is_terminal=terminal,
        client_options={
            "transport": mock.transport(),
            "clock": ManualClock(),
            "rate_limit": limit,
            "store": "memory://",
        },
    )
    code = main(list(argv), console)
    return Outcome(code, out.getvalue(), err.getvalue())


def _countdown(err: str, budget: str) -> list[int]:
    return [int(n) for n in re.findall(rf"waiting (\d+) s for the call budget \({re.escape(budget)}\)", err)]


def test_the_progress_line_counts_down_a_budget_wait(
    mock: MockOptimove, environ: dict[str, str], tmp_path: Path
) -> None:
    output = tmp_path / "out.jsonl"
    done = _in_process(mock, environ, *EXPORT, "-o", str(output), limit=RateLimit(1, 60))
    assert done.code == 0, done.err
    assert _countdown(done.err, "1/60") == list(range(64, 0, -1))  # redrawn each second of the wait
    redraws = done.err.split("\r")
    assert any(line.startswith("GetCurrentlyTargetedCustomers: 200 records | 1 pages") for line in redraws)
    assert "waiting" not in redraws[-1]  # the next page ends the wait on the line
    assert "wrote 400 records" in done.err


def test_a_batch_line_counts_down_too(mock: MockOptimove, environ: dict[str, str], tmp_path: Path) -> None:
    items = tmp_path / "items.json"
    items.write_text(json.dumps([{"PromoCode": f"W{n}", "PromotionName": f"wait {n}"} for n in range(150)]))
    argv = ["call", "AddPromotions", "--body", f"@{items}", "--batched"]
    done = _in_process(mock, environ, *argv, limit=RateLimit(1, 10))
    assert done.code == 0, done.err
    assert _countdown(done.err, "1/10") == list(range(11, 0, -1))  # 10.501 s, between the two calls
    assert "AddPromotions: 100 of 150 items sent | 1 call | " in done.err
    assert done.err.endswith("\nAddPromotions: sent 150 items in 2 calls\n")


def test_off_a_terminal_each_wait_is_one_line_and_quiet_says_nothing(
    mock: MockOptimove, environ: dict[str, str]
) -> None:
    # No progress line is drawn off a terminal: each wait is said once, as it begins.
    done = _in_process(mock, environ, *EXPORT, limit=RateLimit(1, 60), terminal=False)
    assert done.code == 0, done.err
    assert done.err.count("waiting") == 1
    assert (
        "optimove: info: GetCurrentlyTargetedCustomers: waiting 64 s for the call budget (1/60)\n" in done.err
    )
    quiet = _in_process(mock, environ, *EXPORT, "--quiet", limit=RateLimit(1, 60), terminal=False)
    assert quiet.code == 0 and quiet.err == ""


def test_a_real_process_whose_stderr_is_no_terminal_says_the_wait(tmp_path: Path) -> None:
    with serve("--customers", "500") as served:
        done = run([*EXPORT, "--rate-limit", "1/2", "-o", str(tmp_path / "out.jsonl")],
                   env_for(served.url, "mock-api-key", tmp_path))  # fmt: skip
    assert done.returncode == 0, done.stderr
    # 2.1 s less whatever the first page took: the count is 3 or 2, the words are exact
    assert re.search(
        r"^optimove: info: GetCurrentlyTargetedCustomers: waiting [23] s for the call budget \(1/2\)$",
        done.stderr,
        re.MULTILINE,
    ), done.stderr
    assert "\r" not in done.stderr


def test_optimove_log_info_shows_a_retry_in_a_real_process(tmp_path: Path) -> None:
    with serve("--fault", "503:GetLastDataUpdate") as served:
        env = {**env_for(served.url, "mock-api-key", tmp_path), "OPTIMOVE_LOG": "info"}
        done = run(["call", "GetLastDataUpdate"], env)
    assert done.returncode == 0, done.stderr
    assert re.search(
        r"INFO optimove_client: GetLastDataUpdate: attempt 1 of 5 failed \(HTTP 503\), retry in \d+\.\d\d s$",
        done.stderr,
        re.MULTILINE,
    ), done.stderr
    assert "HTTP 200 in" not in done.stderr  # the per-request lines are DEBUG's
    assert "mock-api-key" not in done.stderr


def test_optimove_log_info_says_a_wait_once(tmp_path: Path) -> None:
    with serve("--customers", "500") as served:
        env = {**env_for(served.url, "mock-api-key", tmp_path), "OPTIMOVE_LOG": "info"}
        done = run([*EXPORT, "--rate-limit", "1/2", "-o", str(tmp_path / "out.jsonl")], env)
    assert done.returncode == 0, done.stderr
    waits = [line for line in done.stderr.splitlines() if "for the call budget" in line]
    assert len(waits) == 1, done.stderr  # the library's INFO line, not the command's as well
    assert re.search(r"INFO optimove_client: GetCurrentlyTargetedCustomers: waiting [23] s", waits[0])


def test_the_full_page_warning_only_for_a_page_the_server_chose(tmp_path: Path) -> None:
    output = tmp_path / "page.jsonl"
    with serve("--customers", "10050") as served:
        env = env_for(served.url, "mock-api-key", tmp_path)
        default = run(["call", "GetCurrentlyTargetedCustomers", "-o", str(output)], env)
        asked = run(["call", "GetCurrentlyTargetedCustomers", "-p", "$top=3", "-o", str(output)], env)
    assert default.returncode == 0, default.stderr
    assert default.stderr == (  # the command's words only, not the library's warning as well
        f"optimove: warning: GetCurrentlyTargetedCustomers: wrote 10,000 records to {output}, a full page, "
        "so there may be more (from offset 10,000); --all-pages fetches every page\n"
    )
    assert asked.returncode == 0, asked.stderr
    assert asked.stderr == ""  # -p '$top=3' chose the page: three records are no surprise
    assert len(output.read_text().splitlines()) == 3


def test_request_says_a_pause_after_a_429_off_a_terminal(mock: MockOptimove, environ: dict[str, str]) -> None:
    mock.faults.fail(429, operation="GetLastDataUpdate", retry_after="5")
    done = _in_process(
        mock, environ, "request", "GET", "/current/general/GetLastDataUpdate", limit=RateLimit(100, 60),
        terminal=False,
    )  # fmt: skip
    assert done.code == 0, done.err
    assert done.err.count("waiting") == 1
    assert re.search(r"optimove: info: \S+: waiting 5 s: Optimove answered 429 \(Retry-After 5\)\n", done.err)


def test_load_says_a_budget_wait_and_quiet_says_nothing(
    mock: MockOptimove, environ: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # duckdb's file is made in the working folder
    load = ["load", "--destination", "duckdb", "--start-date", "2024-06-30", "--pipelines-dir"]
    done = _in_process(mock, environ, *load, str(tmp_path / "a"), limit=RateLimit(1, 60), terminal=False)
    assert done.code == 0, done.err
    assert re.search(r"optimove: info: \w+: waiting \d+ s for the call budget \(1/60\)\n", done.err)
    quiet = _in_process(
        mock, environ, *load, str(tmp_path / "b"), "--quiet", limit=RateLimit(1, 60), terminal=False
    )
    assert quiet.code == 0, quiet.err
    assert "waiting" not in quiet.err
