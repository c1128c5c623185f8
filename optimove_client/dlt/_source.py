"""optimove_source: the daily job (reference tables, then each execution date's campaigns, their actions and
customers, and attribute changers) as a dlt source whose resources call Optimove through one client.

Every call goes through an `Optimove`: its authentication, the account's budget in its store, its retries,
lazy paging and customer attributes. Nothing here speaks HTTP.

The date cursor is the state of the `loaded_dates` resource, the parent of every per-date table: its
generator lists the dates after the last one loaded (or from start_date) up to GetLastDataUpdate's date and
yields them one at a time; the per-date tables are its transformers. dlt commits a resource's state with the
load package of the extract that changed it, and an extract that fails commits nothing (neither rows nor
state): a run either loads all of its dates or none of them, and the next run starts again from the first
date it did not load. `load_by_date` (in _runs.py) runs one date per extract, so that a failed backfill
keeps the dates before the one that failed.
"""

from __future__ import annotations

import dataclasses
import datetime
import weakref
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, TypedDict, Unpack

import dlt
import httpx
from dlt.extract import DltResource, DltSource
from optimove_generated import operations
from optimove_generated.operation import Operation

from optimove_client import _arrow
from optimove_client._attributes import AttributeNameError, join_names
from optimove_client._client import Optimove
from optimove_client._clock import Clock
from optimove_client._columns import RowColumns
from optimove_client._policies import RetryPolicy
from optimove_client._rows import AttributeMismatch
from optimove_client._settings import RateLimitSetting
from optimove_client.dlt._schema import (
    column,
    columns_of,
    model_columns,
    record,
    row_columns,
)
from optimove_client.errors import ConfigurationError

SOURCE_NAME = "optimove"
DATES = "loaded_dates"
CURSOR = "last_date"  # the key of the date cursor in the state of the loaded_dates resource
# The first date loaded (the loaded dates are the range FIRST..CURSOR), and the attributes of the last load.
FIRST = "first_date"
ATTRIBUTES = "attributes"
_DAY = datetime.timedelta(days=1)


class ClientOptions(TypedDict, total=False):
    """The other keyword arguments of Optimove(...), passed through as they are."""

    timeout: float | httpx.Timeout | None
    max_retries: int | None
    retry: RetryPolicy | None
    transport: httpx.BaseTransport | None
    clock: Clock | None
    environ: Mapping[str, str] | None
    attribute_mismatch: AttributeMismatch


@dataclasses.dataclass(frozen=True)
class Table:
    """One table of the source: its name, its primary key, and what it holds (for the README and the CLI)."""

    name: str
    primary_key: tuple[str, ...]
    function: str  # the Optimove function it comes from
    per_date: bool


# The reference lists, loaded whole each run: each is the answer of one function that takes no argument.
_REFERENCE: tuple[Table, ...] = (
    Table("actions", ("ActionID",), "GetAllActions", per_date=False),
    Table("target_groups", ("TargetGroupID",), "GetTargetGroupDetails", per_date=False),
    Table("lifecycle_stages", ("StageID",), "GetLifecycleStageList", per_date=False),
    Table("microsegments", ("MicrosegmentID",), "GetMicrosegmentList", per_date=False),
    Table("value_segments", ("ValueSegmentID",), "GetValueSegments", per_date=False),
    Table("customer_attribute_list", ("RealFieldName",), "GetCustomerAttributeList", per_date=False),
    Table("channels", ("ChannelID",), "GetExecutionChannels", per_date=False),
)
_OPERATIONS: Mapping[str, Operation] = {
    operation.operation_id: operation for operation in operations.OPERATIONS
}

