"""Store URLs: memory://, sqlite:///relative/path or sqlite:////absolute/path, redis:// and rediss://.

Everything in a URL is checked here, before a driver sees it: a Redis URL's host, port and database, and
each option by its type (redis-py would raise a bare ValueError for a bad one, or hand an unknown one to
its connection class, which refuses it at the first call). lock_timeout is the client's own option; the
others are redis-py's. A password, in the user information or as ?password=, is never shown: messages
and reprs show the URL redacted (StoreURL.shown).
"""

from __future__ import annotations

import dataclasses
import math
import re
import urllib.parse
from collections.abc import Callable
from pathlib import Path

from optimove_client._config import defaults as _defaults
from optimove_client._request import input_rules
from optimove_client.errors import ConfigurationError

SCHEMES = ("memory", "sqlite", "redis", "rediss")
REDIS_SCHEMES = ("redis", "rediss")
LOCK_TIMEOUT = "lock_timeout"

# Kept for the modules that show a store's URL.
redacted = input_rules.redacted


@dataclasses.dataclass(frozen=True, repr=False)
class StoreURL:
    text: str  # as given (may hold a password: never shown)
    scheme: str
    path: Path | None  # sqlite
    lock_seconds: float  # ?lock_timeout=SECONDS: how long a dead Login holder blocks the others
    connection: str  # the URL without the client's own options, for the store's driver (may hold a password)

    @property
    def shown(self) -> str:
        """The URL without its password, for messages."""
        return redacted(self.text)

    def __repr__(self) -> str:  # the dataclass's own would show text and connection, password included
        return f"StoreURL({self.shown!r})"


class _Refused(Exception):
    """Why a reading of a Redis URL fails, in words that show no part of the URL that may be a password."""


# An option's value is checked, and normalised for redis-py, by a function returning None when refused.
Normalise = Callable[[str], str | None]

# Seconds a store may wait at most (sockets refuse far longer; a lock held longer cannot be meant).
_MAX_SECONDS = 86_400.0


def _seconds(text: str) -> str | None:
    try:
        seconds = float(text)
    except ValueError:
        return None
    return text if math.isfinite(seconds) and 0 < seconds <= _MAX_SECONDS else None


def _whole(low: int, high: int) -> Normalise:
    def check(text: str) -> str | None:
        # isdigit() alone takes '²', which int() refuses; '+1' and ' 1' int() takes, redis-py too, we not.
        return str(int(text)) if text.isascii() and text.isdigit() and low <= int(text) <= high else None

    return check


def _boolean(text: str) -> str | None:
    # redis-py reads any text but a few as true ("off" too, in older versions): only these are taken.
    return {"true": "true", "yes": "true", "1": "true", "false": "false", "no": "false", "0": "false"}.get(
        text.lower()
    )


def _choice(*choices: str) -> Normalise:
    return lambda text: text.lower() if text.lower() in choices else None


_NOT_VISIBLE_ASCII = re.compile("[^\x21-\x7e]")


def _name(text: str) -> str | None:
    # Redis refuses a client name with spaces or special characters.
    return text if text and not _NOT_VISIBLE_ASCII.search(text) else None


def _text(text: str) -> str | None:
    return text if text and not input_rules.unsendable(text) else None


@dataclasses.dataclass(frozen=True)
class _Option:
    rule: str
    normalise: Normalise
    tls: bool = False  # an option of rediss:// only (redis-py's plain connection refuses it)
    secret: bool = False  # its value is never shown


