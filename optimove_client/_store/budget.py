"""The budget part of every store: pyrate-limiter's sliding-window-log buckets, asked one slot at a time.

pyrate-limiter checks every window of a bucket and records the call in one atomic step (under a lock in
memory, in one write transaction in SQLite, in one script in Redis) and returns the verdict with the wait
(Decision.retry_after_ms), so a caller learns how long to wait from the same step that refused it.

A bucket keeps that verdict on itself until put_decision() reads it back, so the threads (or tasks) of a
process that share a bucket take their slots one at a time: else one could read another's verdict.

Each slot is an entry of its own name, so that a call that reached the server late can have its entry
moved to when it was answered (restamp, see _ratelimit.Budget.answered).
"""

from __future__ import annotations

import bisect
import operator
import uuid

from pyrate_limiter import InMemoryBucket, Rate, RateItem
from pyrate_limiter.abstracts.algorithm import Decision

from optimove_client._store.base import Window

# Buckets are leaked (entries older than every window dropped) once per this many slots.
LEAK_EVERY = 128


def rates(windows: tuple[Window, ...]) -> list[Rate]:
    return [Rate(window.calls, window.milliseconds) for window in windows]


def new_name() -> str:
    return "call-" + uuid.uuid4().hex[:20]


def item(now: float, name: str = "call") -> RateItem:
    return RateItem(name, milliseconds(now))


def milliseconds(now: float) -> int:
    return int(now * 1000)


def restamp_in_memory(bucket: InMemoryBucket, name: str, now: float) -> None:
    """Move the entry `name` of an in-memory bucket to `now`, keeping its entries in time order (under the
    lock the memory store takes around every use of its buckets)."""
    items = bucket.items
    for index in range(len(items) - 1, -1, -1):  # a recent entry: from the newest
        if items[index].name == name:
            del items[index]
            bisect.insort(items, item(now, name), key=operator.attrgetter("timestamp"))
            return


def wait_of(decision: Decision) -> float:
    """0.0 when the slot was taken; else the seconds until a slot may be free."""
    if decision.allowed:
        return 0.0
    if decision.retry_after_ms is None:  # only for a weight that never fits: not ours (weight 1)
        return 1.0
    return max(decision.retry_after_ms, 1) / 1000


def full_window(decision: Decision) -> Window | None:
    """The window that refused the slot (None when it was taken)."""
    rate = decision.failing_rate
    return None if rate is None else Window(rate.limit, rate.interval)


def redis_script() -> str:
    """pyrate-limiter's Redis check-and-record script, counting every entry from the window's start on.

    The script it ships counts the entries in [window start, the caller's own stamp]: an entry that another
    process stamped a millisecond later, but whose script ran first, is left out, so processes that race
    for the last slot of a window can each take it (seen here: 21 calls in a window of 20, with 8
    processes). Counting to +inf, as its SQLite and memory buckets do, includes them. The rest of the
    script, and its atomicity, are the library's.
    """
    from pyrate_limiter.buckets.redis_bucket import LuaScript  # noqa: PLC0415 - with the optional driver

    shipped = "redis.call('ZCOUNT', bucket, window_start, now)"
    if LuaScript.PUT_ITEM.count(shipped) != 1:
        raise RuntimeError("pyrate-limiter's Redis script changed: check optimove_client/_store/budget.py")
    return LuaScript.PUT_ITEM.replace(shipped, "redis.call('ZCOUNT', bucket, window_start, '+inf')")
