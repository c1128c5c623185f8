"""Calls spent against the fewest the API allows, for four jobs (issue 27).

An account has 2,000 calls an hour (and 50 in 10 s) for all its jobs together, and the client decodes about
2 million records a second: calls, not CPU, are what users run out of. Each job is held to the fewest calls
that can fetch what it fetched (bench/README.md says how each is counted, and why):

- a pull of `records` rows (GetCustomersByAction, 3 attributes) at the client's default page size, from
  bench/server.py, which counts the calls it answers (GET /bench/calls);
- the demo's daily job (optimove_client.demo.daily_job) against the mock served on 127.0.0.1;
- a dlt load of one new date with load_by_date (what `optimove load` and the Airflow operator run), against
  the served mock, into DuckDB; then the same load with nothing new.

The mock's jobs run in one child process, `python -m bench.calls jobs --demo-customers N --dlt-customers M`,
which prints one JSON line; the mock counts their calls by function.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import dataclasses
import datetime
import json
import os
import sys
import tempfile
import urllib.request
from pathlib import Path
from typing import Any

from bench.children import candidate_argv, progress, run_child
from bench.server import CALLS_PATH, FUNCTION_PATH

TARGET = 1.0
OLD_PAGE_SIZE = 50_000  # the default page size before issue 27, for the INFO line


def largest_page(function: str) -> int:
    """The largest page the spec lets a call of `function` ask for."""
    from optimove_generated import operations  # noqa: PLC0415 (the generated facts; only here)

    operation = next(each for each in operations.OPERATIONS if each.operation_id == function)
    if operation.paging is None:
        raise ValueError(f"{function} does not page")
    return operation.paging.max_page_size


def calls_of_pull(rows: int, page: int) -> int:
    """Calls of a pull of `rows` rows in pages of `page`, for a client that is not told the count: it ends
    at the first short page, so a pull whose last page is full needs one more call (an empty page)."""
    return rows // page + 1


@dataclasses.dataclass
class Job:
    label: str
    spent: dict[str, int]  # calls by function
    fewest: dict[str, int]
    info: list[str] = dataclasses.field(default_factory=list)

    @property
    def ratio(self) -> float:
        return sum(self.spent.values()) / sum(self.fewest.values())

    def by_function(self) -> str:
        """Each function's calls, and its fewest where they differ."""
        said = []
        for name in dict.fromkeys([*self.fewest, *self.spent]):
            spent, fewest = self.spent.get(name, 0), self.fewest.get(name, 0)
            said.append(f"{name} {spent}" + ("" if spent == fewest else f" (fewest {fewest})"))
        return ", ".join(said)


@dataclasses.dataclass
class CallsResults:
    jobs: list[Job] = dataclasses.field(default_factory=list)
    error: str | None = None


# The parent: the pull through the bench server, and the jobs' child ------------------------------------


def _answered(url: str) -> collections.Counter[str]:
    with urllib.request.urlopen(url + CALLS_PATH, timeout=10) as answer:  # noqa: S310 (our 127.0.0.1 server)
        return collections.Counter(json.loads(answer.read()))


def _pull(url: str, records: int) -> Job:
    page = largest_page("GetCustomersByAction")
    before = _answered(url)
    _result, rss = run_child(candidate_argv("pull", "ours", url, records=records, page_size=0))
    spent = (_answered(url) - before)[FUNCTION_PATH.lower()]
    fewest = calls_of_pull(records, page)
    full, rest = divmod(records, page)
    ending = "the empty page that ends them" if not rest else f"a short page of {rest:,}"
    info = [
        f"{full} full page{'s' if full != 1 else ''} of {page:,} and {ending}: Optimove sends no total, so "
        f"no client can tell a full last page from one with more after it without asking (given the count, "
        f"max_items={records:,} stops after {-(-records // page)}); pages of {OLD_PAGE_SIZE:,}, the former "
        f"default, take {calls_of_pull(records, OLD_PAGE_SIZE)}; the pull peaked at {rss:.0f} MiB",
    ]
    label = f"pull of {records:,} records at the default page size"
    return Job(label, {"GetCustomersByAction": spent}, {"GetCustomersByAction": fewest}, info)


