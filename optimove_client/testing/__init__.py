"""A faithful mock Optimove for tests: in-process httpx transports, a real local server, a pytest fixture.

from optimove_client.testing import MockOptimove, ManualClock

mock = MockOptimove(customers=3)
with mock.client() as http:                      # httpx.Client, in-process, with a valid API key
    http.get("/current/actions/GetAllActions").json()

Names are imported when first used, so that `optimove mock serve --help` stays quick.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from optimove_client._lazy import lazy_names

if TYPE_CHECKING:  # what type checkers see; at run time __getattr__ imports each name when first used
    from optimove_client.testing.app import MOCK_BASE_URL as MOCK_BASE_URL
    from optimove_client.testing.app import CallCounters as CallCounters
    from optimove_client.testing.app import MockOptimove as MockOptimove
    from optimove_client.testing.auth import LoginCounters as LoginCounters
    from optimove_client.testing.clock import Clock as Clock
    from optimove_client.testing.clock import ManualClock as ManualClock
    from optimove_client.testing.config import DEFAULT_API_KEY as DEFAULT_API_KEY
    from optimove_client.testing.config import DEFAULT_PASSWORD as DEFAULT_PASSWORD
    from optimove_client.testing.config import DEFAULT_USERNAME as DEFAULT_USERNAME
    from optimove_client.testing.config import MockConfig as MockConfig
    from optimove_client.testing.faults import Fault as Fault
    from optimove_client.testing.faults import FaultKind as FaultKind
    from optimove_client.testing.faults import FaultPlan as FaultPlan
    from optimove_client.testing.messages import MockRequest as MockRequest
    from optimove_client.testing.messages import MockResponse as MockResponse
    from optimove_client.testing.transport import AsyncMockTransport as AsyncMockTransport
    from optimove_client.testing.transport import MockTransport as MockTransport

_WHERE = {
    "MOCK_BASE_URL": "app",
    "CallCounters": "app",
    "MockOptimove": "app",
    "LoginCounters": "auth",
    "Clock": "clock",
    "ManualClock": "clock",
    "DEFAULT_API_KEY": "config",
    "DEFAULT_PASSWORD": "config",
    "DEFAULT_USERNAME": "config",
    "MockConfig": "config",
    "Fault": "faults",
    "FaultKind": "faults",
    "FaultPlan": "faults",
    "MockRequest": "messages",
    "MockResponse": "messages",
    "AsyncMockTransport": "transport",
    "MockTransport": "transport",
}

__all__ = [
    "DEFAULT_API_KEY",
    "DEFAULT_PASSWORD",
    "DEFAULT_USERNAME",
    "MOCK_BASE_URL",
    "AsyncMockTransport",
    "CallCounters",
    "Clock",
    "Fault",
    "FaultKind",
    "FaultPlan",
    "LoginCounters",
    "ManualClock",
    "MockConfig",
    "MockOptimove",
    "MockRequest",
    "MockResponse",
    "MockTransport",
]


__getattr__ = lazy_names(globals(), {name: f".{module}" for name, module in _WHERE.items()})


def __dir__() -> list[str]:
    return __all__
