"""For the overlay's behaviour tests: a mock and clients sharing one ManualClock, and spy transports."""

from __future__ import annotations

import asyncio
import contextlib
import operator
from collections.abc import AsyncIterator, Callable, Coroutine
from typing import Any

import httpx

from optimove_client import AsyncOptimove, Optimove
from optimove_client._config import defaults as _defaults
from optimove_client.testing import (
    DEFAULT_PASSWORD,
    DEFAULT_USERNAME,
    MOCK_BASE_URL,
    ManualClock,
    MockOptimove,
)

MINUTE = 60.0
# Logins are spaced this much from the previous Login's answer.
LOGIN_SPACING = _defaults.MIN_SECONDS_BETWEEN_LOGINS + _defaults.LOGIN_SPACING_MARGIN_SECONDS


def window_wait(period: float) -> float:
    """How long a call waits when a window of `period` seconds is full since the clock last moved: until
    its oldest call leaves the window the client keeps (the server's, plus the margin), and 1 ms more."""
    return round(period * (1 + _defaults.RATE_LIMIT_MARGIN_FRACTION), 3) + 0.001


# A request handler that may answer itself, or return None to let the next layer (the mock) answer.
Intercept = Callable[[httpx.Request], httpx.Response | None]


def make_mock(clock: ManualClock, **overrides: Any) -> MockOptimove:
    overrides.setdefault("customers", 20)
    return MockOptimove(clock=clock, **overrides)


def _credentials(mock: MockOptimove, login: bool | str | dict[str, str]) -> dict[str, str]:
    """API key unless login; login=True: the mock's user; login="...": that password; a dict: as given."""
    if isinstance(login, dict):
        return login
    if not login:
        return {"api_key": mock.api_key}
    return {"username": DEFAULT_USERNAME, "password": DEFAULT_PASSWORD if login is True else str(login)}


def sync_client(
    mock: MockOptimove, clock: ManualClock, *, login: bool | str | dict[str, str] = False, **kwargs: Any
) -> Optimove:
    """An Optimove on the mock, in-process, on the shared clock (API key unless login=True)."""
    credentials = _credentials(mock, login)
    kwargs.setdefault("transport", mock.transport())
    return Optimove(**credentials, base_url=MOCK_BASE_URL, clock=clock, environ={}, **kwargs)


def async_client(
    mock: MockOptimove, clock: ManualClock, *, login: bool | str | dict[str, str] = False, **kwargs: Any
) -> AsyncOptimove:
    credentials = _credentials(mock, login)
    kwargs.setdefault("transport", mock.async_transport())
    return AsyncOptimove(**credentials, base_url=MOCK_BASE_URL, clock=clock, environ={}, **kwargs)


class Spy(httpx.BaseTransport):
    """Records every request that reaches it; an intercept may answer or raise before the inner transport."""

    def __init__(self, inner: httpx.BaseTransport, intercept: Intercept | None = None) -> None:
        self.inner = inner
        self.intercept = intercept
        self.requests: list[httpx.Request] = []
        self.headers: list[dict[str, str]] = []  # as sent: a replay sends the same request object again
        self.closed = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.headers.append(dict(request.headers))
        answer = self.intercept(request) if self.intercept else None
        return answer if answer is not None else self.inner.handle_request(request)

    def close(self) -> None:
        self.closed = True
        self.inner.close()


class AsyncSpy(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, intercept: Intercept | None = None) -> None:
        self.inner = inner
        self.intercept = intercept
        self.requests: list[httpx.Request] = []
        self.headers: list[dict[str, str]] = []  # as sent: a replay sends the same request object again
        self.closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.headers.append(dict(request.headers))
        answer = self.intercept(request) if self.intercept else None
        return answer if answer is not None else await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        self.closed = True
        await self.inner.aclose()


def run(coroutine_function: Callable[[], Coroutine[Any, Any, Any]]) -> Any:
    return asyncio.run(coroutine_function())


def paths(requests: list[httpx.Request]) -> list[str]:
    return [request.url.path.rsplit("/", 1)[-1] for request in requests]


MODES = ("sync", "async")


class Caller:
    """Calls `opt.<category>.<function>` the same way for Optimove and AsyncOptimove, inside a coroutine."""

    def __init__(self, client: Optimove | AsyncOptimove) -> None:
        self.client = client

    async def __call__(self, path: str, **arguments: Any) -> Any:
        result = operator.attrgetter(path)(self.client)(**arguments)
        return await result if isinstance(self.client, AsyncOptimove) else result

    def with_options(self, **options: Any) -> Caller:
        return Caller(self.client.with_options(**options))


@contextlib.asynccontextmanager
async def session(mode: str, mock: MockOptimove, clock: ManualClock, **kwargs: Any) -> AsyncIterator[Caller]:
    """A client of the given mode on the mock; `intercept` puts a spy in front of the mock's transport."""
    intercept = kwargs.pop("intercept", None)
    spies: list[Any] = kwargs.pop("spies", [])
    if mode == "sync":
        spy = Spy(kwargs.pop("transport", mock.transport()), intercept)
        spies.append(spy)
        with sync_client(mock, clock, transport=spy, **kwargs) as client:
            yield Caller(client)
    else:
        aspy = AsyncSpy(kwargs.pop("transport", mock.async_transport()), intercept)
        spies.append(aspy)
        async with async_client(mock, clock, transport=aspy, **kwargs) as aclient:
            yield Caller(aclient)