def run_calls(url: str, records: int, demo_customers: int, dlt_customers: int) -> CallsResults:
    results = CallsResults()
    try:
        progress(f"calls spent: a pull of {records:,} records at the default page size")
        results.jobs.append(_pull(url, records))
        progress("calls spent: the demo's daily job, a dlt load of one new date, a dlt run with nothing new")
        argv = [sys.executable, "-m", "bench.calls", "jobs", "--demo-customers", str(demo_customers)]
        found, _rss = run_child([*argv, "--dlt-customers", str(dlt_customers)])
        for entry in found.values():
            assert isinstance(entry, dict)
            results.jobs.append(Job(entry["label"], entry["spent"], entry["fewest"], entry["info"]))
    except (RuntimeError, OSError) as error:
        results.error = str(error)
    return results


def rows(results: CallsResults) -> list[str]:
    """The table: | job | calls spent | the fewest the API allows | spent / fewest | by function |"""
    head = [
        "| job | calls spent | the fewest the API allows | spent / fewest | calls by function |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    return head + [
        f"| {job.label} | {sum(job.spent.values())} | {sum(job.fewest.values())} | {job.ratio:.2f} | "
        f"{job.by_function()} |"
        for job in results.jobs
    ]


def verdicts(results: CallsResults) -> list[str]:
    if results.error is not None:
        return [f"FAIL  calls spent / fewest: {results.error}"]
    out = []
    for job in results.jobs:
        # Below 1.00 a call the job needs was not made: as wrong as one made twice.
        verdict = "PASS" if job.spent == job.fewest else "FAIL"
        spent, fewest = sum(job.spent.values()), sum(job.fewest.values())
        out.append(
            f"{verdict}  calls spent / fewest, {job.label}: {job.ratio:.2f} ({spent} / {fewest}; "
            f"target {TARGET:.2f})"
        )
        figures = ([job.by_function()] if len(job.fewest) > 1 else []) + job.info
        out += [f"INFO  {job.label}: {line}" for line in figures]
    return out


# The child: the demo and the dlt load against the served mock ------------------------------------------


def _demo(customers: int) -> dict[str, Any]:
    from optimove_client import demo  # noqa: PLC0415
    from optimove_client.testing import MockOptimove  # noqa: PLC0415

    mock = MockOptimove(customers=customers)
    with tempfile.TemporaryDirectory() as folder, contextlib.redirect_stdout(sys.stderr):
        summary = demo.daily_job(mock, output=Path(folder) / "customers.csv")
    day = mock.dataset.last_data_update
    groups = {each.target_group_id for each in mock.dataset.campaigns.values() if each.execution_date == day}
    page = largest_page("GetCustomersByAction")
    fewest = {
        "Login": 1,  # the demo signs in with a user name and password
        "GetLastDataUpdate": 1,
        "GetAllActions": 1,  # the names it prints
        "GetExecutedCampaignDetails": 1,
        "GetActionsByTargetGroup": len(groups),
        "GetCustomersByAction": calls_of_pull(summary.records, page),
    }
    info = [
        f"{summary.records:,} records exported in pages of {page:,}; {len(groups)} target group(s) on {day}"
    ]
    label = f"the demo's daily job ({customers:,} customers)"
    return {"label": label, "spent": dict(mock.calls.by_operation), "fewest": fewest, "info": info}


def _fewest_for_date(pipeline: Any, day: datetime.date) -> dict[str, int]:
    """The fewest calls that fetch what the warehouse holds of `day`: GetLastDataUpdate, each reference
    list, and for the date its campaigns, each campaign's details, each target group's actions and each
    action's customers in the largest pages."""
    from optimove_client.dlt import TABLES  # noqa: PLC0415

    function = {table.name: table.function for table in TABLES}
    fewest = {function["loaded_dates"]: 1}
    fewest |= {table.function: 1 for table in TABLES if not table.per_date}
    on_day = f"execution_date = DATE '{day.isoformat()}'"
    with pipeline.sql_client() as client:
        ((campaigns, groups),) = client.execute_sql(
            f"SELECT count(DISTINCT campaign_id), count(DISTINCT target_group_id) FROM executed_campaigns "  # noqa: S608
            f"WHERE {on_day}"
        )
        actions = client.execute_sql(
            f"SELECT DISTINCT recipient_group_id, action_id FROM target_group_actions WHERE {on_day}"  # noqa: S608
        )
        customers = dict(
            ((group, action), count)
            for group, action, count in client.execute_sql(
                "SELECT recipient_group_id, action_id, count(*) FROM action_customers "  # noqa: S608
                f"WHERE {on_day} GROUP BY 1, 2"
            )
        )
    page = largest_page(function["action_customers"])
    fewest[function["executed_campaigns"]] = 1
    fewest[function["campaign_details"]] = campaigns
    fewest[function["target_group_actions"]] = groups
    fewest[function["action_customers"]] = sum(
        calls_of_pull(customers.get((group, action), 0), page) for group, action in actions
    )
    return fewest


