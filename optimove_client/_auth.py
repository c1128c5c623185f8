"""Authentication as httpx.Auth flows: an API key, a fixed token, or Login with a renewed session token.

Session rules (Optimove's): a token stays valid for 20 minutes after the last call made with it; an
expired token is answered 403; Login is answered 429 when called again while the token is valid or more
than once a second. So the client logs in lazily, keeps the token while it is in use, logs in again once
when a call meets a 403 and replays that call, and lets only one Login run at a time: N calls that meet
an expired token together cause exactly one Login, across threads and across tasks.

A Login that fails ends the flow: httpx then hands its answer to the call loop as the call's answer, so
that the loop's one retry policy and one status mapping apply to it too.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import weakref
from collections.abc import AsyncGenerator, Generator

import httpx

from optimove_client import _defaults
from optimove_client._clock import Clock
from optimove_client._config import Login
from optimove_client._ratelimit import EXEMPT_EXTENSION, Budget
from optimove_client._secret import Secret
from optimove_client.errors import ResponseParseError

logger = logging.getLogger("optimove_client")

API_KEY_HEADER = "X-API-KEY"
TOKEN_HEADER = "Authorization-Token"  # noqa: S105 (a header name)
LOGIN_PATH = "/current/general/login"
LOGIN = "Login"


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


def _token_from(body: bytes) -> Secret:
    """Login answers the token as a JSON string; older servers sent it bare."""
    text = body.decode("utf-8", errors="replace").strip()
    try:
        value = json.loads(text)
    except ValueError:
        value = text
    if not isinstance(value, str) or not value.strip():
        raise ResponseParseError(LOGIN, "the answer is not a token string")
    return Secret(value.strip())


class SessionAuth(httpx.Auth):
    """Login with user name and password, and the session token's whole life cycle."""

    def __init__(self, credentials: Login, base_url: str, clock: Clock, budget: Budget) -> None:
        self._credentials = credentials
        self._login_url = base_url.rstrip("/") + LOGIN_PATH
        self._clock = clock
        self._budget = budget
        self._token: Secret | None = None
        self._last_used = 0.0  # monotonic time at which the last call with the token was sent
        self._last_login = float("-inf")
        self._lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self.logins = 0  # how many Logins succeeded (observability and tests)

    def __repr__(self) -> str:
        return f"SessionAuth(username={self._credentials.username!r}, password=***, logins={self.logins})"

    # -- state, touched only under a lock --------------------------------------------------------------

    def _valid_token(self) -> Secret | None:
        """The token, unless it has surely expired (idle past its lifetime plus a margin)."""
        idle = self._clock.monotonic() - self._last_used
        if (
            self._token is not None
            and idle > _defaults.TOKEN_IDLE_LIFETIME_SECONDS + _defaults.TOKEN_EXPIRY_MARGIN_SECONDS
        ):
            self._token = None
        return self._token

    def _login_wait(self) -> float:
        return max(0.0, self._last_login + _defaults.MIN_SECONDS_BETWEEN_LOGINS - self._clock.monotonic())

    def _login_request(self) -> httpx.Request:
        self._last_login = self._clock.monotonic()
        body = {"UserName": self._credentials.username, "Password": self._credentials.password.reveal()}
        return httpx.Request("POST", self._login_url, json=body, headers={"Accept": "application/json"})

    def _accept_login(self, response: httpx.Response, stale: Secret | None) -> Secret | None:
        """The new token; None when Login failed (its answer then becomes the call's answer)."""
        if response.status_code == 429 and stale is not None:
            # Login refused because the session is still valid: keep the token; the call that met the 403
            # is sent once more and its 403 reaches the caller as a PermissionDeniedError.
            logger.info("Login: the session is still valid, the 403 was a refusal")
            return stale
        if response.status_code != 200:
            return None
        token = _token_from(response.content)
        self._token = token
        self._last_used = self._clock.monotonic()
        self.logins += 1
        logger.info("Login: new session token")
        return token

    def _record_use(self, token: Secret, sent_at: float) -> None:
        if self._token is token:
            self._last_used = max(self._last_used, sent_at)

    def _newer_than(self, stale: Secret) -> Secret | None:
        """A token that another call obtained since `stale` was sent, if any."""
        return self._token if self._token is not None and self._token is not stale else None

    # -- sync --------------------------------------------------------------------------------------------

    def _login(self, stale: Secret | None = None) -> Generator[httpx.Request, httpx.Response, Secret | None]:
        self._clock.sleep(self._login_wait())
        self._budget.wait()
        response = yield self._login_request()
        response.read()
        return self._accept_login(response, stale)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        with self._lock:
            token = self._valid_token()
            if token is None:
                token = yield from self._login()
                if token is None:
                    return
        request.headers[TOKEN_HEADER] = token.reveal()
        sent_at = self._clock.monotonic()
        response = yield request
        if response.status_code == 403:
            with self._lock:
                stale, token = token, self._newer_than(token)
                if token is None:
                    logger.info("%s: token expired, logging in again", request.url.path)
                    token = yield from self._login(stale)
                    if token is None:
                        return
            if not request.extensions.get(EXEMPT_EXTENSION):
                self._budget.wait()
            request.headers[TOKEN_HEADER] = token.reveal()
            sent_at = self._clock.monotonic()
            response = yield request
        if response.status_code not in (401, 403):
            with self._lock:
                self._record_use(token, sent_at)

    # -- async -------------------------------------------------------------------------------------------

    def _alock(self) -> asyncio.Lock:
        # One lock per event loop: an asyncio.Lock belongs to the loop it was first used in, and one client
        # may be used from several loops one after another (e.g. two asyncio.run calls).
        loop = asyncio.get_running_loop()
        lock = self._async_locks.get(loop)
        if lock is None:
            lock = self._async_locks[loop] = asyncio.Lock()
        return lock

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        # The steps of the sync flow, written out: async generators have no `yield from` to share them.
        async with self._alock():
            token = self._valid_token()
            if token is None:
                await self._clock.asleep(self._login_wait())
                await self._budget.await_slot()
                login_response = yield self._login_request()
                await login_response.aread()
                token = self._accept_login(login_response, None)
                if token is None:
                    return
        request.headers[TOKEN_HEADER] = token.reveal()
        sent_at = self._clock.monotonic()
        response = yield request
        if response.status_code == 403:
            async with self._alock():
                stale, current = token, self._newer_than(token)
                if current is None:
                    logger.info("%s: token expired, logging in again", request.url.path)
                    await self._clock.asleep(self._login_wait())
                    await self._budget.await_slot()
                    login_response = yield self._login_request()
                    await login_response.aread()
                    current = self._accept_login(login_response, stale)
                    if current is None:
                        return
            token = current
            if not request.extensions.get(EXEMPT_EXTENSION):
                await self._budget.await_slot()
            request.headers[TOKEN_HEADER] = token.reveal()
            sent_at = self._clock.monotonic()
            response = yield request
        if response.status_code not in (401, 403):
            self._record_use(token, sent_at)
