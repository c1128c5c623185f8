"""The resources of the source, one per table, each made from its record (_tables.LOADED) alone.

- A reference table: the answer of a call without arguments, replaced when it is fetched: on its first
  run, on a run that loads a date, and on the first run of a day (_plan.fetched_today); other runs leave
  the table as it is and make no call for it.
- The dates table: its generator lists the dates the plan loads and yields them one at a time, each with
  the function's answer (the last data update), and moves the date cursor in its resource's state (unless
  the plan loads exact dates, without the cursor).
- A per-date table: a transformer of its parent's rows. Each row gives the arguments of a call (the
  parent's columns its record names; with per_changed_attribute, once per changed attribute asked for),
  each distinct set called once in a run; the answer's items are dicts in Optimove's field names, a paging
  function's rows Arrow record batches, both after the table's own columns (the values of parameters).
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import dlt
from dlt.extract import DltResource
from optimove_generated.load_table import LoadTable

from optimove_client._client import Optimove
from optimove_client._response import arrow as _arrow
from optimove_client.dlt._plan import Plan, fetched_today, record_fetched, record_loaded
from optimove_client.dlt._schema import column, columns_of, model_columns, record, row_columns
from optimove_client.dlt._tables import DATES, DATES_TABLE, function_of, keywords, operation_of

# A per-date table's transformer: its parent's rows (one, or a list) in, its rows out.
Transform = Callable[[Any], Iterator[Any]]


@dataclasses.dataclass
class Run:
    """What one extract of a source has seen: the last data update and the dates it loads (worked out once,
    by whichever resource asks first), the dates it began, and the calls of each table (a call is made once
    per run: a campaign executed on two of its dates has its details loaded once). load_by_date hands the
    last data update and the calls made on to the run of its next date, so that neither is made again."""

    known_update: tuple[datetime.date | None] | None = None  # GetLastDataUpdate's answer, if already had
    calls: dict[str, set[tuple[Any, ...]]] = dataclasses.field(default_factory=dict)
    dates: list[datetime.date] = dataclasses.field(default_factory=list)
    last_update: datetime.date | None = None
    _extract: object = None  # the source state of the extract `pending` was worked out for
    _pending: list[datetime.date] = dataclasses.field(default_factory=list)

    def pending(
        self, plan: Plan, last_data_update: Callable[[], datetime.date | None]
    ) -> list[datetime.date]:
        """The dates this extract loads, from the date cursor as the extract found it: one GetLastDataUpdate
        call per extract (none when known_update has it), whichever of the dates table and the reference
        tables asks first. The same source run again is a new extract, worked out afresh."""
        extract = dlt.current.source_state()  # a new dict each extract (held here: no later one has its id)
        if self._extract is not extract:
            if self._extract is not None:
                self.dates.clear()
                self.calls.clear()
                self.known_update = None
            self._extract = extract
            known = self.known_update
            self.last_update = known[0] if known is not None else last_data_update()
            self._pending = plan.dates(self.last_update, dlt.current.resource_state(DATES))
        return self._pending

    def first_call(self, table: LoadTable, arguments: Mapping[str, Any]) -> bool:
        """Whether the run has not yet called the table's function with these arguments (and now has)."""
        made = self.calls.setdefault(table.name, set())
        key = tuple(arguments.values())
        if key in made:
            return False
        made.add(key)
        return True


def _items(data: Any) -> list[dict[str, Any]]:
    """A transformer's input: one item, or a list of them."""
    return data if isinstance(data, list) else [data]


def _utc_day(opt: Optimove) -> datetime.date:
    """Today (UTC) on the client's clock (a test's clock moves it)."""
    return datetime.datetime.fromtimestamp(opt._settings.clock.wall(), datetime.UTC).date()


def _current_resource() -> DltResource:
    """The resource being extracted, as the extracted source holds it (with_resources copies resources)."""
    resource: DltResource = dlt.current.source().resources[dlt.current.resource_name()]
    return resource


def reference_resource(opt: Optimove, table: LoadTable, plan: Plan, run: Run) -> DltResource:
    operation = operation_of(table)
    fetch = function_of(opt, table)
    last_data_update = function_of(opt, DATES_TABLE)

    def loads_a_date() -> bool:
        return DATES in dlt.current.source().selected_resources and bool(run.pending(plan, last_data_update))

    def rows() -> Iterator[list[dict[str, Any]]]:
        state, today = dlt.current.source_state(), _utc_day(opt)
        if fetched_today(state, table.name, today) and not loads_a_date():
            # dlt empties the table of a replace resource that yields nothing (as an empty answer should):
            # this extract leaves it as it is instead, an append of nothing.
            _current_resource().apply_hints(write_disposition="append")
            return
        _current_resource().apply_hints(write_disposition="replace")  # this source may have skipped it before
        items = [record(operation, item) for item in fetch()]
        # Committed with this extract's load package only: a failed extract leaves the day as it was.
        record_fetched(state, table.name, today)
        if items:
            yield items

    return dlt.resource(
        rows,
        name=table.name,
        primary_key=list(table.primary_key),
        write_disposition="replace",
        columns=columns_of(model_columns(operation)),
    )


