"""Optimove and AsyncOptimove: the clients users construct.

One pooled httpx client per instance carries authentication (an httpx.Auth flow), timeouts and headers
over one transport that does nothing but send. The operations come from the generated facade
(`opt.<category>.<function>`), whose calls go through the Runner: prepared once, then sent by the one call
loop, which waits for the call budget and applies the retry policy.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Mapping
from types import TracebackType
from typing import Generic, Self, TypeVar

import httpx
from optimove_generated.facade import AsyncOperations, Operations

from optimove_client import _defaults
from optimove_client._auth import ApiKeyAuth, SessionAuth, TokenAuth
from optimove_client._call_loop import LoopCore
from optimove_client._clock import SYSTEM_CLOCK, Clock
from optimove_client._config import (
    ApiKey,
    Credentials,
    Login,
    RateLimit,
    RetryPolicy,
    Token,
    environment,
    resolve_base_url,
    resolve_credentials,
)
from optimove_client._decode import ResultDecoder
from optimove_client._prepare import Preparer
from optimove_client._ratelimit import Budget, RateLimiter, shared_limiter
from optimove_client._retry import RetryDecisions
from optimove_client._rows import AttributeMismatch
from optimove_client._runner import AsyncRunner, CallOptions, SyncRunner
from optimove_client._validation import shared_validator
from optimove_client._version import __version__

_Runner = TypeVar("_Runner", SyncRunner, AsyncRunner)

USER_AGENT = f"optimove-client/{__version__} httpx/{httpx.__version__}"
DEFAULT_TIMEOUT = httpx.Timeout(
    connect=_defaults.CONNECT_TIMEOUT,
    read=_defaults.READ_TIMEOUT,
    write=_defaults.WRITE_TIMEOUT,
    pool=_defaults.POOL_TIMEOUT,
)


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if value is None:
        return DEFAULT_TIMEOUT
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _auth(credentials: Credentials, base_url: str, clock: Clock, budget: Budget) -> httpx.Auth:
    if isinstance(credentials, ApiKey):
        return ApiKeyAuth(credentials.key)
    if isinstance(credentials, Token):
        return TokenAuth(credentials.token)
    return SessionAuth(credentials, base_url, clock, budget)


def _fingerprint(credentials: Credentials) -> str:
    if isinstance(credentials, ApiKey):
        return "key:" + credentials.key.fingerprint()
    if isinstance(credentials, Token):
        return "token:" + credentials.token.fingerprint()
    return "login:" + credentials.password.fingerprint() + ":" + credentials.username


def _changed(
    options: CallOptions,
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    attribute_mismatch: AttributeMismatch | None,
) -> CallOptions:
    """options with the settings that were given replaced."""
    return dataclasses.replace(
        options,
        timeout=options.timeout if timeout is None else _timeout(timeout),
        max_retries=options.max_retries if max_retries is None else max_retries,
        attribute_mismatch=options.attribute_mismatch if attribute_mismatch is None else attribute_mismatch,
    )


class _Settings:
    """What both clients resolve the same way from their keyword arguments and the environment."""

    def __init__(
        self,
        *,
        api_key: str | None,
        username: str | None,
        password: str | None,
        token: str | None,
        server: int | str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        retry: RetryPolicy | None,
        rate_limit: RateLimit | RateLimiter | None,
        clock: Clock | None,
        environ: Mapping[str, str] | None,
        attribute_mismatch: AttributeMismatch,
    ) -> None:
        env = environment() if environ is None else environ
        self.credentials = resolve_credentials(
            api_key=api_key, username=username, password=password, token=token, environ=env
        )
        self.base_url = resolve_base_url(server=server, base_url=base_url, environ=env)
        self.clock = clock or SYSTEM_CLOCK
        policy = retry or RetryPolicy()
        if max_retries is not None:
            policy = RetryPolicy(**{**policy.__dict__, "max_retries": max_retries})
        self.decisions = RetryDecisions(policy, self.clock, random.Random())  # noqa: S311 (jitter)
        if rate_limit is None or isinstance(rate_limit, RateLimit):
            limiter: RateLimiter = shared_limiter(
                _fingerprint(self.credentials), rate_limit or RateLimit(), self.clock
            )
        else:
            limiter = rate_limit
        self.budget = Budget(limiter, self.clock)
        self.auth = _auth(self.credentials, self.base_url, self.clock, self.budget)
        self.options = CallOptions(timeout=_timeout(timeout), attribute_mismatch=attribute_mismatch)
        self.headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}

    def parts(self) -> tuple[Preparer, ResultDecoder, LoopCore]:
        """What a runner is made of: preparation, decoding, and the call loop's shared core."""
        validator = shared_validator()
        return (
            Preparer(validator),
            ResultDecoder(validator),
            LoopCore(self.decisions, self.budget, self.clock),
        )

    def describe(self) -> str:
        kind = {ApiKey: "api key", Login: "login", Token: "token"}[type(self.credentials)]
        return f"base_url={self.base_url!r}, auth={kind!r}"


class _ClientBase(Generic[_Runner]):
    """What Optimove and AsyncOptimove share once constructed."""

    _settings: _Settings
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
    OPTIMOVE_BASE_URL or OPTIMOVE_SERVER. Use it as a context manager, or call close().
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
        rate_limit: RateLimit | RateLimiter | None = None,
        transport: httpx.BaseTransport | None = None,
        clock: Clock | None = None,
        environ: Mapping[str, str] | None = None,
        attribute_mismatch: AttributeMismatch = "raise",
    ) -> None:
        settings = _Settings(
            api_key=api_key, username=username, password=password, token=token, server=server,
            base_url=base_url, timeout=timeout, max_retries=max_retries, retry=retry,
            rate_limit=rate_limit, clock=clock, environ=environ, attribute_mismatch=attribute_mismatch,
        )  # fmt: skip
        self._http = httpx.Client(
            base_url=settings.base_url,
            auth=settings.auth,
            transport=transport or httpx.HTTPTransport(),
            timeout=settings.options.timeout,
            headers=settings.headers,
        )
        self._settings = settings
        self._owns_http = True
        self._runner = SyncRunner(self._http, *settings.parts(), settings.options)
        super().__init__(self._runner)

    def _bind(self, runner: SyncRunner) -> None:
        Operations.__init__(self, runner)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
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
        rate_limit: RateLimit | RateLimiter | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Clock | None = None,
        environ: Mapping[str, str] | None = None,
        attribute_mismatch: AttributeMismatch = "raise",
    ) -> None:
        settings = _Settings(
            api_key=api_key, username=username, password=password, token=token, server=server,
            base_url=base_url, timeout=timeout, max_retries=max_retries, retry=retry,
            rate_limit=rate_limit, clock=clock, environ=environ, attribute_mismatch=attribute_mismatch,
        )  # fmt: skip
        self._http = httpx.AsyncClient(
            base_url=settings.base_url,
            auth=settings.auth,
            transport=transport or httpx.AsyncHTTPTransport(),
            timeout=settings.options.timeout,
            headers=settings.headers,
        )
        self._settings = settings
        self._owns_http = True
        self._runner = AsyncRunner(self._http, *settings.parts(), settings.options)
        super().__init__(self._runner)

    def _bind(self, runner: AsyncRunner) -> None:
        AsyncOperations.__init__(self, runner)

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self.aclose()
