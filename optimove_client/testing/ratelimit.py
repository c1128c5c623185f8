"""The hourly call budget: a sliding window per client, answered 429 with Retry-After when spent."""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Hashable

from optimove_client.testing.clock import Clock


class RateLimiter:
    def __init__(self, calls: int | None, window_seconds: float, clock: Clock) -> None:
        self._calls = calls
        self._window = window_seconds
        self._clock = clock
        self._history: dict[Hashable, deque[float]] = {}

    def acquire(self, client: Hashable) -> int | None:
        """Count one call; None when it is allowed, else the whole seconds to wait (for Retry-After)."""
        if self._calls is None:
            return None
        now = self._clock.monotonic()
        history = self._history.setdefault(client, deque())
        while history and now - history[0] >= self._window:
            history.popleft()
        if len(history) >= self._calls:
            return max(1, math.ceil(history[0] + self._window - now))
        history.append(now)
        return None

    def used(self, client: Hashable) -> int:
        now = self._clock.monotonic()
        return sum(1 for at in self._history.get(client, ()) if now - at < self._window)
