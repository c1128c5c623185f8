"""The file a SQLite store has open: opened at the first operation, and again whenever the path names
another file (deleted or replaced) or the file is found corrupt (set aside, see sqlite_file.py).

Every operation runs on the file the path names at that moment, under the store's lock (one operation
at a time in this process); a change runs in one write transaction (BEGIN IMMEDIATE), which SQLite
serialises across the processes of the machine.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from optimove_client._store import sqlite_file
from optimove_client.errors import StoreError

logger = logging.getLogger("optimove_client")
_T = TypeVar("_T")


class _WriteTransaction:
    """One write transaction at a time, across the threads of this process (the store's lock) and the
    processes of the machine; re-entered, only the outermost begins and ends the transaction."""

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


class OpenFile:
    """The file the store has open: its connection, which file it is, its write transaction, and the
    tables the store made sure of in it."""

    def __init__(
        self, connection: sqlite3.Connection, identity: sqlite_file.Identity, threads: threading.RLock
    ) -> None:
        self.connection = connection
        self.identity = identity
        self.transaction = _WriteTransaction(connection, threads)
        self.tables: set[str] = set()


class StoreFile:
    """The store's file at `path`, with `schema` (statements separated by ';') created in it."""

    def __init__(self, path: Path, shown: str, schema: str) -> None:
        self._path = path
        self._shown = shown  # the store's URL, in messages
        self._schema = [statement for statement in schema.split(";") if statement.strip()]
        self._file: OpenFile | None = None
        # One operation at a time in this process: on the connection, or opening the file again.
        self._lock = threading.RLock()

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except (sqlite3.Error, OSError) as error:
            raise StoreError(self._shown, f"{type(error).__name__}: {error}") from None

    def run(self, operation: Callable[[OpenFile], _T]) -> _T:
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

    def read(self, query: str, *parameters: object) -> tuple[object, ...] | None:
        def read(file: OpenFile) -> tuple[object, ...] | None:
            row: tuple[object, ...] | None = file.connection.execute(query, parameters).fetchone()
            return row

        return self.run(read)

    def snapshot(self, read: Callable[[sqlite3.Connection], _T]) -> _T | None:
        """`read` in one read transaction (what it sees is one moment of the file; it takes no write
        lock); None when there is no file at the path, which is then not created."""
        if sqlite_file.identity(self._path) is None:
            return None

        def snapshot(file: OpenFile) -> _T:
            file.connection.execute("BEGIN DEFERRED")  # a shared lock from the first read to the end
            try:
                return read(file.connection)
            finally:
                if file.connection.in_transaction:  # SQLite may have ended it on an error already
                    file.connection.execute("ROLLBACK")

        return self.run(snapshot)

    def write(self, change: Callable[[sqlite3.Connection], _T]) -> _T:
        def write(file: OpenFile) -> _T:
            with file.transaction as connection:
                return change(connection)

        return self.run(write)

    def close(self) -> None:
        with self._lock:
            self._close()

    def _current(self) -> OpenFile:
        """The open file, if the path still names it (one stat); else the file at the path, opened."""
        if self._file is not None and sqlite_file.identity(self._path) != self._file.identity:
            self._reopened("was deleted or replaced")
        if self._file is None:
            self._file = self._open()
        return self._file

    def _reopened(self, what: str) -> None:
        logger.info("store %s: the file %s %s: opening the one at that path", self._shown, self._path, what)
        self._close()

    def _open(self) -> OpenFile:
        identity = sqlite_file.create_private(self._path, self._shown)
        try:
            return self._connect(identity)
        except sqlite3.DatabaseError as error:
            if not sqlite_file.corrupt(error):
                raise
            self._set_aside(identity, error)
        return self._connect(sqlite_file.create_private(self._path, self._shown))

    def _connect(self, identity: sqlite_file.Identity) -> OpenFile:
        connection = sqlite_file.connect(self._path)
        try:
            file = OpenFile(connection, identity, self._lock)
            with file.transaction:  # a write lock first: processes creating the file at once wait in turn
                for statement in self._schema:
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
                self._shown,
                self._path,
                error,
                aside,
            )

    def _close(self) -> None:
        if self._file is not None:
            self._file.connection.close()
            self._file = None
