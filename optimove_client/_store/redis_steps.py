"""What a redis:// store does, written once for redis-py's sync and asyncio clients (see stepped.py): each
command's return value is yielded, and redis.py's two stores drive the bodies.

Taking a slot is one round trip: a pipeline of the read of the pause and the budget's script (by its
SHA, loaded at the first slot, and again when the server lost it). Checked updates run as WATCH/MULTI
transactions, again when the key changed meanwhile; the session lock is redis-py's Lock (SET NX PX,
released by compare-and-delete). After any error the offset to the server's clock is read again: a
restart or a failover may have brought another server.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from optimove_client._auth.secret import Secret
from optimove_client._store import budget, redis_budget
from optimove_client._store.base import NO_SESSION, Budget, BudgetReading, SessionRecord, Slot, Window
from optimove_client._store.stepped import Steps
from optimove_client._transport.clock import Clock
from optimove_client.errors import StoreError


class _Keys:
    def __init__(self, account: str) -> None:
        self.prefix = f"optimove:{account}"
        self.session = f"{self.prefix}:session"
        self.lock = f"{self.prefix}:login-lock"
        self.pause = f"{self.prefix}:pause"


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


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def _until(value: bytes | str | None) -> float:
    return float(value) if value is not None else float("-inf")


def _pause_ms(until: float, now: float) -> int:
    # The key removes itself a second after the pause ends.
    return max(1, int((until - now + 1.0) * 1000))


class RedisSteps:
    """The store's operations on one redis-py client (sync or asyncio: `driver` is the redis module)."""

    def __init__(self, driver: Any, client: Any, shown: str, account: str, clock: Clock) -> None:
        self.client = client
        self._shown = shown
        self._clock = clock
        self._keys = _Keys(account)
        self._errors_of = driver.exceptions.RedisError
        self._no_script = driver.exceptions.NoScriptError
        self._lock_errors = driver.exceptions.LockError
        self._changed = driver.exceptions.WatchError
        self._offset: float | None = None
        self._loaded = False  # the budget's script, once per store (and again when the server lost it)
        self._leaks = budget.Leaks()
        self._locks: dict[str, Any] = {}

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except self._errors_of as error:
            self._offset = None  # a restart or a failover may bring another server's clock: read it again
            raise StoreError(self._shown, f"{type(error).__name__}: {error}") from None

    def now(self) -> Steps[float]:
        if self._offset is None:
            with self._errors():
                before = self._clock.wall()
                seconds, microseconds = yield self.client.time()
                after = self._clock.wall()
            self._offset = seconds + microseconds / 1e6 - (before + after) / 2
        return self._clock.wall() + self._offset

    def take_slot(self, scope: str, windows: tuple[Window, ...]) -> Steps[Slot]:
        key = redis_budget.key_of(self._keys.prefix, scope, windows)
        leak = self._leaks.due(key)
        with self._errors():
            if not self._loaded:
                yield self.client.script_load(redis_budget.SCRIPT)
                self._loaded = True
            try:
                now, name, pause, reply = yield from self._put(key, windows, leak)
            except self._no_script:  # the server lost its scripts: nothing was counted
                self._offset = None  # a restarted server, or another one: its clock is read again too
                yield self.client.script_load(redis_budget.SCRIPT)
                now, name, pause, reply = yield from self._put(key, windows, leak)
        wait, full = redis_budget.verdict_of(reply, windows, budget.milliseconds(now))
        return Slot(wait, _until(pause), name, now, full)

    def _put(self, key: str, windows: tuple[Window, ...], leak: bool) -> Steps[tuple[float, str, Any, Any]]:
        name = budget.new_name()
        now = yield from self.now()  # right before: a slot is stamped when it is taken
        arguments = redis_budget.arguments(windows, budget.milliseconds(now), name, leak=leak)
        pipe = self.client.pipeline(transaction=False)
        pipe.get(self._keys.pause)
        pipe.evalsha(redis_budget.SHA, 1, key, *arguments)
        pause, reply = yield pipe.execute()
        return now, name, pause, reply

    def restamp(self, scope: str, windows: tuple[Window, ...], name: str, now: float) -> Steps[None]:
        key = redis_budget.key_of(self._keys.prefix, scope, windows)
        with self._errors():
            yield self.client.zadd(key, {name: budget.milliseconds(now)}, xx=True)

    def read_budgets(self, budgets: tuple[Budget, ...]) -> Steps[BudgetReading]:
        now = yield from self.now()
        stamp = budget.milliseconds(now)
        with self._errors():
            pipe = self.client.pipeline(transaction=True)  # MULTI/EXEC: every key at one moment
            pipe.get(self._keys.pause)
            for scope, windows in budgets:
                key = redis_budget.key_of(self._keys.prefix, scope, windows)
                for window in windows:
                    redis_budget.queue_tally(pipe, key, window, stamp)
            pause, *replies = yield pipe.execute()
        return BudgetReading(now, _until(pause), redis_budget.tallies_of(budgets, replies))

    def paused_until(self) -> Steps[float]:
        with self._errors():
            return _until((yield self.client.get(self._keys.pause)))

    def pause_until(self, until: float) -> Steps[None]:
        now = yield from self.now()

        def later(pipe: Any, current: bytes | None) -> bool:
            if current is not None and float(current) >= until:
                return False
            pipe.set(self._keys.pause, repr(until), px=_pause_ms(until, now))
            return True

        yield from self._watched(self._keys.pause, lambda pipe: pipe.get(self._keys.pause), later)

    def session(self) -> Steps[SessionRecord]:
        with self._errors():
            return _record((yield self.client.hgetall(self._keys.session)))

    def try_lock(self, holder: str, seconds: float) -> Steps[bool]:
        with self._errors():
            lock = self.client.lock(self._keys.lock, timeout=seconds, blocking=False, thread_local=False)
            if not (yield lock.acquire(token=holder)):
                return False
        self._locks[holder] = lock
        return True

    def unlock(self, holder: str) -> Steps[None]:
        lock = self._locks.pop(holder, None)
        if lock is None:
            return
        with self._errors(), contextlib.suppress(self._lock_errors):  # expired: someone else may hold it
            yield lock.release()

    def save_session(self, token: Secret, answered_at: float, generation: int) -> Steps[SessionRecord]:
        mapping = {"token": token.reveal(), "generation": generation + 1}
        mapping |= {"last_used": repr(answered_at), "answered_at": repr(answered_at)}
        yield from self._checked(
            generation, lambda pipe, _fields: pipe.hset(self._keys.session, mapping=mapping)
        )
        return (yield from self.session())

    def drop_token(self, generation: int) -> Steps[None]:
        yield from self._checked(generation, lambda pipe, _fields: pipe.hdel(self._keys.session, "token"))

    def touch(self, generation: int, used_at: float) -> Steps[None]:
        def later(pipe: Any, fields: dict[bytes, bytes]) -> None:
            if used_at > float(fields.get(b"last_used", b"-inf")):
                pipe.hset(self._keys.session, "last_used", repr(used_at))

        yield from self._checked(generation, later)

    def _checked(self, generation: int, change: Callable[[Any, dict[bytes, bytes]], object]) -> Steps[None]:
        """`change(pipe, fields)` queued in a transaction if the session is still at `generation`."""

        def still(pipe: Any, fields: dict[bytes, bytes]) -> bool:
            if int(fields.get(b"generation", b"0")) != generation:
                return False
            change(pipe, fields)
            return True

        yield from self._watched(self._keys.session, lambda pipe: pipe.hgetall(self._keys.session), still)

    def _watched(
        self, key: str, read: Callable[[Any], object], change: Callable[[Any, Any], bool]
    ) -> Steps[None]:
        """WATCH `key`, read it, and run what `change(pipe, value)` queues as one transaction (nothing
        when it returns False); again from the read when the key changed meanwhile."""
        with self._errors():
            while True:
                pipe = self.client.pipeline(transaction=True)
                try:
                    yield pipe.watch(key)
                    value = yield read(pipe)
                    pipe.multi()
                    if change(pipe, value):
                        yield pipe.execute()
                    return
                except self._changed:
                    continue
                finally:
                    yield pipe.reset()
