"""One body for the sync and the async client (optimove_client/_store/stepped.py): driven on sync calls or
on async ones, it gets the same results and meets the same errors at the same place; and the async
client's threaded stores run SQLite's operations in a worker thread, memory's in the event loop."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from optimove_client._store import open_async_store, urls
from optimove_client._store.base import Window
from optimove_client._store.stepped import Steps, adrive, drive
from optimove_client.testing import ManualClock


def _body(call: Callable[[int], object], log: list[str]) -> Steps[str]:
    try:
        first = yield call(1)
        second = yield call(first + 1)
    except LookupError as error:
        return f"refused {error}"
    finally:
        yield call(-1)  # cleanup that does I/O of its own
        log.append("cleaned up")
    return f"got {second}"


def _sync(refuse: int | None) -> Callable[[int], object]:
    def call(number: int) -> int:
        if number == refuse:
            raise LookupError(number)
        return number

    return call


def _async(refuse: int | None) -> Callable[[int], Awaitable[int]]:
    async def call(number: int) -> int:
        await asyncio.sleep(0)
        return _sync(refuse)(number)  # type: ignore[return-value]

    return call


@pytest.mark.parametrize(("refuse", "result"), [(None, "got 2"), (1, "refused 1"), (2, "refused 2")])
def test_a_body_gives_the_same_result_driven_on_sync_or_async_calls(refuse: int | None, result: str) -> None:
    sync_log: list[str] = []
    async_log: list[str] = []
    assert drive(_body(_sync(refuse), sync_log)) == result
    assert asyncio.run(adrive(_body(_async(refuse), async_log))) == result
    assert sync_log == async_log == ["cleaned up"]


def test_an_error_the_body_does_not_catch_leaves_it_after_its_cleanup() -> None:
    def refuse_one(number: int) -> int:
        if number == 1:
            raise ValueError(number)
        return number

    async def refuse_one_later(number: int) -> int:
        await asyncio.sleep(0)
        return refuse_one(number)

    for_sync: list[str] = []
    for_async: list[str] = []
    with pytest.raises(ValueError, match="1"):
        drive(_body(refuse_one, for_sync))
    with pytest.raises(ValueError, match="1"):
        asyncio.run(adrive(_body(refuse_one_later, for_async)))
    assert for_sync == for_async == ["cleaned up"]


@pytest.mark.parametrize(("scheme", "in_a_worker_thread"), [("sqlite", True), ("memory", False)])
def test_the_async_client_runs_sqlites_operations_in_a_worker_thread_and_memorys_in_the_loop(
    scheme: str, in_a_worker_thread: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 's.sqlite'}" if scheme == "sqlite" else "memory://"
    store = open_async_store(urls.parse(url), "account-a", ManualClock())
    inner = store._store  # type: ignore[attr-defined]
    threads: list[int] = []
    take_slot = inner.take_slot
    monkeypatch.setattr(
        inner, "take_slot", lambda *args: threads.append(threading.get_ident()) or take_slot(*args)
    )

    async def take() -> int:
        await store.take_slot("general", (Window(5, 1_000),))
        await store.aclose()
        return threading.get_ident()

    loop_thread = asyncio.run(take())
    assert (threads[0] != loop_thread) is in_a_worker_thread
