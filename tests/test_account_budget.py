"""The account's budget: several windows at once, SendTransactionalMail apart, the pause a 429 shares, and
the mock enforcing the same windows on its side."""

from __future__ import annotations

import datetime
from typing import Any

import httpx
import pytest

from optimove_client import ConfigurationError, Optimove, RateLimit, RateLimitError, ValidationError
from optimove_client._store.base import Window
from optimove_client._transport.ratelimit import windows_of
from optimove_client.testing import MOCK_BASE_URL, ManualClock, MockOptimove
from tests.client_helpers import MODES, make_mock, run, session, sync_client, window_wait
from tests.test_client_operations import facade_arguments

LAST_UPDATE = "general.get_last_data_update"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(start=1_000.0)


def test_a_budget_is_given_as_calls_per_seconds_windows() -> None:
    assert RateLimit.parse("2000/3600,50/10") == (RateLimit(2000, 3600), RateLimit(50, 10))
    assert RateLimit.parse(" 100/3600 ") == (RateLimit(100, 3600),)
    assert RateLimit.parse("off") == RateLimit.parse(" OFF ") == ()
    for wrong, rule in (
        ("fast", "rate_limit must be CALLS/SECONDS such as 2000/3600"),
        ("10/x", "rate_limit must be CALLS/SECONDS such as 2000/3600"),
        ("100", r"rate_limit must be CALLS/SECONDS such as 2000/3600 \(100 alone is ambiguous\)"),
        ("0", r"or off for no budget \(0 alone is ambiguous\)"),
        ("0/10", r"rate_limit: CALLS must be at least 1 \(got 0 in 0/10\)"),
        ("10/0", r"rate_limit: SECONDS must be above 0 \(got 0 in 10/0\)"),
        ("1.5/10", r"rate_limit: CALLS must be a whole number \(got 1.5 in 1.5/10\)"),
        ("2000000000/10", "rate_limit: a rate limit needs calls >= 1"),
    ):
        with pytest.raises(ConfigurationError, match=rule):
            RateLimit.parse(wrong)


def test_windows_are_ordered_padded_and_freed_of_the_redundant() -> None:
    assert windows_of([RateLimit(2000, 3600), RateLimit(50, 10)]) == (
        Window(50, 10_500),
        Window(2000, 3_780_000),
    )
    # 10 in 10 s can never reach 35 in 20 s; 5 in 1 s is no limit beside 5 in an hour.
    assert windows_of([RateLimit(10, 10), RateLimit(35, 20)]) == (Window(10, 10_500),)
    assert windows_of([RateLimit(5, 1), RateLimit(5, 3600)]) == (Window(5, 3_780_000),)
    assert windows_of([RateLimit(10, 1), RateLimit(100, 10)]) == (Window(10, 1_050), Window(100, 10_500))
    assert windows_of([]) == ()
    with pytest.raises(ConfigurationError, match="cannot be enforced together"):
        windows_of([RateLimit(10, 10), RateLimit(25, 20)])  # the longer window allows more per second


@pytest.mark.parametrize("mode", MODES)
def test_every_window_is_enforced(mode: str, clock: ManualClock) -> None:
    mock = make_mock(clock, rate_limits=())
    budget = [RateLimit(5, 10), RateLimit(8, 60)]

    async def scenario() -> None:
        async with session(mode, mock, clock, rate_limit=budget) as call:
            for _ in range(9):
                await call(LAST_UPDATE)

    run(scenario)
    # 5 at once, then the 10-second window; 3 more, then the minute's: 8 in any 63 s.
    assert clock.sleeps == [
        pytest.approx(window_wait(10), abs=1e-6),
        pytest.approx(window_wait(60) - window_wait(10), abs=1e-6),
    ]


@pytest.mark.parametrize("mode", MODES)
def test_no_budget_at_all(mode: str, clock: ManualClock) -> None:
    mock = make_mock(clock, rate_limits=())

    async def scenario() -> None:
        async with session(mode, mock, clock, rate_limit=()) as call:
            for _ in range(200):
                await call(LAST_UPDATE)

    run(scenario)
    assert clock.sleeps == []


@pytest.mark.parametrize("mode", MODES)
def test_send_transactional_mail_has_a_budget_of_its_own(mode: str, clock: ManualClock) -> None:
    mock = make_mock(clock, rate_limits=())
    mail = facade_arguments("SendTransactionalMail", mock)

    async def scenario() -> None:
        async with session(mode, mock, clock, rate_limit=RateLimit(1, 3600)) as call:
            await call(LAST_UPDATE)  # the general budget is spent for an hour
            for _ in range(11):
                await call("transactional_mail.send_transactional_mail", **mail)

    run(scenario)
    assert clock.sleeps == [pytest.approx(window_wait(1), abs=1e-6)]  # the 11th mail in the same second


def test_send_transactional_mail_takes_at_most_200_recipients(clock: ManualClock) -> None:
    mock = make_mock(clock)
    mail = facade_arguments("SendTransactionalMail", mock)
    recipients = mail["recipients"]
    with sync_client(mock, clock) as opt:
        opt.transactional_mail.send_transactional_mail(**{**mail, "recipients": recipients * 200})
        with pytest.raises(ValidationError, match=r"Recipients must have at most 200 items \(got 201\)"):
            opt.transactional_mail.send_transactional_mail(**{**mail, "recipients": recipients * 201})
    assert mock.calls.by_operation["SendTransactionalMail"] == 1


