"""The budget's log in a Redis store (the rules are budget.py's): one sorted set per account, scope and
windows, a member per slot (its name) scored by its stamp in milliseconds, checked and recorded by one
script of our own, so that the step is atomic across every process of the account.

The key is the one the store has always used (optimove:<account>:budget:<scope>:<calls>/<ms>,...), and
so is the layout (a member per slot, scored by its stamp): processes of earlier versions, which name
their members NAME:RANDOM:1, count in the same sets during an upgrade, and this script counts theirs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from optimove_client._store import budget
from optimove_client._store.base import Budget, Tally, Window

# KEYS[1]: the log. ARGV: now (ms), the slot's name, the stamp below which entries are dropped first
# (-1: none dropped) and how long the key then lives (ms), then calls and milliseconds of each window,
# shortest first. Returns {-1, -1} when the slot was recorded; else the index of the first full window
# and the stamp of its calls-th newest entry (-1 when there is none).
SCRIPT = """
local log, now = KEYS[1], tonumber(ARGV[1])
local leaking = tonumber(ARGV[3]) >= 0
if leaking then
    redis.call('ZREMRANGEBYSCORE', log, '-inf', '(' .. ARGV[3])
end
local verdict = {-1, -1}
for i = 5, #ARGV, 2 do
    local calls, span = tonumber(ARGV[i]), tonumber(ARGV[i + 1])
    if redis.call('ZCOUNT', log, now - span, '+inf') >= calls then
        local blocking = redis.call('ZRANGE', log, -calls, -calls, 'WITHSCORES')
        verdict = {(i - 5) / 2, blocking[2] and tonumber(blocking[2]) or -1}
        break
    end
end
if verdict[1] < 0 then
    redis.call('ZADD', log, now, ARGV[2])
end
if leaking then
    redis.call('PEXPIRE', log, ARGV[4])
end
return verdict
"""
SHA = hashlib.sha1(SCRIPT.encode()).hexdigest()  # noqa: S324 - the name Redis gives the script


def key_of(prefix: str, scope: str, windows: tuple[Window, ...]) -> str:
    return f"{prefix}:budget:{scope}:" + ",".join(f"{w.calls}/{w.milliseconds}" for w in windows)


def arguments(windows: tuple[Window, ...], now: int, name: str, *, leak: bool) -> list[int | str]:
    """The script's ARGV for a slot `name` at `now`."""
    longest = max(window.milliseconds for window in windows)
    dropped: list[int | str] = [budget.leak_bound(windows, now), 2 * longest] if leak else [-1, 0]
    spans = [number for window in budget.in_order(windows) for number in (window.calls, window.milliseconds)]
    return [now, name, *dropped, *spans]


def verdict_of(reply: Sequence[int], windows: tuple[Window, ...], now: int) -> tuple[float, Window | None]:
    """(0.0, None) when the script recorded the slot; else the wait and the full window."""
    index, blocking = reply
    if index < 0:
        return 0.0, None
    window = budget.in_order(windows)[index]
    return budget.wait_for(window, now, blocking if blocking >= 0 else None), window


def queue_tally(pipe: Any, key: str, window: Window, now: int) -> None:
    """Queue on `pipe` the reads of `window`'s tally at `now` (read only: counted as the script counts)."""
    start = now - window.milliseconds
    pipe.zcount(key, start, "+inf")
    pipe.zrangebyscore(key, start, "+inf", start=0, num=1, withscores=True)  # its oldest entry
    pipe.zrange(key, -window.calls, -window.calls, withscores=True)  # the log's calls-th newest


def tallies_of(budgets: tuple[Budget, ...], replies: Sequence[Any]) -> tuple[tuple[Tally, ...], ...]:
    """The tallies of every window of `budgets`, from the replies of queue_tally for each, in order."""
    each = iter(replies)
    return tuple(
        tuple(_tally(window, next(each), next(each), next(each)) for window in windows)
        for _, windows in budgets
    )


def _tally(window: Window, used: int, oldest: Sequence[Any], calls_th: Sequence[Any]) -> Tally:
    """See budget.tally: the oldest entry the window counts, or the log's calls-th newest."""
    if not used:
        return Tally(window, 0, None)
    freeing = oldest if used <= window.calls else calls_th
    return Tally(window, int(used), int(freeing[0][1]) if freeing else None)
