"""The one loop every call goes through, plain or paged, sync or async.

Each attempt waits out any pause the account's store holds and for a slot of the call budget, sends one
request, reads the body within the attempt's deadline, and either decodes it or turns the failure into
its exception; RetryDecisions then says whether to try again and after how long. A 429 of the function
pauses every call of the account (in every process sharing the store) for the wait it advises.

With a Login session, a Login is an attempt of its own: before the call when the client holds no live
token, and after a 401 or 403 that a new token may cure, followed by the replay of the call. Every request
counts: a call puts at most 1 + max_retries requests on the wire in all, Logins and replays included,
and one more where its very first request is a Login (the client held no token yet: that Login opens the
session rather than retrying anything). Its error reports the requests actually made.

Success is a status the function documents (200; 202 or 206 where the spec says so) with a body that
decodes; any other status is an error, never "no data". Nothing underneath retries.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import Any, cast

import httpx
from optimove_generated.operation import Paging

from optimove_client._clock import Clock
from optimove_client._deadline import attempt_deadline, attempt_seconds, check_deadline
from optimove_client._error_mapping import body_excerpt, connection_error, status_error, token_expired
from optimove_client._prepared_call import PreparedCall
from optimove_client._ratelimit import AsyncBudget, Budget, Ticket
from optimove_client._retry import RetryDecisions
from optimove_client._session_auth import (
    FIRST_LOGIN,
    LOGIN,
    AsyncSession,
    Held,
    LoginVerdict,
    Plan,
    Renewal,
    Session,
    is_refusal_of_token,
    sign,
)
from optimove_client._waiting import await_out, wait_out
from optimove_client.errors import MalformedBodyError, OptimoveError, RateLimitError

logger = logging.getLogger("optimove_client")

# bytes of the body, its text encoding -> the call's result (may raise MalformedBodyError).
Decode = Callable[[bytes, str], Any]
_LOGIN_SUCCESS = (200,)


def _page_of(paging: Paging | None, params: httpx.QueryParams) -> str:
    """' page $skip=200 $top=100' for a page request, by the names its operation pages with; else ''."""
    if paging is None or paging.offset.name not in params:
        return ""
    size_name = None if paging.page_size is None else paging.page_size.name
    size = "" if size_name is None else f" {size_name}={params.get(size_name, '-')}"
    return f" page {paging.offset.name}={params[paging.offset.name]}{size}"


@dataclasses.dataclass(frozen=True)
class Sent:
    """What one request got back: its status and body, and what the headers advise."""

    status: int
    body: bytes
    encoding: str
    retry_after: float | None
    location: str | None  # where a redirect pointed (redirects are not followed)


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
    """The state of one call's loop: the requests it may send and has sent, its waits, what comes next."""

    call: PreparedCall
    allowed: int  # retries
    timeout: httpx.Timeout
    made: int = 0  # requests put on the wire, Logins included
    rate_limit_wait: float = 0.0
    renewal: Renewal | None = None  # a Login the next attempt makes first (a 401 or 403 asked for it)
    refusal: Sent | None = None  # the 401 or 403 that asked for it
    last_error: OptimoveError | None = None
    limit: int = dataclasses.field(init=False)  # requests this call may send

    def __post_init__(self) -> None:
        self.limit = 1 + self.allowed

    @property
    def left(self) -> int:
        return self.limit - self.made


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
        return http.build_request(
            call.method,
            call.url,
            params=params or None,  # an empty dict still makes httpx merge and re-parse the URL
            json=call.body if call.has_body else None,
            headers=call.headers,
            timeout=timeout,
        )

    def sent(self, response: httpx.Response, body: bytes) -> Sent:
        status = response.status_code
        retry_after = self.decisions.retry_after(response) if status >= 400 else None
        location = response.headers.get("Location") if 300 <= status < 400 else None
        return Sent(status, body, response.encoding or "utf-8", retry_after, location)

    def counted(self, attempts: Attempts) -> float:
        """One more request is going out: count it; the time it starts."""
        attempts.made += 1
        return self.clock.monotonic()

    def settle(
        self, attempts: Attempts, request: httpx.Request, sent: Sent, started: float, decode: Decode
    ) -> Outcome:
        """The call's own answer: its result, or its error and whether to try again."""
        call = attempts.call
        operation = call.operation.operation_id
        self._describe(attempts, request, operation, sent.status, started, paging=call.operation.paging)
        if sent.status not in call.operation.success_statuses:
            return self._failed_status(attempts, operation, call.method, sent, retries=attempts.limit - 1)
        try:
            return Outcome(result=decode(sent.body, sent.encoding))
        except MalformedBodyError as malformed:
            return Outcome(error=malformed, wait=self._after_error(attempts, call.method, malformed))

    def after_login(
        self,
        attempts: Attempts,
        request: httpx.Request,
        sent: Sent,
        started: float,
        *,
        verdict: LoginVerdict,
        store: str,
    ) -> Outcome | None:
        """None once Login gave a token; else the call's error (the 403 was a refusal), or Login's own and
        whether to try again (only where the call after it can still be sent)."""
        self._describe(attempts, request, LOGIN, sent.status, started, paging=None)
        if verdict == "saved":
            attempts.renewal = None
            return None
        if verdict == "refused":
            return self.refused(attempts)
        outcome = self._failed_status(attempts, LOGIN, "POST", sent, retries=attempts.limit - 2)
        if outcome.wait is None and outcome.error is not None:
            return Outcome(error=refused_elsewhere(outcome.error, store))
        return outcome

    def _failed_status(
        self, attempts: Attempts, operation: str, method: str, sent: Sent, *, retries: int
    ) -> Outcome:
        error = status_error(
            operation,
            sent.status,
            sent.body,
            attempts=attempts.made,
            retry_after=sent.retry_after,
            location=sent.location,
        )
        retry = attempts.made - 1
        wait = self.decisions.after_status(method, sent.status, sent.retry_after, retry, retries)
        pause = None
        if sent.status == 429 and operation != LOGIN:  # Login's 429 is about the session, not the budget
            pause = sent.retry_after if sent.retry_after is not None else wait
            pause = self.decisions.backoff(retry) if pause is None else pause
        return Outcome(error=error, wait=wait, pause=pause)

    def renew_after(self, attempts: Attempts, outcome: Outcome, sent: Sent, held: Held | None) -> Outcome:
        """A 401 or 403 to a call made with a session token: log in and replay, if the call may still send
        both requests; else the answer is the call's error."""
        if (
            attempts.left < 2 or attempts.refusal is not None
        ):  # a token that a Login did not cure stays refused
            return outcome
        expired = sent.status == 401 or token_expired(body_excerpt(sent.body))
        attempts.renewal, attempts.refusal = Renewal(held, expired=expired), sent
        return Outcome(error=outcome.error, wait=0.0)

    def refused(self, attempts: Attempts) -> Outcome:
        """Login answered 429 after a 403 that did not say the token expired: the session is live, so the
        403 refused the call itself. It is the call's error."""
        refusal = attempts.refusal
        assert refusal is not None
        operation = attempts.call.operation.operation_id
        return Outcome(error=status_error(operation, refusal.status, refusal.body, attempts=attempts.made))

    @staticmethod
    def give_up(attempts: Attempts) -> Outcome:
        """Too few requests left for a Login and the call after it: the last error stands."""
        assert attempts.last_error is not None  # a Login comes this late only after a failed attempt
        return Outcome(error=attempts.last_error)

    def failed(self, attempts: Attempts, operation: str, method: str, error: httpx.TransportError) -> Outcome:
        """A connection that failed, timed out, or broke while the body was read."""
        converted = connection_error(operation, error, attempts=attempts.made)
        converted.__cause__ = error
        retries = attempts.limit - (2 if operation == LOGIN else 1)
        return Outcome(
            error=converted, wait=self.decisions.after_error(method, error, attempts.made - 1, retries)
        )

    def _after_error(self, attempts: Attempts, method: str, error: Exception) -> float | None:
        return self.decisions.after_error(method, error, attempts.made - 1, attempts.limit - 1)

    def log_retry(self, attempts: Attempts, error: OptimoveError, wait: float) -> str:
        """Say (INFO) that an attempt failed and what comes next; the reason of the wait before it."""
        name = attempts.call.operation.operation_id
        reason = _retry_reason(error, attempts)
        told = reason if reason.startswith(":") else ""  # a 429 and its advice; "before attempt n" is said
        what = "logging in again" if attempts.renewal is not None else f"retry in {wait:.2f} s{told}"
        logger.info(
            "%s: attempt %d of %d failed (%s), %s",
            name,
            attempts.made,
            attempts.limit,
            _cause(error),
            what,
        )
        return reason

    def _describe(
        self,
        attempts: Attempts,
        request: httpx.Request,
        operation: str,
        status: int,
        started: float,
        *,
        paging: Paging | None,
    ) -> None:
        """A debug line per request: function, page, status, time, requests, budget wait (never a secret)."""
        if not logger.isEnabledFor(logging.DEBUG):
            return
        page = _page_of(paging, request.url.params)
        logger.debug(
            "%s%s: HTTP %d in %.3f s (request %d of %d, %.2f s waiting for the rate limit)",
            operation,
            page,
            status,
            self.clock.monotonic() - started,
            attempts.made,
            attempts.limit,
            attempts.rate_limit_wait,
        )


