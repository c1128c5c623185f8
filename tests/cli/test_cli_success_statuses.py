"""The CLI's export meets an answer the function does not document (a proxy's 204, a gateway's 302) on page 3:
it fails with the exit code of an unexpected answer, keeps its whole pages and its resume state."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from optimove_client import Optimove
from optimove_client.cli.resume import state_path
from optimove_client.testing import MOCK_BASE_URL, MockOptimove
from tests.cli.conftest import RunCli

FUNCTION = "GetCustomersByAction"
PULL = {"recipient_group_id": 1, "action_id": 12, "date": datetime.date(2024, 6, 30)}


@pytest.mark.parametrize("status", [204, 302])
def test_the_cli_export_fails_on_it_and_resumes_after_it(
    run_cli: RunCli, mock: MockOptimove, tmp_path: Path, status: int
) -> None:
    """What the daily job met: exit 0 with part of the records and no resume state. Now: the exit code of
    an unexpected answer, whole pages kept, and --resume completes the file."""
    output = tmp_path / "customers.csv"
    export = (
        "call", FUNCTION, "-p", "RecipientGroupID=1", "-p", "ActionID=12", "-p", "Date=2024-06-30",
        "--all-pages", "--page-size", "150", "--output", str(output),
    )  # fmt: skip
    mock.faults.fail(status, operation=FUNCTION, nth=3, times=100)
    failed = run_cli(*export)
    assert failed.code == 1, failed.err
    assert f"HTTP {status}" in failed.err and "--resume" in failed.err
    assert state_path(output).exists()
    assert len(output.read_text(encoding="utf-8").splitlines()) == 1 + 300  # the header, 2 whole pages
    mock.faults.clear()
    resumed = run_cli(*export, "--resume")
    assert resumed.code == 0, resumed.err
    with Optimove(api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=mock.transport()) as opt:
        wanted = [row.customer_id for row in opt.customers.get_customers_by_action.iter(**PULL)]
    lines = output.read_text(encoding="utf-8").splitlines()[1:]
    assert [line.split(",", 1)[0] for line in lines] == wanted
    assert not state_path(output).exists()
