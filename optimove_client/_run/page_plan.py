"""What a paged pull asks for and what it makes of the answers, without I/O (_paging does the I/O).

PagingOptions are the paging arguments of a call, checked before anything is sent; PagePlan says which
page to ask for next and when the pull is over; PageWalk keeps the fetches in flight in order and turns
each one's rows into the Page handed over, counted for on_progress.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, Protocol, TypeVar

from optimove_generated.operation import Operation

from optimove_client._config import defaults as _defaults
from optimove_client.errors import ValidationError

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
        elif page_size is None:  # the largest page the function takes: the fewest calls
            default = _defaults.PAGE_SIZE
            page_size = paging.max_page_size if default is None else min(default, paging.max_page_size)
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


class _Cancellable(Protocol):
    def cancel(self) -> bool: ...


_Fetching = TypeVar("_Fetching", bound=_Cancellable)


class PageWalk(Generic[_Fetching]):
    """A pull's pages in order, without I/O: which fetches to start (up to `concurrency` in flight, in
    order), which to wait for next, and what its rows make; iterate_pages and aiterate_pages do the I/O."""

    def __init__(self, options: PagingOptions, start: Callable[[PageRequest], _Fetching]) -> None:
        self._options, self._start = options, start
        self._plan, self._tally = PagePlan(options), _Tally()
        self._over = False
        self.pending: list[tuple[PageRequest, _Fetching]] = []

    def next(self) -> tuple[PageRequest, _Fetching] | None:
        """The oldest fetch in flight, once as many as the pull allows were started; None when it is over."""
        if self._over:
            return None
        while len(self.pending) < self._options.concurrency:
            request = self._plan.next_request()
            if request is None:
                break
            self.pending.append((request, self._start(request)))
        return self.pending.pop(0) if self.pending else None

    def page(self, request: PageRequest, rows: Sequence[Any], waited: float) -> list[Page[Any]]:
        """The page the rows make, counted and reported; in a list that the caller empties as it hands the
        page over (no name is left holding it), empty for the empty page that ends an exact multiple of
        page_size. The pull is over after a short page: no call is made to find an empty page after it."""
        received = len(rows)
        page = Page(request.number, request.offset, self._plan.trim(request, rows))
        self._tally.report(self._options, page, waited, request.offset + received)
        self._over = self._plan.is_last(request, received)
        return [page] if received else []

    def cancel(self) -> None:
        """The fetches still in flight when the pull stops, or is closed early, are cancelled."""
        for _request, fetch in self.pending:
            fetch.cancel()
