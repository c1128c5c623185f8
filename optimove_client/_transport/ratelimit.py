"""Stay inside Optimove's call budget, across every process of the account, and share the pause after a 429.

The budget is several windows at once (by default 2000 calls an hour and 50 calls in 10 seconds), kept in
the account's store: every process that opens the same store URL draws its call slots from it. Before
each request (a Login too) the call loop waits for any pause a 429 put into the store, then for a slot.
SendTransactionalMail draws from a budget of its own (10 a second). A custom limiter (any object with
reserve()) may replace the general budget.

The server counts a call when it arrives, the client when it takes its slot. Each window is kept 5%
longer on the client, which covers a call that reaches the server up to that much later than its slot (0.5
s in 10 s). A call that took longer than that to be answered (a process descheduled or paused, a slow
connection, a busy server) may have been counted later than its slot says: once its answer (or its
failure) is in, its slot is moved to that moment, which is no earlier than the server counted it. So the
windows of every process keep counting it for as long as the server's do.
"""

from __future__ import annotations

import collections
import dataclasses
import itertools
import logging
import math
import threading
from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

from optimove_client._config import defaults as _defaults
from optimove_client._config.policies import RateLimit
from optimove_client._store.base import GENERAL, TRANSACTIONAL, AsyncStore, Slot, Store, Window
from optimove_client._store.stepped import Steps, adrive, drive
from optimove_client._transport import budget_report
from optimove_client._transport.budget_report import OVER as _OVER
from optimove_client._transport.budget_report import BudgetReport, Spent
from optimove_client._transport.clock import Clock
from optimove_client._transport.waiting import Wait, await_out, wait_out
from optimove_client.errors import ConfigurationError, RateLimitError, StoreError

logger = logging.getLogger("optimove_client")


class RateLimiter(Protocol):
    def reserve(self) -> float:
        """Claim the next call slot and return how many seconds to wait before using it (0: now).

        Must be safe to call from several threads, and must not block.
        """


class SlidingWindowLimiter:
    """At most `calls` slots in any window of `period` seconds (a sliding log of the last `calls` slots),
    in this process: an example of a custom limiter (rate_limit=SlidingWindowLimiter(...))."""

    def __init__(self, limit: RateLimit, clock: Clock) -> None:
        self.limit = limit
        self._clock = clock
        self._slots: collections.deque[float] = collections.deque(maxlen=limit.calls)
        self._lock = threading.Lock()

    def reserve(self) -> float:
        with self._lock:
            now = self._clock.monotonic()
            full = len(self._slots) == self.limit.calls
            slot = max(now, self._slots[0] + self.limit.period) if full else now
            self._slots.append(slot)  # maxlen drops the oldest
            return slot - now

    def __repr__(self) -> str:
        return f"SlidingWindowLimiter({self.limit.calls} calls per {self.limit.period:g} s)"


def windows_of(limits: Sequence[RateLimit]) -> tuple[Window, ...]:
    """The store's windows for these limits: each kept a little longer than the server's (the margin), in
    order of period, without the ones another window already makes unreachable."""
    kept: list[RateLimit] = []
    for limit in sorted(set(limits), key=lambda item: (item.period, item.calls)):
        # A longer window with no more calls makes the shorter ones redundant; a window whose calls the
        # shorter windows could never reach in its period is redundant itself (a closed interval of the
        # longer period meets at most floor(ratio) + 1 whole shorter windows).
        kept = [shorter for shorter in kept if shorter.calls < limit.calls]
        if any(s.calls * (math.floor(limit.period / s.period) + 1) <= limit.calls for s in kept):
            continue
        kept.append(limit)
    for shorter, longer in itertools.pairwise(kept):
        if shorter.calls / shorter.period < longer.calls / longer.period:
            raise ConfigurationError(
                f"rate_limit: {shorter} and {longer} cannot be enforced together (calls/seconds): a longer "
                "window must allow fewer calls per second than a shorter one"
            )
    return tuple(Window(limit.calls, _milliseconds(limit.period)) for limit in kept)


