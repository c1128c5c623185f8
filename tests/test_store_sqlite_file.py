"""A sqlite:/// store's file as a daily job meets it over months: deleted or replaced while clients run
(they all go on in the one file at the path), left by the previous version (WAL, mode 0644), someone
else's, or corrupt. Real processes: tests/test_store_processes.py."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from optimove_client import Optimove, StoreError
from optimove_client._auth.secret import Secret
from optimove_client._store import open_store, sqlite_file, urls
from optimove_client._store.base import NO_SESSION, Store, Window
from optimove_client.testing import (
    DEFAULT_PASSWORD,
    DEFAULT_USERNAME,
    MOCK_BASE_URL,
    ManualClock,
    MockOptimove,
)

WINDOWS = (Window(100, 60_000),)
SIDECARS = ("-journal", "-wal", "-shm")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "store.sqlite"


@pytest.fixture
def open_client(path: Path) -> Iterator[Callable[[], Store]]:
    """Opens a client's store on `path` (the clients share one clock, as processes share the machine's)."""
    clock = ManualClock(start=1_000.0)
    opened: list[Store] = []

    def open_one() -> Store:
        store = open_store(urls.parse(f"sqlite:///{path}"), "account-a", clock)
        opened.append(store)
        return store

    yield open_one
    for store in opened:
        store.close()


def _slots(path: Path) -> int:
    """The slots counted in the file at `path`, in every budget table."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        query = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'budget%'"
        tables = [row[0] for row in connection.execute(query)]
        counts = [f"SELECT COUNT(*) FROM '{table}'" for table in tables]  # noqa: S608 - names SQLite listed
        return sum(connection.execute(count).fetchone()[0] for count in counts)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _another_database(path: Path) -> Path:
    """A SQLite file of someone else's making, readable by all (a copy restored over the store)."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE unrelated (x)")
        connection.commit()
    path.chmod(0o644)
    return path


def _reopened(records: list[logging.LogRecord], path: Path) -> list[str]:
    return [r.getMessage() for r in records if r.levelno == logging.INFO and str(path) in r.getMessage()]


def test_clients_go_on_in_the_file_at_the_path_after_it_is_deleted(
    open_client: Callable[[], Store], path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    first, second = open_client(), open_client()
    for store in (first, second):
        assert store.take_slot("general", WINDOWS).wait == 0
    path.unlink()
    with caplog.at_level(logging.INFO, logger="optimove_client"):
        for store in (first, second):
            assert store.take_slot("general", WINDOWS).wait == 0
    assert _slots(path) == 2  # both count in the new file, and a new client will too
    assert open_client().take_slot("general", WINDOWS).wait == 0
    assert _slots(path) == 3
    assert len(_reopened(caplog.records, path)) == 2  # one line per client that reopened
    assert _mode(path) == 0o600


def test_clients_go_on_in_the_file_at_the_path_after_it_is_replaced(
    open_client: Callable[[], Store], path: Path, tmp_path: Path
) -> None:
    first = open_client()
    assert first.take_slot("general", WINDOWS).wait == 0
    first.save_session(Secret("token-1"), first.now(), 0)
    os.replace(_another_database(tmp_path / "restored.sqlite"), path)
    assert first.session() == NO_SESSION  # read from the file at the path, which has none: a Login makes one
    second = open_client()
    assert second.take_slot("general", WINDOWS).wait == 0
    assert first.take_slot("general", WINDOWS).wait == 0
    assert _slots(path) == 2
    first.pause_until(first.now() + 30)
    assert second.paused_until() == pytest.approx(first.now() + 30)
    assert _mode(path) == 0o600


def test_a_file_replaced_between_the_check_and_the_write_is_seen_by_sqlite(
    open_client: Callable[[], Store], path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite refuses the write to a file that was moved since it was opened (SQLITE_READONLY_DBMOVED):
    the store opens the file at the path and takes the slot there, once."""
    store = open_client()
    assert store.take_slot("general", WINDOWS).wait == 0
    before = sqlite_file.identity(path)
    os.replace(_another_database(tmp_path / "restored.sqlite"), path)
    monkeypatch.setattr(sqlite_file, "identity", lambda _path: before)  # the check ran just before
    assert store.take_slot("general", WINDOWS).wait == 0
    monkeypatch.undo()
    assert _slots(path) == 1


