"""--all-pages exports: each format against the library's own iteration, and interrupted exports resumed."""

from __future__ import annotations

import csv
import datetime
import io
import json
import signal
from pathlib import Path
from typing import Any

import httpx
import pytest

from optimove_client import Optimove
from optimove_client.cli.exit_codes import ExitCode
from optimove_client.cli.interrupts import deferred_interrupt
from optimove_client.cli.resume import state_path
from optimove_client.testing import MockOptimove
from tests.cli.conftest import CountingTransport, RunCli

DAY = datetime.date(2024, 6, 30)
EXPORT = (
    "call", "GetCustomersByAction", "-p", "RecipientGroupID=1", "-p", "ActionID=12", "-p", "Date=2024-06-30",
    "--attributes", "Alias,City", "--all-pages", "--page-size", "150",
)  # fmt: skip
# City values contain commas, colons and semicolons: CSV quoting and JSON escaping are exercised.


def expected(client: Optimove) -> list[tuple[str, str | None, str | None]]:
    rows = client.customers.get_customers_by_action.iter(
        recipient_group_id=1, action_id=12, date=DAY, attributes=["Alias", "City"], page_size=1000
    )
    return [
        (row.customer_id, (row.attributes or {})["Alias"], (row.attributes or {})["City"]) for row in rows
    ]


def read_back(path: Path, fmt: str) -> list[tuple[str, Any, Any]]:
    text = path.read_text(encoding="utf-8")
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        return [(r["CustomerID"], r["Alias"], r["City"]) for r in rows]
    records = json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines()]
    return [(r["CustomerID"], r["Attributes"]["Alias"], r["Attributes"]["City"]) for r in records]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json"])
def test_an_export_holds_exactly_the_rows_of_the_library(
    fmt: str, run_cli: RunCli, client: Optimove, tmp_path: Path
) -> None:
    output = tmp_path / f"customers.{fmt}"  # the format comes from the suffix
    outcome = run_cli(*EXPORT, "--output", str(output))
    assert outcome.code == 0, outcome.err
    wanted = expected(client)
    assert len(wanted) > 150 * 3  # several pages
    assert read_back(output, fmt) == wanted
    assert not state_path(output).exists()
    assert f"wrote {len(wanted):,} records to {output}" in outcome.err


def test_without_page_size_an_export_spends_the_fewest_calls(
    run_cli: RunCli, client: Optimove, mock: MockOptimove, tmp_path: Path
) -> None:
    """The default page is the function's largest (200,000): here every row comes in one call."""
    output = tmp_path / "customers.csv"
    before = mock.calls.by_operation["GetCustomersByAction"]
    outcome = run_cli(*EXPORT[: EXPORT.index("--page-size")], "--output", str(output))
    assert outcome.code == 0, outcome.err
    assert mock.calls.by_operation["GetCustomersByAction"] - before == 1
    assert read_back(output, "csv") == expected(client)


def test_an_export_to_standard_output_is_quiet_on_stderr(run_cli: RunCli, client: Optimove) -> None:
    outcome = run_cli(*EXPORT, "--max-items", "400", "--format", "jsonl")
    assert outcome.code == 0, outcome.err
    assert outcome.err == ""
    got = [(r["CustomerID"], r["Attributes"]["Alias"]) for r in map(json.loads, outcome.out.splitlines())]
    assert got == [(c, a) for c, a, _ in expected(client)[:400]]


def test_the_progress_line_on_a_terminal(run_cli: RunCli) -> None:
    outcome = run_cli(*EXPORT, "--max-items", "400", "--format", "jsonl", terminal=True)
    assert outcome.code == 0
    assert "\r" in outcome.err
    assert "400 records | 3 pages" in outcome.err
    assert run_cli(*EXPORT, "--max-items", "400", "--format", "jsonl", "--quiet", terminal=True).err == ""


class InterruptOnPage:
    """Ctrl-C arriving while the nth page is being fetched (raised from inside the transport)."""

    def __init__(self, nth: int) -> None:
        self.nth = nth
        self.pages = 0

    def __call__(self, request: httpx.Request) -> None:
        if request.url.path.endswith("GetCustomersByAction"):
            self.pages += 1
            if self.pages == self.nth:
                raise KeyboardInterrupt