LOADED_DATES = Table(DATES, ("Date",), "GetLastDataUpdate", per_date=True)
EXECUTED_CAMPAIGNS = Table(
    "executed_campaigns", ("ExecutionDate", "CampaignID"), "GetExecutedCampaignDetails", per_date=True
)
CAMPAIGN_DETAILS = Table("campaign_details", ("CampaignID",), "GetCampaignDetails", per_date=True)
TARGET_GROUP_ACTIONS = Table(
    "target_group_actions",
    ("ExecutionDate", "TargetGroupID", "RecipientGroupID", "ActionID"),
    "GetActionsByTargetGroup",
    per_date=True,
)
ACTION_CUSTOMERS = Table(
    "action_customers",
    ("ExecutionDate", "RecipientGroupID", "ActionID", "CustomerID"),
    "GetCustomersByAction",
    per_date=True,
)
ATTRIBUTE_CHANGERS = Table(
    "attribute_changers",
    ("ChangeDate", "ChangedAttribute", "CustomerID"),
    "GetCustomerAttributeChangers",
    per_date=True,
)
TABLES: tuple[Table, ...] = (
    *_REFERENCE,
    LOADED_DATES,
    EXECUTED_CAMPAIGNS,
    CAMPAIGN_DETAILS,
    TARGET_GROUP_ACTIONS,
    ACTION_CUSTOMERS,
    ATTRIBUTE_CHANGERS,
)
PER_DATE: tuple[str, ...] = tuple(table.name for table in TABLES if table.per_date)


@dataclasses.dataclass(frozen=True)
class _Plan:
    """What a source loads: its dates and, for customer rows, the attributes and the page size."""

    start: datetime.date
    end: datetime.date | None
    max_dates: int | None
    attributes: tuple[str, ...]
    changed: tuple[str, ...]
    page_size: int | None
    backfill: bool = False

    def dates(self, last_update: datetime.date | None, state: Mapping[str, Any]) -> list[datetime.date]:
        """The dates to load: after the cursor (else from start), up to the last data update (and end).
        With backfill, first the dates from start that come before the first date loaded, latest first:
        the loaded dates stay one range (FIRST..CURSOR) whichever date a run stops on."""
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


def first_loaded(state: Mapping[str, Any]) -> datetime.date:
    """The first date loaded; a state of an older version, which did not keep it, counts from the day after
    the cursor (a backfill loads those dates again: merged on the date, no row twice)."""
    first = state.get(FIRST)
    if first is not None:
        return datetime.date.fromisoformat(first)
    return datetime.date.fromisoformat(state[CURSOR]) + _DAY


@dataclasses.dataclass
class _Run:
    """What one extract of a source has seen: the dates it began, the campaigns whose details it has."""

    dates: list[datetime.date] = dataclasses.field(default_factory=list)
    campaigns: set[int] = dataclasses.field(default_factory=set)


def optimove_source(
    *,
    start_date: datetime.date | str,
    end_date: datetime.date | str | None = None,
    attributes: Sequence[str] = (),
    changed_attributes: Sequence[str] = (),
    max_dates: int | None = None,
    page_size: int | None = None,
    backfill: bool = False,
    client: Optimove | None = None,
    api_key: str | None = None,
    username: str | None = None,
    password: str | None = None,
    token: str | None = None,
    server: int | str | None = None,
    base_url: str | None = None,
    store: str | None = None,
    rate_limit: RateLimitSetting = None,
    **client_options: Unpack[ClientOptions],
) -> DltSource:
    """Optimove's daily data as a dlt source: `pipeline.run(optimove_source(start_date=..., api_key=...))`.

    Reference tables (actions, target_groups, lifecycle_stages, microsegments, value_segments,
    customer_attribute_list, channels) are replaced on each run. Per execution date, from start_date (or the
    day after the last date loaded) up to GetLastDataUpdate's date (and end_date, and at most max_dates
    dates): loaded_dates, executed_campaigns, campaign_details, target_group_actions, action_customers (with
    `attributes` as columns of their own) and, for each name of `changed_attributes`, attribute_changers.
    Per-date tables are merged on their primary keys, a date's rows replacing what an earlier load of that
    date left (merge key: the date), so a date loaded twice never duplicates a row. A start_date before the
    first date loaded loads nothing before it, unless backfill=True: then those dates are loaded (latest
    first) before the new ones.

    The credentials, server, store and rate limit are those of Optimove(...) (the OPTIMOVE_* environment
    variables too), and any other keyword argument of Optimove(...) is passed to it; or give `client=`, an
    Optimove the caller keeps open (and closes). A client made here is closed when the source is collected.
    """
    plan = plan_of(
        start_date,
        end_date=end_date,
        max_dates=max_dates,
        attributes=attributes,
        changed_attributes=changed_attributes,
        page_size=page_size,
        backfill=backfill,
    )
    settings: dict[str, Any] = {
        "api_key": api_key, "username": username, "password": password, "token": token, "server": server,
        "base_url": base_url, "store": store, "rate_limit": rate_limit, **client_options,
    }  # fmt: skip
    if client is not None:
        given = sorted(name for name, value in settings.items() if value is not None)
        if given:
            raise ConfigurationError(
                f"optimove_source: give client= or the settings of one ({', '.join(given)}), not both"
            )
        return _build(client, plan)[0]
    opt = Optimove(**settings)
    source = _build(opt, plan)[0]
    weakref.finalize(source, opt.close)
    return source


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


