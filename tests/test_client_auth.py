"""Authentication against the mock: API key, lazy Login, sliding token, one re-login on 403, single flight.

Client and mock share one ManualClock, so token expiry and the one-Login-per-second rule run instantly.
"""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any

import httpx
import pytest

from optimove_client import (
    AuthenticationError,
    Optimove,
    PermissionDeniedError,
    RateLimitError,
    TokenExpiredError,
)
from optimove_client.testing import DEFAULT_USERNAME, ManualClock, MockOptimove
from tests.client_helpers import (
    LOGIN_SPACING,
    MINUTE,
    MODES,
    Spy,
    async_client,
    paths,
    run,
    session,
    sync_client,
)

LAST_UPDATE = "general.get_last_data_update"


@pytest.mark.parametrize("mode", MODES)
def test_api_key_goes_in_its_header_and_nobody_logs_in(
    mode: str, mock: MockOptimove, clock: ManualClock
) -> None:
    spies: list[Any] = []

    async def scenario() -> None:
        async with session(mode, mock, clock, spies=spies) as call:
            assert await call(LAST_UPDATE) is not None
            assert await call("actions.get_all_actions")

    run(scenario)
    (spy,) = spies
    assert [r.headers["X-API-KEY"] for r in spy.requests] == [mock.api_key] * 2
    assert all("Authorization-Token" not in r.headers for r in spy.requests)
    assert mock.logins.attempts == 0


@pytest.mark.parametrize("mode", MODES)
def test_login_is_lazy_and_the_token_is_sent(mode: str, mock: MockOptimove, clock: ManualClock) -> None:
    spies: list[Any] = []

    async def scenario() -> None:
        async with session(mode, mock, clock, login=True, spies=spies) as call:
            assert mock.logins.attempts == 0  # constructing the client does not log in
            await call(LAST_UPDATE)
            await call("actions.get_all_actions")

    run(scenario)
    (spy,) = spies
    assert paths(spy.requests) == ["login", "GetLastDataUpdate", "GetAllActions"]
    assert json.loads(spy.requests[0].content)["UserName"] == DEFAULT_USERNAME
    assert "Authorization-Token" not in spy.requests[0].headers
    sent = {r.headers["Authorization-Token"] for r in spy.requests[1:]}
    assert len(sent) == 1 and "X-API-KEY" not in spy.requests[1].headers
    assert mock.logins.succeeded == 1


@pytest.mark.parametrize("mode", MODES)
def test_the_token_slides_while_it_is_used(mode: str, mock: MockOptimove, clock: ManualClock) -> None:
    async def scenario() -> None:
        async with session(mode, mock, clock, login=True) as call:
            await call(LAST_UPDATE)
            for _ in range(3):  # 19 minutes idle each time: 57 minutes after Login, still the same token
                clock.advance(19 * MINUTE)
                await call(LAST_UPDATE)

    run(scenario)
    assert mock.logins.attempts == 1
    assert mock.calls.by_operation["GetLastDataUpdate"] == 4  # no call met a 403


@pytest.mark.parametrize("mode", MODES)
def test_an_idle_token_is_replaced_before_the_call(mode: str, mock: MockOptimove, clock: ManualClock) -> None:
    async def scenario() -> None:
        async with session(mode, mock, clock, login=True) as call:
            await call(LAST_UPDATE)
            clock.advance(30 * MINUTE)  # surely expired: log in first rather than collect a 403
            assert await call(LAST_UPDATE) is not None

    run(scenario)
    assert mock.logins.succeeded == 2
    assert mock.calls.by_operation["GetLastDataUpdate"] == 2


@pytest.mark.parametrize("mode", MODES)
def test_expiry_met_as_a_403_causes_one_login_and_a_replay(
    mode: str, mock: MockOptimove, clock: ManualClock
) -> None:
    async def scenario() -> None:
        async with session(mode, mock, clock, login=True) as call:
            await call(LAST_UPDATE)
            clock.advance(20 * MINUTE + 1)  # expired for the server, not yet surely expired for the client
            assert await call(LAST_UPDATE) is not None

    run(scenario)
    assert mock.logins.succeeded == 2 and mock.logins.rejected_too_soon == 0
    assert mock.calls.by_operation["GetLastDataUpdate"] == 3  # 1, then a 403 and its replay


def _forbidden_once(mock: MockOptimove, body: bytes) -> Any:
    """The first non-Login call is answered 403 with this body (the server expired the token)."""
    state = {"done": False}

    def intercept(request: httpx.Request) -> httpx.Response | None:
        if state["done"] or request.url.path.endswith("/login"):
            return None
        state["done"] = True
        mock.expire_tokens()
        return httpx.Response(403, content=body)

    return intercept