def dates_resource(opt: Optimove, table: LoadTable, plan: Plan, run: Run) -> DltResource:
    last_data_update = function_of(opt, table)
    date, answer = table.primary_key[0], table.answer_column
    if answer is None:
        raise TypeError(f"the dates table {table.name} has no answer_column")

    def loaded_dates() -> Iterator[dict[str, Any]]:
        state = dlt.current.resource_state(table.name)
        for day in run.pending(plan, last_data_update):
            run.dates.append(day)
            yield {date: day, answer: run.last_update}
            # Committed with this extract's load package only: a failed extract leaves the cursor as it was.
            if plan.cursor:
                record_loaded(state, day, plan)

    return dlt.resource(
        loaded_dates,
        name=table.name,
        primary_key=date,
        write_disposition="merge",
        columns=columns_of([column(date, "date", nullable=False), column(answer, "date", nullable=False)]),
    )


def _calls(table: LoadTable, plan: Plan, run: Run, data: Any) -> Iterator[dict[str, Any]]:
    """The arguments (by Optimove's names) of each call the parent's rows ask for, each set once a run."""
    each = table.per_changed_attribute
    for item in _items(data):
        given = {parameter: item[name] for parameter, name in table.arguments}
        for arguments in [given] if each is None else [{**given, each: name} for name in plan.changed]:
            if run.first_call(table, arguments):
                yield arguments


def per_date_resource(
    opt: Optimove, table: LoadTable, plan: Plan, run: Run, parent: DltResource
) -> DltResource:
    operation = operation_of(table)
    own = [column(c.name, c.kind, nullable=False) for c in table.columns]
    if operation.result.kind == "rows":
        fields = row_columns(operation, plan.attributes, never_null={name for name, _ in table.fill})
        load = _batches(opt, table, plan, run)
    else:
        fields = model_columns(operation)
        load = _records(opt, table, plan, run)
    return dlt.transformer(
        load,
        data_from=parent,
        name=table.name,
        primary_key=list(table.primary_key),
        merge_key=list(table.merge_key),
        write_disposition="merge",
        columns=columns_of([*own, *fields]),
    )


def _records(opt: Optimove, table: LoadTable, plan: Plan, run: Run) -> Transform:
    """A list or object function's answers, as dicts after the table's own columns."""
    operation = operation_of(table)
    function = function_of(opt, table)
    if operation.result.kind not in ("list", "object"):
        raise TypeError(f"{table.name}: {operation.operation_id} answers no rows, list or object")

    def records(data: Any) -> Iterator[list[dict[str, Any]]]:
        loaded = []
        for arguments in _calls(table, plan, run, data):
            answer = function(**keywords(table, arguments))
            items = answer if operation.result.kind == "list" else [] if answer is None else [answer]
            own = {c.name: arguments[c.parameter] for c in table.columns}
            loaded += [{**own, **record(operation, item)} for item in items]
        if loaded:
            yield loaded

    return records


def _batches(opt: Optimove, table: LoadTable, plan: Plan, run: Run) -> Transform:
    """A paging function's rows, as Arrow record batches after the table's own columns."""
    operation = operation_of(table)
    function = function_of(opt, table)
    pa = _arrow.pyarrow()

    def batches(data: Any) -> Iterator[Any]:
        for arguments in _calls(table, plan, run, data):
            given = keywords(table, arguments)
            if operation.attributes is not None:
                given[operation.attributes.names.keyword] = list(plan.attributes) or None
            reader = function.record_batches(**given, page_size=plan.page_size)
            own = [(c.name, arguments[c.parameter], _arrow._arrow_type(pa, c.kind)) for c in table.columns]
            fill = {name: arguments[parameter] for name, parameter in table.fill}
            for batch in reader:
                yield _with_columns(batch, own, fill)

    return batches


def _with_columns(batch: Any, first: Sequence[tuple[str, Any, Any]], fill: Mapping[str, Any]) -> Any:
    """A record batch with constant columns in front (name, value, Arrow type) and the nulls of some of its
    columns filled with what the call asked for (those are key columns: never null)."""
    pa = _arrow.pyarrow()
    import pyarrow.compute as pc  # noqa: PLC0415 - with pyarrow, which _arrow imports on first use

    fields = [pa.field(name, arrow_type, nullable=False) for name, _, arrow_type in first]
    arrays = [pa.array([value] * batch.num_rows, type=arrow_type) for _, value, arrow_type in first]
    for field, array in zip(batch.schema, batch.columns, strict=True):
        if field.name in fill:
            fields.append(field.with_nullable(False))
            arrays.append(pc.fill_null(array, pa.scalar(fill[field.name], type=field.type)))
        else:
            fields.append(field)
            arrays.append(array)
    return pa.RecordBatch.from_arrays(arrays, schema=pa.schema(fields))
