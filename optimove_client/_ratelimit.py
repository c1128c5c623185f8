"""Stay inside Optimove's call budget on the client side: by default 2000 calls in any hour.

A limiter hands out call slots; transports wait for their slot before sending. Limiters are shared by
every client of the process that uses the same credential (the budget is per credential), and any object
with a reserve() method can replace the built-in one, e.g. to keep the budget in a shared store.
"""

from __future__ import annotations

import collections
import threading
from typing import Protocol

import httpx

from optimove_client._clock import Clock
from optimove_client._config import RateLimit
from optimove_client._context import context_of


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


def _wait_for(request: httpx.Request, limiter: RateLimiter) -> float:
    context = context_of(request)
    if context.rate_limit_exempt:
        return 0.0
    wait = limiter.reserve()
    if wait > 0:
        context.rate_limit_wait += wait
        if context.on_rate_limit_wait is not None:
            context.on_rate_limit_wait(wait)
    return wait


class RateLimitedTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, limiter: RateLimiter, clock: Clock) -> None:
        self._inner, self._limiter, self._clock = inner, limiter, clock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._clock.sleep(_wait_for(request, self._limiter))
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class AsyncRateLimitedTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, limiter: RateLimiter, clock: Clock) -> None:
        self._inner, self._limiter, self._clock = inner, limiter, clock

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await self._clock.asleep(_wait_for(request, self._limiter))
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()