def plan_of(
    start_date: datetime.date | str,
    *,
    end_date: datetime.date | str | None,
    max_dates: int | None,
    attributes: Sequence[str],
    changed_attributes: Sequence[str],
    page_size: int | None,
    backfill: bool = False,
) -> _Plan:
    """The source's arguments checked (ConfigurationError naming the first wrong one), before any call."""
    start = _date(start_date, "start_date")
    end = None if end_date is None else _date(end_date, "end_date")
    if end is not None and end < start:
        raise ConfigurationError(f"optimove_source: end_date {end} is before start_date {start}")
    paging = operations.GET_CUSTOMERS_BY_ACTION.paging
    most = paging.max_page_size if paging is not None else None
    if page_size is not None and (isinstance(page_size, bool) or not 1 <= page_size <= (most or page_size)):
        raise ConfigurationError(f"optimove_source: page_size must be 1 to {most:,} (got {page_size!r})")
    if max_dates is not None and (isinstance(max_dates, bool) or max_dates < 1):
        raise ConfigurationError(f"optimove_source: max_dates must be at least 1 (got {max_dates!r})")
    chosen = _names(attributes, "attributes", one_call=True)
    # Each attribute is a column of its own, beside the rows' fields and the columns the source adds.
    taken = {"ExecutionDate", "RecipientGroupID", "ChangeDate", "ChangedAttribute"}
    for operation in (operations.GET_CUSTOMERS_BY_ACTION, operations.GET_CUSTOMER_ATTRIBUTE_CHANGERS):
        taken.update(RowColumns.of(operation).names)
    clash = sorted(taken.intersection(chosen))
    if clash:
        raise ConfigurationError(
            f"optimove_source: the attribute {clash[0]} has the name of a column of the source"
        )
    changed = _names(changed_attributes, "changed_attributes", one_call=False)
    return _Plan(start, end, max_dates, chosen, changed, page_size, backfill)


def _build(opt: Optimove, plan: _Plan) -> tuple[DltSource, _Run]:
    run = _Run()
    source = _optimove(opt, plan, run)
    return source, run


# The source's only arguments have no default: dlt injects configuration into arguments that have one, and
# its lookup ends at the bare key (an environment variable USERNAME or TOKEN would become a credential).
@dlt.source(name=SOURCE_NAME, max_table_nesting=0)
def _optimove(opt: Optimove, plan: _Plan, run: _Run) -> list[DltResource]:
    resources = [_reference_resource(opt, table) for table in _REFERENCE]
    dates = _dates_resource(opt, plan, run)
    campaigns = _campaigns_resource(opt, dates)
    actions = _actions_resource(opt, campaigns)
    resources += [
        dates,
        campaigns,
        _details_resource(opt, campaigns, run),
        actions,
        _customers_resource(opt, plan, actions),
    ]
    if plan.changed:
        resources.append(_changers_resource(opt, plan, dates))
    return resources


