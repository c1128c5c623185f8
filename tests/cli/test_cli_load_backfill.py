"""`optimove load` in real processes against a served mock: the destination's package, backfills and a
change of --attributes."""

from __future__ import annotations

import datetime
import os
import re
import shlex
import subprocess
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from packaging.requirements import Requirement

from tests.cli.served import COMMAND, Served, env_for, serve

ROOT = Path(__file__).resolve().parents[2]
# Makes `import duckdb` fail in the process it is put in, as in an environment without the package.
_BLOCK_DUCKDB = """\
import sys


class _NoDuckDB:
    def find_spec(self, name, path=None, target=None):
        if name == "duckdb" or name.startswith("duckdb."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


sys.meta_path.insert(0, _NoDuckDB())
"""


@pytest.fixture
def served() -> Iterator[Served]:
    with serve("--customers", "30") as mock:
        yield mock


@pytest.fixture
def env(served: Served, tmp_path: Path) -> dict[str, str]:
    environ = env_for(served.url, "mock-api-key", tmp_path)
    environ.update(
        RUNTIME__DLTHUB_TELEMETRY="false", DLT_DATA_DIR=str(tmp_path / "dlt"), OPTIMOVE_STORE="memory://"
    )
    return environ


def load(tmp_path: Path, env: dict[str, str], *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*COMMAND, "load", "--pipelines-dir", str(tmp_path / "pipelines"), *flags],
        env=env, cwd=tmp_path, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip


def test_the_dlt_extra_brings_the_default_destination() -> None:
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    dlt = [Requirement(item) for item in extras["dlt"] if Requirement(item).name == "dlt"]
    assert [sorted(requirement.extras) for requirement in dlt] == [["duckdb"]]


def test_a_destination_without_its_package_is_exit_code_2_with_the_pip_line(
    served: Served, env: dict[str, str], tmp_path: Path
) -> None:
    done = load(tmp_path, env, "--destination", "postgres", "--start-date", "2024-06-29")
    assert (done.returncode, done.stderr) == (
        2,
        'optimove: the destination postgres needs its package: pip install "dlt[postgres]"\n',
    )
    assert served.calls() == 0


def test_the_default_destination_without_duckdb_names_its_package(
    served: Served, env: dict[str, str], tmp_path: Path
) -> None:
    (tmp_path / "block").mkdir()
    (tmp_path / "block" / "sitecustomize.py").write_text(_BLOCK_DUCKDB)
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path / "block"), env.get("PYTHONPATH", "")])
    done = load(tmp_path, env, "--start-date", "2024-06-29")
    assert (done.returncode, done.stderr) == (
        2,
        'optimove: the destination duckdb needs its package: pip install "dlt[duckdb]"\n',
    )
    assert served.calls() == 0


def loaded_dates(tmp_path: Path) -> list[str]:
    with duckdb.connect(str(tmp_path / "optimove_pipeline.duckdb"), read_only=True) as connection:
        found = connection.execute("SELECT date::VARCHAR FROM optimove.loaded_dates ORDER BY 1").fetchall()
    return [day for (day,) in found]


def test_an_earlier_start_date_is_refused_with_the_command_that_backfills_it(
    served: Served, env: dict[str, str], tmp_path: Path
) -> None:
    first = load(tmp_path, env, "--start-date", "2024-06-29", "--quiet")
    assert first.returncode == 0, first.stderr
    calls = served.calls()

    refused = load(tmp_path, env, "--start-date", "2024-06-26", "--quiet")
    backfill = (
        f"optimove load --destination duckdb --dataset optimove --start-date 2024-06-26 --pipelines-dir "
        f"{tmp_path / 'pipelines'} --backfill"
    )
    assert (refused.returncode, refused.stderr) == (
        2,
        "optimove: --start-date 2024-06-26 is before the first date loaded (2024-06-29; loaded up to "
        f"2024-06-30): without --backfill those dates are not loaded. To load them: {backfill}\n",
    )
    assert served.calls() == calls  # refused before any call

    done = subprocess.run(
        [*COMMAND, *shlex.split(backfill)[1:]],
        env=env, cwd=tmp_path, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    # A wait (the served mock keeps Optimove's budget) is said on a line of its own, between dates.
    lines = [line for line in done.stderr.splitlines() if not line.startswith("optimove: info: ")]
    per_date = [line.partition(":")[0] for line in lines[:-2]]
    assert per_date == [
        "2024-06-28",
        "2024-06-27",
        "2024-06-26",
    ]  # latest first: the loaded dates stay one range
    assert done.stderr.splitlines()[-2].startswith("loaded 3 dates (2024-06-26 to 2024-06-28)")
    # The last line: the calls this run sent (as the served mock counted them), and the tightest window's
    # calls left (Optimove's 50 in 10 s here; the store is the default one, which the earlier runs shared).
    spent = served.calls() - calls
    assert re.fullmatch(
        rf"budget: {spent:,} calls spent by this run; \d+ left of 50 per 10 s( \(a slot frees in .+\))?",
        done.stderr.splitlines()[-1],
    )
    assert loaded_dates(tmp_path) == ["2024-06-26", "2024-06-27", "2024-06-28", "2024-06-29", "2024-06-30"]

    daily = load(tmp_path, env, "--start-date", "2024-06-26")  # the same start again: nothing to refuse
    assert (daily.returncode, daily.stderr.splitlines()[0]) == (
        0,
        "no new date to load into duckdb dataset optimove",
    )
    assert daily.stderr.splitlines()[1].startswith("budget: ")


def test_other_attributes_are_told_with_what_they_mean_for_the_tables(
    served: Served, env: dict[str, str], tmp_path: Path
) -> None:
    first = load(tmp_path, env, "--start-date", "2024-06-30", "--attributes", "Alias", "--quiet")
    assert first.returncode == 0, first.stderr
    again = load(tmp_path, env, "--start-date", "2024-06-30", "--attributes", "Alias,Country")
    assert again.returncode == 0, again.stderr
    assert again.stderr.splitlines()[:-1] == [
        "--attributes changed (the last load had Alias; now Alias,Country): in action_customers a new "
        "attribute's column is filled for the dates loaded from now on (and backfilled ones), a removed "
        "attribute's column keeps its values for the dates already loaded and is empty for new dates",
        "no new date to load into duckdb dataset optimove",
    ]


def test_the_plan_backfills_before_the_first_date_latest_first_then_continues() -> None:
    from optimove_client.dlt._plan import plan_of  # noqa: PLC0415 - dlt, imported by the tests above too

    def plan(backfill: bool, max_dates: int | None = None) -> Any:
        return plan_of("2024-06-26", end_date=None, max_dates=max_dates, attributes=(),
                       changed_attributes=(), page_size=None, backfill=backfill)  # fmt: skip

    state = {"first_date": "2024-06-29", "last_date": "2024-06-29"}
    last = datetime.date(2024, 6, 30)
    days = [day.isoformat() for day in plan(backfill=True).dates(last, state)]
    assert days == ["2024-06-28", "2024-06-27", "2024-06-26", "2024-06-30"]
    assert [day.isoformat() for day in plan(backfill=False).dates(last, state)] == ["2024-06-30"]
    assert [day.isoformat() for day in plan(backfill=True, max_dates=1).dates(last, state)] == ["2024-06-28"]
    # A state of an older version knows only its cursor: a backfill loads the dates up to it again.
    old = {"last_date": "2024-06-28"}
    assert [day.isoformat() for day in plan(backfill=True).dates(last, old)][:3] == [
        "2024-06-28", "2024-06-27", "2024-06-26",
    ]  # fmt: skip
