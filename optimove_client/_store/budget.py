"""The budget part of every store: a sliding-window log, one entry per call slot, asked one slot at a time.

An entry is a slot's name and its stamp (store time, in whole milliseconds). A slot is taken when every
window has room: fewer than `calls` entries stamped from the window's start (now - its milliseconds)
on, later stamps included (a slot that another process stamped a moment later but recorded first counts
too). A refused slot is not recorded, and learns from the same step how long to wait: until the window's
`calls`-th newest entry leaves it. Every store checks and records in one atomic step (under a lock in
memory, in one write transaction in SQLite, in one script in Redis: see each backend), with these rules.

The log is the store's own rather than a rate-limiting library's: Redis needs the check, the record and
the read of the pause in one round trip across processes, and a slot moved to when its call was answered
(restamp, see _ratelimit.Budget.answered), which no library's public API gives.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import os
import secrets
from collections.abc import Callable

from optimove_client._store.base import Tally, Window

# Entries older than every window are dropped once per this many slots of a budget in a process.
LEAK_EVERY = 128

_STAMP = operator.itemgetter(0)


class _SlotNames:
    """Slot names unique in a log that many processes share: a random prefix of this process (drawn again
    in a forked child, which would otherwise repeat its parent's) and a counter. A uuid4 per slot costs a
    call about 2 µs more."""

    def __init__(self) -> None:
        self._draw()
        os.register_at_fork(after_in_child=self._draw)

    def _draw(self) -> None:
        self._prefix = "call-" + secrets.token_hex(8) + "-"
        self._count = itertools.count()

    def new(self) -> str:
        return self._prefix + str(next(self._count))


_SLOT_NAMES = _SlotNames()


def new_name() -> str:
    """A slot's name, unique in its log."""
    return _SLOT_NAMES.new()


def milliseconds(now: float) -> int:
    return int(now * 1000)


def in_order(windows: tuple[Window, ...]) -> list[Window]:
    """The windows as they are checked: the shortest first (the first full one is the one waited for)."""
    return sorted(windows, key=lambda window: window.milliseconds)


def leak_bound(windows: tuple[Window, ...], now: int) -> int:
    """The stamp before which an entry is outside every window."""
    return now - max(window.milliseconds for window in windows)


def wait_for(window: Window, now: int, blocking: int | None) -> float:
    """Seconds until `window` has room again, once the entry stamped `blocking` (its calls-th newest)
    leaves it (+1 ms: the window's start is inclusive); at least a millisecond."""
    milliseconds_left = 0 if blocking is None else blocking + window.milliseconds - now + 1
    return max(milliseconds_left, 1) / 1000


def verdict(
    windows: tuple[Window, ...],
    now: int,
    count_from: Callable[[int], int],
    newest: Callable[[int], int | None],
) -> tuple[float, Window | None]:
    """(0.0, None) when every window has room for a slot at `now`; else the wait and the full window.
    `count_from(start)` counts the entries stamped from `start` on; `newest(k)` is the stamp of the
    entry k places from the newest (0: the newest), None when there are not that many."""
    for window in in_order(windows):
        if count_from(now - window.milliseconds) >= window.calls:
            return wait_for(window, now, newest(window.calls - 1)), window
    return 0.0, None


def tally(
    window: Window, now: int, count_from: Callable[[int], int], newest: Callable[[int], int | None]
) -> Tally:
    """`window` at `now`, read as verdict() reads it (count_from and newest are verdict's): the entries
    it counts are the newest `used`, so its oldest is newest(used - 1); when it counts more than `calls`
    (another process's late stamps), a slot frees once its calls-th newest leaves, as verdict waits."""
    used = count_from(now - window.milliseconds)
    return Tally(window, used, newest(min(used, window.calls) - 1) if used else None)


class Leaks:
    """Says when a budget's log is due to drop its old entries (every LEAK_EVERY slots it asked for)."""

    def __init__(self) -> None:
        self._asked: dict[object, int] = {}

    def due(self, budget: object) -> bool:
        asked = self._asked.get(budget, 0) + 1
        self._asked[budget] = asked
        return asked % LEAK_EVERY == 0

    def forget(self) -> None:
        self._asked.clear()


class MemoryLog:
    """One budget's log in the memory of a process: (stamp, name) entries in time order. Not locked: the
    memory store holds its lock around every use."""

    def __init__(self) -> None:
        self._entries: list[tuple[int, str]] = []

    def take(
        self, windows: tuple[Window, ...], now: int, name: str, *, leak: bool
    ) -> tuple[float, Window | None]:
        if leak:
            del self._entries[: self._index_of(leak_bound(windows, now))]
        wait, full = verdict(windows, now, self._count_from, self._newest)
        if full is None:
            bisect.insort(self._entries, (now, name), key=_STAMP)
        return wait, full

    def restamp(self, name: str, now: int) -> None:
        """Move the entry `name` to `now`, if it is still in the log."""
        for index in range(len(self._entries) - 1, -1, -1):  # a recent entry: from the newest
            if self._entries[index][1] == name:
                del self._entries[index]
                bisect.insort(self._entries, (now, name), key=_STAMP)
                return

    def tally(self, window: Window, now: int) -> Tally:
        return tally(window, now, self._count_from, self._newest)

    def _index_of(self, start: int) -> int:
        return bisect.bisect_left(self._entries, start, key=_STAMP)

    def _count_from(self, start: int) -> int:
        return len(self._entries) - self._index_of(start)

    def _newest(self, k: int) -> int | None:
        return self._entries[-1 - k][0] if k < len(self._entries) else None
