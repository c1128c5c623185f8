"""Login with a user name and password, as an httpx.Auth flow, sharing one session per account.

Optimove's rules: a token stays valid for 20 minutes after the last call made with it; an expired token
is answered 403 ("Authorization-Token Expired"); Login is answered 429 while a session is live or within
a second of the previous Login. So, across every thread, task and process sharing the account's store:

- a call uses the token it holds while it is surely valid; otherwise it reads the store, where another
  process may have renewed it or kept it alive (its last use is kept there, so the 20 minutes slide for
  everyone);
- at most one Login per expiry: the process logs in under its own lock and the store's session lock,
  after reading the store again (double-checked); a lock whose holder died frees itself after a while;
- after a 403 that says the token expired (or a 401: the server does not know the token), the token is
  dropped from the store only if it is still the one that failed (compare and delete), else the call is
  replayed with the newer one; a 429 to the Login that follows is the call loop's to wait out and retry,
  within the call's retries;
- after any other 403, a Login answered 429 means the session is live: the 403 was a refusal, and the
  call is replayed once so that its own 403 reaches the caller;
- Logins are spaced a second (plus a margin) from the previous Login's answer, in every process;
- a slow process cannot overwrite a newer token: the store keeps a generation number per Login.

A Login that fails ends the flow: httpx then hands its answer to the call loop as the call's answer.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import threading
import uuid
import weakref
from collections.abc import AsyncGenerator, Generator

import httpx

from optimove_client import _defaults
from optimove_client._auth import TOKEN_HEADER
from optimove_client._clock import Clock
from optimove_client._config import Login
from optimove_client._ratelimit import EXEMPT_EXTENSION, OPERATION_EXTENSION, AsyncBudget, Budget
from optimove_client._secret import Secret
from optimove_client._store.base import AsyncStore, SessionRecord, Store
from optimove_client.errors import ResponseParseError, body_excerpt, token_expired

logger = logging.getLogger("optimove_client")

LOGIN_PATH = "/current/general/login"
LOGIN = "Login"
_SURELY_EXPIRED = _defaults.TOKEN_IDLE_LIFETIME_SECONDS + _defaults.TOKEN_EXPIRY_MARGIN_SECONDS
_LOGIN_SPACING = _defaults.MIN_SECONDS_BETWEEN_LOGINS + _defaults.LOGIN_SPACING_MARGIN_SECONDS


@dataclasses.dataclass
class Held:
    """The token a client uses, and what it knows of its use (store time)."""

    token: Secret
    generation: int
    last_used: float
    touched: float  # when this client last wrote a use to the store


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


def _usable(record: SessionRecord, now: float, stale: Held | None) -> Held | None:
    """The store's token if it is surely valid and not the one that just failed."""
    if record.token is None or now - record.last_used > _SURELY_EXPIRED:
        return None
    if stale is not None and record.generation == stale.generation:
        return None
    return Held(record.token, record.generation, record.last_used, record.last_used)


class _Core:
    """What the sync and async flows share: settings, the request builders and the local state."""

    def __init__(self, credentials: Login, base_url: str, clock: Clock, lock_seconds: float) -> None:
        self.credentials = credentials
        self.login_url = base_url.rstrip("/") + LOGIN_PATH
        self.clock = clock
        self.lock_seconds = lock_seconds
        self.held: Held | None = None
        self.logins = 0  # Logins this client made that succeeded (observability and tests)

    def fresh(self, now: float) -> Held | None:
        held = self.held
        return held if held is not None and now - held.last_used <= _SURELY_EXPIRED else None

    def login_request(self) -> httpx.Request:
        body = {"UserName": self.credentials.username, "Password": self.credentials.password.reveal()}
        return httpx.Request("POST", self.login_url, json=body, headers={"Accept": "application/json"})

    @staticmethod
    def login_wait(record: SessionRecord, now: float) -> float:
        return max(0.0, record.answered_at + _LOGIN_SPACING - now)

    def logged_in(self, saved: SessionRecord, token: Secret, answered_at: float) -> Held:
        """The session after our Login was saved (or the newer one that another process saved first)."""
        if saved.token is not None and saved.token == token:
            self.logins += 1
            logger.info("Login: new session token")
        held_token = saved.token if saved.token is not None else token
        self.held = Held(held_token, saved.generation, max(saved.last_used, answered_at), answered_at)
        return self.held

    def refused(self, stale: Held) -> Held:
        logger.info("Login: the session is still valid, the 403 was a refusal")
        return stale

    def used(self, held: Held, sent_at: float) -> bool:
        """Note a successful use; True when it is time to write it to the store."""
        held.last_used = max(held.last_used, sent_at)
        return sent_at - held.touched >= _defaults.SESSION_TOUCH_SECONDS

    @staticmethod
    def expired(response: httpx.Response) -> bool:
        """A 401 (the server does not know the token, e.g. one kept in a store from an older session) or a
        403 that says so: the token is dead, as opposed to a 403 that refuses the call."""
        return response.status_code == 401 or token_expired(body_excerpt(response.content))

    @staticmethod
    def sign(request: httpx.Request, held: Held) -> httpx.Request:
        request.headers[TOKEN_HEADER] = held.token.reveal()
        return request


