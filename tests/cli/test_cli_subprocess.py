"""The command in real processes: `optimove mock serve` on 127.0.0.1, and `optimove call` against it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from optimove_client.cli.catalog import functions
from optimove_client.cli.params import Signature

COMMAND = [sys.executable, "-m", "optimove_client.cli"]


def test_every_function_has_command_line_parameters() -> None:
    for function in functions().values():
        signature = Signature(function)  # every Optimove name maps to a keyword of the client
        assert all(p.keyword for p in signature.parameters.values())


@pytest.fixture
def served_mock() -> Iterator[str]:
    process = subprocess.Popen(
        [*COMMAND, "mock", "serve", "--port", "0", "--customers", "500", "--api-key", "served-key"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()  # printed once the socket listens
        found = re.search(r"http://127\.0\.0\.1:\d+", banner)
        assert found, banner
        yield found.group(0)
    finally:
        process.terminate()
        process.wait(timeout=10)


def served_env(served_mock: str, tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "OPTIMOVE_BASE_URL": served_mock, "OPTIMOVE_API_KEY": "served-key"}
    env.pop("OPTIMOVE_SERVER", None)
    env.pop("OPTIMOVE_LOG", None)
    env["XDG_CONFIG_HOME"] = str(tmp_path)
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")  # the CLI's default store: never the user's
    return env


def test_call_and_export_against_the_served_mock(served_mock: str, tmp_path: Path) -> None:
    env = served_env(served_mock, tmp_path)
    output = tmp_path / "customers.jsonl"
    export = subprocess.run(
        [
            *COMMAND,
            "call",
            "GetCurrentlyTargetedCustomers",
            "--all-pages",
            "--page-size",
            "200",
            "-o",
            str(output),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert export.returncode == 0, export.stderr
    assert "wrote 500 records" in export.stderr  # stderr is not a terminal: a summary, no progress line
    assert "\r" not in export.stderr
    ids = [json.loads(line)["CustomerID"] for line in output.read_text().splitlines()]
    assert ids == [str(10_000_000 + i) for i in range(500)]
    refused = subprocess.run(
        [*COMMAND, "call", "GetLastDataUpdate", "--api-key", "secret-but-wrong"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert refused.returncode == 3
    assert "secret-but-wrong" not in refused.stdout + refused.stderr


def test_dev_stdout_and_a_full_page_in_a_real_process(served_mock: str, tmp_path: Path) -> None:
    env = served_env(served_mock, tmp_path)
    export = subprocess.run(
        [*COMMAND, "call", "GetCurrentlyTargetedCustomers", "--all-pages", "--page-size", "200",
         "-o", "/dev/stdout"],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert export.returncode == 0, export.stderr
    ids = [json.loads(line)["CustomerID"] for line in export.stdout.splitlines()]
    assert ids == [str(10_000_000 + i) for i in range(500)]
    assert export.stderr == ""  # standard output, as with no --output
    output = tmp_path / "one.jsonl"
    page = subprocess.run(
        [*COMMAND, "call", "GetCustomersByAction", "-p", "RecipientGroupID=1", "-p", "ActionID=12",
         "-p", "Date=2024-06-30", "-p", "$top=5", "-o", str(output)],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert page.returncode == 0, page.stderr
    assert len(output.read_text().splitlines()) == 5
    # $top=5 asked for the page: no warning from the CLI, nor from the library (a full page of the
    # server's size is warned of once, in the CLI's words: tests/cli/test_cli_progress_waits.py).
    assert page.stderr == ""
