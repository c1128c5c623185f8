"""OptimoveExportOperator against the served mock: every page, the formats, a retry that continues the file,
an object store path, and arguments refused before any call."""

from __future__ import annotations

import csv
import json
import signal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pendulum
import pyarrow.parquet as pq
import pytest
from airflow.providers.common.compat.sdk import AirflowFailException
from airflow.sdk import DAG, ObjectStoragePath
from airflow.sdk.io import attach
from fsspec.implementations.memory import MemoryFileSystem

from optimove_client.airflow import OptimoveExportOperator, export_target
from optimove_client.cli.progress import ProgressDisplay
from optimove_client.cli.resume import state_path
from optimove_client.errors import ServerError
from optimove_client.stopping import Terminated
from optimove_client.testing import MockOptimove

pytestmark = pytest.mark.usefixtures("connection", "memory_store")
FUNCTION = "GetCustomersByAction"
PARAMETERS = {"RecipientGroupID": 1, "ActionID": "12", "date": "2024-06-30"}  # any case, text or not
CUSTOMERS = 250


@pytest.fixture
def memory_store() -> None:
    """memory://, an object store in this process, attached as a provider attaches s3:// or gs://."""
    attach("memory", fs=MemoryFileSystem())


def _context(run_id: str = "scheduled__2024-07-01") -> dict[str, Any]:
    dag = DAG("optimove_test", schedule=None, start_date=pendulum.datetime(2024, 1, 1))
    return {"dag": dag, "run_id": run_id, "ti": SimpleNamespace(map_index=-1)}


def _export(path: Any, **options: Any) -> OptimoveExportOperator:
    arguments = {"function": FUNCTION, "parameters": PARAMETERS, "page_size": 100, **options}
    return OptimoveExportOperator(task_id="export", path=path, **arguments)


def _pages_fetched(mock: MockOptimove) -> int:
    return int(mock.counters()["calls"]["by_operation"].get(FUNCTION, 0))


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def _fail_page(served: str, nth: int) -> None:
    fault = {"fault": 503, "operation": FUNCTION, "nth": nth}
    httpx.post(f"{served}/_mock/faults", json=fault, timeout=10).raise_for_status()


def test_every_page_goes_to_the_file_and_the_count_to_xcom(tmp_path: Path, mock: MockOptimove) -> None:
    path = tmp_path / "customers.csv"
    result = _export(path, attributes=["Alias", "Country"]).execute(_context())
    assert result == {"records": CUSTOMERS, "path": str(path), "format": "csv", "pages": 3, "resumed_from": 0}
    rows = _rows(path)
    assert len(rows) == CUSTOMERS and len({row["CustomerID"] for row in rows}) == CUSTOMERS
    assert list(rows[0]) == ["CustomerID", "ActionID", "ChannelID", "Alias", "Country"]
    assert _pages_fetched(mock) == 3
    assert not state_path(path).exists()  # a whole export keeps no resume state


def test_parquet_by_the_suffix(tmp_path: Path) -> None:
    path = tmp_path / "customers.parquet"
    result = _export(path, attributes="Alias").execute(_context())
    table = pq.read_table(path)
    assert (result["records"], table.num_rows, table.schema.names[-1]) == (CUSTOMERS, CUSTOMERS, "Alias")


def test_a_retry_continues_the_file_with_no_duplicate_and_no_gap(
    tmp_path: Path, mock: MockOptimove, served: str
) -> None:
    path = tmp_path / "customers.jsonl"
    _fail_page(served, nth=2)  # the second page fails (the connection allows no retry of a call)
    with pytest.raises(ServerError):
        _export(path).execute(_context())
    assert state_path(path).exists()
    assert len(path.read_text().splitlines()) == 100  # the first page, whole
    result = _export(path).execute(_context())  # the task's retry
    assert (result["records"], result["resumed_from"]) == (CUSTOMERS, 100)
    ids = [json.loads(line)["CustomerID"] for line in path.read_text().splitlines()]
    assert len(ids) == len(set(ids)) == CUSTOMERS
    assert _pages_fetched(mock) == 2 + 2  # the retry asked for pages 2 and 3 only


