from __future__ import annotations

import asyncio

import httpx
import pytest

from optimove_client.testing import MockOptimove
from optimove_client.testing.serve import MockServer

ACTIONS = "/current/actions/GetAllActions"


def test_status_faults_by_call_number_and_function(mock: MockOptimove, http: httpx.Client) -> None:
    mock.faults.fail(503, nth=2, times=2)
    mock.faults.fail(429, operation="getlastdataupdate", retry_after="7")
    assert [http.get(ACTIONS).status_code for _ in range(4)] == [200, 503, 503, 200]
    limited = http.get("/current/general/GetLastDataUpdate")
    assert limited.status_code == 429 and limited.headers["Retry-After"] == "7"
    mock.faults.fail(520)
    assert http.get(ACTIONS).status_code == 520
    assert mock.faults.pending == 0


def test_network_faults_in_process(mock: MockOptimove, http: httpx.Client) -> None:
    mock.faults.hang()
    with pytest.raises(httpx.ReadTimeout):
        http.get(ACTIONS)
    mock.faults.reset()
    with pytest.raises(httpx.RemoteProtocolError):
        http.get(ACTIONS)
    mock.faults.truncate()
    with pytest.raises(httpx.RemoteProtocolError):
        http.get(ACTIONS)
    assert http.get(ACTIONS).status_code == 200


def test_async_transport(mock: MockOptimove) -> None:
    async def call() -> int:
        async with mock.async_client() as client:
            return (await client.get(ACTIONS)).status_code

    assert asyncio.run(call()) == 200


def test_real_server_answers_and_acts_out_faults() -> None:
    mock = MockOptimove(customers=3, hang_seconds=0.2)
    with MockServer(mock) as server, httpx.Client(base_url=server.base_url, timeout=2.0) as http:
        headers = {"X-API-KEY": mock.api_key}
        assert http.get(ACTIONS, headers=headers).status_code == 200
        assert http.get("/Actions/GetAllActions", headers=headers).json()[0]["ActionID"] == 1
        mock.faults.truncate()
        with pytest.raises(httpx.RemoteProtocolError):
            http.get(ACTIONS, headers=headers)
        mock.faults.reset()
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            http.get(ACTIONS, headers=headers)


@pytest.mark.parametrize("method", ["TRACE", "OPTIONS", "BREW", "PUT"])
def test_the_served_mock_answers_a_method_it_does_not_serve_405_with_allow(method: str) -> None:
    mock = MockOptimove(customers=3)
    with MockServer(mock) as server, httpx.Client(base_url=server.base_url, timeout=5.0) as http:
        headers = {"X-API-KEY": mock.api_key}
        refused = http.request(method, ACTIONS, headers=headers)
        assert (refused.status_code, refused.headers["Allow"]) == (405, "GET")
        assert refused.json() == "The requested resource does not support this HTTP method"
        assert http.request(method, "/current/actions/NoSuchFunction", headers=headers).status_code == 404


def test_the_served_mock_answers_head_without_a_body_and_keeps_the_connection() -> None:
    mock = MockOptimove(customers=3)
    with MockServer(mock) as server, httpx.Client(base_url=server.base_url, timeout=5.0) as http:
        headers = {"X-API-KEY": mock.api_key}
        head = http.head(ACTIONS, headers=headers)
        assert head.status_code == 405 and head.content == b"" and int(head.headers["Content-Length"]) > 0
        # Had the body been sent, this answer would be read from its leftovers.
        assert http.get(ACTIONS, headers=headers).json()[0]["ActionID"] == 1


def test_the_in_process_mock_answers_the_same(http: httpx.Client) -> None:
    refused = http.request("TRACE", ACTIONS)
    assert (refused.status_code, refused.headers["Allow"]) == (405, "GET")
