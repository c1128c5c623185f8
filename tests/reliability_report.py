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

The daily job runs unattended, for months, from cron, Airflow, Dagster, Kubernetes or systemd. So:

- success is a status the function documents, with its body: a proxy's 204, a cache's 304 or a gateway's
  302 on page 3 of a pull is an UnexpectedStatusError that says where to resume, never the end of the data;
- every request a call sends counts against its 1 + max_retries, a Login and the replay after it too (an
  expired session and a failing function, max_retries=4: 5 requests, where there were 6 and a Login);
- one attempt, from connect to last byte, never outlasts its timeout (a server trickling a byte every
  0.2 s held a call with timeout=1.0 for as long as its body lasted; now about 1 s);
- with no store given, the runs of one machine share one Login session and one budget in a SQLite file
  of the user cache folder (a script run twice in a row was refused a Login for 20 minutes);
- the stores heal: Redis restarting or losing its scripts costs the calls made while it is away (they fail
  closed, in under a millisecond; the first call after it is back takes 2-5 ms), a SQLite file deleted,
  replaced or corrupt is reopened or set aside, and a file holding a token is made mode 0600;
- the budget holds when calls reach the server late: a call answered later than its window's margin
  counts from its answer (measured between a slot and the mock's count on 2 busy cores: median 4-8 ms,
  at most 114 ms; the tightest 51 calls the mock saw spanned 10.39 s of a 10 s window);
- SIGTERM stops the command line as Ctrl-C does (exit 143, whole records, a Parquet footer, resume state;
  0.1-0.5 s), and --resume refuses a file begun on another server or account;
- bad input is an OptimoveError before anything is sent and never shows a secret, and the base install
  leaves a user's own pytest alone.
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
