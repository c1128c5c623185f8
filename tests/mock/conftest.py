from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from optimove_client.testing import ManualClock, MockOptimove


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def mock(clock: ManualClock) -> MockOptimove:
    return MockOptimove(customers=30, clock=clock)


@pytest.fixture
def http(mock: MockOptimove) -> Iterator[httpx.Client]:
    with mock.client() as client:
        yield client
