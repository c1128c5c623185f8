"""Store URLs: memory://, sqlite:///relative/path or sqlite:////absolute/path, redis:// and rediss://."""

from __future__ import annotations

import dataclasses
import urllib.parse
from pathlib import Path

from optimove_client import _defaults
from optimove_client.errors import ConfigurationError

SCHEMES = ("memory", "sqlite", "redis", "rediss")


@dataclasses.dataclass(frozen=True)
class StoreURL:
    text: str  # as given (may hold a password: never shown)
    scheme: str
    path: Path | None  # sqlite
    lock_seconds: float  # ?lock_timeout=SECONDS: how long a dead Login holder blocks the others
    connection: str  # the URL without the client's own options, for the store's driver

    @property
    def shown(self) -> str:
        """The URL without its password, for messages."""
        return redacted(self.text)


def redacted(text: str) -> str:
    parts = urllib.parse.urlsplit(text)
    if parts.password is None:
        return text
    user = parts.username or ""
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    netloc = f"{user}:***@{host}{port}"
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def parse(text: str) -> StoreURL:
    """A checked store URL; ConfigurationError (naming the URL without its password) otherwise."""
    shown = redacted(text)
    try:
        parts = urllib.parse.urlsplit(text.strip())
        query = urllib.parse.parse_qs(parts.query)
    except ValueError:
        raise ConfigurationError(
            f"store must be a URL such as sqlite:///store.sqlite, not {shown!r}"
        ) from None
    if parts.scheme not in SCHEMES:
        raise ConfigurationError(
            f"store must start with memory://, sqlite:///, redis:// or rediss://, not {shown!r}"
        )
    lock_seconds = _defaults.SESSION_LOCK_SECONDS
    if "lock_timeout" in query:
        try:
            lock_seconds = float(query.pop("lock_timeout")[-1])
        except ValueError:
            lock_seconds = -1.0
        if not lock_seconds > 0:
            raise ConfigurationError(f"store {shown}: lock_timeout must be a number of seconds > 0")
    path = None
    if parts.scheme == "sqlite":
        if parts.netloc or not parts.path.startswith("/") or len(parts.path) < 2:
            raise ConfigurationError(
                f"store {shown}: a SQLite store is sqlite:///relative/path or sqlite:////absolute/path"
            )
        if query:
            raise ConfigurationError(f"store {shown}: unknown option {sorted(query)[0]!r}")
        path = Path(parts.path[1:]).expanduser()
    others = urllib.parse.urlencode({key: values[-1] for key, values in query.items()})
    connection = urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, others, parts.fragment))
    return StoreURL(text.strip(), parts.scheme, path, lock_seconds, connection)
