"""The control endpoints under /_mock, in-process (mock.client()) and served (MockServer on a free port)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from optimove_client.testing import (
    DEFAULT_PASSWORD,
    DEFAULT_USERNAME,
    Fault,
    FaultKind,
    ManualClock,
    MockOptimove,
)
from optimove_client.testing.serve import MockServer

ACTIONS = "/current/actions/GetAllActions"
LAST_UPDATE = "/current/general/GetLastDataUpdate"
FAULTS = "/_mock/faults"


@pytest.fixture(params=["in-process", "served"])
def control(
    request: pytest.FixtureRequest, clock: ManualClock
) -> Iterator[tuple[MockOptimove, httpx.Client]]:
    """A mock with its control endpoints on, and a client that sends its API key."""
    mock = MockOptimove(customers=3, clock=clock, control_endpoints=True, hang_seconds=0.2)
    if request.param == "in-process":
        with mock.client() as http:
            yield mock, http
        return
    headers = {"X-API-KEY": mock.api_key}
    with MockServer(mock) as server, httpx.Client(base_url=server.base_url, headers=headers) as http:
        yield mock, http


def arm(http: httpx.Client, **fault: Any) -> httpx.Response:
    return http.post(FAULTS, json=fault)


def test_status_faults_armed_over_http_fire_on_their_calls(
    control: tuple[MockOptimove, httpx.Client],
) -> None:
    _, http = control
    armed = arm(http, fault=503, operation="getallactions", nth=2, times=2)
    assert armed.status_code == 200
    assert armed.json() == {
        "armed": {"fault": 503, "operation": "GetAllActions", "times": 2, "nth": 2, "retry_after": None},
        "waiting": 1,
    }
    assert arm(http, fault="429", retry_after=7).status_code == 200  # every function
    limited = http.get(LAST_UPDATE)
    assert (limited.status_code, limited.headers["Retry-After"]) == (429, "7")
    assert [http.get(ACTIONS).status_code for _ in range(4)] == [200, 503, 503, 200]
    assert http.get(FAULTS).json() == {"faults": []}


def test_network_faults_armed_over_http(control: tuple[MockOptimove, httpx.Client]) -> None:
    _, http = control
    for kind in ("hang", "reset", "truncate"):
        assert arm(http, fault=kind, operation="GetAllActions").status_code == 200
        with pytest.raises(httpx.TransportError):  # a timeout, a dropped connection, a body cut short
            http.get(ACTIONS, timeout=0.1 if kind == "hang" else 5.0)
    assert http.get(ACTIONS).status_code == 200


def test_faults_are_listed_and_cleared(control: tuple[MockOptimove, httpx.Client]) -> None:
    mock, http = control
    arm(http, fault="reset", operation="GetAllActions", times=3)
    mock.faults.fail(520)
    assert http.get(FAULTS).json() == {
        "faults": [
            {"fault": "reset", "operation": "GetAllActions", "times": 3, "nth": None, "retry_after": None},
            {"fault": 520, "operation": None, "times": 1, "nth": None, "retry_after": None},
        ]
    }
    assert http.delete(FAULTS).json() == {"cleared": 2}
    assert mock.faults.pending == 0
    assert http.get(ACTIONS).status_code == 200


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"fault": 200}, "an injected status is one from 201 to 599 (not 200)"),
        ({"fault": "explode"}, "a fault is an HTTP status (201 to 599) or hang, reset, truncate"),
        ({"fault": 503, "operation": "NoSuchFunction"}, "no function is named 'NoSuchFunction'"),
        ({"fault": 503, "times": 0}, "nth and times count from 1"),
        ({"fault": 503, "times": "3"}, "times is a whole number, not '3'"),
        ({"fault": 503, "retry_after": -1}, "retry_after is whole seconds (0 or more) or an HTTP date"),
        ({"fault": 503, "retry_after": "1\r\nX-Injected: yes"}, "Retry-After must be printable text"),
        ({"fault": "hang", "retry_after": 5}, "Retry-After goes with a status fault"),
        ({"fault": 503, "status": 503}, "unknown field 'status'; the fields are fault, operation, times"),
        ({"operation": "GetAllActions"}, 'a fault is a JSON object with at least "fault"'),
        ([{"fault": 503}], 'a fault is a JSON object with at least "fault"'),
    ],
)
def test_a_bad_fault_is_refused_with_the_rule(
    control: tuple[MockOptimove, httpx.Client], body: Any, message: str
) -> None:
    mock, http = control
    refused = http.post(FAULTS, json=body)
    assert refused.status_code == 400 and message in refused.json()
    assert mock.faults.pending == 0


def test_a_body_that_is_not_json_is_refused(control: tuple[MockOptimove, httpx.Client]) -> None:
    _, http = control
    refused = http.post(FAULTS, content=b"{503")
    assert refused.status_code == 400 and refused.json() == "Cannot arm the fault: the body is not JSON"


def log_in(http: httpx.Client) -> dict[str, str]:
    """Log in as the mock's user; the headers that call with its session."""
    credentials = {"UserName": DEFAULT_USERNAME, "Password": DEFAULT_PASSWORD}
    return {"Authorization-Token": http.post("/current/general/login", json=credentials).json()}


