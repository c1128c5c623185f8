"""Optimove and AsyncOptimove: the clients users construct.

One pooled httpx client per instance carries authentication (an httpx.Auth flow), timeouts and headers
over one transport that does nothing but send. The operations come from the generated facade
(`opt.<category>.<function>`), whose calls go through the Runner: prepared once, then sent by the one call
loop, which waits for the account's budget (kept in its store) and applies the retry policy.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import httpx
from optimove_generated.facade import AsyncOperations, Operations

from optimove_client._clock import Clock
from optimove_client._deadline import bound_sockets
from optimove_client._input_rules import brief
from optimove_client._policies import RetryPolicy, is_count
from optimove_client._raw import raw_call
from optimove_client._rows import AttributeMismatch
from optimove_client._runner import AsyncRunner, SyncRunner
from optimove_client._runner_core import CallOptions
from optimove_client._settings import RateLimitSetting, Settings, check_attribute_mismatch, timeout_of
from optimove_client.errors import ClientClosedError, ConfigurationError

_Runner = TypeVar("_Runner", SyncRunner, AsyncRunner)


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


class _ClientBase(Generic[_Runner]):
    """What Optimove and AsyncOptimove share once constructed."""

    _settings: Settings
    _runner: _Runner
    _owns_http: bool

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


class Optimove(_ClientBase[SyncRunner], Operations):
    """A client of Optimove's REST API v3. Every function is `opt.<category>.<function>(...)`.

    Credentials: api_key=, or username= and password= (Login, renewed by itself), or token=; otherwise
    OPTIMOVE_API_KEY, or OPTIMOVE_USERNAME and OPTIMOVE_PASSWORD, or OPTIMOVE_TOKEN. Server: server=5
    (https://api5.optimove.net), server="sandbox", or base_url= (any host, e.g. the mock); otherwise
    OPTIMOVE_BASE_URL or OPTIMOVE_SERVER. What the processes of one account share (budget, Login
    session, pause after a 429): store="memory://" (this process, the default), "sqlite:///PATH" or
    "redis://HOST:PORT/DB"; otherwise OPTIMOVE_STORE. Use it as a context manager, or call close(): a call
    after that raises ClientClosedError.
    """

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
        transport: httpx.BaseTransport | None = None,
        clock: Clock | None = None,
        environ: Mapping[str, str] | None = None,
        attribute_mismatch: AttributeMismatch = "raise",
    ) -> None:
        settings = Settings(
            api_key=api_key, username=username, password=password, token=token, server=server,
            base_url=base_url, timeout=timeout, max_retries=max_retries, retry=retry, rate_limit=rate_limit,
            store=store, clock=clock, environ=environ, attribute_mismatch=attribute_mismatch,
        )  # fmt: skip
        transport = _transport(transport, "handle_request", "httpx.BaseTransport")
        parts = settings.sync_parts()
        self._http = _Http(
            base_url=settings.base_url,
            auth=parts.auth,
            transport=transport or httpx.HTTPTransport(),
            timeout=settings.options.timeout,
            headers=settings.headers,
        )
        bound_sockets([self._http._transport, *self._http._mounts.values()])  # the attempt's deadline
        self._settings, self._parts = settings, parts
        self._owns_http = True
        self._runner = SyncRunner(self._http, parts, settings.runner_parts(), settings.options)
        super().__init__(self._runner)

    def _bind(self, runner: SyncRunner) -> None:
        Operations.__init__(self, runner)

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Any call, for a function the spec does not know of yet: `opt.request("POST",
        "/current/optimail/AddTemplate", json={...})`. It goes through the same authentication, rate limit,
        store, retries, timeouts, logging and errors as every function, and returns the decoded JSON
        (None for an empty "no data" body). path is relative to the base URL; a URL on another host is
        refused, since the credentials go with every request."""
        return self._runner.send(
            raw_call(self._http.base_url, method, path, params=params, json_body=json, headers=headers)
        )

    def close(self) -> None:
        if self._owns_http:
            self._http.close()
            self._parts.store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._owns_http and not self._http.is_closed:
            self._http.closed_by = "the with block ended"
        self.close()


class AsyncOptimove(_ClientBase[AsyncRunner], AsyncOperations):
    """Optimove for asyncio: the same arguments; `await opt.<category>.<function>(...)`; `async with`."""

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
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Clock | None = None,
        environ: Mapping[str, str] | None = None,
        attribute_mismatch: AttributeMismatch = "raise",
    ) -> None:
        settings = Settings(
            api_key=api_key, username=username, password=password, token=token, server=server,
            base_url=base_url, timeout=timeout, max_retries=max_retries, retry=retry, rate_limit=rate_limit,
            store=store, clock=clock, environ=environ, attribute_mismatch=attribute_mismatch,
        )  # fmt: skip
        transport = _transport(transport, "handle_async_request", "httpx.AsyncBaseTransport")
        aparts = settings.async_parts()
        self._http = _AsyncHttp(
            base_url=settings.base_url,
            auth=aparts.auth,
            transport=transport or httpx.AsyncHTTPTransport(),
            timeout=settings.options.timeout,
            headers=settings.headers,
        )
        bound_sockets([self._http._transport, *self._http._mounts.values()])
        self._settings, self._parts = settings, aparts
        self._owns_http = True
        self._runner = AsyncRunner(self._http, aparts, settings.runner_parts(), settings.options)
        super().__init__(self._runner)

    def _bind(self, runner: AsyncRunner) -> None:
        AsyncOperations.__init__(self, runner)

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Optimove.request, awaited."""
        return await self._runner.send(
            raw_call(self._http.base_url, method, path, params=params, json_body=json, headers=headers)
        )

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
