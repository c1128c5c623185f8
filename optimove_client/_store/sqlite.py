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

import sqlite3

from optimove_client._auth.secret import Secret
from optimove_client._store import budget, sqlite_budget
from optimove_client._store.base import NO_SESSION, Budget, BudgetReading, SessionRecord, Slot, Tally, Window
from optimove_client._store.sqlite_connection import OpenFile, StoreFile
from optimove_client._store.urls import StoreURL
from optimove_client._transport.clock import Clock

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


class SQLiteStore:
    def __init__(self, url: StoreURL, account: str, clock: Clock) -> None:
        assert url.path is not None
        self.url = url.shown
        self._account = account
        self._clock = clock
        self._file = StoreFile(url.path, self.url, _SCHEMA)
        self._leaks = budget.Leaks()

    def now(self) -> float:
        return self._clock.wall()

    # -- budget: one table per budget (sqlite_budget.py) -----------------------------------------------

    def take_slot(self, scope: str, windows: tuple[Window, ...]) -> Slot:
        table = sqlite_budget.table_of(self._account, scope, windows)
        name = budget.new_name()

        def take(file: OpenFile) -> Slot:
            sqlite_budget.prepare(file, table)
            with file.transaction as connection:  # the slot's time is read once the write lock is held
                now = self.now()
                leak = self._leaks.due(table)
                wait, full = sqlite_budget.take(
                    connection, table, windows, budget.milliseconds(now), name, leak=leak
                )
                row = connection.execute("SELECT until FROM pauses WHERE account = ?", (self._account,))
                pause = row.fetchone()
            paused = float(pause[0]) if pause else float("-inf")
            return Slot(wait, paused, name, now, full)

        return self._file.run(take)

    def restamp(self, scope: str, windows: tuple[Window, ...], name: str, stamp: float, now: float) -> None:
        table = sqlite_budget.table_of(self._account, scope, windows)

        def move(file: OpenFile) -> None:
            sqlite_budget.prepare(file, table)
            with file.transaction as connection:
                sqlite_budget.restamp(connection, table, name, budget.milliseconds(now))

        self._file.run(move)

    def read_budgets(self, budgets: tuple[Budget, ...]) -> BudgetReading:
        tables = [
            (sqlite_budget.table_of(self._account, scope, windows), windows) for scope, windows in budgets
        ]

        def read(connection: sqlite3.Connection) -> BudgetReading:
            now = self.now()  # inside the snapshot: no slot is taken or moved until it ends
            stamp = budget.milliseconds(now)
            tallies = tuple(sqlite_budget.tallies(connection, t, windows, stamp) for t, windows in tables)
            row = connection.execute("SELECT until FROM pauses WHERE account = ?", (self._account,))
            pause = row.fetchone()
            return BudgetReading(now, float(pause[0]) if pause else float("-inf"), tallies)

        found = self._file.snapshot(read)
        if found is None:  # no file yet: nothing counted, no pause
            empty = tuple(tuple(Tally(window, 0, None) for window in windows) for _, windows in budgets)
            return BudgetReading(self.now(), float("-inf"), empty)
        return found

    # -- pause -------------------------------------------------------------------------------------------

    def paused_until(self) -> float:
        row = self._file.read("SELECT until FROM pauses WHERE account = ?", self._account)
        return float(row[0]) if row else float("-inf")  # type: ignore[arg-type]

    def pause_until(self, until: float) -> None:
        self._file.write(
            lambda connection: connection.execute(
                "INSERT INTO pauses (account, until) VALUES (?, ?) "
                "ON CONFLICT (account) DO UPDATE SET until = MAX(until, excluded.until)",
                (self._account, until),
            )
        )

    # -- session -----------------------------------------------------------------------------------------

    def session(self) -> SessionRecord:
        row = self._file.read(
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

        return self._file.write(take)

    def unlock(self, holder: str) -> None:
        self._file.write(
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

        self._file.write(save)
        return self.session()

    def drop_token(self, generation: int) -> None:
        self._file.write(
            lambda connection: connection.execute(
                "UPDATE sessions SET token = NULL WHERE account = ? AND generation = ?",
                (self._account, generation),
            )
        )

    def touch(self, generation: int, used_at: float) -> None:
        self._file.write(
            lambda connection: connection.execute(
                "UPDATE sessions SET last_used = MAX(last_used, ?) WHERE account = ? AND generation = ?",
                (used_at, self._account, generation),
            )
        )

    def close(self) -> None:
        self._file.close()

    def __repr__(self) -> str:
        return f"SQLiteStore({self.url!r})"
