"""optimove_dlt_assets: the dlt source's tables as daily partitioned assets, materialized for real (Dagster's
in-process executor, dagster-dlt, dlt into DuckDB) against the served mock.

What a run loads is compared with what the client itself returns for the same days, row by row: a day is
loaded whole, once, and loading it again replaces its rows. Partitions load in any order, and a
single-run backfill loads its range in one run.
"""

from __future__ import annotations

import datetime
from collections import Counter
from typing import Any

import dagster as dg
import dlt
import pytest
from dagster_dlt import DagsterDltResource

from optimove_client import ConfigurationError
from optimove_client.dagster import OptimoveResource, optimove_dlt_assets
from optimove_client.testing import MockOptimove
from tests.dagster.conftest import LAST_UPDATE
from tests.test_dlt_source import ATTRIBUTES, CHANGED, Expected, as_sets, warehouse

DAILY = dg.DailyPartitionsDefinition(start_date="2024-06-01")
TABLES = {
    "actions", "target_groups", "lifecycle_stages", "microsegments", "value_segments",
    "customer_attribute_list", "channels", "loaded_dates", "executed_campaigns", "campaign_details",
    "target_group_actions", "action_customers", "attribute_changers",
}  # fmt: skip
DAY = datetime.timedelta(days=1)


def assets_of(pipeline: dlt.Pipeline) -> dg.AssetsDefinition:
    return optimove_dlt_assets(
        partitions_def=DAILY, pipeline=pipeline, attributes=ATTRIBUTES, changed_attributes=CHANGED
    )


def materialize(
    assets: dg.AssetsDefinition, optimove: OptimoveResource, key: str | None = None, **options: Any
) -> dg.ExecuteInProcessResult:
    resources = {"optimove": optimove, "dlt": DagsterDltResource()}
    return dg.materialize([assets], resources=resources, partition_key=key, **options)


def expected(optimove: OptimoveResource, *days: datetime.date) -> dict[str, set[tuple[Any, ...]]]:
    """The rows of each per-date table for these days, as the client itself reads them."""
    with optimove.get_client() as opt:
        return Expected(opt, list(days)).rows


def test_one_partition_loads_its_day_once_and_again_without_a_duplicate(
    optimove: OptimoveResource, pipeline: dlt.Pipeline, mock: MockOptimove
) -> None:
    assets = assets_of(pipeline)
    day = LAST_UPDATE - 2 * DAY  # four campaigns executed that day in the mock
    result = materialize(assets, optimove, day.isoformat())
    calls = Counter(mock.calls.by_operation)

    assert result.success
    assert calls["GetLastDataUpdate"] == 1 and calls["GetCustomersByAction"] >= 1
    materialized = {event.asset_key.path[-1] for event in result.get_asset_materialization_events()}
    assert materialized == {f"dlt_optimove_{table}" for table in TABLES}
    loaded = as_sets(warehouse(pipeline))  # as_sets fails on a duplicate row
    want = expected(optimove, day)
    assert loaded == want
    assert want["action_customers"] and {row[0] for row in loaded["action_customers"]} == {day}

    before = Counter(mock.calls.by_operation)
    again = materialize(assets, optimove, day.isoformat())
    assert again.success
    assert Counter(mock.calls.by_operation) - before == calls  # the day read again, whole
    assert as_sets(warehouse(pipeline)) == want  # and its rows replaced: none twice


def test_partitions_load_in_any_order_and_each_keeps_its_rows(
    optimove: OptimoveResource, pipeline: dlt.Pipeline
) -> None:
    assets = assets_of(pipeline)
    later, earlier = LAST_UPDATE, LAST_UPDATE - 2 * DAY
    assert materialize(assets, optimove, later.isoformat()).success
    assert materialize(assets, optimove, earlier.isoformat()).success  # the date cursor plays no part
    assert as_sets(warehouse(pipeline)) == expected(optimove, earlier, later)


def test_a_single_run_backfill_loads_its_range_in_one_run(
    optimove: OptimoveResource, pipeline: dlt.Pipeline, mock: MockOptimove
) -> None:
    assets = assets_of(pipeline)
    first, last = LAST_UPDATE - 2 * DAY, LAST_UPDATE
    tags = {
        "dagster/asset_partition_range_start": first.isoformat(),
        "dagster/asset_partition_range_end": last.isoformat(),
    }
    result = materialize(assets, optimove, tags=tags)
    assert result.success
    assert mock.calls.by_operation["GetLastDataUpdate"] == 1  # one run, one dlt extract
    assert as_sets(warehouse(pipeline)) == expected(optimove, first, first + DAY, last)


def test_a_day_optimove_has_not_finished_fails_the_run_and_loads_nothing(
    optimove: OptimoveResource, pipeline: dlt.Pipeline
) -> None:
    assets = assets_of(pipeline)
    result = materialize(assets, optimove, (LAST_UPDATE + DAY).isoformat(), raise_on_error=False)
    assert not result.success
    [failure] = [event for event in result.all_events if event.is_step_failure]
    message = failure.step_failure_data.error.message if failure.step_failure_data.error else ""
    assert "Optimove has not finished 2024-07-01 yet: its last data update is 2024-06-30" in message
    assert "nothing of 2024-07-01 was loaded" in message
    assert all(rows == [] for rows in warehouse(pipeline).values())


def test_the_assets_follow_the_tables_of_the_source(pipeline: dlt.Pipeline) -> None:
    assets = optimove_dlt_assets(partitions_def=DAILY, pipeline=pipeline, attributes=["Alias"])
    keys = {key.path[-1] for key in assets.keys}
    assert keys == {f"dlt_optimove_{table}" for table in TABLES - {"attribute_changers"}}  # none asked for
    deps = {key.path[-1]: {dep.path[-1] for dep in found} for key, found in assets.asset_deps.items()}
    assert deps["dlt_optimove_executed_campaigns"] == {"dlt_optimove_loaded_dates"}
    assert deps["dlt_optimove_action_customers"] == {"dlt_optimove_target_group_actions"}
    assert deps["dlt_optimove_actions"] == set() and deps["dlt_optimove_loaded_dates"] == set()
    assert assets.partitions_def == DAILY
    assert {spec.group_name for spec in assets.specs} == {"optimove"}


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"partitions_def": dg.HourlyPartitionsDefinition(start_date="2024-06-01-00:00")},
         "optimove_dlt_assets: partitions_def must be daily"),
        ({"attributes": ["Alias", "Alias"]}, "attributes must not name an attribute twice"),
        ({"page_size": 0}, "page_size must be 1 to"),
    ],
)  # fmt: skip
def test_the_arguments_are_checked_when_the_definitions_load(
    pipeline: dlt.Pipeline, options: dict[str, Any], message: str
) -> None:
    with pytest.raises(ConfigurationError, match=message):
        optimove_dlt_assets(pipeline=pipeline, **{"partitions_def": DAILY, **options})


def test_the_definitions_make_no_call(pipeline: dlt.Pipeline, mock: MockOptimove) -> None:
    optimove_dlt_assets(partitions_def=DAILY, pipeline=pipeline)
    assert mock.calls.total == 0
