"""optimove_data_ready_sensor, evaluated as Dagster evaluates a tick (build_sensor_context, evaluate_tick)
with the real resource against the served mock: one GetLastDataUpdate call per evaluation, a run request
for each day Optimove has finished and the sensor has not requested yet, the partition key as its run key,
and the cursor carried from one evaluation to the next."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import dagster as dg
import dlt
import pytest
from dagster_dlt import DagsterDltResource

from optimove_client import ConfigurationError
from optimove_client.dagster import OptimoveResource, optimove_data_ready_sensor, optimove_dlt_assets
from optimove_client.testing import MockOptimove
from tests.dagster.conftest import LAST_UPDATE

DAILY = dg.DailyPartitionsDefinition(start_date="2024-06-01")
DAY = datetime.timedelta(days=1)


@pytest.fixture
def definitions(pipeline: dlt.Pipeline, optimove: OptimoveResource) -> Callable[..., dg.Definitions]:
    """The assets, their job and the sensor (with these options) in one Definitions, as a deployment has."""

    def make(partitions_def: dg.PartitionsDefinition = DAILY, **options: Any) -> dg.Definitions:
        assets = optimove_dlt_assets(partitions_def=partitions_def, pipeline=pipeline)
        job = dg.define_asset_job("optimove_daily", selection=[assets])
        sensor = optimove_data_ready_sensor(job=job, partitions_def=partitions_def, **options)
        resources = {"optimove": optimove, "dlt": DagsterDltResource()}
        return dg.Definitions(assets=[assets], jobs=[job], sensors=[sensor], resources=resources)

    return make


def evaluate(defs: dg.Definitions, cursor: str | None) -> Any:
    """One tick of the sensor: its run requests, skip message and new cursor."""
    sensor = defs.resolve_sensor_def("optimove_data_ready")
    with dg.build_sensor_context(definitions=defs, resources=defs.resources, cursor=cursor) as context:
        return sensor.evaluate_tick(context)


def requested(tick: Any) -> list[tuple[str | None, str | None]]:
    return [(request.run_key, request.partition_key) for request in tick.run_requests]


def test_a_run_for_each_finished_day_once(
    definitions: Callable[..., dg.Definitions], mock: MockOptimove
) -> None:
    defs = definitions(first_date="2024-06-30")
    mock.dataset.last_data_update = LAST_UPDATE - DAY

    not_ready = evaluate(defs, cursor=None)
    assert requested(not_ready) == []
    assert not_ready.skip_message == (
        "nothing new: Optimove's last data update is 2024-06-29; runs are requested up to 2024-06-29"
    )
    assert mock.calls.by_operation == {"GetLastDataUpdate": 1}  # one call, and nothing else

    mock.dataset.last_data_update = LAST_UPDATE
    ready = evaluate(defs, not_ready.cursor)
    assert requested(ready) == [("2024-06-30", "2024-06-30")]
    assert ready.cursor == "2024-06-30"

    ten_minutes_later = evaluate(defs, ready.cursor)  # Optimove has not moved on
    assert requested(ten_minutes_later) == []
    assert ten_minutes_later.cursor == "2024-06-30"  # as it was

    mock.dataset.last_data_update = LAST_UPDATE + 2 * DAY  # two more days finished while the sensor was off
    caught_up = evaluate(defs, ready.cursor)
    assert requested(caught_up) == [("2024-07-01", "2024-07-01"), ("2024-07-02", "2024-07-02")]
    assert caught_up.cursor == "2024-07-02"
    assert mock.calls.by_operation == {"GetLastDataUpdate": 4}


def test_without_a_cursor_or_first_date_only_the_last_finished_day_is_requested(
    definitions: Callable[..., dg.Definitions],
) -> None:
    defs = definitions()
    tick = evaluate(defs, cursor=None)
    assert requested(tick) == [("2024-06-30", "2024-06-30")]  # the days before it are a backfill's
    assert tick.cursor == "2024-06-30"


def test_a_first_date_before_the_last_update_requests_each_day_from_it(
    definitions: Callable[..., dg.Definitions],
) -> None:
    defs = definitions(first_date=datetime.date(2024, 6, 28))
    assert [key for key, _ in requested(evaluate(defs, cursor=None))] == [
        "2024-06-28", "2024-06-29", "2024-06-30",
    ]  # fmt: skip


def test_a_day_whose_partition_does_not_exist_yet_waits_for_it(
    definitions: Callable[..., dg.Definitions],
) -> None:
    """Partitions end where dagster says they do (here, an end date): the cursor stays before the missing
    one, which a later evaluation requests once it exists."""
    ending = dg.DailyPartitionsDefinition(start_date="2024-06-01", end_date="2024-06-30")  # up to 06-29
    defs = definitions(ending, first_date="2024-06-29")
    tick = evaluate(defs, cursor=None)
    assert requested(tick) == [("2024-06-29", "2024-06-29")] and tick.cursor == "2024-06-29"


def test_the_sensor_is_one_of_the_definitions(definitions: Callable[..., dg.Definitions]) -> None:
    defs = definitions(minimum_interval_seconds=900)
    dg.Definitions.validate_loadable(defs)
    found = defs.resolve_sensor_def("optimove_data_ready")
    assert found.minimum_interval_seconds == 900
    assert found.default_status == dg.DefaultSensorStatus.STOPPED
    assert found.required_resource_keys == {"optimove"}


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"partitions_def": dg.WeeklyPartitionsDefinition(start_date="2024-06-02")},
         "optimove_data_ready_sensor: partitions_def must be daily"),
        ({"first_date": "30/06/2024"}, "first_date must be a date, YYYY-MM-DD"),
    ],
)  # fmt: skip
def test_the_arguments_are_checked_when_the_definitions_load(options: dict[str, Any], message: str) -> None:
    job = dg.define_asset_job("optimove_daily")
    with pytest.raises(ConfigurationError, match=message):
        optimove_data_ready_sensor(job=job, **{"partitions_def": DAILY, **options})
