"""`optimove load`: the dlt pipeline from a shell, into DuckDB in the test's folder, against the mock."""

from __future__ import annotations

import datetime
import re
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest
from dlt.common.exceptions import SignalReceivedException

from optimove_client.cli.load import _failed
from optimove_client.dlt import DateLoadError
from optimove_client.testing import MockOptimove
from tests.cli.conftest import RunCli


@pytest.fixture(autouse=True)
def _dlt_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """dlt keeps nothing outside the test's folder (duckdb writes PIPELINE.duckdb in the current folder),
    and sends no telemetry."""
    monkeypatch.setenv("RUNTIME__DLTHUB_TELEMETRY", "false")
    monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt"))
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def mock() -> MockOptimove:
    return MockOptimove(customers=30)


def load(run_cli: RunCli, tmp_path: Path, *more: str, **options: Any) -> Any:
    return run_cli(
        "load", "--destination", "duckdb", "--dataset", "optimove", "--start-date", "2024-06-28",
        "--attributes", "Alias,Country", "--pipelines-dir", str(tmp_path / "pipelines"), *more, **options,
    )  # fmt: skip


def rows(tmp_path: Path, query: str) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(tmp_path / "optimove_pipeline.duckdb"), read_only=True) as connection:
        return connection.execute(query).fetchall()


def test_load_runs_the_pipeline_a_date_at_a_time_with_progress(
    run_cli: RunCli, mock: MockOptimove, tmp_path: Path
) -> None:
    done = load(run_cli, tmp_path)
    assert done.code == 0, done.err
    lines = done.err.splitlines()
    per_date = [
        re.match(r"(\d{4}-\d\d-\d\d): (\d+) campaigns, (\d+) actions, (\d+) customers", line)
        for line in lines
    ]
    dates = [match.group(1) for match in per_date if match]
    assert dates == ["2024-06-28", "2024-06-29", "2024-06-30"]
    customers = {match.group(1): int(match.group(4)) for match in per_date if match}
    total = sum(customers.values())
    assert (
        lines[-2]
        == f"loaded 3 dates (2024-06-28 to 2024-06-30) into duckdb dataset optimove: {total:,} customers"
    )
    # Then what the run spent of the budget, and what it left (the test's store is its own: no other run).
    spent = mock.calls.total
    assert lines[-1] == (
        f"budget: {spent:,} calls spent by this run; {1_000_000 - spent:,} left of 1,000,000 per 3600 s"
    )
    by_date = dict(
        rows(tmp_path, "SELECT execution_date::VARCHAR, count(*) FROM optimove.action_customers GROUP BY 1")
    )
    assert by_date == {day: count for day, count in customers.items() if count}
    assert rows(tmp_path, "SELECT count(*) FROM optimove.action_customers WHERE alias IS NULL") == [(0,)]
    assert rows(tmp_path, "SELECT count(*) FROM optimove.actions") == [(len(mock.dataset.actions),)]
    assert done.out == ""

    calls = mock.calls.total
    again = load(run_cli, tmp_path)
    assert again.code == 0, again.err
    assert again.err.splitlines() == [
        "no new date to load into duckdb dataset optimove",
        f"budget: 1 call spent by this run; {1_000_000 - calls - 1:,} left of 1,000,000 per 3600 s",
    ]  # the store is the test's own: the earlier run's calls are in the window too
    assert mock.calls.total - calls == 1  # GetLastDataUpdate: the reference tables were fetched today
    assert rows(tmp_path, "SELECT count(*) FROM optimove.action_customers") == [(total,)]


def test_a_failed_load_names_its_date_and_the_same_command_continues(
    run_cli: RunCli, mock: MockOptimove, tmp_path: Path
) -> None:
    mock.faults.fail(503, operation="GetExecutedCampaignDetails", nth=2, times=10)
    failed = load(run_cli, tmp_path, "--max-retries", "0", "--quiet")
    assert failed.code == 5
    assert failed.err == (
        "optimove: load stopped on 2024-06-29: GetExecutedCampaignDetails failed with HTTP 503: Service "
        "Unavailable; the dates before it are loaded: run the same command again to continue from "
        "2024-06-29\n"
    )
    assert rows(tmp_path, "SELECT date::VARCHAR FROM optimove.loaded_dates") == [("2024-06-28",)]
    mock.faults.clear()
    resumed = load(run_cli, tmp_path)
    assert resumed.code == 0, resumed.err
    assert resumed.err.splitlines()[-2].startswith("loaded 2 dates (2024-06-29 to 2024-06-30)")
    assert rows(tmp_path, "SELECT count(*), count(DISTINCT date) FROM optimove.loaded_dates") == [(3, 3)]


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (("--start-date", "tomorrow"), "start_date must be a date, YYYY-MM-DD (got 'tomorrow')"),
        (("--end-date", "2024-06-01"), "end_date 2024-06-01 is before start_date 2024-06-28"),
        (("--attributes", ",".join(f"A{n}" for n in range(11))), "attributes must name 1 to 10"),
        (("--destination", "nowhere"), "--destination nowhere: Destination 'nowhere' was first attempted"),
    ],
)
def test_bad_input_is_exit_code_2_before_anything_is_sent(
    run_cli: RunCli, mock: MockOptimove, tmp_path: Path, flags: tuple[str, ...], message: str
) -> None:
    done = load(run_cli, tmp_path, *flags)
    assert done.code == 2
    assert message in done.err
    assert len(done.err.splitlines()) == 1
    assert mock.calls.total == 0


def test_without_the_dlt_extra_it_says_what_to_install(
    run_cli: RunCli, mock: MockOptimove, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in [
        name
        for name in sys.modules
        if name == "optimove_client.dlt" or name.startswith("optimove_client.dlt.")
    ]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "dlt", None)  # `import dlt` fails, as without the extra
    done = load(run_cli, tmp_path)
    assert done.code == 2
    assert done.err == (
        "optimove: the dlt source needs dlt, which is not installed: pip install 'optimove-client[dlt]'\n"
    )
    assert mock.calls.total == 0


@pytest.mark.parametrize(
    ("number", "words", "code"), [(2, "interrupted", 130), (15, "interrupted (SIGTERM)", 143)]
)
def test_dlts_own_stop_is_told_by_its_signal(number: int, words: str, code: int) -> None:
    """While dlt normalizes and loads it intercepts the signals itself, and raises its own exception."""
    failure = DateLoadError(datetime.date(2024, 6, 29), [], SignalReceivedException(number))
    failure.__cause__ = SignalReceivedException(number)
    error = _failed(failure)
    assert (str(error), error.code) == (
        f"{words}: stopped on 2024-06-29: run the same command again to continue from 2024-06-29",
        code,
    )
