"""The budget's log as the shared stores keep it (a real Redis, a SQLite file): the keys, tables and layout
of earlier versions, so that a job upgraded while others of the account still run counts in the same log
as they do; the entries those versions wrote count; entries older than every window are dropped."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from optimove_client._store import Store, budget, open_store, urls
from optimove_client._store.base import Window
from optimove_client.testing import ManualClock

ACCOUNT = "account-a"
WINDOWS = (Window(3, 10_000), Window(5, 60_000))
KEYS = {
    "redis": f"optimove:{ACCOUNT}:budget:general:3/10000,5/60000",
    "sqlite": f"budget_{ACCOUNT}_general_3x10000_5x60000",
}


@pytest.fixture(params=["sqlite", "redis"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def url(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    return (
        f"sqlite:///{tmp_path / 'store.sqlite'}"
        if kind == "sqlite"
        else request.getfixturevalue("fresh_redis")
    )


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(start=1_000.0)


@pytest.fixture
def store(url: str, clock: ManualClock) -> Iterator[Store]:
    opened = open_store(urls.parse(url), ACCOUNT, clock)
    yield opened
    opened.close()


def _logs(url: str) -> dict[str, list[tuple[str, int]]]:
    """Every budget log in the store, as its entries (name, stamp in ms) in time order."""
    if url.startswith("sqlite"):
        with contextlib.closing(sqlite3.connect(urls.parse(url).path or "")) as connection:
            query = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'budget%'"
            tables = [row[0] for row in connection.execute(query)]
            select = "SELECT name, item_timestamp FROM '{}' ORDER BY item_timestamp"
            return {table: list(connection.execute(select.format(table))) for table in tables}
    import redis  # noqa: PLC0415

    with redis.Redis.from_url(url, decode_responses=True) as client:
        keys = client.keys("optimove:*:budget:*")
        return {
            key: [(name, int(score)) for name, score in client.zrange(key, 0, -1, withscores=True)]
            for key in keys
        }


def _write_as_an_earlier_version(url: str, kind: str, stamps: list[int]) -> None:
    """Entries as pyrate-limiter, which earlier versions used, wrote them: in Redis a member NAME:RANDOM:1."""
    if kind == "sqlite":
        with contextlib.closing(sqlite3.connect(urls.parse(url).path or "")) as connection:
            rows = [(f"call-{index}", stamp) for index, stamp in enumerate(stamps)]
            connection.executemany(f"INSERT INTO '{KEYS[kind]}' VALUES (?, ?)", rows)  # noqa: S608
            connection.commit()
        return
    import redis  # noqa: PLC0415

    with redis.Redis.from_url(url) as client:
        client.zadd(KEYS[kind], {f"call-{index}:Ab3dE:1": stamp for index, stamp in enumerate(stamps)})


def test_a_slot_is_kept_under_the_key_and_in_the_layout_of_earlier_versions(
    store: Store, url: str, kind: str
) -> None:
    slot = store.take_slot("general", WINDOWS)
    assert _logs(url) == {KEYS[kind]: [(slot.name, budget.milliseconds(slot.stamp))]}


def test_the_entries_an_earlier_version_wrote_count(store: Store, url: str, kind: str) -> None:
    store.take_slot("general", WINDOWS)  # the log exists (as it would, an earlier version running)
    now = budget.milliseconds(store.now())
    _write_as_an_earlier_version(url, kind, [now - 2_000, now - 1_000])
    refused = store.take_slot("general", WINDOWS)  # 3 in the last 10 s: the first window is full
    assert refused.full == Window(3, 10_000)
    assert refused.wait == pytest.approx(10.001 - 2, abs=0.01)  # until the oldest of the three leaves


def test_entries_older_than_every_window_are_dropped_and_the_key_expires(
    store: Store, url: str, kind: str, clock: ManualClock
) -> None:
    windows = (Window(1_000, 1_000),)
    for _ in range(budget.LEAK_EVERY - 1):
        assert store.take_slot("general", windows).wait == 0
    clock.advance(1.5)
    last = store.take_slot("general", windows)  # the LEAK_EVERY-th: the ones before it are dropped first
    (entries,) = _logs(url).values()
    assert entries == [(last.name, budget.milliseconds(last.stamp))]
    if kind == "redis":
        import redis  # noqa: PLC0415

        with redis.Redis.from_url(url) as client:
            (key,) = client.keys("optimove:*:budget:*")
            assert 0 < client.pttl(key) <= 2_000  # twice the longest window
