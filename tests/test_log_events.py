"""What the library says while it works: waits told as they happen (counting down), INFO log events
(retries, budget waits, pauses after a 429), and nothing printed unless logging is configured."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from optimove_client import RateLimit
from optimove_client._config import log as _log
from optimove_client._transport.waiting import Wait, watching
from optimove_client.testing import ManualClock, MockOptimove
from tests.client_helpers import async_client, sync_client, window_wait

# The store of these clients counts in this process only, on the test's clock.
MEMORY = "memory://"


@pytest.fixture
def told() -> Iterator[list[Wait]]:
    waits: list[Wait] = []
    with watching(waits.append):
        yield waits


def _seconds(waits: list[Wait]) -> list[int]:
    """The countdown told, without the last word that the wait is over (left=0)."""
    assert waits and waits[-1].left == 0
    return [int(str(wait).split()[1]) for wait in waits if wait.left > 0]


def test_a_budget_wait_counts_down_once_a_second_and_names_the_budget(
    mock: MockOptimove, clock: ManualClock, told: list[Wait], caplog: pytest.LogCaptureFixture
) -> None:
    client = sync_client(mock, clock, rate_limit=RateLimit(2, 60), store=MEMORY)
    with client as opt, caplog.at_level(logging.INFO, logger="optimove_client"):
        for _ in range(3):
            opt.general.get_last_data_update()
    full = window_wait(60)  # 63.001 s: the window the client keeps, 5% longer than the server's
    assert _seconds(told) == list(range(64, 0, -1))  # from the whole wait down to its last second
    assert str(told[0]) == "waiting 64 s for the call budget (2/60)"
    assert {wait.operation for wait in told} == {"GetLastDataUpdate"}
    assert [wait.left for wait in told[-2:]] == [pytest.approx(full - 63), 0.0]  # its last slice, then over
    assert told[0].left == pytest.approx(full)
    assert sum(clock.sleeps) == pytest.approx(full)  # sliced, not lengthened
    assert max(clock.sleeps) <= 1.0
    logged = [record for record in caplog.records if "waiting" in record.getMessage()]
    assert [(r.levelname, r.getMessage()) for r in logged] == [
        ("INFO", "GetLastDataUpdate: waiting 64 s for the call budget (2/60)")  # once, as the wait begins
    ]


def test_without_a_watcher_a_wait_is_one_sleep(mock: MockOptimove, clock: ManualClock) -> None:
    with sync_client(mock, clock, rate_limit=RateLimit(1, 10), store=MEMORY) as opt:
        opt.general.get_last_data_update()
        opt.general.get_last_data_update()
    assert clock.sleeps == [pytest.approx(window_wait(10))]


def test_the_async_client_counts_down_too(mock: MockOptimove, clock: ManualClock, told: list[Wait]) -> None:
    async def scenario() -> None:
        async with async_client(mock, clock, rate_limit=RateLimit(1, 5), store=MEMORY) as opt:
            await opt.general.get_last_data_update()
            await opt.general.get_last_data_update()

    asyncio.run(scenario())
    assert _seconds(told) == [6, 5, 4, 3, 2, 1]  # 5.251 s
    assert all(wait.reason == "for the call budget (1/5)" for wait in told)


def test_a_pause_after_a_429_counts_down_with_the_servers_advice(
    mock: MockOptimove, clock: ManualClock, told: list[Wait], caplog: pytest.LogCaptureFixture
) -> None:
    mock.faults.fail(429, operation="GetLastDataUpdate", retry_after="5")
    with (
        sync_client(mock, clock, store=MEMORY) as opt,
        caplog.at_level(logging.INFO, logger="optimove_client"),
    ):
        opt.general.get_last_data_update()
    assert [str(wait) for wait in told if wait.left > 0] == [
        f"waiting {n} s: Optimove answered 429 (Retry-After 5)" for n in (5, 4, 3, 2, 1)
    ]
    retry = [record for record in caplog.records if "attempt" in record.getMessage()]
    assert [(r.levelname, r.getMessage()) for r in retry] == [
        (
            "INFO",
            "GetLastDataUpdate: attempt 1 of 5 failed (HTTP 429), retry in 5.00 s: Optimove answered 429 "
            "(Retry-After 5)",
        )
    ]


def test_a_retry_is_logged_at_info_with_the_status_and_the_wait(
    mock: MockOptimove, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    mock.faults.fail(503, operation="GetLastDataUpdate", times=2)
    with (
        sync_client(mock, clock, store=MEMORY) as opt,
        caplog.at_level(logging.INFO, logger="optimove_client"),
    ):
        opt.general.get_last_data_update()
    lines = [r.getMessage() for r in caplog.records if r.name == "optimove_client"]
    assert len(lines) == 2
    for n, line in enumerate(lines, start=1):
        assert line.startswith(f"GetLastDataUpdate: attempt {n} of 5 failed (HTTP 503), retry in ")
        assert line.endswith(" s")
    assert all(record.levelname == "INFO" for record in caplog.records if record.name == "optimove_client")


def test_info_leaves_out_the_per_request_lines_that_debug_keeps(
    mock: MockOptimove, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    with sync_client(mock, clock, store=MEMORY) as opt:
        with caplog.at_level(logging.INFO, logger="optimove_client"):
            opt.general.get_last_data_update()
        assert not [r for r in caplog.records if r.name == "optimove_client"]
        with caplog.at_level(logging.DEBUG, logger="optimove_client"):
            opt.general.get_last_data_update()
    assert any("HTTP 200 in" in r.getMessage() for r in caplog.records)


def test_the_library_logger_has_a_null_handler_and_optimove_log_still_works(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    logger = logging.getLogger("optimove_client")
    assert any(isinstance(handler, logging.NullHandler) for handler in logger.handlers)
    handlers, level = list(logger.handlers), logger.level
    monkeypatch.setenv("OPTIMOVE_LOG", "info")
    try:
        assert _log.configure_from_environment()  # the NullHandler is no configuration
        assert logger.level == logging.INFO
        assert any(type(handler) is logging.StreamHandler for handler in logger.handlers)
        assert not _log.configure_from_environment()  # once
    finally:
        logger.handlers[:] = handlers
        logger.setLevel(level)


_FULL_PAGE_SCRIPT = """
from optimove_client import Optimove
from optimove_client.testing import MOCK_BASE_URL, ManualClock, MockOptimove
clock = ManualClock()
mock = MockOptimove(customers=10_050, rate_limits=(), clock=clock)
with Optimove(api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=mock.transport(), clock=clock,
              store="memory://", environ={}) as opt:
    page = opt.customers.get_currently_targeted_customers()