FORBIDDEN_BODIES = {
    "plain": b"Authorization-Token Expired",
    "json-string": b'"Authorization-Token Expired"',
    "json-object": b'{"status": 403, "error": "Forbidden", "message": "Authorization-Token Expired"}',
    "other": b"Forbidden",
}


@pytest.mark.reliability
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("body", FORBIDDEN_BODIES.values(), ids=FORBIDDEN_BODIES.keys())
def test_any_403_causes_exactly_one_login_and_the_call_is_replayed(
    mode: str, body: bytes, mock: MockOptimove, clock: ManualClock
) -> None:
    spies: list[Any] = []

    async def scenario() -> None:
        async with session(
            mode, mock, clock, login=True, spies=spies, intercept=_forbidden_once(mock, body)
        ) as call:
            await call(LAST_UPDATE)  # Login, then the 403, then Login again and the replay
            assert await call("actions.get_all_actions")

    run(scenario)
    (spy,) = spies
    assert paths(spy.requests) == [
        "login",
        "GetLastDataUpdate",
        "login",
        "GetLastDataUpdate",
        "GetAllActions",
    ]
    first, replay = spy.headers[1], spy.headers[3]
    assert first["authorization-token"] != replay["authorization-token"]
    assert mock.logins.succeeded == 2


@pytest.mark.parametrize("mode", MODES)
def test_a_403_that_logging_in_does_not_cure_is_raised_after_one_login(
    mode: str, mock: MockOptimove, clock: ManualClock
) -> None:
    def intercept(request: httpx.Request) -> httpx.Response | None:
        if request.url.path.endswith("/login"):
            return None
        mock.expire_tokens()
        return httpx.Response(403, json="Authorization-Token Expired")

    async def scenario() -> None:
        async with session(mode, mock, clock, login=True, intercept=intercept) as call:
            with pytest.raises(TokenExpiredError) as raised:
                await call(LAST_UPDATE)
            assert raised.value.operation == "GetLastDataUpdate"

    run(scenario)
    assert mock.logins.attempts == 2  # the first Login, and one more: no loop


@pytest.mark.reliability
@pytest.mark.parametrize("mode", MODES)
def test_a_403_while_the_session_is_valid_is_a_refusal_not_an_expiry(
    mode: str, mock: MockOptimove, clock: ManualClock
) -> None:
    """A refusal (403 with a valid session): one Login attempt, answered 429, and PermissionDeniedError."""

    def intercept(request: httpx.Request) -> httpx.Response | None:
        if request.url.path.endswith("/GetAllActions"):
            return httpx.Response(403, json="Forbidden")
        return None

    async def scenario() -> None:
        async with session(mode, mock, clock, login=True, intercept=intercept) as call:
            await call(LAST_UPDATE)  # logs in
            with pytest.raises(PermissionDeniedError) as raised:
                await call("actions.get_all_actions")
            assert not isinstance(raised.value, TokenExpiredError)
            assert raised.value.operation == "GetAllActions"
            await call(LAST_UPDATE)  # the session is still the first one

    run(scenario)
    # The first Login, then one more that Optimove refuses with 429 (a session is live): not retried.
    assert (mock.logins.attempts, mock.logins.succeeded, mock.logins.rejected_too_soon) == (2, 1, 1)


class _SlowLogin:
    """Holds each Login up to 0.2 s or until a second Login arrives, so that racing threads overlap.

    With single flight the second Login never comes while the first is held (the hold just times out); a
    client without it sends the second Login during the hold, and the test counts it.
    """

    def __init__(self) -> None:
        self.logins = 0
        self._lock = threading.Lock()
        self._second = threading.Event()
        self.armed = False

    def __call__(self, request: httpx.Request) -> httpx.Response | None:
        if self.armed and request.url.path.endswith("/login"):
            with self._lock:
                self.logins += 1
                if self.logins >= 2:
                    self._second.set()
            self._second.wait(0.2)
        return None


def _race(opt: Optimove, threads: int = 32) -> list[BaseException]:
    barrier = threading.Barrier(threads)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            barrier.wait()
            opt.general.get_last_data_update()
        except BaseException as error:  # reported by the test
            errors.append(error)

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=30)
    return errors


@pytest.mark.reliability
@pytest.mark.parametrize("expiry", ["idle", "403"])
def test_32_threads_meeting_an_expired_token_cause_one_login(
    expiry: str, mock: MockOptimove, clock: ManualClock
) -> None:
    slow = _SlowLogin()
    with sync_client(mock, clock, login=True, transport=Spy(mock.transport(), slow)) as opt:
        opt.general.get_last_data_update()
        if expiry == "idle":
            clock.advance(30 * MINUTE)  # the client knows the token is dead: Login before the calls
        else:
            mock.expire_tokens()  # the client still believes in its token: every thread meets a 403
            clock.advance(2)
        slow.armed = True
        assert _race(opt) == []
    assert slow.logins == 1
    assert mock.logins.attempts == 2 and mock.logins.succeeded == 2


