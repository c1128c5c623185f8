"""`make demo`: the daily job end to end over a real 127.0.0.1 socket (small here; 300,000 in the demo)."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import pytest

from optimove_client import demo
from optimove_client.testing import MockOptimove


def test_the_demo_job_exports_every_customer_of_an_action(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "customers.csv"
    assert demo.main(["--customers", "2000", "--page-size", "500", "--output", str(output)]) == 0
    printed = capsys.readouterr().out
    assert "Logged in as 'mock-user' (Login: 1 session)" in printed
    assert "Done: 2,000 records in 4 pages" in printed
    assert f"The CSV file is {output}" in printed
    with output.open(newline="") as file:
        rows = list(csv.DictReader(file))
    assert len(rows) == 2000
    assert list(rows[0]) == ["CustomerID", "ActionID", "ChannelID", "Alias", "Country"]  # the spec's columns
    assert len({row["CustomerID"] for row in rows}) == 2000


def test_the_demo_job_spends_the_fewest_calls(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Calls are the account's budget: the export in the largest pages (one here), and one
    GetActionsByTargetGroup per target group, however many of the day's campaigns share it."""
    mock = MockOptimove(customers=2000)
    first = mock.dataset.campaigns[1]
    mock.dataset.campaigns[99] = dataclasses.replace(first, campaign_id=99)  # the same target group, that day
    summary = demo.daily_job(mock, output=tmp_path / "customers.csv")
    assert summary.records > 0 and summary.pages == 1
    assert dict(mock.calls.by_operation) == {
        "Login": 1,
        "GetLastDataUpdate": 1,
        "GetAllActions": 1,
        "GetExecutedCampaignDetails": 1,
        "GetActionsByTargetGroup": 1,
        "GetCustomersByAction": 1,
    }
    printed = capsys.readouterr().out
    assert "campaign 1 (" in printed and "campaign 99 (" in printed
    assert "(200,000 per page)" in printed
