"""One account, one Login session: the races and refusals around a Login, in one process.

The mock and the clients share one ManualClock; a spy transport can delay a Login on its way to the mock
(the clock moves as the network would take time), which is what made a Login that is spaced from its own
request, rather than from the previous Login's answer, arrive less than a second after it.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

from optimove_client import Optimove, TokenExpiredError
from optimove_client._auth.secret import Secret
from optimove_client._store import open_store, urls
from optimove_client.errors import OptimoveError
from optimove_client.testing import DEFAULT_PASSWORD, DEFAULT_USERNAME, ManualClock, MockOptimove
from tests.client_helpers import (
    LOGIN_SPACING,
    MODES,
    AsyncSpy,
    Spy,
    async_client,
    make_mock,
    run,
    session,
    sync_client,
)

LAST_UPDATE = "general.get_last_data_update"
LOGIN_ENDINGS = ("token", "no token", "500", "broken")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(start=1_000.0)


@pytest.fixture
def mock(clock: ManualClock) -> MockOptimove:
    return make_mock(clock, rate_limits=())


class SlowFirstLogin:
    """The first Login spends `seconds` on its way to the server (the clock moves meanwhile)."""

    def __init__(self, clock: ManualClock, seconds: float) -> None:
        self.clock, self.seconds, self.logins = clock, seconds, 0

    def __call__(self, request: httpx.Request) -> httpx.Response | None:
        if request.url.path.endswith("/login"):
            self.logins += 1
            if self.logins == 1:
                self.clock.advance(self.seconds)
        return None


def _errors_of_32_threads(opt: Optimove) -> list[BaseException]:
    barrier = threading.Barrier(32)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            barrier.wait()
            opt.general.get_last_data_update()
        except BaseException as error:  # reported by the test
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return errors


@pytest.mark.reliability
def test_a_token_that_expires_within_a_second_of_its_login_32_threads(
    mock: MockOptimove, clock: ManualClock
) -> None:
    """32 threads meet a token expired less than a second after a slow Login: no error, one more Login."""
    slow = SlowFirstLogin(clock, 0.3)
    with sync_client(mock, clock, login=True, transport=Spy(mock.transport(), slow)) as opt:
        opt.general.get_last_data_update()
        mock.expire_tokens()  # the server drops the session at once
        assert _errors_of_32_threads(opt) == []
    assert (mock.logins.succeeded, mock.logins.rejected_too_soon) == (2, 0)


@pytest.mark.reliability
def test_a_token_that_expires_within_a_second_of_its_login_32_tasks(
    mock: MockOptimove, clock: ManualClock
) -> None:
    slow = SlowFirstLogin(clock, 0.3)

    async def scenario() -> None:
        async with async_client(
            mock, clock, login=True, transport=AsyncSpy(mock.async_transport(), slow)
        ) as opt:
            await opt.general.get_last_data_update()
            mock.expire_tokens()
            results = await asyncio.gather(*(opt.general.get_last_data_update() for _ in range(32)))
            assert all(result is not None for result in results)

    run(scenario)
    assert (mock.logins.succeeded, mock.logins.rejected_too_soon) == (2, 0)


@pytest.mark.parametrize("mode", MODES)
def test_logins_are_spaced_from_the_previous_answer(
    mode: str, mock: MockOptimove, clock: ManualClock
) -> None:
    slow = SlowFirstLogin(clock, 0.3)

    async def scenario() -> None:
        async with session(mode, mock, clock, login=True, intercept=slow) as call:
            await call(LAST_UPDATE)
            answered = clock.monotonic()
            mock.expire_tokens()
            await call(LAST_UPDATE)
            assert clock.sleeps[-1] == pytest.approx(LOGIN_SPACING)  # from the answer, not the request
            assert clock.monotonic() - answered >= LOGIN_SPACING - 1e-6  # the store's clock: epoch seconds

    run(scenario)
    assert mock.logins.rejected_too_soon == 0


@pytest.mark.reliability
@pytest.mark.parametrize("mode", MODES)
def test_a_429_to_the_login_after_an_expired_token_is_waited_out_not_taken_for_a_refusal(
    mode: str, mock: MockOptimove, clock: ManualClock
) -> None:
    """After "Authorization-Token Expired", a Login answered 429 is retried after Retry-After (within the
    call's retries): it never ends as TokenExpiredError or PermissionDeniedError."""

    async def scenario() -> None:
        async with session(mode, mock, clock, login=True) as call:
            await call(LAST_UPDATE)
            mock.expire_tokens()
            mock.faults.fail(429, operation="Login", retry_after="2")
            assert await call(LAST_UPDATE) is not None

    run(scenario)
    assert mock.logins.succeeded == 2
    assert 2.0 in clock.sleeps


@pytest.mark.parametrize("mode", MODES)
def test_a_stored_token_the_server_no_longer_knows_costs_one_login(
    mode: str, mock: MockOptimove, clock: ManualClock, tmp_path: Path
) -> None:
    """A token kept in a shared store from an older session is answered 401: it is dropped, and the call
    is replayed after one Login."""
    store_url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    probe = sync_client(mock, clock, login=True, store=store_url)
    store = open_store(urls.parse(store_url), probe._settings.account, clock)
    store.save_session(Secret("a-token-from-yesterday"), store.now(), 0)
    probe.close()

    async def scenario() -> None:
        async with session(mode, mock, clock, login=True, store=store_url) as call:
            assert await call(LAST_UPDATE) is not None
            assert await call(LAST_UPDATE) is not None

    run(scenario)
    assert mock.logins.succeeded == 1
    assert mock.calls.by_operation["GetLastDataUpdate"] == 3  # the 401, its replay, one more call
    assert store.session().token not in (None, Secret("a-token-from-yesterday"))
    store.close()


@pytest.mark.parametrize("mode", MODES)
def test_a_403_that_is_not_an_expiry_is_still_raised(
    mode: str, mock: MockOptimove, clock: ManualClock
) -> None:
    def forbid(request: httpx.Request) -> httpx.Response | None:
        if request.url.path.endswith("/GetAllActions"):
            return httpx.Response(403, json="Forbidden")
        return None

    async def scenario() -> None:
        async with session(mode, mock, clock, login=True, intercept=forbid) as call:
            await call(LAST_UPDATE)
            with pytest.raises(Exception) as raised:
                await call("actions.get_all_actions")
            assert not isinstance(raised.value, TokenExpiredError)
            assert getattr(raised.value, "status_code", None) == 403

    run(scenario)
    assert mock.logins.succeeded == 1


def _two_clients(
    mock: MockOptimove, clock: ManualClock, store: str, **kwargs: Any
) -> tuple[Optimove, Optimove]:
    credentials = {"username": DEFAULT_USERNAME, "password": DEFAULT_PASSWORD}
    return (
        sync_client(mock, clock, login=credentials, store=store, **kwargs),
        sync_client(mock, clock, login=credentials, store=store, **kwargs),
    )


def test_clients_sharing_a_store_share_one_session(
    mock: MockOptimove, clock: ManualClock, tmp_path: Path
) -> None:
    first, second = _two_clients(mock, clock, f"sqlite:///{tmp_path / 's.sqlite'}")
    with first, second:
        first.general.get_last_data_update()
        second.general.get_last_data_update()  # the stored token: no second Login (it would be a 429)
        clock.advance(19 * 60)
        first.general.get_last_data_update()
        clock.advance(19 * 60)
        second.general.get_last_data_update()  # its own last use is 38 minutes old, the account's is not
    assert (mock.logins.attempts, mock.logins.succeeded) == (1, 1)


def test_one_session_per_account_even_when_both_clients_find_it_expired(
    mock: MockOptimove, clock: ManualClock, tmp_path: Path
) -> None:
    first, second = _two_clients(mock, clock, f"sqlite:///{tmp_path / 's.sqlite'}")
    with first, second:
        first.general.get_last_data_update()
        second.general.get_last_data_update()
        mock.expire_tokens()
        clock.advance(2)
        first.general.get_last_data_update()  # 403: drops the token, logs in
        second.general.get_last_data_update()  # 403 with the old token: the store has a newer one
    assert (mock.logins.attempts, mock.logins.succeeded) == (2, 2)


@pytest.mark.parametrize("answer", LOGIN_ENDINGS)
@pytest.mark.parametrize("mode", MODES)
def test_a_login_lets_go_of_the_session_locks(
    mode: str, answer: str, mock: MockOptimove, clock: ManualClock, tmp_path: Path
) -> None:
    """The call loop takes the session's locks (this process's, and the store's, which every process of
    the account shares) for a Login and lets go of them once its answer is read, before the call it was
    for goes out: after a token, an error status, a broken connection, and an answer that is not a token
    (which raises in the middle). A lock kept would hold every later Login of the account until it expires."""
    store_url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    probe_client = sync_client(mock, clock, login=True, store=store_url)
    probe = open_store(urls.parse(store_url), probe_client._settings.account, clock)
    probe_client.close()
    failing = [answer != "token"]
    free_at_calls: list[bool] = []  # whether another process could take the lock as each call went out

    def free() -> bool:
        taken = probe.try_lock("another process", 60.0)
        probe.unlock("another process")
        return taken

    def login(request: httpx.Request) -> httpx.Response | None:
        if not request.url.path.endswith("/login"):
            free_at_calls.append(free())
            return None
        if not failing[0]:
            return None
        if answer == "no token":
            return httpx.Response(200, json=123)
        if answer == "500":
            return httpx.Response(500, json="Internal Server Error")
        raise httpx.ReadError("the connection broke", request=request)

    async def scenario() -> None:
        async with session(
            mode, mock, clock, login=True, store=store_url, max_retries=0, intercept=login
        ) as call:
            if failing[0]:
                with pytest.raises(OptimoveError):
                    await call(LAST_UPDATE)
            else:
                assert await call(LAST_UPDATE) is not None
            assert free()
            failing[0] = False
            mock.expire_tokens()
            assert await call.with_options(max_retries=2)(LAST_UPDATE) is not None  # logs in again

    run(scenario)
    probe.close()
    assert mock.logins.succeeded == (2 if answer == "token" else 1)
    # the Login's locks are let go before the call it was for goes out, not once that call is over
    assert free_at_calls == [True] * (3 if answer == "token" else 1)
