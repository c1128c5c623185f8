"""The documented `schemathesis run` command, in a real process, against a served mock: 0 failures with
the shipped hooks (optimove_client.testing.schemathesis_hooks), and without them only the answers that
they excuse. The excuses themselves are tested one by one below, without schemathesis.

The excuses are not imported from the hooks module here: loading it registers a hook for every
schemathesis run of this process, the in-process contract test's included.
"""

from __future__ import annotations

import importlib.resources
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from optimove_client.testing import MockOptimove
from optimove_client.testing.contract_excuses import (
    breaks_required_one_of,
    excused,
    is_no_data,
    names_an_unknown_attribute,
)
from optimove_client.testing.serve import MockServer
from optimove_client.testing.spec import load_spec

HOOKS = "optimove_client.testing.schemathesis_hooks"
SPEC_FILE = importlib.resources.files("optimove_generated") / "openapi.json"
EXCUSED_CODES = {"ST104", "ST109", "ST202"}


@pytest.fixture(scope="module")
def served_mock() -> Iterator[MockServer]:
    # No budget: schemathesis sends thousands of calls in a few seconds.
    with MockServer(MockOptimove(customers=20, rate_limits=())) as server:
        yield server


def schemathesis_run(server: MockServer, folder: Path, *, hooks: bool) -> dict[str, Any]:
    """The documented command, with few examples and a fixed seed; its JSON report."""
    environ = {name: value for name, value in os.environ.items() if name != "SCHEMATHESIS_HOOKS"}
    if hooks:
        environ["SCHEMATHESIS_HOOKS"] = HOOKS
    report = folder / "report.json"
    command = [
        sys.executable, "-m", "schemathesis.cli", "run", str(SPEC_FILE),
        "--url", server.base_url, "--header", f"X-API-KEY: {server.mock.api_key}",
        "--max-examples", "3", "--seed", "1", "--generation-database", "none", "--no-color",
        "--report", "json", "--report-json-path", str(report),
    ]  # fmt: skip
    done = subprocess.run(
        command, cwd=folder, env=environ, capture_output=True, text=True, timeout=180, check=False
    )
    assert report.exists(), done.stdout[-3000:] + done.stderr[-3000:]
    result: dict[str, Any] = json.loads(report.read_text())
    assert result["exit_code"] == done.returncode
    return result


def test_schemathesis_run_with_the_hooks_reports_no_failure(served_mock: MockServer, tmp_path: Path) -> None:
    report = schemathesis_run(served_mock, tmp_path, hooks=True)
    assert report["operations"]["tested"] == len(load_spec().operations)
    assert (report["failures"], report["errors"], report["exit_code"]) == ([], [], 0)
    assert report["filtered"] > 0  # the hooks did excuse answers


def test_without_the_hooks_it_reports_only_what_they_excuse(served_mock: MockServer, tmp_path: Path) -> None:
    report = schemathesis_run(served_mock, tmp_path, hooks=False)
    codes = {failure["code"] for failure in report["failures"]}
    assert report["exit_code"] == 1 and report["errors"] == []
    assert {"ST104", "ST109"} <= codes <= EXCUSED_CODES, report["failures"]


# The excuses, one by one --------------------------------------------------------------------------------

OPERATIONS = load_spec().by_id


def test_no_data_is_the_empty_200_of_a_function_that_answers_json() -> None:
    json_answer = OPERATIONS["GetActionName"]
    assert json_answer.success_schema is not None
    assert is_no_data(json_answer, 200, b"")
    assert not is_no_data(json_answer, 200, b"{}")
    assert not is_no_data(json_answer, 404, b"")
    for code in ("ST104", "ST109"):
        assert excused(code, json_answer, 200, b"", {"ActionID": 999})
        assert not excused(code, json_answer, 200, b"{", {"ActionID": 1})
    assert not excused("ST108", json_answer, 200, b"", {})  # a body against its schema: never excused
    assert not excused("ST101", json_answer, 500, b"", {})


def test_required_one_of_is_excused_only_when_the_request_broke_it() -> None:
    future = OPERATIONS["GetCustomerFutureValues"]
    assert future.required_one_of == [["LifecycleStageID", "CustomerAttribute", "CustomerAttributes"]]
    assert breaks_required_one_of(future, {})
    assert breaks_required_one_of(future, {"LifecycleStageID": 1, "customerattribute": "Country"})
    assert not breaks_required_one_of(future, {"LifecycleStageID": 1})
    assert not breaks_required_one_of(future, {"LifecycleStageID": 1, "CustomerAttribute": None})
    assert excused(
        "ST202", future, 400, b'"Exactly one of"', {"LifecycleStageID": 1, "CustomerAttributes": "A"}
    )
    assert not excused("ST202", future, 400, b'"Exactly one of"', {"LifecycleStageID": 1})
    assert not excused("ST202", future, 500, b"", {})
    assert not breaks_required_one_of(OPERATIONS["GetAllActions"], {})  # no such rule


def test_an_unknown_attribute_name_is_excused_only_for_attribute_parameters() -> None:
    body = b"\"Parameter CustomerAttributes: unknown attribute 'x'\""
    assert names_an_unknown_attribute(400, body, {"CustomerAttributes": "x"})
    assert not names_an_unknown_attribute(400, body, {"ActionID": 1})
    assert not names_an_unknown_attribute(
        400, b'"Parameter ActionID is invalid"', {"CustomerAttributes": "x"}
    )
    by_action = OPERATIONS["GetCustomersByAction"]
    assert excused("ST202", by_action, 400, body, {"CustomerAttributes": "x"})
    assert not excused("ST201", by_action, 400, body, {"CustomerAttributes": "x"})
