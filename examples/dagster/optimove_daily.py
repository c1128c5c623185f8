"""Optimove's daily data in Dagster: the dlt source's tables as daily partitioned assets, each day loaded as
soon as Optimove has finished it.

    pip install 'optimove-client[dagster]' dagster-webserver
    export OPTIMOVE_API_KEY=... OPTIMOVE_BASE_URL=https://api5.optimove.net OPTIMOVE_STORE=redis://cache:6379/0
    dagster dev -f examples/dagster/optimove_daily.py

Or against the bundled mock, with no account: `optimove mock serve --port 8080`, then
OPTIMOVE_API_KEY=mock-api-key, OPTIMOVE_BASE_URL=http://127.0.0.1:8080 and
OPTIMOVE_STORE=sqlite:///optimove-store.sqlite.

Turn the sensor on in the UI (or start with DefaultSensorStatus.RUNNING): every 10 minutes it asks Optimove
for its last data update, one call, and requests a run for each day Optimove has finished. A day materialized
again replaces its rows; earlier days are a backfill from the UI (one run for the range). Keep these runs one
at a time, as they load one dataset: `dagster instance concurrency set optimove 1` (the assets' pool).

The destination is dlt's: put "bigquery", "snowflake" or "postgres" in place of "duckdb", with its credentials
in dlt's configuration (.dlt/secrets.toml, or variables such as DESTINATION__POSTGRES__CREDENTIALS).
"""

import dagster as dg
import dlt
from dagster_dlt import DagsterDltResource

from optimove_client.dagster import OptimoveResource, optimove_data_ready_sensor, optimove_dlt_assets

daily = dg.DailyPartitionsDefinition(start_date="2024-06-01")

optimove_assets = optimove_dlt_assets(
    partitions_def=daily,
    pipeline=dlt.pipeline(pipeline_name="optimove_pipeline", destination="duckdb", dataset_name="optimove"),
    attributes=["Alias", "Country"],
)
optimove_daily = dg.define_asset_job("optimove_daily", selection=[optimove_assets])

defs = dg.Definitions(
    assets=[optimove_assets],
    jobs=[optimove_daily],
    sensors=[optimove_data_ready_sensor(job=optimove_daily, partitions_def=daily)],
    resources={
        "optimove": OptimoveResource(
            api_key=dg.EnvVar("OPTIMOVE_API_KEY"),
            base_url=dg.EnvVar("OPTIMOVE_BASE_URL"),  # https://api5.optimove.net for server 5
            store=dg.EnvVar("OPTIMOVE_STORE"),  # every run and the sensor share one budget and one Login
        ),
        "dlt": DagsterDltResource(),
    },
)
