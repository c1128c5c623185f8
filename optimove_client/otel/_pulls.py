"""The span of a paged pull, and the page each of its fetches asks for.

A pull's span covers the pull from its first page asked for until it ends, fails or is closed; each page
is a call, whose span (_calls.py) is the pull span's child and says the page's number, offset and size.
The pull span is never made current in the caller's context (a generator that yields between pages would
leave it current in the caller's code); each fetch, on whatever thread or task runs it, makes it the
parent of its page's span, and hands the page's place along in the context.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator, Sized
from typing import TypeVar

from opentelemetry import context, trace
from opentelemetry.trace import INVALID_SPAN, Span, SpanKind, Status, StatusCode
from opentelemetry.util.types import AttributeValue

from optimove_client._request.prepared_call import PreparedCall
from optimove_client._transport.observer import PullWatch
from optimove_client.otel import _names as names

_Page = TypeVar("_Page", bound=Sized)

# The page a fetch asks for, as (number, offset, size): read by the span of its call.
PAGE = context.create_key("optimove.page")


def page_attributes(current: context.Context | None = None) -> dict[str, AttributeValue]:
    """The attributes of the page a call asks for, when a pull's fetch made it."""
    page = context.get_value(PAGE, current)
    if not isinstance(page, tuple):
        return {}
    number, offset, size = page
    return {names.PAGE_NUMBER: number, names.PAGE_OFFSET: offset, names.PAGE_SIZE: size}


def ended(span: Span, error: BaseException | None) -> None:
    """Mark `span` failed by `error` (if any), and end it. A cancelled task did not fail (a pull cancels
    the look-ahead fetches past its last page): its span says it was cancelled."""
    if isinstance(error, asyncio.CancelledError):
        span.set_attribute(names.CANCELLED, True)
    elif error is not None:
        kind = type(error).__qualname__
        span.set_attribute(names.ERROR_TYPE, kind)
        span.record_exception(error)
        span.set_status(Status(StatusCode.ERROR, f"{kind}: {error}"))
    span.end()


class PullSpan(PullWatch):
    def __init__(self, tracer: trace.Tracer, call: PreparedCall, *, start: int, page_size: int) -> None:
        self._tracer = tracer
        self._parent = context.get_current()  # where the pull was asked for
        self._name = f"Optimove {call.operation.operation_id} pages"
        self._attributes: dict[str, AttributeValue] = {
            names.FUNCTION: call.operation.operation_id,
            names.PAGE_START: start,
            names.PAGE_SIZE: page_size,
        }
        self._page_size = page_size
        self._span: Span = INVALID_SPAN
        self._pages = self._rows = 0

    @contextlib.contextmanager
    def page(self, number: int, offset: int) -> Iterator[None]:
        fetching = trace.set_span_in_context(self._span, self._parent)
        token = context.attach(context.set_value(PAGE, (number, offset, self._page_size), fetching))
        try:
            yield
        finally:
            context.detach(token)

    def pages(self, pages: Iterator[_Page]) -> Iterator[_Page]:
        return self._watched(pages)

    def apages(self, pages: AsyncIterator[_Page]) -> AsyncIterator[_Page]:
        return self._awatched(pages)

    def _handed(self, page: Sized) -> None:
        self._pages += 1
        self._rows += len(page)

    @contextlib.contextmanager
    def _running(self) -> Iterator[None]:
        """The pull from its first page to its end: its span ended with what it handed over, and how."""
        self._span = self._tracer.start_span(
            self._name, self._parent, kind=SpanKind.INTERNAL, attributes=self._attributes
        )
        error: BaseException | None = None
        try:
            yield
        except BaseException as failed:
            error = failed
            raise
        finally:
            self._span.set_attributes({names.PAGES: self._pages, names.ROWS: self._rows})
            # Closed before its last page (a break, a limit of the caller's own): the pull ended well.
            ended(self._span, None if isinstance(error, GeneratorExit) else error)

    def _watched(self, pages: Iterator[_Page]) -> Generator[_Page]:
        with self._running():
            try:
                for page in pages:
                    self._handed(page)
                    yield page
            finally:
                if isinstance(pages, Generator):  # its look-ahead fetches end before the pull's span does
                    pages.close()

    async def _awatched(self, pages: AsyncIterator[_Page]) -> AsyncGenerator[_Page]:
        with self._running():
            try:
                async for page in pages:
                    self._handed(page)
                    yield page
            finally:
                if isinstance(pages, AsyncGenerator):
                    await pages.aclose()
