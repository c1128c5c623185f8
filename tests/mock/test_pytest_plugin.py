from __future__ import annotations

import httpx

from optimove_client import Optimove
from optimove_client.testing import ManualClock, MockOptimove

pytest_plugins: list[str] = []  # the fixtures come from the installed pytest11 entry point


def test_plugin_fixtures(
    optimove_mock: MockOptimove, optimove_http: httpx.Client, optimove_clock: ManualClock
) -> None:
    assert optimove_mock.clock is optimove_clock
    assert optimove_http.get("/current/general/GetLastDataUpdate").json() == {"Date": "2024-06-30"}
    assert optimove_mock.calls.by_operation["GetLastDataUpdate"] == 1


def test_the_client_fixture_calls_the_mock_and_sleeps_on_its_clock(
    optimove: Optimove, optimove_mock: MockOptimove, optimove_clock: ManualClock
) -> None:
    assert optimove.general.get_last_data_update() == optimove_mock.config.last_data_update
    optimove_mock.faults.fail(503, operation="GetAllActions")
    assert optimove.actions.get_all_actions()  # retried after a backoff
    assert len(optimove_clock.sleeps) == 1 and optimove_clock.monotonic() == optimove_clock.sleeps[0]
