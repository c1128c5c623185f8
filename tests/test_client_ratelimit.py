"""The client-side rate limit: the window's arithmetic, the waits taken, exemption, sharing, plugging in."""

from __future__ import annotations

import threading

import httpx
import pytest

from optimove_client import ConfigurationError, RateLimit, SlidingWindowLimiter
from optimove_client._config.policies import DEFAULT_RATE_LIMITS
from optimove_client._store.base import Window
from optimove_client.testing import ManualClock, MockOptimove
from tests.client_helpers import MODES, make_mock, run, session, window_wait
from tests.test_client_operations import facade_arguments

LAST_UPDATE = "general.get_last_data_update"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def mock(clock: ManualClock) -> MockOptimove:
    return make_mock(clock, rate_limits=())


def test_n_calls_are_free_and_the_next_waits_for_the_oldest_to_leave_the_window(clock: ManualClock) -> None:
    limiter = SlidingWindowLimiter(RateLimit(calls=3, period=10), clock)
    assert [limiter.reserve() for _ in range(3)] == [0, 0, 0]
    assert limiter.reserve() == 10  # the 4th call: when the 1st leaves the window
    clock.advance(4)
    assert limiter.reserve() == 6  # the 5th call: when the 2nd leaves (t=10), 4 s have passed
    clock.advance(20)  # everything reserved so far is in the past and out of the window
    assert [limiter.reserve() for _ in range(3)] == [0, 0, 0]
    assert limiter.reserve() == 10


def test_a_spread_out_window_frees_one_slot_at_a_time(clock: ManualClock) -> None:
    limiter = SlidingWindowLimiter(RateLimit(calls=2, period=10), clock)
    assert limiter.reserve() == 0  # t=0
    clock.advance(6)
    assert limiter.reserve() == 0  # t=6
    assert limiter.reserve() == 4  # at t=10, when t=0 leaves
    assert limiter.reserve() == 10  # at t=16, when t=6 leaves


@pytest.mark.reliability
def test_concurrent_reservations_never_exceed_n_per_window(clock: ManualClock) -> None:
    calls, period = 10, 5.0
    limiter = SlidingWindowLimiter(RateLimit(calls=calls, period=period), clock)
    slots: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(8)

    def work() -> None:
        barrier.wait()
        for step in range(50):
            wait = limiter.reserve()
            with lock:
                slots.append(clock.monotonic() + wait)
            if step % 10 == 0:
                clock.advance(0.3)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    slots.sort()
    assert len(slots) == 400
    for index in range(len(slots) - calls):
        # The call `calls` places later starts at least a whole period after this one.
        assert slots[index + calls] - slots[index] >= period - 1e-9


@pytest.mark.parametrize("mode", MODES)
def test_the_client_sleeps_the_reserved_wait(mode: str, mock: MockOptimove, clock: ManualClock) -> None:
    async def scenario() -> None:
        async with session(mode, mock, clock, rate_limit=RateLimit(calls=50, period=10)) as call:
            for _ in range(120):
                await call(LAST_UPDATE)

    run(scenario)
    assert mock.calls.by_operation["GetLastDataUpdate"] == 120
    # call 51 and call 101, each when call 1 (then 51) leaves the client's window
    assert clock.sleeps == [pytest.approx(window_wait(10), abs=1e-6)] * 2


@pytest.mark.parametrize("mode", MODES)
def test_send_transactional_mail_is_not_counted(mode: str, mock: MockOptimove, clock: ManualClock) -> None:
    mail = facade_arguments("SendTransactionalMail", mock)

    async def scenario() -> None:
        async with session(mode, mock, clock, rate_limit=RateLimit(calls=2, period=60)) as call:
            for _ in range(5):
                await call("transactional_mail.send_transactional_mail", **mail)
            await call(LAST_UPDATE)
            await call(LAST_UPDATE)
            assert clock.sleeps == []
            await call(LAST_UPDATE)
            assert clock.sleeps == [pytest.approx(window_wait(60), abs=1e-6)]

    run(scenario)
    assert mock.calls.by_operation["SendTransactionalMail"] == 5


