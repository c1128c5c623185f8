"""Authentication as Optimove does it: API keys, or Login tokens that expire after an idle time."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from optimove_generated import facts

from optimove_client.testing.clock import Clock
from optimove_client.testing.config import MockConfig

# The spec's header names (securitySchemes), lowercased as the WSGI layer hands headers over.
API_KEY_HEADER = facts.API_KEY_HEADER.lower()
TOKEN_HEADER = facts.SESSION_TOKEN_HEADER.lower()


class Denial(Enum):
    """Why a call was refused, with the status and the body Optimove answers."""

    UNAUTHORIZED = (401, "Unauthorized")
    TOKEN_EXPIRED = (403, "Authorization-Token Expired")
    LOGIN_TOO_SOON = (429, "Too Many Requests")

    @property
    def status(self) -> int:
        return self.value[0]

    @property
    def message(self) -> str:
        return self.value[1]


@dataclass(frozen=True)
class Principal:
    """Who made a call: the rate limit counts per principal. The repr never shows the credential."""

    kind: str
    name: str = field(repr=False)


@dataclass
class LoginCounters:
    """What tests and benchmarks read: how often the client logged in, and how often it was refused."""

    attempts: int = 0
    succeeded: int = 0
    rejected_credentials: int = 0
    rejected_too_soon: int = 0


@dataclass
class _Session:
    username: str
    last_used: float
    issued_at: float


class Authenticator:
    def __init__(self, config: MockConfig, clock: Clock) -> None:
        self._config = config
        self._clock = clock
        self._sessions: dict[str, _Session] = {}
        self._last_login: dict[str, float] = {}
        self.logins = LoginCounters()

    def login(self, username: str, password: str) -> str | Denial:
        """A new token, or the reason Login is refused."""
        self.logins.attempts += 1
        expected = self._config.password_of(username)
        if expected is None or not secrets.compare_digest(expected.encode(), password.encode()):
            self.logins.rejected_credentials += 1
            return Denial.UNAUTHORIZED
        user = username.lower()
        now = self._clock.monotonic()
        previous = self._last_login.get(user)
        too_soon = previous is not None and now - previous < self._config.min_login_interval_seconds
        if too_soon or self._has_live_session(user, now):
            self.logins.rejected_too_soon += 1
            return Denial.LOGIN_TOO_SOON
        self._last_login[user] = now
        token = secrets.token_urlsafe(32)
        self._sessions[token] = _Session(username=user, last_used=now, issued_at=now)
        self.logins.succeeded += 1
        return token

    def authenticate(self, headers: Mapping[str, str]) -> Principal | Denial:
        """The caller behind the headers (lower-cased names), or why the call is refused."""
        api_key = headers.get(API_KEY_HEADER)
        if api_key is not None:
            if any(secrets.compare_digest(api_key.encode(), key.encode()) for key in self._config.api_keys):
                return Principal("api-key", api_key)
            return Denial.UNAUTHORIZED
        token = headers.get(TOKEN_HEADER)
        session = self._sessions.get(token) if token is not None else None
        if session is None:
            return Denial.UNAUTHORIZED
        now = self._clock.monotonic()
        if self._expired(session, now):
            return Denial.TOKEN_EXPIRED
        session.last_used = now  # sliding expiry: every call restarts the idle time
        return Principal("user", session.username)

    def expire_all_tokens(self) -> int:
        """Make every issued token expired, as if the idle time had passed (for tests); returns how many
        were live."""
        live = self.live_tokens
        for session in self._sessions.values():
            session.last_used = float("-inf")
        return live

    @property
    def live_tokens(self) -> int:
        now = self._clock.monotonic()
        return sum(1 for session in self._sessions.values() if not self._expired(session, now))

    def _expired(self, session: _Session, now: float) -> bool:
        return now - session.last_used >= self._config.token_idle_seconds

    def _has_live_session(self, user: str, now: float) -> bool:
        return any(s.username == user and not self._expired(s, now) for s in self._sessions.values())
