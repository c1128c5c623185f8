"""OptimoveDataReadySensor and its trigger against the served mock (last data update: 2024-06-30)."""

from __future__ import annotations

import asyncio
import datetime
import json
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pendulum
import pytest
from airflow.providers.common.compat.sdk import AirflowException, AirflowFailException
from airflow.sdk import DAG
from airflow.sdk.exceptions import TaskDeferred
from airflow.sdk.module_loading import import_string
from airflow.sdk.serde import deserialize, serialize

from optimove_client.airflow import OptimoveDataReadySensor, OptimoveDataReadyTrigger
from optimove_client.airflow import trigger as trigger_module
from optimove_client.airflow.dates import run_date
from optimove_client.testing import MockOptimove

LAST_UPDATE = datetime.date(2024, 6, 30)


def _context(logical: datetime.datetime | None, zone: str = "UTC", run_after: Any = None) -> dict[str, Any]:
    dag = DAG("optimove_test", schedule=None, start_date=pendulum.datetime(2024, 1, 1, tz=zone))
    return {"logical_date": logical, "dag": dag, "dag_run": SimpleNamespace(run_after=run_after)}


def _sensor(**options: Any) -> OptimoveDataReadySensor:
    return OptimoveDataReadySensor(task_id="wait", poke_interval=30, timeout=600, **options)


def _calls(mock: MockOptimove) -> int:
    return int(mock.counters()["calls"]["by_operation"].get("GetLastDataUpdate", 0))


@pytest.mark.usefixtures("connection")
@pytest.mark.parametrize(
    ("logical", "reached"),
    [(pendulum.datetime(2024, 7, 1, 7), True), (pendulum.datetime(2024, 7, 2, 7), False)],
)
def test_a_poke_is_one_call_that_compares_the_last_update_with_the_day_before(
    mock: MockOptimove, logical: datetime.datetime, reached: bool
) -> None:
    poked = _sensor().poke(_context(logical))
    assert poked.is_done is reached
    assert poked.xcom_value == ("2024-06-30" if reached else None)
    assert _calls(mock) == 1


@pytest.mark.parametrize(
    ("context", "given", "day"),
    [
        (_context(pendulum.datetime(2024, 7, 1, 7)), None, "2024-06-30"),
        # 23:30 UTC is 08:30 the next morning in Tokyo: the DAG's day is the 1st, its day before the 30th.
        (_context(pendulum.datetime(2024, 6, 30, 23, 30), "Asia/Tokyo"), None, "2024-06-30"),
        (_context(pendulum.datetime(2024, 6, 30, 23, 30)), None, "2024-06-29"),
        (_context(None, run_after=pendulum.datetime(2024, 7, 1, 7)), None, "2024-06-30"),  # run by hand
        (_context(pendulum.datetime(2024, 7, 1, 7)), "2024-06-15", "2024-06-15"),
        (_context(pendulum.datetime(2024, 7, 1, 7)), datetime.date(2024, 6, 15), "2024-06-15"),
    ],
)
def test_the_date_waited_for(context: dict[str, Any], given: Any, day: str) -> None:
    assert run_date(context, given).isoformat() == day


def test_a_date_that_is_not_one_fails_the_task_without_retries() -> None:
    with pytest.raises(AirflowFailException, match=r"date must be a date YYYY-MM-DD .*not 'yesterday'"):
        _sensor(date="yesterday").poke(_context(pendulum.datetime(2024, 7, 1)))


def test_a_bad_connection_fails_the_task_without_retries(set_connection: Callable[..., None]) -> None:
    set_connection(host="5", login="analyst")
    with pytest.raises(AirflowFailException, match="'optimove_default': password is empty"):
        _sensor().poke(_context(pendulum.datetime(2024, 7, 1)))


@pytest.mark.usefixtures("connection")
def test_a_deferrable_sensor_that_is_ready_returns_at_once(mock: MockOptimove) -> None:
    assert _sensor(deferrable=True).execute(_context(pendulum.datetime(2024, 7, 1, 7))) == "2024-06-30"
    assert _calls(mock) == 1


@pytest.mark.usefixtures("connection")
def test_a_deferrable_sensor_not_ready_defers_to_the_trigger(mock: MockOptimove) -> None:
    sensor = _sensor(deferrable=True, store="memory://")
    with pytest.raises(TaskDeferred) as deferred:
        sensor.execute(_context(pendulum.datetime(2024, 7, 3, 7)))
    assert _calls(mock) == 1  # one look on the worker, then the triggerer's
    assert deferred.value.method_name == "execute_complete"
    assert deferred.value.timeout == datetime.timedelta(seconds=600)
    classpath, kwargs = deferred.value.trigger.serialize()
    assert classpath == "optimove_client.airflow.trigger.OptimoveDataReadyTrigger"
    assert kwargs == {"date": "2024-07-02", "poke_interval": 30.0, "optimove_conn_id": "optimove_default",
                      "store": "memory://"}  # fmt: skip
    # As the triggerer gets it: through Airflow's serde, then the class at its path.
    rebuilt = import_string(classpath)(**deserialize(serialize(kwargs)))
    assert rebuilt.serialize() == (classpath, kwargs)


def test_the_triggers_form_holds_no_credential(set_connection: Callable[..., None]) -> None:
    set_connection(host="5", password="Sx9-very-secret-key")
    trigger = OptimoveDataReadyTrigger(date="2024-06-30", poke_interval=60)
    assert "Sx9" not in json.dumps(trigger.serialize()) and "Sx9" not in repr(trigger)


def _events(trigger: OptimoveDataReadyTrigger) -> list[Any]:
    async def collect() -> list[Any]:
        return [event async for event in trigger.run()]

    return asyncio.run(collect())


@pytest.mark.usefixtures("connection")
def test_the_trigger_polls_once_per_interval_until_the_day_is_there(
    mock: MockOptimove, monkeypatch: pytest.MonkeyPatch
) -> None:
    waits: list[float] = []

    async def next_poll(seconds: float) -> None:  # instead of waiting: Optimove moves on a day each time
        waits.append(seconds)
        mock.dataset.last_data_update += datetime.timedelta(days=1)

    monkeypatch.setattr(trigger_module, "_sleep", next_poll)
    [event] = _events(OptimoveDataReadyTrigger(date="2024-07-03", poke_interval=45.0))
    assert event.payload == {"status": "reached", "date": "2024-07-03", "last_data_update": "2024-07-03"}
    assert waits == [45.0, 45.0, 45.0]
    assert _calls(mock) == 4  # one call per poll


def test_the_trigger_fires_an_error_when_a_call_fails(
    mock: MockOptimove, served: str, store: str, set_connection: Callable[..., None]
) -> None:
    set_connection(host=served, password="Sx9-wrong-key", extra={"store": store, "max_retries": 0})
    [event] = _events(OptimoveDataReadyTrigger(date="2024-06-30", poke_interval=1.0))
    assert event.payload["status"] == "error"
    assert "401" in event.payload["message"] and "Sx9" not in event.payload["message"]
    with pytest.raises(AirflowException, match=r"waiting for Optimove's data of 2024-06-30: .*401"):
        _sensor().execute_complete({}, event.payload)


def test_back_from_the_trigger_the_sensor_returns_the_last_update() -> None:
    event = {"status": "reached", "date": "2024-06-30", "last_data_update": "2024-07-01"}
    assert _sensor().execute_complete({}, event) == "2024-07-01"
