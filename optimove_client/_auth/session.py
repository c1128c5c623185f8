"""Login with a user name and password, sharing one session per account; its Logins are the call loop's.

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
  replayed with the newer one; a 429 to the Login that follows is waited out and retried;
- after any other 403, a Login answered 429 means the session is live: the 403 was a refusal;
- Logins are spaced a second (plus a margin) from the previous Login's answer, in every process;
- a slow process cannot overwrite a newer token: the store keeps a generation number per Login.

The call loop sends the Login and the replay itself, as attempts of the call counted like any other
(_transport/call_loop.py); this module decides when a Login is needed, holds the locks around it and reads its
answer. Signing a request is one header.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import uuid
import weakref
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Generic, TypeVar

import httpx
from optimove_generated.operations import LOGIN as LOGIN_OPERATION

from optimove_client._auth.secret import Secret
from optimove_client._auth.session_state import (
    LOGIN,
    LOGIN_PATH,
    SURELY_EXPIRED,
    Held,
    LoginVerdict,
    Plan,
    Renewal,
    token_from,
    usable,
)
from optimove_client._config import defaults as _defaults
from optimove_client._config.credentials import Login
from optimove_client._store.base import AsyncStore, SessionRecord, Store
from optimove_client._store.stepped import Steps, adrive, drive
from optimove_client._transport.clock import Clock

if TYPE_CHECKING:
    import asyncio

logger = logging.getLogger("optimove_client")

_LOGIN_SPACING = _defaults.MIN_SECONDS_BETWEEN_LOGINS + _defaults.LOGIN_SPACING_MARGIN_SECONDS


class _Core:
    """What the sync and async sessions share: settings, the Login request and the local state."""

    def __init__(self, credentials: Login, base_url: str, clock: Clock, lock_seconds: float) -> None:
        self.credentials = credentials
        self.login_url = base_url.rstrip("/") + LOGIN_PATH
        self.clock = clock
        self.lock_seconds = lock_seconds
        self.held: Held | None = None
        self.logins = 0  # Logins this client made that succeeded (observability and tests)

    def fresh(self, now: float) -> Held | None:
        held = self.held
        return held if held is not None and now - held.last_used <= SURELY_EXPIRED else None

    def login_request(self, http: httpx.Client | httpx.AsyncClient, timeout: httpx.Timeout) -> httpx.Request:
        body = LOGIN_OPERATION.body
        if body is None:  # the spec's Login takes the credentials as its body
            raise TypeError(f"the spec's {LOGIN} has no body")
        model = body.model(user_name=self.credentials.username, password=self.credentials.password.reveal())
        built = LOGIN_OPERATION.build(body=model)
        return http.build_request(
            LOGIN_OPERATION.method,
            self.login_url,
            json=built["json"],
            headers={"Accept": "application/json"},
            timeout=timeout,
        )

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

    def used(self, held: Held, sent_at: float) -> bool:
        """Note a successful use; True when it is time to write it to the store."""
        held.last_used = max(held.last_used, sent_at)
        if sent_at - held.touched >= _defaults.SESSION_TOUCH_SECONDS:
            held.touched = sent_at
            return True
        return False

    @staticmethod
    def verdict(status: int, renewal: Renewal) -> LoginVerdict:
        if status == 200:
            return "saved"
        if status == 429 and renewal.stale is not None and not renewal.expired:
            logger.info("Login: the session is still valid, the 403 was a refusal")
            return "refused"
        return "failed"

    def __repr__(self) -> str:
        return f"username={self.credentials.username!r}, password=***, logins={self.logins}"

    # The flows below are written once for both sessions: each yields the store's (or the clock's) call as
    # the sync code would make it, and _store.stepped drives it (drive) or awaits each call (adrive).

    def adopt(self, store: Store | AsyncStore, stale: Held | None) -> Steps[Held | None]:
        """The store's token, held from now on, if it is surely valid and not the stale one."""
        record = yield store.session()
        found = usable(record, (yield store.now()), stale)
        if found is not None:
            self.held = found
        return found

    def before_login(
        self, store: Store | AsyncStore, renewal: Renewal, sleep: Callable[[float], object]
    ) -> Steps[Held | Plan]:
        """A newer token than the stale one, or the store's session lock held for a Login (a Plan)."""
        stale = renewal.stale
        found = yield from self.adopt(store, stale)
        if found is not None:
            return found
        if stale is not None and renewal.expired:
            logger.info("Login: the token expired, logging in again")
            yield store.drop_token(stale.generation)
        holder = uuid.uuid4().hex
        while not (yield store.try_lock(holder, self.lock_seconds)):
            yield sleep(_defaults.SESSION_LOCK_POLL_SECONDS)
            found = yield from self.adopt(store, stale)
            if found is not None:
                return found
        try:
            found = yield from self.adopt(store, stale)  # read again under the store's lock
            if found is not None:
                yield store.unlock(holder)
                return found
            record = yield store.session()
            yield sleep(self.login_wait(record, (yield store.now())))
        except BaseException:
            yield store.unlock(holder)
            raise
        return Plan(record, holder)

    def answered(
        self, store: Store | AsyncStore, plan: Plan, renewal: Renewal, status: int, body: bytes
    ) -> Steps[LoginVerdict]:
        """Read the Login's answer; a token is saved in the store (unless a newer one got there first)."""
        verdict = self.verdict(status, renewal)
        if verdict == "saved":
            answered_at = yield store.now()
            token = token_from(body)
            saved = yield store.save_session(token, answered_at, plan.record.generation)
            self.logged_in(saved, token, answered_at)
        return verdict


