"""A faithful mock Optimove for tests: in-process httpx transports, a real local server, a pytest fixture.

from optimove_client.testing import MockOptimove, ManualClock

mock = MockOptimove(customers=3)
with mock.client() as http:                      # httpx.Client, in-process, with a valid API key
    http.get("/current/actions/GetAllActions").json()
"""

from optimove_client.testing.app import MOCK_BASE_URL, CallCounters, MockOptimove
from optimove_client.testing.auth import LoginCounters
from optimove_client.testing.clock import Clock, ManualClock
from optimove_client.testing.config import DEFAULT_API_KEY, DEFAULT_PASSWORD, DEFAULT_USERNAME, MockConfig
from optimove_client.testing.faults import Fault, FaultKind, FaultPlan
from optimove_client.testing.messages import MockRequest, MockResponse
from optimove_client.testing.transport import AsyncMockTransport, MockTransport

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
