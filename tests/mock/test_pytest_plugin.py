from __future__ import annotations

import httpx

from optimove_client.testing import ManualClock, MockOptimove

pytest_plugins: list[str] = []  # the fixtures come from the installed pytest11 entry point


def test_plugin_fixtures(
    optimove_mock: MockOptimove, optimove_http: httpx.Client, optimove_clock: ManualClock
) -> None:
    assert optimove_mock.clock is optimove_clock
    assert optimove_http.get("/current/general/GetLastDataUpdate").json() == {"Date": "2024-06-30"}
    assert optimove_mock.calls.by_operation["GetLastDataUpdate"] == 1
