"""Retries against the mock's faults: what is retried, how long each wait is, what is raised at the end."""

from __future__ import annotations

import email.utils
import random
import time

import httpx
import pytest
from optimove_generated.models import AddPromotionsRequestItem

from optimove_client import APIConnectionError, APITimeoutError, RateLimitError, RetryPolicy, ServerError
from optimove_client._transport.retry import RetryDecisions, retry_after_seconds
from optimove_client.errors import MalformedBodyError
from optimove_client.testing import ManualClock, MockOptimove
from tests.client_helpers import LOGIN_SPACING, MODES, make_mock, run, session

LAST_UPDATE = "general.get_last_data_update"
ADD_PROMOTIONS = "promotions.add_promotions"
PROMOTION = [AddPromotionsRequestItem(promo_code="SUMMER24", promotion_name="Summer")]
DEFAULT = RetryPolicy()


def _assert_backoff(waits: list[float], policy: RetryPolicy = DEFAULT) -> None:
    """Each wait doubles from the initial backoff, shortened by at most the jitter fraction."""
    for retry, wait in enumerate(waits):
        full = min(policy.max_backoff, policy.initial_backoff * 2**retry)
        assert full * (1 - policy.jitter) <= wait <= full, (retry, wait)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [500, 502, 503, 520, 429])
def test_a_get_is_retried_on_server_errors_and_429(
    mode: str, status: int, mock: MockOptimove, clock: ManualClock
) -> None:
    mock.faults.fail(status, operation="GetLastDataUpdate", times=3)

    async def scenario() -> None:
        async with session(mode, mock, clock) as call:
            assert await call(LAST_UPDATE) is not None

    run(scenario)
    assert mock.calls.by_operation["GetLastDataUpdate"] == 4
    assert len(clock.sleeps) == 3
    _assert_backoff(clock.sleeps)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", ["hang", "reset", "truncate"])
def test_a_get_is_retried_on_timeouts_resets_and_cut_bodies(
    mode: str, fault: str, mock: MockOptimove, clock: ManualClock
) -> None:
    getattr(mock.faults, fault)(operation="GetAllActions", times=2)

    async def scenario() -> None:
        async with session(mode, mock, clock) as call:
            assert await call("actions.get_all_actions")

    run(scenario)
    assert mock.calls.by_operation["GetAllActions"] == 3
    _assert_backoff(clock.sleeps)
    assert len(clock.sleeps) == 2


def test_backoff_grows_up_to_the_maximum_inside_the_jitter_bounds() -> None:
    policy = RetryPolicy(initial_backoff=0.5, max_backoff=4.0, jitter=0.25)
    decisions = RetryDecisions(policy, ManualClock(), random.Random(7))  # noqa: S311 (jitter)
    for retry in range(8):
        waits = [decisions.backoff(retry) for _ in range(200)]
        full = min(4.0, 0.5 * 2**retry)
        assert min(waits) >= full * 0.75 and max(waits) <= full
        assert max(waits) - min(waits) > full * 0.2  # the jitter really spreads the waits
    no_jitter = RetryDecisions(RetryPolicy(jitter=0), ManualClock())
    assert [no_jitter.backoff(r) for r in range(4)] == [0.5, 1.0, 2.0, 4.0]


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_in_seconds_is_honoured(mode: str, mock: MockOptimove, clock: ManualClock) -> None:
    mock.faults.fail(503, operation="GetLastDataUpdate", retry_after="7")

    async def scenario() -> None:
        async with session(mode, mock, clock) as call:
            await call(LAST_UPDATE)

    run(scenario)
    assert clock.sleeps == [7.0]


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_as_an_http_date_is_honoured(mode: str, mock: MockOptimove, clock: ManualClock) -> None:
    when = email.utils.formatdate(clock.wall() + 42, usegmt=True)
    mock.faults.fail(429, operation="GetLastDataUpdate", retry_after=when)

    async def scenario() -> None:
        async with session(mode, mock, clock) as call:
            await call(LAST_UPDATE)

    run(scenario)
    assert clock.sleeps == [pytest.approx(42.0)]