def opening_login(attempts: Attempts) -> None:
    """A Login before the call's first request opens the session: it is not one of the call's retries."""
    if attempts.made == 0:
        attempts.limit += 1


def refused_elsewhere(error: OptimoveError, store: str) -> OptimoveError:
    """Login still answered 429: say what that means and what cures it, instead of "retry in 1 s"."""
    if not isinstance(error, RateLimitError):
        return error
    explained = RateLimitError(
        LOGIN,
        error.status_code,
        "Optimove allows one live session per user, and a session of this user is live elsewhere (another "
        "process, or an earlier run, that does not share this client's store "
        f"{store}); share it by giving every process the same store= (the default SQLite store is shared by "
        "the runs of one machine, redis://... by many), use an API key, or wait until that session expires, "
        "20 minutes after its last call",
        attempts=error.attempts,
        retry_after=error.retry_after,
    )
    explained.__cause__ = error
    return explained


def _retry_reason(error: OptimoveError, attempts: Attempts) -> str:
    """Why the call waits before its next attempt, as it reads after "waiting N s"."""
    if getattr(error, "status_code", None) == 429:
        after = getattr(error, "retry_after", None)
        advised = f"Retry-After {after:g}" if after is not None else "no Retry-After"
        return f": Optimove answered 429 ({advised})"
    return f"before attempt {attempts.made + 1} of {attempts.limit}"


