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
    """At most `calls` calls in any `period` seconds. Several of them are enforced together."""

    calls: int = _defaults.RATE_LIMIT_CALLS
    period: float = _defaults.RATE_LIMIT_PERIOD_SECONDS

    def __post_init__(self) -> None:
        calls_ok = isinstance(self.calls, int) and not isinstance(self.calls, bool) and self.calls >= 1
        if not calls_ok or not isinstance(self.period, int | float) or not self.period > 0:
            raise ConfigurationError(
                f"a rate limit needs calls >= 1 and period > 0, not {self.calls}/{self.period}"
            )

    def __str__(self) -> str:
        return f"{self.calls}/{self.period:g}"

    @classmethod
    def parse(cls, text: str) -> tuple[RateLimit, ...]:
        """'2000/3600,50/10' -> two windows; 'off' -> none (CALLS/SECONDS, comma-separated)."""
        text = text.strip()
        if text.lower() in ("off", "none", "0"):
            return ()
        windows = []
        for part in text.split(","):
            calls, slash, seconds = part.strip().partition("/")
            try:
                windows.append(
                    cls(int(calls), float(seconds) if slash else _defaults.RATE_LIMIT_PERIOD_SECONDS)
                )
            except ValueError:
                raise ConfigurationError(
                    f"a rate limit is CALLS/SECONDS, comma-separated (e.g. 2000/3600,50/10) or off, "
                    f"not {text!r}"
                ) from None
        return tuple(windows)


DEFAULT_RATE_LIMITS = tuple(RateLimit(calls, period) for calls, period in _defaults.RATE_LIMITS)
TRANSACTIONAL_RATE_LIMITS = tuple(
    RateLimit(calls, period) for calls, period in _defaults.TRANSACTIONAL_RATE_LIMITS
)


