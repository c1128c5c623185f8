"""The parts of a client that instrumenting it reaches: its call loop (where the observer goes) and where
its budget is kept. The only module of optimove_client.otel that reads a client's private attributes."""

from __future__ import annotations

import weakref
from typing import Any

from optimove_client._client import AsyncOptimove, Optimove
from optimove_client._store import Store
from optimove_client._store.stepped import drive
from optimove_client._transport.budget_report import BudgetReport
from optimove_client._transport.call_loop import AsyncCallLoop, SyncCallLoop
from optimove_client.errors import ConfigurationError
from optimove_client.otel._budget_gauge import BudgetSource


def call_loop(client: object) -> SyncCallLoop | AsyncCallLoop:
    """The call loop every call of `client` goes through (shared with the clients with_options made)."""
    if not isinstance(client, Optimove | AsyncOptimove):
        raise ConfigurationError(
            f"client must be an Optimove or an AsyncOptimove, not {type(client).__name__}"
        )
    return client._runner._send


def _is_open(loop: Any) -> bool:
    return not loop._http.is_closed


def budget_source(client: Optimove | AsyncOptimove) -> BudgetSource:
    """What the gauge of calls left reads for `client`: its store, its account, its budget's windows."""
    settings = client._settings
    windows = client._parts.budget._windows  # the windows and limits opt.budget() reads, for any store

    def report(store: Store) -> BudgetReport:
        return drive(windows.read(store, spent=0))

    return BudgetSource(
        loop=weakref.ref(call_loop(client)),
        is_open=_is_open,
        store_url=settings.store_url,
        account=settings.account,
        clock=settings.clock,
        server=client._http.base_url.host,
        report=report,
    )
