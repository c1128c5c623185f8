"""optimove_dlt_assets: the dlt source's tables as daily partitioned Dagster assets, through dagster-dlt.

    daily = DailyPartitionsDefinition(start_date="2024-06-01")
    optimove_assets = optimove_dlt_assets(
        partitions_def=daily,
        pipeline=dlt.pipeline(pipeline_name="optimove", destination="duckdb", dataset_name="optimove"),
        attributes=["Alias", "Country"],
    )

One asset per table (dlt_optimove_<table>), all materialized by one step that runs the source for the
run's days: a partition is one Optimove date, and a single-run backfill (dagster-dlt's default for daily
partitions) the range of its partitions, loaded in one dlt run. The dates are loaded exactly, without
the source's date cursor (cursor=False): a partition materialized again replaces that date's rows
(merged on the date), so no row is ever loaded twice, and partitions may be materialized in any order.
A day Optimove has not finished fails the run, and nothing of it is loaded (the sensor of sensor.py
requests only finished days). The reference tables are refreshed by every run.

The step takes two resources: `optimove` (an OptimoveResource: credentials, server, store) and `dlt` (a
DagsterDltResource). Runs of these assets share the destination's dataset: keep them one at a time with
their pool (`pool`, "optimove" by default, given a limit of 1 in the Dagster instance), as dlt's merge of
one dataset is not made for two loads at once.
"""

# No `from __future__ import annotations`: Dagster reads the step's annotations as classes (the context's, the
# resources' by their types).

import datetime
from collections.abc import Iterator, Sequence
from typing import Any

from dagster import AssetExecutionContext, AssetsDefinition, Failure, PartitionsDefinition
from dagster_dlt import DagsterDltResource, DagsterDltTranslator, dlt_assets
from dlt import Pipeline
from dlt.extract import DltSource

from optimove_client._client import Optimove
from optimove_client.dagster.days import daily, first_and_last
from optimove_client.dagster.lineage import OptimoveDltTranslator
from optimove_client.dagster.resource import OptimoveResource
from optimove_client.dlt import DataNotReadyError, optimove_source
from optimove_client.dlt._runs import error_under


def optimove_dlt_assets(
    *,
    partitions_def: PartitionsDefinition,
    pipeline: Pipeline,
    attributes: Sequence[str] = (),
    changed_attributes: Sequence[str] = (),
    page_size: int | None = None,
    name: str = "optimove",
    group_name: str | None = "optimove",
    pool: str | None = "optimove",
    translator: DagsterDltTranslator | None = None,
) -> AssetsDefinition:
    """The daily partitioned assets of the dlt source's tables (see the module's description).

    partitions_def: daily partitions, one per Optimove date. pipeline: the dlt pipeline (its destination
    and dataset). attributes, changed_attributes, page_size: optimove_source's, checked here. name: the
    step's. pool: the concurrency pool of the step (give it a limit of 1). translator: dagster-dlt's, for
    other asset keys or metadata (by default each table depends on its parent table's asset).
    """
    days = daily(partitions_def, "optimove_dlt_assets")
    tables = _tables_source(attributes, changed_attributes, page_size)

    @dlt_assets(
        dlt_source=tables,
        dlt_pipeline=pipeline,
        name=name,
        group_name=group_name,
        partitions_def=days,
        pool=pool,
        dagster_dlt_translator=translator or OptimoveDltTranslator(tables),
    )
    def _load(
        context: AssetExecutionContext, dlt: DagsterDltResource, optimove: OptimoveResource
    ) -> Iterator[Any]:
        first, last = first_and_last(days, context.partition_keys)
        context.log.info(f"loading Optimove's dates {first} to {last} with {optimove}")
        with optimove.get_client() as opt:
            source = optimove_source(
                start_date=first, end_date=last, cursor=False, attributes=attributes,
                changed_attributes=changed_attributes, page_size=page_size, client=opt,
            )  # fmt: skip
            try:
                yield from dlt.run(context=context, dlt_source=source).fetch_row_count()
            except Exception as error:
                not_ready = error_under(error, DataNotReadyError)
                if not_ready is None:
                    raise
                # The run's own words on top, rather than dlt's pipeline step that carries them.
                span = str(first) if first == last else f"{first} to {last}"
                raise Failure(description=f"{not_ready}: nothing of {span} was loaded") from error

    return _load


def _tables_source(attributes: Sequence[str], changed: Sequence[str], page_size: int | None) -> DltSource:
    """The source the assets are defined from: its resources name the assets (the tables a run loads, with
    the attributes' columns); its arguments are checked here, when the definitions load. Its client is
    closed before it is used: nothing it could call would go out (each run makes a source of its own)."""
    unused = Optimove(api_key="definitions-only", base_url="http://127.0.0.1", store="memory://", environ={})
    unused.close()
    day = datetime.date(2000, 1, 1)
    return optimove_source(
        start_date=day, end_date=day, cursor=False, attributes=attributes, changed_attributes=changed,
        page_size=page_size, client=unused,
    )  # fmt: skip
