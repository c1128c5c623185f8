"""When a failed attempt is worth another, and how long to wait first.

The call loop asks; nothing else retries.

What is retried: 429 always (nothing was done); server errors (any status from 500 up, 520 included),
timeouts, broken connections, bodies cut short, bodies that are not JSON and successes the function does
not document (a proxy's 204, a cache's 304) only for GET and PUT, which change nothing when repeated; for
POST only failures to connect, where the request was never sent. A redirect is never followed nor retried:
it points at a login page or another host, and would point there again.
Retry-After (seconds or an HTTP date) is honoured up to a cap; otherwise the wait doubles from the
initial backoff, with jitter, up to the maximum.
"""

from __future__ import annotations

import email.utils
import random

import httpx

from optimove_client._config.policies import RetryPolicy
from optimove_client._transport.clock import Clock
from optimove_client.errors import MalformedBodyError, is_redirect

_REPEATABLE_METHODS = frozenset({"GET", "HEAD", "PUT"})
# Raised before the request left the client: safe to retry whatever the method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_BROKEN = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def retry_after_seconds(value: str | None, now: float) -> float | None:
    """A Retry-After header in seconds (a number or an HTTP date); None when absent or unreadable.

    now: wall-clock seconds since the epoch, to read an HTTP date against.
    """
    value = (value or "").strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - now)


class RetryDecisions:
    """The retry policy applied to one failed attempt of a call."""

    def __init__(self, policy: RetryPolicy, clock: Clock, rng: random.Random | None = None) -> None:
        self.policy = policy
        self._clock = clock
        self._random = rng or random.Random()  # noqa: S311 (jitter, not cryptography)

    def allowed(self, override: int | None = None) -> int:
        """Retries a call may make: the per-call override when given, else the policy's."""
        return self.policy.max_retries if override is None else override

    def backoff(self, retry: int) -> float:
        base = min(self.policy.max_backoff, self.policy.initial_backoff * 2.0**retry)
        return base * (1 - self.policy.jitter * self._random.random())

    def after_error(self, method: str, error: Exception, retry: int, allowed: int) -> float | None:
        """Seconds to wait before retry number `retry` + 1 after an attempt raised `error`; None to give up.

        error: an httpx transport error, or MalformedBodyError for a body that is not JSON.
        """
        if retry >= allowed:
            return None
        repeatable = method.upper() in _REPEATABLE_METHODS
        if isinstance(error, _NOT_SENT) or (repeatable and isinstance(error, (*_BROKEN, MalformedBodyError))):
            return self.backoff(retry)
        return None

    def after_status(
        self, method: str, status: int, retry_after: float | None, retry: int, allowed: int
    ) -> float | None:
        """Seconds to wait before retrying after an error status, or None to raise it."""
        if retry >= allowed:
            return None
        repeatable = method.upper() in _REPEATABLE_METHODS
        if status < 400:  # a status the function does not document, from something in between
            return self.backoff(retry) if repeatable and not is_redirect(status) else None
        if status != 429 and not (status >= 500 and repeatable):
            return None
        if retry_after is None:
            return self.backoff(retry)
        return retry_after if retry_after <= self.policy.max_retry_after else None

    def retry_after(self, response: httpx.Response) -> float | None:
        """The response's Retry-After in seconds, read against this policy's clock."""
        return retry_after_seconds(response.headers.get("Retry-After"), self._clock.wall())
