"""The Dagster integration against the mock Optimove served on 127.0.0.1 (a resource reaches Optimove by its
URL, as in a deployment), its assets materialized in-process into DuckDB in the test's folder."""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterator
from pathlib import Path

import dlt
import pytest

from optimove_client.dagster import OptimoveResource
from optimove_client.testing import MockOptimove
from optimove_client.testing.serve import MockServer

LAST_UPDATE = datetime.date(2024, 6, 30)  # the mock's


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """dlt and Dagster keep nothing outside the test folder; no OPTIMOVE_* variable of the machine is read."""
    monkeypatch.setenv("RUNTIME__DLTHUB_TELEMETRY", "false")
    monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt"))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster"))
    (tmp_path / "dagster").mkdir()
    for name in [name for name in os.environ if name.startswith("OPTIMOVE_")]:
        monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def mock() -> MockOptimove:
    """30 customers; no budget of the mock's own: the tests count calls, never wait for a window."""
    return MockOptimove(customers=30, rate_limits=())


@pytest.fixture
def served(mock: MockOptimove) -> Iterator[str]:
    """The mock's URL on 127.0.0.1."""
    with MockServer(mock) as server:
        yield server.base_url


@pytest.fixture
def store(tmp_path: Path) -> str:
    """The store every client of a test shares (its budget and any Login session): a SQLite file."""
    return f"sqlite:///{tmp_path / 'store.sqlite'}"


@pytest.fixture
def optimove(mock: MockOptimove, served: str, store: str) -> OptimoveResource:
    return OptimoveResource(api_key=mock.api_key, base_url=served, store=store, rate_limit="off")


@pytest.fixture
def pipeline(tmp_path: Path) -> dlt.Pipeline:
    return dlt.pipeline(
        pipeline_name="optimove",
        destination=dlt.destinations.duckdb(str(tmp_path / "warehouse.duckdb")),
        dataset_name="optimove",
        pipelines_dir=str(tmp_path / "pipelines"),
    )
