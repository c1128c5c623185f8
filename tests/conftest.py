"""What every test shares: each starts with a fresh in-process store (budget and pause per account)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from optimove_client._store import memory
from optimove_client.testing import ManualClock, MockOptimove
from tests.client_helpers import make_mock
from tests.redis_server import redis_server

# dlt reports anonymous usage to its makers unless told not to: the tests (README examples included) never
# call out of the machine.
os.environ["RUNTIME__DLTHUB_TELEMETRY"] = "false"


@pytest.fixture(autouse=True)
def private_cache_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The default store is a file of the user cache folder: each test gets a folder of its own, so that it
    never shares a budget or a session with another test, or with whoever runs the tests."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder


@pytest.fixture(autouse=True)
def private_config_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The config file's default place (platformdirs) follows XDG_CONFIG_HOME: never read the config file
    of whoever runs the tests."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


@pytest.fixture(autouse=True)
def fresh_memory_store() -> Iterator[None]:
    """The memory:// store keeps the budget of an account for the whole process, as it should for users;
    between tests it would carry one test's calls into the next one's budget."""
    memory.reset_for_tests()
    yield
    memory.reset_for_tests()


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real redis-server of this test session (see tests/redis_server.py)."""
    yield from redis_server(tmp_path_factory.mktemp("redis"))


@pytest.fixture
def fresh_redis(redis_url: str) -> str:
    """The session's Redis, emptied for this test."""
    import redis  # noqa: PLC0415 - the [redis] extra, installed with the test tools

    with redis.Redis.from_url(redis_url) as client:
        client.flushdb()
    return redis_url


@pytest.fixture(params=["memory", "sqlite", "redis"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a store of each kind, fresh for the test: memory://, a SQLite file, the session's Redis."""
    if request.param == "memory":
        return "memory://"
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite'}"
    return str(request.getfixturevalue("fresh_redis"))


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for the tests that type-check user code: the second run reuses what the first read."""
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.fixture
def clock() -> ManualClock:
    """A clock the test moves by hand: retries, pauses and token expiry without waiting."""
    return ManualClock()


@pytest.fixture
def mock(clock: ManualClock) -> MockOptimove:
    """The bundled mock on the test's clock (tests/client_helpers.py make_mock)."""
    return make_mock(clock)
