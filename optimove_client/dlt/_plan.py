"""What a source loads (its dates, the customer attributes, the page size), checked before any call, the
keys of the date cursor's state, and when a reference table is fetched.

The loaded dates are one range, FIRST..CURSOR, kept in the state of the dates table's resource with the
attributes of the last load (ATTRIBUTES); a run loads the dates after the cursor (or from start_date) up
to GetLastDataUpdate's date, and with backfill first those before the first date loaded. Without the
cursor (cursor=False: an orchestrator's daily partitions), a run loads exactly start_date..end_date, each
of which Optimove must have finished, and the state is neither read nor moved. The source's state keeps
the day each reference table was last fetched (FETCHED_ON).
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Mapping, Sequence
from typing import Any

from optimove_client._request.attributes import AttributeNameError, join_names
from optimove_client._response.columns import RowColumns
from optimove_client.dlt._tables import LOADED, operation_of
from optimove_client.errors import ConfigurationError, OptimoveError

SOURCE_NAME = "optimove"
CURSOR = "last_date"  # the key of the date cursor in the state of the dates table's resource
# The first date loaded (the loaded dates are the range FIRST..CURSOR), and the attributes of the last load.
FIRST = "first_date"
ATTRIBUTES = "attributes"
# The UTC day each reference table was last fetched, by table, in the source's state (dlt empties the state
# of a replace resource at the start of each extract, so the tables' own states cannot keep it).
FETCHED_ON = "references_fetched_on"
_DAY = datetime.timedelta(days=1)


class DataNotReadyError(OptimoveError):
    """A load of exact dates (cursor=False) asked for a date that Optimove has not finished yet: nothing of
    the run is loaded. `last_update` is GetLastDataUpdate's answer (None: the account has no data yet)."""

    def __init__(self, first: datetime.date, last_update: datetime.date | None) -> None:
        self.date = first
        self.last_update = last_update
        done = f"its last data update is {last_update}" if last_update else "it has no data yet"
        super().__init__(f"Optimove has not finished {first} yet: {done}")


@dataclasses.dataclass(frozen=True)
class Plan:
    """What a source loads: its dates and, for customer rows, the attributes and the page size."""

    start: datetime.date
    end: datetime.date | None
    max_dates: int | None
    attributes: tuple[str, ...]
    changed: tuple[str, ...]
    page_size: int | None
    backfill: bool = False
    cursor: bool = True

    def dates(self, last_update: datetime.date | None, state: Mapping[str, Any]) -> list[datetime.date]:
        """The dates to load: after the cursor (else from start), up to the last data update (and end).
        With backfill, first the dates from start that come before the first date loaded, latest first:
        the loaded dates stay one range (FIRST..CURSOR) whichever date a run stops on. Without the
        cursor, start..end exactly, or DataNotReadyError if Optimove has not finished all of them."""
        if not self.cursor:
            return self._exact_dates(last_update)
        if last_update is None:  # the account has no data yet
            return []
        cursor = state.get(CURSOR)
        last = last_update if self.end is None else min(self.end, last_update)
        days: list[datetime.date] = []
        if cursor is not None and self.backfill:
            day = first_loaded(state) - _DAY
            while day >= self.start and (self.max_dates is None or len(days) < self.max_dates):
                days.append(day)
                day -= _DAY
        first = self.start if cursor is None else max(self.start, datetime.date.fromisoformat(cursor) + _DAY)
        while first <= last and (self.max_dates is None or len(days) < self.max_dates):
            days.append(first)
            first += _DAY
        return days

    def _exact_dates(self, last_update: datetime.date | None) -> list[datetime.date]:
        assert self.end is not None  # plan_of: cursor=False takes an end_date
        if last_update is None or last_update < self.end:
            first = self.start if last_update is None else max(self.start, last_update + _DAY)
            raise DataNotReadyError(first, last_update)
        count = (self.end - self.start).days + 1
        return [self.start + n * _DAY for n in range(min(count, self.max_dates or count))]


def first_loaded(state: Mapping[str, Any]) -> datetime.date:
    """The first date loaded; a state of an older version, which did not keep it, counts from the day after
    the cursor (a backfill loads those dates again: merged on the date, no row twice)."""
    first = state.get(FIRST)
    if first is not None:
        return datetime.date.fromisoformat(first)
    return datetime.date.fromisoformat(state[CURSOR]) + _DAY


