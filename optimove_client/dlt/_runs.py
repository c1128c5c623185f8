"""load_by_date: the pending dates loaded one extract (one dlt load package) per date.

A plain `pipeline.run(optimove_source(...))` loads all the dates it finds in one load package: a failure
on any date loads nothing of that run. Here each date is a run of its own, with its state, so a backfill
of many dates that fails on one keeps the dates before it, and the next run starts at the date it stopped
on. The reference tables go with the first date's run (or alone, when none is pending and they are due).

Every call counts against the account's budget, so no call is made twice: GetLastDataUpdate is asked once
(by the first run; the next ones are given its answer, and the dates pending are worked out from the
pipeline's state without a run), and a call one date's run made (a campaign's details) is not made again by
the next one's. A load with nothing new makes one call; one new date, the fewest its tables need.
"""

from __future__ import annotations

import dataclasses
import datetime
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from dlt import Pipeline

from optimove_client._client import Optimove
from optimove_client.dlt._plan import SOURCE_NAME, plan_of
from optimove_client.dlt._resources import Run
from optimove_client.dlt._source import _build
from optimove_client.dlt._tables import DATES, PER_DATE
from optimove_client.errors import OptimoveError

_Error = TypeVar("_Error", bound=BaseException)


@dataclasses.dataclass(frozen=True)
class DateLoad:
    """One date that load_by_date loaded: the rows of each table it loaded, and the seconds it took."""

    date: datetime.date
    rows: Mapping[str, int]
    seconds: float

    @property
    def campaigns(self) -> int:
        return self.rows.get("executed_campaigns", 0)

    @property
    def customers(self) -> int:
        return self.rows.get("action_customers", 0)


class DateLoadError(Exception):
    """load_by_date stopped on a date (None: before it knew of one). The dates in `loaded` were loaded
    before it and stay loaded; the next run starts at `date`. The error is the __cause__, and `error` is
    the client's error under it, if Optimove's answer (or the account's store) was what failed."""

    def __init__(self, date: datetime.date | None, loaded: Sequence[DateLoad], cause: BaseException) -> None:
        self.date = date
        self.loaded = tuple(loaded)
        self.error = error_under(cause, OptimoveError)
        where = f"on {date}" if date is not None else "before the first date"
        super().__init__(f"the load stopped {where}: {self.error or cause}")


def error_under(error: BaseException | None, kind: type[_Error]) -> _Error | None:
    """The error of that kind under dlt's wrappers (PipelineStepFailed, ResourceExtractionError), if any:
    the client's own (OptimoveError), or DataNotReadyError."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, kind):
            return error
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return None


def loaded_state(pipeline: Pipeline) -> dict[str, Any]:
    """The date cursor's state as the pipeline last left it: FIRST..CURSOR loaded, with ATTRIBUTES."""
    sources: Any = pipeline.state.get("sources", {})
    state: dict[str, Any] = sources.get(SOURCE_NAME, {}).get("resources", {}).get(DATES, {})
    return state


def load_by_date(
    pipeline: Pipeline,
    *,
    client: Optimove,
    start_date: datetime.date | str,
    end_date: datetime.date | str | None = None,
    attributes: Sequence[str] = (),
    changed_attributes: Sequence[str] = (),
    page_size: int | None = None,
    backfill: bool = False,
    on_date: Callable[[DateLoad], None] | None = None,
) -> list[DateLoad]:
    """Run `pipeline` once per pending date (optimove_source's arguments, through `client`), in order, until
    none is left; returns what each run loaded. A load package that an earlier run left unloaded is loaded
    first. on_date is called after each date. A failure raises DateLoadError, naming the date that was not
    loaded; the dates before it are loaded. backfill: first the dates from start_date before the first date
    loaded, latest first (a run that stops keeps the loaded dates one range: the same call continues)."""
    plan = plan_of(
        start_date,
        end_date=end_date,
        max_dates=1,
        attributes=attributes,
        changed_attributes=changed_attributes,
        page_size=page_size,
        backfill=backfill,
    )
    loads: list[DateLoad] = []
    if pipeline.has_pending_data:
        # A run that stopped after its extract left a load package: dlt loads it (its date and state) and
        # extracts nothing else in that run.
        try:
            pipeline.run()
        except Exception as error:
            raise DateLoadError(None, loads, error) from error
    run = Run()
    while True:
        source, run = _build(client, plan, run)
        if loads:
            source = source.with_resources(*(name for name in PER_DATE if name in source.resources))
        started = time.monotonic()
        try:
            pipeline.run(source)
        except Exception as error:
            raise DateLoadError(run.dates[0] if run.dates else None, loads, error) from error
        if not run.dates:
            return loads
        day = run.dates[0]
        if any(load.date == day for load in loads):  # the state did not move: never loop on one date
            raise RuntimeError(f"the date cursor stayed at {day}")
        trace = pipeline.last_trace
        normalized = trace.last_normalize_info if trace is not None else None
        counts = normalized.row_counts if normalized is not None else {}
        rows = {table: count for table, count in counts.items() if not table.startswith("_dlt")}
        load = DateLoad(day, rows, time.monotonic() - started)
        loads.append(load)
        if on_date is not None:
            on_date(load)
        if not plan.dates(run.last_update, loaded_state(pipeline)):
            return loads  # known without a run, and without asking GetLastDataUpdate again
        run = Run(known_update=(run.last_update,), calls=run.calls)
