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
