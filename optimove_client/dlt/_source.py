"""optimove_source: the daily job (reference tables, then each execution date's campaigns, their actions and
customers, and attribute changers) as a dlt source whose resources call Optimove through one client.

Every call goes through an `Optimove`: its authentication, the account's budget in its store, its retries,
lazy paging and customer attributes. Nothing here speaks HTTP, and nothing names a function: the tables
and how each is loaded are the spec's (x-optimove-load, read in _tables.py; the resources in _resources.py).

The date cursor is the state of the dates table's resource (loaded_dates), the parent of every per-date
table: its generator lists the dates after the last one loaded (or from start_date) up to
GetLastDataUpdate's date and yields them one at a time; the per-date tables are its transformers (and
theirs). dlt commits a resource's state with the load package of the extract that changed it, and an
extract that fails commits nothing (neither rows nor state): a run either loads all of its dates or none
of them, and the next run starts again from the first date it did not load. `load_by_date` (in _runs.py)
runs one date per extract, so that a failed backfill keeps the dates before the one that failed.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, Unpack

import dlt
import httpx
from dlt.extract import DltResource, DltSource

from optimove_client._assembly import RateLimitSetting
from optimove_client._client import Optimove
from optimove_client._config.policies import RetryPolicy
from optimove_client._response.rows import AttributeMismatch
from optimove_client._transport.clock import Clock
from optimove_client.dlt._plan import SOURCE_NAME, Plan, plan_of
from optimove_client.dlt._resources import Run, dates_resource, per_date_resource, reference_resource
from optimove_client.dlt._tables import LOADED
from optimove_client.errors import ConfigurationError


class ClientOptions(TypedDict, total=False):
    """The keyword arguments of Optimove(...), passed through as they are."""

    api_key: str | None
    username: str | None
    password: str | None
    token: str | None
    server: int | str | None
    base_url: str | None
    store: str | None
    rate_limit: RateLimitSetting
    timeout: float | httpx.Timeout | None
    max_retries: int | None
    retry: RetryPolicy | None
    transport: httpx.BaseTransport | None
    clock: Clock | None
    environ: Mapping[str, str] | None
    attribute_mismatch: AttributeMismatch


def optimove_source(
    *,
    start_date: datetime.date | str,
    end_date: datetime.date | str | None = None,
    attributes: Sequence[str] = (),
    changed_attributes: Sequence[str] = (),
    max_dates: int | None = None,
    page_size: int | None = None,
    backfill: bool = False,
    cursor: bool = True,
    client: Optimove | None = None,
    **client_options: Unpack[ClientOptions],
) -> DltSource:
    """Optimove's daily data as a dlt source: `pipeline.run(optimove_source(start_date=..., api_key=...))`.

    Reference tables (actions, target_groups, lifecycle_stages, microsegments, value_segments,
    customer_attribute_list, channels) are replaced on their first run, on each run that loads a date, and
    on the first run of a day (UTC); a run with nothing new after that makes one call in all,
    GetLastDataUpdate, and leaves them as they are. Per execution date, from start_date (or the
    day after the last date loaded) up to GetLastDataUpdate's date (and end_date, and at most max_dates
    dates): loaded_dates, executed_campaigns, campaign_details, target_group_actions, action_customers (with
    `attributes` as columns of their own) and, for each name of `changed_attributes`, attribute_changers.
    Per-date tables are merged on their primary keys, a date's rows replacing what an earlier load of that
    date left (merge key: the date), so a date loaded twice never duplicates a row. A start_date before the
    first date loaded loads nothing before it, unless backfill=True: then those dates are loaded (latest
    first) before the new ones. cursor=False loads exactly the dates from start_date to end_date, whatever
    was loaded before, and neither reads nor moves the date cursor: for daily partitions of an orchestrator
    (Dagster), where a date may be loaded again on demand. Every date must be one Optimove has finished:
    a later one fails the run with DataNotReadyError, and nothing of the run is loaded.

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
        cursor=cursor,
    )
    settings: dict[str, Any] = dict(client_options)
    if client is not None:
        given = sorted(name for name, value in settings.items() if value is not None)
        if given:
            raise ConfigurationError(
                f"optimove_source: give client= or the settings of one ({', '.join(given)}), not both"
            )
        return _build(client, plan)[0]
    opt = Optimove(**settings)
    # Closed once no source refers to it: dlt's with_resources() and clone() make copies that outlive the
    # source they came from.
    opt._close_when_collected()
    return _build(opt, plan)[0]


def _build(opt: Optimove, plan: Plan, run: Run | None = None) -> tuple[DltSource, Run]:
    """The source, and the Run its resources share (load_by_date gives one that knows what it asked)."""
    run = run or Run()
    source = _optimove(opt, plan, run)
    return source, run


# The source's only arguments have no default: dlt injects configuration into arguments that have one, and
# its lookup ends at the bare key (an environment variable USERNAME or TOKEN would become a credential).
# A resource per table, parents first; a table loaded per changed attribute only when some are asked for,
# and a per-date table only with its parent.
@dlt.source(name=SOURCE_NAME, max_table_nesting=0)
def _optimove(opt: Optimove, plan: Plan, run: Run) -> list[DltResource]:
    made: dict[str, DltResource] = {}
    for table in LOADED:
        parent = made.get(table.parent or "")
        if table.kind == "reference":
            made[table.name] = reference_resource(opt, table, plan, run)
        elif table.kind == "dates":
            made[table.name] = dates_resource(opt, table, plan, run)
        elif parent is not None and (table.per_changed_attribute is None or plan.changed):
            made[table.name] = per_date_resource(opt, table, plan, run, parent)
    return list(made.values())
