"""How a client is configured: credentials, server and limits, from arguments or environment variables."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping

import httpx

from optimove_client import _defaults
from optimove_client import _input_rules as input_rules
from optimove_client._auth import API_KEY_HEADER, TOKEN_HEADER
from optimove_client._rate_text import RateTextError, parse_windows
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


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def is_count(value: object) -> bool:
    """A whole number >= 0 (bool is an int to Python, never a count to a user)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


# Bounds that no real budget comes near, and that every store can hold (SQLite's integers are 64-bit).
MAX_CALLS = 10**9
MAX_PERIOD_SECONDS = 366 * 24 * 3600.0
# The longest a retry policy may wait at once: longer cannot be meant, and sleep() refuses far longer.
MAX_WAIT_SECONDS = 86_400


@dataclasses.dataclass(frozen=True)
class RateLimit:
    """At most `calls` calls in any `period` seconds. Several of them are enforced together."""

    calls: int = _defaults.RATE_LIMIT_CALLS
    period: float = _defaults.RATE_LIMIT_PERIOD_SECONDS

    def __post_init__(self) -> None:
        calls_ok = is_count(self.calls) and 1 <= self.calls <= MAX_CALLS
        number = _is_number(self.period)
        # inf and NaN would reach the store's arithmetic (milliseconds, expiry) and fail there.
        if not calls_ok or not number or not 0 < self.period <= MAX_PERIOD_SECONDS:
            raise ConfigurationError(
                f"a rate limit needs calls >= 1 and period > 0 (whole calls up to {MAX_CALLS:,}, a period "
                f"of at most {MAX_PERIOD_SECONDS:,.0f} seconds: a year), not "
                f"{input_rules.brief(self.calls)}/{input_rules.brief(self.period)}"
            )

    def __str__(self) -> str:
        return f"{self.calls}/{self.period:g}"

    @classmethod
    def parse(cls, text: str, name: str = "rate_limit") -> tuple[RateLimit, ...]:
        """'2000/3600,50/10' -> two windows; 'off' -> none. A bare number is refused (see _rate_text)."""
        try:
            windows = parse_windows(text, name)
        except RateTextError as error:
            raise ConfigurationError(str(error)) from None
        try:
            return tuple(cls(calls, seconds) for calls, seconds in windows)
        except ConfigurationError as error:  # beyond the bounds every store can hold
            raise ConfigurationError(f"{name}: {error}") from None


