"""What the facade needs from the client underneath it: the runners, and the shapes of pages and progress.

optimove_client supplies the runners. Each facade class carries its operation's record (operations.py)
and hands it, with the keyword arguments gathered, to the runner, which prepares, sends, retries and
decodes the call.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import Any, Generic, Protocol, TypeAlias, TypeVar

from .operation import Operation

_T = TypeVar("_T")
_Row_co = TypeVar("_Row_co", covariant=True)

# pyarrow (the optional [arrow] extra) ships no type information: to a type checker its tables, record
# batches and readers are Any. The names say what a method returns.
ArrowTable: TypeAlias = Any  # pyarrow.Table
ArrowRecordBatch: TypeAlias = Any  # pyarrow.RecordBatch
ArrowRecordBatchReader: TypeAlias = Any  # pyarrow.RecordBatchReader


class PagingProgress(Protocol):
    """How far a paged pull has come; passed to on_progress after each page."""

    @property
    def records(self) -> int: ...

    @property
    def pages(self) -> int: ...

    @property
    def offset(self) -> int:
        """The $skip of the next page: where to resume (start=...) if the pull stops here."""

    @property
    def rate_limit_wait(self) -> float:
        """Seconds spent waiting for the rate limit so far."""


class Page(Protocol[_Row_co]):
    """One page of a paged pull: its rows, its number (from 1) and its offset ($skip)."""

    @property
    def number(self) -> int: ...

    @property
    def offset(self) -> int: ...

    @property
    def rows(self) -> Sequence[_Row_co]: ...

    def __iter__(self) -> Iterator[_Row_co]: ...

    def __len__(self) -> int: ...


class PageList(list[_T]):
    """One page of a paging function, called without .iter(): its rows, and whether there may be more.

    Optimove sends no total: a page that came back full may have more after it (has_more), from the offset
    next_offset ($skip). .iter() and .pages() fetch them all.
    """

    has_more: bool = False
    next_offset: int = 0


@dataclasses.dataclass(frozen=True, slots=True)
class Extras:
    """What a call sends beyond what the spec knows of: extra_query=, extra_body=, extra_headers=."""

    query: Mapping[str, Any] | None = None
    body: Mapping[str, Any] | None = None
    headers: Mapping[str, str] | None = None


def extras(
    query: Mapping[str, Any] | None, body: Mapping[str, Any] | None, headers: Mapping[str, str] | None
) -> Extras | None:
    """The extras of a call, or None when it has none (the usual case costs nothing more)."""
    if query is None and body is None and headers is None:
        return None
    return Extras(query, body, headers)


@dataclasses.dataclass(frozen=True, slots=True)
class BatchProgress:
    """How far a .batched call has come; passed to on_progress after each call."""

    calls: int  # calls made so far
    items: int  # items sent so far
    total: int  # items in all


@dataclasses.dataclass(frozen=True, slots=True)
class BatchSummary(Generic[_T]):
    """What a .batched call did: how many calls it made, how many items they sent, and each call's result
    in order (None for functions that answer with an acknowledgement only)."""

    calls: int
    items: int
    results: tuple[_T, ...]


class Runner(Protocol):
    """Sends the calls of the operations; supplied by optimove_client."""

    def call(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        *,
        xml: bool = False,
        extras: Extras | None = None,
    ) -> Any: ...

    def iterate(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        paging: dict[str, Any],
        *,
        extras: Extras | None = None,
    ) -> Iterator[Any]: ...

    def pages(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        paging: dict[str, Any],
        *,
        extras: Extras | None = None,
    ) -> Iterator[Any]: ...

    def record_batches(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        paging: dict[str, Any],
        *,
        extras: Extras | None = None,
    ) -> ArrowRecordBatchReader: ...

    def to_arrow(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        paging: dict[str, Any],
        *,
        extras: Extras | None = None,
    ) -> ArrowTable: ...

    def list_to_arrow(
        self, operation: Operation, arguments: dict[str, Any], *, extras: Extras | None = None
    ) -> ArrowTable: ...

    def batch(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        *,
        on_progress: Callable[[BatchProgress], None] | None = None,
        extras: Extras | None = None,
    ) -> BatchSummary[Any]: ...


class AsyncRunner(Protocol):
    """Sends the calls of the operations, asynchronously; supplied by optimove_client."""

    async def call(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        *,
        xml: bool = False,
        extras: Extras | None = None,
    ) -> Any: ...

    def iterate(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        paging: dict[str, Any],
        *,
        extras: Extras | None = None,
    ) -> AsyncIterator[Any]: ...

    def pages(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        paging: dict[str, Any],
        *,
        extras: Extras | None = None,
    ) -> AsyncIterator[Any]: ...

    def record_batches(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        paging: dict[str, Any],
        *,
        extras: Extras | None = None,
    ) -> AsyncIterator[ArrowRecordBatch]: ...

    async def to_arrow(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        paging: dict[str, Any],
        *,
        extras: Extras | None = None,
    ) -> ArrowTable: ...

    async def list_to_arrow(
        self, operation: Operation, arguments: dict[str, Any], *, extras: Extras | None = None
    ) -> ArrowTable: ...

    async def batch(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        *,
        on_progress: Callable[[BatchProgress], None] | None = None,
        extras: Extras | None = None,
    ) -> BatchSummary[Any]: ...


def body(model: type[_T], **fields: Any) -> _T:
    """A request body model from the keyword arguments given (None means not given)."""
    return model(**{name: value for name, value in fields.items() if value is not None})


class BoundOperation:
    """One operation of a client: `opt.<category>.<function>`."""

    operation: Operation

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    @property
    def operation_id(self) -> str:
        return self.operation.operation_id

    def __repr__(self) -> str:
        return f"<Optimove operation {self.operation.operation_id}>"


class AsyncBoundOperation:
    """One operation of an async client."""

    operation: Operation

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def operation_id(self) -> str:
        return self.operation.operation_id

    def __repr__(self) -> str:
        return f"<Optimove operation {self.operation.operation_id} (async)>"