def record_loaded(state: dict[str, Any], day: datetime.date, plan: Plan) -> None:
    """A date loaded, in the cursor's state: the range FIRST..CURSOR widened to it, and the attributes."""
    if state.get(CURSOR) is None:
        state[FIRST] = day.isoformat()
    elif FIRST in state or day < first_loaded(state):
        state[FIRST] = min(first_loaded(state), day).isoformat()
    state[CURSOR] = max(state.get(CURSOR) or day.isoformat(), day.isoformat())
    state[ATTRIBUTES] = list(plan.attributes)


def fetched_today(source_state: Mapping[str, Any], table: str, today: datetime.date) -> bool:
    """Whether a reference table was fetched on `today` (UTC) already. Each call counts against the
    account's budget, so a reference table is fetched only on its first run, when a run loads a date
    (whose rows may name actions or target groups created since), and on the first run of a day: a run
    with nothing new after one that fetched it the same day makes one call in all (GetLastDataUpdate)."""
    fetched = source_state.get(FETCHED_ON, {}).get(table)
    return fetched is not None and fetched >= today.isoformat()


def record_fetched(source_state: dict[str, Any], table: str, today: datetime.date) -> None:
    source_state.setdefault(FETCHED_ON, {})[table] = today.isoformat()


def _date(value: datetime.date | str, name: str) -> datetime.date:
    if isinstance(value, datetime.datetime):
        raise ConfigurationError(f"optimove_source: {name} must be a date, not a datetime")
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ConfigurationError(
            f"optimove_source: {name} must be a date, YYYY-MM-DD (got {value!r})"
        ) from None


def _names(names: Sequence[str], name: str, *, one_call: bool) -> tuple[str, ...]:
    """Attribute names, checked as CustomerAttributes checks them: all in one call (at most 10), or each
    in a call of its own."""
    if isinstance(names, str):
        raise ConfigurationError(f"optimove_source: {name} must be a list of attribute names, not one string")
    chosen = tuple(names)
    try:
        for group in [chosen] if one_call and chosen else [[item] for item in chosen]:
            join_names(group)
        if len(set(chosen)) != len(chosen):
            raise AttributeNameError("must not name an attribute twice")
    except AttributeNameError as error:
        raise ConfigurationError(f"optimove_source: {name} {error}") from None
    return chosen


def _largest_page() -> int | None:
    """The largest page every paging function of the source takes."""
    sizes = [paging.max_page_size for table in LOADED if (paging := operation_of(table).paging) is not None]
    return min(sizes, default=None)


def _attribute_tables_columns() -> set[str]:
    """The columns of the tables that take customer attributes: an attribute may not take their names."""
    taken: set[str] = set()
    for table in LOADED:
        operation = operation_of(table)
        if operation.attributes is not None:
            taken.update(column.name for column in table.columns)
            taken.update(RowColumns.of(operation).names)
    return taken


def plan_of(
    start_date: datetime.date | str,
    *,
    end_date: datetime.date | str | None,
    max_dates: int | None,
    attributes: Sequence[str],
    changed_attributes: Sequence[str],
    page_size: int | None,
    backfill: bool = False,
    cursor: bool = True,
) -> Plan:
    """The source's arguments checked (ConfigurationError naming the first wrong one), before any call."""
    start = _date(start_date, "start_date")
    end = None if end_date is None else _date(end_date, "end_date")
    if end is not None and end < start:
        raise ConfigurationError(f"optimove_source: end_date {end} is before start_date {start}")
    if not cursor and (end is None or backfill):
        raise ConfigurationError(
            "optimove_source: cursor=False loads the dates from start_date to end_date: give end_date"
            if end is None
            else "optimove_source: backfill goes with the date cursor, not with cursor=False"
        )
    most = _largest_page()
    if page_size is not None and (isinstance(page_size, bool) or not 1 <= page_size <= (most or page_size)):
        raise ConfigurationError(f"optimove_source: page_size must be 1 to {most:,} (got {page_size!r})")
    if max_dates is not None and (isinstance(max_dates, bool) or max_dates < 1):
        raise ConfigurationError(f"optimove_source: max_dates must be at least 1 (got {max_dates!r})")
    chosen = _names(attributes, "attributes", one_call=True)
    # Each attribute is a column of its own, beside the rows' fields and the columns the source adds.
    clash = sorted(_attribute_tables_columns().intersection(chosen))
    if clash:
        raise ConfigurationError(
            f"optimove_source: the attribute {clash[0]} has the name of a column of the source"
        )
    changed = _names(changed_attributes, "changed_attributes", one_call=False)
    return Plan(start, end, max_dates, chosen, changed, page_size, backfill, cursor)
