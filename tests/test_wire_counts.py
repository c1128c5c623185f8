"""Requests on the wire when a call keeps failing: at most 1 + max_retries, plain or paged, sync or async.

A server that fails every request of the function (each fault kind below) is called through the client,
and a spy in front of the mock counts what was sent. Nothing underneath the call loop retries, so a page
costs exactly as many requests as a plain call, and the error reports that number.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from optimove_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncOptimove,
    Optimove,
    OptimoveError,
    RateLimitError,
    ResponseParseError,
    RetryPolicy,
    ServerError,
    UnexpectedStatusError,
)
from optimove_client.testing import MOCK_BASE_URL, ManualClock, MockOptimove
from tests.client_helpers import AsyncSpy, Spy, async_client, make_mock, run, sync_client

DAY = datetime.date(2024, 6, 30)
BY_ACTION = {"recipient_group_id": 1, "action_id": 3, "date": DAY}
FUNCTIONS = {"plain": "GetLastDataUpdate", "paged": "GetCustomersByAction"}


def _not_json(function: str) -> Callable[[httpx.Request], httpx.Response | None]:
    def answer(request: httpx.Request) -> httpx.Response | None:
        if request.url.path.endswith(function):
            return httpx.Response(200, content=b"<html>Bad gateway</html>")
        return None

    return answer


# name -> (arm the fault on the mock, or an intercept for the spy; the error the caller meets)
FAULTS: dict[str, tuple[Callable[[MockOptimove, str], Any], type[OptimoveError]]] = {
    "connection reset": (lambda mock, f: mock.faults.reset(operation=f, times=100), APIConnectionError),
    "timeout": (lambda mock, f: mock.faults.hang(operation=f, times=100), APITimeoutError),
    "HTTP 500": (lambda mock, f: mock.faults.fail(500, operation=f, times=100), ServerError),
    "HTTP 502": (lambda mock, f: mock.faults.fail(502, operation=f, times=100), ServerError),
    "HTTP 503": (lambda mock, f: mock.faults.fail(503, operation=f, times=100), ServerError),
    "HTTP 520": (lambda mock, f: mock.faults.fail(520, operation=f, times=100), ServerError),
    "HTTP 429": (lambda mock, f: mock.faults.fail(429, operation=f, times=100), RateLimitError),
    "HTTP 429 with Retry-After": (
        lambda mock, f: mock.faults.fail(429, operation=f, times=100, retry_after="2"),
        RateLimitError,
    ),
    "truncated body": (lambda mock, f: mock.faults.truncate(operation=f, times=100), APIConnectionError),
    # A proxy or cache answering in Optimove's place: retried like a body cut short, never "no data".
    "HTTP 204": (lambda mock, f: mock.faults.fail(204, operation=f, times=100), UnexpectedStatusError),
    "HTTP 304": (lambda mock, f: mock.faults.fail(304, operation=f, times=100), UnexpectedStatusError),
}
# Not retried, so outside the table above: a redirect to a login page would point there again.
ONE_SHOT: dict[str, tuple[Callable[[MockOptimove, str], Any], type[OptimoveError]]] = {
    "HTTP 302": (lambda mock, f: mock.faults.fail(302, operation=f, times=100), UnexpectedStatusError),
    "malformed JSON": (lambda mock, f: _not_json(f), ResponseParseError),
}


def _sent(spy: Spy | AsyncSpy, function: str) -> int:
    return sum(1 for request in spy.requests if request.url.path.endswith("/" + function))


def _call(kind: str, client: Optimove) -> Any:
    if kind == "plain":
        return client.general.get_last_data_update()
    return list(client.customers.get_customers_by_action.iter(**BY_ACTION, page_size=5))


async def _acall(kind: str, client: AsyncOptimove) -> Any:
    if kind == "plain":
        return await client.general.get_last_data_update()
    return [row async for row in client.customers.get_customers_by_action.iter(**BY_ACTION, page_size=5)]


def _failing_call(
    mode: str, kind: str, failure: str, *, login: bool = False, **options: Any
) -> tuple[Spy | AsyncSpy, OptimoveError, MockOptimove]:
    clock = ManualClock()
    mock = make_mock(clock)
    function = FUNCTIONS[kind]
    arm, expected = FAULTS[failure] if failure in FAULTS else ONE_SHOT[failure]
    intercept = arm(mock, function)
    intercept = intercept if callable(intercept) else None
    if mode == "sync":
        spy: Spy | AsyncSpy = Spy(mock.transport(), intercept)
        with (
            sync_client(mock, clock, login=login, transport=spy, **options) as client,
            pytest.raises(expected) as raised,
        ):
            _call(kind, client)
    else:
        spy = AsyncSpy(mock.async_transport(), intercept)

        async def scenario() -> None:
            async with async_client(mock, clock, login=login, transport=spy, **options) as client:
                await _acall(kind, client)

        with pytest.raises(expected) as raised:
            run(scenario)
    return spy, raised.value, mock


@pytest.mark.reliability
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("kind", ["plain", "paged"])
@pytest.mark.parametrize("failure", FAULTS)
def test_a_failing_call_sends_one_plus_max_retries_requests(mode: str, kind: str, failure: str) -> None:
    """The default policy (4 retries): 5 requests, whatever fails, and the error says 5 attempts."""
    spy, error, _mock = _failing_call(mode, kind, failure)
    wanted = RetryPolicy().max_retries + 1
    assert _sent(spy, FUNCTIONS[kind]) == wanted, f"{failure}: {len(spy.requests)} requests"
    assert len(spy.requests) == wanted  # nothing else was sent either
    attempts = getattr(error, "attempts", None)
    if attempts is not None:  # status and connection errors carry the count
        assert attempts == wanted
        assert f"after {wanted} attempts" in str(error)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("kind", ["plain", "paged"])
@pytest.mark.parametrize("failure", ["connection reset", "HTTP 503", "truncated body"])
def test_max_retries_bounds_the_requests_of_plain_and_paged_calls(mode: str, kind: str, failure: str) -> None:
    for retries in (0, 2):
        spy, error, _mock = _failing_call(mode, kind, failure, max_retries=retries)
        assert _sent(spy, FUNCTIONS[kind]) == retries + 1
        assert getattr(error, "attempts", retries + 1) == retries + 1


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("kind", ["plain", "paged"])
def test_with_a_login_session_each_attempt_is_one_request_of_the_function(mode: str, kind: str) -> None:
    spy, error, mock = _failing_call(mode, kind, "HTTP 503", login=True, max_retries=2)
    assert _sent(spy, FUNCTIONS[kind]) == 3
    assert _sent(spy, "login") == 1 and mock.logins.succeeded == 1  # one session for every attempt
    # The error counts every request the call made: the Login that opened the session too.
    assert isinstance(error, ServerError) and error.attempts == 4


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("kind", ["plain", "paged"])
def test_a_redirect_is_neither_followed_nor_retried(mode: str, kind: str) -> None:
    spy, error, _mock = _failing_call(mode, kind, "HTTP 302")
    assert [str(request.url).startswith(MOCK_BASE_URL) for request in spy.requests] == [True]  # one, ours
    assert isinstance(error, UnexpectedStatusError) and error.status_code == 302
    assert error.location == "https://sso.example.invalid/login" and "not followed" in str(error)


@pytest.mark.reliability
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("kind", ["plain", "paged"])
def test_an_expired_session_and_a_failing_function_send_one_plus_max_retries_requests(
    mode: str, kind: str
) -> None:
    """An expired session and a failing function, max_retries=4: 5 requests in all, Login included.

    The expired call, the Login, and 3 more of the function; the error says 5."""
    clock = ManualClock()
    mock = make_mock(clock)
    function = FUNCTIONS[kind]

    def expire_and_fail() -> None:
        mock.expire_tokens()
        mock.faults.fail(503, operation=function, nth=2, times=100)  # the first one meets the expired token

    if mode == "sync":
        spy: Spy | AsyncSpy = Spy(mock.transport())
        with sync_client(mock, clock, login=True, transport=spy, max_retries=4) as client:
            client.general.get_last_data_update()  # the session is open
            spy.requests.clear()
            expire_and_fail()
            with pytest.raises(ServerError) as raised:
                _call(kind, client)
    else:
        spy = AsyncSpy(mock.async_transport())

        async def scenario() -> None:
            async with async_client(mock, clock, login=True, transport=spy, max_retries=4) as client:
                await client.general.get_last_data_update()
                spy.requests.clear()
                expire_and_fail()
                await _acall(kind, client)

        with pytest.raises(ServerError) as raised:
            run(scenario)
    assert [request.url.path.rsplit("/", 1)[-1] for request in spy.requests] == [function, "login"] + [
        function
    ] * 3
    assert raised.value.attempts == 5 and "after 5 attempts" in str(raised.value)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_post_that_may_have_been_done_is_sent_once(mode: str) -> None:
    clock = ManualClock()
    mock = make_mock(clock)
    mock.faults.reset(operation="AddPromotions", times=100)
    items = [{"PromoCode": "P1", "PromotionName": "One"}]
    if mode == "sync":
        spy: Spy | AsyncSpy = Spy(mock.transport())
        with sync_client(mock, clock, transport=spy) as client, pytest.raises(APIConnectionError) as raised:
            client.promotions.add_promotions(items=items)  # type: ignore[arg-type]
    else:
        spy = AsyncSpy(mock.async_transport())

        async def scenario() -> None:
            async with async_client(mock, clock, transport=spy) as client:
                await client.promotions.add_promotions(items=items)  # type: ignore[arg-type]

        with pytest.raises(APIConnectionError) as raised:
            run(scenario)
    assert _sent(spy, "AddPromotions") == 1 and raised.value.attempts == 1
