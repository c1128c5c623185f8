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

import concurrent.futures
import contextlib
import signal
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any

from optimove_client._run.page_plan import Page, PageRequest, PageWalk, PagingOptions
from optimove_client.errors import OptimoveError


@contextlib.contextmanager
def _failures_resumable(request: PageRequest) -> Iterator[None]:
    """A page that fails says where to resume (error.resume_offset); so does a stop while it was awaited."""
    try:
        yield
    except OptimoveError as error:
        raise _resumable(error, request) from None
    except KeyboardInterrupt as stop:
        _stopped(stop, request)
        raise


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
    pool = (
        concurrent.futures.ThreadPoolExecutor(options.concurrency, thread_name_prefix="optimove-page")
        if options.concurrency > 1
        else None
    )

    def start(request: PageRequest) -> _Deferred | concurrent.futures.Future[tuple[Sequence[Any], float]]:
        if pool is None:
            return _Deferred(fetch, request)
        with _stop_signals_held():
            return pool.submit(fetch, request)

    walk = PageWalk(options, start)
    try:
        while (oldest := walk.next()) is not None:
            request, future = oldest
            with _failures_resumable(request):
                rows, waited = future.result()
            handed = walk.page(request, rows, waited)
            # Only the caller holds the page while it works on it (a finished future holds its result too):
            # what it lets go is freed at once, and one page is in memory, not two.
            del rows, future, oldest
            if handed:
                yield handed.pop()
    finally:
        walk.cancel()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


async def aiterate_pages(fetch: AsyncFetchPage, options: PagingOptions) -> AsyncIterator[Page[Any]]:
    """The async form of iterate_pages; look-ahead runs the fetches as tasks."""
    import asyncio  # noqa: PLC0415 (asyncio is loaded by whoever runs an event loop; sync calls never need it)

    walk = PageWalk(options, lambda request: asyncio.ensure_future(fetch(request)))
    try:
        while (oldest := walk.next()) is not None:
            request, task = oldest
            with _failures_resumable(request):
                rows, waited = await task
            handed = walk.page(request, rows, waited)
            del rows, task, oldest  # as in iterate_pages: only the caller holds the page
            if handed:
                yield handed.pop()
    finally:
        walk.cancel()
        if walk.pending:  # a pull that stopped leaves no fetch behind it, as the threads of iterate_pages
            await asyncio.gather(*(task for _request, task in walk.pending), return_exceptions=True)
