"""redis:// and rediss://: the store of processes on many machines, through redis-py (the [redis] extra).

Time is the Redis server's clock: the offset between it and the client's clock is read (TIME) when the
store is first used, so every process stamps its calls on the same clock, up to half a round trip plus
the drift of the local clock since then. Checked updates of the session run as WATCH/MULTI
transactions; the session lock is redis-py's Lock (SET NX PX, released by compare-and-delete).

The server may restart or fail over while clients run for months. A call made while it is away fails
with a StoreError (redis-py reconnects at the next one); after any error the clock offset is read again,
and a server without the budget script (it lost its scripts, or is another one) is given it again.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncIterator, Awaitable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, cast

from optimove_client._clock import Clock
from optimove_client._secret import Secret
from optimove_client._store import budget
from optimove_client._store.base import NO_SESSION, SessionRecord, Slot, Window
from optimove_client._store.urls import StoreURL
from optimove_client.errors import ConfigurationError, StoreError

if TYPE_CHECKING:
    import redis
    import redis.asyncio
    from pyrate_limiter.abstracts.algorithm import Decision

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


def _one_retry(driver: Any, asynchronous: bool) -> Any:
    """redis-py's retry policy for our clients, the same sync and async: a command that meets a broken
    connection (the server restarted since it was opened) is sent once more, on a new one; a server that
    is away fails the call at once. (redis-py's asyncio pool would otherwise hand out the broken one.)"""
    from redis.backoff import NoBackoff  # noqa: PLC0415 - with the optional driver

    retry = driver.asyncio.retry.Retry if asynchronous else driver.retry.Retry
    return retry(NoBackoff(), 1)


class _Keys:
    def __init__(self, account: str) -> None:
        prefix = f"optimove:{account}"
        self.session = f"{prefix}:session"
        self.lock = f"{prefix}:login-lock"
        self.pause = f"{prefix}:pause"
        self.budget = f"{prefix}:budget"

    def bucket(self, scope: str, windows: tuple[Window, ...]) -> str:
        return f"{self.budget}:{scope}:" + ",".join(f"{w.calls}/{w.milliseconds}" for w in windows)


def _record(raw: Mapping[Any, Any]) -> SessionRecord:
    if not raw:
        return NO_SESSION
    fields = {_text(key): _text(value) for key, value in raw.items()}
    token = fields.get("token")
    return SessionRecord(
        Secret(token) if token else None,
        int(fields.get("generation", "0")),
        float(fields.get("last_used", "-inf")),
        float(fields.get("answered_at", "-inf")),
    )


def _entries_of(name: str, members: Iterable[object]) -> list[str]:
    """The bucket's entries of the slot `name` (pyrate-limiter names them NAME:RANDOM:N)."""
    texts = (_text(member) for member in members if isinstance(member, bytes | str))
    return [text for text in texts if text.startswith(name + ":")]


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


class _ReadingThePause:
    """The redis-py client that pyrate-limiter's bucket is given: its script call (evalsha, the only command
    the bucket sends when taking a slot) goes out in one pipeline with a read of the pause, so that taking a
    slot costs one round trip. Every other command is the client's own."""

    def __init__(self, client: Any, pause_key: str) -> None:
        self._client = client
        self._pause_key = pause_key
        self.pause: bytes | None = None

    def evalsha(self, sha: str, numkeys: int, *keys_and_args: Any) -> Any:
        pipe = self._client.pipeline(transaction=False)
        pipe.get(self._pause_key)
        pipe.evalsha(sha, numkeys, *keys_and_args)
        self.pause, reply = pipe.execute()
        return reply

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


class _AsyncReadingThePause(_ReadingThePause):
    async def evalsha(self, sha: str, numkeys: int, *keys_and_args: Any) -> Any:
        pipe = self._client.pipeline(transaction=False)
        pipe.get(self._pause_key)
        pipe.evalsha(sha, numkeys, *keys_and_args)
        self.pause, reply = await pipe.execute()
        return reply


def _until(value: bytes | str | None) -> float:
    return float(value) if value is not None else float("-inf")


def _pause_ms(until: float, now: float) -> int:
    # The key removes itself a second after the pause ends.
    return max(1, int((until - now + 1.0) * 1000))


class RedisStore:
    def __init__(self, url: StoreURL, account: str, clock: Clock) -> None:
        driver = _driver()
        self.url = url.shown
        self._clock = clock
        self._keys = _Keys(account)
        self._errors_of = driver.exceptions.RedisError
        self._no_script = driver.exceptions.NoScriptError
        self._lock_errors = driver.exceptions.LockError
        self._client: redis.Redis = driver.Redis.from_url(
            url.connection,
            socket_timeout=SOCKET_SECONDS,
            socket_connect_timeout=SOCKET_SECONDS,
            retry=_one_retry(driver, asynchronous=False),
        )
        self._offset: float | None = None
        self._script = budget.redis_script()  # loaded at the first slot, and again when the server lost it
        self._buckets: dict[tuple[str, tuple[Window, ...]], tuple[Any, _ReadingThePause, list[int]]] = {}
        self._locks: dict[str, Any] = {}
        self._slots = threading.Lock()  # one slot at a time in this process (see budget.py)

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except self._errors_of as error:
            self._offset = None  # a restart or a failover may bring another server's clock: read it again
            raise StoreError(self.url, f"{type(error).__name__}: {error}") from None

    def now(self) -> float:
        if self._offset is None:
            with self._errors():
                before = self._clock.wall()
                seconds, microseconds = self._client.time()
                after = self._clock.wall()
            self._offset = seconds + microseconds / 1e6 - (before + after) / 2
        return self._clock.wall() + self._offset

    def take_slot(self, scope: str, windows: tuple[Window, ...]) -> Slot:
        from pyrate_limiter import RedisBucket  # noqa: PLC0415 - with the optional driver

        with self._errors(), self._slots:
            key = (scope, windows)
            found = self._buckets.get(key)
            if found is None:
                script = self._client.script_load(self._script)
                reading = _ReadingThePause(self._client, self._keys.pause)
                bucket_key = self._keys.bucket(scope, windows)
                bucket = RedisBucket(budget.rates(windows), cast(Any, reading), bucket_key, script)
                found = self._buckets[key] = (bucket, reading, [0])
            bucket, reading, taken = found
            try:
                now, name, decision = self._put(bucket)
            except self._no_script:  # the server lost its scripts: nothing was counted
                self._offset = None  # a restarted server, or another one: its clock is read again too
                self._client.script_load(self._script)  # the same text: the SHA the bucket has
                now, name, decision = self._put(bucket)
            paused = _until(reading.pause)
            taken[0] += 1
            if taken[0] % budget.LEAK_EVERY == 0:
                bucket.leak(budget.item(now).timestamp)
                self._client.pexpire(bucket.bucket_key, 2 * max(w.milliseconds for w in windows))
        return Slot(budget.wait_of(decision), paused, name, now, budget.full_window(decision))

    def _put(self, bucket: Any) -> tuple[float, str, Decision]:
        name = budget.new_name()
        now = self.now()  # read under the lock, right before: a slot is stamped when it is taken
        return now, name, cast("Decision", bucket.put_decision(budget.item(now, name)))

    def restamp(self, scope: str, windows: tuple[Window, ...], name: str, stamp: float, now: float) -> None:
        key = self._keys.bucket(scope, windows)
        at = budget.milliseconds(stamp)
        with self._errors():
            members = self._client.zrangebyscore(key, at, at)
            for member in _entries_of(name, members):
                self._client.zadd(key, {member: budget.milliseconds(now)}, xx=True)

    def paused_until(self) -> float:
        with self._errors():
            return _until(self._client.get(self._keys.pause))

    def pause_until(self, until: float) -> None:
        now = self.now()

        def later(pipe: Any) -> None:
            current = pipe.get(self._keys.pause)
            if current is not None and float(current) >= until:
                return
            pipe.multi()
            pipe.set(self._keys.pause, repr(until), px=_pause_ms(until, now))

        with self._errors():
            self._client.transaction(later, self._keys.pause)

    def session(self) -> SessionRecord:
        with self._errors():
            return _record(self._client.hgetall(self._keys.session))

    def try_lock(self, holder: str, seconds: float) -> bool:
        with self._errors():
            lock = self._client.lock(self._keys.lock, timeout=seconds, blocking=False, thread_local=False)
            if not lock.acquire(token=holder):
                return False
        self._locks[holder] = lock
        return True

    def unlock(self, holder: str) -> None:
        lock = self._locks.pop(holder, None)
        if lock is None:
            return
        with self._errors(), contextlib.suppress(self._lock_errors):  # expired: someone else may hold it
            lock.release()

    def _checked(self, generation: int, change: Any) -> None:
        """Run `change(pipe, fields)` in a transaction if the session is still at `generation`."""

        def step(pipe: Any) -> None:
            fields = pipe.hgetall(self._keys.session)
            if int(fields.get(b"generation", b"0")) != generation:
                return
            pipe.multi()
            change(pipe, fields)

        with self._errors():
            self._client.transaction(step, self._keys.session)

    def save_session(self, token: Secret, answered_at: float, generation: int) -> SessionRecord:
        mapping = {"token": token.reveal(), "generation": generation + 1}
        mapping |= {"last_used": repr(answered_at), "answered_at": repr(answered_at)}
        self._checked(generation, lambda pipe, _fields: pipe.hset(self._keys.session, mapping=mapping))
        return self.session()

    def drop_token(self, generation: int) -> None:
        self._checked(generation, lambda pipe, _fields: pipe.hdel(self._keys.session, "token"))

    def touch(self, generation: int, used_at: float) -> None:
        def later(pipe: Any, fields: dict[bytes, bytes]) -> None:
            if used_at > float(fields.get(b"last_used", b"-inf")):
                pipe.hset(self._keys.session, "last_used", repr(used_at))

        self._checked(generation, later)

    def close(self) -> None:
        self._client.close()

    def __repr__(self) -> str:
        return f"RedisStore({self.url!r})"


class AsyncRedisStore:
    """redis:// for the async client, through redis.asyncio (one connection pool per client and loop)."""

    def __init__(self, url: StoreURL, account: str, clock: Clock) -> None:
        driver = _driver()
        self.url = url.shown
        self._clock = clock
        self._keys = _Keys(account)
        self._errors_of = driver.exceptions.RedisError
        self._no_script = driver.exceptions.NoScriptError
        self._lock_errors = driver.exceptions.LockError
        self._client: redis.asyncio.Redis = driver.asyncio.Redis.from_url(
            url.connection,
            socket_timeout=SOCKET_SECONDS,
            socket_connect_timeout=SOCKET_SECONDS,
            retry=_one_retry(driver, asynchronous=True),
        )
        self._offset: float | None = None
        self._script = budget.redis_script()  # loaded at the first slot, and again when the server lost it
        self._buckets: dict[tuple[str, tuple[Window, ...]], tuple[Any, _ReadingThePause, list[int]]] = {}
        self._locks: dict[str, Any] = {}
        self._slots = asyncio.Lock()  # one slot at a time in this client (see budget.py)

    @contextlib.asynccontextmanager
    async def _errors(self) -> AsyncIterator[None]:
        try:
            yield
        except self._errors_of as error:
            self._offset = None  # a restart or a failover may bring another server's clock: read it again
            raise StoreError(self.url, f"{type(error).__name__}: {error}") from None

    async def now(self) -> float:
        if self._offset is None:
            async with self._errors():
                before = self._clock.wall()
                seconds, microseconds = await self._client.time()
                after = self._clock.wall()
            self._offset = seconds + microseconds / 1e6 - (before + after) / 2
        return self._clock.wall() + self._offset

    async def take_slot(self, scope: str, windows: tuple[Window, ...]) -> Slot:
        from pyrate_limiter import RedisBucket  # noqa: PLC0415

        async with self._errors(), self._slots:
            key = (scope, windows)
            found = self._buckets.get(key)
            if found is None:
                script = await self._client.script_load(self._script)
                reading: _ReadingThePause = _AsyncReadingThePause(self._client, self._keys.pause)
                bucket_key = self._keys.bucket(scope, windows)
                bucket = RedisBucket(budget.rates(windows), cast(Any, reading), bucket_key, script)
                found = self._buckets[key] = (bucket, reading, [0])
            bucket, reading, taken = found
            try:
                now, name, decision = await self._put(bucket)
            except self._no_script:  # as in RedisStore.take_slot
                self._offset = None
                await self._client.script_load(self._script)
                now, name, decision = await self._put(bucket)
            paused = _until(reading.pause)
            taken[0] += 1
            if taken[0] % budget.LEAK_EVERY == 0:
                await cast("Awaitable[int]", bucket.leak(budget.item(now).timestamp))
                await self._client.pexpire(bucket.bucket_key, 2 * max(w.milliseconds for w in windows))
        return Slot(budget.wait_of(decision), paused, name, now, budget.full_window(decision))

    async def _put(self, bucket: Any) -> tuple[float, str, Decision]:
        name = budget.new_name()
        now = await self.now()  # read under the lock, right before: a slot is stamped when it is taken
        return now, name, await cast("Awaitable[Decision]", bucket.put_decision(budget.item(now, name)))

    async def restamp(
        self, scope: str, windows: tuple[Window, ...], name: str, stamp: float, now: float
    ) -> None:
        key = self._keys.bucket(scope, windows)
        at = budget.milliseconds(stamp)
        async with self._errors():
            members = await self._client.zrangebyscore(key, at, at)
            for member in _entries_of(name, members):
                await self._client.zadd(key, {member: budget.milliseconds(now)}, xx=True)

    async def paused_until(self) -> float:
        async with self._errors():
            return _until(await self._client.get(self._keys.pause))

    async def pause_until(self, until: float) -> None:
        now = await self.now()

        async def later(pipe: Any) -> None:
            current = await pipe.get(self._keys.pause)
            if current is not None and float(current) >= until:
                return
            pipe.multi()
            pipe.set(self._keys.pause, repr(until), px=_pause_ms(until, now))

        async with self._errors():
            await self._client.transaction(later, self._keys.pause)

    async def session(self) -> SessionRecord:
        async with self._errors():
            return _record(await self._client.hgetall(self._keys.session))

    async def try_lock(self, holder: str, seconds: float) -> bool:
        async with self._errors():
            lock = self._client.lock(self._keys.lock, timeout=seconds, blocking=False, thread_local=False)
            if not await lock.acquire(token=holder):
                return False
        self._locks[holder] = lock
        return True

    async def unlock(self, holder: str) -> None:
        lock = self._locks.pop(holder, None)
        if lock is None:
            return
        async with self._errors():
            with contextlib.suppress(self._lock_errors):
                await lock.release()

    async def _checked(self, generation: int, change: Any) -> None:
        async def step(pipe: Any) -> None:
            fields = await pipe.hgetall(self._keys.session)
            if int(fields.get(b"generation", b"0")) != generation:
                return
            pipe.multi()
            change(pipe, fields)

        async with self._errors():
            await self._client.transaction(step, self._keys.session)

    async def save_session(self, token: Secret, answered_at: float, generation: int) -> SessionRecord:
        mapping = {"token": token.reveal(), "generation": generation + 1}
        mapping |= {"last_used": repr(answered_at), "answered_at": repr(answered_at)}
        await self._checked(generation, lambda pipe, _fields: pipe.hset(self._keys.session, mapping=mapping))
        return await self.session()

    async def drop_token(self, generation: int) -> None:
        await self._checked(generation, lambda pipe, _fields: pipe.hdel(self._keys.session, "token"))

    async def touch(self, generation: int, used_at: float) -> None:
        def later(pipe: Any, fields: dict[bytes, bytes]) -> None:
            if used_at > float(fields.get(b"last_used", b"-inf")):
                pipe.hset(self._keys.session, "last_used", repr(used_at))

        await self._checked(generation, later)

    async def aclose(self) -> None:
        await self._client.aclose()

    def __repr__(self) -> str:
        return f"AsyncRedisStore({self.url!r})"
