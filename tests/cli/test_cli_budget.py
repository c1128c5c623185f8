"""`optimove budget` in-process (its flags, and a store another command used), and the line an export or a
load ends with in each case it words: a window with calls left, a full one, a pause, no windows, a store
that cannot be read."""

from __future__ import annotations

import json
from typing import Any

import pytest

from optimove_client import BudgetReport, StoreError, WindowReport
from optimove_client.cli.budget_line import spent_line
from optimove_client.testing import MockOptimove
from tests.cli.conftest import RunCli


def test_the_budget_command_reads_what_a_call_spent(run_cli: RunCli, mock: MockOptimove) -> None:
    assert run_cli("call", "GetLastDataUpdate").code == 0
    done = run_cli("budget", "--json")
    assert done.code == 0, done.err
    report = json.loads(done.out)
    # The console's rate limit (the tests' own, one window) replaces --rate-limit and the defaults.
    assert [(w["budget"], w["calls"], w["used"]) for w in report["windows"]] == [
        ("general", 1_000_000, 1),
        ("exempt", 10, 0),
    ]
    assert mock.calls.total == 1  # the budget command sent nothing
    text = run_cli("budget")
    assert text.out.splitlines()[1].startswith(
        "  general budget, 1,000,000 calls per 3600 s: 999,999 left (1 used)"
    )


def test_the_budget_command_checks_its_flags(run_cli: RunCli) -> None:
    refused = run_cli("budget", "--rate-limit", "5")
    assert refused.code == 2
    assert "--rate-limit must be CALLS/SECONDS such as 2000/3600 (5 alone is ambiguous)" in refused.err
    unknown = run_cli("budget", "--jsn")
    assert (unknown.code, unknown.err) == (
        2,
        "optimove budget: unknown option --jsn (did you mean --json?); see optimove budget --help\n",
    )


class _Client:
    def __init__(self, report: BudgetReport | None) -> None:
        self.report = report

    def budget(self) -> BudgetReport:
        if self.report is None:
            raise StoreError("redis://cache:6379/0", "ConnectionError: refused")
        return self.report


def _report(
    *windows: WindowReport, paused_for: float = 0.0, spent: int = 7, limiter: str | None = None
) -> Any:
    return _Client(BudgetReport(windows, paused_for, "sqlite:///s.sqlite", spent, limiter))


HOURLY = WindowReport("general", 2000, 3600.0, 7, 1993, 3000.0)
FULL = WindowReport("general", 50, 10.0, 50, 0, 8.25)
EXEMPT = WindowReport("exempt", 10, 1.0, 0, 10, 0.0)


@pytest.mark.parametrize(
    ("client", "line"),
    [
        (_report(HOURLY, EXEMPT), "budget: 7 calls spent by this run; 1,993 left of 2,000 per 3600 s"),
        (
            _report(FULL, HOURLY, spent=1),
            "budget: 1 call spent by this run; 0 left of 50 per 10 s (a slot frees in 8.2 s)",
        ),
        (
            _report(HOURLY, paused_for=30.0),
            "budget: 7 calls spent by this run; 1,993 left of 2,000 per 3600 s, every call paused for 30.0 s "
            "(a 429)",
        ),
        (_report(EXEMPT), "budget: 7 calls spent by this run; no call budget counted"),
        (
            _report(EXEMPT, limiter="MyLimiter()"),
            "budget: 7 calls spent by this run; a custom limiter: MyLimiter()",
        ),
        (
            _Client(None),
            "budget: calls spent and left unknown: the store redis://cache:6379/0 cannot be used: "
            "ConnectionError: refused",
        ),
    ],
    ids=["left", "full", "paused", "off", "limiter", "store-error"],
)
def test_the_line_after_an_export_or_a_load(client: Any, line: str) -> None:
    assert spent_line(client) == line
