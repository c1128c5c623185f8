"""The Airflow provider in a real Airflow 3: its own environment (tests/.airflow-venv, `make airflow-env`),
where tests/airflow/inside/ runs, and `airflow dags test` of examples/airflow/optimove_daily.py on SQLite
against `optimove mock serve`. The two run side by side, each with an Airflow home of its own (a copy of
the metadata database migrated when the environment was made).

`make test` makes the environment and requires these tests; run alone without it, they skip saying how
to make it."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pyarrow.parquet as pq
import pytest

from optimove_client.errors import MissingExtraError
from optimove_client.testing import DEFAULT_PASSWORD, DEFAULT_USERNAME
from tests.cli.served import Served, serve
from tests.support import readme_example

ROOT = Path(__file__).resolve().parents[2]
VENV = ROOT / "tests" / ".airflow-venv"
TEMPLATE_HOME = VENV / "airflow-home"
EXAMPLE = ROOT / "examples" / "airflow" / "optimove_daily.py"
DEADLINE = 600  # seconds: a loaded machine of two cores may be slow, never this slow
RETRY = "new_state=up_for_retry"  # how `airflow dags test` logs a failed task that will be tried again
RUN_DAY = "2024-06-30"  # the mock's last data update: the day before the logical date given below


def test_without_airflow_the_provider_names_the_extra() -> None:
    # The development tools have no Airflow (it has the environment of its own below).
    with pytest.raises(MissingExtraError, match=r"pip install 'optimove-client\[airflow\]'"):
        import optimove_client.airflow  # noqa: F401, PLC0415


def test_the_readme_shows_the_example_dag_as_it_is_tested() -> None:
    code = EXAMPLE.read_text(encoding="utf-8")
    assert readme_example("Airflow") == code[code.index("import pendulum") :]


@dataclasses.dataclass
class Run:
    process: subprocess.Popen[str]
    log: Path

    def wait(self) -> tuple[int, str]:
        """The exit code and the output; a task that fails ends the run at once (the example DAG would
        retry it after five minutes)."""
        deadline = time.monotonic() + DEADLINE
        try:
            while (code := self._exit_code(timeout=1.0)) is None:
                if RETRY in self.log.read_text(encoding="utf-8", errors="replace"):
                    code = -1  # a task failed: its traceback is in the log
                    break
                if time.monotonic() > deadline:
                    raise AssertionError(f"not done within {DEADLINE}s: {self.log}")
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
        return code, self.log.read_text(encoding="utf-8", errors="replace")

    def _exit_code(self, timeout: float) -> int | None:
        try:
            return self.process.wait(timeout=timeout)  # a wait for the process, not a sleep
        except subprocess.TimeoutExpired:
            return None


@dataclasses.dataclass
class Runs:
    inside: Run
    dag_test: Run
    served: Served
    out: Path


def _environment(home: Path, work: Path) -> dict[str, str]:
    """A process of Airflow's environment: its own Airflow home, caches and config, nothing of the user's."""
    home.mkdir()
    # The database only: the template's airflow.cfg names the template's own database.
    shutil.copy(TEMPLATE_HOME / "airflow.db", home / "airflow.db")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("OPTIMOVE_", "AIRFLOW", "DESTINATION", "PYTEST_", "VIRTUAL_ENV"))
    }
    env.update(
        AIRFLOW_HOME=str(home),
        AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=f"sqlite:///{home / 'airflow.db'}",
        AIRFLOW__CORE__LOAD_EXAMPLES="False",
        XDG_CACHE_HOME=str(work / "cache"),
        XDG_CONFIG_HOME=str(work / "config"),
        DLT_DATA_DIR=str(work / "dlt"),
        RUNTIME__DLTHUB_TELEMETRY="false",
        PATH=f"{VENV / 'bin'}{os.pathsep}{env.get('PATH', '')}",
    )
    return env


def _start(command: list[str], env: dict[str, str], log: Path) -> Run:
    with log.open("w", encoding="utf-8") as output:  # a file, not a pipe: neither process waits on the other
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            text=True,
        )
    return Run(process, log)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    if not (VENV / ".installed").exists():
        message = "Airflow's environment tests/.airflow-venv is missing: `make airflow-env` makes it"
        if os.environ.get("OPTIMOVE_REQUIRE_AIRFLOW"):
            pytest.fail(message)
        pytest.skip(message)
    work = tmp_path_factory.mktemp("airflow")
    inside_env = _environment(work / "inside-home", work / "inside")
    inside = _start(
        [
            str(VENV / "bin" / "python"),
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/airflow/inside",
        ],
        inside_env,
        work / "inside.log",
    )
    started = [inside]
    try:
        with serve() as served:
            started.append(_dag_test(served, work))
            yield Runs(inside, started[1], served, work / "out")
    finally:
        for run in started:  # a test that failed early leaves its process: it is ended here
            if run.process.poll() is None:
                run.process.kill()
                run.process.wait()


def _dag_test(served: Served, work: Path) -> Run:
    """`airflow dags test optimove_daily` for the day RUN_DAY, with the connection a deployment would set:
    a user name and password, and a store all its tasks share."""
    env = _environment(work / "dag-home", work / "dag")
    dags = work / "dags"
    dags.mkdir()
    shutil.copy(EXAMPLE, dags)
    connection = {
        "conn_type": "optimove",
        "host": served.url,
        "login": DEFAULT_USERNAME,
        "password": DEFAULT_PASSWORD,
        "extra": {"store": f"sqlite:///{work / 'store.sqlite'}"},
    }
    env.update(
        AIRFLOW__CORE__DAGS_FOLDER=str(dags),
        AIRFLOW_CONN_OPTIMOVE_DEFAULT=json.dumps(connection),
        AIRFLOW_VAR_OPTIMOVE_EXPORT_DIR=str(work / "out"),
        DESTINATION__DUCKDB__CREDENTIALS=str(work / "warehouse.duckdb"),
    )
    command = [str(VENV / "bin" / "airflow"), "dags", "test", "optimove_daily", "2024-07-01"]
    return _start(command, env, work / "dag-test.log")


def test_the_providers_tests_pass_inside_airflow(runs: Runs) -> None:
    code, log = runs.inside.wait()
    assert code == 0, log[-6000:]
    summary = log.strip().splitlines()[-1]
    assert " passed" in summary and "skipped" not in summary and "failed" not in summary, summary


def test_the_example_dag_waits_exports_and_loads_with_airflow_dags_test(runs: Runs) -> None:
    code, log = runs.dag_test.wait()
    assert code == 0, log[-6000:]
    home = runs.out.parent
    xcom = _xcom(home / "dag-home" / "airflow.db")
    assert xcom["wait_for_optimove"] == RUN_DAY

    exported = runs.out / f"customers-{RUN_DAY}.parquet"
    table = pq.read_table(exported)
    assert table.schema.names == ["CustomerID", "ActionID", "ChannelID", "Alias", "Country"]
    ids = table.column("CustomerID").to_pylist()
    assert len(ids) == len(set(ids)) == 1000  # the mock's customers, every one once
    assert xcom["export_customers"] == {
        "records": 1000, "path": str(exported), "format": "parquet", "pages": 1, "resumed_from": 0,
    }  # fmt: skip

    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as db:
        dates = db.sql("select date from optimove.loaded_dates").fetchall()
        [customers] = db.sql("select count(*) from optimove.action_customers").fetchall()
        [campaigns] = db.sql("select count(*) from optimove.executed_campaigns").fetchall()
    assert [str(day) for (day,) in dates] == [RUN_DAY]
    assert customers == (2000,) and campaigns == (1,)  # two actions of the day's campaign, all customers
    loaded = xcom["load_warehouse"]
    assert (loaded["dates"], loaded["customers"], loaded["campaigns"]) == ([RUN_DAY], 2000, 1)

    # Three tasks, each with its own client, one Login: the session is the connection's store's.
    counters = httpx.get(f"{runs.served.url}/_mock/counters", timeout=10).json()
    assert counters["logins"]["succeeded"] == 1


def _xcom(database: Path) -> dict[str, Any]:
    """The return value of each task of the run, as Airflow keeps it."""
    with sqlite3.connect(database) as db:
        rows = db.execute("select task_id, value from xcom where key = 'return_value'").fetchall()
    return {task: json.loads(value) for task, value in rows}