def _items(data: Any) -> list[dict[str, Any]]:
    """A transformer's input: one item, or a list of them."""
    return data if isinstance(data, list) else [data]


def _reference_resource(opt: Optimove, table: Table) -> DltResource:
    operation = _OPERATIONS[table.function]
    fetch = getattr(getattr(opt, operation.category), operation.name)  # opt.actions.get_all_actions

    def rows() -> Iterator[list[dict[str, Any]]]:
        items = [record(operation, item) for item in fetch()]
        if items:
            yield items

    return dlt.resource(
        rows,
        name=table.name,
        primary_key=list(table.primary_key),
        write_disposition="replace",
        columns=columns_of(model_columns(operation)),
    )


def _dates_resource(opt: Optimove, plan: _Plan, run: _Run) -> DltResource:
    def loaded_dates() -> Iterator[dict[str, Any]]:
        run.dates.clear()
        run.campaigns.clear()
        state = dlt.current.resource_state(DATES)
        last_update = opt.general.get_last_data_update()
        for day in plan.dates(last_update, state):
            run.dates.append(day)
            yield {"Date": day, "LastDataUpdate": last_update}
            # Committed with this extract's load package only: a failed extract leaves the cursor as it was.
            if state.get(CURSOR) is None:
                state[FIRST] = day.isoformat()
            elif FIRST in state or day < first_loaded(state):
                state[FIRST] = min(first_loaded(state), day).isoformat()
            state[CURSOR] = max(state.get(CURSOR) or day.isoformat(), day.isoformat())
            state[ATTRIBUTES] = list(plan.attributes)

    return dlt.resource(
        loaded_dates,
        name=DATES,
        primary_key="Date",
        write_disposition="merge",
        columns=columns_of(
            [column("Date", "date", nullable=False), column("LastDataUpdate", "date", nullable=False)]
        ),
    )


def _campaigns_resource(opt: Optimove, dates: DltResource) -> DltResource:
    operation = operations.GET_EXECUTED_CAMPAIGN_DETAILS

    def executed_campaigns(data: Any) -> Iterator[list[dict[str, Any]]]:
        for item in _items(data):
            day = item["Date"]
            campaigns = opt.actions.get_executed_campaign_details(date=day)
            rows = [{"ExecutionDate": day, **record(operation, campaign)} for campaign in campaigns]
            if rows:
                yield rows

    return dlt.transformer(
        executed_campaigns,
        data_from=dates,
        name=EXECUTED_CAMPAIGNS.name,
        primary_key=list(EXECUTED_CAMPAIGNS.primary_key),
        merge_key="ExecutionDate",
        write_disposition="merge",
        columns=columns_of([column("ExecutionDate", "date", nullable=False), *model_columns(operation)]),
    )


def _details_resource(opt: Optimove, campaigns: DltResource, run: _Run) -> DltResource:
    operation = operations.GET_CAMPAIGN_DETAILS

    def campaign_details(data: Any) -> Iterator[list[dict[str, Any]]]:
        rows = []
        for campaign in _items(data):
            campaign_id = campaign["CampaignID"]
            if campaign_id in run.campaigns:  # executed on another date of this run too
                continue
            run.campaigns.add(campaign_id)
            details = opt.actions.get_campaign_details(campaign_id=campaign_id)
            if details is not None:
                rows.append({"CampaignID": campaign_id, **record(operation, details)})
        if rows:
            yield rows

    return dlt.transformer(
        campaign_details,
        data_from=campaigns,
        name=CAMPAIGN_DETAILS.name,
        primary_key="CampaignID",
        write_disposition="merge",
        columns=columns_of([column("CampaignID", "int", nullable=False), *model_columns(operation)]),
    )


