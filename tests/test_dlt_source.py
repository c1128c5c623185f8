"""The dlt source (optimove_client.dlt) against the bundled mock, loaded into DuckDB in a temporary folder.

What is loaded is compared with what the client's own calls and iterators return for the same dates, table
by table and row by row; the calls of each run are counted by the mock, function by function.
"""

from __future__ import annotations

import datetime
from collections import Counter
from pathlib import Path
from typing import Any

import dlt
import pytest

from optimove_client import ConfigurationError, Optimove, RateLimit, ServerError
from optimove_client.dlt import (
    PER_DATE,
    TABLES,
    DataNotReadyError,
    DateLoadError,
    load_by_date,
    optimove_source,
)
from optimove_client.testing import MOCK_BASE_URL, ManualClock, MockOptimove

LAST_UPDATE = datetime.date(2024, 6, 30)  # the mock's
START = datetime.date(2024, 6, 26)
ATTRIBUTES = ("Alias", "Country")
CHANGED = ("Country",)
REFERENCE_CALLS = Counter(
    {
        "GetAllActions": 1,
        "GetTargetGroupDetails": 1,
        "GetLifecycleStageList": 1,
        "GetMicrosegmentList": 1,
        "GetValueSegments": 1,
        "GetCustomerAttributeList": 1,
        "GetExecutionChannels": 1,
    }
)


@pytest.fixture(autouse=True)
def _dlt_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """dlt keeps nothing outside the test's folder, and sends no telemetry."""
    monkeypatch.setenv("RUNTIME__DLTHUB_TELEMETRY", "false")
    monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt"))


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(start=1_000.0)


@pytest.fixture
def mock(clock: ManualClock) -> MockOptimove:
    """30 customers; its last data update a day before the mock's own, until a test moves it on."""
    mock = MockOptimove(customers=30, clock=clock)
    move_last_update(mock, LAST_UPDATE - datetime.timedelta(days=1))
    return mock


def move_last_update(mock: MockOptimove, day: datetime.date) -> None:
    """What GetLastDataUpdate answers, and the newest date the mock has customers for."""
    mock.dataset.last_data_update = day


def settings(mock: MockOptimove, clock: ManualClock, **more: Any) -> dict[str, Any]:
    """Optimove(...)'s keyword arguments for the mock, in-process, on the test's clock."""
    return {
        "api_key": mock.api_key,
        "base_url": MOCK_BASE_URL,
        "transport": mock.transport(),
        "clock": clock,
        "environ": {},
        **more,
    }


def make_pipeline(tmp_path: Path, name: str = "optimove") -> dlt.Pipeline:
    return dlt.pipeline(
        pipeline_name=name,
        destination=dlt.destinations.duckdb(str(tmp_path / "warehouse.duckdb")),
        dataset_name="optimove",
        pipelines_dir=str(tmp_path / "pipelines"),
    )


def days(first: datetime.date, last: datetime.date) -> list[datetime.date]:
    return [first + datetime.timedelta(days=n) for n in range((last - first).days + 1)]


class Expected:
    """What the client itself returns for the dates: the rows of each per-date table (as the warehouse
    should hold them) and the calls the source needs for them."""

    def __init__(self, opt: Optimove, dates: list[datetime.date]) -> None:
        self.rows: dict[str, set[tuple[Any, ...]]] = {name: set() for name in PER_DATE}
        self.calls: Counter[str] = Counter({"GetLastDataUpdate": 1})
        self.pulls: dict[datetime.date, list[tuple[int, int]]] = {}
        campaigns: set[int] = set()
        for day in dates:
            self.rows["loaded_dates"].add((day,))
            self.calls["GetExecutedCampaignDetails"] += 1
            executed = opt.actions.get_executed_campaign_details(date=day)
            for campaign in executed:
                self.rows["executed_campaigns"].add((day, campaign.campaign_id))
                if campaign.campaign_id not in campaigns:
                    campaigns.add(campaign.campaign_id)
                    self.calls["GetCampaignDetails"] += 1
                    self.rows["campaign_details"].add((campaign.campaign_id,))
            pulls: dict[tuple[int, int], None] = {}
            for group in dict.fromkeys(campaign.target_group_id for campaign in executed):
                self.calls["GetActionsByTargetGroup"] += 1
                for action in opt.actions.get_actions_by_target_group(target_group_id=group, date=day):
                    self.rows["target_group_actions"].add(
                        (day, group, action.recipient_group_id, action.action_id)
                    )
                    pulls[action.recipient_group_id, action.action_id] = None
            self.pulls[day] = list(pulls)
            for recipient_group, action_id in pulls:
                self.calls["GetCustomersByAction"] += 1  # fewer customers than a page: one call each
                for row in opt.customers.get_customers_by_action.iter(
                    recipient_group_id=recipient_group, action_id=action_id, date=day, attributes=ATTRIBUTES
                ):
                    assert row.attributes is not None
                    self.rows["action_customers"].add(
                        (day, recipient_group, action_id, row.customer_id, *row.attributes.values())
                    )
            for name in CHANGED:
                self.calls["GetCustomerAttributeChangers"] += 1
                for changer in opt.customers.get_customer_attribute_changers.iter(
                    changed_customer_attributes=name, start_date=day, end_date=day, attributes=ATTRIBUTES
                ):
                    self.rows["attribute_changers"].add(
                        (day, name, changer.customer_id, changer.final_customer_attribute)
                    )

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.rows.items() if rows}