def _dlt(customers: int, folder: Path) -> list[dict[str, Any]]:
    os.environ["RUNTIME__DLTHUB_TELEMETRY"] = "false"
    os.environ["DLT_DATA_DIR"] = str(folder / "dlt")
    import dlt  # noqa: PLC0415

    from optimove_client import Optimove, RateLimit  # noqa: PLC0415
    from optimove_client.dlt import load_by_date  # noqa: PLC0415
    from optimove_client.testing import MockOptimove  # noqa: PLC0415
    from optimove_client.testing.serve import MockServer  # noqa: PLC0415

    mock = MockOptimove(customers=customers, rate_limits=())
    new = mock.dataset.last_data_update
    mock.dataset.last_data_update = new - datetime.timedelta(days=1)
    pipeline = dlt.pipeline(
        pipeline_name="bench_calls",
        destination=dlt.destinations.duckdb(str(folder / "warehouse.duckdb")),
        dataset_name="optimove",
        pipelines_dir=str(folder / "pipelines"),
    )
    load = {"start_date": mock.dataset.last_data_update, "attributes": ["Alias", "Country"]}
    limit = RateLimit(1_000_000, 3600)  # nothing waits: what is counted is calls, not time
    with (
        MockServer(mock) as server,
        Optimove(
            api_key=mock.api_key, base_url=server.base_url, store="memory://", rate_limit=limit, environ={}
        ) as opt,
    ):
        load_by_date(pipeline, client=opt, **load)  # the day before: the pipeline's state so far
        mock.dataset.last_data_update = new
        before = collections.Counter(mock.calls.by_operation)
        loaded = load_by_date(pipeline, client=opt, **load)
        spent_new = collections.Counter(mock.calls.by_operation) - before
        before = collections.Counter(mock.calls.by_operation)
        again = load_by_date(pipeline, client=opt, **load)
        spent_nothing = collections.Counter(mock.calls.by_operation) - before
    if [each.date for each in loaded] != [new] or again:
        took = [each.date.isoformat() for each in loaded]
        raise RuntimeError(f"the loads took {took} then {len(again)} date(s), not {new} then none")
    rows = loaded[0].rows
    info = [
        f"{rows.get('executed_campaigns', 0)} campaign(s), {rows.get('target_group_actions', 0)} action(s), "
        f"{rows.get('action_customers', 0):,} customers loaded ({customers:,} in the mock); the reference "
        "lists are fetched with a new date"
    ]
    return [
        {
            "label": f"a dlt load of one new date ({customers:,} customers)",
            "spent": dict(spent_new),
            "fewest": _fewest_for_date(pipeline, new),
            "info": info,
        },
        {
            "label": "a dlt run with nothing new",
            "spent": dict(spent_nothing),
            "fewest": {"GetLastDataUpdate": 1},
            "info": ["the reference lists were fetched today: only GetLastDataUpdate is needed"],
        },
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.calls")
    parser.add_argument("scenario", choices=("jobs",))
    parser.add_argument("--demo-customers", type=int, default=300_000)
    parser.add_argument("--dlt-customers", type=int, default=250_000)
    args = parser.parse_args(argv)
    found = {"demo": _demo(args.demo_customers)}
    with tempfile.TemporaryDirectory(prefix="optimove-bench-calls-") as folder:
        new, nothing = _dlt(args.dlt_customers, Path(folder))
    found |= {"dlt-new": new, "dlt-nothing": nothing}
    print(json.dumps(found))


if __name__ == "__main__":
    main()
