"""A Login lets go of the session's locks however it ends.

The call loop takes the session's locks (this process's, and the store's, which every process of the
account shares) for a Login and lets go of them once its answer is read: after a token, after an error
status, after a broken connection, and after an answer that is not a token (which raises in the middle).
A lock kept would hold every later Login of the account, in every process, until it expires.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from optimove_client._store import open_store, urls
from optimove_client.errors import OptimoveError
from optimove_client.testing import ManualClock, MockOptimove
from tests.client_helpers import MODES, make_mock, run, session, sync_client

LAST_UPDATE = "general.get_last_data_update"
ANSWERS = ("token", "no token", "500", "broken")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(start=1_000.0)


@pytest.fixture
def mock(clock: ManualClock) -> MockOptimove:
    return make_mock(clock, rate_limits=())


@pytest.mark.parametrize("answer", ANSWERS)
@pytest.mark.parametrize("mode", MODES)
def test_a_login_lets_go_of_the_session_locks(
    mode: str, answer: str, mock: MockOptimove, clock: ManualClock, tmp_path: Path
) -> None:
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
