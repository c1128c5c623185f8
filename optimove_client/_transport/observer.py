"""What the call loop and the runners tell whoever watches them, and the watcher that does nothing.

The call loop's two shells (call_loop.py) hold each call inside a CallWatch (a context manager around the
whole call, entered and left in the thread or task that runs it, so a watcher may make its span current)
and hand it every step of the call with the step's answer; what a step is and what it answers is
call_steps.py's. A paged pull's runner wraps its pages in a PullWatch and each page's fetch in page().
The default Observer does nothing, and nothing here imports a telemetry library: optimove_client.otel
is the OpenTelemetry watcher, installed on a client by optimove_client.otel.instrument().
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator, Sized
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx

from optimove_client._request.prepared_call import PreparedCall
from optimove_client._transport.call_state import Attempts, Done
from optimove_client._transport.call_steps import Step

_Page = TypeVar("_Page", bound=Sized)


class CallWatch:
    """One call, from before its first step to its result or its error."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        """The call ended: with its result (done() was told it first), or with `error`."""

    def answered(self, step: Step, answer: Any) -> None:
        """A step of the call was done and gave `answer` (see call_steps.py for each step's answer)."""

    def done(self, done: Done) -> None:
        """The call's result, before the watch is left."""


class PullWatch:
    """One paged pull: its pages as the caller takes them, and the fetch of each."""

    def page(self, number: int, offset: int) -> contextlib.AbstractContextManager[None]:
        """Around the fetch of page `number` (from 1), asked for at `offset`, in the thread or task that
        fetches it (with look-ahead, not the caller's)."""
        return contextlib.nullcontext()

    def pages(self, pages: Iterator[_Page]) -> Iterator[_Page]:
        """The pages handed to the caller, watched until the pull ends, fails or is closed."""
        return pages

    def apages(self, pages: AsyncIterator[_Page]) -> AsyncIterator[_Page]:
        return pages


class Observer:
    """Watches the calls and pulls of a client (the clients made by with_options share it)."""

    def call(self, attempts: Attempts, request: httpx.Request) -> CallWatch:
        """The watch of a call about to be sent: its attempts (operation, method, what it has done) and
        its first request (URL, parameters: a page's offset)."""
        return _UNWATCHED_CALL

    def pull(self, call: PreparedCall, *, start: int, page_size: int) -> PullWatch:
        """The watch of a pull about to ask for its first page."""
        return _UNWATCHED_PULL


_UNWATCHED_CALL = CallWatch()
_UNWATCHED_PULL = PullWatch()
NO_OBSERVER = Observer()
