"""The date a run is about: the execution date whose data the sensor waits for and the load loads.

By default it is the day before the run's logical date, read in the DAG's time zone: a DAG scheduled
every morning at 07:00 waits for, and loads, yesterday's data. A run without a logical date (triggered by
hand in Airflow 3) counts from when it was due to run (run_after). A date given to an operator (a
template such as "{{ macros.ds_add(ds, -2) }}", or a datetime.date) is taken as it is.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from optimove_client.errors import ConfigurationError

_DAY = datetime.timedelta(days=1)


def given_date(value: object, name: str = "date") -> datetime.date:
    """A date given to an operator: a datetime.date or YYYY-MM-DD text (a rendered template)."""
    if isinstance(value, datetime.datetime):
        raise ConfigurationError(f"{name} must be a date, not a datetime (use its .date())")
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            pass
    shown = repr(value)[:40]
    raise ConfigurationError(f"{name} must be a date YYYY-MM-DD (or a datetime.date), not {shown}")


def run_date(context: Mapping[str, Any], given: object = None, name: str = "date") -> datetime.date:
    """The date given, else the day before the run's logical date (or run_after) in the DAG's zone."""
    if given is not None and given != "":
        return given_date(given, name)
    moment = context.get("logical_date")
    if moment is None:
        dag_run = context.get("dag_run")
        moment = getattr(dag_run, "run_after", None)
    if not isinstance(moment, datetime.datetime):
        raise ConfigurationError(
            f"this run has neither a logical date nor run_after to count from: give {name}= (YYYY-MM-DD)"
        )
    zone = getattr(context.get("dag"), "timezone", None)
    local = moment.astimezone(zone) if isinstance(zone, datetime.tzinfo) else moment
    return local.date() - _DAY
