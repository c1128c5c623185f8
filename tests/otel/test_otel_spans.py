"""OpenTelemetry spans, read with the SDK's in-memory exporter: a span per call with what it did, its
Logins under it, a pull's span with its pages under it; sync and async, against the in-process mock."""

from __future__ import annotations

from typing import Any

import pytest
from opentelemetry.trace import SpanKind, StatusCode

from optimove_client import APIConnectionError, AsyncOptimove, AuthenticationError, Optimove, ServerError
from optimove_client.testing import ManualClock, MockOptimove
from tests.client_helpers import MODES, make_mock, run, session
from tests.otel.readings import Readings, attributes, instrumented_calls, parent_of

LAST_UPDATE = "general.get_last_data_update"
SERVER = {"server.address": "mock.optimove.test", "server.port": 443}


@pytest.mark.parametrize("mode", MODES)
def test_a_call_is_a_client_span_under_the_callers_span(
    mode: str, mock: MockOptimove, clock: ManualClock, readings: Readings
) -> None:
    async def scenario() -> Any:
        async with session(mode, mock, clock) as call:
            readings.instrument(call.client)
            with readings.tracer.start_as_current_span("daily job"):
                return await call("actions.get_all_actions")

    actions = run(scenario)
    job, span = readings.one("daily job"), readings.one("Optimove GetAllActions")
    assert parent_of(span) == job.context.span_id
    assert span.kind is SpanKind.CLIENT
    assert span.status.status_code is StatusCode.UNSET
    assert attributes(span) == {
        "optimove.function": "GetAllActions",
        "http.request.method": "GET",
        **SERVER,
        "http.response.status_code": 200,
        "optimove.attempts": 1,
        "optimove.retries": 0,
        "optimove.retry.wait_seconds": 0.0,
        "optimove.budget.wait_seconds": 0.0,
        "optimove.rows": len(actions),
    }
    assert len(actions) > 0


@pytest.mark.parametrize("mode", MODES)
def test_retries_are_counted_on_the_span_with_their_waits(
    mode: str, mock: MockOptimove, clock: ManualClock, readings: Readings
) -> None:
    mock.faults.fail(503, operation="GetLastDataUpdate", times=2)
    instrumented_calls(readings, mode, mock, clock, LAST_UPDATE)
    span = attributes(readings.one("Optimove GetLastDataUpdate"))
    assert span["optimove.attempts"] == 3
    assert span["optimove.retries"] == 2
    assert span["optimove.retry.wait_seconds"] == pytest.approx(sum(clock.sleeps))
    assert sum(clock.sleeps) > 0
    assert span["http.response.status_code"] == 200  # the final status, not the 503s before it
    assert "optimove.rows" not in span  # an object, not records


@pytest.mark.parametrize("mode", MODES)
def test_a_call_that_fails_is_an_error_span_with_its_exception(
    mode: str, mock: MockOptimove, clock: ManualClock, readings: Readings
) -> None:
    mock.faults.fail(500, operation="GetLastDataUpdate", times=2)
    with pytest.raises(ServerError):
        instrumented_calls(readings, mode, mock, clock, LAST_UPDATE, max_retries=1)
    span = readings.one("Optimove GetLastDataUpdate")
    assert span.status.status_code is StatusCode.ERROR
    assert attributes(span)["error.type"] == "ServerError"
    assert attributes(span)["http.response.status_code"] == 500
    assert attributes(span)["optimove.attempts"] == 2
    (event,) = span.events
    assert event.name == "exception"
    assert str((event.attributes or {})["exception.type"]).endswith("ServerError")


@pytest.mark.parametrize("mode", MODES)
def test_a_call_whose_connection_broke_has_no_status(
    mode: str, mock: MockOptimove, clock: ManualClock, readings: Readings
) -> None:
    mock.faults.reset(operation="GetLastDataUpdate", times=2)
    with pytest.raises(APIConnectionError):
        instrumented_calls(readings, mode, mock, clock, LAST_UPDATE, max_retries=1)
    span = attributes(readings.one("Optimove GetLastDataUpdate"))
    assert "http.response.status_code" not in span
    assert span["error.type"] == "APIConnectionError"
    assert span["optimove.retries"] == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_login_is_a_span_under_the_call_it_opens_and_renews(
    mode: str, mock: MockOptimove, clock: ManualClock, readings: Readings
) -> None:
    async def scenario() -> None:
        async with session(mode, mock, clock, login=True) as call:
            readings.instrument(call.client)
            await call(LAST_UPDATE)
            assert mock.expire_tokens() == 1
            await call(LAST_UPDATE)

    run(scenario)
    calls = readings.named("Optimove GetLastDataUpdate")
    logins = readings.named("Optimove Login")
    assert len(calls) == len(logins) == 2
    for call, login in zip(calls, logins, strict=True):
        assert parent_of(login) == call.context.span_id
        assert login.kind is SpanKind.CLIENT
        assert attributes(login) == {
            "optimove.function": "Login",
            "http.request.method": "POST",
            **SERVER,
            "optimove.budget.wait_seconds": 0.0,
            "http.response.status_code": 200,
            "optimove.login.outcome": "token",
        }
    first, renewed = (attributes(call) for call in calls)
    assert (first["optimove.attempts"], first["optimove.retries"]) == (2, 0)  # Login, then the call
    # The expired token's 403, a Login and the replay; the replay followed the Login at once.
    assert (renewed["optimove.attempts"], renewed["optimove.retries"]) == (3, 1)
    assert renewed["optimove.retry.wait_seconds"] == 0.0


