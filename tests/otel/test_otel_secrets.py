"""No secret in any span or metric: every attribute, event, status and resource of every span, and every
point of every metric, is searched for the API key, the user name, the password and every session token
the mock gave, after calls that succeed, retry, fail, log in, renew, are refused, and page."""

from __future__ import annotations

from typing import Any

import pytest

from optimove_client import AuthenticationError, ServerError
from optimove_client._auth.headers import TOKEN_HEADER
from optimove_client.testing import ManualClock
from tests.client_helpers import MODES, make_mock, run, session
from tests.otel.readings import Readings

API_KEY = "ak-7f3a-SECRET-KEY-91c2"
USER, PASSWORD = "otel-user-5d1e", "pw-SECRET-0b9c-word"


@pytest.mark.parametrize("mode", MODES)
def test_no_span_or_metric_holds_a_credential_or_a_token(mode: str, clock: ManualClock) -> None:
    readings = Readings()
    mock = make_mock(clock, customers=150, api_keys=frozenset({API_KEY}), users=((USER, PASSWORD),))
    mock.faults.fail(503, operation="GetLastDataUpdate")
    mock.faults.fail(500, operation="GetAllActions", times=2)
    spies: list[Any] = []
    metrics: list[str] = []

    async def pull(call: Any) -> None:
        pages = call.client.customers.get_currently_targeted_customers.pages(page_size=100)
        if mode == "async":
            [page async for page in pages]
        else:
            list(pages)

    async def scenario() -> None:
        async with session(mode, mock, clock, login={"api_key": API_KEY}, max_retries=1) as call:
            readings.instrument(call.client)
            await call("general.get_last_data_update")
            with pytest.raises(ServerError):
                await call("actions.get_all_actions")
            await pull(call)
        logins = {"username": USER, "password": PASSWORD}
        async with session(mode, mock, clock, login=logins, spies=spies) as call:
            readings.instrument(call.client)
            await call("general.get_last_data_update")
            mock.expire_tokens()
            await call("general.get_last_data_update")  # a 403, a new Login, the replay
            await pull(call)
        refused = {"username": USER, "password": PASSWORD + "-not"}
        async with session(mode, mock, clock, login=refused) as call:
            readings.instrument(call.client)
            with pytest.raises(AuthenticationError):
                await call("general.get_last_data_update")
            metrics.append(readings.metrics_json())  # while a client is open: its budget is read too

    run(scenario)
    tokens = {
        headers[TOKEN_HEADER.lower()] for headers in spies[0].headers if TOKEN_HEADER.lower() in headers
    }
    assert len(tokens) == 2  # the first session's, and the one after it expired
    spans = readings.spans()
    assert {span.name for span in spans} >= {"Optimove Login", "Optimove GetCurrentlyTargetedCustomers pages"}
    assert any(span.events for span in spans)  # exceptions were recorded, and are searched too
    everything = "\n".join(span.to_json() for span in spans) + metrics[0]
    assert "optimove.login.outcome" in everything and "optimove.client.budget.calls_left" in everything
    for secret in (API_KEY, USER, PASSWORD, *tokens):
        assert secret not in everything
