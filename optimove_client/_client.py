"""Optimove and AsyncOptimove: the clients users construct.

One pooled httpx client per instance carries authentication (an httpx.Auth flow), timeouts and headers
over one transport that does nothing but send. The operations come from the generated facade
(`opt.<category>.<function>`), whose calls go through the Runner: prepared once, then sent by the one call
loop, which waits for the account's budget (kept in its store) and applies the retry policy.
"""

from __future__ import annotations

import dataclasses
import weakref
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import httpx
from optimove_generated.facade import AsyncOperations, Operations

from optimove_client._assembly import (
    AsyncParts,
    RateLimitSetting,
    Settings,
    SyncParts,
    check_attribute_mismatch,
    timeout_of,
)
from optimove_client._config.policies import RetryPolicy, is_count
from optimove_client._request.input_rules import brief
from optimove_client._request.raw import raw_call
from optimove_client._response.rows import AttributeMismatch
from optimove_client._run.runner import AsyncRunner, SyncRunner
from optimove_client._run.runner_core import CallOptions
from optimove_client._transport.budget_report import BudgetReport
from optimove_client._transport.clock import Clock
from optimove_client._transport.deadline import bound_sockets
from optimove_client._transport.tls import verify_for
from optimove_client.errors import ClientClosedError, ConfigurationError

_Runner = TypeVar("_Runner", SyncRunner, AsyncRunner)
_Transport = TypeVar("_Transport", httpx.BaseTransport, httpx.AsyncBaseTransport)


def _transport(given: object, method: str, kind: str) -> Any:
    """transport= as given, when it can send (httpx would only fail at the first call)."""
    if given is not None and not callable(getattr(given, method, None)):
        raise ConfigurationError(f"transport must be an {kind} (with {method}()), not {type(given).__name__}")
    return given


def _changed(
    options: CallOptions,
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    attribute_mismatch: AttributeMismatch | None,
) -> CallOptions:
    """options with the settings that were given replaced."""
    if max_retries is not None and not is_count(max_retries):
        raise ConfigurationError(f"max_retries must be a whole number >= 0, not {brief(max_retries)}")
    if attribute_mismatch is not None:
        check_attribute_mismatch(attribute_mismatch)
    return dataclasses.replace(
        options,
        timeout=options.timeout if timeout is None else timeout_of(timeout),
        max_retries=options.max_retries if max_retries is None else max_retries,
        attribute_mismatch=options.attribute_mismatch if attribute_mismatch is None else attribute_mismatch,
    )


class _Http(httpx.Client):
    """The client's pool, which refuses in our words once closed: before the budget is waited for (a
    request is built first) and before anything is sent. httpx's own RuntimeError names neither."""

    closed_by = "closed by close()"

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        if self.is_closed:
            raise ClientClosedError("Optimove", self.closed_by)
        return super().build_request(*args, **kwargs)

    def send(self, *args: Any, **kwargs: Any) -> httpx.Response:
        if self.is_closed:
            raise ClientClosedError("Optimove", self.closed_by)
        return super().send(*args, **kwargs)


class _AsyncHttp(httpx.AsyncClient):
    """_Http for AsyncOptimove."""

    closed_by = "closed by aclose()"

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        if self.is_closed:
            raise ClientClosedError("AsyncOptimove", self.closed_by)
        return super().build_request(*args, **kwargs)

    async def send(self, *args: Any, **kwargs: Any) -> httpx.Response:
        if self.is_closed:
            raise ClientClosedError("AsyncOptimove", self.closed_by)
        return await super().send(*args, **kwargs)


_Pool = TypeVar("_Pool", _Http, _AsyncHttp)


class _ClientBase(Generic[_Runner, _Transport]):
    """What Optimove and AsyncOptimove share: the settings they take, and what they do once constructed."""

    _runner: _Runner

    def __init__(
        self,
        *,
        api_key: str | None = None,
        username: str | None = None,
        password: str | None = None,
        token: str | None = None,
        server: int | str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        rate_limit: RateLimitSetting = None,
        store: str | None = None,
        transport: _Transport | None = None,
        clock: Clock | None = None,
        environ: Mapping[str, str] | None = None,
        attribute_mismatch: AttributeMismatch = "raise",
    ) -> None:
        settings = Settings(
            api_key=api_key, username=username, password=password, token=token, server=server,
            base_url=base_url, timeout=timeout, max_retries=max_retries, retry=retry, rate_limit=rate_limit,
            store=store, clock=clock, environ=environ, attribute_mismatch=attribute_mismatch,
        )  # fmt: skip
        self._settings = settings
        self._owns_http = True
        self._runner = self._assemble(settings, transport)
        self._bind(self._runner)

    def _assemble(self, settings: Settings, transport: _Transport | None) -> _Runner:
        """The client's pool (self._http), the account's parts (self._parts) and the runner over them."""
        raise NotImplementedError

    def _bind(self, runner: _Runner) -> None:
        """Wire the generated operations to a runner."""
        raise NotImplementedError

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        attribute_mismatch: AttributeMismatch | None = None,
    ) -> Self:
        """The same client (same connections, session and rate budget) with other per-call settings."""
        options = _changed(self._runner.options, timeout, max_retries, attribute_mismatch)
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._owns_http = False  # closing the clone leaves the shared pool open
        clone._runner = self._runner.with_options(options)
        clone._bind(clone._runner)
        return clone

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._settings.describe()})"


