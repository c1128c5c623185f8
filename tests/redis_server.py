"""The tests' real redis-server (bench/redis_server.py): where the binary is missing, tests that need it
skip with the reason, unless OPTIMOVE_REQUIRE_REDIS is set (CI sets it after installing Debian's
redis-server): then they fail. No fake Redis stands in for it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.redis_server import available, running_redis

REQUIRE = "OPTIMOVE_REQUIRE_REDIS"


def redis_server(folder: Path) -> Iterator[str]:
    """Start redis-server in `folder`; yields its URL (db 0); stops it afterwards."""
    if not available():
        if os.environ.get(REQUIRE):
            pytest.fail(f"redis-server is not installed, and {REQUIRE} says these tests must run")
        pytest.skip("redis-server is not installed (apt-get install redis-server); .ci/run installs it")
    try:
        with running_redis(folder) as url:
            yield url
    except RuntimeError as error:
        pytest.fail(str(error))
