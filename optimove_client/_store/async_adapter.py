"""The async client's view of a store written for threads (memory://, sqlite:///): the same operations.

An operation that may wait on a lock held by another process (SQLite's write lock, up to its busy
timeout) runs in a worker thread, so that the event loop never waits on it; one that only takes a lock
of this process for a moment (memory://) runs in the loop. Reading the clock and closing run in the loop
for every store.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec, TypeVar

from optimove_client._auth.secret import Secret
from optimove_client._store.base import Budget, BudgetReading, SessionRecord, Slot, Store, Window

_P = ParamSpec("_P")
_T = TypeVar("_T")


async def _in_loop(operation: Callable[_P, _T], *args: _P.args, **kwargs: _P.kwargs) -> _T:
    return operation(*args, **kwargs)


class AsyncAdapter:
    """An AsyncStore made of a sync Store: each operation the store's own, run in a worker thread
    (blocking=True) or in the event loop."""

    def __init__(self, store: Store, *, blocking: bool) -> None:
        import asyncio  # noqa: PLC0415 (asyncio is loaded by whoever runs an event loop; sync calls never need it)

        self._store = store
        self._run = asyncio.to_thread if blocking else _in_loop
        self.url = store.url

    async def now(self) -> float:
        return self._store.now()

    async def take_slot(self, scope: str, windows: tuple[Window, ...]) -> Slot:
        return await self._run(self._store.take_slot, scope, windows)

    async def restamp(
        self, scope: str, windows: tuple[Window, ...], name: str, stamp: float, now: float
    ) -> None:
        await self._run(self._store.restamp, scope, windows, name, stamp, now)

    async def read_budgets(self, budgets: tuple[Budget, ...]) -> BudgetReading:
        return await self._run(self._store.read_budgets, budgets)

    async def paused_until(self) -> float:
        return await self._run(self._store.paused_until)

    async def pause_until(self, until: float) -> None:
        await self._run(self._store.pause_until, until)

    async def session(self) -> SessionRecord:
        return await self._run(self._store.session)

    async def try_lock(self, holder: str, seconds: float) -> bool:
        return await self._run(self._store.try_lock, holder, seconds)

    async def unlock(self, holder: str) -> None:
        await self._run(self._store.unlock, holder)

    async def save_session(self, token: Secret, answered_at: float, generation: int) -> SessionRecord:
        return await self._run(self._store.save_session, token, answered_at, generation)

    async def drop_token(self, generation: int) -> None:
        await self._run(self._store.drop_token, generation)

    async def touch(self, generation: int, used_at: float) -> None:
        await self._run(self._store.touch, generation, used_at)

    async def aclose(self) -> None:
        self._store.close()

    def __repr__(self) -> str:
        return f"Async{self._store!r}"
