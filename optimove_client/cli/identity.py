"""Where data comes from: the server, and the account as far as the credential tells it.

An export's resume state records this, so that a file begun against one server or account is never
continued against another. It holds no secret, nor anything that helps guess one:

- an API key is recorded as a keyed hash of it (HMAC-SHA256 under a key of this module's own, so that
  the value matches no other fingerprint of the same key, such as the store's), cut to 64 bits: enough
  to tell a few accounts apart, too little to test guesses of a key against;
- a user name and password as the user name's hash only: the account is the user, and a password that
  changed between two runs must not refuse a resume;
- a token as nothing: a session token does not tell which account it belongs to (it is renewed, and
  may be handed over from elsewhere), so only the server can be checked.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

Credential = Literal["api_key", "username", "token"]
_CREDENTIALS: tuple[Credential, ...] = ("api_key", "username", "token")
_KEY = b"optimove-client: which account an export was begun with"


def _keyed(kind: str, value: str) -> str:
    return hmac.new(_KEY, f"{kind}\0{value}".encode(), hashlib.sha256).hexdigest()[:16]


def server_of(base_url: str) -> str:
    """The server a base URL names, as it is compared and shown: scheme, host, port and path, in one
    spelling; user info, query and fragment dropped (the first may hold a password)."""
    parts = urlsplit(base_url.strip())
    host = (parts.hostname or "").lower()
    port = parts.port
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    netloc = host if port is None or port == default else f"{host}:{port}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path.rstrip("/"), "", ""))


@dataclasses.dataclass(frozen=True)
class Origin:
    """The server and the account data comes from."""

    server: str
    credential: Credential
    account: str | None  # a keyed hash of the API key or the user name; None for a token

    @classmethod
    def of(
        cls,
        base_url: str,
        *,
        api_key: str | None = None,
        username: str | None = None,
        token: str | None = None,
    ) -> Origin:
        """The origin of calls made with these settings (Optimove(...)'s keywords); one credential."""
        server = server_of(base_url)
        if api_key:
            return cls(server, "api_key", _keyed("api_key", api_key))
        if username:
            # As typed: were two spellings one user, a resume is refused (safe), never two users merged.
            return cls(server, "username", _keyed("username", username))
        if token:
            return cls(server, "token", None)
        raise ValueError("an origin needs an API key, a user name or a token")

    def as_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> Origin:
        """Read back what as_json wrote; ValueError for anything else."""
        if not isinstance(data, dict) or data.get("credential") not in _CREDENTIALS:
            raise ValueError("origin")
        server, account = data.get("server"), data.get("account")
        if not isinstance(server, str) or not (account is None or isinstance(account, str)):
            raise ValueError("origin")
        return cls(server, data["credential"], account)

    def same_account(self, other: Origin) -> bool | None:
        """Whether two origins are one account: None where a token makes it impossible to tell."""
        if "token" in (self.credential, other.credential):
            return None
        return self.credential == other.credential and self.account == other.account
