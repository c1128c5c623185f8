"""A one-line progress display on standard error: records, pages, rate, and waits for the rate limit.

It redraws in place on a terminal ("bar"), prints a line per page where a log wants lines ("lines"),
and stays silent otherwise ("off"): piped or redirected output is never mixed with progress. A batch
(`--batched`) shows the same line in its own words: items sent of all, and the calls made.

While a call waits (for the call budget, or after a 429) the line says so and counts down, about once a
second, so that a spent hourly budget does not look like a hang; where no line is drawn, WaitLines says
each wait of a second or more in one line as it begins.
"""

from __future__ import annotations

import logging
from typing import Literal, TextIO

from optimove_generated.protocols import BatchProgress, PagingProgress

from optimove_client._config import log as _log
from optimove_client._transport.clock import SYSTEM_CLOCK, Clock
from optimove_client._transport.waiting import Wait

Mode = Literal["bar", "lines", "off"]


class ProgressDisplay:
    def __init__(
        self,
        stream: TextIO,
        mode: Mode,
        *,
        label: str = "",
        already: int = 0,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        self._stream = stream
        self._mode = mode
        self._label = label
        self._clock = clock
        self._started = clock.monotonic()
        self.already = already  # records in the file before this run (a resumed export)
        self.records = 0
        self.pages = 0
        self.rate_limit_wait = 0.0
        self.waiting: Wait | None = None  # the wait under way, until the next page (or batch call)

    def on_wait(self, wait: Wait) -> None:
        """A watcher of the client's waits (_transport.waiting.watching): count down on the line."""
        self.waiting = wait if wait.left > 0 else None
        if self._mode == "bar":
            self._draw()

    def on_progress(self, progress: PagingProgress) -> None:
        """The client's paging callback: keeps the seconds waited for the rate limit."""
        self.rate_limit_wait = progress.rate_limit_wait

    def page_written(self, records: int) -> None:
        self.waiting = None
        self.records += records
        self.pages += 1
        self._draw()

    def _draw(self) -> None:
        if self._mode == "bar":
            self._stream.write("\r" + self.line() + "\x1b[K")
            self._stream.flush()
        elif self._mode == "lines":
            self._stream.write(self.line() + "\n")
            self._stream.flush()

    @property
    def seconds(self) -> float:
        return self._clock.monotonic() - self._started

    def line(self) -> str:
        rate = self.records / self.seconds if self.seconds > 0 else 0.0
        total = self.already + self.records
        waited = f" | rate-limit wait {self.rate_limit_wait:.1f}s" if self.rate_limit_wait else ""
        label = f"{self._label}: " if self._label else ""
        line = f"{label}{total:,} records | {self.pages} pages | {rate:,.0f} records/s{waited}"
        return line + self._waiting()

    def _waiting(self) -> str:
        return f" | {self.waiting}" if self.waiting is not None else ""

    def close(self) -> None:
        if self._mode == "bar" and (self.pages or self.waiting is not None):
            self._stream.write("\n")
            self._stream.flush()


class BatchProgressDisplay(ProgressDisplay):
    """The progress of a .batched call: records are the items sent, pages the calls made."""

    total = 0  # items in all

    def on_batch(self, progress: BatchProgress) -> None:
        """The client's batch callback, after each call."""
        self.records, self.pages, self.total = progress.items, progress.calls, progress.total
        self.waiting = None
        self._draw()

    def line(self) -> str:
        rate = self.records / self.seconds if self.seconds > 0 else 0.0
        label = f"{self._label}: " if self._label else ""
        calls = f"{self.pages} call{'s' if self.pages != 1 else ''}"
        line = f"{label}{self.records:,} of {self.total:,} items sent | {calls} | {rate:,.0f} items/s"
        return line + self._waiting()


class WaitLines:
    """Where no progress line is drawn: a line as each wait of a second or more begins (an INFO line,
    unless the library's own log already shows INFO, OPTIMOVE_LOG=info, which says the same)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._last: Wait | None = None

    def __call__(self, wait: Wait) -> None:
        last, self._last = self._last, wait
        begins = (
            last is None
            or wait.left > last.left
            or (wait.operation, wait.reason)
            != (
                last.operation,
                last.reason,
            )
        )
        if not begins or wait.left < 1 or (_log.configured() and _log.logger.isEnabledFor(logging.INFO)):
            return
        self._stream.write(f"optimove: info: {wait.operation}: {wait}\n")
        self._stream.flush()