def _milliseconds(period: float) -> int:
    # Proportional, so that windows keep the order of their densities (calls per second).
    return round(period * (1 + _defaults.RATE_LIMIT_MARGIN_FRACTION) * 1000)


def _margin(windows: tuple[Window, ...]) -> float:
    """The seconds by which the client's shortest window outlasts the server's."""
    shortest = min(window.milliseconds for window in windows) / 1000
    fraction = _defaults.RATE_LIMIT_MARGIN_FRACTION
    return shortest * fraction / (1 + fraction)


class _Windows:
    def __init__(
        self, general: Sequence[RateLimit], transactional: Sequence[RateLimit], limiter: RateLimiter | None
    ) -> None:
        self.general = windows_of(general)
        self.transactional = windows_of(transactional)
        self.limiter = limiter
        # Each window by the limit it keeps, to name the budget a call waits for as the user gave it.
        self.limits = {
            Window(lim.calls, _milliseconds(lim.period)): lim for lim in (*general, *transactional)
        }

    def reason(self, slot: Slot | None, paused: float) -> str:
        """Why a call waits, as it reads after "waiting N s"."""
        if paused > _OVER:
            return ": a 429 from Optimove paused every call of this account"
        limit = self.limits.get(slot.full) if slot is not None and slot.full is not None else None
        if limit is not None:
            return f"for the call budget ({limit})"
        return (
            f"for the call budget ({self.limiter!r})" if self.limiter is not None else "for the call budget"
        )

    def of(self, exempt: bool) -> tuple[str, tuple[Window, ...]]:
        return (TRANSACTIONAL, self.transactional) if exempt else (GENERAL, self.general)

    def read(self, store: Store | AsyncStore, spent: int) -> Steps[BudgetReport]:
        budgets = ((GENERAL, self.general), (TRANSACTIONAL, self.transactional))
        limiter = None if self.limiter is None else repr(self.limiter)
        return budget_report.read(store, budgets, self.limits, spent=spent, limiter=limiter)


@dataclasses.dataclass(slots=True)  # one per call: not frozen, which would cost 5x to make
class Ticket:
    """What waiting for the budget gave a call: the seconds waited, and its slot in the store (None where
    no window of the store counts it: a custom limiter, or no windows)."""

    waited: float
    scope: str = GENERAL
    windows: tuple[Window, ...] = ()
    slot: Slot | None = None

    def late(self, now: float) -> bool:
        """Whether the call may have reached the server later than its window's margin covers."""
        return self.slot is not None and now - self.slot.stamp > _margin(self.windows)


def _restamp_failed(error: StoreError) -> None:
    # The call is made: failing it now would only make it be sent again. Its slot keeps its first stamp.
    logger.debug("the slot of a call answered late could not be moved: %s", error)


def _told(operation: str, seconds: float, reason: str) -> str:
    """Log a wait as it begins (INFO from a second up: shorter ones come by the dozen once a budget is
    tight) and give its reason back."""
    if seconds > 0:
        level = logging.INFO if seconds >= 1 else logging.DEBUG
        logger.log(level, "%s: %s", operation, Wait(operation, seconds, reason))
    return reason


def _paused_too_long(operation: str, seconds: float) -> RateLimitError:
    return RateLimitError(
        operation,
        429,
        f"a 429 met by another call of this account paused every call for {seconds:.0f} s more",
        retry_after=seconds,
    )


_S = TypeVar("_S", Store, AsyncStore)
# wait_out or await_out: (clock, operation, seconds, reason) -> None, or its awaitable.
_Sleep = Callable[[Clock, str, float, str], object]