QUERIES = {
    "loaded_dates": "SELECT date FROM loaded_dates",
    "executed_campaigns": "SELECT execution_date, campaign_id FROM executed_campaigns",
    "campaign_details": "SELECT campaign_id FROM campaign_details",
    "target_group_actions": "SELECT execution_date, target_group_id, recipient_group_id, action_id "
    "FROM target_group_actions",
    "action_customers": "SELECT execution_date, recipient_group_id, action_id, customer_id, alias, country "
    "FROM action_customers",
    "attribute_changers": "SELECT change_date, changed_attribute, customer_id, final_customer_attribute "
    "FROM attribute_changers",
}


def warehouse(pipeline: dlt.Pipeline) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of each per-date table (a list: a duplicate would show), [] for a table not made yet."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    with pipeline.sql_client() as client:
        tables = {row[0] for row in client.execute_sql(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'optimove'"
        )}  # fmt: skip
        for name, query in QUERIES.items():
            found[name] = [tuple(row) for row in client.execute_sql(query)] if name in tables else []
    return found


def as_sets(rows: dict[str, list[tuple[Any, ...]]]) -> dict[str, set[tuple[Any, ...]]]:
    for name, table in rows.items():
        assert len(table) == len(set(table)), f"{name} has duplicate rows"
    return {name: set(table) for name, table in rows.items()}


def loaded_now(pipeline: dlt.Pipeline) -> dict[str, int]:
    """The rows of each table that the pipeline's last run loaded."""
    trace = pipeline.last_trace
    assert trace is not None and trace.last_normalize_info is not None
    return {
        name: n for name, n in trace.last_normalize_info.row_counts.items() if not name.startswith("_dlt")
    }


def cursor(pipeline: dlt.Pipeline) -> str | None:
    state: Any = pipeline.state
    return (
        state.get("sources", {})
        .get("optimove", {})
        .get("resources", {})
        .get("loaded_dates", {})
        .get("last_date")
    )


def calls_of(mock: MockOptimove, before: Counter[str]) -> Counter[str]:
    return Counter(mock.calls.by_operation) - before


def source(mock: MockOptimove, clock: ManualClock, **more: Any) -> Any:
    return optimove_source(
        start_date=START, attributes=ATTRIBUTES, changed_attributes=CHANGED, **settings(mock, clock), **more
    )


