"""The call loop's decisions, without I/O: what each answer means, and whether and when to try again.

LoopCore reads what one request got back (Sent) and says how the attempt ended (Outcome): the call's
result, its error (errors.status_error, the one mapping), the wait before the next attempt (RetryDecisions)
and the pause a 429 puts on the account; after a Login, whether the session got its token. It also writes
the log lines of the loop: a debug line per request and an INFO line per retry. The steps that ask it are
in _call_steps, the I/O in _call_loop.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx
from optimove_generated.operation import Paging

from optimove_client._auth.session_state import LOGIN, Held, LoginVerdict, Renewal
from optimove_client._request.prepared_call import PreparedCall
from optimove_client._transport.call_state import Attempts, Decode, Outcome, Sent
from optimove_client._transport.clock import Clock
from optimove_client._transport.error_mapping import (
    body_excerpt,
    connection_error,
    status_error,
    token_expired,
)
from optimove_client._transport.retry import RetryDecisions
from optimove_client.errors import MalformedBodyError, OptimoveError, RateLimitError

logger = logging.getLogger("optimove_client")


def _page_of(paging: Paging | None, params: httpx.QueryParams) -> str:
    """' page $skip=200 $top=100' for a page request, by the names its operation pages with; else ''."""
    if paging is None or paging.offset.name not in params:
        return ""
    size_name = None if paging.page_size is None else paging.page_size.name
    size = "" if size_name is None else f" {size_name}={params.get(size_name, '-')}"
    return f" page {paging.offset.name}={params[paging.offset.name]}{size}"


def _encoding(response: httpx.Response) -> str:
    """The body's text encoding. httpx parses every Content-Type through the email package to find it
    (about 5 µs a call); most answers name no charset, and those are UTF-8."""
    if "charset" not in response.headers.get("Content-Type", "").lower():
        return "utf-8"
    return response.encoding or "utf-8"


class LoopCore:
    """The call loop's decisions and log lines, shared by every call of a client (no I/O)."""

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
        return Sent(status, body, _encoding(response), retry_after, location)

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