_SECONDS_RULE = f"a number of seconds > 0 and at most {_MAX_SECONDS:,.0f}"
_BOOLEAN_RULE = "true or false (yes/no, 1/0)"
REDIS_OPTIONS: dict[str, _Option] = {
    "db": _Option("a database number (0 or more)", _whole(0, 2**31 - 1)),
    "socket_timeout": _Option(_SECONDS_RULE, _seconds),
    "socket_connect_timeout": _Option(_SECONDS_RULE, _seconds),
    "socket_keepalive": _Option(_BOOLEAN_RULE, _boolean),
    "retry_on_timeout": _Option(_BOOLEAN_RULE, _boolean),
    "health_check_interval": _Option("a whole number of seconds from 0 to 86,400", _whole(0, 86_400)),
    "max_connections": _Option("a whole number from 1 to 100,000", _whole(1, 100_000)),
    "client_name": _Option("a name of visible ASCII characters, without spaces", _name),
    "protocol": _Option("2 or 3 (RESP2 or RESP3)", _choice("2", "3")),
    "username": _Option("a user name on one line", _text, secret=True),
    "password": _Option("a password on one line", _text, secret=True),
    "ssl_cert_reqs": _Option("none, optional or required", _choice("none", "optional", "required"), tls=True),
    "ssl_check_hostname": _Option(_BOOLEAN_RULE, _boolean, tls=True),
    "ssl_ca_certs": _Option("the path of a file", _text, tls=True),
    "ssl_certfile": _Option("the path of a file", _text, tls=True),
    "ssl_keyfile": _Option("the path of a file", _text, tls=True),
}
_LOCK_RULE = f"{LOCK_TIMEOUT} must be a number of seconds > 0 and at most {_MAX_SECONDS:,.0f}"

_HOST = re.compile(r"(?P<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~%-]*)(?::(?P<port>[0-9]*))?")
_DATABASE_PATH = re.compile(r"/?|/[0-9]+")
_ENCODE_HINT = (
    "percent-encode '/', '?', '#' and '@' in a user name or password (%2F %3F %23 %40), and '@' in an option"
)


def parse(given: object) -> StoreURL:
    """A checked store URL; ConfigurationError (naming the URL without its password) otherwise."""
    text = input_rules.url_text(given, "store", limit=input_rules.STORE_MAX_LENGTH, spaces=True)
    if not text:
        raise ConfigurationError("store is empty")
    shown = input_rules.url_excerpt(text)
    scheme_text, separator, rest = text.partition("://")
    scheme = scheme_text.lower()
    if not separator or scheme not in SCHEMES:
        raise ConfigurationError(
            f"store must start with memory://, sqlite:///, redis:// or rediss://, not {shown}"
        )
    if scheme in REDIS_SCHEMES:
        return _redis(text, scheme, rest, shown)
    address, _, query = rest.partition("?")
    try:
        lock_seconds = _lock_seconds(_options(query, known={}))
    except _Refused as refused:
        raise ConfigurationError(f"store {shown}: {refused}") from None
    if scheme == "memory":
        if address:
            raise ConfigurationError(f"store {shown}: a memory store is memory:// (with ?{LOCK_TIMEOUT}=)")
        return StoreURL(text, scheme, None, lock_seconds, "memory://")
    if not address.startswith("/") or len(address) < 2:
        raise ConfigurationError(
            f"store {shown}: a SQLite store is sqlite:///relative/path or sqlite:////absolute/path"
        )
    return StoreURL(text, scheme, Path(address[1:]).expanduser(), lock_seconds, f"sqlite://{address}")


def _options(query: str, known: dict[str, _Option]) -> dict[str, str]:
    """The options of a query, each once and known (their values still to be checked)."""
    options: dict[str, str] = {}
    for name, value in urllib.parse.parse_qsl(query, keep_blank_values=True):
        if name in options:
            raise _Refused(f"option {input_rules.brief(name)} is given twice")
        if name != LOCK_TIMEOUT and name not in known:
            names = ", ".join(sorted([LOCK_TIMEOUT, *known]))
            raise _Refused(f"unknown option {input_rules.brief(name)} (known: {names})")
        options[name] = value
    return options


def _lock_seconds(options: dict[str, str]) -> float:
    """The client's own option, taken out of the others."""
    if LOCK_TIMEOUT not in options:
        return _defaults.SESSION_LOCK_SECONDS
    given = options.pop(LOCK_TIMEOUT)
    if _seconds(given) is None:
        raise _Refused(f"{_LOCK_RULE}, not {input_rules.brief(given)}")
    return float(given)


