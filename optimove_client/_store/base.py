"""What belongs to an account rather than a process: the call budget, the Login session, a pause.

A store keeps them for every process that opens the same URL (memory://, sqlite:///PATH, redis://...).
Each operation is atomic in the store. Keys are derived from the base URL and a fingerprint of the
credential, never from a secret; the session token itself is kept as a secret (never logged or shown).
Times are the store's clock in seconds (see each backend for where that clock comes from).
"""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Protocol

from optimove_client._auth.secret import Secret

# Budget scopes: the general budget, and SendTransactionalMail's own.
GENERAL = "general"
TRANSACTIONAL = "transactional"


@dataclasses.dataclass(frozen=True)
class Window:
    """At most `calls` slots in any `milliseconds` (the server's period plus the client's margin)."""

    calls: int
    milliseconds: int


@dataclasses.dataclass(slots=True)  # one per call: not frozen, which would cost 5x to make
class Slot:
    """What taking a slot found: the seconds before a slot may be free (0.0: taken), and the pause.

    A slot taken while the account is paused is not to be used (it stays counted, which only errs on
    the safe side): wait for the pause to end, then take a fresh one.
    """

    wait: float
    paused_until: float
    name: str = ""  # the taken slot's entry in the store (unique), to restamp it
    stamp: float = 0.0  # the store time it was taken at
    full: Window | None = None  # the window that refused the slot, to say which budget is waited for


@dataclasses.dataclass(frozen=True)
class Tally:
    """One window of a budget as the store holds it at a moment: the calls it counts (later stamps
    included, as taking a slot counts them), and the stamp (store milliseconds) of the entry whose leaving
    the window frees its next slot: its oldest, or its calls-th newest when it counts more (None: none)."""

    window: Window
    used: int
    freeing: int | None


# A budget as read: its scope and its windows.
Budget = tuple[str, tuple[Window, ...]]


@dataclasses.dataclass(frozen=True)
class BudgetReading:
    """What reading budgets found, in one step: the store's time then (seconds), the pause, and a tally
    per window of each budget read, in the order asked."""

    now: float
    paused_until: float
    tallies: tuple[tuple[Tally, ...], ...]


@dataclasses.dataclass(frozen=True)
class SessionRecord:
    """The account's Login session as the store holds it."""

    token: Secret | None  # None once dropped (expired), until the next Login
    generation: int  # +1 per Login: a slow process cannot overwrite a newer token
    last_used: float  # store time of the last call made with the token (written at most every few seconds)
    answered_at: float  # store time at which the last Login was answered (Logins are spaced from it)


NO_SESSION = SessionRecord(token=None, generation=0, last_used=float("-inf"), answered_at=float("-inf"))


def account_key(base_url: str, credential_fingerprint: str) -> str:
    """The store's key for an account: derived, never the secret itself."""
    return hashlib.sha256(f"{base_url}\0{credential_fingerprint}".encode()).hexdigest()[:32]


class Store(Protocol):
    """A store bound to one account, for the sync client."""

    url: str  # shown in messages: without a password

    def now(self) -> float: ...

    def take_slot(self, scope: str, windows: tuple[Window, ...]) -> Slot:
        """Take a call slot if every window has room, and read the pause, in one step (one round trip)."""

    def restamp(self, scope: str, windows: tuple[Window, ...], name: str, stamp: float, now: float) -> None:
        """Move the slot `name`, taken at `stamp`, to `now`: its call may have reached the server late."""

    def read_budgets(self, budgets: tuple[Budget, ...]) -> BudgetReading:
        """Tally every window of these budgets and read the pause, in one consistent step that takes no
        slot and writes nothing (a store with nothing recorded yet is not created)."""

    def paused_until(self) -> float: ...

    def pause_until(self, until: float) -> None:
        """Pause every process until `until` (store time); a later pause already set is kept."""

    def session(self) -> SessionRecord: ...

    def try_lock(self, holder: str, seconds: float) -> bool:
        """Take the session lock for `seconds` unless another holder has it; it frees itself after that."""

    def unlock(self, holder: str) -> None:
        """Free the lock if `holder` still has it."""

    def save_session(self, token: Secret, answered_at: float, generation: int) -> SessionRecord:
        """Store a new token if the session is still at `generation`; the session as it is afterwards."""

    def drop_token(self, generation: int) -> None:
        """Forget the token if it is still the one of `generation` (compare and delete)."""

    def touch(self, generation: int, used_at: float) -> None:
        """Record a later use of the token of `generation`."""

    def close(self) -> None: ...


class AsyncStore(Protocol):
    """A store bound to one account, for the async client: the same operations, awaited."""

    url: str

    async def now(self) -> float: ...

    async def take_slot(self, scope: str, windows: tuple[Window, ...]) -> Slot: ...

    async def restamp(
        self, scope: str, windows: tuple[Window, ...], name: str, stamp: float, now: float
    ) -> None: ...

    async def read_budgets(self, budgets: tuple[Budget, ...]) -> BudgetReading: ...

    async def paused_until(self) -> float: ...

    async def pause_until(self, until: float) -> None: ...

    async def session(self) -> SessionRecord: ...

    async def try_lock(self, holder: str, seconds: float) -> bool: ...

    async def unlock(self, holder: str) -> None: ...

    async def save_session(self, token: Secret, answered_at: float, generation: int) -> SessionRecord: ...

    async def drop_token(self, generation: int) -> None: ...

    async def touch(self, generation: int, used_at: float) -> None: ...

    async def aclose(self) -> None: ...
