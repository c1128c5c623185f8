"""A one-line progress display on standard error: records, pages, rate, and waits for the rate limit.

It redraws in place on a terminal ("bar"), prints a line per page where a log wants lines ("lines"),
and stays silent otherwise ("off"): piped or redirected output is never mixed with progress. A batch
(`--batched`) shows the same line in its own words: items sent of all, and the calls made.
"""

from __future__ import annotations

from typing import Literal, TextIO

from optimove_generated.protocols import BatchProgress, PagingProgress

from optimove_client._clock import SYSTEM_CLOCK, Clock

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

    def on_progress(self, progress: PagingProgress) -> None:
        """The client's paging callback: keeps the seconds waited for the rate limit."""
        self.rate_limit_wait = progress.rate_limit_wait

    def page_written(self, records: int) -> None:
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
        return f"{label}{total:,} records | {self.pages} pages | {rate:,.0f} records/s{waited}"

    def close(self) -> None:
        if self._mode == "bar" and self.pages:
            self._stream.write("\n")
            self._stream.flush()


class BatchProgressDisplay(ProgressDisplay):
    """The progress of a .batched call: records are the items sent, pages the calls made."""

    total = 0  # items in all

    def on_batch(self, progress: BatchProgress) -> None:
        """The client's batch callback, after each call."""
        self.records, self.pages, self.total = progress.items, progress.calls, progress.total
        self._draw()

    def line(self) -> str:
        rate = self.records / self.seconds if self.seconds > 0 else 0.0
        label = f"{self._label}: " if self._label else ""
        calls = f"{self.pages} call{'s' if self.pages != 1 else ''}"
        return f"{label}{self.records:,} of {self.total:,} items sent | {calls} | {rate:,.0f} items/s"