@pytest.mark.parametrize("mode", MODES)
def test_a_retry_after_over_the_cap_is_raised_with_its_value(
    mode: str, mock: MockOptimove, clock: ManualClock
) -> None:
    mock.faults.fail(429, operation="GetLastDataUpdate", retry_after="3600")

    async def scenario() -> None:
        async with session(mode, mock, clock, retry=RetryPolicy(max_retry_after=60)) as call:
            with pytest.raises(RateLimitError) as raised:
                await call(LAST_UPDATE)
        assert raised.value.retry_after == 3600.0
        assert raised.value.status_code == 429 and raised.value.operation == "GetLastDataUpdate"

    run(scenario)
    assert clock.sleeps == []
    assert mock.calls.by_operation["GetLastDataUpdate"] == 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", ["503", "reset", "hang"])
def test_a_post_is_not_retried_when_it_may_have_been_done(
    mode: str, fault: str, mock: MockOptimove, clock: ManualClock
) -> None:
    if fault == "503":
        mock.faults.fail(503, operation="AddPromotions")
    else:
        getattr(mock.faults, fault)(operation="AddPromotions")
    expected = ServerError if fault == "503" else APIConnectionError

    async def scenario() -> None:
        async with session(mode, mock, clock) as call:
            with pytest.raises(expected) as raised:
                await call(ADD_PROMOTIONS, items=PROMOTION)
            assert raised.value.attempts == 1

    run(scenario)
    assert mock.calls.by_operation["AddPromotions"] == 1
    assert clock.sleeps == []


@pytest.mark.parametrize("mode", MODES)
def test_a_post_is_retried_on_429(mode: str, mock: MockOptimove, clock: ManualClock) -> None:
    mock.faults.fail(429, operation="AddPromotions", retry_after="2")

    async def scenario() -> None:
        async with session(mode, mock, clock) as call:
            assert await call(ADD_PROMOTIONS, items=PROMOTION) is None
            assert any(p.promo_code == "SUMMER24" for p in await call("promotions.get_promotions"))

    run(scenario)
    assert mock.calls.by_operation["AddPromotions"] == 2
    assert clock.sleeps == [2.0]


@pytest.mark.parametrize("mode", MODES)
def test_a_post_is_retried_when_the_connection_failed_before_sending(
    mode: str, mock: MockOptimove, clock: ManualClock
) -> None:
    failures = {"left": 2}

    def refuse(request: httpx.Request) -> httpx.Response | None:
        if failures["left"]:
            failures["left"] -= 1
            raise httpx.ConnectError("connection refused", request=request)
        return None

    async def scenario() -> None:
        async with session(mode, mock, clock, intercept=refuse) as call:
            await call(ADD_PROMOTIONS, items=PROMOTION)

    run(scenario)
    assert mock.calls.by_operation["AddPromotions"] == 1
    _assert_backoff(clock.sleeps)
    assert len(clock.sleeps) == 2


@pytest.mark.parametrize("mode", MODES)
def test_max_retries_per_client_and_per_call(mode: str, mock: MockOptimove, clock: ManualClock) -> None:
    mock.faults.fail(500, operation="GetLastDataUpdate", times=100)

    async def scenario() -> None:
        async with session(mode, mock, clock, max_retries=2) as call:
            with pytest.raises(ServerError) as raised:
                await call(LAST_UPDATE)
            assert raised.value.attempts == 3 and "after 3 attempts" in str(raised.value)
            assert mock.calls.by_operation["GetLastDataUpdate"] == 3
            with pytest.raises(ServerError) as raised:
                await call.with_options(max_retries=0)(LAST_UPDATE)
            assert raised.value.attempts == 1
            assert mock.calls.by_operation["GetLastDataUpdate"] == 4
            with pytest.raises(ServerError) as raised:
                await call.with_options(max_retries=5)(LAST_UPDATE)
            assert raised.value.attempts == 6
            with pytest.raises(ServerError):  # the client's own setting is unchanged
                await call(LAST_UPDATE)
            assert mock.calls.by_operation["GetLastDataUpdate"] == 4 + 6 + 3

    run(scenario)


