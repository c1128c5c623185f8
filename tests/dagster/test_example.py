"""examples/dagster/optimove_daily.py, the Definitions the README shows: loaded and validated as Dagster loads
a code location, a day materialized from it in-process, its sensor evaluated, and a range of days
materialized by `dagster asset materialize` in a process of its own, all against the served mock with the
variables the example reads (the secrets through EnvVar). Without Dagster, the integration names its extra."""

from __future__ import annotations

import datetime
import importlib
import os
import runpy
import subprocess
import sys
from pathlib import Path
from typing import Any

import dagster as dg
import duckdb
import pytest

from optimove_client.dagster import OptimoveResource
from optimove_client.errors import MissingExtraError
from optimove_client.testing import MockOptimove
from tests.support import readme_example
from tests.test_dlt_source import QUERIES, Expected

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "dagster" / "optimove_daily.py"
WAREHOUSE = "optimove_pipeline.duckdb"  # dlt's duckdb destination, in the working folder
PER_DATE = [name for name in QUERIES if name != "attribute_changers"]  # the example asks for no changers
API_KEY = "Jh7-example-api-key"  # the mock's: found if it ever leaks into the output


@pytest.fixture
def mock() -> MockOptimove:
    return MockOptimove(customers=30, rate_limits=(), api_keys=frozenset({API_KEY}))


def test_without_dagster_the_integration_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [name for name in sys.modules if name.startswith("optimove_client.dagster")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "dagster_dlt", None)  # as if it were not installed
    with pytest.raises(MissingExtraError) as missing:
        importlib.import_module("optimove_client.dagster")
    assert str(missing.value) == (
        "the Dagster integration needs dagster_dlt, which is not installed: "
        "pip install 'optimove-client[dagster]'"
    )


def test_the_readme_shows_the_example_as_it_is_tested() -> None:
    code = EXAMPLE.read_text(encoding="utf-8")
    assert readme_example("Dagster") == code[code.index("import dagster as dg") :]


@pytest.fixture
def variables(mock: MockOptimove, served: str, store: str) -> dict[str, str]:
    """What the example reads from the environment, for the served mock."""
    return {"OPTIMOVE_API_KEY": mock.api_key, "OPTIMOVE_BASE_URL": served, "OPTIMOVE_STORE": store}


@pytest.fixture
def defs(variables: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> dg.Definitions:
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    found: dg.Definitions = runpy.run_path(str(EXAMPLE))["defs"]
    return found


def rows(*days: str) -> dict[str, list[tuple[Any, ...]]]:
    """Each per-date table's rows of these days (campaign_details: all), from the example's DuckDB file, as a
    list: a duplicate would show."""
    wanted = {datetime.date.fromisoformat(day) for day in days}
    with duckdb.connect(WAREHOUSE, read_only=True) as warehouse:
        warehouse.execute("SET schema = 'optimove'")
        found = {name: warehouse.execute(QUERIES[name]).fetchall() for name in PER_DATE}
    return {
        name: [row for row in table if name == "campaign_details" or row[0] in wanted]
        for name, table in found.items()
    }


def expected(variables: dict[str, str], *days: str) -> dict[str, set[tuple[Any, ...]]]:
    """What the client itself reads for these days, with the example's settings."""
    optimove = OptimoveResource(
        api_key=variables["OPTIMOVE_API_KEY"],
        base_url=variables["OPTIMOVE_BASE_URL"],
        store=variables["OPTIMOVE_STORE"],
    )
    with optimove.get_client() as opt:
        found = Expected(opt, [datetime.date.fromisoformat(day) for day in days]).rows
    return {name: found[name] for name in PER_DATE}


def as_sets(loaded: dict[str, list[tuple[Any, ...]]]) -> dict[str, set[tuple[Any, ...]]]:
    for name, table in loaded.items():
        assert len(table) == len(set(table)), f"{name} has a row twice"
    return {name: set(table) for name, table in loaded.items()}


def test_the_example_loads_and_materializes_a_day(defs: dg.Definitions, variables: dict[str, str]) -> None:
    dg.Definitions.validate_loadable(defs)
    result = defs.resolve_job_def("optimove_daily").execute_in_process(partition_key="2024-06-30")
    assert result.success
    loaded = as_sets(rows("2024-06-30"))
    assert loaded == expected(variables, "2024-06-30")
    assert loaded["action_customers"]


def test_the_example_sensor_requests_the_day_optimove_has_finished(defs: dg.Definitions) -> None:
    sensor = defs.resolve_sensor_def("optimove_data_ready")
    with dg.build_sensor_context(definitions=defs, resources=defs.resources) as context:
        tick = sensor.evaluate_tick(context)
    assert [(request.run_key, request.partition_key) for request in tick.run_requests] == [
        ("2024-06-30", "2024-06-30")
    ]
    assert sensor.job_name == "optimove_daily"


def test_dagster_materializes_a_range_of_days_of_the_example_from_the_command_line(
    variables: dict[str, str], mock: MockOptimove, tmp_path: Path
) -> None:
    env = {name: value for name, value in os.environ.items() if not name.startswith("PYTEST_")}
    env.update(variables)
    command = [
        sys.executable, "-m", "dagster", "asset", "materialize", "-f", str(EXAMPLE), "--select", "*",
        "--partition-range", "2024-06-27...2024-06-28",
    ]  # fmt: skip
    done = subprocess.run(
        command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "RUN_SUCCESS" in done.stdout + done.stderr
    assert mock.calls.by_operation["GetLastDataUpdate"] == 1  # the range in one run
    days = ("2024-06-27", "2024-06-28")
    loaded = as_sets(rows(*days))
    assert loaded == expected(variables, *days)
    both = {datetime.date.fromisoformat(day) for day in days}
    assert (
        {row[0] for row in loaded["loaded_dates"]} == {row[0] for row in loaded["executed_campaigns"]} == both
    )
    assert API_KEY not in done.stdout + done.stderr
