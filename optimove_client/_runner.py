"""The runners behind every `opt.<category>.<function>(...)`: the facade hands them an operation's record.

A call is prepared once (_prepare), sent through the one call loop (_call_loop) and decoded (_decode). A
paged pull is prepared once too; each page is the same prepared call with its own $skip/$top, sent
through the same loop, and the pages are walked by _paging. Arrow tables and record batches are those
pages made columns, one batch per page (_columns, _arrow). Sync and async share everything but the I/O.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any, Self, cast

import httpx
from optimove_generated.operation import Operation
from optimove_generated.protocols import BatchProgress, BatchSummary, Extras

from optimove_client import _arrow
from optimove_client._batches import BatchPlan
from optimove_client._call_core import LoopCore
from optimove_client._call_loop import AsyncCallLoop, SyncCallLoop
from optimove_client._call_state import Attempts, Decode
from optimove_client._columns import RowColumns
from optimove_client._decode import ResultDecoder
from optimove_client._page_plan import Page, PageRequest, PagingOptions
from optimove_client._paging import aiterate_pages, iterate_pages
from optimove_client._prepare import Preparer
from optimove_client._prepared_call import PreparedCall
from optimove_client._ratelimit import AsyncBudget, Budget
from optimove_client._rows import AttributeMismatch
from optimove_client._session_auth import AsyncSession, Session
from optimove_client.errors import BatchError, OptimoveError, ValidationError

OnBatchProgress = Callable[[BatchProgress], None]


@dataclasses.dataclass(frozen=True)
class CallOptions:
    """Per-client (and, through with_options, per-call) settings of each call."""

    timeout: httpx.Timeout
    max_retries: int | None = None  # None: the client's retry policy
    # When a joined attribute string does not split into one value per name: raise, or keep it raw.
    attribute_mismatch: AttributeMismatch = "raise"


class _RunnerCore:
    """What the sync and async runners share."""

    def __init__(
        self,
        http: httpx.Client | httpx.AsyncClient,
        preparer: Preparer,
        decoder: ResultDecoder,
        loop: LoopCore,
        options: CallOptions,
    ) -> None:
        self.options = options
        self._http = http
        self._preparer = preparer
        self._decoder = decoder
        self._loop = loop

    def with_options(self, options: CallOptions) -> Self:
        """The same runner (client, decoders, validators) with other per-call settings."""
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.options = options
        return clone

    def _attempts(self, call: PreparedCall) -> Attempts:
        return Attempts(call, self._loop.decisions.allowed(self.options.max_retries), self.options.timeout)

    def _request(self, call: PreparedCall, params: dict[str, Any]) -> httpx.Request:
        try:
            return self._loop.request(self._http, call, params, self.options.timeout)
        except UnicodeEncodeError:  # its message would quote the text around the character
            raise ValidationError(
                call.operation.operation_id,
                "arguments",
                "hold a lone surrogate (half of a UTF-16 pair), which UTF-8 cannot encode: nothing was sent",
            ) from None

    def _decode(self, call: PreparedCall, *, page: bool) -> Decode:
        mismatch = self.options.attribute_mismatch
        return lambda body, encoding: self._decoder.decode(call, body, encoding, mismatch, page=page)

    def _pull(
        self, operation: Operation, arguments: dict[str, Any], paging: dict[str, Any], extras: Extras | None
    ) -> tuple[PreparedCall, PagingOptions]:
        """Check the paging options and prepare the call, before the first page is asked for."""
        options = PagingOptions.from_arguments(operation, paging)
        return self._preparer.prepare(operation, arguments, extras=extras), options

    def _arrow_pull(
        self, operation: Operation, arguments: dict[str, Any], paging: dict[str, Any], extras: Extras | None
    ) -> tuple[PreparedCall, PagingOptions, RowColumns]:
        """_pull, and the columns of its rows; pyarrow missing is said first, before anything is sent."""
        _arrow.pyarrow()
        call, options = self._pull(operation, arguments, paging, extras)
        return call, options, RowColumns.of(operation, call.attribute_names)

    def _batch(
        self, operation: Operation, arguments: dict[str, Any], extras: Extras | None
    ) -> tuple[BatchPlan, list[PreparedCall]]:
        """Every call of a batch, prepared (and so checked) before the first is sent."""
        plan = BatchPlan.of(operation, arguments)
        return plan, [self._preparer.prepare(operation, chunk, extras=extras) for chunk in plan.chunks]

    def _page_request(self, call: PreparedCall, page: PageRequest) -> httpx.Request:
        return self._request(call, call.page_params(page.offset, page.size if page.send_size else None))


class _BatchRun:
    """What the calls of one batch answered so far: its progress reports, its summary, its error."""

    def __init__(self, operation: Operation, plan: BatchPlan, on_progress: OnBatchProgress | None) -> None:
        self._operation, self._plan, self._on_progress = operation, plan, on_progress
        self._results: list[Any] = []

    def sent(self, items: range, result: Any) -> None:
        self._results.append(result)
        if self._on_progress is not None:
            self._on_progress(BatchProgress(len(self._results), items.stop, self._plan.total))

    def failed(self, items: range, error: OptimoveError) -> BatchError:
        return BatchError(
            self._operation.operation_id,
            error,
            failed=items,
            total=self._plan.total,
            calls=len(self._results),
            results=tuple(self._results),
        )

    def summary(self) -> BatchSummary[Any]:
        return BatchSummary(len(self._results), self._plan.total, tuple(self._results))


def _buffered(call: PreparedCall) -> bool:
    # Rows are read into one buffer (a page may be 100 MiB); other answers are small.
    return call.operation.result.kind == "rows" and not call.xml


class SyncRunner(_RunnerCore):
    """The facade's Runner for Optimove."""

    def __init__(
        self,
        http: httpx.Client,
        preparer: Preparer,
        decoder: ResultDecoder,
        loop: LoopCore,
        options: CallOptions,
        *,
        budget: Budget,
        session: Session | None = None,
    ) -> None:
        super().__init__(http, preparer, decoder, loop, options)
        self._send = SyncCallLoop(http, loop, budget, session)

    def call(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        *,
        xml: bool = False,
        extras: Extras | None = None,
    ) -> Any:
        return self.send(self._preparer.prepare(operation, arguments, xml=xml, extras=extras))

    def send(self, call: PreparedCall) -> Any:
        """Send a prepared call through the call loop and decode its answer."""
        request = self._request(call, call.params)
        return self._send.run(
            self._attempts(call), request, self._decode(call, page=False), buffered=_buffered(call)
        )

    def batch(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        *,
        on_progress: OnBatchProgress | None = None,
        extras: Extras | None = None,
    ) -> BatchSummary[Any]:
        plan, calls = self._batch(operation, arguments, extras)
        run = _BatchRun(operation, plan, on_progress)
        for call, items in zip(calls, plan.ranges, strict=True):
            try:
                result = self.send(call)
            except OptimoveError as error:
                raise run.failed(items, error) from error
            run.sent(items, result)
        return run.summary()

    def pages(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        paging: dict[str, Any],
        *,
        extras: Extras | None = None,
    ) -> Iterator[Page[Any]]:
        return self._pages(*self._pull(operation, arguments, paging, extras))

    def _pages(self, call: PreparedCall, options: PagingOptions) -> Iterator[Page[Any]]:
        decode = self._decode(call, page=True)

        def fetch(page: PageRequest) -> tuple[Sequence[Any], float]:
            attempts = self._attempts(call)
            rows = self._send.run(attempts, self._page_request(call, page), decode, buffered=True)
            return cast("Sequence[Any]", rows), attempts.rate_limit_wait

        return iterate_pages(fetch, options)

    def record_batches(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        paging: dict[str, Any],
        *,
        extras: Extras | None = None,
    ) -> Any:
        """A pyarrow.RecordBatchReader, one batch per page; the reader pulls the pages as it is read."""
        call, options, columns = self._arrow_pull(operation, arguments, paging, extras)
        batches = (_arrow.page_batch(columns, page.rows) for page in self._pages(call, options))
        return _arrow.pyarrow().RecordBatchReader.from_batches(_arrow.schema_of(columns), batches)

    def to_arrow(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        paging: dict[str, Any],
        *,
        extras: Extras | None = None,
    ) -> Any:
        """Every page as one pyarrow.Table (a chunk per page), with the schema when there are no rows."""
        return self.record_batches(operation, arguments, paging, extras=extras).read_all()

    def list_to_arrow(
        self, operation: Operation, arguments: dict[str, Any], *, extras: Extras | None = None
    ) -> Any:
        """A list function that does not page: its answer as one pyarrow.Table (pyarrow checked first)."""
        _arrow.pyarrow()
        return _arrow.list_table(operation, self.call(operation, arguments, extras=extras))

    def iterate(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        paging: dict[str, Any],
        *,
        extras: Extras | None = None,
    ) -> Iterator[Any]:
        return itertools.chain.from_iterable(self.pages(operation, arguments, paging, extras=extras))