def test_the_first_run_loads_every_date_up_to_the_last_data_update(
    mock: MockOptimove, clock: ManualClock, tmp_path: Path
) -> None:
    pipeline = make_pipeline(tmp_path)
    pipeline.run(source(mock, clock))
    calls = calls_of(mock, Counter())

    with Optimove(**settings(mock, clock)) as opt:
        expected = Expected(opt, days(START, datetime.date(2024, 6, 29)))
        reference = {
            "actions": len(opt.actions.get_all_actions()),
            "target_groups": len(opt.target_groups.get_target_group_details()),
            "lifecycle_stages": len(opt.model.get_lifecycle_stage_list()),
            "microsegments": len(opt.model.get_microsegment_list()),
            "value_segments": len(opt.value_segments.get_value_segments()),
            "customer_attribute_list": len(opt.model.get_customer_attribute_list()),
            "channels": len(opt.actions.get_execution_channels()),
        }
        actions = {(a.action_id, a.action_name) for a in opt.actions.get_all_actions()}
    assert as_sets(warehouse(pipeline)) == expected.rows
    assert loaded_now(pipeline) == {**reference, **expected.counts()}
    assert expected.rows["action_customers"] and all(expected.rows.values())  # the mock has data each day
    assert calls == REFERENCE_CALLS + expected.calls  # nothing but what the tables need
    assert cursor(pipeline) == "2024-06-29"
    with pipeline.sql_client() as client:
        assert {
            tuple(row) for row in client.execute_sql("SELECT action_id, action_name FROM actions")
        } == actions
        types = {
            (table, name): (kind, nullable)
            for table, name, kind, nullable in client.execute_sql(
                "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
                "WHERE table_schema = 'optimove'"
            )
        }
    # From the spec: dates, integers, booleans, doubles, JSON for arrays, text attributes; keys not null.
    assert types[("action_customers", "execution_date")] == ("DATE", "NO")
    assert types[("action_customers", "customer_id")] == ("VARCHAR", "NO")
    assert types[("action_customers", "action_id")] == ("BIGINT", "NO")
    assert types[("action_customers", "channel_id")] == ("BIGINT", "YES")
    assert types[("action_customers", "alias")] == ("VARCHAR", "YES")
    assert types[("executed_campaigns", "is_recurrence")] == ("BOOLEAN", "NO")
    assert types[("campaign_details", "tags")] == ("JSON", "YES")
    assert types[("campaign_details", "test_group_size")] == ("BIGINT", "YES")
    assert types[("microsegments", "future_value")] == ("DOUBLE", "NO")
    assert types[("loaded_dates", "last_data_update")] == ("DATE", "NO")


def reference_rows(pipeline: dlt.Pipeline) -> dict[str, int]:
    with pipeline.sql_client() as client:
        return {
            name: client.execute_sql(f"SELECT count(*) FROM {name}")[0][0]  # noqa: S608 - our table names
            for name in REFERENCE_TABLES
        }


REFERENCE_TABLES = tuple(table.name for table in TABLES if not table.per_date)
DAY_SECONDS = 86_400.0


def test_the_next_run_loads_only_the_new_date_and_a_run_with_nothing_new_makes_one_call(
    mock: MockOptimove, clock: ManualClock, tmp_path: Path
) -> None:
    pipeline = make_pipeline(tmp_path)
    pipeline.run(source(mock, clock))
    before = Counter(mock.calls.by_operation)

    move_last_update(mock, LAST_UPDATE)
    pipeline.run(source(mock, clock))
    second = calls_of(mock, before)
    with Optimove(**settings(mock, clock)) as opt:
        new = Expected(opt, [LAST_UPDATE])
        everything = Expected(opt, days(START, LAST_UPDATE))
    loaded = loaded_now(pipeline)
    assert {name: loaded[name] for name in PER_DATE if name in loaded} == new.counts()
    assert loaded["loaded_dates"] == 1
    assert second == REFERENCE_CALLS + new.calls
    assert as_sets(warehouse(pipeline)) == everything.rows
    assert cursor(pipeline) == "2024-06-30"

    references = reference_rows(pipeline)
    assert all(references.values())
    before = Counter(mock.calls.by_operation)
    pipeline.run(source(mock, clock))
    third = calls_of(mock, before)
    # The reference tables were fetched today, with the last date: GetLastDataUpdate is the only call.
    assert third == Counter({"GetLastDataUpdate": 1})
    assert not set(loaded_now(pipeline)) & set(PER_DATE)
    assert as_sets(warehouse(pipeline)) == everything.rows
    assert reference_rows(pipeline) == references  # left as they were, not emptied