@dataclasses.dataclass(frozen=True)
class _Plan:
    """A Login about to be sent: the session it replaces, and this attempt's hold on the store's lock."""

    record: SessionRecord
    holder: str


def _outcome_of_login(response: httpx.Response, stale: Held | None, *, expired: bool) -> str:
    """What a Login's answer means: "saved" (a token), "refused" (the 403 was a refusal), or "failed"."""
    if response.status_code == 200:
        return "saved"
    if response.status_code == 429 and stale is not None and not expired:
        return "refused"
    return "failed"


class SessionAuth(httpx.Auth):
    """The session flow of the sync client."""

    def __init__(
        self,
        credentials: Login,
        base_url: str,
        clock: Clock,
        *,
        budget: Budget,
        store: Store,
        lock_seconds: float,
    ) -> None:
        self._core = _Core(credentials, base_url, clock, lock_seconds)
        self._budget = budget
        self._store = store
        self._lock = threading.Lock()

    @property
    def logins(self) -> int:
        return self._core.logins

    def __repr__(self) -> str:
        username = self._core.credentials.username
        return f"SessionAuth(username={username!r}, password=***, logins={self._core.logins})"

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        core, store = self._core, self._store
        held = core.fresh(store.now())
        if held is None:
            held = yield from self._renew(None, expired=False)
            if held is None:
                return  # Login failed: its answer is the call's
        sent_at = store.now()
        response = yield core.sign(request, held)
        if response.status_code in (401, 403):
            response.read()
            held = yield from self._renew(held, expired=core.expired(response))
            if held is None:
                return
            operation = str(request.extensions.get(OPERATION_EXTENSION, LOGIN))
            self._budget.wait(operation, exempt=bool(request.extensions.get(EXEMPT_EXTENSION)))
            sent_at = store.now()
            response = yield core.sign(request, held)
        if response.status_code not in (401, 403) and core.used(held, sent_at):
            held.touched = sent_at
            store.touch(held.generation, sent_at)

    def _renew(
        self, stale: Held | None, *, expired: bool
    ) -> Generator[httpx.Request, httpx.Response, Held | None]:
        with self._lock:
            plan = self._before_login(stale, expired=expired)
            if not isinstance(plan, _Plan):
                return plan
            try:
                response = yield self._core.login_request()
                response.read()
                return self._after_login(plan, response, stale, expired=expired)
            finally:
                self._store.unlock(plan.holder)

    def _adopt(self, stale: Held | None) -> Held | None:
        found = _usable(self._store.session(), self._store.now(), stale)
        if found is not None:
            self._core.held = found
        return found

    def _before_login(self, stale: Held | None, *, expired: bool) -> Held | _Plan:
        """A newer token (another thread or process renewed it), or the store's lock held for a Login."""
        core, store = self._core, self._store
        found = self._adopt(stale)
        if found is not None:
            return found
        if stale is not None and expired:
            logger.info("Login: the token expired, logging in again")
            store.drop_token(stale.generation)
        holder = uuid.uuid4().hex
        while not store.try_lock(holder, core.lock_seconds):
            core.clock.sleep(_defaults.SESSION_LOCK_POLL_SECONDS)
            found = self._adopt(stale)
            if found is not None:
                return found
        try:
            found = self._adopt(stale)  # read again under the store's lock
            if found is not None:
                store.unlock(holder)
                return found
            record = store.session()
            core.clock.sleep(core.login_wait(record, store.now()))
            self._budget.wait(LOGIN)
        except BaseException:
            store.unlock(holder)
            raise
        return _Plan(record, holder)

    def _after_login(
        self, plan: _Plan, response: httpx.Response, stale: Held | None, *, expired: bool
    ) -> Held | None:
        answered_at = self._store.now()
        outcome = _outcome_of_login(response, stale, expired=expired)
        if outcome == "saved":
            token = _token_from(response.content)
            saved = self._store.save_session(token, answered_at, plan.record.generation)
            return self._core.logged_in(saved, token, answered_at)
        if outcome == "refused" and stale is not None:
            return self._core.refused(stale)
        return None


