"""The OpenTelemetry observer: a span per call (a page's too) and per Login, and the call metrics.

The call loop hands the watch of a call each step with its answer (_transport/observer.py): a slot of
the budget (the wait is recorded; Login's slot opens the Login's span), an exchange (its status; a 429 is
counted), a Login's answer (the Login's span ends with its outcome), a wait before another attempt
(counted, and added up on the call's span). The call's span is current while the call runs, so spans of
an HTTP instrumentation, and the Login's, are its children. Never recorded: a credential, a token, a user
name, a URL's query, a body.
"""

from __future__ import annotations

from collections.abc import Sized
from contextvars import Token
from types import TracebackType
from typing import Any, Self

import httpx
from opentelemetry import context, trace
from opentelemetry.context import Context
from opentelemetry.trace import INVALID_SPAN, Span, SpanKind, Status, StatusCode
from opentelemetry.util.types import AttributeValue

from optimove_client._auth.session_state import LOGIN
from optimove_client._request.prepared_call import PreparedCall
from optimove_client._store.base import GENERAL, TRANSACTIONAL
from optimove_client._transport.budget_report import EXEMPT_BUDGET, GENERAL_BUDGET
from optimove_client._transport.call_state import Attempts, Done, Sent
from optimove_client._transport.call_steps import BudgetSlot, Exchange, LoginAnswered, RetryWait, Step
from optimove_client._transport.observer import CallWatch, Observer, PullWatch
from optimove_client._transport.ratelimit import Ticket
from optimove_client.otel import _names as names
from optimove_client.otel._instruments import Instruments
from optimove_client.otel._pulls import PullSpan, ended, page_attributes

# What a Login's answer meant (LoginVerdict), as its span says it.
_LOGIN_OUTCOMES = {"saved": "token", "refused": "refused", "failed": "failed"}
_COUNTED_RESULTS = ("rows", "list")  # results whose records a span counts
# A budget by the name opt.budget() gives it.
_BUDGETS = {GENERAL: GENERAL_BUDGET, TRANSACTIONAL: EXEMPT_BUDGET}


def server_of(url: httpx.URL) -> dict[str, AttributeValue]:
    port = url.port if url.port is not None else (443 if url.scheme == "https" else 80)
    return {names.SERVER_ADDRESS: url.host, names.SERVER_PORT: port}


class OTelObserver(Observer):
    def __init__(self, tracer: trace.Tracer, instruments: Instruments) -> None:
        self.tracer = tracer
        self.instruments = instruments

    def call(self, attempts: Attempts, request: httpx.Request) -> CallWatch:
        return CallSpan(self, attempts, server_of(request.url))

    def pull(self, call: PreparedCall, *, start: int, page_size: int) -> PullWatch:
        return PullSpan(self.tracer, call, start=start, page_size=page_size)