def _pool(kind: type[_Pool], settings: Settings, auth: httpx.Auth | None, transport: Any) -> _Pool:
    """The client's pool of connections over `transport`; its own transport's sockets keep to the
    attempt's deadline."""
    http: _Pool = kind(
        base_url=settings.base_url,
        auth=auth,
        transport=transport,
        timeout=settings.options.timeout,
        headers=settings.headers,
    )
    bound_sockets([http._transport, *http._mounts.values()])
    return http


class Optimove(_ClientBase[SyncRunner, httpx.BaseTransport], Operations):
    """A client of Optimove's REST API v3. Every function is `opt.<category>.<function>(...)`.

    Credentials: api_key=, or username= and password= (Login, renewed by itself), or token=; otherwise
    OPTIMOVE_API_KEY, or OPTIMOVE_USERNAME and OPTIMOVE_PASSWORD, or OPTIMOVE_TOKEN. Server: server=5
    (https://api5.optimove.net), server="sandbox", or base_url= (any host, e.g. the mock); otherwise
    OPTIMOVE_BASE_URL or OPTIMOVE_SERVER. What the processes of one account share (budget, Login
    session, pause after a 429): store="memory://" (this process, the default), "sqlite:///PATH" or
    "redis://HOST:PORT/DB"; otherwise OPTIMOVE_STORE. Use it as a context manager, or call close(): a call
    after that raises ClientClosedError.
    """

    _http: _Http
    _parts: SyncParts

    def _assemble(self, settings: Settings, transport: httpx.BaseTransport | None) -> SyncRunner:
        sends = _transport(transport, "handle_request", "httpx.BaseTransport") or httpx.HTTPTransport(
            verify=verify_for(settings.base_url)
        )
        self._parts = settings.sync_parts()
        self._http = _pool(_Http, settings, self._parts.auth, sends)
        return SyncRunner(self._http, self._parts, settings.runner_parts(), settings.options)

    def _bind(self, runner: SyncRunner) -> None:
        Operations.__init__(self, runner)

    def request(
        self, method: str, path: str, *, params: Mapping[str, Any] | None = None, json: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:  # fmt: skip
        """Any call, for a function the spec does not know of yet: `opt.request("POST",
        "/current/optimail/AddTemplate", json={...})`. It goes through the same authentication, rate limit,
        store, retries, timeouts, logging and errors as every function, and returns the decoded JSON
        (None for an empty "no data" body). path is relative to the base URL; a URL on another host is
        refused, since the credentials go with every request."""
        return self._runner.send(
            raw_call(self._http.base_url, method, path, params=params, json_body=json, headers=headers)
        )

    def budget(self) -> BudgetReport:
        """The account's call budget now, as its store holds it for every process of the account: each
        window's calls left and when its next slot frees, and any pause a 429 set. Costs no call and no
        slot, and writes nothing to the store."""
        if self._http.is_closed:
            raise ClientClosedError("Optimove", self._http.closed_by)
        return self._parts.budget.report()

    def close(self) -> None:
        if self._owns_http:
            self._http.close()
            self._parts.store.close()

    def _close_when_collected(self) -> None:
        """Close what this client owns once nothing refers to the client any more (for an owner that cannot
        say when it is done with it: a dlt source, whose copies dlt makes and drops as it pleases)."""
        if self._owns_http:  # the finalizers hold what they close, never the client itself
            weakref.finalize(self, self._http.close)
            weakref.finalize(self, self._parts.store.close)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._owns_http and not self._http.is_closed:
            self._http.closed_by = "the with block ended"
        self.close()


class AsyncOptimove(_ClientBase[AsyncRunner, httpx.AsyncBaseTransport], AsyncOperations):
    """Optimove for asyncio: the same arguments; `await opt.<category>.<function>(...)`; `async with`."""

    _http: _AsyncHttp
    _parts: AsyncParts

    def _assemble(self, settings: Settings, transport: httpx.AsyncBaseTransport | None) -> AsyncRunner:
        sends = _transport(transport, "handle_async_request", "httpx.AsyncBaseTransport")
        self._parts = settings.async_parts()
        sends = sends or httpx.AsyncHTTPTransport(verify=verify_for(settings.base_url))
        self._http = _pool(_AsyncHttp, settings, self._parts.auth, sends)
        return AsyncRunner(self._http, self._parts, settings.runner_parts(), settings.options)

    def _bind(self, runner: AsyncRunner) -> None:
        AsyncOperations.__init__(self, runner)

    async def request(
        self, method: str, path: str, *, params: Mapping[str, Any] | None = None, json: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:  # fmt: skip
        """Optimove.request, awaited."""
        return await self._runner.send(
            raw_call(self._http.base_url, method, path, params=params, json_body=json, headers=headers)
        )

    async def budget(self) -> BudgetReport:
        """Optimove.budget, awaited."""
        if self._http.is_closed:
            raise ClientClosedError("AsyncOptimove", self._http.closed_by)
        return await self._parts.budget.report()

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()
            await self._parts.store.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._owns_http and not self._http.is_closed:
            self._http.closed_by = "the async with block ended"
        await self.aclose()