def test_the_reference_tables_are_fetched_again_on_the_first_run_of_a_day(
    mock: MockOptimove, clock: ManualClock, tmp_path: Path
) -> None:
    """With nothing new, a reference table is fetched once a day (UTC, on the client's clock): an action
    created since the last fetch is in the table from the first run of the next day on."""
    pipeline = make_pipeline(tmp_path)
    pipeline.run(source(mock, clock))
    mock.dataset.actions[99] = "Created today 99"

    before = Counter(mock.calls.by_operation)
    pipeline.run(source(mock, clock))
    assert calls_of(mock, before) == Counter({"GetLastDataUpdate": 1})
    assert reference_rows(pipeline)["actions"] == len(mock.dataset.actions) - 1

    clock.advance(DAY_SECONDS)
    before = Counter(mock.calls.by_operation)
    pipeline.run(source(mock, clock))
    assert calls_of(mock, before) == REFERENCE_CALLS + Counter({"GetLastDataUpdate": 1})
    assert reference_rows(pipeline)["actions"] == len(mock.dataset.actions)
    before = Counter(mock.calls.by_operation)
    pipeline.run(source(mock, clock))  # the same day again
    assert calls_of(mock, before) == Counter({"GetLastDataUpdate": 1})


def test_a_failed_run_does_not_count_as_a_fetch_of_the_reference_tables(
    mock: MockOptimove, clock: ManualClock, tmp_path: Path
) -> None:
    """A run that fetched the reference tables and then failed committed nothing, not even the day it
    fetched them: the next run of that day fetches them again."""
    pipeline = make_pipeline(tmp_path)
    pipeline.run(source(mock, clock))
    clock.advance(DAY_SECONDS)
    move_last_update(mock, LAST_UPDATE)
    mock.faults.fail(503, operation="GetCustomersByAction", times=10)
    before = Counter(mock.calls.by_operation)
    with pytest.raises(Exception, match="503"):
        pipeline.run(source(mock, clock, max_retries=0))
    assert calls_of(mock, before)["GetAllActions"] == 1  # fetched before the failure
    mock.faults.clear()
    move_last_update(mock, LAST_UPDATE - datetime.timedelta(days=1))  # nothing new after all

    before = Counter(mock.calls.by_operation)
    pipeline.run(source(mock, clock))
    assert calls_of(mock, before) == REFERENCE_CALLS + Counter({"GetLastDataUpdate": 1})
    assert cursor(pipeline) == "2024-06-29"


def test_load_by_date_spends_each_call_once(mock: MockOptimove, clock: ManualClock, tmp_path: Path) -> None:
    """GetLastDataUpdate once per load (not once per date and once more to find none left), a campaign's
    details once however many of the dates it ran on, the reference tables with the first date: the calls
    of one run over every date. Then a new date, and nothing new: one call."""
    pipeline = make_pipeline(tmp_path)
    with Optimove(**settings(mock, clock)) as opt:
        load = {"start_date": START, "attributes": ATTRIBUTES, "changed_attributes": CHANGED}
        loads = load_by_date(pipeline, client=opt, **load)
        calls = calls_of(mock, Counter())
        expected = Expected(opt, days(START, datetime.date(2024, 6, 29)))
        assert [each.date for each in loads] == days(START, datetime.date(2024, 6, 29))
        assert calls == REFERENCE_CALLS + expected.calls

        move_last_update(mock, LAST_UPDATE)
        before = Counter(mock.calls.by_operation)
        assert [each.date for each in load_by_date(pipeline, client=opt, **load)] == [LAST_UPDATE]
        new_date = calls_of(mock, before)
        assert new_date == REFERENCE_CALLS + Expected(opt, [LAST_UPDATE]).calls

        before = Counter(mock.calls.by_operation)
        assert load_by_date(pipeline, client=opt, **load) == []
        assert calls_of(mock, before) == Counter({"GetLastDataUpdate": 1})
        everything = Expected(opt, days(START, LAST_UPDATE))
    assert as_sets(warehouse(pipeline)) == everything.rows