@dataclasses.dataclass(frozen=True)
class _Reading:
    """One way to read a Redis URL: where its user information ends decides the rest."""

    userinfo: tuple[str, str | None] | None  # (user, password), percent-decoded
    address: str  # host[:port] as given
    path: str  # "", "/" or "/DB"
    options: dict[str, str]  # normalised, lock_timeout included
    lock_seconds: float

    def connection(self, scheme: str) -> str:
        netloc = self.address
        if self.userinfo is not None:
            user, password = self.userinfo
            secret = "" if password is None else ":" + urllib.parse.quote(password, safe="")
            netloc = f"{urllib.parse.quote(user, safe='')}{secret}@{netloc}"
        query = urllib.parse.urlencode([item for item in self.options.items() if item[0] != LOCK_TIMEOUT])
        return f"{scheme}://{netloc}{self.path}" + (f"?{query}" if query else "")


def _redis(text: str, scheme: str, rest: str, shown: str) -> StoreURL:
    """A Redis URL; a password holding '/', '?', '#' or '@' that were not percent-encoded is still read
    when only one reading of the URL holds together (the user information ending at one of its '@')."""
    netloc_end = next((index for index, mark in enumerate(rest) if mark in "/?#"), len(rest))
    # The standard reading (the user information is in the part before the first '/', '?' or '#'), then
    # one per '@' past that part.
    ends = [rest.rfind("@", 0, netloc_end)]
    ends += [index for index, mark in enumerate(rest) if mark == "@" and index > netloc_end]
    readings: list[_Reading] = []
    problem = ""
    for at in ends:
        try:
            readings.append(_read(rest, at, scheme))
        except _Refused as refused:
            problem = str(refused)
    if len(readings) > 1:
        raise ConfigurationError(
            f"store {shown}: cannot tell where its user name and password end: {_ENCODE_HINT}"
        )
    if not readings:
        # With an '@' past the host, an earlier reading may have taken part of a password for a path or an
        # option: only the last one's problem is told (it holds everything before the last '@' secret).
        hint = f" ({_ENCODE_HINT})" if len(ends) > 1 else ""
        raise ConfigurationError(f"store {shown}: {problem}{hint}")
    (reading,) = readings
    return StoreURL(text, scheme, None, reading.lock_seconds, reading.connection(scheme))


def _read(rest: str, at: int, scheme: str) -> _Reading:
    """Read rest (the URL after scheme://) with its user information ending at `at` (-1: none)."""
    userinfo = None
    if at >= 0:
        user, colon, password = rest[:at].partition(":")
        userinfo = (urllib.parse.unquote(user), urllib.parse.unquote(password) if colon else None)
        if any(input_rules.unsendable(part) for part in userinfo if part):
            raise _Refused(
                "its user name or password has a control character, a line break or a lone surrogate"
            )
    after = rest[at + 1 :]
    address_end = next((index for index, mark in enumerate(after) if mark in "/?#"), len(after))
    address, remainder = after[:address_end], after[address_end:]
    path, _, query = remainder.partition("?")
    if "#" in remainder:
        raise _Refused("a store URL takes no #fragment")
    host = _HOST.fullmatch(address)
    port = host.group("port") if host else None
    if host is None or (port and not 1 <= int(port) <= 65535):
        raise _Refused("the host must be HOST or HOST:PORT (a port from 1 to 65535)")
    if not _DATABASE_PATH.fullmatch(path):
        raise _Refused("the path must be /DB, a database number (e.g. redis://cache:6379/0)")
    options = _options(query, known=REDIS_OPTIONS)
    lock_seconds = _lock_seconds(options)
    for name, value in options.items():
        option = REDIS_OPTIONS[name]
        if option.tls and scheme != "rediss":
            raise _Refused(f"{name} is an option of rediss:// (TLS) stores")
        normalised = option.normalise(value)
        if normalised is None:
            refused = "" if option.secret else f", not {input_rules.brief(value)}"
            raise _Refused(f"{name} must be {option.rule}{refused}")
        options[name] = normalised
    if "db" in options and path.strip("/"):
        raise _Refused("give the database once: in the path (/DB) or as ?db=")
    if "password" in options and userinfo is not None and userinfo[1] is not None:
        raise _Refused("give the password once: before the host (:PASSWORD@) or as ?password=")
    return _Reading(userinfo, address, path, options, lock_seconds)
