"""The one loop every call goes through, plain or paged, sync or async: its steps, written once.

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

The loop is a generator that does no I/O: it yields each step it needs done (the dataclasses below) and
is sent back the step's answer. The sync and async call loops (_call_loop) are the two shells that do
the I/O; what an answer means is decided by LoopCore (_call_core).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Generator
from typing import Any, TypeVar

import httpx

from optimove_client._auth.session_state import (
    FIRST_LOGIN,
    LOGIN,
    Held,
    LoginVerdict,
    Plan,
    Renewal,
    is_refusal_of_token,
    sign,
)
from optimove_client._transport.call_core import LoopCore
from optimove_client._transport.call_state import Attempts, Decode, Done, Outcome, Sent, opening_login
from optimove_client._transport.ratelimit import Ticket

_T = TypeVar("_T")

# The steps are values, never changed once made, but not frozen: a call makes several, and a frozen
# dataclass's __init__ costs five times a plain one's (0.5 µs against 0.1 µs here).


@dataclasses.dataclass(slots=True)
class BudgetSlot:
    """Wait out any pause, then for a slot of the call budget. Answer: the Ticket."""

    operation: str
    exempt: bool = False


@dataclasses.dataclass(slots=True)
class Exchange:
    """Send the request and read its body within the attempt's deadline; the budget learns when it was
    answered. Answer: what came back (Sent), or the httpx.TransportError that broke the exchange."""

    request: httpx.Request
    timeout: httpx.Timeout
    buffered: bool  # read the body into one growing buffer (rows), else as httpx reads it
    ticket: Ticket


@dataclasses.dataclass(slots=True)
class Pause:
    """Pause every call of the account for `seconds` (a 429 said so). Answer: None."""

    seconds: float


@dataclasses.dataclass(slots=True)
class RetryWait:
    """Wait before the next attempt, told to the watchers with its reason. Answer: None."""

    operation: str
    seconds: float
    reason: str


# The steps below come only with a Login session.


@dataclasses.dataclass(slots=True)
class SessionToken:
    """The token the session holds, if it is surely valid. Answer: Held or None."""


@dataclasses.dataclass(slots=True)
class StoreTime:
    """The store's time, when a request is sent with the session's token. Answer: seconds."""


@dataclasses.dataclass(slots=True)
class TokenUsed:
    """A call made with the token succeeded: its use keeps the session alive. Answer: None."""

    held: Held
    sent_at: float


@dataclasses.dataclass(slots=True)
class Renewing:
    """Take the session's locks for a Login, and hold them until Renewed. Answer: the newer token another
    thread or process got meanwhile (Held), or the Plan of the Login to send."""

    renewal: Renewal


@dataclasses.dataclass(slots=True)
class Renewed:
    """Let go of the locks Renewing took. Answer: None."""


@dataclasses.dataclass(slots=True)
class LoginRequest:
    """The Login request with the client's credentials. Answer: the httpx.Request."""

    timeout: httpx.Timeout


@dataclasses.dataclass(slots=True)
class LoginAnswered:
    """Read the Login's answer; a token is saved in the store. Answer: the LoginVerdict."""

    plan: Plan
    renewal: Renewal
    status: int
    body: bytes


Step = (
    BudgetSlot
    | Exchange
    | Pause
    | RetryWait
    | SessionToken
    | StoreTime
    | TokenUsed
    | Renewing
    | Renewed
    | LoginRequest
    | LoginAnswered
)
# A generator of steps, each sent back its answer, that returns a _T.
Steps = Generator[Step, Any, _T]

_SESSION_TOKEN, _STORE_TIME, _RENEWED = SessionToken(), StoreTime(), Renewed()


class CallSteps:
    """The steps of the calls of one client, with a Login session (login=True) or without one."""

    def __init__(self, core: LoopCore, *, login: bool, store: str) -> None:
        self._core = core
        self._login_session = login
        self._store = store  # the store's URL, named when a Login is refused because of another session

    def run(
        self, attempts: Attempts, request: httpx.Request, decode: Decode, *, buffered: bool
    ) -> Steps[Done]:
        """The steps of one call; returns its result and its budget wait, or raises its error once the
        retry policy gives up."""
        core = self._core
        while True:
            outcome = yield from self._attempt(attempts, request, decode, buffered)
            if outcome.error is None:
                return Done(outcome.result, attempts.rate_limit_wait)
            if outcome.pause is not None:
                yield Pause(outcome.pause)
            if outcome.wait is None:
                raise outcome.error
            attempts.last_error = outcome.error
            reason = core.log_retry(attempts, outcome.error, outcome.wait)
            yield RetryWait(attempts.call.operation.operation_id, outcome.wait, reason)

    def _attempt(
        self, attempts: Attempts, request: httpx.Request, decode: Decode, buffered: bool
    ) -> Steps[Outcome]:
        core, login = self._core, self._login_session
        operation = attempts.call.operation
        held: Held | None = None
        for _ in range(2):  # once more only when the wait for the budget outlived the token
            if login and (attempts.renewal is not None or (yield _SESSION_TOKEN) is None):
                failed = yield from self._log_in(attempts, attempts.renewal or FIRST_LOGIN)
                if failed is not None:
                    return failed
            ticket: Ticket = yield BudgetSlot(operation.operation_id, exempt=operation.rate_limit_exempt)
            attempts.rate_limit_wait += ticket.waited
            held = (yield _SESSION_TOKEN) if login else None
            if not login or held is not None:
                break
        if login:
            sign(request, held)
        sent_at: float = (yield _STORE_TIME) if login else 0.0
        started = core.counted(attempts)
        sent: Sent | httpx.TransportError = yield Exchange(request, attempts.timeout, buffered, ticket)
        if isinstance(sent, httpx.TransportError):
            return core.failed(attempts, operation.operation_id, attempts.call.method, sent)
        outcome = core.settle(attempts, request, sent, started, decode)
        if login:
            if is_refusal_of_token(sent.status):
                return core.renew_after(attempts, outcome, sent, held)
            if held is not None and outcome.error is None:
                yield TokenUsed(held, sent_at)
        return outcome

    def _log_in(self, attempts: Attempts, renewal: Renewal) -> Steps[Outcome | None]:
        """A token for the call (None), or how the Login failed; the session's locks are held meanwhile
        (the shells let go of them also when a step raises)."""
        plan: Held | Plan = yield Renewing(renewal)
        outcome = yield from self._login(attempts, renewal, plan)
        yield _RENEWED
        return outcome

    def _login(self, attempts: Attempts, renewal: Renewal, plan: Held | Plan) -> Steps[Outcome | None]:
        core = self._core
        if not isinstance(plan, Plan):
            attempts.renewal = None  # another thread or process renewed it
            return None
        opening_login(attempts)
        if attempts.left < 2:  # a Login without the call after it would be wasted
            return core.give_up(attempts)
        ticket: Ticket = yield BudgetSlot(LOGIN)
        attempts.rate_limit_wait += ticket.waited
        request: httpx.Request = yield LoginRequest(attempts.timeout)
        started = core.counted(attempts)
        sent: Sent | httpx.TransportError = yield Exchange(request, attempts.timeout, False, ticket)
        if isinstance(sent, httpx.TransportError):
            return core.failed(attempts, LOGIN, "POST", sent)
        verdict: LoginVerdict = yield LoginAnswered(plan, renewal, sent.status, sent.body)
        return core.after_login(attempts, request, sent, started, verdict=verdict, store=self._store)
