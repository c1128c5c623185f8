"""Lazy iteration over every page of a paging operation ($top page size, $skip offset).

A pull asks for pages in order from `start`, carries every original argument to every page (the
caller's arguments are never changed), stops at the first short or empty page without a further call
(or once max_items rows were yielded), and holds one page at a time (K pages with look-ahead). Optimove
sends no total, so when the rows are an exact multiple of the page size, one more call is needed to learn
that the last full page was the last: its empty page is not yielded. A page
that fails is retried by the retry policy, never skipped: the rows yielded are exactly those of a clean
pull. If a page still fails, the error says where to resume (error.resume_offset); so does Ctrl-C or
SIGTERM (optimove_client.stopping) raised while a page is awaited. A pull that stops, for whatever reason,
or is closed early, has ended its look-ahead fetches (threads or tasks) before the stop goes on.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import dataclasses
import signal
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

from optimove_generated.operation import Operation

from optimove_client import _defaults
from optimove_client.errors import OptimoveError, ValidationError

Row = TypeVar("Row")
MAX_CONCURRENCY = 16


@dataclasses.dataclass(frozen=True)
class Progress:
    """How far a pull has come (see PagingProgress in the facade)."""

    records: int
    pages: int
    offset: int  # $skip of the next page: start=offset resumes the pull here
    rate_limit_wait: float


@dataclasses.dataclass(frozen=True)
class Page(Generic[Row]):
    number: int  # from 1
    offset: int  # the $skip it was asked with
    rows: Sequence[Row]

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


@dataclasses.dataclass(frozen=True)
class PageRequest:
    number: int
    offset: int
    size: int  # rows asked for ($top), or the server's fixed page size
    send_size: bool  # False where the function has no $top


@dataclasses.dataclass(frozen=True)
class PagingOptions:
    page_size: int
    send_size: bool
    max_items: int | None
    start: int
    concurrency: int
    on_progress: Callable[[Progress], None] | None

    @classmethod
    def from_arguments(cls, operation: Operation, given: dict[str, Any]) -> PagingOptions:
        """Validate the paging options of a call (before any network call)."""
        name = operation.operation_id
        paging = operation.paging
        if paging is None:
            raise TypeError(f"{name} does not page")
        fixed = paging.fixed_page_size
        page_size = given.get("page_size")
        if fixed is not None:
            page_size = fixed
        elif page_size is None:
            page_size = min(_defaults.PAGE_SIZE, paging.max_page_size)
        _check_int(name, "page_size", page_size, 1, paging.max_page_size)
        max_items = given.get("max_items")
        start = 0 if given.get("start") is None else given["start"]
        concurrency = 1 if given.get("concurrency") is None else given["concurrency"]
        if max_items is not None:
            _check_int(name, "max_items", max_items, 0, None)
        _check_int(name, "start", start, 0, None)
        _check_int(name, "concurrency", concurrency, 1, MAX_CONCURRENCY)
        on_progress = given.get("on_progress")
        if on_progress is not None and not callable(on_progress):
            raise ValidationError(name, "on_progress", "must be callable")
        return cls(page_size, fixed is None, max_items, start, concurrency, on_progress)


def _check_int(operation: str, name: str, value: Any, low: int, high: int | None) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(operation, name, f"must be an integer, not {type(value).__name__}")
    if value < low or (high is not None and value > high):
        bounds = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise ValidationError(operation, name, f"must be {bounds} (got {value})")


class PagePlan:
    """Which pages to ask for, and when the pull is over."""

    def __init__(self, options: PagingOptions) -> None:
        self._options = options
        self._next_offset = options.start
        self._next_number = 1
        self._end: int | None = None if options.max_items is None else options.start + options.max_items

    def next_request(self) -> PageRequest | None:
        """The next page to ask for, or None when max_items is reached."""
        size = self._options.page_size
        if self._end is not None:
            size = min(size, self._end - self._next_offset)
            if size <= 0:
                return None
        send_size = self._options.send_size
        if not send_size:
            size = self._options.page_size  # the server decides; max_items is applied by trimming
        request = PageRequest(self._next_number, self._next_offset, size, send_size)
        self._next_offset += size
        self._next_number += 1
        return request

    def trim(self, request: PageRequest, rows: Sequence[Any]) -> Sequence[Any]:
        """Rows past max_items (possible only where the server fixes the page size) are dropped."""
        if self._end is None:
            return rows
        keep = max(0, self._end - request.offset)
        # Slicing a large page would decode it whole (see _rows.LazyRows): only when rows must go.
        return rows if keep >= len(rows) else rows[:keep]

    @staticmethod
    def is_last(request: PageRequest, received: int) -> bool:
        """A short (or empty) page is the last one: no call is made to find an empty page after it."""
        return received < request.size


@dataclasses.dataclass
class _Tally:
    records: int = 0
    pages: int = 0
    waited: float = 0.0

    def report(self, options: PagingOptions, page: Page[Any], waited: float, next_offset: int) -> None:
        self.records += len(page)
        self.pages += 1
        self.waited += waited
        if options.on_progress is not None:
            options.on_progress(Progress(self.records, self.pages, next_offset, self.waited))


def _resumable(error: OptimoveError, request: PageRequest) -> OptimoveError:
    error.resume_offset = request.offset  # type: ignore[attr-defined]
    error.add_note(
        f"page {request.number} ($skip={request.offset}) failed: resume with start={request.offset}"
    )
    return error


def _stopped(stop: KeyboardInterrupt, request: PageRequest) -> None:
    """Ctrl-C or SIGTERM (optimove_client.stopping) while a page was awaited: every page before it was
    handed over, so that page is where to resume."""
    stop.resume_offset = request.offset  # type: ignore[attr-defined]
    stop.add_note(
        f"stopped while page {request.number} ($skip={request.offset}) was fetched: resume with "
        f"start={request.offset}"
    )


FetchPage = Callable[[PageRequest], tuple[Sequence[Any], float]]
AsyncFetchPage = Callable[[PageRequest], Any]  # a coroutine function returning the same tuple


# The signals that stop a pull (Ctrl-C, and SIGTERM under optimove_client.stopping).
_STOP_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM})


@contextlib.contextmanager
def _stop_signals_held() -> Iterator[None]:
    """Hold the stop signals while a look-ahead fetch is handed to the pool (one that comes meanwhile is
    delivered on leaving). The pool starts its threads there: a stop raised in the middle of
    Thread.start() would leave a thread the pool does not know of, and so never waits for. The threads
    started so keep them blocked, too: the kernel then always hands them to the main thread, where Python
    acts on them (where a fetching thread took one, the main thread could sleep on until its page came)."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


