"""The mock's call budget: several sliding windows at once per caller, answered 429 with Retry-After.

A call is allowed when every window has room, and then counts in all of them, as Optimove's own limits
do (by default 2000 calls an hour and 50 in 10 seconds; SendTransactionalMail 10 a second, apart).
"""

from __future__ import annotations

import bisect
import math
import threading
from collections.abc import Hashable, Sequence

from optimove_client.testing.clock import Clock

Windows = Sequence[tuple[int, float]]  # (calls, seconds)


class RateLimiter:
    def __init__(self, windows: Windows, clock: Clock) -> None:
        self._windows = tuple((int(calls), float(seconds)) for calls, seconds in windows)
        self._longest = max((seconds for _, seconds in self._windows), default=0.0)
        self._clock = clock
        self._history: dict[Hashable, list[float]] = {}
        self._lock = threading.Lock()

    def acquire(self, client: Hashable) -> int | None:
        """Count one call; None when it is allowed, else the whole seconds to wait (for Retry-After)."""
        if not self._windows:
            return None
        with self._lock:
            now = self._clock.monotonic()
            history = self._history.setdefault(client, [])
            del history[: bisect.bisect_right(history, now - self._longest)]
            waits = []
            for calls, seconds in self._windows:
                inside = history[bisect.bisect_right(history, now - seconds) :]
                if len(inside) >= calls:
                    waits.append(inside[-calls] + seconds - now)
            if waits:
                return max(1, math.ceil(max(waits)))
            history.append(now)
            return None

    def used(self, client: Hashable, seconds: float | None = None) -> int:
        """Calls counted in the last `seconds` (default: the longest window)."""
        window = self._longest if seconds is None else seconds
        with self._lock:
            now = self._clock.monotonic()
            history = self._history.get(client, [])
            return len(history) - bisect.bisect_right(history, now - window)
