"""Mistakes in setting a client up, told in our words: a host that cannot be reached named with its scheme
and port, a closed client, two settings that would silently overrule each other."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import httpx
import pytest

from optimove_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncOptimove,
    BatchError,
    ClientClosedError,
    ConfigurationError,
    Optimove,
    OptimoveError,
    RetryPolicy,
)
from optimove_client._transport.error_mapping import connection_error
from optimove_client.testing import MOCK_BASE_URL, ManualClock, MockOptimove

# A reserved name (RFC 2606) that never resolves, on any network.
UNRESOLVABLE = "https://api55.invalid"


def _client(base_url: str, **kwargs: Any) -> Optimove:
    # The manual clock sleeps without waiting: the retries between attempts cost nothing.
    return Optimove(
        api_key="k", base_url=base_url, store="memory://", clock=ManualClock(), environ={}, **kwargs
    )


def _refused_port() -> int:
    """A local port nobody listens on: bound, then let go (nothing listens there for the test's moment)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_a_host_that_does_not_resolve_is_named_with_its_scheme() -> None:
    with _client(UNRESOLVABLE, max_retries=1) as opt, pytest.raises(APIConnectionError) as raised:
        opt.actions.get_all_actions()
    message = str(raised.value)
    assert message.startswith("GetAllActions: could not connect to api55.invalid (https://api55.invalid): ")
    assert message.endswith(", after 2 attempts")
    assert "[Errno" not in message and "ConnectError" not in message
    assert raised.value.attempts == 2


def test_a_refused_port_is_named() -> None:
    port = _refused_port()
    with (
        _client(f"http://127.0.0.1:{port}", max_retries=0) as opt,
        pytest.raises(APIConnectionError) as raised,
    ):
        opt.request("GET", "/current/general/GetLastDataUpdate")
    assert str(raised.value).startswith(
        f"GetLastDataUpdate: could not connect to 127.0.0.1 (http://127.0.0.1:{port}): "
    )
    assert "refused" in str(raised.value).lower()


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (httpx.ConnectTimeout("timed out"), "could not connect to h.test (http://h.test:8080) in time"),
        (httpx.ReadTimeout("timed out"), "no answer in time from h.test (http://h.test:8080) (ReadTimeout"),
        (httpx.ReadError("peer reset"), "the connection to h.test (http://h.test:8080) failed (ReadError: "),
        (httpx.RemoteProtocolError("closed early"), "the connection to h.test (http://h.test:8080) failed"),
    ],
)
def test_timeouts_and_broken_connections_name_the_host(error: httpx.TransportError, expected: str) -> None:
    error.request = httpx.Request("GET", "http://user:pw@h.test:8080/path?secret=1")
    converted = connection_error("GetAllActions", error, attempts=3)
    assert str(converted).startswith(f"GetAllActions: {expected}")
    assert isinstance(converted, APITimeoutError) == isinstance(error, httpx.TimeoutException)
    for hidden in ("pw", "secret", "/path"):
        assert hidden not in str(converted)


def test_the_default_port_is_not_shown() -> None:
    error = httpx.ConnectError("[Errno 111] Connection refused")
    error.__cause__ = ConnectionRefusedError(111, "Connection refused")  # as httpx chains the socket's error
    error.request = httpx.Request("GET", "https://api5.optimove.net:443/x")
    assert str(connection_error("F", error)) == (
        "F: could not connect to api5.optimove.net (https://api5.optimove.net): Connection refused"
    )


class _Counting(httpx.BaseTransport):
    def __init__(self) -> None:
        self.requests = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        return httpx.Response(200, json="2024-06-30")


def test_a_closed_client_says_so_and_sends_nothing() -> None:
    transport = _Counting()
    with _client(MOCK_BASE_URL, transport=transport) as opt:
        pass
    with pytest.raises(ClientClosedError) as raised:
        opt.actions.get_all_actions()
    assert str(raised.value) == "this Optimove client is closed (the with block ended); create a new one"
    with pytest.raises(ClientClosedError, match="the with block ended"):
        opt.request("GET", "/current/general/GetLastDataUpdate")
    with pytest.raises(ClientClosedError, match="the with block ended"):
        list(opt.model.get_microsegment_changers.iter())
    assert transport.requests == 0
    assert isinstance(raised.value, OptimoveError) and isinstance(raised.value, RuntimeError)