class _Deferred:
    """A fetch run when its result is asked for: the sequential case of the look-ahead loop."""

    def __init__(self, fetch: FetchPage, request: PageRequest) -> None:
        self._fetch, self._request = fetch, request

    def result(self) -> tuple[Sequence[Any], float]:
        return self._fetch(self._request)

    def cancel(self) -> bool:
        return True


def iterate_pages(fetch: FetchPage, options: PagingOptions) -> Iterator[Page[Any]]:
    """Pages in order; `fetch` returns (rows, seconds waited for the rate limit) for one request.

    With concurrency K > 1, up to K pages are in flight on threads, still yielded in order; scheduling
    stops at the first short page (up to K - 1 calls past the end may already be under way).
    """
    plan, tally = PagePlan(options), _Tally()
    pending: list[tuple[PageRequest, _Deferred | concurrent.futures.Future[tuple[Sequence[Any], float]]]] = []
    pool = (
        concurrent.futures.ThreadPoolExecutor(options.concurrency, thread_name_prefix="optimove-page")
        if options.concurrency > 1
        else None
    )
    try:
        while True:
            while len(pending) < options.concurrency and (request := plan.next_request()) is not None:
                if pool is None:
                    pending.append((request, _Deferred(fetch, request)))
                    continue
                with _stop_signals_held():
                    pending.append((request, pool.submit(fetch, request)))
            if not pending:
                return
            request, future = pending.pop(0)
            try:
                rows, waited = future.result()
            except OptimoveError as error:
                raise _resumable(error, request) from None
            except KeyboardInterrupt as stop:
                _stopped(stop, request)
                raise
            received = len(rows)
            page = Page(request.number, request.offset, plan.trim(request, rows))
            tally.report(options, page, waited, request.offset + received)
            # Only the caller holds the page while it works on it (a finished future holds its result too):
            # what it lets go is freed at once, and one page is in memory, not two.
            del rows, future
            handed = [page]  # yielded from a list emptied on the way: no local name is left holding it
            del page
            if received:  # the empty page that ends an exact multiple of page_size is not one to yield
                yield handed.pop()
            if plan.is_last(request, received):
                return
    finally:
        for _request, future in pending:
            future.cancel()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


async def aiterate_pages(fetch: AsyncFetchPage, options: PagingOptions) -> AsyncIterator[Page[Any]]:
    """The async form of iterate_pages; look-ahead runs the fetches as tasks."""
    plan, tally = PagePlan(options), _Tally()
    pending: list[tuple[PageRequest, asyncio.Task[tuple[Sequence[Any], float]]]] = []
    try:
        while True:
            while len(pending) < options.concurrency and (request := plan.next_request()) is not None:
                pending.append((request, asyncio.ensure_future(fetch(request))))
            if not pending:
                return
            request, task = pending.pop(0)
            try:
                rows, waited = await task
            except OptimoveError as error:
                raise _resumable(error, request) from None
            except KeyboardInterrupt as stop:
                _stopped(stop, request)
                raise
            received = len(rows)
            page = Page(request.number, request.offset, plan.trim(request, rows))
            tally.report(options, page, waited, request.offset + received)
            del rows, task  # as in iterate_pages: only the caller holds the page
            handed = [page]
            del page
            if received:
                yield handed.pop()
            if plan.is_last(request, received):
                return
    finally:
        for _request, task in pending:
            task.cancel()
        if pending:  # a pull that stopped leaves no fetch behind it, as the threads of iterate_pages
            await asyncio.gather(*(task for _request, task in pending), return_exceptions=True)
