"""Run the `optimove` command in-process against the mock: no port, no subprocess, no sleep."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from optimove_client import Optimove, RateLimit
from optimove_client.cli import main
from optimove_client.cli.console import Console
from optimove_client.testing import MOCK_BASE_URL, MockOptimove

# A budget of its own (the client's limiter is shared per credential and limit): never waited for here.
UNLIMITED = RateLimit(1_000_000, 3600.0)


@dataclasses.dataclass
class Outcome:
    code: int
    out: str
    err: str


class CountingTransport(httpx.BaseTransport):
    """The mock's transport, with a hook called before each request (to interrupt or count)."""

    def __init__(self, mock: MockOptimove, before: Callable[[httpx.Request], None] | None = None) -> None:
        self.inner = mock.transport()
        self.before = before

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.before is not None:
            self.before(request)
        return self.inner.handle_request(request)


@pytest.fixture
def mock() -> MockOptimove:
    return MockOptimove(customers=1_000)


@pytest.fixture
def environ(tmp_path: Path) -> dict[str, str]:
    # XDG_CONFIG_HOME: never read the config file of whoever runs the tests; OPTIMOVE_STORE: never share a
    # session or a budget with them (the CLI's default store is a file in the user cache folder).
    return {
        "OPTIMOVE_BASE_URL": MOCK_BASE_URL,
        "OPTIMOVE_API_KEY": "mock-api-key",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "OPTIMOVE_STORE": f"sqlite:///{tmp_path / 'store.sqlite'}",
    }


RunCli = Callable[..., Outcome]


@pytest.fixture
def run_cli(mock: MockOptimove, environ: dict[str, str]) -> RunCli:
    def run(
        *argv: str,
        env: dict[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        password: str | None = None,
        terminal: bool = False,
    ) -> Outcome:
        out, err = io.StringIO(), io.StringIO()
        console = Console(
            stdout=out,
            stderr=err,
            # A test's own environment still gets the test's store, never the user's.
            environ=environ if env is None else {"OPTIMOVE_STORE": environ["OPTIMOVE_STORE"], **env},
            prompt_password=lambda _prompt: password,
            stderr_is_terminal=terminal,
            client_options={"transport": transport or mock.transport(), "rate_limit": UNLIMITED},
        )
        code = main(list(argv), console)
        return Outcome(code, out.getvalue(), err.getvalue())

    return run


@pytest.fixture
def client(mock: MockOptimove) -> Iterator[Optimove]:
    """The library itself, on the same mock: what the CLI's output is compared with."""
    with Optimove(
        api_key="mock-api-key", base_url=MOCK_BASE_URL, transport=mock.transport(), rate_limit=UNLIMITED
    ) as opt:
        yield opt


@pytest.fixture
def sent(mock: MockOptimove) -> list[httpx.Request]:
    """Every request the CLI sends through `recorder`, in order."""
    return []


@pytest.fixture
def recorder(mock: MockOptimove, sent: list[httpx.Request]) -> CountingTransport:
    """The mock's transport, keeping every request the CLI sends (to any host) in `sent`."""
    return CountingTransport(mock, before=sent.append)