@pytest.mark.reliability
@pytest.mark.parametrize("expiry", ["idle", "403"])
def test_32_tasks_meeting_an_expired_token_cause_one_login(
    expiry: str, mock: MockOptimove, clock: ManualClock
) -> None:
    async def scenario() -> None:
        async with async_client(mock, clock, login=True) as opt:
            await opt.general.get_last_data_update()
            if expiry == "idle":
                clock.advance(30 * MINUTE)
            else:
                mock.expire_tokens()
                clock.advance(2)
            results = await asyncio.gather(*(opt.general.get_last_data_update() for _ in range(32)))
            assert all(result is not None for result in results)

    run(scenario)
    assert mock.logins.attempts == 2 and mock.logins.succeeded == 2


@pytest.mark.reliability
@pytest.mark.parametrize("mode", MODES)
def test_no_login_while_a_valid_token_is_held(mode: str, mock: MockOptimove, clock: ManualClock) -> None:
    async def scenario() -> None:
        async with session(mode, mock, clock, login=True) as call:
            for _ in range(10):
                await call(LAST_UPDATE)
                clock.advance(MINUTE)

    run(scenario)
    assert mock.logins.attempts == 1


@pytest.mark.reliability
@pytest.mark.parametrize("mode", MODES)
def test_never_two_logins_within_a_second(mode: str, mock: MockOptimove, clock: ManualClock) -> None:
    async def scenario() -> None:
        async with session(mode, mock, clock, login=True) as call:
            await call(LAST_UPDATE)
            mock.expire_tokens()  # a 403 right after Login: the next Login must wait out the second
            assert await call(LAST_UPDATE) is not None

    run(scenario)
    assert mock.logins.succeeded == 2
    assert mock.logins.rejected_too_soon == 0
    assert len(clock.sleeps) == 1 and clock.sleeps[0] == pytest.approx(LOGIN_SPACING)


@pytest.mark.reliability
@pytest.mark.parametrize("mode", MODES)
def test_a_refused_password_raises_at_once_without_a_loop(
    mode: str, mock: MockOptimove, clock: ManualClock
) -> None:
    async def scenario() -> None:
        async with session(mode, mock, clock, login="wrong-password") as call:
            with pytest.raises(AuthenticationError) as raised:
                await call(LAST_UPDATE)
            assert raised.value.status_code == 401 and raised.value.operation == "Login"
            assert mock.logins.attempts == 1  # no retry, no second Login
            clock.advance(5)
            with pytest.raises(AuthenticationError):  # the next call tries once more, and fails once more
                await call(LAST_UPDATE)

    run(scenario)
    assert mock.logins.attempts == 2 and mock.logins.rejected_credentials == 2
    assert mock.calls.by_operation["GetLastDataUpdate"] == 0


@pytest.mark.parametrize("mode", MODES)
def test_a_fixed_token_that_expired_raises_token_expired(
    mode: str, mock: MockOptimove, clock: ManualClock
) -> None:
    with mock.client() as http:
        token = http.post(
            "/current/general/login", json={"UserName": DEFAULT_USERNAME, "Password": "mock-password"}
        ).json()
    clock.advance(21 * MINUTE)

    async def scenario() -> None:
        async with session(mode, mock, clock, login={"token": token}) as call:
            with pytest.raises(TokenExpiredError) as raised:
                await call(LAST_UPDATE)
        assert raised.value.status_code == 403 and raised.value.operation == "GetLastDataUpdate"

    run(scenario)
    assert mock.logins.attempts == 1  # only ours above: a fixed token is never renewed


@pytest.mark.reliability
@pytest.mark.parametrize("mode", MODES)
def test_a_login_refused_for_a_session_live_elsewhere_says_so_and_names_the_store(
    mode: str, mock: MockOptimove, clock: ManualClock
) -> None:
    """A Login refused for a session live elsewhere: the error says so and names store=.

    One live session per user: a second client whose store does not hold the first one's session is
    refused until it expires. Its error says that, and how to share the session, not "retry in 1 s"."""

    async def scenario() -> None:
        async with session(mode, mock, clock, login=True, store="memory://") as first:
            await first(LAST_UPDATE)  # the session is live, in the first client's store only
            async with session(mode, mock, clock, login=True, store="memory://") as second:
                with pytest.raises(RateLimitError) as raised:
                    await second(LAST_UPDATE)
        message = str(raised.value)
        assert raised.value.operation == "Login" and "retry in" not in message
        assert "a session of this user is live elsewhere" in message and "store=" in message
        assert "memory://" in message  # the store the refused client used

    run(scenario)
    assert mock.logins.succeeded == 1 and mock.logins.rejected_too_soon == 5  # 1 + max_retries, then stop
