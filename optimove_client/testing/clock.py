"""Clocks for the mock: time-dependent rules (token idle time, rate limit) read one injected clock."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

# A monotonic clock in seconds. Only differences between readings matter.
Clock = Callable[[], float]

system_clock: Clock = time.monotonic


class ManualClock:
    """A clock that moves only when told to, so tests cover expiry and windows without sleeping.

    It is also an optimove_client.Clock: a client given the same clock as the mock "sleeps" (retry
    backoff, Retry-After, rate-limit waits) by moving this clock, instantly, and records each wait.
    """

    def __init__(self, start: float = 0.0, wall: float = 1_700_000_000.0) -> None:
        self._now = start
        self._wall_offset = wall - start
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock cannot go back")
        self._now += seconds

    # optimove_client.Clock ---------------------------------------------------------------------------

    def monotonic(self) -> float:
        return self._now

    def wall(self) -> float:
        return self._now + self._wall_offset

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            self.sleeps.append(seconds)
            self.advance(seconds)

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)  # still yield to the event loop, as a real sleep would

    def __repr__(self) -> str:
        return f"ManualClock(now={self._now})"