def test_a_failed_date_loads_nothing_of_it_and_the_next_run_completes_it(
    mock: MockOptimove, clock: ManualClock, tmp_path: Path
) -> None:
    with Optimove(**settings(mock, clock)) as opt:
        expected = Expected(opt, days(START, datetime.date(2024, 6, 29)))
    # A date after the first with two customer pulls or more: its second pull fails, after the first one's
    # rows were extracted.
    dates = list(expected.pulls)
    failing = next(day for day in dates[1:] if len(expected.pulls[day]) >= 2)
    earlier = dates[: dates.index(failing)]
    before = sum(len(expected.pulls[day]) for day in earlier)
    pipeline = make_pipeline(tmp_path)
    with Optimove(**settings(mock, clock, max_retries=0)) as opt:
        counted = mock.calls.by_operation["GetCustomersByAction"]
        mock.faults.fail(503, operation="GetCustomersByAction", nth=before + 2)
        with pytest.raises(DateLoadError) as stopped:
            load_by_date(
                pipeline, client=opt, start_date=START, attributes=ATTRIBUTES, changed_attributes=CHANGED
            )
        assert mock.calls.by_operation["GetCustomersByAction"] - counted == before + 2
        assert stopped.value.date == failing
        assert [load.date for load in stopped.value.loaded] == earlier
        assert isinstance(stopped.value.error, ServerError)
        assert cursor(pipeline) == (failing - datetime.timedelta(days=1)).isoformat()
        partial = as_sets(warehouse(pipeline))
        assert partial["loaded_dates"] == {(day,) for day in earlier}
        for name in ("executed_campaigns", "target_group_actions", "action_customers", "attribute_changers"):
            # The dates before it, whole; nothing of the failed date, though some of its rows were extracted.
            assert partial[name] == {row for row in expected.rows[name] if row[0] < failing}, name

        loads = load_by_date(
            pipeline, client=opt, start_date=START, attributes=ATTRIBUTES, changed_attributes=CHANGED
        )
    assert [load.date for load in loads] == dates[dates.index(failing) :]
    assert sum(load.customers for load in loads) == len(
        [row for row in expected.rows["action_customers"] if row[0] >= failing]
    )
    assert as_sets(warehouse(pipeline)) == expected.rows  # complete, and no row twice


def test_a_package_left_unloaded_is_loaded_before_the_next_dates(
    mock: MockOptimove, clock: ManualClock, tmp_path: Path
) -> None:
    """A run stopped after its extract (killed, or the destination down) left its load package: load_by_date
    loads it first, then goes on from the date after it."""
    pipeline = make_pipeline(tmp_path)
    pipeline.run(source(mock, clock, max_dates=1))
    pipeline.extract(source(mock, clock, max_dates=1))  # the second date, extracted and never loaded
    assert pipeline.has_pending_data
    with Optimove(**settings(mock, clock)) as opt:
        loads = load_by_date(
            pipeline, client=opt, start_date=START, attributes=ATTRIBUTES, changed_attributes=CHANGED
        )
        expected = Expected(opt, days(START, datetime.date(2024, 6, 29)))
    assert [load.date for load in loads] == days(
        START + datetime.timedelta(days=2), datetime.date(2024, 6, 29)
    )
    assert as_sets(warehouse(pipeline)) == expected.rows


def test_a_failed_run_commits_neither_rows_nor_state(
    mock: MockOptimove, clock: ManualClock, tmp_path: Path
) -> None:
    pipeline = make_pipeline(tmp_path)
    mock.faults.fail(503, operation="GetCustomersByAction", nth=3)
    with pytest.raises(Exception, match="503"):
        pipeline.run(source(mock, clock, max_retries=0))
    assert cursor(pipeline) is None
    assert not any(warehouse(pipeline).values())

    pipeline.run(source(mock, clock))  # from start_date again, every date
    with Optimove(**settings(mock, clock)) as opt:
        expected = Expected(opt, days(START, datetime.date(2024, 6, 29)))
    assert as_sets(warehouse(pipeline)) == expected.rows


def test_a_date_loaded_again_replaces_its_rows(
    mock: MockOptimove, clock: ManualClock, tmp_path: Path
) -> None:
    """Another pipeline (its own state) into the same dataset loads the same dates again: merged on the
    primary keys, the tables hold each row once."""
    first = make_pipeline(tmp_path)
    first.run(source(mock, clock))
    rows = warehouse(first)
    again = make_pipeline(tmp_path, name="again")
    again.run(source(mock, clock))
    assert loaded_now(again)["action_customers"] == len(rows["action_customers"])
    assert warehouse(again) == warehouse(first)
    assert as_sets(warehouse(again)) == as_sets(rows)