def _cause(error: OptimoveError) -> str:
    status = getattr(error, "status_code", None)
    return f"HTTP {status}" if status is not None else type(error).__name__


def read_into_buffer(response: httpx.Response) -> bytes:
    """The body read once into one growing buffer (httpx would join a large body's chunks into a copy),
    within the attempt's deadline."""
    buffer = bytearray()
    for chunk in response.iter_bytes():
        buffer += chunk
        check_deadline(response.request)
    return cast(bytes, buffer)  # msgspec and json read bytearrays as they read bytes


async def aread_into_buffer(response: httpx.Response) -> bytes:
    buffer = bytearray()
    async for chunk in response.aiter_bytes():
        buffer += chunk
        check_deadline(response.request)
    return cast(bytes, buffer)


class SyncCallLoop:
    def __init__(
        self, http: httpx.Client, core: LoopCore, budget: Budget, session: Session | None = None
    ) -> None:
        self._http = http
        self._core = core
        self._budget = budget
        self._session = session

    def run(self, attempts: Attempts, request: httpx.Request, decode: Decode, *, buffered: bool) -> Any:
        """The result of the call; raises its error once the retry policy gives up."""
        core = self._core
        while True:
            outcome = self._attempt(attempts, request, decode, buffered)
            if outcome.error is None:
                return outcome.result
            if outcome.pause is not None:
                self._budget.pause(outcome.pause)
            if outcome.wait is None:
                raise outcome.error
            attempts.last_error = outcome.error
            reason = core.log_retry(attempts, outcome.error, outcome.wait)
            wait_out(core.clock, attempts.call.operation.operation_id, outcome.wait, reason)

    def _attempt(self, attempts: Attempts, request: httpx.Request, decode: Decode, buffered: bool) -> Outcome:
        session, core = self._session, self._core
        operation = attempts.call.operation
        held = None
        for _ in range(2):  # once more only when the wait for the budget outlived the token
            if session is not None and (attempts.renewal is not None or session.token() is None):
                failed = self._log_in(attempts, attempts.renewal or FIRST_LOGIN)
                if failed is not None:
                    return failed
            ticket = self._budget.wait(operation.operation_id, exempt=operation.rate_limit_exempt)
            attempts.rate_limit_wait += ticket.waited
            held = session.token() if session is not None else None
            if session is None or held is not None:
                break
        if session is not None:
            sign(request, held)
        sent_at = session.now() if session is not None else 0.0
        started = core.counted(attempts)
        try:
            sent = self._exchange(request, attempts, buffered, ticket)
        except httpx.TransportError as broken:
            return core.failed(attempts, operation.operation_id, attempts.call.method, broken)
        outcome = core.settle(attempts, request, sent, started, decode)
        if session is not None:
            if is_refusal_of_token(sent.status):
                return core.renew_after(attempts, outcome, sent, held)
            if held is not None and outcome.error is None:
                session.used(held, sent_at)
        return outcome

    def _log_in(self, attempts: Attempts, renewal: Renewal) -> Outcome | None:
        """A token for the call (None), or how the Login failed."""
        session, core = self._session, self._core
        assert session is not None
        with session.renewing(renewal) as plan:
            if not isinstance(plan, Plan):
                attempts.renewal = None  # another thread or process renewed it
                return None
            opening_login(attempts)
            if attempts.left < 2:  # a Login without the call after it would be wasted
                return core.give_up(attempts)
            ticket = self._budget.wait(LOGIN)
            attempts.rate_limit_wait += ticket.waited
            request = session.login_request(self._http, attempts.timeout)
            started = core.counted(attempts)
            try:
                sent = self._exchange(request, attempts, False, ticket)
            except httpx.TransportError as broken:
                return core.failed(attempts, LOGIN, "POST", broken)
            verdict = session.answered(plan, renewal, sent.status, sent.body)
        return core.after_login(
            attempts, request, sent, started, verdict=verdict, store=self._budget.store.url
        )

    def _exchange(self, request: httpx.Request, attempts: Attempts, buffered: bool, ticket: Ticket) -> Sent:
        with attempt_deadline(attempt_seconds(attempts.timeout)):
            try:
                response = self._http.send(request, stream=True)
            finally:
                self._budget.answered(ticket)  # the server has counted the call by now, if ever
            try:
                body = read_into_buffer(response) if buffered else response.read()
            finally:
                response.close()
        return self._core.sent(response, body)


