"""redis:// and rediss://: the store of processes on many machines, through redis-py (the [redis] extra).

Time is the Redis server's clock: the offset between it and the client's clock is read (TIME) when the
store is first used, so every process stamps its calls on the same clock, up to half a round trip plus
the drift of the local clock since then. What the store does is written once (redis_steps.py); the sync
store drives it on redis-py's client, the async one on redis.asyncio's (one connection pool per client
and loop).

The server may restart or fail over while clients run for months. A call made while it is away fails
with a StoreError (redis-py reconnects at the next one); after any error the clock offset is read again,
and a server without the budget script (it lost its scripts, or is another one) is given it again.
"""

from __future__ import annotations

from typing import Any

from optimove_client._auth.secret import Secret
from optimove_client._store.base import Budget, BudgetReading, SessionRecord, Slot, Window
from optimove_client._store.redis_steps import RedisSteps
from optimove_client._store.stepped import adrive, drive
from optimove_client._store.urls import StoreURL
from optimove_client._transport.clock import Clock
from optimove_client.errors import ConfigurationError

# Seconds a Redis command may take before the store is reported unreachable.
SOCKET_SECONDS = 5.0


def _driver() -> Any:
    try:
        import redis  # noqa: PLC0415 - an optional dependency, imported when a redis:// store is used
    except ImportError:
        raise ConfigurationError(
            "a redis:// store needs redis-py: pip install 'optimove-client[redis]'"
        ) from None
    return redis


def _steps(url: StoreURL, account: str, clock: Clock, *, asynchronous: bool) -> RedisSteps:
    """The store's operations on a new client of redis-py (sync) or redis.asyncio, not yet connected.

    Its retry policy, the same sync and async: a command that meets a broken connection (the server
    restarted since it was opened) is sent once more, on a new one; a server that is away fails the call
    at once. (redis-py's asyncio pool would otherwise hand out the broken one.)"""
    driver = _driver()
    from redis.backoff import NoBackoff  # noqa: PLC0415 - with the optional driver

    flavour = driver.asyncio if asynchronous else driver
    client = flavour.Redis.from_url(
        url.connection,
        socket_timeout=SOCKET_SECONDS,
        socket_connect_timeout=SOCKET_SECONDS,
        retry=flavour.retry.Retry(NoBackoff(), 1),
    )
    return RedisSteps(driver, client, url.shown, account, clock)


class RedisStore:
    def __init__(self, url: StoreURL, account: str, clock: Clock) -> None:
        self.url = url.shown
        self._steps = _steps(url, account, clock, asynchronous=False)
        self._client = self._steps.client

    def now(self) -> float:
        return drive(self._steps.now())

    def take_slot(self, scope: str, windows: tuple[Window, ...]) -> Slot:
        return drive(self._steps.take_slot(scope, windows))

    def restamp(self, scope: str, windows: tuple[Window, ...], name: str, stamp: float, now: float) -> None:
        drive(self._steps.restamp(scope, windows, name, now))

    def read_budgets(self, budgets: tuple[Budget, ...]) -> BudgetReading:
        return drive(self._steps.read_budgets(budgets))

    def paused_until(self) -> float:
        return drive(self._steps.paused_until())

    def pause_until(self, until: float) -> None:
        drive(self._steps.pause_until(until))

    def session(self) -> SessionRecord:
        return drive(self._steps.session())

    def try_lock(self, holder: str, seconds: float) -> bool:
        return drive(self._steps.try_lock(holder, seconds))

    def unlock(self, holder: str) -> None:
        drive(self._steps.unlock(holder))

    def save_session(self, token: Secret, answered_at: float, generation: int) -> SessionRecord:
        return drive(self._steps.save_session(token, answered_at, generation))

    def drop_token(self, generation: int) -> None:
        drive(self._steps.drop_token(generation))

    def touch(self, generation: int, used_at: float) -> None:
        drive(self._steps.touch(generation, used_at))

    def close(self) -> None:
        self._client.close()

    def __repr__(self) -> str:
        return f"RedisStore({self.url!r})"


class AsyncRedisStore:
    def __init__(self, url: StoreURL, account: str, clock: Clock) -> None:
        self.url = url.shown
        self._steps = _steps(url, account, clock, asynchronous=True)
        self._client = self._steps.client

    async def now(self) -> float:
        return await adrive(self._steps.now())

    async def take_slot(self, scope: str, windows: tuple[Window, ...]) -> Slot:
        return await adrive(self._steps.take_slot(scope, windows))

    async def restamp(
        self, scope: str, windows: tuple[Window, ...], name: str, stamp: float, now: float
    ) -> None:
        await adrive(self._steps.restamp(scope, windows, name, now))

    async def read_budgets(self, budgets: tuple[Budget, ...]) -> BudgetReading:
        return await adrive(self._steps.read_budgets(budgets))

    async def paused_until(self) -> float:
        return await adrive(self._steps.paused_until())

    async def pause_until(self, until: float) -> None:
        await adrive(self._steps.pause_until(until))

    async def session(self) -> SessionRecord:
        return await adrive(self._steps.session())

    async def try_lock(self, holder: str, seconds: float) -> bool:
        return await adrive(self._steps.try_lock(holder, seconds))

    async def unlock(self, holder: str) -> None:
        await adrive(self._steps.unlock(holder))

    async def save_session(self, token: Secret, answered_at: float, generation: int) -> SessionRecord:
        return await adrive(self._steps.save_session(token, answered_at, generation))

    async def drop_token(self, generation: int) -> None:
        await adrive(self._steps.drop_token(generation))

    async def touch(self, generation: int, used_at: float) -> None:
        await adrive(self._steps.touch(generation, used_at))

    async def aclose(self) -> None:
        await self._client.aclose()

    def __repr__(self) -> str:
        return f"AsyncRedisStore({self.url!r})"
