"""Clocks for the mock: time-dependent rules (token idle time, rate limit) read one injected clock."""

from __future__ import annotations

import time
from collections.abc import Callable

# A monotonic clock in seconds. Only differences between readings matter.
Clock = Callable[[], float]

system_clock: Clock = time.monotonic


class ManualClock:
    """A clock that moves only when told to, so tests cover expiry and windows without sleeping."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = start

    def __call__(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock cannot go back")
        self._now += seconds

    def __repr__(self) -> str:
        return f"ManualClock(now={self._now})"