@pytest.mark.reliability
@pytest.mark.parametrize("mode", MODES)
def test_a_429_pauses_every_client_of_the_account(mode: str, clock: ManualClock) -> None:
    """A 429 that one client meets pauses the others: the server sees no call before the pause ends."""
    mock = make_mock(clock, rate_limits=())
    mock.faults.fail(429, operation="GetAllActions", retry_after="5")

    async def scenario() -> None:
        async with session(mode, mock, clock) as first, session(mode, mock, clock) as second:
            await first("actions.get_all_actions")  # 429, waits 5 s, retried
            paused_at = next(arrival.at for arrival in mock.arrivals if arrival.status == 429)
            await second(LAST_UPDATE)
            second_at = next(a.at for a in mock.arrivals if a.operation == "GetLastDataUpdate")
            assert second_at >= paused_at + 5

    run(scenario)


def test_concurrent_calls_wait_for_a_pause_another_thread_met(clock: ManualClock) -> None:
    mock = make_mock(clock, rate_limits=())
    with sync_client(mock, clock) as opt:
        opt._parts.budget.pause(30)
        started = clock.monotonic()
        opt.general.get_last_data_update()
        arrived = mock.arrivals[-1].at
    assert arrived - started == pytest.approx(30)
    assert clock.sleeps == [pytest.approx(30)]


def test_a_pause_longer_than_the_longest_wait_allowed_fails_at_once(clock: ManualClock) -> None:
    mock = make_mock(clock, rate_limits=())
    with sync_client(mock, clock) as opt:
        opt._parts.budget.pause(3600)
        with pytest.raises(RateLimitError) as raised:
            opt.general.get_last_data_update()
    assert raised.value.retry_after == pytest.approx(3600)
    assert "paused" in str(raised.value) and raised.value.operation == "GetLastDataUpdate"
    assert mock.calls.total == 0 and clock.sleeps == []


def test_the_mock_enforces_every_window_and_sets_mail_apart(clock: ManualClock) -> None:
    mock = MockOptimove(customers=3, clock=clock, rate_limits=((3, 10.0), (5, 60.0)))
    mail: dict[str, Any] = {"TemplateID": 1, "Recipients": [{"Email": "a@example.com"}]}
    with mock.client() as http:
        assert [http.get("/current/general/GetLastDataUpdate").status_code for _ in range(4)] == [200] * 3 + [
            429
        ]
        refused = http.get("/current/general/GetLastDataUpdate")
        assert refused.headers["Retry-After"] == "10"
        assert refused.json() == {
            "status": 429,
            "error": "Too Many Requests",
            "message": "Rate limit exceeded; retry in 10 s",
        }
        clock.advance(10)
        assert [http.get("/current/general/GetLastDataUpdate").status_code for _ in range(3)] == [
            200,
            200,
            429,
        ]
        assert http.get("/current/general/GetLastDataUpdate").headers["Retry-After"] == "50"  # the minute's
        statuses = [
            http.post("/current/transactionalmail/SendTransactionalMail", json=mail).status_code
            for _ in range(11)
        ]
        assert statuses == [200] * 10 + [429]  # 10 a second, whatever the general budget says
    assert mock.calls.rate_limited == 5  # 4 general, 1 mail


def test_a_429_body_reaches_the_rate_limit_error(clock: ManualClock) -> None:
    mock = MockOptimove(customers=3, clock=clock, rate_limits=((1, 10.0),))
    with Optimove(
        api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=mock.transport(), clock=clock,
        rate_limit=RateLimit(100, 10), max_retries=0,
    ) as opt:  # fmt: skip
        opt.general.get_last_data_update()
        with pytest.raises(RateLimitError) as raised:
            opt.general.get_last_data_update()
    assert raised.value.retry_after == 10.0
    assert raised.value.body == "Rate limit exceeded; retry in 10 s"


def test_the_served_mock_tells_its_counters_when_asked(clock: ManualClock) -> None:
    quiet = MockOptimove(customers=3, clock=clock)
    with quiet.client() as http:
        assert http.get("/_mock/counters").status_code == 404  # off unless asked for
    mock = MockOptimove(customers=3, clock=clock, control_endpoints=True)
    with mock.client() as http:
        http.get("/current/general/GetLastDataUpdate")
        http.post("/current/general/login", json={"UserName": "mock-user", "Password": "wrong"})
        counters = http.get("/_mock/counters").json()
    assert counters["calls"]["by_operation"] == {"GetLastDataUpdate": 1, "Login": 1}
    assert counters["logins"]["attempts"] == 1 and counters["logins"]["rejected_credentials"] == 1
    assert counters["rate_limited"] == 0


def test_the_date_of_a_call_does_not_matter_to_the_budget() -> None:
    """The budget counts calls, whatever they ask: a pull of many pages takes a slot per page."""
    clock = ManualClock()
    mock = make_mock(clock, customers=1_000, rate_limits=())
    requests: list[httpx.Request] = []

    def count(request: httpx.Request) -> httpx.Response | None:
        requests.append(request)
        return None

    from tests.client_helpers import Spy  # noqa: PLC0415

    with sync_client(mock, clock, rate_limit=RateLimit(4, 10), transport=Spy(mock.transport(), count)) as opt:
        rows = list(
            opt.customers.get_customers_by_action.iter(
                recipient_group_id=1, action_id=3, date=datetime.date(2024, 6, 30), page_size=200
            )
        )
    assert len(rows) == 1_000 and len(requests) == 6  # 5 full pages, 1 empty one
    assert clock.sleeps == [pytest.approx(window_wait(10), abs=1e-6)]  # the 5th page waited
