"""sqlite:///PATH: the store of the processes of one machine (the CLI's default, in the user cache folder).

One file, created with mode 0600 in a folder of mode 0700 (it holds the session token). Every change
runs in one write transaction (BEGIN IMMEDIATE), which SQLite serialises across processes; a process
that dies mid-transaction loses its lock with it. Time is the machine's wall clock (the client's clock),
which every process of the machine shares.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from pyrate_limiter import SQLiteBucket
from pyrate_limiter.buckets.sqlite_bucket import Queries

from optimove_client._clock import Clock
from optimove_client._secret import Secret
from optimove_client._store import budget
from optimove_client._store.base import NO_SESSION, SessionRecord, Slot, Window
from optimove_client._store.urls import StoreURL
from optimove_client.errors import StoreError

# Seconds a process waits for another one's write transaction before giving up.
BUSY_SECONDS = 10.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    account TEXT PRIMARY KEY,
    token TEXT,
    generation INTEGER NOT NULL,
    last_used REAL NOT NULL,
    answered_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS locks (account TEXT PRIMARY KEY, holder TEXT NOT NULL, until REAL NOT NULL);
CREATE TABLE IF NOT EXISTS pauses (account TEXT PRIMARY KEY, until REAL NOT NULL);
"""


def _write_ahead_log(connection: sqlite3.Connection) -> None:
    """WAL mode (readers never wait for the writer). Switching needs the file alone for an instant: when
    another process is opening it at the same moment, SQLite says "locked" at once, so try again."""
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.01)  # another process holds the file for an instant


def _create_private(path: Path) -> None:
    """The file (and its folder) readable by the user only, before SQLite opens it."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    descriptor = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(descriptor)


class _WriteTransaction:
    """One write transaction at a time, across the threads of this process and the processes of the
    machine. It is also the lock pyrate-limiter's bucket takes around its check-and-record step, inside
    the one take_slot() holds (re-entered: only the outermost begins the transaction)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._threads = threading.RLock()
        self._depth = 0

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """The connection for a read (no transaction: WAL readers never wait for writers)."""
        with self._threads:
            yield self._connection

    def __enter__(self) -> sqlite3.Connection:
        self._threads.acquire()
        if self._depth == 0:
            try:
                self._connection.execute("BEGIN IMMEDIATE")  # waits (busy timeout) for other processes
            except BaseException:
                self._threads.release()
                raise
        self._depth += 1
        return self._connection

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._depth -= 1
        try:
            if self._depth == 0 and self._connection.in_transaction:
                self._connection.execute("ROLLBACK" if kind is not None else "COMMIT")
        finally:
            self._threads.release()


