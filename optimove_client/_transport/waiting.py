"""Waits before a call, told as they happen: for the call budget, or after Optimove answered 429.

While anyone watches, a wait is slept in slices of at most a second, and before each slice every
watcher learns how long is left and why, so a progress line can count down instead of freezing (an
hourly budget spent would look like a hang). Watchers are the application's (the CLI's progress line);
the library only tells them. With no watcher a wait is one sleep, as before.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import threading
from collections.abc import Callable, Iterator

from optimove_client._transport.clock import Clock

_SLICE = 1.0  # seconds between two reports of one wait


@dataclasses.dataclass(frozen=True)
class Wait:
    """How long is left of a wait before `operation`'s next request, and why (reason, as it reads after
    the seconds: "for the call budget (2000/3600)", ": Optimove answered 429 (Retry-After 30)").
    A wait is told last with left=0.0, when it is over."""

    operation: str
    left: float
    reason: str

    def __str__(self) -> str:
        return f"waiting {math.ceil(self.left - 1e-9):,} s{after(self.reason)}"


def after(reason: str) -> str:
    """A reason as it follows "waiting N s": a space before it, unless it starts with a colon."""
    return reason if reason.startswith(":") else f" {reason}"


Watcher = Callable[[Wait], None]
_watchers: list[Watcher] = []
_lock = threading.Lock()


@contextlib.contextmanager
def watching(watcher: Watcher | None) -> Iterator[None]:
    """Tell `watcher` of every wait of this process while the block runs (None: no one)."""
    if watcher is None:
        yield
        return
    with _lock:
        _watchers.append(watcher)
    try:
        yield
    finally:
        with _lock:
            _watchers.remove(watcher)


def _tell(wait: Wait) -> None:
    with _lock:
        watchers = list(_watchers)
    for watcher in watchers:
        watcher(wait)


def _slices(clock: Clock, operation: str, seconds: float, reason: str) -> Iterator[float]:
    """The slices to sleep, each told to the watchers first (with the time left by the clock); the whole
    wait in one sleep while no one watches."""
    if not _watchers:
        yield seconds
        return
    end = clock.monotonic() + seconds
    left = seconds
    while left > 0:
        _tell(Wait(operation, left, reason))
        yield min(_SLICE, left)
        left = end - clock.monotonic()
    _tell(Wait(operation, 0.0, reason))  # over: a line that counted it down stops saying it


def wait_out(clock: Clock, operation: str, seconds: float, reason: str) -> None:
    for piece in _slices(clock, operation, seconds, reason):
        clock.sleep(piece)


async def await_out(clock: Clock, operation: str, seconds: float, reason: str) -> None:
    for piece in _slices(clock, operation, seconds, reason):
        await clock.asleep(piece)
