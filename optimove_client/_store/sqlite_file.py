"""The SQLite store's file: private to its user, in a rollback journal, and set aside when it is corrupt.

Why a rollback journal (TRUNCATE) rather than WAL: the file may be deleted or replaced while clients run
for months (a cache folder cleaned, a copy restored). A WAL connection goes on writing into a file that
is gone, and when the last one closes, SQLite deletes PATH-wal and PATH-shm by name: the new file's,
which other clients are using. In a rollback journal SQLite refuses a write to a file that was unlinked
or renamed since it was opened (SQLITE_READONLY_DBMOVED), before it opens the journal, and closing
deletes nothing by name; the store also compares the file at the path with its own before each
operation (identity()), so that every client converges on the one file at the path.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import sqlite3
import stat
import time
from pathlib import Path

from optimove_client.errors import StoreError

logger = logging.getLogger("optimove_client")

# Seconds a process waits for another one's write transaction before giving up.
BUSY_SECONDS = 10.0
# Seconds spent trying to take a file of the previous version out of WAL mode, which needs it alone: an
# older process that keeps it open keeps it in WAL (the identity check still heals a replaced file).
LEAVE_WAL_SECONDS = 1.0
# The files SQLite keeps beside the store, which hold its pages (so the session token) too.
SIDECARS = ("-journal", "-wal", "-shm")

_BUSY = 5  # SQLITE_BUSY
_CORRUPT = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB (primary codes: the extended ones say where)
_MOVED = 1032  # SQLITE_READONLY_DBMOVED

Identity = tuple[int, int]  # (st_dev, st_ino): which file a path names


def identity(path: Path) -> Identity | None:
    """Which file `path` names now; None when there is none."""
    try:
        found = os.stat(path)
    except FileNotFoundError:
        return None
    return found.st_dev, found.st_ino


def moved(error: sqlite3.Error) -> bool:
    """SQLite refused a write: the file was deleted or replaced since this connection opened it."""
    return getattr(error, "sqlite_errorcode", None) == _MOVED


def corrupt(error: sqlite3.Error) -> bool:
    """SQLite found the file corrupt, or not a database at all."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _CORRUPT


def create_private(path: Path, shown: str) -> Identity:
    """The file, created if missing (mode 0600, in a folder created 0700), with the journals beside it
    made readable by the user only before SQLite opens it: it holds the session token. Its identity.

    StoreError (naming the store `shown`) when a file cannot be made private: it is someone else's.
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    make_private(path, shown)  # first: a file this user cannot open gets the clearer message
    descriptor = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        found = os.fstat(descriptor)
    finally:
        os.close(descriptor)
    for suffix in SIDECARS:
        make_private(Path(f"{path}{suffix}"), shown)
    return found.st_dev, found.st_ino


def make_private(path: Path, shown: str) -> None:
    """Take every permission of the group and of others off `path`, if it exists; never add one."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        return
    private = mode & 0o600
    if private == mode:
        return
    try:
        os.chmod(path, private)
    except OSError as error:
        raise StoreError(
            shown,
            f"{path} has mode {mode:04o} and cannot be made private ({error.strerror}); it holds the "
            f"session token: its owner can run chmod 600 {path}",
        ) from None


def connect(path: Path) -> sqlite3.Connection:
    """A connection to `path` in a rollback journal (TRUNCATE), the file converted from WAL (an earlier
    version's mode) when it can be had alone within LEAVE_WAL_SECONDS."""
    deadline = time.monotonic() + LEAVE_WAL_SECONDS
    while True:
        connection = sqlite3.connect(
            path, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False
        )
        try:
            converted = _rollback_journal(connection)
            if converted or time.monotonic() > deadline:
                if not converted:
                    logger.info("store file %s stays in WAL mode: another process has it open", path)
                # OFF: a change is handed to the OS, not waited onto the disk (a slot takes 60 µs here,
                # 750 with NORMAL's fsync): safe when a process dies, not when the machine does, where
                # the file may come back corrupt, and is then set aside. It holds nothing that a Login
                # and a few waits cannot rebuild.
                connection.execute("PRAGMA synchronous=OFF")
                return connection
        except BaseException:
            connection.close()
            raise
        connection.close()  # ours holds the WAL open too: let another new process convert it meanwhile
        time.sleep(random.uniform(0.005, 0.02))  # noqa: S311 - a jitter, so that two new processes part


def _rollback_journal(connection: sqlite3.Connection) -> bool:
    try:
        row = connection.execute("PRAGMA journal_mode=TRUNCATE").fetchone()
    except sqlite3.OperationalError as error:
        if error.sqlite_errorcode & 0xFF != _BUSY:
            raise
        return False  # the file is in WAL mode, and another connection has it open
    return bool(row) and str(row[0]).lower() == "truncate"


def set_aside(path: Path, found: Identity) -> Path | None:
    """Move the corrupt file `found` (and its journals) to PATH.corrupt-<unix time>, unless the path
    names another file by now (another process set it aside first): the new name, or None."""
    if identity(path) != found:
        return None
    aside = path.with_name(f"{path.name}.corrupt-{int(time.time())}")
    for suffix in SIDECARS:  # first: a journal left beside the path would be replayed into the next file
        with contextlib.suppress(FileNotFoundError):
            os.replace(f"{path}{suffix}", f"{aside}{suffix}")
    os.replace(path, aside)
    return aside
