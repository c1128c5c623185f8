"""`make demo`: the daily job end to end over a real 127.0.0.1 socket (small here; 300,000 in the demo)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from optimove_client import demo


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
