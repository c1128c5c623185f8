"""The provider's tests inside Airflow's environment: a served mock Optimove on 127.0.0.1 and the
connection optimove_default pointing at it (an AIRFLOW_CONN_ variable, as a deployment may set it)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from optimove_client.testing import DEFAULT_API_KEY, MockOptimove
from optimove_client.testing.serve import MockServer

CONN_VARIABLE = "AIRFLOW_CONN_OPTIMOVE_DEFAULT"


@pytest.fixture
def mock() -> MockOptimove:
    return MockOptimove(customers=250, control_endpoints=True)


@pytest.fixture
def served(mock: MockOptimove) -> Iterator[str]:
    with MockServer(mock) as server:
        yield server.base_url


@pytest.fixture
def set_connection(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """Define optimove_default (JSON, as AIRFLOW_CONN_OPTIMOVE_DEFAULT)."""

    def define(**fields: Any) -> None:
        monkeypatch.setenv(CONN_VARIABLE, json.dumps({"conn_type": "optimove", **fields}))

    return define


@pytest.fixture
def store(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.sqlite'}"


@pytest.fixture
def connection(served: str, store: str, set_connection: Callable[..., None]) -> str:
    """optimove_default: the served mock, its API key, a store of this test's own."""
    set_connection(host=served, password=DEFAULT_API_KEY, extra={"store": store, "max_retries": 0})
    return served
