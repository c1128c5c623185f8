"""A redis:// store outlives what happens to its server, against a real one (tests/redis_server.py): the
scripts flushed (SCRIPT FLUSH, a restart, a failover) are loaded again, and while the server is away
calls fail with a StoreError, after which the same client goes on once it is back. Sync and async."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import redis

from optimove_client import StoreError
from optimove_client._auth.secret import Secret
from optimove_client._store import open_async_store, open_store, urls
from optimove_client._store.base import NO_SESSION, AsyncStore, Window
from optimove_client.testing import ManualClock
from tests.redis_server import redis_process

WINDOWS = (Window(3, 60_000),)
PASSWORD = "redis-pw-8e1c"


class _Awaited:
    """An AsyncStore driven from a sync test: each operation run to its end on one event loop."""

    def __init__(self, store: AsyncStore, runner: asyncio.Runner) -> None:
        self._store = store
        self._runner = runner

    def __getattr__(self, name: str) -> Callable[..., Any]:
        operation = getattr(self._store, name)
        return lambda *arguments: self._runner.run(operation(*arguments))

    def close(self) -> None:
        self._runner.run(self._store.aclose())


@pytest.fixture(params=["sync", "async"])
def open_client(request: pytest.FixtureRequest) -> Iterator[Callable[[str, ManualClock], Any]]:
    """Opens a store the way the sync client does, or the async one."""
    opened: list[Any] = []
    with asyncio.Runner() as runner:

        def open_one(url: str, clock: ManualClock) -> Any:
            parsed = urls.parse(url)
            if request.param == "sync":
                store: Any = open_store(parsed, "account-a", clock)
            else:
                store = _Awaited(open_async_store(parsed, "account-a", clock), runner)
            opened.append(store)
            return store

        yield open_one
        for store in opened:
            store.close()


def _commands(admin: redis.Redis) -> dict[str, int]:
    stats = admin.info("commandstats")
    return {name.removeprefix("cmdstat_"): int(value["calls"]) for name, value in stats.items()}


@pytest.mark.reliability
def test_scripts_flushed_mid_run_are_loaded_again_at_no_cost_to_the_usual_call(
    fresh_redis: str, open_client: Callable[[str, ManualClock], Any]
) -> None:
    """Redis loses its scripts (SCRIPT FLUSH) mid-run: the next call loads them again and succeeds."""
    store = open_client(fresh_redis, ManualClock())
    admin = redis.Redis.from_url(fresh_redis)
    assert store.take_slot("general", WINDOWS).wait == 0
    admin.script_flush()  # what a restart or a failover does to the scripts
    admin.config_resetstat()
    assert store.take_slot("general", WINDOWS).wait == 0
    assert store.take_slot("general", WINDOWS).wait == 0
    assert store.take_slot("general", WINDOWS).wait > 0  # every slot was counted, the retried one once
    (bucket,) = admin.keys("optimove:*:budget:*")
    assert admin.zcard(bucket) == 3
    commands = _commands(admin)
    # The script was loaded again once; the usual call stays one pipeline (GET and EVALSHA), with no
    # SCRIPT EXISTS before it (what redis-py's Script objects would add to every pipeline).
    assert commands.get("script|load") == 1
    assert commands.get("evalsha") == 4  # 3 slots, and the one refused for want of the script
    assert "script|exists" not in commands
    admin.close()


@pytest.mark.reliability
def test_calls_made_while_redis_is_away_fail_closed_and_the_same_client_goes_on_after_it(
    tmp_path: Path, open_client: Callable[[str, ManualClock], Any]
) -> None:
    """Redis stopped, then restarted: calls fail closed (StoreError) meanwhile, then the client goes on."""
    with redis_process(tmp_path, password=PASSWORD) as server:
        clock = ManualClock()
        store = open_client(server.url, clock)
        admin = redis.Redis.from_url(server.url)
        assert store.take_slot("general", WINDOWS).wait == 0
        store.save_session(Secret("token-1"), store.now(), 0)
        server.stop()
        shown = f"redis://:***@127.0.0.1:{server.port}/0"
        for call in (lambda: store.take_slot("general", WINDOWS), store.session):
            with pytest.raises(StoreError) as raised:
                call()
            assert shown in str(raised.value)
            assert PASSWORD not in str(raised.value) + repr(raised.value)
        clock.advance(1_000)  # another server's clock (a failover): the store's time must follow it
        server.start()
        # The same client, no new one, on a server that lost its data (no persistence) and its scripts.
        assert store.session() == NO_SESSION
        assert store.now() == pytest.approx(_server_time(admin), abs=1.0)
        assert store.take_slot("general", WINDOWS).wait == 0
        store.pause_until(store.now() + 30)
        assert store.paused_until() > store.now() + 29
        admin.close()


def test_a_restart_between_two_calls_goes_unnoticed(
    tmp_path: Path, open_client: Callable[[str, ManualClock], Any]
) -> None:
    """redis-py reconnects on its own: only the missing script tells that the server restarted (or is
    another one), and the store then reads that server's clock too."""
    with redis_process(tmp_path) as server:
        clock = ManualClock()
        store = open_client(server.url, clock)
        admin = redis.Redis.from_url(server.url)
        assert store.take_slot("general", WINDOWS).wait == 0
        server.stop()
        clock.advance(1_000)
        server.start()
        assert store.take_slot("general", WINDOWS).wait == 0
        assert store.now() == pytest.approx(_server_time(admin), abs=1.0)
        admin.close()


def _server_time(admin: redis.Redis) -> float:
    seconds, microseconds = admin.time()
    return seconds + microseconds / 1e6