class AsyncRunner(_RunnerCore):
    """The facade's Runner for AsyncOptimove."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        preparer: Preparer,
        decoder: ResultDecoder,
        loop: LoopCore,
        options: CallOptions,
        *,
        budget: AsyncBudget,
        session: AsyncSession | None = None,
    ) -> None:
        super().__init__(http, preparer, decoder, loop, options)
        self._send = AsyncCallLoop(http, loop, budget, session)

    async def call(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        *,
        xml: bool = False,
        extras: Extras | None = None,
    ) -> Any:
        return await self.send(self._preparer.prepare(operation, arguments, xml=xml, extras=extras))

    async def send(self, call: PreparedCall) -> Any:
        """Send a prepared call through the call loop and decode its answer."""
        request = self._request(call, call.params)
        decode = self._decode(call, page=False)
        return await self._send.run(self._attempts(call), request, decode, buffered=_buffered(call))

    async def batch(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        *,
        on_progress: OnBatchProgress | None = None,
        extras: Extras | None = None,
    ) -> BatchSummary[Any]:
        plan, calls = self._batch(operation, arguments, extras)
        run = _BatchRun(operation, plan, on_progress)
        for call, items in zip(calls, plan.ranges, strict=True):
            try:
                result = await self.send(call)
            except OptimoveError as error:
                raise run.failed(items, error) from error
            run.sent(items, result)
        return run.summary()

    def pages(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        paging: dict[str, Any],
        *,
        extras: Extras | None = None,
    ) -> AsyncIterator[Page[Any]]:
        return self._pages(*self._pull(operation, arguments, paging, extras))

    def _pages(self, call: PreparedCall, options: PagingOptions) -> AsyncIterator[Page[Any]]:
        decode = self._decode(call, page=True)

        async def fetch(page: PageRequest) -> tuple[Sequence[Any], float]:
            attempts = self._attempts(call)
            rows = await self._send.run(attempts, self._page_request(call, page), decode, buffered=True)
            return cast("Sequence[Any]", rows), attempts.rate_limit_wait

        return aiterate_pages(fetch, options)

    def record_batches(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        paging: dict[str, Any],
        *,
        extras: Extras | None = None,
    ) -> AsyncIterator[Any]:
        """One pyarrow.RecordBatch per page, each page fetched when the iteration reaches it."""
        call, options, columns = self._arrow_pull(operation, arguments, paging, extras)
        pages = self._pages(call, options)

        async def batches() -> AsyncIterator[Any]:
            async for page in pages:
                yield _arrow.page_batch(columns, page.rows)

        return batches()

    async def to_arrow(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        paging: dict[str, Any],
        *,
        extras: Extras | None = None,
    ) -> Any:
        """Every page as one pyarrow.Table (a chunk per page), with the schema when there are no rows."""
        call, options, columns = self._arrow_pull(operation, arguments, paging, extras)
        batches = [_arrow.page_batch(columns, page.rows) async for page in self._pages(call, options)]
        return _arrow.pyarrow().Table.from_batches(batches, schema=_arrow.schema_of(columns))

    async def list_to_arrow(
        self, operation: Operation, arguments: dict[str, Any], *, extras: Extras | None = None
    ) -> Any:
        """A list function that does not page: its answer as one pyarrow.Table (pyarrow checked first)."""
        _arrow.pyarrow()
        return _arrow.list_table(operation, await self.call(operation, arguments, extras=extras))

    def iterate(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        paging: dict[str, Any],
        *,
        extras: Extras | None = None,
    ) -> AsyncIterator[Any]:
        pages = self.pages(operation, arguments, paging, extras=extras)

        async def rows() -> AsyncIterator[Any]:
            async for page in pages:
                for row in page:
                    yield row

        return rows()