def test_close_and_a_clone_of_a_closed_client() -> None:
    opt = _client(MOCK_BASE_URL, transport=_Counting())
    clone = opt.with_options(timeout=5)
    opt.close()
    message = "this Optimove client is closed (closed by close()); create a new one"
    for client in (opt, clone):
        with pytest.raises(ClientClosedError) as raised:
            client.general.get_last_data_update()
        assert str(raised.value) == message


def test_a_closed_async_client_says_so(mock: MockOptimove) -> None:
    async def scenario() -> list[str]:
        async with AsyncOptimove(
            api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=mock.async_transport(), environ={},
            store="memory://",
        ) as opt:  # fmt: skip
            await opt.general.get_last_data_update()
        said = []
        for attempt in (opt.general.get_last_data_update(), opt.request("GET", "/x")):
            with pytest.raises(ClientClosedError) as raised:
                await attempt
            said.append(str(raised.value))
        other = AsyncOptimove(api_key="k", base_url=MOCK_BASE_URL, environ={}, store="memory://")
        await other.aclose()
        with pytest.raises(ClientClosedError) as raised:
            await other.request("GET", "/x")
        return [*said, str(raised.value)]

    assert asyncio.run(scenario()) == [
        "this AsyncOptimove client is closed (the async with block ended); create a new one",
    ] * 2 + ["this AsyncOptimove client is closed (closed by aclose()); create a new one"]


def test_max_retries_and_a_retry_policy_together_are_refused() -> None:
    with pytest.raises(ConfigurationError) as raised:
        _client(MOCK_BASE_URL, max_retries=0, retry=RetryPolicy(max_retries=3))
    assert str(raised.value) == (
        "give max_retries or retry, not both (max_retries=0, retry=RetryPolicy(max_retries=3, ...)): with "
        "a RetryPolicy, set its max_retries, e.g. retry=RetryPolicy(max_retries=0, ...)"
    )
    # Either alone is fine, and per call max_retries still narrows a policy (with_options).
    assert _client(MOCK_BASE_URL, retry=RetryPolicy(max_retries=3))._settings.policy.max_retries == 3
    assert _client(MOCK_BASE_URL, max_retries=0)._settings.policy.max_retries == 0


def test_server_and_base_url_from_the_environment_are_refused() -> None:
    environ = {"OPTIMOVE_API_KEY": "k", "OPTIMOVE_SERVER": "5", "OPTIMOVE_BASE_URL": "http://h.test"}
    with pytest.raises(ConfigurationError) as raised:
        Optimove(environ=environ, store="memory://")
    assert str(raised.value).startswith("OPTIMOVE_SERVER and OPTIMOVE_BASE_URL are both set; set one")


@pytest.mark.parametrize(
    ("keywords", "environ", "expected"),
    [
        # A keyword wins over the environment, whichever of the two each gives (README: Servers).
        ({"base_url": "http://k.test"}, {"OPTIMOVE_SERVER": "5"}, "http://k.test"),
        ({"server": 7}, {"OPTIMOVE_BASE_URL": "http://e.test"}, "https://api7.optimove.net"),
        (
            {"server": 7},
            {"OPTIMOVE_BASE_URL": "http://e.test", "OPTIMOVE_SERVER": "5"},
            "https://api7.optimove.net",
        ),
    ],
)
def test_a_keyword_still_wins_over_the_environment(
    keywords: dict[str, Any], environ: dict[str, str], expected: str
) -> None:
    opt = Optimove(api_key="k", environ=environ, store="memory://", **keywords)
    assert opt.base_url == expected


def test_a_batch_on_a_closed_client_says_its_items_were_not_applied() -> None:
    mock = MockOptimove()
    items = [{"PromoCode": f"P{n}", "PromotionName": "Promo"} for n in range(3)]
    with Optimove(api_key="k", base_url=MOCK_BASE_URL, transport=mock.transport(), store="memory://") as opt:
        pass
    with pytest.raises(BatchError) as caught:
        opt.promotions.add_promotions.batched(items=items)
    assert isinstance(caught.value.cause, ClientClosedError)
    assert not caught.value.may_have_applied
    assert "items 0-2 of the failed call were not applied" in str(caught.value)
    assert mock.counters()["calls"]["by_operation"] == {}  # refused before anything was sent
