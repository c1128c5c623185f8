"""The mock Optimove: one `handle(request) -> response` core that the transports and the server adapt.

Order of checks, as Optimove answers them: unknown function (404), wrong method (405), injected fault,
credentials (401/403, Login's own rules), rate limit (429), inputs (400), then the answer. The control
endpoints (control.py), when switched on, come before all of it.
"""

from __future__ import annotations

import collections
import dataclasses
import threading
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

import httpx
from optimove_generated.facts import API_KEY_HEADER

from optimove_client.testing.answer_context import Call
from optimove_client.testing.auth import Authenticator, Denial, LoginCounters, Principal
from optimove_client.testing.clock import SYSTEM_CLOCK, Clock
from optimove_client.testing.config import DEFAULT_API_KEY, MockConfig
from optimove_client.testing.control import ControlEndpoints, is_control_path
from optimove_client.testing.dataset import Dataset
from optimove_client.testing.encoding import JSON, XML, encode_json, encode_xml, json_response, wants_xml
from optimove_client.testing.faults import REDIRECT_LOCATION, FaultKind, FaultPlan
from optimove_client.testing.handlers import Handlers
from optimove_client.testing.messages import MockRequest, MockResponse
from optimove_client.testing.ratelimit import RateLimiter
from optimove_client.testing.spec import Operation, Spec, load_spec
from optimove_client.testing.state import AccountState
from optimove_client.testing.transport import AsyncMockTransport, MockTransport
from optimove_client.testing.validation import RequestInvalid, RequestValidator

MOCK_BASE_URL = "https://mock.optimove.test"
LOGIN_OPERATION = "Login"
STATUS_TEXT = {
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    520: "Unknown Error",
}


@dataclass
class CallCounters:
    """Calls the mock received: in all, by function (operationId), and how many it answered 429 because a
    budget window was full."""

    total: int = 0
    by_operation: Counter[str] = field(default_factory=Counter)
    rate_limited: int = 0


@dataclass(frozen=True)
class Arrival:
    """One call as the mock saw it: when it arrived (the mock's clock), what it was, how it was answered."""

    at: float
    operation: str  # operationId, or the path when no function is there
    status: int


ARRIVALS_KEPT = 100_000  # the newest arrivals a long-running mock remembers


