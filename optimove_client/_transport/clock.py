"""Time as the client sees it. Everything time-dependent takes a Clock, so tests can run it instantly."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (for intervals)."""

    def wall(self) -> float:
        """Seconds since the epoch (for HTTP dates in Retry-After)."""

    def sleep(self, seconds: float) -> None: ...

    async def asleep(self, seconds: float) -> None:
        """Sleep without blocking the event loop."""


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        if seconds > 0:
            import asyncio  # noqa: PLC0415 (asyncio is loaded by whoever runs an event loop; sync calls never need it)

            await asyncio.sleep(seconds)

    def __repr__(self) -> str:
        return "SystemClock()"


SYSTEM_CLOCK = SystemClock()
