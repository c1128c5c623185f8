"""The clock tests drive: time-dependent rules of the mock and the client read one injected Clock.

There is one Clock protocol, optimove_client.Clock (monotonic, wall, sleep, asleep). The mock reads its
monotonic time; a client given the same ManualClock "sleeps" (retry backoff, Retry-After, rate-limit
waits) by moving it, instantly, and the clock records each wait.
"""

from __future__ import annotations

import asyncio
import threading

from optimove_client._transport.clock import SYSTEM_CLOCK, Clock, SystemClock

__all__ = ["SYSTEM_CLOCK", "Clock", "ManualClock", "SystemClock"]


class ManualClock:
    """A clock that moves only when told to (advance) or slept on, so tests cover expiry and windows
    without sleeping. Safe to share between the threads of a test."""

    def __init__(self, start: float = 0.0, wall: float = 1_700_000_000.0) -> None:
        self._now = start
        self._wall_offset = wall - start
        self._lock = threading.Lock()
        self.sleeps: list[float] = []

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock cannot go back")
        with self._lock:
            self._now += seconds

    def monotonic(self) -> float:
        with self._lock:
            return self._now

    def wall(self) -> float:
        return self.monotonic() + self._wall_offset

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            with self._lock:
                self.sleeps.append(seconds)
                self._now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)  # still yield to the event loop, as a real sleep would

    def __repr__(self) -> str:
        return f"ManualClock(now={self.monotonic()})"