def interrupt_twice_then_resume(run_cli: RunCli, mock: MockOptimove, argv: tuple[str, ...]) -> None:
    """Ctrl-C on page 3 (300 records written), again on page 2 of the resumed run (450), then a finish."""
    first = run_cli(*argv, transport=CountingTransport(mock, InterruptOnPage(3)))
    assert first.code == ExitCode.INTERRUPTED
    assert "holds 300 whole records" in first.err
    assert "--resume" in first.err
    second = run_cli(*argv, "--resume", transport=CountingTransport(mock, InterruptOnPage(2)))
    assert second.code == ExitCode.INTERRUPTED
    assert "holds 450 whole records" in second.err
    third = run_cli(*argv, "--resume")
    assert third.code == 0, third.err
    assert "resumed at 450" in third.err


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json"])
def test_an_interrupted_export_resumes_with_no_duplicate_and_no_gap(
    fmt: str, run_cli: RunCli, mock: MockOptimove, client: Optimove, tmp_path: Path
) -> None:
    output = tmp_path / "customers.out"
    interrupt_twice_then_resume(run_cli, mock, (*EXPORT, "--format", fmt, "--output", str(output)))
    assert read_back(output, fmt) == expected(client)
    clean = tmp_path / "clean.out"
    assert run_cli(*EXPORT, "--format", fmt, "--output", str(clean)).code == 0
    assert output.read_bytes() == clean.read_bytes()


def test_a_record_cut_short_by_a_crash_is_dropped_on_resume(
    run_cli: RunCli, mock: MockOptimove, client: Optimove, tmp_path: Path
) -> None:
    output = tmp_path / "customers.csv"
    argv = (*EXPORT, "--output", str(output))
    assert run_cli(*argv, transport=CountingTransport(mock, InterruptOnPage(2))).code == ExitCode.INTERRUPTED
    with output.open("a", encoding="utf-8") as file:
        file.write('10000999,player999,"Washing')  # half a record: the process died mid-write
    assert run_cli(*argv, "--resume").code == 0
    assert read_back(output, "csv") == expected(client)


def test_a_server_failure_mid_export_is_resumable(
    run_cli: RunCli, mock: MockOptimove, client: Optimove, tmp_path: Path
) -> None:
    output = tmp_path / "customers.jsonl"
    mock.faults.fail(503, operation="GetCustomersByAction", nth=2, times=5)
    failed = run_cli(*EXPORT, "--output", str(output), "--max-retries", "0")
    assert failed.code == ExitCode.SERVER
    assert "503" in failed.err
    assert "holds 150 whole records" in failed.err
    mock.faults.clear()
    assert run_cli(*EXPORT, "--output", str(output), "--resume").code == 0
    assert read_back(output, "jsonl") == expected(client)


def test_resume_refuses_another_export_and_a_finished_one(
    run_cli: RunCli, mock: MockOptimove, tmp_path: Path
) -> None:
    output = tmp_path / "customers.jsonl"
    argv = (*EXPORT, "--output", str(output))
    assert run_cli(*argv, transport=CountingTransport(mock, InterruptOnPage(2))).code == ExitCode.INTERRUPTED
    other = [arg.replace("ActionID=12", "ActionID=16") for arg in argv]
    refused = run_cli(*other, "--resume")
    assert refused.code == ExitCode.BAD_INPUT
    assert refused.err == (
        f"optimove: --resume: {output} was begun with --param actionid=12, this run gives --param "
        "actionid=16: give the same --param (or drop --resume to start afresh)\n"
    )
    assert run_cli(*argv, "--resume").code == 0
    finished = run_cli(*argv, "--resume")
    assert finished.code == ExitCode.BAD_INPUT
    assert "nothing to resume" in finished.err


def test_resume_without_a_file_starts_afresh(run_cli: RunCli, client: Optimove, tmp_path: Path) -> None:
    output = tmp_path / "new.jsonl"
    assert run_cli(*EXPORT, "--output", str(output), "--resume").code == 0
    assert read_back(output, "jsonl") == expected(client)


def test_bad_paging_options_leave_the_file_alone(run_cli: RunCli, tmp_path: Path) -> None:
    output = tmp_path / "keep.jsonl"
    output.write_text("precious\n")
    outcome = run_cli(*EXPORT[:-2], "--page-size", "300000", "--output", str(output))
    assert outcome.code == ExitCode.BAD_INPUT
    assert output.read_text() == "precious\n"


def test_ctrl_c_waits_until_a_write_is_whole() -> None:
    done = []
    with pytest.raises(KeyboardInterrupt), deferred_interrupt():
        signal.raise_signal(signal.SIGINT)
        done.append("the rest of the write")
    assert done == ["the rest of the write"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