class MockOptimove:
    """A faithful, in-memory Optimove. Construct with a MockConfig, or keyword overrides of its fields:

    >>> mock = MockOptimove(customers=3, attribute_shape="joined")
    """

    def __init__(
        self,
        config: MockConfig | None = None,
        *,
        clock: Clock = SYSTEM_CLOCK,
        spec: Spec | None = None,
        **overrides: Any,
    ) -> None:
        self.config = replace(config or MockConfig(), **overrides)
        self.clock = clock
        self.spec = spec or load_spec()
        self.dataset = Dataset(self.config)
        self.state = AccountState.initial(self.dataset)
        self.faults = FaultPlan()
        for fault in self.config.faults:
            self.faults.add(fault)
        self.calls = CallCounters()
        self.arrivals: collections.deque[Arrival] = collections.deque(maxlen=ARRIVALS_KEPT)
        self._auth = Authenticator(self.config, clock)
        self._limiter = RateLimiter(self.config.rate_limits, clock)
        self._transactional_limiter = RateLimiter(self.config.transactional_rate_limits, clock)
        self._validator = RequestValidator(self.spec)
        self._handlers = Handlers(self.spec, self.dataset, self.state, self.config.attribute_shape)
        self._lock = threading.Lock()
        self._control = (
            ControlEndpoints(self.faults, self.spec.by_id.keys(), self.counters, self.expire_tokens)
            if self.config.control_endpoints
            else None
        )

    def __repr__(self) -> str:
        return f"MockOptimove({self.config!r})"

    @property
    def logins(self) -> LoginCounters:
        return self._auth.logins

    @property
    def api_key(self) -> str:
        """One valid API key (the default one when it is configured)."""
        keys = self.config.api_keys
        return DEFAULT_API_KEY if DEFAULT_API_KEY in keys else sorted(keys)[0]

    def expire_tokens(self) -> int:
        """Expire every Login session now; returns how many were live."""
        with self._lock:
            return self._auth.expire_all_tokens()

    # Adapters ----------------------------------------------------------------------------------------------

    def transport(self) -> httpx.BaseTransport:
        return MockTransport(self)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        return AsyncMockTransport(self)

    def client(self, *, api_key: str | None = None, **kwargs: Any) -> httpx.Client:
        """An httpx.Client wired to this mock in-process, sending an API key unless api_key=''."""
        key = self.api_key if api_key is None else api_key
        headers = {API_KEY_HEADER: key} if key else {}
        return httpx.Client(base_url=MOCK_BASE_URL, transport=self.transport(), headers=headers, **kwargs)

    def async_client(self, *, api_key: str | None = None, **kwargs: Any) -> httpx.AsyncClient:
        key = self.api_key if api_key is None else api_key
        headers = {API_KEY_HEADER: key} if key else {}
        return httpx.AsyncClient(
            base_url=MOCK_BASE_URL, transport=self.async_transport(), headers=headers, **kwargs
        )

    # Core --------------------------------------------------------------------------------------------------

    def handle(self, request: MockRequest) -> MockResponse:
        if self._control is not None and is_control_path(request.path):
            return self._control.handle(request)
        arrived = self.clock.monotonic()
        name, response = self._handle(request)
        with self._lock:
            self.arrivals.append(Arrival(arrived, name, response.status))
        return response

    def counters(self) -> dict[str, Any]:
        """What GET /_mock/counters answers: calls, Logins and refusals, 429s for a full budget."""
        with self._lock:
            return {
                "calls": {"total": self.calls.total, "by_operation": dict(self.calls.by_operation)},
                "rate_limited": self.calls.rate_limited,
                "logins": dataclasses.asdict(self.logins),
            }

    def _handle(self, request: MockRequest) -> tuple[str, MockResponse]:
        with self._lock:
            self.calls.total += 1
        methods = self.spec.methods_at(request.path)
        if not methods:
            return request.path, json_response(404, f"No function at {request.path}")
        operation = methods.get(request.method.upper())
        if operation is None:
            allow = ", ".join(sorted(methods))
            return request.path, json_response(
                405, "The requested resource does not support this HTTP method", ("Allow", allow)
            )
        with self._lock:
            self.calls.by_operation[operation.operation_id] += 1
        return operation.operation_id, self._call(operation, request)

    def _call(self, operation: Operation, request: MockRequest) -> MockResponse:
        fault = self.faults.take(operation.operation_id)
        if fault is not None and fault.kind is FaultKind.STATUS:
            retry = (("Retry-After", fault.retry_after),) if fault.retry_after is not None else ()
            if fault.status < 400:  # what a proxy or gateway answers in Optimove's place: no body
                moved = 300 <= fault.status < 400 and fault.status != 304
                return MockResponse(fault.status, (("Location", REDIRECT_LOCATION),) if moved else (), b"")
            return json_response(fault.status, STATUS_TEXT.get(fault.status, "Injected fault"), *retry)
        if fault is not None and fault.kind in (FaultKind.HANG, FaultKind.RESET):
            return MockResponse(0, (), b"", fault)
        response = self._answer(operation, request)
        return replace(response, fault=fault) if fault is not None else response

    def _answer(self, operation: Operation, request: MockRequest) -> MockResponse:
        try:
            if operation.operation_id == LOGIN_OPERATION:
                return self._login(operation, request)
            with self._lock:
                principal = self._auth.authenticate(request.headers)
                if isinstance(principal, Denial):
                    return json_response(principal.status, principal.message)
                limiter = self._transactional_limiter if operation.rate_limit_exempt else self._limiter
                wait = limiter.acquire(principal)
                if wait is not None:
                    self.calls.rate_limited += 1  # a full window, not an injected 429
                    return self._rate_limited(wait)
            valid = self._validator.validate(
                operation, request.query, request.body if operation.body_pointer else None
            )
            payload = self._handlers.answer(Call(operation, valid.params, valid.body))
        except RequestInvalid as problem:
            return json_response(400, str(problem))
        return self._encode(operation, request, payload)

    def _login(self, operation: Operation, request: MockRequest) -> MockResponse:
        valid = self._validator.validate(operation, request.query, request.body)
        with self._lock:
            outcome = self._auth.login(valid.body["UserName"], valid.body["Password"])
        if isinstance(outcome, Denial):
            if outcome is Denial.LOGIN_TOO_SOON:
                return self._rate_limited(1)
            return json_response(outcome.status, outcome.message)
        return json_response(200, outcome)

    @staticmethod
    def _rate_limited(wait: int) -> MockResponse:
        body = {
            "status": 429,
            "error": "Too Many Requests",
            "message": f"Rate limit exceeded; retry in {wait} s",
        }
        return json_response(429, body, ("Retry-After", str(wait)))

    def rate_limit_used(self, principal: Principal, seconds: float | None = None) -> int:
        """Calls of this caller counted in the budget's last `seconds` (default: its longest window)."""
        return self._limiter.used(principal, seconds)

    @staticmethod
    def _encode(operation: Operation, request: MockRequest, payload: Any) -> MockResponse:
        if payload is None:
            return MockResponse(200, (("Content-Length", "0"),), b"")
        if operation.method == "GET" and wants_xml(request.headers.get("accept")):
            return MockResponse(
                200, (("Content-Type", XML),), encode_xml(payload, operation.operation_id + "Result")
            )
        return MockResponse(200, (("Content-Type", JSON),), encode_json(payload))
