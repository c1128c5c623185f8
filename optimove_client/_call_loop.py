"""The one loop every call goes through, plain or paged, sync or async.

Each attempt waits out any pause the account's store holds and for a slot of the call budget, sends the
request (the httpx client's auth flow adds the credentials and, with a Login session, may log in or
replay after a 403), reads the body, and either decodes it or turns the failure into its exception;
RetryDecisions then says whether to try again and after how long. A 429 of the function pauses every
call of the account (in every process sharing the store) for the wait it advises. Nothing underneath
retries, so a call meets at most 1 + max_retries attempts on the wire, whatever fails, and its error
reports the attempts actually made.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import Any, cast

import httpx

from optimove_client._clock import Clock
from optimove_client._prepare import PreparedCall
from optimove_client._ratelimit import EXEMPT_EXTENSION, OPERATION_EXTENSION, AsyncBudget, Budget
from optimove_client._retry import RetryDecisions
from optimove_client._session_auth import LOGIN
from optimove_client.errors import (
    APIConnectionError,
    APITimeoutError,
    MalformedBodyError,
    OptimoveError,
    status_error,
)

logger = logging.getLogger("optimove_client")

# bytes of the body, its text encoding -> the call's result (may raise MalformedBodyError).
Decode = Callable[[bytes, str], Any]


@dataclasses.dataclass(frozen=True)
class Sent:
    """What one attempt got back: the answer's request (the call's own, or Login's), status and body."""

    request: httpx.Request
    status: int
    body: bytes
    encoding: str
    retry_after: float | None


@dataclasses.dataclass(frozen=True)
class Outcome:
    """How one attempt ended: its result, or its error and the seconds before the next attempt (None: no
    more attempts), and how long a 429 pauses the account."""

    result: Any = None
    error: OptimoveError | None = None
    wait: float | None = None
    pause: float | None = None


@dataclasses.dataclass
class Attempts:
    """The state of one call's loop: how many attempts were made and how long it waited for the budget."""

    call: PreparedCall
    allowed: int  # retries
    made: int = 0
    rate_limit_wait: float = 0.0


class LoopCore:
    """What the sync and async loops share: everything but the I/O."""

    def __init__(self, decisions: RetryDecisions, clock: Clock) -> None:
        self.decisions = decisions
        self.clock = clock

    def request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        call: PreparedCall,
        params: dict[str, Any],
        timeout: httpx.Timeout,
    ) -> httpx.Request:
        operation = call.operation
        extensions = {
            OPERATION_EXTENSION: operation.operation_id,
            EXEMPT_EXTENSION: operation.rate_limit_exempt,
        }
        return http.build_request(
            call.method,
            call.url,
            params=params or None,  # an empty dict still makes httpx merge and re-parse the URL
            json=call.body if call.has_body else None,
            headers=call.headers,
            timeout=timeout,
            extensions=extensions,
        )

    def sent(self, request: httpx.Request, response: httpx.Response, body: bytes) -> Sent:
        retry_after = self.decisions.retry_after(response) if response.status_code >= 400 else None
        return Sent(response.request, response.status_code, body, response.encoding or "utf-8", retry_after)

    def settle(
        self, attempts: Attempts, request: httpx.Request, sent: Sent, started: float, decode: Decode
    ) -> Outcome:
        call = attempts.call
        # The auth flow ends a call with Login's answer when Login failed: report and judge it as Login's.
        login = sent.request is not request
        operation = LOGIN if login else call.operation.operation_id
        method = sent.request.method if login else call.method
        self._describe(attempts, request, operation, sent.status, started)
        if sent.status >= 400:
            error = status_error(
                operation, sent.status, sent.body, attempts=attempts.made, retry_after=sent.retry_after
            )
            retry = attempts.made - 1
            wait = self.decisions.after_status(method, sent.status, sent.retry_after, retry, attempts.allowed)
            pause = None
            if sent.status == 429 and not login:  # Login's 429 is about the session, not the budget
                pause = sent.retry_after if sent.retry_after is not None else wait
                pause = self.decisions.backoff(retry) if pause is None else pause
            return Outcome(error=error, wait=wait, pause=pause)
        try:
            return Outcome(result=decode(sent.body, sent.encoding))
        except MalformedBodyError as malformed:
            return Outcome(error=malformed, wait=self._after_error(attempts, method, malformed))

    def failed(self, attempts: Attempts, error: httpx.TransportError) -> Outcome:
        """A connection that failed, timed out, or broke while the body was read."""
        call, kind = attempts.call, type(error).__name__
        name = call.operation.operation_id
        converted: APIConnectionError
        if isinstance(error, httpx.TimeoutException):
            converted = APITimeoutError(name, f"no answer in time ({kind})", attempts=attempts.made)
        else:
            converted = APIConnectionError(
                name, f"connection failed ({kind}: {error})", attempts=attempts.made
            )
        converted.__cause__ = error
        return Outcome(
            error=converted, wait=self._after_error(attempts, _method_of(error, call.method), error)
        )

    def _after_error(self, attempts: Attempts, method: str, error: Exception) -> float | None:
        return self.decisions.after_error(method, error, attempts.made - 1, attempts.allowed)

    def log_retry(self, attempts: Attempts, error: OptimoveError, wait: float) -> None:
        logger.debug(
            "%s: %s, retry %d in %.2f s",
            attempts.call.operation.operation_id,
            _cause(error),
            attempts.made,
            wait,
        )

    def _describe(
        self, attempts: Attempts, request: httpx.Request, operation: str, status: int, started: float
    ) -> None:
        """One debug line per attempt: function, page, status, time, attempt, budget wait (never a secret)."""
        if not logger.isEnabledFor(logging.DEBUG):
            return
        params = request.url.params
        page = f" page $skip={params['$skip']} $top={params.get('$top', '-')}" if "$skip" in params else ""
        logger.debug(
            "%s%s: HTTP %d in %.3f s (attempt %d of %d, %.2f s waiting for the rate limit)",
            operation,
            page,
            status,
            self.clock.monotonic() - started,
            attempts.made,
            attempts.allowed + 1,
            attempts.rate_limit_wait,
        )


