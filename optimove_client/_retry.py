"""Try a failed call again when that is safe, waiting longer each time.

What is retried: 429 always (nothing was done); server errors (any status from 500 up, 520 included),
timeouts and broken connections only for GET and PUT, which change nothing when repeated; for POST only
failures to connect, where the request was never sent. Retry-After (seconds or an HTTP date) is honoured
up to a cap; otherwise the wait doubles from the initial backoff, with jitter, up to the maximum.
"""

from __future__ import annotations

import email.utils
import logging
import random

import httpx

from optimove_client._clock import Clock
from optimove_client._config import RetryPolicy
from optimove_client._context import CallContext, context_of

logger = logging.getLogger("optimove_client")

_REPEATABLE_METHODS = frozenset({"GET", "HEAD", "PUT"})
# Raised before the request left the client: safe to retry whatever the method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_BROKEN = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def retry_after_seconds(response: httpx.Response, now: float) -> float | None:
    """The server's Retry-After in seconds (a number or an HTTP date); None when absent or unreadable."""
    value = response.headers.get("Retry-After", "").strip()
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
    """The policy applied to one response or error; shared by the sync and async transports."""

    def __init__(self, policy: RetryPolicy, clock: Clock, rng: random.Random | None = None) -> None:
        self.policy = policy
        self._clock = clock
        self._random = rng or random.Random()  # noqa: S311 (jitter, not cryptography)

    def allowed(self, context: CallContext) -> int:
        allowed: int = self.policy.max_retries if context.max_retries is None else context.max_retries
        return allowed

    def backoff(self, retry: int) -> float:
        base = min(self.policy.max_backoff, self.policy.initial_backoff * 2.0**retry)
        return base * (1 - self.policy.jitter * self._random.random())

    def after_error(self, request: httpx.Request, error: Exception, retry: int) -> float | None:
        """Seconds to wait before retrying after a transport error, or None to give up."""
        context = context_of(request)
        if retry >= self.allowed(context):
            return None
        if isinstance(error, _NOT_SENT) or (
            isinstance(error, _BROKEN) and request.method in _REPEATABLE_METHODS
        ):
            return self.backoff(retry)
        return None

    def after_response(self, request: httpx.Request, response: httpx.Response, retry: int) -> float | None:
        """Seconds to wait before retrying after this response, or None to keep it."""
        context = context_of(request)
        status = response.status_code
        if retry >= self.allowed(context):
            return None
        if status != 429 and not (status >= 500 and request.method in _REPEATABLE_METHODS):
            return None
        advised = retry_after_seconds(response, self._clock.wall())
        if advised is None:
            return self.backoff(retry)
        return advised if advised <= self.policy.max_retry_after else None


def _log_retry(request: httpx.Request, cause: str, wait: float, retry: int) -> None:
    context = context_of(request)
    logger.debug("%s: %s, retry %d in %.2f s", context.operation_id, cause, retry + 1, wait)


class RetryingTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, decisions: RetryDecisions, clock: Clock) -> None:
        self._inner, self._decisions, self._clock = inner, decisions, clock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        context, retry = context_of(request), 0
        while True:
            context.attempts = retry + 1
            try:
                response = self._inner.handle_request(request)
                if not context.streaming:
                    response.read()  # a body cut short fails here, where it can still be retried
            except Exception as error:
                wait = self._decisions.after_error(request, error, retry)
                if wait is None:
                    raise
                _log_retry(request, type(error).__name__, wait, retry)
            else:
                wait = self._decisions.after_response(request, response, retry)
                if wait is None:
                    return response
                response.close()
                _log_retry(request, f"HTTP {response.status_code}", wait, retry)
            self._clock.sleep(wait)
            retry += 1

    def close(self) -> None:
        self._inner.close()


class AsyncRetryingTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, decisions: RetryDecisions, clock: Clock) -> None:
        self._inner, self._decisions, self._clock = inner, decisions, clock

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        context, retry = context_of(request), 0
        while True:
            context.attempts = retry + 1
            try:
                response = await self._inner.handle_async_request(request)
                if not context.streaming:
                    await response.aread()
            except Exception as error:
                wait = self._decisions.after_error(request, error, retry)
                if wait is None:
                    raise
                _log_retry(request, type(error).__name__, wait, retry)
            else:
                wait = self._decisions.after_response(request, response, retry)
                if wait is None:
                    return response
                await response.aclose()
                _log_retry(request, f"HTTP {response.status_code}", wait, retry)
            await self._clock.asleep(wait)
            retry += 1

    async def aclose(self) -> None:
        await self._inner.aclose()
