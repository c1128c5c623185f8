"""Every tunable of the mock, with Optimove's documented defaults, in one frozen place."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Literal

from optimove_generated import facts

from optimove_client.testing.faults import Fault

AttributeShape = Literal["array", "joined"]

DEFAULT_API_KEY = "mock-api-key"
DEFAULT_USERNAME = "mock-user"
DEFAULT_PASSWORD = "mock-password"  # noqa: S105 - a published test credential of the mock, not a secret


@dataclass(frozen=True)
class MockConfig:
    """How a mock Optimove behaves. Secrets are kept out of the repr."""

    api_keys: frozenset[str] = field(default=frozenset({DEFAULT_API_KEY}), repr=False)
    # username -> password accepted by Login.
    users: tuple[tuple[str, str], ...] = field(default=((DEFAULT_USERNAME, DEFAULT_PASSWORD),), repr=False)
    # A session token expires this long after the last call made with it (sliding). The defaults of these
    # four are the spec's (optimove_generated.facts), as the client's are.
    token_idle_seconds: float = facts.SESSION_IDLE_SECONDS
    # Login twice within this many seconds is answered 429.
    min_login_interval_seconds: float = facts.MIN_SECONDS_BETWEEN_LOGINS
    # The call budget per caller, every window at once: (calls, seconds). () switches it off.
    rate_limits: tuple[tuple[int, float], ...] = facts.RATE_LIMITS
    # The budget of the functions outside the one above (SendTransactionalMail's).
    transactional_rate_limits: tuple[tuple[int, float], ...] = facts.EXEMPT_RATE_LIMITS
    # Answer the control endpoints under /_mock (counters, faults, sessions): see control.py.
    control_endpoints: bool = False
    # Faults armed when the mock is made (`optimove mock serve --fault`), before any call.
    faults: tuple[Fault, ...] = ()
    # Dataset.
    seed: int = 1
    customers: int = 1000
    attribute_shape: AttributeShape = "array"
    last_data_update: datetime.date = datetime.date(2024, 6, 30)
    # Days before last_data_update that still have campaign and customer data.
    history_days: int = 90
    # Paging of customer functions.
    default_page_size: int = 10_000
    max_page_size: int = 200_000
    # How long the real server holds a "hang" fault before closing (bounded so tests never stall).
    hang_seconds: float = 5.0

    def password_of(self, username: str) -> str | None:
        for name, password in self.users:
            if name.lower() == username.lower():
                return password
        return None