class _Budget(Generic[_S]):
    """One client's view of the account's budget and pause: each operation written once, as a body that
    Budget drives on a sync store and AsyncBudget on an async one (see _store/stepped.py)."""

    def __init__(
        self,
        store: _S,
        clock: Clock,
        *,
        general: Sequence[RateLimit],
        transactional: Sequence[RateLimit],
        limiter: RateLimiter | None = None,
        max_pause: float = _defaults.MAX_RETRY_AFTER_SECONDS,
    ) -> None:
        self.store: _S = store
        self._clock = clock
        self._windows = _Windows(general, transactional, limiter)
        self._max_pause = max_pause
        self.spent = Spent()  # the calls this client sent: a slot each

    def _wait(self, operation: str, exempt: bool, sleep: _Sleep) -> Steps[Ticket]:
        store: Store | AsyncStore = self.store
        waited = 0.0
        scope, windows = self._windows.of(exempt)
        custom = None if exempt else self._windows.limiter
        counted = custom is None and bool(windows)
        while True:
            slot: Slot | None = None
            if counted:  # a slot taken and the pause read in one step
                slot = yield store.take_slot(scope, windows)
                paused, wait = slot.paused_until - (yield store.now()), slot.wait
            else:  # no window of the store counts the call: the pause alone
                paused, wait = (yield store.paused_until()) - (yield store.now()), 0.0
            if paused > self._max_pause:
                raise _paused_too_long(operation, paused)
            if paused <= _OVER and wait <= 0:
                self.spent.add()
                if custom is None:
                    return Ticket(waited, scope, windows, slot)
                seconds = max(0.0, custom.reserve())
                reason = _told(operation, seconds, self._windows.reason(None, 0))
                yield sleep(self._clock, operation, seconds, reason)
                return Ticket(waited + seconds)
            seconds = paused if paused > _OVER else wait  # a slot taken during a pause is not used
            reason = _told(operation, seconds, self._windows.reason(slot, paused))
            yield sleep(self._clock, operation, seconds, reason)
            waited += seconds

    def _answered(self, ticket: Ticket) -> Steps[None]:
        store: Store | AsyncStore = self.store
        assert ticket.slot is not None  # answered() asks only then
        try:
            now: float = yield store.now()
            if ticket.late(now):
                yield store.restamp(ticket.scope, ticket.windows, ticket.slot.name, ticket.slot.stamp, now)
        except StoreError as error:
            _restamp_failed(error)

    def _pause(self, seconds: float) -> Steps[None]:
        store: Store | AsyncStore = self.store
        yield store.pause_until((yield store.now()) + seconds)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.store!r})"


class Budget(_Budget[Store]):
    """The budget of the sync client: its waits block the thread."""

    def wait(self, operation: str, *, exempt: bool = False) -> Ticket:
        """Wait out any pause, then for a slot; the seconds waited, and the slot."""
        return drive(self._wait(operation, exempt, wait_out))

    def answered(self, ticket: Ticket) -> None:
        """The call of this ticket was answered (or failed) now: move its slot here if it was late."""
        if ticket.slot is not None:  # else nothing to move (no window counts the call)
            drive(self._answered(ticket))

    def pause(self, seconds: float) -> None:
        """Every call of the account waits `seconds` from now (a 429 said so)."""
        drive(self._pause(seconds))

    def report(self) -> BudgetReport:
        """Every window and the pause, read from the store: no slot taken, nothing written."""
        return drive(self._windows.read(self.store, self.spent.calls))


class AsyncBudget(_Budget[AsyncStore]):
    """The budget of the async client: its waits never block the event loop."""

    async def wait(self, operation: str, *, exempt: bool = False) -> Ticket:
        return await adrive(self._wait(operation, exempt, await_out))

    async def answered(self, ticket: Ticket) -> None:
        if ticket.slot is not None:
            await adrive(self._answered(ticket))

    async def pause(self, seconds: float) -> None:
        await adrive(self._pause(seconds))

    async def report(self) -> BudgetReport:
        return await adrive(self._windows.read(self.store, self.spent.calls))