def is_count(value: object) -> bool:
    """A whole number >= 0 (bool is an int to Python, never a count to a user)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


@dataclasses.dataclass(frozen=True)
class RetryPolicy:
    """When and how long to wait before trying a failed call again."""

    max_retries: int = _defaults.MAX_RETRIES
    initial_backoff: float = _defaults.INITIAL_BACKOFF_SECONDS
    max_backoff: float = _defaults.MAX_BACKOFF_SECONDS
    jitter: float = _defaults.BACKOFF_JITTER
    max_retry_after: float = _defaults.MAX_RETRY_AFTER_SECONDS

    def __post_init__(self) -> None:
        if not is_count(self.max_retries):
            raise ConfigurationError(f"max_retries must be a whole number >= 0, not {self.max_retries!r}")
        if not 0 <= self.jitter < 1:
            raise ConfigurationError(f"jitter must be in [0, 1), not {self.jitter}")
        for name in ("initial_backoff", "max_backoff", "max_retry_after"):
            seconds = getattr(self, name)
            if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not seconds >= 0:
                raise ConfigurationError(f"{name} must be a number of seconds >= 0, not {seconds!r}")
        if self.max_backoff < self.initial_backoff:
            raise ConfigurationError(
                f"max_backoff ({self.max_backoff}) must be >= initial_backoff ({self.initial_backoff})"
            )


@dataclasses.dataclass(frozen=True)
class Wording:
    """How errors tell the user to give a setting: a keyword argument, or a command-line flag."""

    verb: str = "pass"
    flags: bool = False
    # The lowest layer of settings (the CLI's config file), named in hints; None when there is none.
    fallback: str | None = None

    def name(self, setting: str, value: str | None = None) -> str:
        """How to give a setting: api_key=... or --api-key (with an example value when one helps)."""
        if self.flags:
            flag = f"--{setting.replace('_', '-')}"
            return flag if value is None else f"{flag} {value}"
        return f"{setting}={'...' if value is None else value}"

    def or_fallback(self, setting: str) -> str:
        return f", or put {setting} in {self.fallback}" if self.fallback else ""


LIBRARY_WORDING = Wording()


class MissingPasswordError(ConfigurationError):
    """A user name was given, and no password anywhere (the CLI then asks for it on the terminal)."""

    def __init__(self, message: str, username: str) -> None:
        super().__init__(message)
        self.username = username


class _Layers:
    """Settings from explicit arguments, then the environment, then a fallback (first found wins)."""

    def __init__(
        self, explicit: Mapping[str, str | None], environ: Mapping[str, str], fallback: Mapping[str, str]
    ) -> None:
        self._layers: list[Mapping[str, str | None]] = [
            explicit,
            {
                name: environ.get(variable, "").strip() or None
                for name, variable in _defaults.ENVIRONMENT.items()
            },
            {name: str(value).strip() or None for name, value in fallback.items()},
        ]

    def first_naming(self, names: tuple[str, ...]) -> Mapping[str, str | None]:
        """The first layer that gives any of these settings ({} when none does)."""
        return next((layer for layer in self._layers if any(layer.get(name) for name in names)), {})

    def first(self, name: str) -> str | None:
        return next((value for layer in self._layers if (value := layer.get(name))), None)


_KINDS = ("api_key", "username", "token")  # in the order of precedence within one layer


def resolve_credentials(
    *,
    api_key: str | None,
    username: str | None,
    password: str | None,
    token: str | None,
    environ: Mapping[str, str],
    fallback: Mapping[str, str] | None = None,
    wording: Wording = LIBRARY_WORDING,
) -> Credentials:
    """Explicit arguments win over environment variables, which win over the fallback (a config file);
    exactly one kind of credentials must result. The password of a user may come from any layer."""
    explicit = {"api_key": api_key, "username": username, "password": password, "token": token}
    for name, value in explicit.items():
        if value is not None and not value.strip():
            raise ConfigurationError(f"{name} is empty")
    given = [kind for kind in _KINDS if explicit[kind]]
    if len(given) > 1:
        raise ConfigurationError(f"give one kind of credentials, not {' and '.join(given)}")
    layers = _Layers(explicit, environ, fallback or {})
    if password is not None and username is None and layers.first("username") is None:
        raise ConfigurationError("password given without username")
    chosen = layers.first_naming(_KINDS)
    if chosen.get("api_key"):
        return ApiKey(Secret(str(chosen["api_key"])))
    user = chosen.get("username")
    if user:
        secret = layers.first("password")
        if not secret:
            raise MissingPasswordError(
                f"username given without password: {wording.verb} {wording.name('password')} or set "
                f"{_defaults.ENV_PASSWORD}{wording.or_fallback('password')}",
                user,
            )
        return Login(user, Secret(secret))
    if chosen.get("token"):
        return Token(Secret(str(chosen["token"])))
    raise ConfigurationError(
        f"no credentials: {wording.verb} {wording.name('api_key')} (or {wording.name('username')} and "
        f"{wording.name('password')}), or set {_defaults.ENV_API_KEY} (or {_defaults.ENV_USERNAME} and "
        f"{_defaults.ENV_PASSWORD}){wording.or_fallback('api_key')}"
    )


def resolve_base_url(
    *,
    server: int | str | None,
    base_url: str | None,
    environ: Mapping[str, str],
    fallback: Mapping[str, str] | None = None,
    wording: Wording = LIBRARY_WORDING,
) -> str:
    """base_url wins over server; arguments win over OPTIMOVE_BASE_URL and OPTIMOVE_SERVER, which win
    over the fallback."""
    if server is not None and base_url is not None:
        raise ConfigurationError("give server or base_url, not both")
    explicit = {"server": None if server is None else str(server), "base_url": base_url}
    chosen = _Layers(explicit, environ, fallback or {}).first_naming(("server", "base_url"))
    if chosen.get("base_url"):
        base_url = str(chosen["base_url"])
        url = httpx.URL(base_url)
        if url.scheme not in ("http", "https") or not url.host:
            raise ConfigurationError(f"base_url must be an http(s) URL, not {base_url!r}")
        return str(url).rstrip("/")
    if not chosen.get("server"):
        raise ConfigurationError(
            f"no server: {wording.verb} {wording.name('server', '5')} (for https://api5.optimove.net), "
            f"{wording.name('server', repr('sandbox'))} or {wording.name('base_url')}, "
            f"or set {_defaults.ENV_SERVER} or {_defaults.ENV_BASE_URL}{wording.or_fallback('server')}"
        )
    text = str(chosen["server"]).strip().lower()
    if text == "sandbox":
        return _defaults.SANDBOX_URL
    if not text.isdigit():
        shown = server if server is not None else chosen["server"]
        raise ConfigurationError(
            f"server must be a number such as 5 (api5.optimove.net) or 'sandbox', not {shown!r}"
        )
    return _defaults.SERVER_URL_TEMPLATE.format(server=int(text))


def resolve_store(
    *, store: str | None, environ: Mapping[str, str], fallback: Mapping[str, str] | None = None, default: str
) -> str:
    """The store URL: the argument, else OPTIMOVE_STORE, else the fallback's (a config file), else default."""
    if store is not None and not store.strip():
        raise ConfigurationError("store is empty")
    return _Layers({"store": store}, environ, fallback or {}).first("store") or default


def environment() -> Mapping[str, str]:
    return os.environ
