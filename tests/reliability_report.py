"""RELIABILITY.md, written from the tests marked `reliability` (the fault matrix and the guarantees).

    pytest --reliability-report RELIABILITY.md   # `make reliability`: run them and write the file
    pytest --reliability-check RELIABILITY.md    # `make test`: fail if the file no longer matches the tests

The file is never typed by hand: every row comes from a test that ran and passed in the run that wrote it.
"""

from __future__ import annotations

import collections
import difflib
from pathlib import Path
from typing import Any

import pytest

_outcomes: dict[str, str] = {}
_items: list[pytest.Item] = []

HEADER = """# Reliability

What optimove-client promises, and the tests that hold it to it. This file is written by
`make reliability` from the tests marked `reliability`; `make test` fails when it no longer matches them.

The client retries what is safe to retry (429 always; 5xx, timeouts, broken connections and bodies cut
short or not JSON for GET and PUT; POST only when nothing was sent), with exponential backoff and jitter,
honouring Retry-After in seconds or as an HTTP date up to a cap. One loop decides for every call: a call,
or a page of a pull, sends at most 1 + max_retries requests whatever fails. It stays inside the rate
budget by itself, logs in once when a session token expires (never while one is valid, never twice at
once), and a paged pull yields exactly the rows of a clean pull, in order, or stops with an error that
says where to resume. The budget, the Login session and the pause after a 429 belong to the account:
processes that share a store (SQLite, Redis) share them, and their tests run real processes.
"""


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("reliability")
    group.addoption(
        "--reliability-report", metavar="PATH", help="write RELIABILITY.md from the reliability tests"
    )
    group.addoption(
        "--reliability-check", metavar="PATH", help="fail if PATH does not match the reliability tests"
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "reliability: a promise of the client, listed in RELIABILITY.md")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    _items[:] = [item for item in items if item.get_closest_marker("reliability")]


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" or report.outcome != "passed":
        _outcomes[report.nodeid] = report.outcome


def _cases(item: pytest.Item) -> int:
    """Examples a hypothesis test runs, else 1."""
    function: Any = getattr(item, "obj", None)
    settings = getattr(function, "_hypothesis_internal_use_settings", None)
    return int(settings.max_examples) if settings is not None else 1


def _summary(item: pytest.Item) -> str:
    """The test's docstring's first line, or its name in words."""
    doc = getattr(getattr(item, "obj", None), "__doc__", None)
    if doc and doc.strip():
        return doc.strip().splitlines()[0].rstrip(".")
    words = item.name.split("[")[0].removeprefix("test_").replace("_", " ")
    return words[:1].upper() + words[1:]


def render(items: list[pytest.Item], outcomes: dict[str, str]) -> str | None:
    """The report, or None when a reliability test did not pass (nothing is written then)."""
    if not items or any(outcomes.get(item.nodeid) != "passed" for item in items):
        return None
    matrix: dict[str, dict[str, Any]] = collections.OrderedDict()
    others: dict[str, list[pytest.Item]] = collections.OrderedDict()
    for item in items:
        fault = getattr(getattr(item, "callspec", None), "params", {}).get("fault")
        if fault is not None:
            row = matrix.setdefault(fault.name, {"promise": fault.promise, "forms": []})
            row["forms"].append("async" if "async" in item.name else "sync")
        else:
            others.setdefault(item.nodeid.split("[")[0], []).append(item)
    lines = [
        HEADER,
        "## Fault matrix",
        "",
        "A 50-page pull (5,000 customers, pages of 100) through a Login session",
    ]
    lines += ["against the mock, compared with a clean pull.", ""]
    lines += ["| fault | promise | forms tested | cases |", "| --- | --- | --- | --- |"]
    for name, row in matrix.items():
        lines.append(f"| {name} | {row['promise']} | {', '.join(row['forms'])} | {len(row['forms'])} |")
    lines += ["", "## Other guarantees", "", "| test | what it checks | cases |", "| --- | --- | --- |"]
    for nodeid, group in others.items():
        cases = sum(_cases(item) for item in group)
        lines.append(f"| `{nodeid.split('::')[-1]}` | {_summary(group[0])} | {cases} |")
    lines += ["", f"{len(items)} tests, all passed in the run that wrote this file.", ""]
    return "\n".join(lines)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    write = session.config.getoption("--reliability-report")
    check = session.config.getoption("--reliability-check")
    if not write and not check:
        return
    text = render(_items, _outcomes)
    if text is None:
        return  # some reliability test failed or did not run: the failures already say so
    if write:
        Path(write).write_text(text, encoding="utf-8")
        return
    committed = Path(check).read_text(encoding="utf-8") if Path(check).exists() else ""
    if committed != text:
        diff = "".join(
            difflib.unified_diff(committed.splitlines(True), text.splitlines(True), check, "tests")
        )
        session.config.get_terminal_writer().line(
            f"\n{check} is stale: run `make reliability`\n{diff}", red=True
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
