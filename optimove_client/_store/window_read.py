"""How many calls each window of a budget holds now, read from the store without taking a slot.

The OpenTelemetry gauge of calls left (optimove_client.otel) reads it. It only counts what the stores'
own operations recorded (budget.py's rules: entries stamped from the window's start on), one read per
window, and records nothing: reading it spends no call and changes no budget. It is kept apart from the
stores' classes on purpose, as one function over the three backends, so that a budget read of the
stores' own (opt.budget(), issue 26) can take its place without touching anything else here.
"""

from __future__ import annotations

import sqlite3

from optimove_client._store import budget, redis_budget, sqlite_budget
from optimove_client._store.base import Store, Window
from optimove_client._store.memory import MemoryStore
from optimove_client._store.redis import RedisStore  # imports redis-py only once a store connects
from optimove_client._store.sqlite import SQLiteStore
from optimove_client._store.sqlite_connection import OpenFile


def calls_in_windows(store: Store, scope: str, windows: tuple[Window, ...]) -> tuple[int, ...]:
    """The calls each of `windows` (a budget of `scope`) counts now, in the order given."""
    if isinstance(store, MemoryStore):
        return _in_memory(store, scope, windows)
    if isinstance(store, SQLiteStore):
        return _in_sqlite(store, scope, windows)
    if isinstance(store, RedisStore):
        return _in_redis(store, scope, windows)
    raise TypeError(f"no budget read for {type(store).__name__}")


def _in_memory(store: MemoryStore, scope: str, windows: tuple[Window, ...]) -> tuple[int, ...]:
    shared = store._shared
    with shared.lock:
        now = budget.milliseconds(store.now())
        log = shared.logs.get((store._account, scope, windows))
        return tuple(0 if log is None else log._count_from(now - w.milliseconds) for w in windows)


def _in_sqlite(store: SQLiteStore, scope: str, windows: tuple[Window, ...]) -> tuple[int, ...]:
    table = sqlite_budget.table_of(store._account, scope, windows)

    def count(file: OpenFile) -> tuple[int, ...]:
        connection: sqlite3.Connection = file.connection
        exists = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
        if connection.execute(exists, (table,)).fetchone() is None:  # no call of this budget yet
            return (0,) * len(windows)
        now = budget.milliseconds(store.now())
        query = f'SELECT COUNT(*) FROM "{table}" WHERE item_timestamp >= ?'  # noqa: S608 - our table
        return tuple(int(connection.execute(query, (now - w.milliseconds,)).fetchone()[0]) for w in windows)

    return store._file.run(count)


def _in_redis(store: RedisStore, scope: str, windows: tuple[Window, ...]) -> tuple[int, ...]:
    steps = store._steps
    key = redis_budget.key_of(steps._keys.prefix, scope, windows)
    now = budget.milliseconds(store.now())
    with steps._errors():  # a server away is a StoreError, as for every other operation
        pipe = steps.client.pipeline(transaction=False)
        for window in windows:
            pipe.zcount(key, now - window.milliseconds, "+inf")
        return tuple(int(counted) for counted in pipe.execute())