class CallSpan(CallWatch):
    def __init__(self, observer: OTelObserver, attempts: Attempts, server: dict[str, AttributeValue]) -> None:
        self._tracer, self._instruments = observer.tracer, observer.instruments
        self._attempts = attempts
        self._function = attempts.call.operation.operation_id
        self._server = server
        self._span: Span = INVALID_SPAN
        self._token: Token[Context] | None = None
        self._login: Span | None = None
        self._login_token: Token[Context] | None = None
        self._status: int | None = None
        self._retries = 0
        self._retry_wait = 0.0
        self._rows: int | None = None

    def __enter__(self) -> Self:
        call = self._attempts.call
        attributes = {names.FUNCTION: self._function, names.HTTP_METHOD: call.method, **self._server}
        self._span = self._tracer.start_span(
            f"Optimove {self._function}",
            kind=SpanKind.CLIENT,
            attributes={**attributes, **page_attributes()},
        )
        self._token = context.attach(trace.set_span_in_context(self._span))
        return self

    def answered(self, step: Step, answer: Any) -> None:
        match step:
            case BudgetSlot():
                self._slot(step, answer)
            case Exchange():
                self._exchanged(answer)
            case LoginAnswered():
                self._logged_in(step, answer)
            case RetryWait():
                self._retried(step)

    def done(self, done: Done) -> None:
        result = done.result
        if self._attempts.call.operation.result.kind in _COUNTED_RESULTS and isinstance(result, Sized):
            self._rows = len(result)

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._login is not None:  # the call ended while its Login was under way (a stop, a store error)
            self._end_login(error)
        attempts = self._attempts
        self._span.set_attributes(
            {
                names.ATTEMPTS: attempts.made,
                names.RETRIES: self._retries,
                names.RETRY_WAIT: self._retry_wait,
                names.BUDGET_WAIT: attempts.rate_limit_wait,
            }
        )
        counted: dict[str, AttributeValue] = {
            names.FUNCTION: self._function,
            names.HTTP_METHOD: attempts.call.method,
            names.SERVER_ADDRESS: self._server[names.SERVER_ADDRESS],
        }
        if self._status is not None:
            self._span.set_attribute(names.HTTP_STATUS, self._status)
            counted[names.HTTP_STATUS] = self._status
        if self._rows is not None:
            self._span.set_attribute(names.ROWS, self._rows)
        if error is not None:
            counted[names.ERROR_TYPE] = type(error).__qualname__
        ended(self._span, error)
        if self._token is not None:
            context.detach(self._token)
        self._instruments.calls.add(1, counted)

    def _metric(self, function: str, **more: AttributeValue) -> dict[str, AttributeValue]:
        return {names.FUNCTION: function, names.SERVER_ADDRESS: self._server[names.SERVER_ADDRESS], **more}

    def _slot(self, step: BudgetSlot, ticket: Ticket) -> None:
        scope = {names.BUDGET_SCOPE: _BUDGETS.get(ticket.scope, ticket.scope)}
        self._instruments.budget_wait.record(ticket.waited, self._metric(step.operation, **scope))
        if step.operation == LOGIN:  # the Login's own attempt begins once its slot is taken
            attributes = {names.FUNCTION: LOGIN, names.HTTP_METHOD: "POST", **self._server}
            self._login = self._tracer.start_span(
                f"Optimove {LOGIN}",
                kind=SpanKind.CLIENT,
                attributes={**attributes, names.BUDGET_WAIT: ticket.waited},
            )
            self._login_token = context.attach(trace.set_span_in_context(self._login))

    def _exchanged(self, sent: Sent | httpx.TransportError) -> None:
        status = sent.status if isinstance(sent, Sent) else None
        if status == 429:
            function = LOGIN if self._login is not None else self._function
            self._instruments.too_many_requests.add(1, self._metric(function))
        if self._login is None:
            self._status = status  # the last attempt's; none where it got no answer
        elif isinstance(sent, Sent):
            self._login.set_attribute(names.HTTP_STATUS, sent.status)
        else:
            self._end_login(sent)  # the connection broke: no answer will be read

    def _logged_in(self, step: LoginAnswered, verdict: str) -> None:
        login = self._login
        if login is None:
            return
        login.set_attribute(names.LOGIN_OUTCOME, _LOGIN_OUTCOMES.get(verdict, verdict))
        if verdict != "saved":
            login.set_attribute(names.ERROR_TYPE, str(step.status))
            login.set_status(Status(StatusCode.ERROR, f"Login answered HTTP {step.status}"))
        self._end_login(None)

    def _end_login(self, error: BaseException | None) -> None:
        assert self._login is not None
        ended(self._login, error)
        if self._login_token is not None:
            context.detach(self._login_token)
        self._login, self._login_token = None, None

    def _retried(self, step: RetryWait) -> None:
        self._retries += 1
        self._retry_wait += step.seconds
        last = self._attempts.last_error
        cause = type(last).__qualname__ if last is not None else "unknown"
        self._instruments.retries.add(1, self._metric(self._function, **{names.ERROR_TYPE: cause}))