def test_a_run_keeps_to_the_budget_it_shares_through_the_store(tmp_path: Path, clock: ManualClock) -> None:
    """The mock allows 10 calls a minute; another client of the account spent 6 of them. The source, on the
    same SQLite store, makes 4 and then waits for the window, and is never refused (no 429)."""
    mock = MockOptimove(customers=30, clock=clock, rate_limits=((10, 60.0),))
    move_last_update(mock, datetime.date(2024, 6, 29))
    shared = {"store": f"sqlite:///{tmp_path / 'account.sqlite'}", "rate_limit": RateLimit(10, 60)}
    with Optimove(**settings(mock, clock, **shared)) as other:
        for _ in range(6):
            other.general.get_last_data_update()
    pipeline = make_pipeline(tmp_path)
    pipeline.run(source(mock, clock, **shared))

    assert mock.calls.rate_limited == 0
    arrivals = [arrival.at for arrival in mock.arrivals]
    assert len(arrivals) > 20  # the run needs more than two windows of calls
    assert arrivals[9] == arrivals[0] and arrivals[10] >= arrivals[0] + 60  # 6 + 4, then the next window
    assert all(sum(1 for at in arrivals if start <= at < start + 60) <= 10 for start in arrivals)
    assert cursor(pipeline) == "2024-06-29"


def test_the_source_takes_the_settings_or_a_client_and_checks_its_arguments(
    mock: MockOptimove, clock: ManualClock
) -> None:
    with Optimove(**settings(mock, clock)) as opt:
        made = optimove_source(start_date="2024-06-01", client=opt)
        assert set(made.resources) == {table.name for table in TABLES} - {"attribute_changers"}
        assert made.resources["action_customers"].write_disposition == "merge"
        assert made.resources["actions"].write_disposition == "replace"
        with pytest.raises(ConfigurationError, match="client= or the settings of one \\(api_key\\)"):
            optimove_source(start_date="2024-06-01", client=opt, api_key="x")
    for wrong, message in (
        ({"start_date": "June"}, "start_date must be a date, YYYY-MM-DD"),
        ({"start_date": "2024-06-02", "end_date": "2024-06-01"}, "end_date 2024-06-01 is before"),
        ({"start_date": "2024-06-01", "attributes": "Alias"}, "attributes must be a list"),
        ({"start_date": "2024-06-01", "attributes": ["A"] * 11}, "attributes must name 1 to 10"),
        ({"start_date": "2024-06-01", "attributes": ["ExecutionDate"]}, "the name of a column"),
        ({"start_date": "2024-06-01", "attributes": ["ChannelID"]}, "ChannelID has the name of a column"),
        ({"start_date": "2024-06-01", "changed_attributes": ["Country", "Country"]}, "twice"),
        ({"start_date": "2024-06-01", "changed_attributes": ["a;b"]}, "must not contain ';'"),
        ({"start_date": "2024-06-01", "page_size": 0}, "page_size must be 1 to 200,000"),
        ({"start_date": "2024-06-01", "max_dates": 0}, "max_dates must be at least 1"),
    ):
        with pytest.raises(ConfigurationError, match=message):
            optimove_source(**wrong, **settings(mock, clock))
    assert mock.calls.total == 0


def test_every_table_has_a_primary_key_and_its_disposition() -> None:
    with Optimove(api_key="k", base_url=MOCK_BASE_URL, environ={}) as opt:
        made = optimove_source(start_date="2024-06-01", changed_attributes=["Country"], client=opt)
    for table in TABLES:
        hints: Any = made.resources[table.name].compute_table_schema()
        keys = tuple(name for name, column in hints["columns"].items() if column.get("primary_key"))
        assert sorted(keys) == sorted(table.primary_key), table.name
        assert hints["write_disposition"] == ("merge" if table.per_date else "replace"), table.name


# optimove_source(cursor=False): exactly the dates from start_date to end_date, whatever was loaded before,
# the date cursor neither read nor moved (for an orchestrator's daily partitions, as the Dagster assets use
# it); a date Optimove has not finished fails the run, and nothing of the run is loaded.

DAY = datetime.timedelta(days=1)


def exact(mock: MockOptimove, clock: ManualClock, first: datetime.date, last: datetime.date) -> object:
    return optimove_source(
        start_date=first, end_date=last, cursor=False, attributes=ATTRIBUTES, changed_attributes=CHANGED,
        **settings(mock, clock),
    )  # fmt: skip


