"""pytest fixtures for testing code against the mock Optimove; installed as a pytest plugin.

    def test_my_export(optimove_mock, optimove_http):
        optimove_mock.faults.fail(503, operation="GetAllActions")
        ...

Override `optimove_mock_config` in a conftest.py to change the dataset or the limits for a module.
`optimove` is an `optimove_client.Optimove` on the mock; `optimove_http` a plain httpx.Client.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from optimove_client import Optimove
from optimove_client.testing.app import MOCK_BASE_URL, MockOptimove
from optimove_client.testing.clock import ManualClock
from optimove_client.testing.config import MockConfig


@pytest.fixture
def optimove_mock_config() -> MockConfig:
    """The mock's configuration: small and fast by default (100 customers)."""
    return MockConfig(customers=100)


@pytest.fixture
def optimove_clock() -> ManualClock:
    """The mock's clock: advance it to expire tokens or refill the rate limit without sleeping."""
    return ManualClock()


@pytest.fixture
def optimove_mock(optimove_mock_config: MockConfig, optimove_clock: ManualClock) -> MockOptimove:
    """A fresh mock Optimove for each test, driven by optimove_clock."""
    return MockOptimove(optimove_mock_config, clock=optimove_clock)


@pytest.fixture
def optimove(optimove_mock: MockOptimove, optimove_clock: ManualClock) -> Iterator[Optimove]:
    """An Optimove client wired in-process to optimove_mock with its API key, on optimove_clock:
    retries and rate-limit waits move the clock instead of sleeping."""
    with Optimove(
        api_key=optimove_mock.api_key,
        base_url=MOCK_BASE_URL,
        transport=optimove_mock.transport(),
        clock=optimove_clock,
        environ={},
    ) as client:
        yield client


@pytest.fixture
def optimove_http(optimove_mock: MockOptimove) -> Iterator[httpx.Client]:
    """An httpx.Client wired in-process to optimove_mock, sending a valid API key."""
    with optimove_mock.client() as client:
        yield client
