"""The fault matrix: a 50-page pull under every fault we promise to survive, sync and async.

Each case pulls 5,000 customers in pages of 100 through a session (Login) client against the mock,
with the fault armed, and compares what was yielded with a clean pull: identical and in order, or a
clear error where the promise is an error. No case ever logs in while a valid token is held.
RELIABILITY.md is written from these cases (`make reliability`).
"""

from __future__ import annotations

import asyncio
import dataclasses
import email.utils
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from optimove_client import (
    AsyncOptimove,
    Optimove,
    RateLimit,
    ResponseParseError,
    ServerError,
)
from optimove_client._config.defaults import TOKEN_EXPIRY_MARGIN_SECONDS, TOKEN_IDLE_LIFETIME_SECONDS
from optimove_client.testing import (
    DEFAULT_PASSWORD,
    DEFAULT_USERNAME,
    MOCK_BASE_URL,
    ManualClock,
    MockOptimove,
)

CUSTOMERS = 5_000
PAGE_SIZE = 100  # 50 pages
FUNCTION = "GetCurrentlyTargetedCustomers"


@dataclasses.dataclass
class Run:
    """One pull: the mock, the clock, and what the client saw."""

    mock: MockOptimove
    clock: ManualClock
    responses: list[int] = dataclasses.field(default_factory=list)
    pages_seen: int = 0


@dataclasses.dataclass(frozen=True)
class Fault:
    name: str  # as listed in RELIABILITY.md
    promise: str
    arm: Callable[[Run], None]
    budget: RateLimit | None = None
    rewrite_page: int | None = None  # serve valid JSON of the wrong shape on this page
    expected_error: type[Exception] | None = None
    error_mentions: tuple[str, ...] = ()
    expiries: int = 0  # session tokens that expire during the pull


def _http_date(run: Run, seconds: float) -> str:
    return email.utils.formatdate(run.clock.wall() + seconds, usegmt=True)


def _expire_mid_pull(run: Run) -> None:
    run.mock.faults.clear()  # nothing else armed: expiry happens from the progress callback


FAULTS = [
    Fault(
        "token expiry mid-pull", "exactly one new Login, the page is replayed", _expire_mid_pull, expiries=1
    ),
    *[
        Fault(
            f"HTTP {status} on a page",
            "the page is retried",
            lambda run, s=status: run.mock.faults.fail(s, operation=FUNCTION, nth=17),
        )
        for status in (500, 502, 503, 520)
    ],
    Fault("timeout", "the page is retried", lambda run: run.mock.faults.hang(operation=FUNCTION, nth=9)),
    Fault(
        "connection reset",
        "the page is retried",
        lambda run: run.mock.faults.reset(operation=FUNCTION, nth=23),
    ),
    Fault(
        "truncated JSON body",
        "the page is retried",
        lambda run: run.mock.faults.truncate(operation=FUNCTION, nth=31),
    ),
    Fault(
        "valid JSON of the wrong shape",
        "a parse error naming the function and the field; no bad row is yielded",
        lambda run: None,
        rewrite_page=7,
        expected_error=ResponseParseError,
        error_mentions=(FUNCTION, "CampaignID"),
    ),
    Fault(
        "429 with Retry-After in seconds",
        "waits as told, then the page is retried",
        lambda run: run.mock.faults.fail(429, operation=FUNCTION, nth=12, retry_after="7"),
    ),
    Fault(
        "429 with Retry-After as an HTTP date",
        "waits until that date, then the page is retried",
        lambda run: run.mock.faults.fail(429, operation=FUNCTION, nth=12, retry_after=_http_date(run, 9)),
    ),
    Fault(
        "429 without Retry-After",
        "backs off, then the page is retried",
        lambda run: run.mock.faults.fail(429, operation=FUNCTION, nth=12),
    ),
    Fault(
        "hourly budget reached",
        "the client waits for the window instead of hammering: the server never answers 429",
        lambda run: None,
        budget=RateLimit(calls=20, period=3600),
    ),
    Fault(
        "retries exhausted",
        "the error names the page ($skip) to resume from",
        lambda run: run.mock.faults.fail(503, operation=FUNCTION, nth=20, times=50),
        expected_error=ServerError,
        error_mentions=("resume with start=1900",),
    ),
]


def _mock(clock: ManualClock, fault: Fault) -> MockOptimove:
    budget = ((fault.budget.calls, fault.budget.period),) if fault.budget else ()
    return MockOptimove(customers=CUSTOMERS, clock=clock, rate_limits=budget)


def _clean_ids() -> list[str]:
    clock = ManualClock()
    mock = MockOptimove(customers=CUSTOMERS, clock=clock, rate_limits=())
    with Optimove(
        api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=mock.transport(), clock=clock
    ) as client:
        return [
            row.customer_id
            for row in client.customers.get_currently_targeted_customers.iter(page_size=200_000)
        ]