print(len(page), page.has_more)
"""


def _run_script(**env: str) -> subprocess.CompletedProcess[str]:
    environ = {key: value for key, value in os.environ.items() if key != "OPTIMOVE_LOG"}
    return subprocess.run(
        [sys.executable, "-c", _FULL_PAGE_SCRIPT],
        check=False,
        env={**environ, **env},
        capture_output=True,
        text=True,
    )


def test_the_library_prints_nothing_when_no_logging_is_configured() -> None:
    """Its full-page WARNING went to Python's last-resort handler, on the application's standard error."""
    done = _run_script()
    assert done.returncode == 0, done.stderr
    assert done.stdout == "10000 True\n"
    assert done.stderr == ""
    logged = _run_script(OPTIMOVE_LOG="info")
    assert "WARNING optimove_client: GetCurrentlyTargetedCustomers: the page came back full" in logged.stderr


def test_a_debug_line_names_the_page_by_the_parameters_its_function_pages_with(
    mock: MockOptimove, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    with (
        sync_client(mock, clock, store=MEMORY) as opt,
        caplog.at_level(logging.DEBUG, logger="optimove_client"),
    ):
        pages = opt.customers.get_currently_targeted_customers.iter(page_size=10)
        for _ in zip(range(15), pages, strict=False):
            pass
        opt.general.get_last_data_update()
    lines = [r.getMessage() for r in caplog.records if "HTTP 200 in" in r.getMessage()]
    assert lines[0].startswith("GetCurrentlyTargetedCustomers page $skip=0 $top=10: HTTP 200")
    assert lines[1].startswith("GetCurrentlyTargetedCustomers page $skip=10 $top=10: HTTP 200")
    assert lines[-1].startswith("GetLastDataUpdate: HTTP 200")  # no page
