"""How a client is configured: credentials, server and limits, from arguments or environment variables."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping

import httpx

from optimove_client import _defaults
from optimove_client._secret import Secret
from optimove_client.errors import ConfigurationError


@dataclasses.dataclass(frozen=True)
class ApiKey:
    """Authenticate every call with the X-API-KEY header (no Login)."""

    key: Secret


@dataclasses.dataclass(frozen=True)
class Login:
    """Log in with a user name and password and send the session token (deprecated by Optimove in 2024)."""

    username: str
    password: Secret


@dataclasses.dataclass(frozen=True)
class Token:
    """Send a session token obtained elsewhere; it cannot be renewed when it expires."""

    token: Secret


Credentials = ApiKey | Login | Token


@dataclasses.dataclass(frozen=True)
class RateLimit:
    """At most `calls` calls in any `period` seconds."""

    calls: int = _defaults.RATE_LIMIT_CALLS
    period: float = _defaults.RATE_LIMIT_PERIOD_SECONDS

    def __post_init__(self) -> None:
        if self.calls < 1 or self.period <= 0:
            raise ConfigurationError(
                f"a rate limit needs calls >= 1 and period > 0, not {self.calls}/{self.period}"
            )


@dataclasses.dataclass(frozen=True)
class RetryPolicy:
    """When and how long to wait before trying a failed call again."""

    max_retries: int = _defaults.MAX_RETRIES
    initial_backoff: float = _defaults.INITIAL_BACKOFF_SECONDS
    max_backoff: float = _defaults.MAX_BACKOFF_SECONDS
    jitter: float = _defaults.BACKOFF_JITTER
    max_retry_after: float = _defaults.MAX_RETRY_AFTER_SECONDS

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ConfigurationError(f"max_retries must be >= 0, not {self.max_retries}")
        if not 0 <= self.jitter < 1:
            raise ConfigurationError(f"jitter must be in [0, 1), not {self.jitter}")


def _pick(explicit: str | None, environ: Mapping[str, str], name: str) -> str | None:
    if explicit is not None:
        return explicit
    value = environ.get(name, "").strip()
    return value or None


def resolve_credentials(
    *,
    api_key: str | None,
    username: str | None,
    password: str | None,
    token: str | None,
    environ: Mapping[str, str],
) -> Credentials:
    """Explicit arguments win over environment variables; exactly one kind of credentials must result."""
    for name, value in (
        ("api_key", api_key),
        ("username", username),
        ("password", password),
        ("token", token),
    ):
        if value is not None and not value.strip():
            raise ConfigurationError(f"{name} is empty")
    explicit = [
        kind for kind, given in (("api_key", api_key), ("username", username), ("token", token)) if given
    ]
    if len(explicit) > 1:
        raise ConfigurationError(f"give one kind of credentials, not {' and '.join(explicit)}")
    if password is not None and username is None and _pick(None, environ, _defaults.ENV_USERNAME) is None:
        raise ConfigurationError("password given without username")
    if not explicit:
        api_key = _pick(None, environ, _defaults.ENV_API_KEY)
        username = _pick(None, environ, _defaults.ENV_USERNAME)
        token = _pick(None, environ, _defaults.ENV_TOKEN)
    if api_key:
        return ApiKey(Secret(api_key))
    if username:
        password = _pick(password, environ, _defaults.ENV_PASSWORD)
        if not password:
            raise ConfigurationError(
                f"username given without password (argument or {_defaults.ENV_PASSWORD})"
            )
        return Login(username, Secret(password))
    if token:
        return Token(Secret(token))
    raise ConfigurationError(
        "no credentials: pass api_key=... (or username= and password=), "
        f"or set {_defaults.ENV_API_KEY} (or {_defaults.ENV_USERNAME} and {_defaults.ENV_PASSWORD})"
    )


def resolve_base_url(*, server: int | str | None, base_url: str | None, environ: Mapping[str, str]) -> str:
    """base_url wins over server; arguments win over OPTIMOVE_BASE_URL and OPTIMOVE_SERVER."""
    if server is not None and base_url is not None:
        raise ConfigurationError("give server or base_url, not both")
    if base_url is None and server is None:
        base_url = _pick(None, environ, _defaults.ENV_BASE_URL)
        server = _pick(None, environ, _defaults.ENV_SERVER)
    if base_url is not None:
        url = httpx.URL(base_url)
        if url.scheme not in ("http", "https") or not url.host:
            raise ConfigurationError(f"base_url must be an http(s) URL, not {base_url!r}")
        return str(url).rstrip("/")
    if server is None:
        raise ConfigurationError(
            "no server: pass server=5 (for https://api5.optimove.net), server='sandbox' or base_url=..., "
            f"or set {_defaults.ENV_SERVER} or {_defaults.ENV_BASE_URL}"
        )
    text = str(server).strip().lower()
    if text == "sandbox":
        return _defaults.SANDBOX_URL
    if not text.isdigit():
        raise ConfigurationError(
            f"server must be a number such as 5 (api5.optimove.net) or 'sandbox', not {server!r}"
        )
    return _defaults.SERVER_URL_TEMPLATE.format(server=int(text))


def environment() -> Mapping[str, str]:
    return os.environ
