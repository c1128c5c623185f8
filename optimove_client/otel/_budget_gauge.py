"""The gauge of calls left in each window of an account's budget, read from the store when it is collected.

Each instrumented client is a source: where its account's budget is kept (the store's URL, the account's
key in it, the clock) and how to read its windows (the read behind opt.budget(): no slot taken, nothing
sent, nothing written). At each collection (the metric reader's thread) every source still open is read
through a sync store of its own, opened for the read and closed after it, so that the read never shares a
connection with the client's calls, and an async client's budget is read as a sync one's. Clients of one
account on one store are read once.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import weakref
from collections.abc import Callable, Iterator
from typing import Any

from opentelemetry.metrics import CallbackOptions, Meter, Observation
from opentelemetry.util.types import AttributeValue

from optimove_client._store import Store, open_store
from optimove_client._store.urls import StoreURL
from optimove_client._transport.budget_report import BudgetReport
from optimove_client._transport.clock import Clock
from optimove_client.errors import StoreError
from optimove_client.otel import _names as names

logger = logging.getLogger("optimove_client")


@dataclasses.dataclass(frozen=True)
class BudgetSource:
    """What the gauge reads for one client (its call loop, weakly: a client that is gone is not read)."""

    loop: weakref.ref[Any]
    is_open: Callable[[Any], bool]  # whether the client of that call loop may still call
    store_url: StoreURL
    account: str
    clock: Clock
    server: str
    report: Callable[[Store], BudgetReport]  # the client's budget read from a store

    @property
    def alive(self) -> bool:
        loop = self.loop()
        return loop is not None and self.is_open(loop)

    @property
    def key(self) -> tuple[str, str]:
        return self.store_url.text, self.account

    def observations(self) -> Iterator[Observation]:
        store = open_store(self.store_url, self.account, self.clock)
        try:
            report = self.report(store)
        finally:
            store.close()
        for window in report.windows:
            attributes: dict[str, AttributeValue] = {
                names.BUDGET_SCOPE: window.budget,
                names.WINDOW_CALLS: window.calls,
                names.WINDOW_SECONDS: float(window.period),
                names.SERVER_ADDRESS: self.server,
                names.ACCOUNT: self.account,
            }
            yield Observation(window.left, attributes)


class BudgetGauge:
    """The gauge of one meter, and the sources it reads (one gauge per meter: a meter keeps the callbacks
    of the first instrument of a name only)."""

    def __init__(self, meter: Meter) -> None:
        self._sources: list[BudgetSource] = []
        self._lock = threading.Lock()
        meter.create_observable_gauge(
            names.CALLS_LEFT,
            callbacks=[self._observe],
            unit="{call}",
            description="Calls left in each window of the account's call budget, read from its store",
        )

    def watch(self, source: BudgetSource) -> None:
        with self._lock:
            self._sources = [kept for kept in self._sources if kept.loop() is not source.loop()]
            self._sources.append(source)

    def forget(self, loop: object) -> None:
        with self._lock:
            self._sources = [kept for kept in self._sources if kept.loop() is not loop]

    def _observe(self, options: CallbackOptions) -> list[Observation]:
        with self._lock:
            self._sources = [source for source in self._sources if source.alive]
            sources = list(self._sources)
        observed: list[Observation] = []
        read: set[tuple[str, str]] = set()
        for source in sources:
            if source.key in read:
                continue
            read.add(source.key)
            try:
                observed.extend(source.observations())
            except StoreError as error:  # the store is away: no reading this time, the next may have one
                logger.debug("the budget's calls left could not be read: %s", error)
        return observed
