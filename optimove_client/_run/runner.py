"""The runners behind every `opt.<category>.<function>(...)`: the facade hands them an operation's record.

A call is prepared once (_prepare), sent through the one call loop (_call_loop) and decoded (_decode). A
paged pull is prepared once too; each page is the same prepared call with its own $skip/$top, sent
through the same loop, and the pages are walked by _paging. Arrow tables and record batches are those
pages made columns, one batch per page (_columns, _arrow). What the sync and async runners do is written
once in RunnerCore (runner_core.py, and BatchRun in batch_run.py); each runner only sends, blocking or
awaited, through its call loop, which waits for the account's budget and holds its Login session.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator, Sequence
from typing import Any, cast

import httpx
from optimove_generated.operation import Operation
from optimove_generated.protocols import BatchSummary, Extras

from optimove_client._assembly import AsyncParts, SyncParts
from optimove_client._request.prepared_call import PreparedCall
from optimove_client._response import arrow as _arrow
from optimove_client._run.batch_run import BatchRun
from optimove_client._run.page_plan import Page, PageRequest, PagingOptions
from optimove_client._run.paging import aiterate_pages, iterate_pages
from optimove_client._run.runner_core import Arguments, CallOptions, RunnerCore, RunnerParts, buffered
from optimove_client._transport.call_loop import AsyncCallLoop, SyncCallLoop


class SyncRunner(RunnerCore[Iterator[Page[Any]], BatchSummary[Any]]):
    """The facade's Runner for Optimove."""

    def __init__(
        self, http: httpx.Client, account: SyncParts, parts: RunnerParts, options: CallOptions
    ) -> None:
        super().__init__(http, parts, options)
        self._send = SyncCallLoop(http, self._loop, account.budget, account.session)

    def call(
        self, operation: Operation, arguments: Arguments, *, xml: bool = False, extras: Extras | None = None
    ) -> Any:
        return self.send(self._preparer.prepare(operation, arguments, xml=xml, extras=extras))

    def send(self, call: PreparedCall) -> Any:
        """Send a prepared call through the call loop and decode its answer."""
        return self._send.run(*self._sending(call), buffered=buffered(call)).result

    def _batched(self, prepare: Callable[[], BatchRun]) -> BatchSummary[Any]:
        run = prepare()
        for call, items in run.calls:
            with run.failing(items):
                result = self.send(call)
            run.sent(items, result)
        return run.summary()

    def _pages(self, call: PreparedCall, options: PagingOptions) -> Iterator[Page[Any]]:
        pull = self._send.observer.pull(call, start=options.start, page_size=options.page_size)

        def fetch(page: PageRequest) -> tuple[Sequence[Any], float]:
            with pull.page(page.number, page.offset):
                done = self._send.run(*self._page_sending(call, page), buffered=True)
            return cast("Sequence[Any]", done.result), done.rate_limit_wait

        return pull.pages(iterate_pages(fetch, options))

    def record_batches(
        self, operation: Operation, arguments: Arguments, paging: Arguments, *, extras: Extras | None = None
    ) -> Any:
        """A pyarrow.RecordBatchReader, one batch per page; the reader pulls the pages as it is read."""
        call, options, columns = self._arrow_pull(operation, arguments, paging, extras)
        batches = (_arrow.page_batch(columns, page.rows) for page in self._pages(call, options))
        return _arrow.pyarrow().RecordBatchReader.from_batches(_arrow.schema_of(columns), batches)

    def to_arrow(
        self, operation: Operation, arguments: Arguments, paging: Arguments, *, extras: Extras | None = None
    ) -> Any:
        """Every page as one pyarrow.Table (a chunk per page), with the schema when there are no rows."""
        return self.record_batches(operation, arguments, paging, extras=extras).read_all()

    def list_to_arrow(
        self, operation: Operation, arguments: Arguments, *, extras: Extras | None = None
    ) -> Any:
        """A list function that does not page: its answer as one pyarrow.Table (pyarrow checked first)."""
        _arrow.pyarrow()
        return _arrow.list_table(operation, self.call(operation, arguments, extras=extras))

    def iterate(
        self, operation: Operation, arguments: Arguments, paging: Arguments, *, extras: Extras | None = None
    ) -> Iterator[Any]:
        return itertools.chain.from_iterable(self.pages(operation, arguments, paging, extras=extras))


class AsyncRunner(RunnerCore[AsyncIterator[Page[Any]], Coroutine[Any, Any, BatchSummary[Any]]]):
    """The facade's Runner for AsyncOptimove."""

    def __init__(
        self, http: httpx.AsyncClient, account: AsyncParts, parts: RunnerParts, options: CallOptions
    ) -> None:
        super().__init__(http, parts, options)
        self._send = AsyncCallLoop(http, self._loop, account.budget, account.session)

    async def call(
        self, operation: Operation, arguments: Arguments, *, xml: bool = False, extras: Extras | None = None
    ) -> Any:
        return await self.send(self._preparer.prepare(operation, arguments, xml=xml, extras=extras))

    async def send(self, call: PreparedCall) -> Any:
        """Send a prepared call through the call loop and decode its answer."""
        return (await self._send.run(*self._sending(call), buffered=buffered(call))).result

    async def _batched(self, prepare: Callable[[], BatchRun]) -> BatchSummary[Any]:
        run = prepare()
        for call, items in run.calls:
            with run.failing(items):
                result = await self.send(call)
            run.sent(items, result)
        return run.summary()

    def _pages(self, call: PreparedCall, options: PagingOptions) -> AsyncIterator[Page[Any]]:
        pull = self._send.observer.pull(call, start=options.start, page_size=options.page_size)

        async def fetch(page: PageRequest) -> tuple[Sequence[Any], float]:
            with pull.page(page.number, page.offset):
                done = await self._send.run(*self._page_sending(call, page), buffered=True)
            return cast("Sequence[Any]", done.result), done.rate_limit_wait

        return pull.apages(aiterate_pages(fetch, options))

    def record_batches(
        self, operation: Operation, arguments: Arguments, paging: Arguments, *, extras: Extras | None = None
    ) -> AsyncIterator[Any]:
        """One pyarrow.RecordBatch per page, each page fetched when the iteration reaches it."""
        call, options, columns = self._arrow_pull(operation, arguments, paging, extras)
        pages = self._pages(call, options)

        async def batches() -> AsyncIterator[Any]:
            async for page in pages:
                yield _arrow.page_batch(columns, page.rows)

        return batches()

    async def to_arrow(
        self, operation: Operation, arguments: Arguments, paging: Arguments, *, extras: Extras | None = None
    ) -> Any:
        """Every page as one pyarrow.Table (a chunk per page), with the schema when there are no rows."""
        call, options, columns = self._arrow_pull(operation, arguments, paging, extras)
        batches = [_arrow.page_batch(columns, page.rows) async for page in self._pages(call, options)]
        return _arrow.pyarrow().Table.from_batches(batches, schema=_arrow.schema_of(columns))

    async def list_to_arrow(
        self, operation: Operation, arguments: Arguments, *, extras: Extras | None = None
    ) -> Any:
        """A list function that does not page: its answer as one pyarrow.Table (pyarrow checked first)."""
        _arrow.pyarrow()
        return _arrow.list_table(operation, await self.call(operation, arguments, extras=extras))

    def iterate(
        self, operation: Operation, arguments: Arguments, paging: Arguments, *, extras: Extras | None = None
    ) -> AsyncIterator[Any]:
        pages = self.pages(operation, arguments, paging, extras=extras)

        async def rows() -> AsyncIterator[Any]:
            async for page in pages:
                for row in page:
                    yield row

        return rows()
