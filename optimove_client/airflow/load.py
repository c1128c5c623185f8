"""OptimoveLoadOperator: the dlt source (optimove_client.dlt) for the run's date, into dlt's destination.

    load = OptimoveLoadOperator(task_id="load", destination="bigquery", attributes=["Alias", "Country"])

Each run loads the dates after the last one the pipeline loaded, up to the run's date (by default the day
before the logical date, as the sensor waits for it): one date on a daily schedule, and the dates a
missed run left too. The first run of a pipeline starts at `first_date` (default: the run's date). A
date already loaded is not loaded again; the reference tables are fetched with a new date, or on the first
run of a day, so a run with nothing new makes one call. Each date is a dlt run of its own (load_by_date):
a task that fails keeps the dates before the one it stopped on, and its retry continues from there.

The destination and its credentials are dlt's: `destination=` names one (duckdb, postgres, bigquery, ...),
else dlt's configuration does (DESTINATION_TYPE, or destination_type in .dlt/config.toml); credentials
come from .dlt/secrets.toml or variables such as DESTINATION__POSTGRES__CREDENTIALS. The XCom value is a
dict: the dates loaded, the rows of each table, and the customers and campaigns loaded.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any

from airflow.providers.common.compat.sdk import AirflowException, AirflowFailException
from airflow.sdk import BaseOperator

from optimove_client.airflow.connection import DEFAULT_CONN_ID
from optimove_client.airflow.dates import given_date, run_date
from optimove_client.airflow.hook import OptimoveHook
from optimove_client.errors import ConfigurationError, MissingExtraError
from optimove_client.stopping import raise_on_sigterm

_DAY = datetime.timedelta(days=1)


class OptimoveLoadOperator(BaseOperator):
    """Loads Optimove's daily data up to the run's date with the dlt source (see the module's description)."""

    template_fields = ("date", "first_date", "destination", "dataset_name", "optimove_conn_id")
    ui_color = "#e8f5e0"

    def __init__(
        self,
        *,
        date: str | datetime.date | None = None,
        first_date: str | datetime.date | None = None,
        destination: str | None = None,
        dataset_name: str = "optimove",
        pipeline_name: str = "optimove_pipeline",
        pipelines_dir: str | None = None,
        attributes: Sequence[str] = (),
        changed_attributes: Sequence[str] = (),
        page_size: int | None = None,
        backfill: bool = False,
        optimove_conn_id: str = DEFAULT_CONN_ID,
        store: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.date = date
        self.first_date = first_date
        self.destination = destination
        self.dataset_name, self.pipeline_name, self.pipelines_dir = dataset_name, pipeline_name, pipelines_dir
        self.attributes, self.changed_attributes = list(attributes), list(changed_attributes)
        self.page_size, self.backfill = page_size, backfill
        self.optimove_conn_id = optimove_conn_id
        self.store = store

    def execute(self, context: Any) -> dict[str, Any]:
        try:
            from optimove_client.dlt import DateLoadError, load_by_date  # noqa: PLC0415 - the [dlt] extra
            from optimove_client.dlt._plan import plan_of  # noqa: PLC0415

            day = run_date(context, self.date)
            pipeline = self._pipeline()
            start = self._start(pipeline, day)
            # The source's own checks (dates, attribute names, page size), before any call.
            plan_of(
                start, end_date=day, max_dates=None, attributes=self.attributes,
                changed_attributes=self.changed_attributes, page_size=self.page_size, backfill=self.backfill,
            )  # fmt: skip
            hook = OptimoveHook(self.optimove_conn_id, store=self.store)
            client = hook.get_conn()
        except (ConfigurationError, MissingExtraError) as mistake:
            raise AirflowFailException(str(mistake)) from None
        self.log.info(
            "loading the dates from %s to %s into %s", start, day, pipeline.destination.destination_name
        )
        with raise_on_sigterm(), client as opt:
            try:
                loads = load_by_date(
                    pipeline, client=opt, start_date=start, end_date=day, attributes=self.attributes,
                    changed_attributes=self.changed_attributes, page_size=self.page_size,
                    backfill=self.backfill, on_date=self._loaded,
                )  # fmt: skip
            except DateLoadError as failure:
                raise AirflowException(
                    f"{failure}; a retry continues from {failure.date or start}"
                ) from failure
        if not loads:
            self.log.info("no date to load up to %s", day)
        rows: dict[str, int] = {}
        for load in loads:
            for table, count in load.rows.items():
                rows[table] = rows.get(table, 0) + count
        return {
            "dates": [load.date.isoformat() for load in loads],
            "rows": rows,
            "customers": sum(load.customers for load in loads),
            "campaigns": sum(load.campaigns for load in loads),
        }

    def _loaded(self, done: Any) -> None:
        self.log.info("loaded %s: %s", done.date, done.rows)

    def _pipeline(self) -> Any:
        import dlt  # noqa: PLC0415 - installed: optimove_client.dlt was imported

        options: dict[str, Any] = {"destination": self.destination, "dataset_name": self.dataset_name}
        if self.pipelines_dir:  # else dlt's own folder
            options["pipelines_dir"] = self.pipelines_dir
        pipeline = dlt.pipeline(pipeline_name=self.pipeline_name, **options)
        if pipeline.destination is None:
            raise ConfigurationError(
                "no destination: give destination= (duckdb, postgres, bigquery, ...) or set dlt's "
                "destination_type (DESTINATION_TYPE, or destination_type in .dlt/config.toml)"
            )
        try:  # dlt imports a destination's package only when it first loads: here, before any call
            pipeline.destination.client_class  # noqa: B018 - the property imports the destination's client
        except ImportError as missing:
            name = pipeline.destination.destination_type.rpartition(".")[2]
            raise MissingExtraError(
                f"the destination {name} needs a package that is not installed ({missing.name}): "
                f'pip install "dlt[{name}]"'
            ) from None
        return pipeline

    def _start(self, pipeline: Any, day: datetime.date) -> datetime.date:
        """The first date to ask for: the day after the last one loaded (capped at the run's date), or
        first_date (default: the run's date) for a pipeline that has loaded none."""
        if self.first_date:
            return given_date(self.first_date, "first_date")
        from optimove_client.dlt._plan import CURSOR, SOURCE_NAME  # noqa: PLC0415
        from optimove_client.dlt._tables import DATES  # noqa: PLC0415

        pipeline.sync_destination()  # the state the destination keeps, on a worker that has none yet
        sources: Any = pipeline.state.get("sources", {})
        cursor = sources.get(SOURCE_NAME, {}).get("resources", {}).get(DATES, {}).get(CURSOR)
        return day if cursor is None else min(datetime.date.fromisoformat(cursor) + _DAY, day)