DEFAULT_RATE_LIMITS = tuple(RateLimit(calls, period) for calls, period in _defaults.RATE_LIMITS)
TRANSACTIONAL_RATE_LIMITS = tuple(
    RateLimit(calls, period) for calls, period in _defaults.TRANSACTIONAL_RATE_LIMITS
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
        if not is_count(self.max_retries):
            raise ConfigurationError(
                f"max_retries must be a whole number >= 0, not {input_rules.brief(self.max_retries)}"
            )
        if not _is_number(self.jitter) or not 0 <= self.jitter < 1:
            raise ConfigurationError(
                f"jitter must be a number in [0, 1), not {input_rules.brief(self.jitter)}"
            )
        for name in ("initial_backoff", "max_backoff", "max_retry_after"):
            seconds = getattr(self, name)
            if not _is_number(seconds) or not seconds >= 0:
                raise ConfigurationError(
                    f"{name} must be a number of seconds >= 0, not {input_rules.brief(seconds)}"
                )
            if not seconds <= MAX_WAIT_SECONDS:
                raise ConfigurationError(
                    f"{name} must be at most {MAX_WAIT_SECONDS:,} seconds (a day), "
                    f"not {input_rules.brief(seconds)}"
                )
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

    def source(self, setting: str, layer: int) -> str:
        """Where a setting's value came from, for messages: its argument (or flag), its environment
        variable, or the config file."""
        if layer == ENVIRONMENT:
            return f"the environment variable {_defaults.ENVIRONMENT[setting]}"
        if layer == FALLBACK and self.fallback:
            return f"{setting} in {self.fallback}"
        return f"--{setting.replace('_', '-')}" if self.flags else setting


LIBRARY_WORDING = Wording()


class MissingPasswordError(ConfigurationError):
    """A user name was given, and no password anywhere (the CLI then asks for it on the terminal)."""

    def __init__(self, message: str, username: str) -> None:
        super().__init__(message)
        self.username = username


# The layers of settings, in the order in which they win.
ARGUMENT, ENVIRONMENT, FALLBACK = range(3)


class _Layers:
    """Settings from explicit arguments, then the environment, then a fallback (first found wins)."""

    def __init__(
        self, explicit: Mapping[str, object], environ: Mapping[str, object], fallback: Mapping[str, object]
    ) -> None:
        self._layers: list[Mapping[str, object]] = [
            explicit,
            {name: _variable(environ, variable) for name, variable in _defaults.ENVIRONMENT.items()},
            {name: str(value).strip() or None for name, value in fallback.items()},
        ]

    def first_naming(self, names: tuple[str, ...]) -> tuple[int, Mapping[str, object]]:
        """The first layer that gives any of these settings, and which it is ((-1, {}) when none does)."""
        return next(
            ((index, layer) for index, layer in enumerate(self._layers) if any(layer.get(n) for n in names)),
            (-1, {}),
        )

    def first(self, name: str) -> tuple[int, object]:
        """The first value of a setting and its layer ((-1, None) when no layer gives it)."""
        return next(
            ((index, value) for index, layer in enumerate(self._layers) if (value := layer.get(name))),
            (-1, None),
        )


def sources(
    names: tuple[str, ...],
    *,
    explicit: Mapping[str, object],
    environ: Mapping[str, object],
    fallback: Mapping[str, str] | None = None,
    wording: Wording = LIBRARY_WORDING,
) -> dict[str, str]:
    """Where each of these settings would be taken from (its argument or flag, its environment variable, or
    the config file), for those that some layer gives, the highest layer first: what `optimove config`
    reports instead of values."""
    layers = _Layers(explicit, check_environ(environ), fallback or {})
    found = sorted((layers.first(name)[0], index, name) for index, name in enumerate(names))
    return {name: wording.source(name, layer) for layer, _, name in found if layer >= 0}


def _variable(environ: Mapping[str, object], variable: str) -> str | None:
    value = environ.get(variable)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ConfigurationError(
            f"the environment variable {variable} must be a string, not {input_rules.type_name(value)}"
        )
    return value.strip() or None


def check_environ(environ: object) -> Mapping[str, object]:
    """environ= as given: a mapping of variable names to values, such as os.environ."""
    if not isinstance(environ, Mapping):
        raise ConfigurationError(
            f"environ must be a mapping such as os.environ, not {input_rules.type_name(environ)}"
        )
    return environ


_KINDS = ("api_key", "username", "token")  # in the order of precedence within one layer
# The header a credential is sent in; None: in Login's JSON body.
_HEADERS: dict[str, str | None] = {
    "api_key": API_KEY_HEADER,
    "username": None,
    "password": None,
    "token": TOKEN_HEADER,
}


def resolve_credentials(
    *,
    api_key: str | None,
    username: str | None,
    password: str | None,
    token: str | None,
    environ: Mapping[str, object],
    fallback: Mapping[str, str] | None = None,
    wording: Wording = LIBRARY_WORDING,
) -> Credentials:
    """Explicit arguments win over environment variables, which win over the fallback (a config file);
    exactly one kind of credentials must result. The password of a user may come from any layer.

    Every value used is checked (type, length, characters) before anything is sent; a message names the
    setting and where it came from, never the value."""
    explicit: dict[str, object] = {
        "api_key": api_key,
        "username": username,
        "password": password,
        "token": token,
    }
    for name, value in explicit.items():
        if value is None:
            continue
        if not isinstance(value, str):
            where = wording.source(name, ARGUMENT)
            raise ConfigurationError(f"{where} must be a string, not {input_rules.type_name(value)}")
        if not value.strip():
            raise ConfigurationError(f"{name} is empty")
    given = [kind for kind in _KINDS if explicit[kind]]
    if len(given) > 1:
        raise ConfigurationError(f"give one kind of credentials, not {' and '.join(given)}")
    layers = _Layers(explicit, check_environ(environ), fallback or {})
    if password is not None and username is None and layers.first("username")[1] is None:
        raise ConfigurationError("password given without username")
    layer, chosen = layers.first_naming(_KINDS)

    def checked(name: str, value: object, where: int = layer) -> str:
        return input_rules.credential(value, wording.source(name, where), _HEADERS[name])

    if chosen.get("api_key"):
        return ApiKey(Secret(checked("api_key", chosen["api_key"])))
    if chosen.get("username"):
        user = checked("username", chosen["username"])
        password_layer, secret = layers.first("password")
        if not secret:
            raise MissingPasswordError(
                f"username given without password: {wording.verb} {wording.name('password')} or set "
                f"{_defaults.ENV_PASSWORD}{wording.or_fallback('password')}",
                user,
            )
        return Login(user, Secret(checked("password", secret, password_layer)))
    if chosen.get("token"):
        return Token(Secret(checked("token", chosen["token"])))
    raise ConfigurationError(
        f"no credentials: {wording.verb} {wording.name('api_key')} (or {wording.name('username')} and "
        f"{wording.name('password')}), or set {_defaults.ENV_API_KEY} (or {_defaults.ENV_USERNAME} and "
        f"{_defaults.ENV_PASSWORD}){wording.or_fallback('api_key')}"
    )


# Optimove's servers are api1, api2, ... : four digits leave room and keep the host name sane.
_SERVER_DIGITS = 4


def _server_argument(server: object, wording: Wording) -> str | None:
    """server= as text, or a ConfigurationError for a type or number that cannot be a server."""
    if server is None or isinstance(server, str):
        return server
    rule = "must be a number such as 5 (api5.optimove.net) or 'sandbox'"
    where = wording.source("server", ARGUMENT)
    if isinstance(server, bool) or not isinstance(server, int):
        raise ConfigurationError(f"{where} {rule}, not {input_rules.type_name(server)}")
    if not 0 <= server < 10**_SERVER_DIGITS:
        raise ConfigurationError(f"{where} {rule}, not {input_rules.brief(server)}")
    return str(server)


def resolve_base_url(
    *,
    server: int | str | None,
    base_url: str | None,
    environ: Mapping[str, object],
    fallback: Mapping[str, str] | None = None,
    wording: Wording = LIBRARY_WORDING,
) -> str:
    """Arguments win over OPTIMOVE_BASE_URL and OPTIMOVE_SERVER, which win over the fallback; server and
    base_url from one layer are refused (neither could win without surprising someone)."""
    if server is not None and base_url is not None:
        raise ConfigurationError("give server or base_url, not both")
    explicit = {"server": _server_argument(server, wording), "base_url": base_url}
    layer, chosen = _Layers(explicit, check_environ(environ), fallback or {}).first_naming(
        ("server", "base_url")
    )
    if chosen.get("base_url") and chosen.get("server"):
        raise ConfigurationError(_both_servers(layer, wording))
    if chosen.get("base_url"):
        return _checked_base_url(chosen["base_url"], wording.source("base_url", layer))
    if not chosen.get("server"):
        raise ConfigurationError(
            f"no server: {wording.verb} {wording.name('server', '5')} (for https://api5.optimove.net), "
            f"{wording.name('server', repr('sandbox'))} or {wording.name('base_url')}, "
            f"or set {_defaults.ENV_SERVER} or {_defaults.ENV_BASE_URL}{wording.or_fallback('server')}"
        )
    given = chosen["server"]
    where = wording.source("server", layer)
    if not isinstance(given, str):
        raise ConfigurationError(f"{where} must be a string, not {input_rules.type_name(given)}")
    text = given.strip().lower()
    if text == "sandbox":
        return _defaults.SANDBOX_URL
    # isdigit() alone takes '²' and other digits int() refuses, and the length keeps the host name short.
    if not (text.isascii() and text.isdigit() and len(text) <= _SERVER_DIGITS):
        raise ConfigurationError(
            f"{where} must be a number such as 5 (api5.optimove.net) or 'sandbox', "
            f"not {input_rules.brief(given)}"
        )
    return _defaults.SERVER_URL_TEMPLATE.format(server=int(text))


def _both_servers(layer: int, wording: Wording) -> str:
    """Server and base URL from one layer: neither can win (across layers, the higher one does)."""
    if layer == ENVIRONMENT:
        return (
            f"{_defaults.ENV_SERVER} and {_defaults.ENV_BASE_URL} are both set; set one "
            f"({_defaults.ENV_BASE_URL} for any host, {_defaults.ENV_SERVER} for api<N>.optimove.net)"
        )
    return f"config file {wording.fallback}: server and base_url are both set; set one"


def _checked_base_url(value: object, where: str) -> str:
    """An http(s) URL with a host, no user information, query or fragment; or a ConfigurationError that
    shows a short excerpt of it at most (without any password)."""
    text = input_rules.url_text(value, where, limit=input_rules.URL_MAX_LENGTH)
    shown = input_rules.url_excerpt(text)
    try:
        url: httpx.URL | None = httpx.URL(text)
    except (httpx.InvalidURL, ValueError):  # its message may quote the URL: not shown
        url = None
    # httpx takes any port number, and a socket then fails at the first call.
    if url is not None and url.port is not None and not 1 <= url.port <= 65535:
        url = None
    if url is None or url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(
            f"{where} must be an http(s) URL with a host, such as https://api5.optimove.net, not {shown}"
        )
    if url.userinfo:
        raise ConfigurationError(
            f"{where} must not hold a user name or password ({shown}): the client authenticates with "
            "api_key, username and password, or token"
        )
    if url.query or url.fragment:
        raise ConfigurationError(f"{where} takes no ?query or #fragment: {shown}")
    return str(url).rstrip("/")


def resolve_store(
    *,
    store: str | None,
    environ: Mapping[str, object],
    fallback: Mapping[str, str] | None = None,
    default: str,
    wording: Wording = LIBRARY_WORDING,
) -> str:
    """The store URL: the argument, else OPTIMOVE_STORE, else the fallback's (a config file), else default.

    Its text is checked here, where it is known where it came from; its form by _store.urls.parse."""
    if store is not None:
        if not isinstance(store, str):
            where = wording.source("store", ARGUMENT)
            raise ConfigurationError(
                f"{where} must be a string such as 'sqlite:///store.sqlite', not "
                f"{input_rules.type_name(store)}"
            )
        if not store.strip():
            raise ConfigurationError("store is empty")
    layer, chosen = _Layers({"store": store}, check_environ(environ), fallback or {}).first("store")
    if chosen is None:
        return default
    return input_rules.url_text(
        chosen, wording.source("store", layer), limit=input_rules.STORE_MAX_LENGTH, spaces=True
    )


def environment() -> Mapping[str, str]:
    return os.environ