@pytest.mark.reliability
def test_a_corrupt_file_is_set_aside_with_a_warning_and_the_store_starts_afresh(
    open_client: Callable[[], Store], path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A corrupt SQLite store file is set aside with a warning and the store starts afresh."""
    garbage = b"this is no database " * 400
    path.parent.mkdir()
    path.write_bytes(garbage)
    with caplog.at_level(logging.WARNING, logger="optimove_client"):
        store = open_client()
        assert store.take_slot("general", WINDOWS).wait == 0
    (aside,) = path.parent.glob("store.sqlite.corrupt-*")
    assert aside.read_bytes() == garbage
    (warning,) = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert str(path) in warning and str(aside) in warning
    assert _slots(path) == 1


def test_a_file_that_turns_corrupt_while_in_use_is_set_aside_and_the_store_goes_on(
    open_client: Callable[[], Store], path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = open_client()
    assert store.take_slot("general", WINDOWS).wait == 0
    with path.open("r+b") as file:  # the same file, overwritten in place (a disk error, a power loss)
        file.write(b"\x00garbage" * (path.stat().st_size // 8))
    with caplog.at_level(logging.WARNING, logger="optimove_client"):
        assert store.take_slot("general", WINDOWS).wait == 0
    (aside,) = [
        file for file in path.parent.glob("store.sqlite.corrupt-*") if not file.name.endswith(SIDECARS)
    ]
    assert Path(f"{aside}-journal").exists()  # its journal went with it: never replayed into the next file
    assert [r.levelno for r in caplog.records] == [logging.WARNING]
    assert _slots(path) == 1


@pytest.mark.reliability
def test_an_existing_file_and_its_journals_are_made_private_and_the_wal_mode_left(
    open_client: Callable[[], Store], path: Path
) -> None:
    """A store file of mode 0644, its -journal, -wal and -shm: made 0600 when a client opens them.

    The previous version's file: WAL mode, mode 0644 (and its -wal and -shm), still open in an older
    process. The store uses it as it is (WAL while that process has it), made private; once that process
    is gone, the next store to open it takes it to a rollback journal."""
    path.parent.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_IN_WAL_MODE, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdin is not None
    assert holder.stdout.readline().strip() == "HOLDING"
    Path(f"{path}-journal").touch()  # an empty journal, as a rollback-journal store leaves
    files = [path, *(Path(f"{path}{suffix}") for suffix in SIDECARS)]
    for file in files:
        file.chmod(0o644)
    store = open_client()
    assert store.take_slot("general", WINDOWS).wait == 0
    assert [oct(_mode(file)) for file in files] == [oct(0o600)] * 4
    assert _header_mode(path) == "wal"
    holder.stdin.close()
    assert holder.wait(timeout=60) == 0
    store.close()
    assert open_client().take_slot("general", WINDOWS).wait == 0
    assert _header_mode(path) == "rollback"
    assert _slots(path) == 2


_HOLD_IN_WAL_MODE = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA journal_mode=WAL")
connection.execute("CREATE TABLE IF NOT EXISTS unrelated (x)")
connection.execute("INSERT INTO unrelated VALUES (1)")
print("HOLDING", flush=True)
sys.stdin.read()
"""


def _header_mode(path: Path) -> str:
    """The journal mode a SQLite file's header records (its bytes 18 and 19: 2 for WAL)."""
    header = path.read_bytes()[:100]
    return "wal" if header[18:20] == b"\x02\x02" else "rollback"


@pytest.mark.reliability
def test_a_file_that_cannot_be_made_private_is_an_error_before_any_token_is_written(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store file that cannot be made 0600: StoreError naming it, its mode, the fix; no token written.

    A file someone else owns (chmod fails): StoreError naming the file, its mode and the fix; no
    Login is made, so no token is ever written into a file others can read."""
    path.parent.mkdir()
    _another_database(path)

    def refused(target: object, mode: int, **_options: object) -> None:
        raise PermissionError(1, "Operation not permitted", str(target))

    monkeypatch.setattr(os, "chmod", refused)
    mock = MockOptimove(customers=3)
    with (
        Optimove(
            username=DEFAULT_USERNAME,
            password=DEFAULT_PASSWORD,
            base_url=MOCK_BASE_URL,
            transport=mock.transport(),
            store=f"sqlite:///{path}",
            environ={},
        ) as opt,
        pytest.raises(StoreError) as raised,
    ):
        opt.general.get_last_data_update()
    message = str(raised.value)
    assert str(path) in message and "0644" in message and f"chmod 600 {path}" in message
    assert mock.logins.attempts == 0
    assert _mode(path) == 0o644


def test_making_a_file_private_takes_permissions_off_and_never_adds_one(tmp_path: Path) -> None:
    modes = {"open": 0o644, "group": 0o640, "executable": 0o755, "stricter": 0o400, "private": 0o600}
    for name, mode in modes.items():
        (tmp_path / name).touch()
        (tmp_path / name).chmod(mode)
        sqlite_file.make_private(tmp_path / name, "sqlite:///store")
    made = {name: _mode(tmp_path / name) for name in modes}
    assert made == {"open": 0o600, "group": 0o600, "executable": 0o600, "stricter": 0o400, "private": 0o600}
    sqlite_file.make_private(tmp_path / "missing", "sqlite:///store")  # nothing to do
