"""The CLI in real processes says what is valid in the very words of the Python client (issue 24, points 1, 2
and 4): one validator and one wording for a body, an enum, a delimiter, an attribute name and a URL."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from optimove_client import Optimove, ValidationError
from optimove_client.cli.exit_codes import ExitCode
from optimove_client.testing import MOCK_BASE_URL, ManualClock, MockOptimove
from tests.cli.served import Served, env_for, run, serve

API_KEY = "mock-api-key"
BY_ACTION = [
    "call",
    "GetCustomersByAction",
    "-p",
    "RecipientGroupID=1",
    "-p",
    "ActionID=1",
    "-p",
    "Date=2024-06-30",
]
DAY = datetime.date(2024, 6, 30)


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    with serve("--rate-limit", "off") as mock:
        yield mock


def python_says(call: Callable[[Optimove], Any]) -> str:
    """What the Python client says for the same input, as the CLI prints it."""
    clock = ManualClock()
    mock = MockOptimove(clock=clock)
    with (
        Optimove(
            api_key=mock.api_key, base_url=MOCK_BASE_URL, clock=clock, environ={}, transport=mock.transport()
        ) as opt,
        pytest.raises(ValidationError) as raised,
    ):
        call(opt)
    assert mock.calls.total == 0
    return f"optimove: {raised.value}\n"


SAME_WORDS: list[tuple[str, list[str], Callable[[Optimove], Any], str]] = [
    (
        "body-item-missing-field",
        ["call", "AddPromotions", "--body", json.dumps([{"PromoCode": "A"}])],
        lambda opt: opt.promotions.add_promotions(items=[{"PromoCode": "A"}]),  # type: ignore[list-item]
        "AddPromotions: body[0].PromotionName is required",
    ),
    (
        "body-item-misspelt-field",
        [
            "call", "UpdateCustomerAttributes", "--body",
            json.dumps({"CustomerNewAttributesValuesList": [{"CustomerId": "1", "Attributes": [
                {"RealFieldName": "Alias", "Value": "x"}]}]}),
        ],
        lambda opt: opt.customers.update_customer_attributes(
            customer_new_attributes_values_list=[  # type: ignore[list-item]
                {"CustomerId": "1", "Attributes": [{"RealFieldName": "Alias", "Value": "x"}]}
            ]
        ),
        "CustomerID is required (did you mean CustomerID instead of CustomerId?)",
    ),
    (
        "body-item-wrong-type",
        ["call", "AddPromotions", "--body", json.dumps([{"PromoCode": 5, "PromotionName": "x"}])],
        lambda opt: opt.promotions.add_promotions(items=[{"PromoCode": 5, "PromotionName": "x"}]),  # type: ignore[list-item]
        "body[0].PromoCode must be a string, not an integer",
    ),
    (
        "enum",
        ["call", "RegisterEventListener", "-p", "EventTypeID=99", "-p", "ListenerURL=https://example.com/hook"],
        lambda opt: opt.general.register_event_listener(
            event_type_id=99,  # type: ignore[arg-type]
            listener_url="https://example.com/hook",
        ),
        "EventTypeID must be one of 1 (CampaignProcessed), 2 (AllCampaignsProcessed),",
    ),
    (
        "url",
        ["call", "RegisterEventListener", "-p", "EventTypeID=1", "-p", "ListenerURL=x"],
        lambda opt: opt.general.register_event_listener(event_type_id=1, listener_url="x"),  # type: ignore[arg-type]
        "body.ListenerURL must be a URI such as https://example.com/hook, not 'x'",
    ),
    (
        "attribute-name",
        [*BY_ACTION, "--attributes", "Alias,"],
        lambda opt: opt.customers.get_customers_by_action(
            recipient_group_id=1, action_id=1, date=DAY, attributes=["Alias", ""]
        ),
        "attributes[1] must be an attribute name, not an empty or blank string ('')",
    ),
    (
        "delimiter",
        [*BY_ACTION, "--attributes", "Alias", "--delimiter", "pipe"],
        lambda opt: opt.customers.get_customers_by_action(
            recipient_group_id=1,
            action_id=1,
            date=DAY,
            attributes=["Alias"],
            attribute_delimiter="pipe",
        ),
        "attribute_delimiter must be one of ',' (comma), ':' (colon), ';' (semicolon), '\\t' (tab), by "
        "character or name, not 'pipe'",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("argv", "call", "words"), [c[1:] for c in SAME_WORDS], ids=[c[0] for c in SAME_WORDS]
)
def test_the_cli_and_python_refuse_the_same_input_in_the_same_words(
    argv: list[str], call: Callable[[Optimove], Any], words: str, served: Served, tmp_path: Path
) -> None:
    before = served.calls()
    outcome = run(argv, env_for(served.url, API_KEY, tmp_path))
    assert outcome.returncode == ExitCode.BAD_INPUT, outcome.stderr
    assert outcome.stderr == python_says(call)
    assert words in outcome.stderr
    assert served.calls() == before


@pytest.mark.parametrize("spelling", ["tab", "TAB", "\\t"])
def test_the_delimiter_by_name_is_sent_as_the_character(
    spelling: str, served: Served, tmp_path: Path
) -> None:
    outcome = run(
        [*BY_ACTION, "--attributes", "Alias", "--delimiter", spelling], env_for(served.url, API_KEY, tmp_path)
    )
    assert outcome.returncode == 0, outcome.stderr


def test_a_request_to_another_port_names_both_ports(served: Served, tmp_path: Path) -> None:
    port = int(served.url.rsplit(":", 1)[1])
    other = f"http://127.0.0.1:{port + 1 if port < 65535 else port - 1}"
    outcome = run(
        ["request", "GET", f"{other}/current/general/GetLastDataUpdate"],
        env_for(served.url, API_KEY, tmp_path),
    )
    assert outcome.returncode == ExitCode.BAD_INPUT, outcome.stderr
    assert (
        f"is on another host ({other}): the credentials are only ever sent to {served.url};" in outcome.stderr
    )
