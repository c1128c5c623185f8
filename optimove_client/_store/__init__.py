"""The store of what belongs to an account, chosen by one URL (see base.py for what it keeps).

    memory://                   one process (the library's default)
    sqlite:///relative/path     processes of one machine (the CLI's default, in the user cache folder);
    sqlite:////absolute/path      created with mode 0600
    redis://HOST:PORT/DB        processes of many machines, through redis-py (optional extra [redis]);
    rediss://...                  TLS

Any URL takes ?lock_timeout=SECONDS: how long a process that died while logging in blocks the others.
Nothing is connected until the first call, where a store that cannot be reached is a StoreError.
"""

from __future__ import annotations

from optimove_client._store import urls
from optimove_client._store.base import AsyncStore, Store, account_key
from optimove_client._transport.clock import Clock

__all__ = ["AsyncStore", "Store", "account_key", "open_async_store", "open_store"]


def open_store(url: urls.StoreURL, account: str, clock: Clock) -> Store:
    """The account's store for the sync client (each kind's module is imported when a URL asks for it: a
    process uses one)."""
    if url.scheme in urls.REDIS_SCHEMES:
        from optimove_client._store.redis import RedisStore  # noqa: PLC0415 - the [redis] extra

        return RedisStore(url, account, clock)
    if url.scheme == "memory":
        from optimove_client._store.memory import MemoryStore  # noqa: PLC0415

        return MemoryStore(account, clock)
    from optimove_client._store.sqlite import SQLiteStore  # noqa: PLC0415

    return SQLiteStore(url, account, clock)


def open_async_store(url: urls.StoreURL, account: str, clock: Clock) -> AsyncStore:
    """The account's store for the async client: Redis's own, or the sync store's operations awaited
    (SQLite's in a worker thread: they may wait on another process's write lock)."""
    if url.scheme in urls.REDIS_SCHEMES:
        from optimove_client._store.redis import AsyncRedisStore  # noqa: PLC0415

        return AsyncRedisStore(url, account, clock)
    from optimove_client._store.async_adapter import AsyncAdapter  # noqa: PLC0415

    return AsyncAdapter(open_store(url, account, clock), blocking=url.scheme == "sqlite")
