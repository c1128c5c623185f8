"""A deterministic Optimove account made from a seed: the same seed gives the same data on every call.

Small tables (actions, campaigns, target groups, channels, templates, ...) are built once. Customers are
never materialised: customer i's ID and attribute values are computed on demand, so a million-customer
dataset costs no memory, and a customer list is an arithmetic progression over customer indices.
"""

from __future__ import annotations

import datetime
import random
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from optimove_client.testing.config import MockConfig

CUSTOMER_ID_BASE = 10_000_000
BRAND_IDS = (1, 2)
EVENT_IDS = (0, 1, 2, 3, 4)  # sent, delivered, opened, clicked, unsubscribed
CAMPAIGN_TYPES = ("Test/Control", "One-time", "Recurring", "Triggered")
CHANNEL_NAMES = ("Optimail", "SMS", "Mobile Push", "Call Center", "Facebook Audience", "In-App")
STAGE_NAMES = ("New", "Active", "Churning", "Churned", "Reactivated")
VALUE_SEGMENT_NAMES = ("Top", "High", "Medium", "Low", "Lowest")
ACTION_WORDS = ("Bonus", "Free spins", "Cashback", "Reminder", "Welcome", "Survey", "Upgrade", "Discount")


@dataclass(frozen=True)
class Attribute:
    real_field_name: str
    alias: str
    field_type: str
    description: str
    # Value of customer i (a string, as Optimove sends attribute values).
    value_of: Callable[[int], str]


@dataclass(frozen=True)
class Campaign:
    campaign_id: int
    target_group_id: int
    execution_date: datetime.date
    channel_id: int
    action_ids: tuple[int, ...]  # by recipient group: action_ids[0] is group 1
    campaign_type: str
    duration: int
    lead_time: int


def stable_hash(*parts: object) -> int:
    """A hash that is the same in every process (Python's hash() of str is salted per run)."""
    return zlib.crc32(repr(parts).encode())


def _cycle(values: tuple[str, ...], stride: int, offset: int) -> Callable[[int], str]:
    size = len(values)
    return lambda i: values[(i * stride + offset) % size]