@pytest.mark.parametrize("mode", MODES)
def test_a_login_refused_is_an_error_span_and_so_is_its_call(
    mode: str, mock: MockOptimove, clock: ManualClock, readings: Readings
) -> None:
    with pytest.raises(AuthenticationError):
        instrumented_calls(readings, mode, mock, clock, LAST_UPDATE, login="not-the-password")
    login = readings.named("Optimove Login")[-1]
    assert login.status.status_code is StatusCode.ERROR
    assert attributes(login)["optimove.login.outcome"] == "failed"
    assert attributes(login)["error.type"] == str(attributes(login)["http.response.status_code"])
    call = readings.one("Optimove GetLastDataUpdate")
    assert call.status.status_code is StatusCode.ERROR
    assert attributes(call)["error.type"] == "AuthenticationError"


async def _pages(client: Optimove | AsyncOptimove, **options: Any) -> list[Any]:
    pull = client.customers.get_currently_targeted_customers.pages(**options)
    if isinstance(client, AsyncOptimove):
        return [page async for page in pull]  # type: ignore[union-attr]
    return list(pull)  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("concurrency", [1, 3])
def test_a_pull_is_a_span_with_each_page_a_call_under_it(
    mode: str, concurrency: int, clock: ManualClock, readings: Readings
) -> None:
    mock = make_mock(clock, customers=250)

    async def scenario() -> list[Any]:
        async with session(mode, mock, clock) as call:
            readings.instrument(call.client)
            with readings.tracer.start_as_current_span("export"):
                return await _pages(call.client, page_size=100, concurrency=concurrency)

    pages = run(scenario)
    assert [len(page) for page in pages] == [100, 100, 50]
    pull = readings.one("Optimove GetCurrentlyTargetedCustomers pages")
    assert parent_of(pull) == readings.one("export").context.span_id
    assert attributes(pull) == {
        "optimove.function": "GetCurrentlyTargetedCustomers",
        "optimove.page.start": 0,
        "optimove.page.size": 100,
        "optimove.pages": 3,
        "optimove.rows": 250,
    }
    fetched = sorted(
        (attributes(span) for span in readings.named("Optimove GetCurrentlyTargetedCustomers")),
        key=lambda span: span["optimove.page.number"],
    )
    # With look-ahead, pages past the short one may have been asked for too (and, async, cancelled).
    assert all(span.status.status_code is StatusCode.UNSET for span in readings.spans())
    assert all("optimove.rows" in span or span.get("optimove.cancelled") for span in fetched)
    assert all(
        parent_of(span) == pull.context.span_id
        for span in readings.named("Optimove GetCurrentlyTargetedCustomers")
    )
    first_three = [
        (s["optimove.page.number"], s["optimove.page.offset"], s["optimove.rows"]) for s in fetched[:3]
    ]
    assert first_three == [
        (1, 0, 100),
        (2, 100, 100),
        (3, 200, 50),
    ]
    assert all(span["optimove.page.size"] == 100 for span in fetched)


@pytest.mark.parametrize("mode", MODES)
def test_a_pull_closed_early_ends_its_span_without_an_error(
    mode: str, clock: ManualClock, readings: Readings
) -> None:
    mock = make_mock(clock, customers=250)

    async def scenario() -> None:
        async with session(mode, mock, clock) as call:
            readings.instrument(call.client)
            pull = call.client.customers.get_currently_targeted_customers.pages(page_size=100)
            if isinstance(call.client, AsyncOptimove):
                await anext(pull)  # type: ignore[arg-type]
                await pull.aclose()  # type: ignore[union-attr]
            else:
                next(pull)  # type: ignore[arg-type]
                pull.close()  # type: ignore[union-attr]

    run(scenario)
    pull = readings.one("Optimove GetCurrentlyTargetedCustomers pages")
    assert pull.status.status_code is StatusCode.UNSET
    assert (attributes(pull)["optimove.pages"], attributes(pull)["optimove.rows"]) == (1, 100)


@pytest.mark.parametrize("mode", MODES)
def test_a_pull_whose_page_fails_is_an_error_span_with_the_pages_before(
    mode: str, clock: ManualClock, readings: Readings
) -> None:
    mock = make_mock(clock, customers=250)
    mock.faults.fail(500, operation="GetCurrentlyTargetedCustomers", nth=2)

    async def scenario() -> None:
        async with session(mode, mock, clock, max_retries=0) as call:
            readings.instrument(call.client)
            await _pages(call.client, page_size=100)

    with pytest.raises(ServerError) as raised:
        run(scenario)
    assert raised.value.resume_offset == 100  # type: ignore[attr-defined]
    pull = readings.one("Optimove GetCurrentlyTargetedCustomers pages")
    assert pull.status.status_code is StatusCode.ERROR
    assert attributes(pull)["error.type"] == "ServerError"
    assert (attributes(pull)["optimove.pages"], attributes(pull)["optimove.rows"]) == (1, 100)
    failed = [
        span
        for span in readings.named("Optimove GetCurrentlyTargetedCustomers")
        if span.status.status_code is StatusCode.ERROR
    ]
    assert [attributes(span)["optimove.page.offset"] for span in failed] == [100]
