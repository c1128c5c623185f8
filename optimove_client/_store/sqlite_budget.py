"""The budget's log in a SQLite store (the rules are budget.py's): one table per account, scope and windows.

A table holds one row per slot, (name, item_timestamp in milliseconds), with an index on the stamp. Its
name and columns are those the store has always used (the files of earlier versions, and the processes
still running them, count in the same tables). Each statement here runs inside the store's write
transaction, which makes a check and its record one step.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from optimove_client._store import budget
from optimove_client._store.base import Tally, Window
from optimove_client._store.sqlite_connection import OpenFile


def table_of(account: str, scope: str, windows: tuple[Window, ...]) -> str:
    """The table's name: made of an account key (hex), a scope and numbers only, so safe to quote."""
    signature = "_".join(f"{window.calls}x{window.milliseconds}" for window in windows)
    return f"budget_{account}_{scope}_{signature}"


def prepare(file: OpenFile, table: str) -> None:
    """Create the table and its index in `file`, once per file opened."""
    if table in file.tables:
        return
    with file.transaction as connection:
        connection.execute(f'CREATE TABLE IF NOT EXISTS "{table}" (name VARCHAR, item_timestamp INTEGER)')
        connection.execute(f'CREATE INDEX IF NOT EXISTS "{table}_time" ON "{table}" (item_timestamp)')
    file.tables.add(table)


def _log(
    connection: sqlite3.Connection, table: str
) -> tuple[Callable[[int], int], Callable[[int], int | None]]:
    """The log's count_from and newest (as budget.verdict takes them) in `table`."""

    def count_from(start: int) -> int:
        query = f'SELECT COUNT(*) FROM "{table}" WHERE item_timestamp >= ?'  # noqa: S608 - our table
        return int(connection.execute(query, (start,)).fetchone()[0])

    def newest(k: int) -> int | None:
        query = f'SELECT item_timestamp FROM "{table}" ORDER BY item_timestamp DESC LIMIT 1 OFFSET ?'  # noqa: S608
        row = connection.execute(query, (k,)).fetchone()
        return None if row is None else int(row[0])

    return count_from, newest


def take(
    connection: sqlite3.Connection,
    table: str,
    windows: tuple[Window, ...],
    now: int,
    name: str,
    *,
    leak: bool,
) -> tuple[float, Window | None]:
    """Record the slot `name` at `now` if every window has room: (0.0, None); else the wait and the full
    window, nothing recorded. With `leak`, entries older than every window are dropped first."""
    if leak:
        connection.execute(
            f'DELETE FROM "{table}" WHERE item_timestamp < ?',  # noqa: S608 - our table
            (budget.leak_bound(windows, now),),
        )
    wait, full = budget.verdict(windows, now, *_log(connection, table))
    if full is None:
        connection.execute(
            f'INSERT INTO "{table}" (name, item_timestamp) VALUES (?, ?)',  # noqa: S608 - our table
            (name, now),
        )
    return wait, full


def tallies(
    connection: sqlite3.Connection, table: str, windows: tuple[Window, ...], now: int
) -> tuple[Tally, ...]:
    """Each window's tally at `now`, read only: a table not made yet counts nothing (and is not made)."""
    made = connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,))
    if made.fetchone() is None:
        return tuple(Tally(window, 0, None) for window in windows)
    count_from, newest = _log(connection, table)
    return tuple(budget.tally(window, now, count_from, newest) for window in windows)


def restamp(connection: sqlite3.Connection, table: str, name: str, now: int) -> None:
    connection.execute(
        f'UPDATE "{table}" SET item_timestamp = ? WHERE name = ?',  # noqa: S608 - our table
        (now, name),
    )
