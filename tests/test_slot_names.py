"""Each slot a store's budget log holds is named uniquely across every thread and process that shares the
log: a process's names share a random prefix, which a forked child draws again (a child keeping its
parent's prefix and counter would repeat the parent's next names, and a repeated name in a Redis log
counts two calls as one)."""

from __future__ import annotations

import multiprocessing
import threading
from multiprocessing.connection import Connection

from optimove_client._store import budget


def _names_in_child(out: Connection) -> None:
    out.send([budget.new_name() for _ in range(100)])
    out.close()


def test_names_are_unique_across_threads() -> None:
    names: list[list[str]] = [[] for _ in range(4)]

    def name(into: list[str]) -> None:
        into.extend(budget.new_name() for _ in range(5_000))

    threads = [threading.Thread(target=name, args=(into,)) for into in names]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    every = [each for into in names for each in into]
    assert len(set(every)) == len(every) == 20_000


def test_a_forked_child_names_its_slots_apart_from_its_parent() -> None:
    budget.new_name()  # the parent has named slots before it forks
    receive, send = multiprocessing.get_context("fork").Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(target=_names_in_child, args=(send,))
    child.start()
    send.close()
    in_child: list[str] = receive.recv()
    child.join()
    in_parent = [budget.new_name() for _ in range(100)]
    assert child.exitcode == 0
    assert not set(in_child) & set(in_parent)
    prefix = in_parent[0].rsplit("-", 1)[0]
    assert all(not name.startswith(prefix + "-") for name in in_child)