def test_exact_dates_load_in_any_order_again_and_leave_the_cursor_alone(
    mock: MockOptimove, clock: ManualClock, tmp_path: Path
) -> None:
    move_last_update(mock, LAST_UPDATE)
    pipeline = make_pipeline(tmp_path)
    late, early = LAST_UPDATE, LAST_UPDATE - 2 * DAY
    pipeline.run(exact(mock, clock, late, late))
    first_run = calls_of(mock, Counter())
    pipeline.run(exact(mock, clock, early, early))  # before the date loaded: no backfill needed
    with Optimove(**settings(mock, clock)) as opt:
        both = Expected(opt, [early, late])
        late_only = Expected(opt, [late])
    assert as_sets(warehouse(pipeline)) == both.rows
    assert first_run == REFERENCE_CALLS + late_only.calls  # GetLastDataUpdate once, and what the day needs
    assert cursor(pipeline) is None  # neither run moved the date cursor

    before = Counter(mock.calls.by_operation)
    pipeline.run(exact(mock, clock, late, late))  # again: read again, its rows replaced
    assert calls_of(mock, before) == first_run
    assert as_sets(warehouse(pipeline)) == both.rows


def test_exact_dates_ignore_the_cursor_that_a_cursor_load_left(
    mock: MockOptimove, clock: ManualClock, tmp_path: Path
) -> None:
    pipeline = make_pipeline(tmp_path)
    pipeline.run(source(mock, clock))  # the cursor at the mock's last update, 2024-06-29
    assert cursor(pipeline) == "2024-06-29"
    day = datetime.date(2024, 6, 28)
    before = Counter(mock.calls.by_operation)
    pipeline.run(exact(mock, clock, day, day))
    loaded = calls_of(mock, before)
    with Optimove(**settings(mock, clock)) as opt:
        again = Expected(opt, [day])
    assert loaded == REFERENCE_CALLS + again.calls  # loaded again, though behind the cursor
    assert cursor(pipeline) == "2024-06-29"


def test_a_date_optimove_has_not_finished_fails_the_run_and_nothing_is_loaded(
    mock: MockOptimove, clock: ManualClock, tmp_path: Path
) -> None:
    pipeline = make_pipeline(tmp_path)  # the mock's last update: 2024-06-29
    with pytest.raises(Exception, match="Optimove has not finished 2024-06-30 yet") as failed:
        pipeline.run(exact(mock, clock, LAST_UPDATE - DAY, LAST_UPDATE))
    under = failed.value
    while under is not None and not isinstance(under, DataNotReadyError):
        under = under.__cause__ or under.__context__
    assert isinstance(under, DataNotReadyError)
    assert (under.date, under.last_update) == (LAST_UPDATE, LAST_UPDATE - DAY)
    assert str(under) == "Optimove has not finished 2024-06-30 yet: its last data update is 2024-06-29"
    assert not any(warehouse(pipeline).values())  # not even the finished day
    with pipeline.sql_client() as client:
        made = client.execute_sql(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'optimove'"
        )
    assert not [name for (name,) in made if not name.startswith("_dlt")]  # nor a reference table
    assert cursor(pipeline) is None


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({}, "cursor=False loads the dates from start_date to end_date: give end_date"),
        ({"end_date": "2024-06-29", "backfill": True}, "backfill goes with the date cursor, not with"),
    ],
)  # fmt: skip
def test_exact_dates_take_an_end_date_and_no_backfill(
    mock: MockOptimove, clock: ManualClock, options: dict[str, object], message: str
) -> None:
    with pytest.raises(ConfigurationError, match=message):
        optimove_source(start_date="2024-06-28", cursor=False, **options, **settings(mock, clock))
    assert mock.calls.total == 0


class _ClosingTransport:
    """The mock's transport, telling when the client that owns it closes it."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.closed = False

    def handle_request(self, request: Any) -> Any:
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.closed = True


def test_a_copy_of_the_source_loads_after_the_source_it_came_from_is_gone(
    mock: MockOptimove, clock: ManualClock, tmp_path: Path
) -> None:
    # dlt's with_resources() returns a copy; the source made here is dropped at once, as in
    # `pipeline.run(optimove_source(...).with_resources("actions"))`.
    import gc  # noqa: PLC0415

    transport = _ClosingTransport(mock.transport())
    only_actions = optimove_source(
        start_date=START, **settings(mock, clock, transport=transport)
    ).with_resources("actions")
    gc.collect()
    assert not transport.closed  # the copy's resources still use the client
    make_pipeline(tmp_path).run(only_actions)
    assert mock.calls.by_operation["GetAllActions"] == 1
    del only_actions
    gc.collect()
    assert transport.closed  # once no source refers to it, the client made for it is closed