class SQLiteStore:
    def __init__(self, url: StoreURL, account: str, clock: Clock) -> None:
        assert url.path is not None
        self.url = url.shown
        self._path = url.path
        self._account = account
        self._clock = clock
        self._connection: sqlite3.Connection | None = None
        self._transaction: _WriteTransaction | None = None
        self._buckets: dict[tuple[str, tuple[Window, ...]], tuple[SQLiteBucket, list[int]]] = {}
        self._opening = threading.Lock()
        self._slots = threading.Lock()  # one slot at a time in this process (see budget.py)

    # -- the connection, opened at the first call ----------------------------------------------------

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except (sqlite3.Error, OSError) as error:
            raise StoreError(self.url, f"{type(error).__name__}: {error}") from None

    def _write(self) -> _WriteTransaction:
        with self._opening:
            if self._transaction is None:
                _create_private(self._path)
                connection = sqlite3.connect(
                    self._path, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False
                )
                _write_ahead_log(connection)
                connection.execute("PRAGMA synchronous=NORMAL")
                transaction = _WriteTransaction(connection)
                with transaction:  # a write lock first: processes creating the file at once wait in turn
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            connection.execute(statement)
                self._connection, self._transaction = connection, transaction
            return self._transaction

    def _read(self, query: str, *parameters: object) -> tuple[object, ...] | None:
        with self._errors(), self._write().reading() as connection:
            row: tuple[object, ...] | None = connection.execute(query, parameters).fetchone()
            return row

    def now(self) -> float:
        return self._clock.wall()

    # -- budget ------------------------------------------------------------------------------------------

    def take_slot(self, scope: str, windows: tuple[Window, ...]) -> Slot:
        with self._errors(), self._slots:
            bucket, taken = self._bucket(scope, windows)
            assert self._transaction is not None
            with self._transaction as connection:  # the slot's time is read once the write lock is held
                now = self.now()
                decision = bucket.put_decision(budget.item(now))
                row = connection.execute("SELECT until FROM pauses WHERE account = ?", (self._account,))
                pause = row.fetchone()
            taken[0] += 1
            if taken[0] % budget.LEAK_EVERY == 0:
                bucket.leak(budget.item(now).timestamp)
        paused = float(pause[0]) if pause else float("-inf")
        return Slot(budget.wait_of(decision), paused)  # type: ignore[arg-type]  # a sync bucket's decision

    def _bucket(self, scope: str, windows: tuple[Window, ...]) -> tuple[SQLiteBucket, list[int]]:
        key = (scope, windows)
        found = self._buckets.get(key)
        if found is None:
            transaction = self._write()
            signature = "_".join(f"{window.calls}x{window.milliseconds}" for window in windows)
            table = f"budget_{self._account}_{scope}_{signature}"
            with transaction as connection:
                connection.execute(Queries.CREATE_BUCKET_TABLE.format(table=table))
                connection.execute(
                    Queries.CREATE_INDEX_ON_TIMESTAMP.format(index_name=f"{table}_time", table_name=table)
                )
            bucket = SQLiteBucket(budget.rates(windows), connection, table, lock=transaction)
            found = self._buckets[key] = (bucket, [0])
        return found

    # -- pause -------------------------------------------------------------------------------------------

    def paused_until(self) -> float:
        row = self._read("SELECT until FROM pauses WHERE account = ?", self._account)
        return float(row[0]) if row else float("-inf")  # type: ignore[arg-type]

    def pause_until(self, until: float) -> None:
        with self._errors(), self._write() as connection:
            connection.execute(
                "INSERT INTO pauses (account, until) VALUES (?, ?) "
                "ON CONFLICT (account) DO UPDATE SET until = MAX(until, excluded.until)",
                (self._account, until),
            )

    # -- session -----------------------------------------------------------------------------------------

    def session(self) -> SessionRecord:
        row = self._read(
            "SELECT token, generation, last_used, answered_at FROM sessions WHERE account = ?", self._account
        )
        if row is None:
            return NO_SESSION
        token, generation, last_used, answered_at = row
        return SessionRecord(
            Secret(str(token)) if token else None,
            int(generation),  # type: ignore[call-overload]
            float(last_used),  # type: ignore[arg-type]
            float(answered_at),  # type: ignore[arg-type]
        )

    def try_lock(self, holder: str, seconds: float) -> bool:
        with self._errors(), self._write() as connection:
            now = self.now()
            row = connection.execute("SELECT until FROM locks WHERE account = ?", (self._account,)).fetchone()
            if row is not None and float(row[0]) > now:
                return False
            connection.execute(
                "INSERT OR REPLACE INTO locks (account, holder, until) VALUES (?, ?, ?)",
                (self._account, holder, now + seconds),
            )
            return True

    def unlock(self, holder: str) -> None:
        with self._errors(), self._write() as connection:
            connection.execute("DELETE FROM locks WHERE account = ? AND holder = ?", (self._account, holder))

    def save_session(self, token: Secret, answered_at: float, generation: int) -> SessionRecord:
        with self._errors(), self._write() as connection:
            row = connection.execute(
                "SELECT generation FROM sessions WHERE account = ?", (self._account,)
            ).fetchone()
            current = int(row[0]) if row else 0
            if current == generation:
                connection.execute(
                    "INSERT OR REPLACE INTO sessions (account, token, generation, last_used, answered_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (self._account, token.reveal(), generation + 1, answered_at, answered_at),
                )
        return self.session()

    def drop_token(self, generation: int) -> None:
        with self._errors(), self._write() as connection:
            connection.execute(
                "UPDATE sessions SET token = NULL WHERE account = ? AND generation = ?",
                (self._account, generation),
            )

    def touch(self, generation: int, used_at: float) -> None:
        with self._errors(), self._write() as connection:
            connection.execute(
                "UPDATE sessions SET last_used = MAX(last_used, ?) WHERE account = ? AND generation = ?",
                (used_at, self._account, generation),
            )

    def close(self) -> None:
        with self._opening:
            if self._connection is not None:
                self._connection.close()
                self._connection = self._transaction = None
                self._buckets.clear()

    def __repr__(self) -> str:
        return f"SQLiteStore({self.url!r})"


class AsyncSQLiteStore:
    """sqlite:/// for the async client: each operation in a worker thread, so the loop never waits on the
    file's lock."""

    def __init__(self, url: StoreURL, account: str, clock: Clock) -> None:
        self._store = SQLiteStore(url, account, clock)
        self.url = self._store.url

    async def now(self) -> float:
        return self._store.now()

    async def take_slot(self, scope: str, windows: tuple[Window, ...]) -> Slot:
        return await asyncio.to_thread(self._store.take_slot, scope, windows)

    async def paused_until(self) -> float:
        return await asyncio.to_thread(self._store.paused_until)

    async def pause_until(self, until: float) -> None:
        await asyncio.to_thread(self._store.pause_until, until)

    async def session(self) -> SessionRecord:
        return await asyncio.to_thread(self._store.session)

    async def try_lock(self, holder: str, seconds: float) -> bool:
        return await asyncio.to_thread(self._store.try_lock, holder, seconds)

    async def unlock(self, holder: str) -> None:
        await asyncio.to_thread(self._store.unlock, holder)

    async def save_session(self, token: Secret, answered_at: float, generation: int) -> SessionRecord:
        return await asyncio.to_thread(self._store.save_session, token, answered_at, generation)

    async def drop_token(self, generation: int) -> None:
        await asyncio.to_thread(self._store.drop_token, generation)

    async def touch(self, generation: int, used_at: float) -> None:
        await asyncio.to_thread(self._store.touch, generation, used_at)

    async def aclose(self) -> None:
        self._store.close()

    def __repr__(self) -> str:
        return f"AsyncSQLiteStore({self.url!r})"