def test_sessions_expire_when_asked(control: tuple[MockOptimove, httpx.Client]) -> None:
    _, http = control
    del http.headers["X-API-KEY"]  # an API key would win over the session's token
    session = log_in(http)
    assert http.get(LAST_UPDATE, headers=session).status_code == 200
    assert http.post("/_mock/sessions/expire").json() == {"expired": 1}
    expired = http.get(LAST_UPDATE, headers=session)
    assert (expired.status_code, expired.json()) == (403, "Authorization-Token Expired")
    assert http.post("/_mock/sessions/expire").json() == {"expired": 0}


def test_control_calls_are_not_optimove_calls(control: tuple[MockOptimove, httpx.Client]) -> None:
    mock, http = control
    mock.faults.fail(503, times=5)  # for every function: never for the control endpoints
    http.get(FAULTS)
    counters = http.get("/_mock/counters").json()
    assert counters["calls"] == {"total": 0, "by_operation": {}}
    assert mock.faults.pending == 1 and not mock.arrivals


def test_unknown_control_paths_and_methods(control: tuple[MockOptimove, httpx.Client]) -> None:
    _, http = control
    missing = http.get("/_mock/nothing")
    assert missing.status_code == 404 and "/_mock/counters, /_mock/faults" in missing.json()
    wrong = http.put(FAULTS)
    assert (wrong.status_code, wrong.headers["Allow"]) == (405, "DELETE, GET, POST")
    assert http.get("/_mock/sessions/expire").headers["Allow"] == "POST"


def test_the_control_endpoints_are_off_unless_asked_for(clock: ManualClock) -> None:
    mock = MockOptimove(customers=3, clock=clock)
    with mock.client() as http:
        for method, path in [
            ("GET", "/_mock/counters"),
            ("POST", FAULTS),
            ("POST", "/_mock/sessions/expire"),
        ]:
            assert http.request(method, path, json={"fault": 503}).status_code == 404
        assert mock.faults.pending == 0


def test_faults_of_the_config_are_armed_before_the_first_call(clock: ManualClock) -> None:
    """What `optimove mock serve --fault 503:GetAllActions:times=2` arms."""
    fault = Fault(FaultKind.STATUS, 503, operation="GetAllActions", times=2)
    mock = MockOptimove(customers=3, clock=clock, faults=(fault,))
    with mock.client() as http:
        assert [http.get(ACTIONS).status_code for _ in range(3)] == [503, 503, 200]
    assert MockOptimove(customers=3, clock=clock, faults=(fault,)).faults.pending == 1  # per mock


def test_sessions_expire_after_the_configured_idle_time(clock: ManualClock) -> None:
    """What `--token-idle-seconds 5` serves: a session that expires quickly, on the mock's clock."""
    mock = MockOptimove(customers=3, clock=clock, token_idle_seconds=5)
    with mock.client(api_key="") as http:
        session = log_in(http)
        clock.advance(4.9)
        assert http.get(LAST_UPDATE, headers=session).status_code == 200  # and the 5 s start again
        clock.advance(5)
        assert http.get(LAST_UPDATE, headers=session).status_code == 403


def test_the_counters_tell_full_windows_apart_from_injected_429s(clock: ManualClock) -> None:
    mock = MockOptimove(customers=3, clock=clock, control_endpoints=True, rate_limits=((2, 10.0),))
    mock.faults.fail(429, retry_after="5")
    with mock.client() as http:
        assert [http.get(ACTIONS).status_code for _ in range(4)] == [429, 200, 200, 429]
        counters = http.get("/_mock/counters").json()
    assert counters["rate_limited"] == 1 and counters["calls"]["total"] == 4