class AsyncSessionAuth(httpx.Auth):
    """The session flow of the async client: the same steps, awaited."""

    def __init__(
        self,
        credentials: Login,
        base_url: str,
        clock: Clock,
        *,
        budget: AsyncBudget,
        store: AsyncStore,
        lock_seconds: float,
    ) -> None:
        self._core = _Core(credentials, base_url, clock, lock_seconds)
        self._budget = budget
        self._store = store
        # One lock per event loop: an asyncio.Lock belongs to the loop it was first used in, and one client
        # may be used from several loops one after another (e.g. two asyncio.run calls).
        self._locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    @property
    def logins(self) -> int:
        return self._core.logins

    def __repr__(self) -> str:
        username = self._core.credentials.username
        return f"AsyncSessionAuth(username={username!r}, password=***, logins={self._core.logins})"

    def _lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        lock = self._locks.get(loop)
        if lock is None:
            lock = self._locks[loop] = asyncio.Lock()
        return lock

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        # The steps of SessionAuth.sync_auth_flow, written out: async generators have no `yield from`.
        core, store = self._core, self._store
        held = core.fresh(await store.now())
        stale: Held | None = None
        expired = False
        replay = False
        while True:
            if held is None:
                async with self._lock():
                    plan = await self._before_login(stale, expired=expired)
                    if isinstance(plan, _Plan):
                        try:
                            response = yield core.login_request()
                            await response.aread()
                            held = await self._after_login(plan, response, stale, expired=expired)
                        finally:
                            await store.unlock(plan.holder)
                    else:
                        held = plan
                if held is None:
                    return  # Login failed: its answer is the call's
                if replay:
                    operation = str(request.extensions.get(OPERATION_EXTENSION, LOGIN))
                    await self._budget.wait(operation, exempt=bool(request.extensions.get(EXEMPT_EXTENSION)))
            sent_at = await store.now()
            response = yield core.sign(request, held)
            if response.status_code in (401, 403) and not replay:
                await response.aread()
                stale, expired, replay, held = held, core.expired(response), True, None
                continue
            if response.status_code not in (401, 403) and core.used(held, sent_at):
                held.touched = sent_at
                await store.touch(held.generation, sent_at)
            return

    async def _adopt(self, stale: Held | None) -> Held | None:
        found = _usable(await self._store.session(), await self._store.now(), stale)
        if found is not None:
            self._core.held = found
        return found

    async def _before_login(self, stale: Held | None, *, expired: bool) -> Held | _Plan:
        core, store = self._core, self._store
        found = await self._adopt(stale)
        if found is not None:
            return found
        if stale is not None and expired:
            logger.info("Login: the token expired, logging in again")
            await store.drop_token(stale.generation)
        holder = uuid.uuid4().hex
        while not await store.try_lock(holder, core.lock_seconds):
            await core.clock.asleep(_defaults.SESSION_LOCK_POLL_SECONDS)
            found = await self._adopt(stale)
            if found is not None:
                return found
        try:
            found = await self._adopt(stale)
            if found is not None:
                await store.unlock(holder)
                return found
            record = await store.session()
            await core.clock.asleep(core.login_wait(record, await store.now()))
            await self._budget.wait(LOGIN)
        except BaseException:
            await store.unlock(holder)
            raise
        return _Plan(record, holder)

    async def _after_login(
        self, plan: _Plan, response: httpx.Response, stale: Held | None, *, expired: bool
    ) -> Held | None:
        answered_at = await self._store.now()
        outcome = _outcome_of_login(response, stale, expired=expired)
        if outcome == "saved":
            token = _token_from(response.content)
            saved = await self._store.save_session(token, answered_at, plan.record.generation)
            return self._core.logged_in(saved, token, answered_at)
        if outcome == "refused" and stale is not None:
            return self._core.refused(stale)
        return None
