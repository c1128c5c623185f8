"""opt.budget(): every window's calls left and when a slot frees, and the pause, read from each kind of store
(memory://, sqlite:///, a real redis://) on the test's clock, without a request, a slot or a write."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from optimove_client import (
    AsyncOptimove,
    BudgetReport,
    ClientClosedError,
    RateLimit,
    RateLimitError,
    SlidingWindowLimiter,
    WindowReport,
)
from optimove_client._store import memory
from optimove_client.testing import ManualClock, MockOptimove
from tests.client_helpers import MODES, Caller, make_mock, run, session, sync_client, window_wait
from tests.test_client_operations import facade_arguments

LAST_UPDATE = "general.get_last_data_update"
LIMITS = [RateLimit(3, 10), RateLimit(5, 60)]
MS = 1.5e-3  # a store stamps in whole milliseconds: a time read back may be a millisecond off


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(start=1_000.0)


@pytest.fixture
def mock(clock: ManualClock) -> MockOptimove:
    return make_mock(clock, rate_limits=())  # the client's budget is the one under test


async def budget_of(call: Caller) -> BudgetReport:
    client = call.client
    return await client.budget() if isinstance(client, AsyncOptimove) else client.budget()


def contents(backend: str, clock: ManualClock | None = None) -> Any:
    """Everything the store holds, to compare before and after reading (memory://: on `clock`)."""
    if clock is not None and backend == "memory://":
        shared = memory._shared(clock)
        return {key: list(log._entries) for key, log in shared.logs.items()}, dict(shared.pauses)
    if backend.startswith("sqlite"):
        connection = sqlite3.connect(backend.removeprefix("sqlite:///"))
        try:
            return list(connection.iterdump())
        finally:
            connection.close()
    import redis  # noqa: PLC0415 - the [redis] extra, installed with the test tools

    with redis.Redis.from_url(backend) as client:
        return {key: client.dump(key) for key in sorted(client.keys("*"))}


def figures(report: BudgetReport) -> list[tuple[str, int, float, int, int, float]]:
    return [(w.budget, w.calls, w.period, w.used, w.left, w.frees_in) for w in report.windows]


@pytest.mark.parametrize("mode", MODES)
def test_each_window_tells_its_calls_left_and_when_a_slot_frees(
    mode: str, backend: str, clock: ManualClock, mock: MockOptimove
) -> None:
    async def scenario() -> None:
        async with session(mode, mock, clock, store=backend, rate_limit=LIMITS) as call:
            assert figures(await budget_of(call)) == [
                ("general", 3, 10.0, 0, 3, 0.0),
                ("general", 5, 60.0, 0, 5, 0.0),
                ("exempt", 10, 1.0, 0, 10, 0.0),  # the exempt functions' own budget
            ]
            await call(LAST_UPDATE)
            clock.advance(4.0)
            await call(LAST_UPDATE)
            two = await budget_of(call)
            # A slot frees when the oldest call leaves the client's window (Optimove's, and 5% more).
            assert [(w.used, w.left) for w in two.windows] == [(2, 1), (2, 3), (0, 10)]
            assert two.windows[0].frees_in == pytest.approx(window_wait(10) - 4, abs=MS)
            assert two.windows[1].frees_in == pytest.approx(window_wait(60) - 4, abs=MS)
            assert (two.left, two.ready_in, two.spent) == (1, 0.0, 2)

            clock.advance(1.0)
            await call(LAST_UPDATE)
            full = await budget_of(call)
            assert full.tightest == full.windows[0] and full.left == 0
            assert full.ready_in == full.windows[0].frees_in == pytest.approx(window_wait(10) - 5, abs=MS)
            await call(LAST_UPDATE)  # waits for the slot the report said
            assert clock.sleeps == [pytest.approx(full.ready_in, abs=MS)]

            clock.advance(window_wait(60))
            gone = await budget_of(call)
            assert [(w.used, w.left, w.frees_in) for w in gone.windows] == [
                (0, 3, 0.0),
                (0, 5, 0.0),
                (0, 10, 0.0),
            ]
            assert gone.spent == 4

    run(scenario)


@pytest.mark.parametrize("mode", MODES)
def test_reading_sends_nothing_takes_no_slot_and_writes_nothing(
    mode: str, backend: str, clock: ManualClock, mock: MockOptimove
) -> None:
    mock.faults.fail(429, operation="GetAllActions", retry_after="30")
    spies: list[Any] = []

    async def scenario() -> None:
        async with session(
            mode, mock, clock, store=backend, rate_limit=LIMITS, max_retries=0, spies=spies
        ) as call:
            await call(LAST_UPDATE)
            with pytest.raises(RateLimitError):
                await call("actions.get_all_actions")  # pauses every call of the account for 30 s
            sent, before = len(spies[0].requests), contents(backend, clock)
            first = await budget_of(call)
            second = await budget_of(call)
            assert first == second  # a read took no slot that a second read would count
            assert contents(backend, clock) == before
            assert len(spies[0].requests) == sent == 2
            assert [(w.used, w.left) for w in first.windows] == [(2, 1), (2, 3), (0, 10)]
            assert first.paused_for == first.ready_in == pytest.approx(30, abs=MS)
            assert "paused for 30.0 s more" in str(first)

            clock.advance(30.5)
            over = await budget_of(call)
            assert (over.paused_for, over.ready_in) == (0.0, 0.0)
            assert str(over).endswith("no pause in force")

    run(scenario)


def test_a_store_file_not_made_yet_reads_as_an_unused_budget_and_is_not_made(
    tmp_path: Path, clock: ManualClock, mock: MockOptimove
) -> None:
    path = tmp_path / "later" / "store.sqlite"
    with sync_client(mock, clock, store=f"sqlite:///{path}") as opt:
        report = opt.budget()
    assert [(w.used, w.left) for w in report.windows] == [(0, 50), (0, 2000), (0, 10)]
    assert not path.exists()


def test_a_window_counting_more_than_its_calls_frees_a_slot_when_taking_one_would(
    backend: str, clock: ManualClock, mock: MockOptimove
) -> None:
    """Calls answered late are moved to their answer (restamp): a window may then count more than its
    calls, and frees a slot only once its calls-th newest leaves, not its oldest."""
    with sync_client(mock, clock, store=backend, rate_limit=RateLimit(3, 10)) as opt:
        store, (window,) = opt._parts.store, opt._parts.budget._windows.general
        late = [store.take_slot("general", (window,)) for _ in range(3)]
        clock.advance(11.0)
        for _ in range(3):
            store.take_slot("general", (window,))
        clock.advance(2.0)
        for slot in late:
            store.restamp("general", (window,), slot.name, slot.stamp, store.now())
        report = opt.budget()
        general = report.windows[0]
        assert (general.used, general.left) == (6, 0)
        assert general.frees_in == pytest.approx(window_wait(10), abs=MS)  # the moved ones, not the oldest
        assert general.frees_in == pytest.approx(store.take_slot("general", (window,)).wait, abs=MS)


@pytest.mark.parametrize("mode", MODES)
def test_the_exempt_functions_count_in_their_own_window(
    mode: str, clock: ManualClock, mock: MockOptimove
) -> None:
    mail = facade_arguments("SendTransactionalMail", mock)

    async def scenario() -> None:
        async with session(mode, mock, clock, rate_limit=LIMITS) as call:
            await call("transactional_mail.send_transactional_mail", **mail)
            await call("transactional_mail.send_transactional_mail", **mail)
            report = await budget_of(call)
            assert [(w.budget, w.used, w.left) for w in report.windows] == [
                ("general", 0, 3),
                ("general", 0, 5),
                ("exempt", 2, 8),
            ]
            assert (report.left, report.spent) == (3, 2)
            assert report.windows[2].frees_in == pytest.approx(window_wait(1), abs=MS)

    run(scenario)


def test_a_custom_limiter_or_no_budget_has_no_general_window(clock: ManualClock, mock: MockOptimove) -> None:
    limiter = SlidingWindowLimiter(RateLimit(5, 60), clock)
    with sync_client(mock, clock, rate_limit=limiter) as opt:
        opt.general.get_last_data_update()
        custom = opt.budget()
    assert [w.budget for w in custom.windows] == ["exempt"]
    assert (custom.left, custom.limiter, custom.spent) == (None, "SlidingWindowLimiter(5 calls per 60 s)", 1)
    assert "general budget: kept by a custom limiter, SlidingWindowLimiter(5 calls per 60 s)" in str(custom)
    with sync_client(mock, clock, rate_limit=()) as opt:
        off = opt.budget()
    assert (off.left, off.limiter, off.ready_in) == (None, None, 0.0)
    assert "general budget: none (the rate limit is off)" in str(off)


def test_the_report_reads_as_text_and_as_json(clock: ManualClock, mock: MockOptimove) -> None:
    with sync_client(mock, clock, login=True, rate_limit=LIMITS, store="memory://") as opt:  # a Login: a call
        opt.general.get_last_data_update()
        clock.advance(0.5)
        report = opt.budget()
    assert str(report) == (
        "call budget in memory://:\n"
        "  general budget, 3 calls per 10 s: 1 left (2 used); the oldest call leaves it in 10.0 s\n"
        "  general budget, 5 calls per 60 s: 3 left (2 used); the oldest call leaves it in 1 min 3 s\n"
        "  exempt budget, 10 calls per 1 s: 10 left (none used)\n"
        "  no pause in force"
    )
    assert json.loads(json.dumps(report.to_dict())) == {
        "windows": [
            {"budget": "general", "calls": 3, "period": 10.0, "used": 2, "left": 1, "frees_in": 10.001},
            {"budget": "general", "calls": 5, "period": 60.0, "used": 2, "left": 3, "frees_in": 62.501},
            {"budget": "exempt", "calls": 10, "period": 1.0, "used": 0, "left": 10, "frees_in": 0.0},
        ],
        "paused_for": 0.0,
        "store": "memory://",
        "spent": 2,
        "limiter": None,
        "left": 1,
        "ready_in": 0.0,
    }
    assert repr(report).startswith("BudgetReport(windows=(WindowReport(budget='general', calls=3, ")
    assert "password" not in repr(report).lower() + str(report).lower()
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.paused_for = 1.0  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.windows[0].left = 3  # type: ignore[misc]
    assert isinstance(report.windows[0], WindowReport)


@pytest.mark.parametrize("mode", MODES)
def test_a_closed_client_reads_no_budget(mode: str, clock: ManualClock, mock: MockOptimove) -> None:
    async def scenario() -> None:
        async with session(mode, mock, clock) as call:
            pass
        with pytest.raises(ClientClosedError, match=r"the (async )?with block ended"):
            await budget_of(call)

    run(scenario)


def test_with_options_shares_the_budget_and_what_it_spent(clock: ManualClock, mock: MockOptimove) -> None:
    with sync_client(mock, clock, rate_limit=LIMITS) as opt:
        patient = opt.with_options(max_retries=5)
        patient.general.get_last_data_update()
        opt.general.get_last_data_update()
        assert opt.budget() == patient.budget()
        assert (opt.budget().spent, opt.budget().left) == (2, 1)
