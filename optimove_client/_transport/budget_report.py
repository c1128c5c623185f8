"""What opt.budget() says: the account's call budget as its store holds it, read without spending a call.

Each window of the budget (the general one's, and the exempt functions' own) is tallied in the store as
taking a slot would count it, every process of the account included, in one step that takes no slot and
writes nothing; the times are the store's (the client's clock for memory:// and SQLite, the Redis
server's for Redis) and in seconds from the read. The body of the read is written once for the sync and
the async client (see _store/stepped.py).
"""

from __future__ import annotations

import dataclasses
import math
import threading
from collections.abc import Mapping
from typing import Any

from optimove_client._config.policies import RateLimit
from optimove_client._store import budget as _log
from optimove_client._store.base import (
    GENERAL,
    TRANSACTIONAL,
    AsyncStore,
    Budget,
    BudgetReading,
    Store,
    Tally,
)
from optimove_client._store.base import Window as _Window
from optimove_client._store.stepped import Steps

# A pause that ends within this many seconds is over: a store's clock is epoch seconds as a float, whose
# last digits (about 0.2 us) a pause read back through another process's clock does not keep.
OVER = 0.001

# The budgets by the names a report gives them: every function's, and the exempt functions' own.
GENERAL_BUDGET, EXEMPT_BUDGET = "general", "exempt"
_NAMES = {GENERAL: GENERAL_BUDGET, TRANSACTIONAL: EXEMPT_BUDGET}


def duration(seconds: float) -> str:
    """Seconds as a person reads them: 8.2 s, 41 min 12 s, 1 h 3 min."""
    if seconds < 60:
        return f"{seconds:.1f} s"
    whole = math.ceil(seconds)
    if whole < 3600:
        return f"{whole // 60} min {whole % 60} s"
    return f"{whole // 3600} h {whole % 3600 // 60} min"


@dataclasses.dataclass(frozen=True)
class WindowReport:
    """One window of the call budget: at most `calls` calls in any `period` seconds, now.

    frees_in is counted on the client's window, which outlasts Optimove's by a margin (5%): it is when a
    call of this client may take the freed slot."""

    budget: str  # "general" (every function's) or "exempt" (the exempt functions' own)
    calls: int
    period: float
    used: int  # calls the window counts now, made by any process of the account
    left: int  # calls that may still start in it now
    frees_in: float  # seconds until a slot frees (its oldest call counted leaves it); 0.0: none counted

    @property
    def ready_in(self) -> float:
        """Seconds before a call may take a slot of this window: 0.0 while calls are left."""
        return 0.0 if self.left else self.frees_in

    def __str__(self) -> str:
        limit = f"{self.budget} budget, {self.calls:,} calls per {self.period:g} s"
        if not self.used:
            return f"{limit}: {self.left:,} left (none used)"
        # While calls are left, "a slot frees" would read as a wait: say when the oldest counted call leaves.
        when = "a slot frees" if not self.left else "the oldest call leaves it"
        return f"{limit}: {self.left:,} left ({self.used:,} used); {when} in {duration(self.frees_in)}"


@dataclasses.dataclass(frozen=True)
class BudgetReport:
    """The account's call budget as its store holds it: every window, and any pause a 429 set for every
    process of the account. Read without spending a call or a slot, and without writing to the store."""

    windows: tuple[WindowReport, ...]
    paused_for: float  # seconds the pause of every call of the account still lasts (0.0: none)
    store: str  # the store read, as it is shown (without a password)
    spent: int = 0  # calls this client has sent (each took a slot: Logins and retries included)
    limiter: str | None = None  # a custom limiter in place of the general windows (it keeps no count)

    @property
    def tightest(self) -> WindowReport | None:
        """The general window with the fewest calls left (None without general windows)."""
        general = [window for window in self.windows if window.budget == GENERAL_BUDGET]
        return min(general, key=lambda window: (window.left, -window.frees_in), default=None)

    @property
    def left(self) -> int | None:
        """Calls of the general budget that may start now: the tightest window's (None: no windows)."""
        tightest = self.tightest
        return None if tightest is None else tightest.left

    @property
    def ready_in(self) -> float:
        """Seconds before a call of the general budget may be sent: the pause, or a full window."""
        general = [window.ready_in for window in self.windows if window.budget == GENERAL_BUDGET]
        return max([self.paused_for, *general])

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready values (`optimove budget --json`)."""
        return {
            **dataclasses.asdict(self),
            "windows": [dataclasses.asdict(window) for window in self.windows],
            "left": self.left,
            "ready_in": self.ready_in,
        }

    def __str__(self) -> str:
        lines = [f"call budget in {self.store}:"]
        if self.limiter is not None:
            lines.append(f"general budget: kept by a custom limiter, {self.limiter}, not in the store")
        elif self.tightest is None:
            lines.append("general budget: none (the rate limit is off)")
        lines += [str(window) for window in self.windows]
        if self.paused_for > 0:
            lines.append(
                f"paused for {duration(self.paused_for)} more: a 429 paused every call of the account"
            )
        else:
            lines.append("no pause in force")
        return "\n  ".join(lines)


class Spent:
    """Calls a client has sent: one for each slot it took (from any of its threads)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.calls = 0

    def add(self) -> None:
        with self._lock:
            self.calls += 1


def _window_report(scope: str, tally: Tally, limit: RateLimit, now: int) -> WindowReport:
    window = tally.window
    frees_in = 0.0 if tally.freeing is None else _log.wait_for(window, now, tally.freeing)
    left = max(0, window.calls - tally.used)
    return WindowReport(_NAMES[scope], limit.calls, limit.period, tally.used, left, frees_in)


def read(
    store: Store | AsyncStore,
    budgets: tuple[Budget, ...],
    limits: Mapping[_Window, RateLimit],
    *,
    spent: int,
    limiter: str | None,
) -> Steps[BudgetReport]:
    """The report of these budgets (each window by the limit it keeps, in `limits`), read in one step."""
    counted = tuple((scope, windows) for scope, windows in budgets if windows)
    reading: BudgetReading = yield store.read_budgets(counted)
    now = _log.milliseconds(reading.now)
    windows = tuple(
        _window_report(scope, tally, limits[tally.window], now)
        for (scope, _), tallies in zip(counted, reading.tallies, strict=True)
        for tally in tallies
    )
    pause = reading.paused_until - reading.now
    paused_for = round(pause, 3) if pause > OVER else 0.0
    return BudgetReport(windows, paused_for, store.url, spent, limiter)
