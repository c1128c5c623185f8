"""optimove_data_ready_sensor: a run for each daily partition as soon as Optimove has finished its day.

    ready = optimove_data_ready_sensor(job=optimove_daily_job, partitions_def=daily)

Each evaluation makes one call, GetLastDataUpdate, through the `optimove` resource (within the account's
budget, in its store), and requests a run of the job for each partition whose day Optimove has finished
and the sensor has not requested yet, with the partition key as the run key. The cursor is the last day
requested, so an evaluation ten minutes later requests nothing twice (and Dagster would drop a run key
it has seen anyway). The first evaluation requests from first_date, or, without one, Optimove's last
finished day alone: the days before it are a backfill's (one run for the range).
"""

# No `from __future__ import annotations`: Dagster reads the sensor's annotations as classes (the resource's
# by its type).

import datetime
from typing import TYPE_CHECKING

from dagster import (
    DefaultSensorStatus,
    JobDefinition,
    PartitionsDefinition,
    RunRequest,
    SensorDefinition,
    SensorEvaluationContext,
    SensorResult,
    SkipReason,
    sensor,
)

from optimove_client.dagster.days import daily, day_of, finished
from optimove_client.dagster.resource import OptimoveResource
from optimove_client.errors import ConfigurationError

if TYPE_CHECKING:  # what define_asset_job returns (dagster does not export its class)
    from dagster._core.definitions.unresolved_asset_job_definition import UnresolvedAssetJobDefinition

_DAY = datetime.timedelta(days=1)


def optimove_data_ready_sensor(
    *,
    job: "JobDefinition | UnresolvedAssetJobDefinition",
    partitions_def: PartitionsDefinition,
    first_date: datetime.date | str | None = None,
    name: str = "optimove_data_ready",
    minimum_interval_seconds: int = 600,
    default_status: DefaultSensorStatus = DefaultSensorStatus.STOPPED,
) -> SensorDefinition:
    """A sensor that requests a run of `job` for each daily partition Optimove has finished (see the
    module's description). partitions_def: the job's daily partitions. first_date: the first day to request
    when the sensor has no cursor yet (default: Optimove's last finished day). minimum_interval_seconds:
    between two evaluations, each one call (default 600: 144 calls a day)."""
    days = daily(partitions_def, "optimove_data_ready_sensor")
    first = _date(first_date)

    @sensor(
        name=name,
        job=job,
        minimum_interval_seconds=minimum_interval_seconds,
        default_status=default_status,
        description="Requests a run for each day Optimove has finished (GetLastDataUpdate, one call).",
    )
    def _ready(context: SensorEvaluationContext, optimove: OptimoveResource) -> SensorResult | SkipReason:
        with optimove.get_client() as opt:
            last_update = opt.general.get_last_data_update()
        if last_update is None:
            return SkipReason("Optimove has no data yet (GetLastDataUpdate answered none)")
        if context.cursor:
            after = datetime.date.fromisoformat(context.cursor)
        else:
            after = (first or last_update) - _DAY
        keys = finished(days, last_update, after)
        if not keys:
            return SkipReason(
                f"nothing new: Optimove's last data update is {last_update}; runs are requested up to {after}"
            )
        context.log.info(f"Optimove's last data update is {last_update}: a run for each of {', '.join(keys)}")
        return SensorResult(
            run_requests=[RunRequest(run_key=key, partition_key=key) for key in keys],
            cursor=day_of(days, keys[-1]).isoformat(),
        )

    return _ready


def _date(value: datetime.date | str | None) -> datetime.date | None:
    if value is None or (isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        raise ConfigurationError(
            f"optimove_data_ready_sensor: first_date must be a date, YYYY-MM-DD (got {value!r})"
        ) from None
