"""OptimoveLoadOperator: the dlt source into DuckDB, up to the run's date, the dates a missed run left
included; and what it refuses before any call."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pendulum
import pytest
from airflow.providers.common.compat.sdk import AirflowFailException
from airflow.sdk import DAG

from optimove_client.airflow import OptimoveLoadOperator
from optimove_client.testing import MockOptimove

pytestmark = pytest.mark.usefixtures("connection")


@pytest.fixture
def warehouse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "warehouse.duckdb"
    monkeypatch.setenv("DESTINATION__DUCKDB__CREDENTIALS", str(path))
    return path


def _context(logical: pendulum.DateTime) -> dict[str, Any]:
    return {"logical_date": logical, "dag": DAG("optimove_test", schedule=None, start_date=logical)}


def _load(tmp_path: Path, **options: Any) -> OptimoveLoadOperator:
    return OptimoveLoadOperator(
        task_id="load", destination="duckdb", pipelines_dir=str(tmp_path / "pipelines"), **options
    )


def test_each_run_loads_the_dates_after_the_last_one_up_to_its_own(tmp_path: Path, warehouse: Path) -> None:
    first = _load(tmp_path, attributes=["Alias"]).execute(_context(pendulum.datetime(2024, 6, 29, 7)))
    assert first["dates"] == ["2024-06-28"]
    # The run of the 30th was missed: the run of July 1st loads its date and the one before.
    second = _load(tmp_path, attributes=["Alias"]).execute(_context(pendulum.datetime(2024, 7, 1, 7)))
    assert second["dates"] == ["2024-06-29", "2024-06-30"]
    assert second["customers"] == second["rows"]["action_customers"] == 500  # two actions, 250 customers
    with duckdb.connect(str(warehouse), read_only=True) as db:
        loaded = db.sql("select date from optimove.loaded_dates order by date").fetchall()
        customers = db.sql(
            "select execution_date, count(*), count(alias) from optimove.action_customers group by 1"
        ).fetchall()
    assert [str(day) for (day,) in loaded] == ["2024-06-28", "2024-06-29", "2024-06-30"]
    by_date = {str(day): (rows, aliases) for day, rows, aliases in customers}
    assert by_date == {"2024-06-28": (first["customers"],) * 2, "2024-06-30": (500, 500)}


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"attributes": ["Alias", "Alias"]}, "attributes must not name an attribute twice"),
        ({"page_size": 0}, "page_size must be 1 to"),
        ({"date": "30.06.2024"}, "date must be a date YYYY-MM-DD"),
        ({"first_date": "soon"}, "first_date must be a date YYYY-MM-DD"),
        ({"destination": None}, "no destination: give destination= (duckdb, postgres, bigquery, ...)"),
    ],
)
def test_a_mistake_fails_the_task_without_retries_before_any_call(
    tmp_path: Path, warehouse: Path, mock: MockOptimove, options: dict[str, Any], message: str
) -> None:
    options = {"destination": "duckdb", **options}
    operator = OptimoveLoadOperator(task_id="load", pipelines_dir=str(tmp_path / "pipelines"), **options)
    with pytest.raises(AirflowFailException) as failed:
        operator.execute(_context(pendulum.datetime(2024, 7, 1, 7)))
    assert message in str(failed.value)
    assert mock.counters()["calls"]["total"] == 0
