"""`optimove load` in real processes against a served mock: the destination's package, backfills and a
change of --attributes."""

from __future__ import annotations

import os
import subprocess
import tomllib
from collections.abc import Iterator
from pathlib import Path

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