def test_a_resume_state_of_another_export_is_set_aside(
    tmp_path: Path, served: str, capfd: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "customers.csv"
    _fail_page(served, nth=2)
    with pytest.raises(ServerError):
        _export(path).execute(_context())
    other = {**PARAMETERS, "RecipientGroupID": 2, "ActionID": 16}
    result = _export(path, parameters=other).execute(_context())
    assert result["resumed_from"] == 0
    assert len(_rows(path)) == result["records"] > 0  # the whole of the other export, nothing before it
    logged = capfd.readouterr().out
    assert (
        f"{path} was begun with actionid=12, recipientgroupid=1, this run gives actionid=16, "
        "recipientgroupid=2: writing it afresh"
    ) in logged


def test_an_object_store_path_is_staged_then_uploaded(tmp_path: Path) -> None:
    destination = ObjectStoragePath("memory://exports/optimove/customers.csv")
    staging = tmp_path / "staging"
    result = _export(str(destination), staging_dir=staging).execute(_context())
    assert result["path"] == "memory://exports/optimove/customers.csv" and result["records"] == CUSTOMERS
    assert len(list(csv.DictReader(destination.read_text().splitlines()))) == CUSTOMERS
    assert list(staging.iterdir()) == []  # the staging folder of the task instance is gone


def test_a_retry_after_a_failed_upload_uploads_without_fetching_again(
    tmp_path: Path, mock: MockOptimove, monkeypatch: pytest.MonkeyPatch
) -> None:
    destination = ObjectStoragePath("memory://exports/retry/customers.csv")
    upload = export_target.Staging.upload

    def broken(self: export_target.Staging) -> None:
        raise OSError("the object store is away")

    monkeypatch.setattr(export_target.Staging, "upload", broken)
    with pytest.raises(OSError, match="away"):
        _export(destination, staging_dir=tmp_path).execute(_context())
    monkeypatch.setattr(export_target.Staging, "upload", upload)
    result = _export(destination, staging_dir=tmp_path).execute(_context())
    assert result["records"] == CUSTOMERS and _pages_fetched(mock) == 3
    assert len(destination.read_text().splitlines()) == CUSTOMERS + 1  # the header


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            {"function": "GetCustomersByActon"},
            "no function named 'GetCustomersByActon'; did you mean GetCustomersByAction,",
        ),
        (
            {"function": "GetAllActions", "parameters": {}},
            "GetAllActions does not page: the export takes a paging function",
        ),
        ({"parameters": {**PARAMETERS, "Colour": 1}}, "GetCustomersByAction has no parameter 'Colour'"),
        ({"parameters": {"RecipientGroupID": 1}}, "GetCustomersByAction needs ActionID, Date in parameters"),
        ({"parameters": {**PARAMETERS, "$top": 5}}, "$top is set by the export (give page_size instead)"),
        ({"parameters": {**PARAMETERS, "ActionID": "twelve"}}, "ActionID must be an integer (got 'twelve')"),
        (
            {"parameters": {**PARAMETERS, "Date": "30/06/2024"}},
            "Date must be a date YYYY-MM-DD (got '30/06/2024')",
        ),
        ({"format": "xml", "path": "customers"}, "format must be csv, jsonl, json or parquet, not 'xml'"),
        ({"path": "customers.tsv"}, "output suffix .tsv is not one of"),
        ({"format": "csv", "path": "customers.parquet"}, "format csv contradicts the output suffix .parquet"),
        (
            {"attributes": [f"A{index}" for index in range(11)]},
            "attributes must name 1 to 10 attributes (got 11)",
        ),
    ],
)
def test_a_mistake_fails_the_task_without_retries_before_any_call(
    tmp_path: Path, mock: MockOptimove, options: dict[str, Any], message: str
) -> None:
    path = tmp_path / options.pop("path", "customers.csv")
    with pytest.raises(AirflowFailException) as failed:
        _export(path, **options).execute(_context())
    assert message in str(failed.value)
    assert mock.counters()["calls"]["total"] == 0
    assert not path.exists()


def test_sigterm_stops_the_export_between_two_pages_and_a_retry_continues(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "customers.csv"
    written = ProgressDisplay.page_written

    def stopped_after_the_first_page(self: ProgressDisplay, records: int) -> None:
        written(self, records)
        signal.raise_signal(signal.SIGTERM)  # as Airflow stops a task

    monkeypatch.setattr(ProgressDisplay, "page_written", stopped_after_the_first_page)
    with pytest.raises(Terminated):
        _export(path).execute(_context())
    assert len(_rows(path)) == 100 and state_path(path).exists()
    monkeypatch.setattr(ProgressDisplay, "page_written", written)
    result = _export(path).execute(_context())
    assert (result["records"], result["resumed_from"], len(_rows(path))) == (CUSTOMERS, 100, CUSTOMERS)