def _method_of(error: httpx.TransportError, default: str) -> str:
    """The method of the request that failed: Login's (POST) when the auth flow was logging in."""
    try:
        return error.request.method
    except RuntimeError:  # raised without a request
        return default


def _cause(error: OptimoveError) -> str:
    status = getattr(error, "status_code", None)
    return f"HTTP {status}" if status is not None else type(error).__name__


def read_into_buffer(response: httpx.Response) -> bytes:
    """The body read once into one growing buffer (httpx would join a large body's chunks into a copy)."""
    buffer = bytearray()
    for chunk in response.iter_bytes():
        buffer += chunk
    return cast(bytes, buffer)  # msgspec and json read bytearrays as they read bytes


async def aread_into_buffer(response: httpx.Response) -> bytes:
    buffer = bytearray()
    async for chunk in response.aiter_bytes():
        buffer += chunk
    return cast(bytes, buffer)


class SyncCallLoop:
    def __init__(self, http: httpx.Client, core: LoopCore, budget: Budget) -> None:
        self._http = http
        self._core = core
        self._budget = budget

    def run(self, attempts: Attempts, request: httpx.Request, decode: Decode, *, buffered: bool) -> Any:
        """The result of the call; raises its error once the retry policy gives up."""
        core, operation = self._core, attempts.call.operation
        while True:
            waited = self._budget.wait(operation.operation_id, exempt=operation.rate_limit_exempt)
            attempts.rate_limit_wait += waited
            attempts.made += 1
            started = core.clock.monotonic()
            try:
                response = self._http.send(request, stream=True)
                try:
                    body = read_into_buffer(response) if buffered else response.read()
                finally:
                    response.close()
            except httpx.TransportError as broken:
                outcome = core.failed(attempts, broken)
            else:
                outcome = core.settle(attempts, request, core.sent(request, response, body), started, decode)
            if outcome.error is None:
                return outcome.result
            if outcome.pause is not None:
                self._budget.pause(outcome.pause)
            if outcome.wait is None:
                raise outcome.error
            core.log_retry(attempts, outcome.error, outcome.wait)
            core.clock.sleep(outcome.wait)


class AsyncCallLoop:
    def __init__(self, http: httpx.AsyncClient, core: LoopCore, budget: AsyncBudget) -> None:
        self._http = http
        self._core = core
        self._budget = budget

    async def run(self, attempts: Attempts, request: httpx.Request, decode: Decode, *, buffered: bool) -> Any:
        core, operation = self._core, attempts.call.operation
        while True:
            waited = await self._budget.wait(operation.operation_id, exempt=operation.rate_limit_exempt)
            attempts.rate_limit_wait += waited
            attempts.made += 1
            started = core.clock.monotonic()
            try:
                response = await self._http.send(request, stream=True)
                try:
                    body = await aread_into_buffer(response) if buffered else await response.aread()
                finally:
                    await response.aclose()
            except httpx.TransportError as broken:
                outcome = core.failed(attempts, broken)
            else:
                outcome = core.settle(attempts, request, core.sent(request, response, body), started, decode)
            if outcome.error is None:
                return outcome.result
            if outcome.pause is not None:
                await self._budget.pause(outcome.pause)
            if outcome.wait is None:
                raise outcome.error
            core.log_retry(attempts, outcome.error, outcome.wait)
            await core.clock.asleep(outcome.wait)
