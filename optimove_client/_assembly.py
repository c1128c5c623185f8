"""What both clients resolve the same way from their keyword arguments and the environment, and the parts
a client is built of: its store, budget and authentication (sync or async), and its runner's parts."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Mapping, Sequence

import httpx

from optimove_client._auth.headers import ApiKeyAuth, TokenAuth
from optimove_client._auth.session import AsyncSession, Session
from optimove_client._config import defaults as _defaults
from optimove_client._config.credentials import ApiKey, Credentials, Login, Token, resolve_credentials
from optimove_client._config.layers import check_environ, environment, resolve_base_url, resolve_store
from optimove_client._config.policies import (
    DEFAULT_RATE_LIMITS,
    TRANSACTIONAL_RATE_LIMITS,
    RateLimit,
    RetryPolicy,
)
from optimove_client._request.input_rules import brief
from optimove_client._request.prepare import Preparer
from optimove_client._request.validation import shared_validator
from optimove_client._response.decode import ResultDecoder
from optimove_client._response.rows import AttributeMismatch
from optimove_client._run.runner_core import CallOptions
from optimove_client._store import AsyncStore, Store, account_key, open_async_store, open_store, urls
from optimove_client._store.default import default_store_url
from optimove_client._transport.call_core import LoopCore
from optimove_client._transport.clock import SYSTEM_CLOCK, Clock
from optimove_client._transport.ratelimit import AsyncBudget, Budget, RateLimiter
from optimove_client._transport.retry import RetryDecisions
from optimove_client._version import __version__
from optimove_client.errors import ConfigurationError

USER_AGENT = f"optimove-client/{__version__} httpx/{httpx.__version__}"
DEFAULT_TIMEOUT = httpx.Timeout(
    connect=_defaults.CONNECT_TIMEOUT,
    read=_defaults.READ_TIMEOUT,
    write=_defaults.WRITE_TIMEOUT,
    pool=_defaults.POOL_TIMEOUT,
)

RateLimitSetting = RateLimit | Sequence[RateLimit] | RateLimiter | None
MAX_TIMEOUT_SECONDS = 86_400
ATTRIBUTE_MISMATCH = ("raise", "keep")


def timeout_of(value: float | httpx.Timeout | None) -> httpx.Timeout:
    """The timeout setting as httpx takes it; each of its parts must be a positive number of seconds.

    httpx would take 0 and then time every request out at once, and a negative number fails deep in the
    socket layer; neither can be meant.
    """
    if value is None:
        return DEFAULT_TIMEOUT
    timeout = value if isinstance(value, httpx.Timeout) else _seconds_timeout(value)
    for part in ("connect", "read", "write", "pool"):
        seconds = getattr(timeout, part)
        if seconds is not None and not seconds > 0:
            raise ConfigurationError(
                f"timeout: {part} must be a positive number of seconds, not {brief(seconds)}"
            )
        # Sockets refuse far longer waits (OverflowError); no timeout at all is httpx.Timeout(None).
        if seconds is not None and not seconds <= MAX_TIMEOUT_SECONDS:
            raise ConfigurationError(
                f"timeout: {part} must be at most {MAX_TIMEOUT_SECONDS:,} seconds (a day; "
                f"httpx.Timeout(None) for none), not {brief(seconds)}"
            )
    return timeout


def _seconds_timeout(value: object) -> httpx.Timeout:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigurationError(
            f"timeout must be a number of seconds or an httpx.Timeout, not {type(value).__name__}"
        )
    if not value > 0:  # also refuses NaN
        raise ConfigurationError(f"timeout must be a positive number of seconds, not {brief(value)}")
    if not value <= MAX_TIMEOUT_SECONDS:
        raise ConfigurationError(
            f"timeout must be at most {MAX_TIMEOUT_SECONDS:,} seconds (a day; httpx.Timeout(None) for none), "
            f"not {brief(value)}"
        )
    return httpx.Timeout(value)


def check_attribute_mismatch(value: object) -> None:
    if not isinstance(value, str) or value not in ATTRIBUTE_MISMATCH:
        raise ConfigurationError(f"attribute_mismatch must be 'raise' or 'keep', not {brief(value)}")


def _check_parts(clock: object, retry: object) -> None:
    """The objects a client is given: a Clock and a RetryPolicy (the type checker cannot see every caller)."""
    if clock is not None and not all(
        callable(getattr(clock, method, None)) for method in ("monotonic", "wall", "sleep", "asleep")
    ):
        raise ConfigurationError(
            f"clock must have monotonic(), wall(), sleep() and asleep(), as a Clock does; "
            f"not {type(clock).__name__}"
        )
    if retry is not None and not isinstance(retry, RetryPolicy):
        raise ConfigurationError(f"retry must be a RetryPolicy, not {type(retry).__name__}")


def _fingerprint(credentials: Credentials) -> str:
    if isinstance(credentials, ApiKey):
        return "key:" + credentials.key.fingerprint()
    if isinstance(credentials, Token):
        return "token:" + credentials.token.fingerprint()
    return "login:" + credentials.password.fingerprint() + ":" + credentials.username


def _budget_of(rate_limit: RateLimitSetting) -> tuple[tuple[RateLimit, ...], RateLimiter | None]:
    """The windows of the general budget, or a custom limiter that replaces it."""
    if rate_limit is None:
        return DEFAULT_RATE_LIMITS, None
    if isinstance(rate_limit, RateLimit):
        return (rate_limit,), None
    if isinstance(rate_limit, Sequence) and not isinstance(rate_limit, str):
        limits = tuple(rate_limit)
        if not all(isinstance(limit, RateLimit) for limit in limits):
            raise ConfigurationError("rate_limit takes a RateLimit, a sequence of them, or a limiter")
        return limits, None
    if callable(getattr(rate_limit, "reserve", None)):
        return (), rate_limit
    raise ConfigurationError(
        f"rate_limit takes a RateLimit, a sequence of them, or a limiter, not {type(rate_limit).__name__}"
    )


@dataclasses.dataclass(frozen=True)
class SyncParts:
    store: Store
    budget: Budget
    auth: httpx.Auth | None  # an API key or a fixed token; None with a Login session
    session: Session | None  # the Login session, whose Logins the call loop sends


@dataclasses.dataclass(frozen=True)
class AsyncParts:
    store: AsyncStore
    budget: AsyncBudget
    auth: httpx.Auth | None
    session: AsyncSession | None


class Settings:
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
        rate_limit: RateLimitSetting,
        store: str | None,
        clock: Clock | None,
        environ: Mapping[str, str] | None,
        attribute_mismatch: AttributeMismatch,
    ) -> None:
        env = environment() if environ is None else check_environ(environ)
        _check_parts(clock, retry)
        check_attribute_mismatch(attribute_mismatch)
        self.credentials = resolve_credentials(
            api_key=api_key, username=username, password=password, token=token, environ=env
        )
        self.base_url = resolve_base_url(server=server, base_url=base_url, environ=env)
        chosen = resolve_store(store=store, environ=env, default="")
        self.store_url = urls.parse(chosen or default_store_url())
        self.account = account_key(self.base_url, _fingerprint(self.credentials))
        self.clock = clock or SYSTEM_CLOCK
        if max_retries is not None and retry is not None:
            # Either would have to win silently over the other.
            raise ConfigurationError(
                f"give max_retries or retry, not both (max_retries={brief(max_retries)}, "
                f"retry=RetryPolicy(max_retries={retry.max_retries}, ...)): with a RetryPolicy, set its "
                f"max_retries, e.g. retry=RetryPolicy(max_retries={brief(max_retries)}, ...)"
            )
        self.policy = retry or RetryPolicy()
        if max_retries is not None:
            self.policy = dataclasses.replace(self.policy, max_retries=max_retries)
        self.decisions = RetryDecisions(self.policy, self.clock, random.Random())  # noqa: S311 (jitter)
        self.limits, self.limiter = _budget_of(rate_limit)
        self.options = CallOptions(timeout=timeout_of(timeout), attribute_mismatch=attribute_mismatch)
        self.headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}

    def _budget_arguments(self) -> dict[str, object]:
        return {
            "general": self.limits,
            "transactional": TRANSACTIONAL_RATE_LIMITS,
            "limiter": self.limiter,
            "max_pause": self.policy.max_retry_after,
        }

    def _fixed_auth(self) -> httpx.Auth | None:
        if isinstance(self.credentials, ApiKey):
            return ApiKeyAuth(self.credentials.key)
        if isinstance(self.credentials, Token):
            return TokenAuth(self.credentials.token)
        return None

    def sync_parts(self) -> SyncParts:
        store = open_store(self.store_url, self.account, self.clock)
        budget = Budget(store, self.clock, **self._budget_arguments())  # type: ignore[arg-type]
        session = None
        if isinstance(self.credentials, Login):
            lock = self.store_url.lock_seconds
            session = Session(self.credentials, self.base_url, self.clock, store=store, lock_seconds=lock)
        return SyncParts(store, budget, self._fixed_auth(), session)

    def async_parts(self) -> AsyncParts:
        store = open_async_store(self.store_url, self.account, self.clock)
        budget = AsyncBudget(store, self.clock, **self._budget_arguments())  # type: ignore[arg-type]
        session = None
        if isinstance(self.credentials, Login):
            lock = self.store_url.lock_seconds
            session = AsyncSession(
                self.credentials, self.base_url, self.clock, store=store, lock_seconds=lock
            )
        return AsyncParts(store, budget, self._fixed_auth(), session)

    def runner_parts(self) -> tuple[Preparer, ResultDecoder, LoopCore]:
        """What a runner is made of besides its budget: preparation, decoding, the call loop's core."""
        validator = shared_validator()
        return Preparer(validator), ResultDecoder(validator), LoopCore(self.decisions, self.clock)

    def describe(self) -> str:
        kind = {ApiKey: "api key", Login: "login", Token: "token"}[type(self.credentials)]
        return f"base_url={self.base_url!r}, auth={kind!r}, store={self.store_url.shown!r}"
