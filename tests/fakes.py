"""Test doubles for the overlay: a clock that never really sleeps, shared with the mock."""

from __future__ import annotations

import asyncio
import threading


class FakeClock:
    """Implements optimove_client.Clock, and is callable as the mock's monotonic clock.

    sleep() and asleep() advance time at once and record how long they were asked to wait, so tests of
    backoff, Retry-After, token expiry and the rate limit run instantly and can assert the waits.
    """

    def __init__(self, start: float = 1_000.0, wall: float = 1_700_000_000.0) -> None:
        self._now = start
        self._wall_offset = wall - start
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def __call__(self) -> float:
        return self.monotonic()

    def monotonic(self) -> float:
        with self._lock:
            return self._now

    def wall(self) -> float:
        return self.monotonic() + self._wall_offset

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += seconds

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            with self._lock:
                self.sleeps.append(seconds)
                self._now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)  # still yield to the loop, as a real sleep would
