"""What the sync and async runners share: everything but sending (_run/runner.py holds the two runners).

A runner prepares each call once, builds its request, its attempts and its decoder for the call loop,
checks a pull's paging options and a batch's calls before anything is sent, and clones itself with other
per-call settings (with_options).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from typing import Any, Generic, Self, TypeVar

import httpx
from optimove_generated.operation import Operation
from optimove_generated.protocols import BatchSummary, Extras

from optimove_client._request.prepare import Preparer
from optimove_client._request.prepared_call import PreparedCall
from optimove_client._response import arrow as _arrow
from optimove_client._response.columns import RowColumns
from optimove_client._response.decode import ResultDecoder
from optimove_client._response.rows import AttributeMismatch
from optimove_client._run.batch_run import BatchRun, OnBatchProgress
from optimove_client._run.page_plan import Page, PageRequest, PagingOptions
from optimove_client._transport.call_core import LoopCore
from optimove_client._transport.call_state import Attempts, Decode
from optimove_client.errors import ValidationError

# What a runner is made of besides its client and budget: preparation, decoding, the call loop's core.
RunnerParts = tuple[Preparer, ResultDecoder, LoopCore]
Arguments = dict[str, Any]  # a call's keyword arguments (or its paging options), as the facade gathered them
# What a runner's pages() and batch() return: an iterator and a summary, or an async iterator and a
# coroutine of the summary.
_Pages = TypeVar("_Pages", Iterator[Page[Any]], AsyncIterator[Page[Any]])
_Summary = TypeVar("_Summary", BatchSummary[Any], Coroutine[Any, Any, BatchSummary[Any]])


@dataclasses.dataclass(frozen=True)
class CallOptions:
    """Per-client (and, through with_options, per-call) settings of each call."""

    timeout: httpx.Timeout
    max_retries: int | None = None  # None: the client's retry policy
    # When a joined attribute string does not split into one value per name: raise, or keep it raw.
    attribute_mismatch: AttributeMismatch = "raise"


def buffered(call: PreparedCall) -> bool:
    """Whether the call's body is read into one buffer: rows are (a page may be 100 MiB); other answers
    are small."""
    return call.operation.result.kind == "rows" and not call.xml


class RunnerCore(Generic[_Pages, _Summary]):
    """What the sync and async runners share: everything but sending."""

    def __init__(
        self, http: httpx.Client | httpx.AsyncClient, parts: RunnerParts, options: CallOptions
    ) -> None:
        self.options = options
        self._http = http
        self._preparer, self._decoder, self._loop = parts

    def with_options(self, options: CallOptions) -> Self:
        """The same runner (client, decoders, validators) with other per-call settings."""
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.options = options
        return clone

    def pages(
        self, operation: Operation, arguments: Arguments, paging: Arguments, *, extras: Extras | None = None
    ) -> _Pages:
        return self._pages(*self._pull(operation, arguments, paging, extras))

    def _pages(self, call: PreparedCall, options: PagingOptions) -> _Pages:
        """The pages of a prepared pull (sent blocking or awaited)."""
        raise NotImplementedError

    def batch(
        self,
        operation: Operation,
        arguments: Arguments,
        *,
        on_progress: OnBatchProgress | None = None,
        extras: Extras | None = None,
    ) -> _Summary:
        """Every call of a batch, in order; prepared (and so checked) before the first is sent, which the
        async runner does once awaited."""
        return self._batched(functools.partial(self._batch, operation, arguments, on_progress, extras))

    def _batched(self, prepare: Callable[[], BatchRun]) -> _Summary:
        """Send the calls of the batch `prepare` makes (blocking or awaited)."""
        raise NotImplementedError

    def _sending(self, call: PreparedCall) -> tuple[Attempts, httpx.Request, Decode]:
        """What the call loop sends a call with: its attempts, its request and its decoder."""
        return self._attempts(call), self._request(call, call.params), self._decode(call, page=False)

    def _page_sending(self, call: PreparedCall, page: PageRequest) -> tuple[Attempts, httpx.Request, Decode]:
        """The same for one page of a pull: the call with the page's offset and size."""
        params = call.page_params(page.offset, page.size if page.send_size else None)
        return self._attempts(call), self._request(call, params), self._decode(call, page=True)

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
        self, operation: Operation, arguments: Arguments, paging: Arguments, extras: Extras | None
    ) -> tuple[PreparedCall, PagingOptions]:
        """Check the paging options and prepare the call, before the first page is asked for."""
        options = PagingOptions.from_arguments(operation, paging)
        return self._preparer.prepare(operation, arguments, extras=extras), options

    def _arrow_pull(
        self, operation: Operation, arguments: Arguments, paging: Arguments, extras: Extras | None
    ) -> tuple[PreparedCall, PagingOptions, RowColumns]:
        """_pull, and the columns of its rows; pyarrow missing is said first, before anything is sent."""
        _arrow.pyarrow()
        call, options = self._pull(operation, arguments, paging, extras)
        return call, options, RowColumns.of(operation, call.attribute_names)

    def _batch(
        self,
        operation: Operation,
        arguments: Arguments,
        on_progress: OnBatchProgress | None,
        extras: Extras | None,
    ) -> BatchRun:
        """Every call of a batch, prepared (and so checked) before the first is sent."""
        from optimove_client._request.batches import BatchPlan  # noqa: PLC0415 (batches only)

        plan = BatchPlan.of(operation, arguments)
        calls = [self._preparer.prepare(operation, chunk, extras=extras) for chunk in plan.chunks]
        return BatchRun(operation, plan, calls, on_progress)
