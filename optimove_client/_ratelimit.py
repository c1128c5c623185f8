"""Stay inside Optimove's call budget on the client side: by default 2000 calls in any hour.

A limiter hands out call slots; the call loop (and the Login flow, for the requests it sends itself) waits
for its slot before each request. Limiters are shared by every client of the process that uses the same
credential (the budget is per credential), and any object with a reserve() method can replace the
built-in one, e.g. to keep the budget in a shared store.
"""

from __future__ import annotations

import collections
import threading
from typing import Protocol

from optimove_client._clock import Clock
from optimove_client._config import RateLimit

# Set by the call loop on the requests of a function outside the budget (SendTransactionalMail), so that the
# Login flow does not take a slot when it replays one of them.
EXEMPT_EXTENSION = "optimove.rate_limit_exempt"


class RateLimiter(Protocol):
    def reserve(self) -> float:
        """Claim the next call slot and return how many seconds to wait before using it (0: now).

        Must be safe to call from several threads, and must not block.
        """


class SlidingWindowLimiter:
    """At most `calls` slots in any window of `period` seconds (a sliding log of the last `calls` slots).

    Unlike a token bucket, which would allow a full burst on top of a full refill, no window of `period`
    seconds ever holds more than `calls` calls.
    """

    def __init__(self, limit: RateLimit, clock: Clock) -> None:
        self.limit = limit
        self._clock = clock
        self._slots: collections.deque[float] = collections.deque(maxlen=limit.calls)
        self._lock = threading.Lock()

    def reserve(self) -> float:
        with self._lock:
            now = self._clock.monotonic()
            full = len(self._slots) == self.limit.calls
            slot = max(now, self._slots[0] + self.limit.period) if full else now
            self._slots.append(slot)  # maxlen drops the oldest
            return slot - now

    def __repr__(self) -> str:
        return f"SlidingWindowLimiter({self.limit.calls} calls per {self.limit.period:g} s)"


_shared: dict[tuple[str, int, float, int], SlidingWindowLimiter] = {}
_shared_lock = threading.Lock()


def shared_limiter(credential_fingerprint: str, limit: RateLimit, clock: Clock) -> SlidingWindowLimiter:
    """The process-wide limiter of one credential (by fingerprint, never by the secret itself)."""
    key = (credential_fingerprint, limit.calls, limit.period, id(clock))
    with _shared_lock:
        limiter = _shared.get(key)
        if limiter is None:
            limiter = _shared[key] = SlidingWindowLimiter(limit, clock)
        return limiter


class Budget:
    """One client's call budget: a limiter, and the clock its waits are slept on."""

    def __init__(self, limiter: RateLimiter, clock: Clock) -> None:
        self.limiter = limiter
        self._clock = clock

    def wait(self) -> float:
        """Wait for the next slot (blocking); returns the seconds waited."""
        seconds = self.limiter.reserve()
        self._clock.sleep(seconds)
        return max(0.0, seconds)

    async def await_slot(self) -> float:
        """Wait for the next slot without blocking the event loop; returns the seconds waited."""
        seconds = self.limiter.reserve()
        await self._clock.asleep(seconds)
        return max(0.0, seconds)

    def __repr__(self) -> str:
        return f"Budget({self.limiter!r})"
