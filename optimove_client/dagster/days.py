"""Daily partitions and Optimove's dates: a partition is the day it starts on, and Optimove has finished
a day once GetLastDataUpdate has reached it.

The partitions must be daily (DailyPartitionsDefinition, or a time window of a daily schedule): each is one
execution date of Optimove. Any time zone, offset or format of the keys will do: a key's day is the date
its window starts on, in the partitions' time zone.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from dagster import PartitionsDefinition, TimeWindowPartitionsDefinition

from optimove_client.errors import ConfigurationError


def daily(partitions_def: PartitionsDefinition, where: str) -> TimeWindowPartitionsDefinition:
    """partitions_def, if it is daily; else a ConfigurationError naming `where` it was given."""
    if not (
        isinstance(partitions_def, TimeWindowPartitionsDefinition)
        and getattr(partitions_def.schedule_type, "value", None) == "DAILY"  # dagster's ScheduleType.DAILY
    ):
        raise ConfigurationError(
            f"{where}: partitions_def must be daily (DailyPartitionsDefinition), one partition per Optimove "
            f"date, not {partitions_def}"
        )
    return partitions_def


def day_of(partitions_def: TimeWindowPartitionsDefinition, key: str) -> datetime.date:
    """The Optimove date of a partition: the day its window starts on."""
    start: datetime.datetime = partitions_def.start_time_for_partition_key(key)
    return start.date()


def first_and_last(
    partitions_def: TimeWindowPartitionsDefinition, keys: Sequence[str]
) -> tuple[datetime.date, datetime.date]:
    """The first and last dates of a run's partitions (one, or the range of a single-run backfill)."""
    days = sorted(day_of(partitions_def, key) for key in keys)
    if not days:
        raise ConfigurationError("the run has no partition: materialize a partition (a day) of the assets")
    return days[0], days[-1]


def finished(
    partitions_def: TimeWindowPartitionsDefinition,
    last_update: datetime.date,
    after: datetime.date | None,
    now: datetime.datetime | None = None,
) -> list[str]:
    """The keys of the partitions that exist now, whose day Optimove has finished (on or before its last
    data update) and that come after `after` (None: from the first partition), in order."""
    keys = partitions_def.get_partition_keys(current_time=now)
    days = {key: day_of(partitions_def, key) for key in keys}
    return [key for key in keys if (after is None or days[key] > after) and days[key] <= last_update]
