"""OpenTelemetry metrics, read with the SDK's in-memory metric reader: calls, retries, 429s and the wait for
the budget as the calls go, and the calls left in each window read from the account's store (memory,
SQLite, Redis) without spending one; sync and async, against the in-process mock."""

from __future__ import annotations

from pathlib import Path

import pytest

from optimove_client import RateLimit, ServerError
from optimove_client.testing import ManualClock, MockOptimove
from tests.client_helpers import MODES, run, session, sync_client, window_wait
from tests.otel.readings import Readings, attributes, instrumented_calls

LAST_UPDATE = "general.get_last_data_update"
CALLS, RETRIES, TOO_MANY = (
    "optimove.client.calls",
    "optimove.client.retries",
    "optimove.client.too_many_requests",
)
WAIT, LEFT = "optimove.client.budget.wait", "optimove.client.budget.calls_left"


@pytest.mark.parametrize("mode", MODES)
def test_calls_and_their_retries_are_counted_by_function_and_how_they_ended(
    mode: str, mock: MockOptimove, clock: ManualClock, readings: Readings
) -> None:
    mock.faults.fail(503, operation="GetLastDataUpdate", times=2)
    mock.faults.fail(429, operation="GetAllActions", retry_after="3")
    mock.faults.fail(500, operation="GetLifecycleStageList", times=2)

    async def scenario() -> None:
        async with session(mode, mock, clock, max_retries=2) as call:
            readings.instrument(call.client)
            await call(LAST_UPDATE)
            await call(LAST_UPDATE)
            await call("actions.get_all_actions")
            with pytest.raises(ServerError):
                await call.with_options(max_retries=1)("model.get_lifecycle_stage_list")

    run(scenario)
    ok = {"http.request.method": "GET", "http.response.status_code": 200}
    assert readings.value(CALLS, optimove__function="GetLastDataUpdate", **ok) == 2
    assert readings.value(CALLS, optimove__function="GetAllActions", **ok) == 1
    failed = readings.value(CALLS, optimove__function="GetLifecycleStageList")
    assert failed == 1
    (points,) = [
        found for found, _ in readings.points(CALLS) if found["optimove.function"] == "GetLifecycleStageList"
    ]
    assert points["error.type"] == "ServerError" and points["http.response.status_code"] == 500
    assert readings.value(RETRIES, optimove__function="GetLastDataUpdate", error__type="ServerError") == 2
    assert readings.value(RETRIES, optimove__function="GetAllActions", error__type="RateLimitError") == 1
    assert readings.value(TOO_MANY, optimove__function="GetAllActions") == 1
    assert [found["optimove.function"] for found, _ in readings.points(TOO_MANY)] == ["GetAllActions"]
    # Every request waited for a slot of the general budget: 4 + 2 + 2 of them.
    slots = sum(
        count for found, (count, _) in readings.points(WAIT) if found["optimove.budget.scope"] == "general"
    )
    assert slots == 8


@pytest.mark.parametrize("mode", MODES)
def test_the_wait_for_the_budget_is_a_histogram_and_on_the_span(
    mode: str, mock: MockOptimove, clock: ManualClock, readings: Readings
) -> None:
    instrumented_calls(readings, mode, mock, clock, *[LAST_UPDATE] * 3, rate_limit=RateLimit(2, 10))
    count, seconds = readings.value(WAIT, optimove__function="GetLastDataUpdate")
    assert count == 3
    assert seconds == pytest.approx(window_wait(10))
    waits = [
        attributes(span)["optimove.budget.wait_seconds"]
        for span in readings.named("Optimove GetLastDataUpdate")
    ]
    assert waits == [0.0, 0.0, pytest.approx(window_wait(10))]


def _left(readings: Readings) -> dict[tuple[str, int, float], int]:
    return {
        (
            found["optimove.budget.scope"],
            found["optimove.budget.window.calls"],
            found["optimove.budget.window.seconds"],
        ): value
        for found, value in readings.points(LEFT)
    }


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("store", ["memory", "sqlite", "redis"])
def test_calls_left_per_window_are_read_from_the_store_without_spending_a_call(
    mode: str,
    store: str,
    mock: MockOptimove,
    clock: ManualClock,
    readings: Readings,
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    url = {"memory": "memory://", "sqlite": f"sqlite:///{tmp_path / 'store.db'}"}.get(store)
    if store == "redis":
        url = request.getfixturevalue("fresh_redis")
    fresh = {("general", 50, 10.0): 50, ("general", 2000, 3600.0): 2000, ("exempt", 10, 1.0): 10}
    after_three = {("general", 50, 10.0): 47, ("general", 2000, 3600.0): 1997, ("exempt", 10, 1.0): 10}

    async def scenario() -> None:  # one event loop for the async client, its calls and its close
        async with session(mode, mock, clock, store=url) as call:
            readings.instrument(call.client)
            assert _left(readings) == fresh
            for _ in range(3):
                await call(LAST_UPDATE)
            assert _left(readings) == after_three
            assert _left(readings) == after_three  # reading it again: no call spent, no slot taken
            assert mock.calls.total == 3
            if store != "redis":  # Redis keeps the server's time, which the test's clock does not move
                clock.advance(window_wait(10))  # the 10 s window let go of the three calls; the hour has not
                assert _left(readings) == {**after_three, ("general", 50, 10.0): 50}
            (found, _), *_ = readings.points(LEFT)
            assert found["server.address"] == "mock.optimove.test"
            assert len(found["optimove.account"]) == 32
        assert _left(readings) == {}  # a closed client is no longer read

    run(scenario)


def test_clients_of_one_account_are_read_once_and_a_custom_limiter_has_no_windows(
    mock: MockOptimove, clock: ManualClock, readings: Readings
) -> None:
    class Unlimited:
        def reserve(self) -> float:
            return 0.0

    with sync_client(mock, clock) as first, sync_client(mock, clock) as second:
        readings.instrument(first)
        readings.instrument(second)
        readings.instrument(first.with_options(max_retries=0))
        assert len(readings.points(LEFT)) == 3
    with sync_client(mock, clock, rate_limit=Unlimited()) as custom:
        readings.instrument(custom)
        assert [found["optimove.budget.scope"] for found, _ in readings.points(LEFT)] == ["exempt"]
