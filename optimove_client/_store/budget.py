"""The budget part of every store: pyrate-limiter's sliding-window-log buckets, asked one slot at a time.

pyrate-limiter checks every window of a bucket and records the call in one atomic step (under a lock in
memory, in one write transaction in SQLite, in one script in Redis) and returns the verdict with the wait
(Decision.retry_after_ms), so a caller learns how long to wait from the same step that refused it.

A bucket keeps that verdict on itself until put_decision() reads it back, so the threads (or tasks) of a
process that share a bucket take their slots one at a time: else one could read another's verdict.
"""

from __future__ import annotations

from pyrate_limiter import Rate, RateItem
from pyrate_limiter.abstracts.algorithm import Decision

from optimove_client._store.base import Window

# Buckets are leaked (entries older than every window dropped) once per this many slots.
LEAK_EVERY = 128
_NAME = "call"


def rates(windows: tuple[Window, ...]) -> list[Rate]:
    return [Rate(window.calls, window.milliseconds) for window in windows]


def item(now: float) -> RateItem:
    return RateItem(_NAME, int(now * 1000))


def wait_of(decision: Decision) -> float:
    """0.0 when the slot was taken; else the seconds until a slot may be free."""
    if decision.allowed:
        return 0.0
    if decision.retry_after_ms is None:  # only for a weight that never fits: not ours (weight 1)
        return 1.0
    return max(decision.retry_after_ms, 1) / 1000


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
