"""`make demo`: the daily job, end to end, against the bundled mock Optimove on 127.0.0.1.

1. Serve the mock on a free port of 127.0.0.1 (a real socket; nothing leaves the machine), 300,000 customers.
2. Log in with a user name and password (the Login flow; an API key needs no login at all).
3. Read the last data update, list the actions, and the campaigns executed that day with their actions.
4. Export every customer of one campaign action with two customer attributes to a CSV file, page by page,
   with the progress display of `optimove call --all-pages` (the same code), and print a summary.

Every call counts against the account's budget (2,000 an hour), so the job makes the fewest it can: the
largest pages the function takes (two for 300,000 records), and one GetActionsByTargetGroup per target
group of the day's campaigns, however many campaigns share it (bench/calls.py holds it to that).

GetCustomersByAction is the export: on the mock, each action of the campaign executed on the last data date
targets every customer, so one action gives the full 300,000 records. Against a real account the same job
is the three lines shown in the README, with server= and an API key.
"""

from __future__ import annotations

import argparse
import datetime
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from optimove_client import Optimove
from optimove_client.cli.export import ExportJob, ExportSummary
from optimove_client.cli.progress import ProgressDisplay
from optimove_client.testing import DEFAULT_PASSWORD, DEFAULT_USERNAME, MockOptimove
from optimove_client.testing.serve import MockServer

CUSTOMERS = 300_000
ATTRIBUTES = ("Alias", "Country")


def _options(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m optimove_client.demo", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--customers", type=int, default=CUSTOMERS)
    parser.add_argument("--page-size", type=int, help="records per call (default: the largest it takes)")
    parser.add_argument("--output", type=Path, help="the CSV file (default: in the temporary directory)")
    return parser.parse_args(argv)


def _step(text: str) -> None:
    print(text, flush=True)


def _choose_action(opt: Optimove, day: datetime.date) -> tuple[int, int, int]:
    """(campaign, recipient group, action) of the first campaign executed on `day` that has actions."""
    names = {action.action_id: action.action_name for action in opt.actions.get_all_actions()}
    _step(f"   {len(names)} actions defined")
    campaigns = opt.actions.get_executed_campaign_details(date=day)
    _step(f"   {len(campaigns)} campaign(s) executed on {day}:")
    chosen: tuple[int, int, int] | None = None
    # Campaigns of one target group share its actions of the day: one call per target group.
    by_group = {
        group: opt.actions.get_actions_by_target_group(target_group_id=group, date=day)
        for group in dict.fromkeys(campaign.target_group_id for campaign in campaigns)
    }
    for campaign in campaigns:
        groups = by_group[campaign.target_group_id]
        described = ", ".join(
            f"group {g.recipient_group_id}: {g.action_id} {names.get(g.action_id, '?')!r}" for g in groups
        )
        _step(
            f"   - campaign {campaign.campaign_id} ({campaign.campaign_type}, target group "
            f"{campaign.target_group_id}): {described or 'no actions'}"
        )
        if chosen is None and groups:
            chosen = (campaign.campaign_id, groups[0].recipient_group_id, groups[0].action_id)
    if chosen is None:
        raise SystemExit(f"no campaign with actions on {day}")
    return chosen


def _export(
    opt: Optimove,
    *,
    day: datetime.date,
    recipient_group_id: int,
    action_id: int,
    output: Path,
    page_size: int | None,
) -> ExportSummary:
    job = ExportJob(
        entry=opt.customers.get_customers_by_action,
        arguments={
            "recipient_group_id": recipient_group_id,
            "action_id": action_id,
            "date": day,
            "attributes": list(ATTRIBUTES),
        },
        format="csv",
        output=output,
        stdout=sys.stdout,
        identity={"function": "GetCustomersByAction", "demo": True},
        page_size=page_size,
    )
    # A bar redrawn in place on a terminal; a line per page when the output goes to a log.
    progress = ProgressDisplay(sys.stderr, "bar" if sys.stderr.isatty() else "lines", label="   export")
    return job.run(progress)


def daily_job(mock: MockOptimove, *, output: Path, page_size: int | None = None) -> ExportSummary:
    """The job against `mock`, served on a free port of 127.0.0.1, step by step on standard output."""
    with MockServer(mock) as server:
        _step(f"1. Mock Optimove serving {mock.dataset.customer_count:,} customers on {server.base_url}")
        user, password = DEFAULT_USERNAME, DEFAULT_PASSWORD
        # The mock's account ends with the mock: its session and budget stay in this process, not in the
        # store file that the user's real runs share (a job against Optimove leaves store= unset).
        with Optimove(username=user, password=password, base_url=server.base_url, store="memory://") as opt:
            day = opt.general.get_last_data_update()  # the first call logs in
            if day is None:
                raise SystemExit("GetLastDataUpdate gave no date")
            _step(f"2. Logged in as {DEFAULT_USERNAME!r} (Login: {mock.logins.succeeded} session)")
            _step(f"3. Last data update: {day}")
            campaign, group, action = _choose_action(opt, day)
            export = opt.customers.get_customers_by_action
            paging = export.operation.paging
            size = page_size or (paging.max_page_size if paging is not None else 0)
            _step(
                f"4. Exporting every customer of campaign {campaign}, recipient group {group}, "
                f"action {action} with {' and '.join(ATTRIBUTES)} ({size:,} per page)"
            )
            summary = _export(
                opt, day=day, recipient_group_id=group, action_id=action, output=output, page_size=page_size
            )
    rate = summary.records / summary.seconds if summary.seconds else 0.0
    _step(
        f"Done: {summary.records:,} records in {summary.pages} pages, {summary.seconds:.1f}s "
        f"({rate:,.0f} records/s); {mock.calls.total} calls to the mock."
    )
    _step(f"The CSV file is {output}")
    _step(
        "The same export from a shell: optimove call GetCustomersByAction -p RecipientGroupID="
        f"{group} -p ActionID={action} -p Date={day} --attributes {','.join(ATTRIBUTES)} --all-pages "
        f"--output customers.csv"
    )
    return summary


def main(argv: Sequence[str] | None = None) -> int:
    options = _options(argv)
    output = options.output or Path(tempfile.gettempdir()) / "optimove-demo" / "customers.csv"
    output.parent.mkdir(parents=True, exist_ok=True)
    daily_job(MockOptimove(customers=options.customers), output=output, page_size=options.page_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
