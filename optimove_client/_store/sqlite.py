"""sqlite:///PATH: the store of the processes of one machine (the CLI's default, in the user cache folder).

One file, created with mode 0600 in a folder of mode 0700 (it holds the session token); an existing one,
and the journals beside it, are made 0600 when the store opens it. Every change runs in one write
transaction (BEGIN IMMEDIATE), which SQLite serialises across processes; a process that dies
mid-transaction loses its lock with it. Time is the machine's wall clock (the client's clock), which
every process of the machine shares.

The file heals (sqlite_file.py): deleted or replaced while clients run, each client opens the file at
the path at its next operation, so that they all count in one file again; found corrupt, it is set
aside and the store starts afresh. Either way what was in it is lost: the budget's recent calls (a few
waits may be skipped), a pause, the session token (a Login makes a new one).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import TypeVar

from pyrate_limiter import SQLiteBucket
from pyrate_limiter.buckets.sqlite_bucket import Queries

from optimove_client._clock import Clock
from optimove_client._secret import Secret
from optimove_client._store import budget, sqlite_file
from optimove_client._store.base import NO_SESSION, SessionRecord, Slot, Window
from optimove_client._store.urls import StoreURL
from optimove_client.errors import StoreError

logger = logging.getLogger("optimove_client")
_T = TypeVar("_T")

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


class _WriteTransaction:
    """One write transaction at a time, across the threads of this process (the store's lock) and the
    processes of the machine. It is also the lock pyrate-limiter's bucket takes around its
    check-and-record step, inside the one take_slot() holds (re-entered: only the outermost begins the
    transaction)."""

    def __init__(self, connection: sqlite3.Connection, threads: threading.RLock) -> None:
        self._connection = connection
        self._threads = threads
        self._depth = 0

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


class _File:
    """The file the store has open: its connection, which file it is, and its write transaction."""

    def __init__(
        self, connection: sqlite3.Connection, identity: sqlite_file.Identity, threads: threading.RLock
    ) -> None:
        self.connection = connection
        self.identity = identity
        self.transaction = _WriteTransaction(connection, threads)


class SQLiteStore:
    def __init__(self, url: StoreURL, account: str, clock: Clock) -> None:
        assert url.path is not None
        self.url = url.shown
        self._path = url.path
        self._account = account
        self._clock = clock
        self._file: _File | None = None
        self._buckets: dict[tuple[str, tuple[Window, ...]], tuple[SQLiteBucket, list[int]]] = {}
        # One operation at a time in this process: on the connection, on a bucket (see budget.py), or
        # opening the file again.
        self._lock = threading.RLock()

    # -- the file, opened at the first call and again whenever the path names another one -------------

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except (sqlite3.Error, OSError) as error:
            raise StoreError(self.url, f"{type(error).__name__}: {error}") from None

    def _run(self, operation: Callable[[_File], _T]) -> _T:
        """`operation` on the file the path names now. Run once more when SQLite refused its write
        because the file was replaced right after the check (the file at the path opened first), or
        when the file was found corrupt (set aside, and a new one created)."""
        with self._errors(), self._lock:
            file = self._current()
            try:
                return operation(file)
            except sqlite3.DatabaseError as error:
                if sqlite_file.moved(error):
                    self._reopened("was replaced while in use")
                elif sqlite_file.corrupt(error):
                    self._close()
                    self._set_aside(file.identity, error)
                else:
                    raise
            return operation(self._current())

    def _current(self) -> _File:
        """The open file, if the path still names it (one stat); else the file at the path, opened."""
        if self._file is not None and sqlite_file.identity(self._path) != self._file.identity:
            self._reopened("was deleted or replaced")
        if self._file is None:
            self._file = self._open()
        return self._file

    def _reopened(self, what: str) -> None:
        logger.info("store %s: the file %s %s: opening the one at that path", self.url, self._path, what)
        self._close()

    def _open(self) -> _File:
        identity = sqlite_file.create_private(self._path, self.url)
        try:
            return self._connect(identity)
        except sqlite3.DatabaseError as error:
            if not sqlite_file.corrupt(error):
                raise
            self._set_aside(identity, error)
        return self._connect(sqlite_file.create_private(self._path, self.url))

    def _connect(self, identity: sqlite_file.Identity) -> _File:
        connection = sqlite_file.connect(self._path)
        try:
            file = _File(connection, identity, self._lock)
            with file.transaction:  # a write lock first: processes creating the file at once wait in turn
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        connection.execute(statement)
        except BaseException:
            connection.close()
            raise
        return file

    def _set_aside(self, identity: sqlite_file.Identity, error: sqlite3.Error) -> None:
        aside = sqlite_file.set_aside(self._path, identity)
        if aside is not None:  # else another process set it aside first
            logger.warning(
                "store %s: the file %s is corrupt (%s): moved it to %s, starting a new one",
                self.url,
                self._path,
                error,
                aside,
            )

    def _close(self) -> None:
        if self._file is not None:
            self._file.connection.close()
            self._file = None
            self._buckets.clear()

    def _read(self, query: str, *parameters: object) -> tuple[object, ...] | None:
        def read(file: _File) -> tuple[object, ...] | None:
            row: tuple[object, ...] | None = file.connection.execute(query, parameters).fetchone()
            return row

        return self._run(read)

    def _write(self, change: Callable[[sqlite3.Connection], _T]) -> _T:
        def write(file: _File) -> _T:
            with file.transaction as connection:
                return change(connection)

        return self._run(write)

    def now(self) -> float:
        return self._clock.wall()

    # -- budget ------------------------------------------------------------------------------------------

    def take_slot(self, scope: str, windows: tuple[Window, ...]) -> Slot:
        def take(file: _File) -> Slot:
            bucket, taken = self._bucket(file, scope, windows)
            name = budget.new_name()
            with file.transaction as connection:  # the slot's time is read once the write lock is held
                now = self.now()
                decision = bucket.put_decision(budget.item(now, name))
                row = connection.execute("SELECT until FROM pauses WHERE account = ?", (self._account,))
                pause = row.fetchone()
            taken[0] += 1
            if taken[0] % budget.LEAK_EVERY == 0:
                bucket.leak(budget.item(now).timestamp)
            paused = float(pause[0]) if pause else float("-inf")
            return Slot(budget.wait_of(decision), paused, name, now, budget.full_window(decision))  # type: ignore[arg-type]  # a sync bucket's

        return self._run(take)

    def restamp(self, scope: str, windows: tuple[Window, ...], name: str, stamp: float, now: float) -> None:
        def move(file: _File) -> None:
            bucket, _taken = self._bucket(file, scope, windows)
            with file.transaction as connection:
                connection.execute(
                    f"UPDATE '{bucket.table}' SET item_timestamp = ? WHERE name = ?",  # noqa: S608 - our table
                    (budget.milliseconds(now), name),
                )

        self._run(move)

    def _bucket(self, file: _File, scope: str, windows: tuple[Window, ...]) -> tuple[SQLiteBucket, list[int]]:
        key = (scope, windows)
        found = self._buckets.get(key)
        if found is None:
            signature = "_".join(f"{window.calls}x{window.milliseconds}" for window in windows)
            table = f"budget_{self._account}_{scope}_{signature}"
            with file.transaction as connection:
                connection.execute(Queries.CREATE_BUCKET_TABLE.format(table=table))
                connection.execute(
                    Queries.CREATE_INDEX_ON_TIMESTAMP.format(index_name=f"{table}_time", table_name=table)
                )
            bucket = SQLiteBucket(budget.rates(windows), file.connection, table, lock=file.transaction)
            found = self._buckets[key] = (bucket, [0])
        return found

    # -- pause -------------------------------------------------------------------------------------------

    def paused_until(self) -> float:
        row = self._read("SELECT until FROM pauses WHERE account = ?", self._account)
        return float(row[0]) if row else float("-inf")  # type: ignore[arg-type]

    def pause_until(self, until: float) -> None:
        self._write(
            lambda connection: connection.execute(
                "INSERT INTO pauses (account, until) VALUES (?, ?) "
                "ON CONFLICT (account) DO UPDATE SET until = MAX(until, excluded.until)",
                (self._account, until),
            )
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
        def take(connection: sqlite3.Connection) -> bool:
            now = self.now()
            row = connection.execute("SELECT until FROM locks WHERE account = ?", (self._account,)).fetchone()
            if row is not None and float(row[0]) > now:
                return False
            connection.execute(
                "INSERT OR REPLACE INTO locks (account, holder, until) VALUES (?, ?, ?)",
                (self._account, holder, now + seconds),
            )
            return True

        return self._write(take)

    def unlock(self, holder: str) -> None:
        self._write(
            lambda connection: connection.execute(
                "DELETE FROM locks WHERE account = ? AND holder = ?", (self._account, holder)
            )
        )

    def save_session(self, token: Secret, answered_at: float, generation: int) -> SessionRecord:
        def save(connection: sqlite3.Connection) -> None:
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

        self._write(save)
        return self.session()

    def drop_token(self, generation: int) -> None:
        self._write(
            lambda connection: connection.execute(
                "UPDATE sessions SET token = NULL WHERE account = ? AND generation = ?",
                (self._account, generation),
            )
        )

    def touch(self, generation: int, used_at: float) -> None:
        self._write(
            lambda connection: connection.execute(
                "UPDATE sessions SET last_used = MAX(last_used, ?) WHERE account = ? AND generation = ?",
                (used_at, self._account, generation),
            )
        )

    def close(self) -> None:
        with self._lock:
            self._close()

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

    async def restamp(
        self, scope: str, windows: tuple[Window, ...], name: str, stamp: float, now: float
    ) -> None:
        await asyncio.to_thread(self._store.restamp, scope, windows, name, stamp, now)

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