@pytest.mark.parametrize("mode", MODES)
def test_default_retries_then_the_error_carries_the_attempts(
    mode: str, mock: MockOptimove, clock: ManualClock
) -> None:
    mock.faults.hang(operation="GetLastDataUpdate", times=100)

    async def scenario() -> None:
        async with session(mode, mock, clock) as call:
            with pytest.raises(APITimeoutError) as raised:
                await call(LAST_UPDATE)
        assert raised.value.attempts == DEFAULT.max_retries + 1
        assert raised.value.operation == "GetLastDataUpdate"

    run(scenario)
    assert mock.calls.by_operation["GetLastDataUpdate"] == DEFAULT.max_retries + 1
    _assert_backoff(clock.sleeps)


class _AsyncOnlyClock(ManualClock):
    """Fails the test if anything sleeps blocking; asleep still advances time."""

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            raise AssertionError(f"blocking sleep({seconds}) in async code")

    async def asleep(self, seconds: float) -> None:
        super().sleep(seconds)


def test_async_retries_never_block_the_event_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(seconds: float) -> None:
        raise AssertionError("time.sleep in async code")

    monkeypatch.setattr(time, "sleep", forbidden)
    clock = _AsyncOnlyClock()
    mock = make_mock(clock)

    async def scenario() -> None:
        async with session("async", mock, clock, login=True) as call:
            await call(LAST_UPDATE)
            mock.expire_tokens()  # a re-login within the second after the first, which must wait
            mock.faults.fail(503, operation="GetLastDataUpdate", nth=2, times=2)
            mock.faults.fail(429, operation="GetAllActions", retry_after="3")
            await call(LAST_UPDATE)
            await call("actions.get_all_actions")

    run(scenario)
    assert len(clock.sleeps) == 4  # one wait between Logins, two backoffs, one Retry-After
    assert clock.sleeps[0] == pytest.approx(LOGIN_SPACING) and clock.sleeps[-1] == 3.0


def test_retry_decisions_table() -> None:
    """The policy for each method and outcome, without a server."""
    clock = ManualClock()
    decisions = RetryDecisions(RetryPolicy(max_retries=1), clock)
    allowed = decisions.allowed()

    def status(method: str, code: int, retry_after: float | None = None, retry: int = 0) -> float | None:
        return decisions.after_status(method, code, retry_after, retry, allowed)

    def error(method: str, failure: Exception, retry: int = 0) -> float | None:
        return decisions.after_error(method, failure, retry, allowed)

    assert status("GET", 520) is not None
    assert status("GET", 599) is not None
    assert status("GET", 404) is None
    assert status("GET", 500, retry=1) is None  # out of retries
    assert status("POST", 500) is None
    assert status("POST", 429, retry_after=5.0) == 5.0
    assert status("GET", 429, retry_after=None) is not None  # backoff
    assert status("GET", 429, retry_after=DEFAULT.max_retry_after + 1) is None  # too long to sleep through
    assert error("POST", httpx.ConnectTimeout("t")) is not None
    assert error("POST", httpx.ReadTimeout("t")) is None
    assert error("GET", httpx.ReadError("r")) is not None
    assert error("GET", httpx.RemoteProtocolError("cut short")) is not None
    assert error("GET", MalformedBodyError("F", "not JSON")) is not None
    assert error("POST", MalformedBodyError("F", "not JSON")) is None
    assert error("GET", ValueError("a bug, not the network")) is None
    assert error("GET", httpx.ReadError("r"), retry=1) is None
    assert decisions.allowed(3) == 3 and decisions.allowed(None) == 1


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("7", 7.0),
        (" 2.5 ", 2.5),
        ("-3", 0.0),
        ("", None),
        (None, None),
        ("garbage", None),
        ("in-the-past", 0.0),
        ("in-42-seconds", 42.0),
    ],
)
def test_retry_after_headers_in_seconds_and_as_dates(header: str | None, expected: float | None) -> None:
    clock = ManualClock()
    if header == "in-the-past":
        header = email.utils.formatdate(clock.wall() - 30, usegmt=True)
    elif header == "in-42-seconds":
        header = email.utils.formatdate(clock.wall() + 42, usegmt=True)
    seconds = retry_after_seconds(header, clock.wall())
    assert seconds == (pytest.approx(expected) if expected is not None else None)