CLEAN = _clean_ids()


def _wrong_shape(body: bytes) -> bytes:
    rows = json.loads(body)
    rows[3]["CampaignID"] = "not-a-number"
    return json.dumps(rows).encode()


class Watch(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Counts what the server answered; serves a page of the wrong shape where the fault says so."""

    def __init__(self, run: Run, fault: Fault, asynchronous: bool) -> None:
        self._run, self._fault = run, fault
        self._inner: Any = run.mock.async_transport() if asynchronous else run.mock.transport()
        self._pages = 0

    def _seen(self, request: httpx.Request, response: httpx.Response, body: bytes) -> httpx.Response:
        self._run.responses.append(response.status_code)
        if FUNCTION in request.url.path and response.status_code == 200:
            self._pages += 1
            if self._pages == self._fault.rewrite_page:
                body = _wrong_shape(body)
        return httpx.Response(response.status_code, headers=response.headers, content=body, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        return self._seen(request, response, response.read())

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        return self._seen(request, response, await response.aread())


def _client_arguments(run: Run, fault: Fault, transport: Any) -> dict[str, Any]:
    return {
        "username": DEFAULT_USERNAME,
        "password": DEFAULT_PASSWORD,
        "base_url": MOCK_BASE_URL,
        "transport": transport,
        "clock": run.clock,
        "rate_limit": fault.budget or RateLimit(calls=10_000, period=3600),
    }


def _on_progress(run: Run, fault: Fault) -> Callable[[Any], None]:
    def progress(state: Any) -> None:
        run.pages_seen = state.pages
        if fault.name == "token expiry mid-pull" and state.pages == 25:
            run.mock.expire_tokens()

    return progress


def _check(run: Run, fault: Fault, ids: list[str], error: Exception | None) -> None:
    if fault.expected_error is None:
        assert error is None, f"{fault.name}: {error!r}"
        assert ids == CLEAN, f"{fault.name}: the rows differ from a clean pull"
    else:
        assert isinstance(error, fault.expected_error), f"{fault.name}: {error!r}"
        text = str(error) + "\n" + "\n".join(getattr(error, "__notes__", []))
        assert all(word in text for word in fault.error_mentions), text
        assert ids == CLEAN[: len(ids)], "only rows of a clean pull were yielded before the error"
    # One Login to start, and one more per token that expired: after the 403 that said so, or before the
    # call when the client knows its token went idle past its lifetime (waiting out the hourly budget).
    surely_expired = TOKEN_IDLE_LIFETIME_SECONDS + TOKEN_EXPIRY_MARGIN_SECONDS
    idle_expiries = sum(1 for wait in run.clock.sleeps if wait > surely_expired)
    assert run.mock.logins.succeeded == 1 + run.responses.count(403) + idle_expiries
    assert run.responses.count(403) >= fault.expiries
    assert run.mock.logins.rejected_too_soon == 0, "a Login was attempted while a valid token was held"
    if fault.budget is not None:
        assert 429 not in run.responses
        assert sum(run.clock.sleeps) >= fault.budget.period  # it waited for the window
    if "Retry-After in seconds" in fault.name:
        assert 7 in run.clock.sleeps
    if "HTTP date" in fault.name:
        assert any(8 <= wait <= 9 for wait in run.clock.sleeps)
    assert run.mock.faults.pending == 0 or fault.expected_error is not None


@pytest.mark.reliability
@pytest.mark.parametrize("fault", FAULTS, ids=[f.name for f in FAULTS])
def test_fault_matrix_sync(fault: Fault) -> None:
    clock = ManualClock()
    run = Run(_mock(clock, fault), clock)
    fault.arm(run)
    ids: list[str] = []
    error: Exception | None = None
    with Optimove(**_client_arguments(run, fault, Watch(run, fault, asynchronous=False))) as client:
        pull = client.customers.get_currently_targeted_customers.iter(
            page_size=PAGE_SIZE, on_progress=_on_progress(run, fault)
        )
        try:
            ids.extend(row.customer_id for row in pull)
        except Exception as caught:
            error = caught
    _check(run, fault, ids, error)


@pytest.mark.reliability
@pytest.mark.parametrize("fault", FAULTS, ids=[f.name for f in FAULTS])
def test_fault_matrix_async(fault: Fault) -> None:
    clock = ManualClock()
    run = Run(_mock(clock, fault), clock)
    fault.arm(run)
    ids: list[str] = []

    async def pull() -> Exception | None:
        async with AsyncOptimove(
            **_client_arguments(run, fault, Watch(run, fault, asynchronous=True))
        ) as client:
            rows = client.customers.get_currently_targeted_customers.iter(
                page_size=PAGE_SIZE, on_progress=_on_progress(run, fault)
            )
            try:
                async for row in rows:
                    ids.append(row.customer_id)
            except Exception as caught:
                return caught
        return None

    _check(run, fault, ids, asyncio.run(pull()))
