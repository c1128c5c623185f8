"""The line that ends an export to a file and a load: the calls the run spent, and those left in the
tightest window of the account's budget (read from the store: no call, no slot)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from optimove_client._transport.budget_report import BudgetReport, duration
from optimove_client.errors import StoreError

if TYPE_CHECKING:
    from optimove_client import Optimove


def spent_line(client: Optimove) -> str:
    """The last line of an export or a load: the calls this run sent (Logins and retries included), and
    those left in the tightest window of the budget. A store that cannot be read now fails no run."""
    try:
        report = client.budget()
    except StoreError as error:
        return f"budget: calls spent and left unknown: {error}"
    spent = f"budget: {report.spent:,} call{'s' if report.spent != 1 else ''} spent by this run"
    return f"{spent}; {_left(report)}"


def _left(report: BudgetReport) -> str:
    tightest = report.tightest
    if tightest is None:
        return "no call budget counted" if report.limiter is None else f"a custom limiter: {report.limiter}"
    left = f"{tightest.left:,} left of {tightest.calls:,} per {tightest.period:g} s"
    if report.paused_for > 0:
        return f"{left}, every call paused for {duration(report.paused_for)} (a 429)"
    return f"{left} (a slot frees in {duration(tightest.frees_in)})" if not tightest.left else left