@pytest.mark.reliability
@pytest.mark.parametrize("mode", MODES)
def test_clients_of_one_credential_share_one_budget(
    mode: str, mock: MockOptimove, clock: ManualClock
) -> None:
    limit = RateLimit(calls=3, period=30)

    async def scenario() -> None:
        async with (
            session(mode, mock, clock, rate_limit=limit) as first,
            session(mode, mock, clock, rate_limit=limit) as second,
        ):
            await first(LAST_UPDATE)
            await first(LAST_UPDATE)
            await second(LAST_UPDATE)
            assert clock.sleeps == []
            await second(LAST_UPDATE)  # the 4th call of the credential, whichever client makes it
            assert clock.sleeps == [pytest.approx(window_wait(30), abs=1e-6)]

    run(scenario)


@pytest.mark.parametrize("mode", MODES)
def test_clients_of_different_credentials_do_not_share(mode: str, clock: ManualClock) -> None:
    mock = make_mock(clock, rate_limits=(), api_keys=frozenset({"key-one", "key-two"}))
    limit = RateLimit(calls=2, period=30)

    async def scenario() -> None:
        async with (
            session(mode, mock, clock, rate_limit=limit, login={"api_key": "key-one"}) as one,
            session(mode, mock, clock, rate_limit=limit, login={"api_key": "key-two"}) as two,
        ):
            for _ in range(2):
                await one(LAST_UPDATE)
                await two(LAST_UPDATE)
            assert clock.sleeps == []

    run(scenario)


class CountingLimiter:
    """A user's own limiter (e.g. one backed by a shared store): anything with reserve()."""

    def __init__(self, wait: float) -> None:
        self.wait = wait
        self.reservations = 0

    def reserve(self) -> float:
        self.reservations += 1
        return self.wait


@pytest.mark.parametrize("mode", MODES)
def test_a_custom_limiter_is_used(mode: str, mock: MockOptimove, clock: ManualClock) -> None:
    limiter = CountingLimiter(wait=1.5)

    async def scenario() -> None:
        async with session(mode, mock, clock, rate_limit=limiter) as call:
            await call(LAST_UPDATE)
            await call("actions.get_all_actions")

    run(scenario)
    assert limiter.reservations == 2
    assert clock.sleeps == [1.5, 1.5]


@pytest.mark.parametrize("mode", MODES)
def test_every_retry_takes_a_slot(mode: str, mock: MockOptimove, clock: ManualClock) -> None:
    limiter = CountingLimiter(wait=0)
    mock.faults.fail(503, operation="GetLastDataUpdate", times=2)

    async def scenario() -> None:
        async with session(mode, mock, clock, rate_limit=limiter) as call:
            await call(LAST_UPDATE)

    run(scenario)
    assert limiter.reservations == 3


def test_the_default_is_2000_calls_per_hour_and_50_per_10_seconds(
    mock: MockOptimove, clock: ManualClock
) -> None:
    async def scenario() -> None:
        async with session("sync", mock, clock) as call:
            assert call.client._settings.limits == DEFAULT_RATE_LIMITS
            windows = call.client._parts.budget._windows
            assert windows.general == (Window(50, 10_500), Window(2000, 3_780_000))  # 5% margin each
            assert windows.transactional == (Window(10, 1_050),)

    run(scenario)


def test_a_rate_limit_must_be_positive() -> None:
    with pytest.raises(ConfigurationError, match="calls >= 1"):
        RateLimit(calls=0, period=10)
    with pytest.raises(ConfigurationError, match="period > 0"):
        RateLimit(calls=5, period=0)


@pytest.mark.parametrize("mode", MODES)
def test_a_call_answered_later_than_the_windows_margin_counts_from_its_answer(
    mode: str, mock: MockOptimove, clock: ManualClock
) -> None:
    """The first call takes 0.5 s to be answered (the margin of a 1-s window is 0.05 s): the server may have
    counted it as late as that, so the third call waits until it leaves the window counted from there."""
    arrivals: list[float] = []

    def late_first(request: httpx.Request) -> None:
        if len(arrivals) == 0:
            clock.advance(0.5)  # its slot taken at 0, it reached the server (and was answered) at 0.5
        arrivals.append(clock.monotonic())

    async def scenario() -> None:
        async with session(mode, mock, clock, rate_limit=RateLimit(2, 1.0), intercept=late_first) as call:
            for _ in range(3):
                await call(LAST_UPDATE)

    run(scenario)
    window = 1.0 * 1.05  # the client's window: the server's and its margin
    assert arrivals[:2] == [pytest.approx(0.5), pytest.approx(0.5)]
    assert arrivals[2] == pytest.approx(0.5 + window, abs=0.002)  # not `window`: from the first's answer
