"""Fault injection: make chosen calls fail the way servers and networks fail."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import Enum

# Any status but 200: the errors (400 to 599), and the answers a proxy, gateway or cache gives in Optimove's
# place (201 to 399: a 204 No Content, a 304 Not Modified, a 302 to a login page), sent without a body.
MIN_STATUS, MAX_STATUS = 201, 599
# Where an injected redirect points.
REDIRECT_LOCATION = "https://sso.example.invalid/login"


class FaultKind(Enum):
    STATUS = "status"  # answer `status` (500, 503, 429, 204, 302 ...) without doing the call
    HANG = "hang"  # never answer in time: in-process httpx.ReadTimeout, the real server stalls
    RESET = "reset"  # drop the connection before any answer
    TRUNCATE = "truncate"  # do the call, then send only part of the body


@dataclass(frozen=True)
class Fault:
    kind: FaultKind
    status: int = 500
    retry_after: str | None = None
    # Only calls of this function (operationId, any case); None matches every call.
    operation: str | None = None
    # Fire on the Nth matching call (1-based, counted from when the fault was added); None: the next one.
    nth: int | None = None
    # How many consecutive matching calls it affects once it has started.
    times: int = 1

    def __post_init__(self) -> None:
        if self.times < 1 or (self.nth is not None and self.nth < 1):
            raise ValueError("nth and times count from 1")
        if self.kind is FaultKind.STATUS and not MIN_STATUS <= self.status <= MAX_STATUS:
            raise ValueError(f"an injected status is one from {MIN_STATUS} to {MAX_STATUS} (not 200)")
        if self.retry_after is not None:
            if self.kind is not FaultKind.STATUS:
                raise ValueError("Retry-After goes with a status fault")
            # It becomes a header line: control characters would split the answer.
            if not self.retry_after or not self.retry_after.isprintable():
                raise ValueError("Retry-After must be printable text")

    def matches(self, operation_id: str | None) -> bool:
        return self.operation is None or (
            operation_id is not None and self.operation.lower() == operation_id.lower()
        )


@dataclass
class _Armed:
    fault: Fault
    seen: int = 0
    fired: int = 0


class FaultPlan:
    """The faults waiting to fire. Safe to use from the threads of the real server."""

    def __init__(self) -> None:
        self._armed: list[_Armed] = []
        self._lock = threading.Lock()

    def add(self, fault: Fault) -> Fault:
        with self._lock:
            self._armed.append(_Armed(fault))
        return fault

    def fail(
        self,
        status: int,
        *,
        operation: str | None = None,
        nth: int | None = None,
        times: int = 1,
        retry_after: str | None = None,
    ) -> Fault:
        return self.add(Fault(FaultKind.STATUS, status, retry_after, operation, nth, times))

    def hang(self, *, operation: str | None = None, nth: int | None = None, times: int = 1) -> Fault:
        return self.add(Fault(FaultKind.HANG, operation=operation, nth=nth, times=times))

    def reset(self, *, operation: str | None = None, nth: int | None = None, times: int = 1) -> Fault:
        return self.add(Fault(FaultKind.RESET, operation=operation, nth=nth, times=times))

    def truncate(self, *, operation: str | None = None, nth: int | None = None, times: int = 1) -> Fault:
        return self.add(Fault(FaultKind.TRUNCATE, operation=operation, nth=nth, times=times))

    def clear(self) -> int:
        """Drop every waiting fault; returns how many there were."""
        with self._lock:
            dropped = len(self._armed)
            self._armed.clear()
            return dropped

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._armed)

    def waiting(self) -> list[Fault]:
        """The faults that have not fired their last time yet, in the order they were added."""
        with self._lock:
            return [armed.fault for armed in self._armed]

    def take(self, operation_id: str | None) -> Fault | None:
        """The fault for this call, if one fires; counts the call for every matching fault."""
        chosen = None
        with self._lock:
            for armed in self._armed:
                if not armed.fault.matches(operation_id):
                    continue
                armed.seen += 1
                first = armed.fault.nth or 1
                if chosen is None and armed.seen >= first:
                    chosen = armed
            if chosen is None:
                return None
            chosen.fired += 1
            if chosen.fired >= chosen.fault.times:
                self._armed.remove(chosen)
            return chosen.fault
