"""memory://: the store of one process (the library's default).

The budget and the pause of an account are shared by every client of the process that uses the same
credentials and the same clock; the Login session belongs to each client, as before there were stores.
Time is the client's monotonic clock. The async client uses the same store, its operations called in
the event loop (async_adapter.py): they never block.
"""

from __future__ import annotations

import threading

from optimove_client._auth.secret import Secret
from optimove_client._store import budget
from optimove_client._store.base import NO_SESSION, Budget, BudgetReading, SessionRecord, Slot, Tally, Window
from optimove_client._transport.clock import Clock

URL = "memory://"


class _Shared:
    """What the clients of one clock share in this process: budgets and pauses, per account."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.logs: dict[tuple[str, str, tuple[Window, ...]], budget.MemoryLog] = {}
        self.leaks = budget.Leaks()
        self.pauses: dict[str, float] = {}


_SHARED: dict[int, tuple[Clock, _Shared]] = {}
_SHARED_LOCK = threading.Lock()


def reset_for_tests() -> None:
    """Forget every budget and pause of this process (a test suite's isolation between tests)."""
    with _SHARED_LOCK:
        _SHARED.clear()


def _shared(clock: Clock) -> _Shared:
    with _SHARED_LOCK:
        found = _SHARED.get(id(clock))
        if found is None or found[0] is not clock:
            found = _SHARED[id(clock)] = (clock, _Shared())
        return found[1]


class MemoryStore:
    url = URL

    def __init__(self, account: str, clock: Clock) -> None:
        self._account = account
        self._clock = clock
        self._shared = _shared(clock)
        self._session = NO_SESSION
        self._lock_holder: str | None = None
        self._lock_until = float("-inf")
        self._session_lock = threading.Lock()

    def now(self) -> float:
        return self._clock.monotonic()

    def take_slot(self, scope: str, windows: tuple[Window, ...]) -> Slot:
        key = (self._account, scope, windows)
        name = budget.new_name()
        with self._shared.lock:
            now = self.now()  # read under the lock: a slot is stamped when it is taken
            log = self._shared.logs.get(key)
            if log is None:
                log = self._shared.logs[key] = budget.MemoryLog()
            leak = self._shared.leaks.due(log)
            wait, full = log.take(windows, budget.milliseconds(now), name, leak=leak)
            paused = self.paused_until()
        return Slot(wait, paused, name, now, full)

    def restamp(self, scope: str, windows: tuple[Window, ...], name: str, stamp: float, now: float) -> None:
        with self._shared.lock:
            log = self._shared.logs.get((self._account, scope, windows))
            if log is not None:
                log.restamp(name, budget.milliseconds(now))

    def read_budgets(self, budgets: tuple[Budget, ...]) -> BudgetReading:
        with self._shared.lock:  # one moment for every window and the pause; no log is made
            now = self.now()
            stamp = budget.milliseconds(now)
            tallies = []
            for scope, windows in budgets:
                log = self._shared.logs.get((self._account, scope, windows))
                tallies.append(
                    tuple(Tally(w, 0, None) if log is None else log.tally(w, stamp) for w in windows)
                )
            return BudgetReading(now, self.paused_until(), tuple(tallies))

    def paused_until(self) -> float:
        return self._shared.pauses.get(self._account, float("-inf"))

    def pause_until(self, until: float) -> None:
        with self._shared.lock:
            self._shared.pauses[self._account] = max(until, self.paused_until())

    def session(self) -> SessionRecord:
        return self._session

    def try_lock(self, holder: str, seconds: float) -> bool:
        with self._session_lock:
            now = self.now()
            if self._lock_holder is not None and self._lock_until > now:
                return False
            self._lock_holder, self._lock_until = holder, now + seconds
            return True

    def unlock(self, holder: str) -> None:
        with self._session_lock:
            if self._lock_holder == holder:
                self._lock_holder = None

    def save_session(self, token: Secret, answered_at: float, generation: int) -> SessionRecord:
        with self._session_lock:
            if self._session.generation == generation:
                self._session = SessionRecord(token, generation + 1, answered_at, answered_at)
            return self._session

    def drop_token(self, generation: int) -> None:
        with self._session_lock:
            if self._session.generation == generation:
                self._session = SessionRecord(
                    None, generation, self._session.last_used, self._session.answered_at
                )

    def touch(self, generation: int, used_at: float) -> None:
        with self._session_lock:
            record = self._session
            if record.generation == generation and used_at > record.last_used:
                self._session = SessionRecord(record.token, generation, used_at, record.answered_at)

    def close(self) -> None:
        """Nothing to release: the budget outlives the client, for the others of this process."""

    def __repr__(self) -> str:
        return "MemoryStore()"
