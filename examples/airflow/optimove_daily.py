"""The daily Optimove job in Airflow 3: wait until Optimove has finished yesterday, then export one campaign
action's customers to a Parquet file and load the day into a warehouse with dlt.

Set up the connection `optimove_default` once (the API key in the password, the server number as the host,
and a store every worker reaches, so that all tasks share the account's call budget and Login session):

    airflow connections add optimove_default --conn-type optimove --conn-host 5 \
        --conn-password "$OPTIMOVE_API_KEY" --conn-extra '{"store": "redis://cache:6379/0"}'

The Airflow Variable optimove_export_dir says where the files go: a local folder, or an object store such
as s3://bucket/optimove (with storage_conn_id= naming its Airflow connection, if not the default). The load's
destination and its credentials are dlt's configuration (.dlt/secrets.toml, or variables such as
DESTINATION__DUCKDB__CREDENTIALS); put "bigquery", "snowflake" or "postgres" in place of "duckdb".
"""

from __future__ import annotations

import pendulum
from airflow.sdk import dag

from optimove_client.airflow import OptimoveDataReadySensor, OptimoveExportOperator, OptimoveLoadOperator

# The day a run is about: the day before its logical date (what the sensor waits for by default).
DAY = "{{ macros.ds_add(ds, -1) }}"


@dag(
    schedule="0 7 * * *",
    start_date=pendulum.datetime(2024, 6, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,  # one dlt pipeline: its dates are loaded in order
    default_args={"retries": 2, "retry_delay": pendulum.duration(minutes=5)},
    tags=["optimove"],
)
def optimove_daily() -> None:
    ready = OptimoveDataReadySensor(
        task_id="wait_for_optimove",
        poke_interval=600,  # one GetLastDataUpdate call every 10 minutes
        timeout=8 * 3600,
        deferrable=True,  # the triggerer waits; no worker slot is held
    )
    export = OptimoveExportOperator(
        task_id="export_customers",
        function="GetCustomersByAction",
        parameters={"RecipientGroupID": 1, "ActionID": 12, "Date": DAY},
        attributes=["Alias", "Country"],
        path="{{ var.value.get('optimove_export_dir', '/tmp/optimove') }}/customers-" + DAY + ".parquet",
    )
    load = OptimoveLoadOperator(
        task_id="load_warehouse",
        destination="duckdb",
        dataset_name="optimove",
        attributes=["Alias", "Country"],
    )
    ready >> [export, load]


optimove_daily()