_S = TypeVar("_S", Store, AsyncStore)


class _SessionBase(Generic[_S]):
    """What both sessions share: the steps of a Login (_Core) and the store, the Logins this client made,
    and a repr without the password. Each session adds the lock that keeps its threads or tasks to one
    Login at a time."""

    def __init__(
        self, credentials: Login, base_url: str, clock: Clock, *, store: _S, lock_seconds: float
    ) -> None:
        self._core = _Core(credentials, base_url, clock, lock_seconds)
        self._store: _S = store
        self._make_lock()

    def _make_lock(self) -> None:
        raise NotImplementedError

    @property
    def logins(self) -> int:
        return self._core.logins

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._core!r})"


class Session(_SessionBase[Store]):
    """The account's Login session, for the sync call loop."""

    def _make_lock(self) -> None:
        self._lock = threading.Lock()

    def now(self) -> float:
        return self._store.now()

    def token(self) -> Held | None:
        """The token to send now, if this client holds one that is surely valid."""
        return self._core.fresh(self._store.now())

    def used(self, held: Held, sent_at: float) -> None:
        if self._core.used(held, sent_at):
            self._store.touch(held.generation, sent_at)

    def login_request(self, http: httpx.Client, timeout: httpx.Timeout) -> httpx.Request:
        return self._core.login_request(http, timeout)

    @contextlib.contextmanager
    def renewing(self, renewal: Renewal) -> Iterator[Held | Plan]:
        """A newer token (another thread or process renewed it), or the locks held for a Login to send."""
        with self._lock:
            plan = self._before_login(renewal)
            if isinstance(plan, Held):
                yield plan
                return
            try:
                yield plan
            finally:
                self._store.unlock(plan.holder)

    def _before_login(self, renewal: Renewal) -> Held | Plan:
        return drive(self._core.before_login(self._store, renewal, self._core.clock.sleep))

    def answered(self, plan: Plan, renewal: Renewal, status: int, body: bytes) -> LoginVerdict:
        """Read the Login's answer; a token is saved in the store (unless a newer one got there first)."""
        return drive(self._core.answered(self._store, plan, renewal, status, body))


class AsyncSession(_SessionBase[AsyncStore]):
    """The account's Login session, for the async call loop: the same steps, awaited."""

    def _make_lock(self) -> None:
        # One lock per event loop: an asyncio.Lock belongs to the loop it was first used in, and one client
        # may be used from several loops one after another (e.g. two asyncio.run calls).
        self._locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    def _lock(self) -> asyncio.Lock:
        import asyncio  # noqa: PLC0415 (asyncio is loaded by whoever runs an event loop; sync calls never need it)

        loop = asyncio.get_running_loop()
        lock = self._locks.get(loop)
        if lock is None:
            lock = self._locks[loop] = asyncio.Lock()
        return lock

    async def now(self) -> float:
        return await self._store.now()

    async def token(self) -> Held | None:
        return self._core.fresh(await self._store.now())

    async def used(self, held: Held, sent_at: float) -> None:
        if self._core.used(held, sent_at):
            await self._store.touch(held.generation, sent_at)

    def login_request(self, http: httpx.AsyncClient, timeout: httpx.Timeout) -> httpx.Request:
        return self._core.login_request(http, timeout)

    @contextlib.asynccontextmanager
    async def renewing(self, renewal: Renewal) -> AsyncIterator[Held | Plan]:
        async with self._lock():
            plan = await self._before_login(renewal)
            if isinstance(plan, Held):
                yield plan
                return
            try:
                yield plan
            finally:
                await self._store.unlock(plan.holder)

    async def _before_login(self, renewal: Renewal) -> Held | Plan:
        return await adrive(self._core.before_login(self._store, renewal, self._core.clock.asleep))

    async def answered(self, plan: Plan, renewal: Renewal, status: int, body: bytes) -> LoginVerdict:
        return await adrive(self._core.answered(self._store, plan, renewal, status, body))