class AsyncCallLoop:
    def __init__(
        self,
        http: httpx.AsyncClient,
        core: LoopCore,
        budget: AsyncBudget,
        session: AsyncSession | None = None,
    ) -> None:
        self._http = http
        self._core = core
        self._budget = budget
        self._session = session

    async def run(self, attempts: Attempts, request: httpx.Request, decode: Decode, *, buffered: bool) -> Any:
        core = self._core
        while True:
            outcome = await self._attempt(attempts, request, decode, buffered)
            if outcome.error is None:
                return outcome.result
            if outcome.pause is not None:
                await self._budget.pause(outcome.pause)
            if outcome.wait is None:
                raise outcome.error
            attempts.last_error = outcome.error
            reason = core.log_retry(attempts, outcome.error, outcome.wait)
            await await_out(core.clock, attempts.call.operation.operation_id, outcome.wait, reason)

    async def _attempt(
        self, attempts: Attempts, request: httpx.Request, decode: Decode, buffered: bool
    ) -> Outcome:
        session, core = self._session, self._core
        operation = attempts.call.operation
        held = None
        for _ in range(2):  # as in SyncCallLoop._attempt
            if session is not None and (attempts.renewal is not None or await session.token() is None):
                failed = await self._log_in(attempts, attempts.renewal or FIRST_LOGIN)
                if failed is not None:
                    return failed
            ticket = await self._budget.wait(operation.operation_id, exempt=operation.rate_limit_exempt)
            attempts.rate_limit_wait += ticket.waited
            held = await session.token() if session is not None else None
            if session is None or held is not None:
                break
        if session is not None:
            sign(request, held)
        sent_at = await session.now() if session is not None else 0.0
        started = core.counted(attempts)
        try:
            sent = await self._exchange(request, attempts, buffered, ticket)
        except httpx.TransportError as broken:
            return core.failed(attempts, operation.operation_id, attempts.call.method, broken)
        outcome = core.settle(attempts, request, sent, started, decode)
        if session is not None:
            if is_refusal_of_token(sent.status):
                return core.renew_after(attempts, outcome, sent, held)
            if held is not None and outcome.error is None:
                await session.used(held, sent_at)
        return outcome

    async def _log_in(self, attempts: Attempts, renewal: Renewal) -> Outcome | None:
        session, core = self._session, self._core
        assert session is not None
        async with session.renewing(renewal) as plan:
            if not isinstance(plan, Plan):
                attempts.renewal = None
                return None
            opening_login(attempts)
            if attempts.left < 2:
                return core.give_up(attempts)
            ticket = await self._budget.wait(LOGIN)
            attempts.rate_limit_wait += ticket.waited
            request = session.login_request(self._http, attempts.timeout)
            started = core.counted(attempts)
            try:
                sent = await self._exchange(request, attempts, False, ticket)
            except httpx.TransportError as broken:
                return core.failed(attempts, LOGIN, "POST", broken)
            verdict = await session.answered(plan, renewal, sent.status, sent.body)
        return core.after_login(
            attempts, request, sent, started, verdict=verdict, store=self._budget.store.url
        )

    async def _exchange(
        self, request: httpx.Request, attempts: Attempts, buffered: bool, ticket: Ticket
    ) -> Sent:
        with attempt_deadline(attempt_seconds(attempts.timeout)):
            try:
                response = await self._http.send(request, stream=True)
            finally:
                await self._budget.answered(ticket)
            try:
                body = await aread_into_buffer(response) if buffered else await response.aread()
            finally:
                await response.aclose()
        return self._core.sent(response, body)
