"""One .batched(...) call as it goes: each of its calls with the items it carries, its progress reports,
its summary, and the BatchError that says how far it came. No I/O: the runners send the calls."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from optimove_generated.operation import Operation
from optimove_generated.protocols import BatchProgress, BatchSummary

from optimove_client._request.batches import BatchPlan
from optimove_client._request.prepared_call import PreparedCall
from optimove_client.errors import BatchError, OptimoveError

OnBatchProgress = Callable[[BatchProgress], None]


class BatchRun:
    """What the calls of one batch answered so far: its progress reports, its summary, its error."""

    def __init__(
        self,
        operation: Operation,
        plan: BatchPlan,
        calls: list[PreparedCall],
        on_progress: OnBatchProgress | None,
    ) -> None:
        self._operation, self._plan, self._on_progress = operation, plan, on_progress
        self._results: list[Any] = []
        self.calls = zip(calls, plan.ranges, strict=True)  # each call, and the items it carries

    @contextlib.contextmanager
    def failing(self, items: range) -> Iterator[None]:
        """The error of the call that carries `items` is raised as the batch's BatchError."""
        try:
            yield
        except OptimoveError as error:
            raise self._failed(items, error) from error

    def sent(self, items: range, result: Any) -> None:
        self._results.append(result)
        if self._on_progress is not None:
            self._on_progress(BatchProgress(len(self._results), items.stop, self._plan.total))

    def _failed(self, items: range, error: OptimoveError) -> BatchError:
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