def _actions_resource(opt: Optimove, campaigns: DltResource) -> DltResource:
    operation = operations.GET_ACTIONS_BY_TARGET_GROUP

    def target_group_actions(data: Any) -> Iterator[list[dict[str, Any]]]:
        # One call per target group and date, however many of that day's campaigns share the group.
        groups = dict.fromkeys((c["ExecutionDate"], c["TargetGroupID"]) for c in _items(data))
        rows = []
        for day, group in groups:
            for action in opt.actions.get_actions_by_target_group(target_group_id=group, date=day):
                rows.append({"ExecutionDate": day, "TargetGroupID": group, **record(operation, action)})
        if rows:
            yield rows

    return dlt.transformer(
        target_group_actions,
        data_from=campaigns,
        name=TARGET_GROUP_ACTIONS.name,
        primary_key=list(TARGET_GROUP_ACTIONS.primary_key),
        merge_key="ExecutionDate",
        write_disposition="merge",
        columns=columns_of(
            [
                column("ExecutionDate", "date", nullable=False),
                column("TargetGroupID", "int", nullable=False),
                *model_columns(operation),
            ]
        ),
    )


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


def _customers_resource(opt: Optimove, plan: _Plan, actions: DltResource) -> DltResource:
    operation = operations.GET_CUSTOMERS_BY_ACTION
    pa = _arrow.pyarrow()

    def action_customers(data: Any) -> Iterator[Any]:
        # One pull per recipient group and action of a date: two target groups with the same pair get the
        # same customers (the function takes no target group).
        actions = _items(data)
        pulls = dict.fromkeys((a["ExecutionDate"], a["RecipientGroupID"], a["ActionID"]) for a in actions)
        for day, group, action in pulls:
            reader = opt.customers.get_customers_by_action.record_batches(
                recipient_group_id=group,
                action_id=action,
                date=day,
                attributes=list(plan.attributes) or None,
                page_size=plan.page_size,
            )
            keys = (("ExecutionDate", day, pa.date32()), ("RecipientGroupID", group, pa.int64()))
            for batch in reader:
                yield _with_columns(batch, keys, {"ActionID": action})

    return dlt.transformer(
        action_customers,
        data_from=actions,
        name=ACTION_CUSTOMERS.name,
        primary_key=list(ACTION_CUSTOMERS.primary_key),
        merge_key="ExecutionDate",
        write_disposition="merge",
        columns=columns_of(
            [
                column("ExecutionDate", "date", nullable=False),
                column("RecipientGroupID", "int", nullable=False),
                *row_columns(operation, plan.attributes, never_null={"ActionID"}),
            ]
        ),
    )


def _changers_resource(opt: Optimove, plan: _Plan, dates: DltResource) -> DltResource:
    operation = operations.GET_CUSTOMER_ATTRIBUTE_CHANGERS
    pa = _arrow.pyarrow()

    def attribute_changers(data: Any) -> Iterator[Any]:
        for item in _items(data):
            day = item["Date"]
            for name in plan.changed:
                # The function's dated form (StartDate and EndDate, with the older spelling of the name):
                # the changes of one date, whichever date it is, not only of the last one.
                reader = opt.customers.get_customer_attribute_changers.record_batches(
                    changed_customer_attributes=name,
                    start_date=day,
                    end_date=day,
                    attributes=list(plan.attributes) or None,
                    page_size=plan.page_size,
                )
                keys = (("ChangeDate", day, pa.date32()), ("ChangedAttribute", name, pa.string()))
                for batch in reader:
                    yield _with_columns(batch, keys, {})

    return dlt.transformer(
        attribute_changers,
        data_from=dates,
        name=ATTRIBUTE_CHANGERS.name,
        primary_key=list(ATTRIBUTE_CHANGERS.primary_key),
        merge_key=["ChangeDate", "ChangedAttribute"],
        write_disposition="merge",
        columns=columns_of(
            [
                column("ChangeDate", "date", nullable=False),
                column("ChangedAttribute", "string", nullable=False),
                *row_columns(operation, plan.attributes),
            ]
        ),
    )
