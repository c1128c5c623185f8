"""optimove_client.stopping: SIGTERM as an orderly stop, and what a pull leaves behind when it is stopped."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from optimove_client import AsyncOptimove, Optimove
from optimove_client.cli.interrupts import deferred_interrupt
from optimove_client.stopping import Terminated, raise_on_sigterm
from optimove_client.testing import MOCK_BASE_URL, MockOptimove

CUSTOMERS = 1_000
PAGE = 100


class Hook(httpx.BaseTransport):
    """The mock's transport with a hook run before each page is asked for (on the thread that asks)."""

    def __init__(self, mock: MockOptimove, before: Callable[[int], None]) -> None:
        self.inner, self.before, self.pages = mock.transport(), before, 0
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.pages += 1
            number = self.pages
        self.before(number)
        return self.inner.handle_request(request)


@pytest.fixture
def mock() -> MockOptimove:
    return MockOptimove(customers=CUSTOMERS, rate_limits=())


def client(mock: MockOptimove, transport: httpx.BaseTransport) -> Optimove:
    return Optimove(api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=transport)


def ids(rows: Any) -> list[str]:
    return [row.customer_id for row in rows]


def page_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name.startswith("optimove-page")]


@pytest.fixture(autouse=True)
def _handlers_put_back() -> Iterator[None]:
    before = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    yield
    assert (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)) == before


def test_sigterm_raises_terminated_a_keyboard_interrupt_and_the_handler_is_put_back() -> None:
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(Terminated) as raised, raise_on_sigterm():
        signal.raise_signal(signal.SIGTERM)
    assert isinstance(raised.value, KeyboardInterrupt)
    assert raised.value.signal_number == signal.SIGTERM
    assert signal.getsignal(signal.SIGTERM) is before


def test_an_ignored_sigterm_stays_ignored() -> None:
    previous = signal.signal(signal.SIGTERM, signal.SIG_IGN)
    try:
        with raise_on_sigterm():
            signal.raise_signal(signal.SIGTERM)  # nothing happens: whoever started the process said so
        assert signal.getsignal(signal.SIGTERM) == signal.SIG_IGN
    finally:
        signal.signal(signal.SIGTERM, previous)


def test_off_the_main_thread_nothing_changes() -> None:
    seen: list[Any] = []

    def elsewhere() -> None:
        with raise_on_sigterm():
            seen.append(signal.getsignal(signal.SIGTERM))

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join()
    assert seen == [signal.getsignal(signal.SIGTERM)]


def test_a_write_in_progress_finishes_before_sigterm_stops_it() -> None:
    done = []
    with raise_on_sigterm(), pytest.raises(Terminated), deferred_interrupt():
        signal.raise_signal(signal.SIGTERM)
        done.append("the rest of the write")
    assert done == ["the rest of the write"]


def test_a_pull_stopped_while_a_page_is_fetched_says_where_to_resume(mock: MockOptimove) -> None:
    def stop_on_the_third(number: int) -> None:
        if number == 3:
            raise Terminated

    got: list[Any] = []
    with client(mock, Hook(mock, stop_on_the_third)) as opt:
        customers = opt.customers.get_currently_targeted_customers
        with pytest.raises(Terminated) as raised:
            for page in customers.pages(page_size=PAGE):
                got.extend(page)
        start = raised.value.resume_offset  # type: ignore[attr-defined]
        assert start == len(got) == 2 * PAGE
        assert f"page 3 ($skip={start}) was fetched: resume with start={start}" in raised.value.__notes__[0]
        got.extend(customers.iter(page_size=PAGE, start=start))  # the same client goes on
    assert ids(got) == [mock.dataset.customer_id(index) for index in range(CUSTOMERS)]


@pytest.mark.reliability
def test_sigterm_during_a_look_ahead_pull_leaves_no_thread_and_the_client_usable(mock: MockOptimove) -> None:
    """SIGTERM during a look-ahead pull: no thread left, the client usable, the stop says where to resume.

    A real SIGTERM, sent from the first fetch while the pull still starts its threads: one stopped in
    the middle of its start was a thread the pool did not know of, left running."""
    main = threading.main_thread().ident
    assert main is not None

    def terminate_on_the_first(number: int) -> None:
        if number == 1:
            signal.pthread_kill(main, signal.SIGTERM)

    got: list[Any] = []
    with client(mock, Hook(mock, terminate_on_the_first)) as opt, raise_on_sigterm():
        customers = opt.customers.get_currently_targeted_customers
        with pytest.raises(Terminated) as raised:
            for page in customers.pages(page_size=PAGE, concurrency=4):
                got.extend(page)
        assert page_threads() == []  # every fetch ended, with the pull
        start = getattr(raised.value, "resume_offset", len(got))  # absent when the stop came between pages
        assert start == len(got)
        got.extend(customers.iter(page_size=PAGE, start=start, concurrency=4))
    assert ids(got) == [mock.dataset.customer_id(index) for index in range(CUSTOMERS)]


def test_a_look_ahead_pull_closed_early_leaves_no_thread(mock: MockOptimove) -> None:
    with client(mock, mock.transport()) as opt:
        customers = opt.customers.get_currently_targeted_customers
        with contextlib.closing(customers.pages(page_size=PAGE, concurrency=4)) as pages:
            first = next(pages)
        assert page_threads() == []
        assert ids(first) == ids(customers.iter(page_size=PAGE, max_items=PAGE))


class StallAfterTheFirst(httpx.AsyncBaseTransport):
    """The mock's async transport; every page after the first stalls until it is cancelled."""

    def __init__(self, mock: MockOptimove) -> None:
        self.inner, self.pages = mock.async_transport(), 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.pages += 1
        if self.pages > 1:
            await asyncio.Event().wait()
        return await self.inner.handle_async_request(request)


def test_an_async_look_ahead_pull_closed_early_leaves_no_task_behind(mock: MockOptimove) -> None:
    async def pull() -> list[asyncio.Task[Any]]:
        async with AsyncOptimove(
            api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=StallAfterTheFirst(mock)
        ) as opt:
            pages = opt.customers.get_currently_targeted_customers.pages(page_size=PAGE, concurrency=4)
            await anext(pages)
            await pages.aclose()  # type: ignore[attr-defined]
            return [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]

    assert asyncio.run(pull()) == []
