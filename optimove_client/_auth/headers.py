"""Authentication as httpx.Auth flows: an API key, or a fixed token (Login sessions: _auth/session.py)."""

from __future__ import annotations

from collections.abc import Generator

import httpx
from optimove_generated.facts import API_KEY_HEADER, SESSION_TOKEN_HEADER

from optimove_client._auth.secret import Secret

# The spec's securitySchemes name the headers (optimove_generated.facts).
TOKEN_HEADER = SESSION_TOKEN_HEADER
__all__ = ["API_KEY_HEADER", "TOKEN_HEADER", "ApiKeyAuth", "TokenAuth"]


class ApiKeyAuth(httpx.Auth):
    def __init__(self, key: Secret) -> None:
        self._key = key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[API_KEY_HEADER] = self._key.reveal()
        yield request

    def __repr__(self) -> str:
        return "ApiKeyAuth(key=***)"


class TokenAuth(httpx.Auth):
    """A session token obtained elsewhere: sent as is, never renewed."""

    def __init__(self, token: Secret) -> None:
        self._token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[TOKEN_HEADER] = self._token.reveal()
        yield request

    def __repr__(self) -> str:
        return "TokenAuth(token=***)"