class Dataset:
    def __init__(self, config: MockConfig) -> None:
        self.config = config
        self.seed = config.seed
        self.customer_count = config.customers
        self.last_data_update = config.last_data_update
        rng = random.Random(config.seed)  # noqa: S311 - reproducible test data, not security
        self.channels: dict[int, str] = {i + 1: name for i, name in enumerate(CHANNEL_NAMES)}
        self.actions: dict[int, str] = {
            i: f"{ACTION_WORDS[rng.randrange(len(ACTION_WORDS))]} {i}" for i in range(1, 21)
        }
        self.target_groups: dict[int, tuple[str, int]] = {
            i: (f"Target group {i}", rng.randrange(1, 100)) for i in range(1, 16)
        }
        self.value_segments: dict[int, str] = {i + 1: n for i, n in enumerate(VALUE_SEGMENT_NAMES)}
        self.lifecycle_stages: dict[int, str] = {i + 1: n for i, n in enumerate(STAGE_NAMES)}
        self.microsegments: dict[int, tuple[str, int, float, float]] = {
            i: (
                f"Microsegment {i}",
                1 + i % len(STAGE_NAMES),
                round(rng.uniform(5, 900), 2),
                round(rng.random(), 3),
            )
            for i in range(1, 21)
        }
        self.campaigns: dict[int, Campaign] = {}
        for campaign_id in range(1, 41):
            # Campaign 1 runs on the last data date, so the first IDs always have data there.
            days_back = 0 if campaign_id == 1 else rng.randrange(0, config.history_days)
            groups = rng.randrange(1, 3)
            self.campaigns[campaign_id] = Campaign(
                campaign_id=campaign_id,
                target_group_id=1 if campaign_id == 1 else rng.choice(list(self.target_groups)),
                execution_date=self.last_data_update - datetime.timedelta(days=days_back),
                channel_id=1 if campaign_id == 1 else rng.choice(list(self.channels)),
                action_ids=tuple(rng.choice(list(self.actions)) for _ in range(groups)),
                campaign_type=rng.choice(CAMPAIGN_TYPES),
                duration=rng.randrange(1, 15),
                lead_time=rng.randrange(0, 4),
            )
        self.attributes: dict[str, Attribute] = {a.real_field_name.lower(): a for a in self._attributes(rng)}

    def _attributes(self, rng: random.Random) -> list[Attribute]:
        def pick(values: tuple[str, ...]) -> Callable[[int], str]:
            return _cycle(values, rng.randrange(1, 97) * 2 + 1, rng.randrange(0, 1000))

        base = CUSTOMER_ID_BASE
        return [
            Attribute("Alias", "Alias", "NVARCHAR(50)", "Display name", lambda i: f"player{i}"),
            Attribute(
                "Email", "Email", "NVARCHAR(100)", "E-mail address", lambda i: f"customer{i}@example.com"
            ),
            Attribute(
                "FirstName",
                "First name",
                "NVARCHAR(50)",
                "First name",
                pick(("Ana", "Ben", "Chloé", "Dmitri", "Eve", "Farid", "Grace", "Hiro")),
            ),
            Attribute(
                "Country",
                "Country",
                "NVARCHAR(2)",
                "Country of residence",
                pick(("UK", "DE", "FR", "IL", "US", "BR", "JP")),
            ),
            # Values containing the delimiters: the joined response shape is ambiguous, as on live servers.
            Attribute(
                "City",
                "City",
                "NVARCHAR(50)",
                "City",
                pick(("London", "Washington, D.C.", "Paris", "Tel Aviv", "Rio: Centro", "Osaka; Kita")),
            ),
            Attribute("Gender", "Gender", "NVARCHAR(1)", "Gender", pick(("F", "M", "U"))),
            Attribute("Age", "Age", "INT", "Customer age", lambda i: str(18 + (i * 7 + base) % 60)),
            Attribute("Currency", "Currency", "NVARCHAR(3)", "Account currency", pick(("GBP", "EUR", "USD"))),
            Attribute("VIPLevel", "VIP level", "INT", "VIP level", pick(("0", "1", "2", "3"))),
            Attribute(
                "RegistrationDate",
                "Registration date",
                "DATE",
                "Registration date",
                lambda i: (datetime.date(2020, 1, 1) + datetime.timedelta(days=i % 1500)).isoformat(),
            ),
            Attribute(
                "LastDepositAmount",
                "Last deposit",
                "DECIMAL(19,4)",
                "Amount of the last deposit",
                lambda i: f"{(i * 37) % 5000}.{i % 100:02d}",
            ),
            Attribute(
                "Language", "Language", "NVARCHAR(2)", "Preferred language", pick(("en", "de", "fr", "he"))
            ),
            Attribute(
                "OptimailUnsubscribed",
                "Unsubscribed",
                "BIT",
                "Unsubscribed from Optimail",
                pick(("0", "0", "0", "1")),
            ),
        ]

    # Customers -----------------------------------------------------------------------------------------

    @staticmethod
    def customer_id(index: int) -> str:
        return str(CUSTOMER_ID_BASE + index)

    def customer_index(self, customer_id: str) -> int | None:
        try:
            index = int(customer_id) - CUSTOMER_ID_BASE
        except ValueError:
            return None
        return index if 0 <= index < self.customer_count else None

    def customer_selection(self, function: str, params: Mapping[str, Any]) -> range:
        """The customers a customer function returns for these inputs: stable, ascending, never stored.

        GetCurrentlyTargetedCustomers returns every customer (the benchmark's full list); other functions
        return every first, second or third customer, chosen by a hash of the function and its inputs.
        """
        if function.lower() == "getcurrentlytargetedcustomers":
            return range(self.customer_count)
        key = sorted((name.lower(), str(value)) for name, value in params.items())
        mixed = stable_hash(self.seed, function.lower(), key)
        step = 1 + mixed % 3
        return range(mixed // 3 % step, self.customer_count, step)

    # Existence of the IDs and dates a call refers to ----------------------------------------------------

    def has_data_on(self, day: datetime.date) -> bool:
        oldest = self.last_data_update - datetime.timedelta(days=self.config.history_days)
        return oldest <= day <= self.last_data_update

    def template_ids(self, channel_id: int) -> list[int]:
        return [channel_id * 100 + k for k in range(1, 6)]
