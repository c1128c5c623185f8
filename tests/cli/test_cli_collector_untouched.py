"""The client never switches Python's garbage collector, which belongs to the program it runs in: its rows
are structs the collector does not track (gc=False), so there is nothing to pause it for."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from optimove_client import Optimove
from tests.cli.conftest import RunCli
from tests.cli.test_cli_export import EXPORT, expected


@pytest.fixture
def gc_switches(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    switched: list[str] = []
    monkeypatch.setattr(gc, "disable", lambda: switched.append("disable"))
    monkeypatch.setattr(gc, "enable", lambda: switched.append("enable"))
    return switched


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_an_export_and_its_pulls_leave_the_collector_alone(
    suffix: str, run_cli: RunCli, client: Optimove, tmp_path: Path, gc_switches: list[str]
) -> None:
    output = tmp_path / f"customers{suffix}"
    outcome = run_cli(*EXPORT, "--output", str(output))
    assert outcome.code == 0, outcome.err
    assert len(expected(client)) > 150 * 3  # the library's own pull of the same pages
    assert gc_switches == []
