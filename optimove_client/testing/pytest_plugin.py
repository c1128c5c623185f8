"""pytest fixtures for testing code against the mock Optimove; installed as a pytest plugin.

    def test_my_export(optimove_mock, optimove_http):
        optimove_mock.faults.fail(503, operation="GetAllActions")
        ...

Override `optimove_mock_config` in a conftest.py to change the dataset or the limits for a module.
`optimove` is an `optimove_client.Optimove` on the mock, `optimove_async` an `AsyncOptimove`,
`optimove_http` a plain httpx.Client; `optimove_environ` serves the mock on 127.0.0.1, points the
OPTIMOVE_* environment variables at it and gives the whole environment, for code that builds its own
client (or a subprocess's env=).

Every install registers the plugin; its fixtures need the `testing` extra (pip install
'optimove-client[testing]') and say so, with a MissingExtraError, when it is missing.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from optimove_client._config.defaults import (
    ENV_API_KEY,
    ENV_BASE_URL,
    ENV_PASSWORD,
    ENV_SERVER,
    ENV_STORE,
    ENV_TOKEN,
    ENV_USERNAME,
)
from optimove_client.errors import MissingExtraError

# pytest loads this module in every project where optimove-client is installed, the base install included
# (its pytest11 entry point): at module level it imports only pytest and what the base install has. The
# mock (and the clients) are imported inside the fixtures, so a project without the testing extra runs its
# tests as before, and only a test using a fixture learns which extra to install.
if TYPE_CHECKING:
    import httpx

    from optimove_client import AsyncOptimove, Optimove
    from optimove_client.testing.app import MockOptimove
    from optimove_client.testing.clock import ManualClock
    from optimove_client.testing.config import MockConfig

INSTALL = "pip install 'optimove-client[testing]'"
# What the testing extra adds (pyproject.toml's `testing`): an ImportError naming one of these is a missing
# extra; any other is a fault of ours and is raised as it is.
_EXTRA_MODULES = frozenset({"jsonschema", "orjson"})

# Variables that would choose other credentials or another server than the ones optimove_environ sets.
_COMPETING_VARIABLES = (ENV_USERNAME, ENV_PASSWORD, ENV_TOKEN, ENV_SERVER)
# The fixtures' clients keep the account's budget and session in the process, whatever the library's
# default store: a user's test never touches a store file.
_STORE = "memory://"


@contextlib.contextmanager
def _testing_extra() -> Iterator[None]:
    """Around the imports of the mock: a missing testing extra becomes a MissingExtraError that names it."""
    try:
        yield
    except ImportError as error:
        missing = (error.name or "").partition(".")[0]
        if missing not in _EXTRA_MODULES:
            raise
        raise MissingExtraError(
            f"the mock Optimove and its pytest fixtures need {missing}, which is not installed: {INSTALL}"
        ) from None


def _wired_to(mock: MockOptimove, clock: ManualClock) -> dict[str, Any]:
    """What both clients of the fixtures take besides their transport: the mock's API key and base URL, a
    store of their own, the manual clock, and no environment variables."""
    from optimove_client.testing.app import MOCK_BASE_URL  # noqa: PLC0415 - imported by optimove_mock

    return {
        "api_key": mock.api_key,
        "base_url": MOCK_BASE_URL,
        "store": _STORE,
        "clock": clock,
        "environ": {},
    }


@pytest.fixture
def optimove_mock_config() -> MockConfig:
    """The mock's configuration: small and fast by default (100 customers)."""
    with _testing_extra():
        from optimove_client.testing.config import MockConfig  # noqa: PLC0415 - the testing extra

    return MockConfig(customers=100)


@pytest.fixture
def optimove_clock() -> ManualClock:
    """The mock's clock: advance it to expire tokens or refill the rate limit without sleeping."""
    with _testing_extra():
        from optimove_client.testing.clock import ManualClock  # noqa: PLC0415 - the testing extra

    return ManualClock()


@pytest.fixture
def optimove_mock(optimove_mock_config: MockConfig, optimove_clock: ManualClock) -> MockOptimove:
    """A fresh mock Optimove for each test, driven by optimove_clock."""
    with _testing_extra():
        from optimove_client.testing.app import MockOptimove  # noqa: PLC0415 - the testing extra

    return MockOptimove(optimove_mock_config, clock=optimove_clock)


@pytest.fixture
def optimove(optimove_mock: MockOptimove, optimove_clock: ManualClock) -> Iterator[Optimove]:
    """An Optimove client wired in-process to optimove_mock with its API key, on optimove_clock:
    retries and rate-limit waits move the clock instead of sleeping."""
    from optimove_client import Optimove  # noqa: PLC0415 - loads httpx: only when a test asks for it

    with Optimove(transport=optimove_mock.transport(), **_wired_to(optimove_mock, optimove_clock)) as client:
        yield client


@pytest.fixture
def optimove_http(optimove_mock: MockOptimove) -> Iterator[httpx.Client]:
    """An httpx.Client wired in-process to optimove_mock, sending a valid API key."""
    with optimove_mock.client() as client:
        yield client


@pytest.fixture
def optimove_async(optimove_mock: MockOptimove, optimove_clock: ManualClock) -> Iterator[AsyncOptimove]:
    """An AsyncOptimove wired in-process to optimove_mock with its API key, on optimove_clock (retries and
    rate-limit waits move the clock). Await its calls in any event loop: asyncio.run, pytest-asyncio or
    anyio; it is closed after the test."""
    from optimove_client import AsyncOptimove  # noqa: PLC0415 - loads httpx: only when a test asks for it

    client = AsyncOptimove(
        transport=optimove_mock.async_transport(), **_wired_to(optimove_mock, optimove_clock)
    )
    yield client
    asyncio.run(client.aclose())  # after the test: its own event loop, if any, has stopped


@pytest.fixture
def optimove_environ(
    optimove_mock: MockOptimove, monkeypatch: pytest.MonkeyPatch
) -> Iterator[dict[str, str]]:
    """For code that builds its own client from the environment (`Optimove()`, the `optimove` command, a
    subprocess): serves optimove_mock on 127.0.0.1 (a free port) for the test, and sets OPTIMOVE_BASE_URL
    to it, OPTIMOVE_API_KEY to its key and OPTIMOVE_STORE=memory:// (no store file is touched); unsets
    OPTIMOVE_USERNAME, OPTIMOVE_PASSWORD, OPTIMOVE_TOKEN and OPTIMOVE_SERVER. Gives the whole environment
    as it now is (a copy of os.environ, PATH included), ready for a subprocess's `env=`.

    A URL cannot name an in-process transport, hence the real server. The mock keeps optimove_clock, while
    the code under test waits in real time: advance the clock to expire sessions or refill the budget."""
    with _testing_extra():
        from optimove_client.testing.serve import MockServer  # noqa: PLC0415 - the testing extra

    with MockServer(optimove_mock) as server:
        variables = {
            ENV_BASE_URL: server.base_url,
            ENV_API_KEY: optimove_mock.api_key,
            ENV_STORE: _STORE,
        }
        for name in _COMPETING_VARIABLES:
            monkeypatch.delenv(name, raising=False)
        for name, value in variables.items():
            monkeypatch.setenv(name, value)
        # The whole environment, not only these variables: a subprocess given env= needs PATH, HOME, ...
        yield dict(os.environ)
