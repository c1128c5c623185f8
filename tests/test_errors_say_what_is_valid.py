"""Errors that say what is valid (issue 24, points 1, 2 and 4), in Python, sync and async.

A plain dict as a body item is checked by the spec's schema, the validator the CLI uses, so both say the same
thing for the same JSON; a valid dict is sent exactly as the equivalent model. A wrong enum lists its
values with their names, a date given as text says which date to pass, the attribute delimiter takes the
CLI's spellings, an attribute name is named by its place, a URL rule says what a URL looks like, and a URL
on another host names scheme, host and port on both sides.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Coroutine
from typing import Any

import httpx
import pytest
from optimove_generated.models import (
    AddPromotionsRequestItem,
    AttributeValue,
    UpdateCustomerAttributesRequestCustomerNewAttributesValuesListItem,
)

from optimove_client import AsyncOptimove, Optimove, ValidationError
from optimove_client.testing import ManualClock, MockOptimove
from tests.client_helpers import MODES, AsyncSpy, Spy, async_client, run, sync_client

DAY = datetime.date(2024, 6, 30)
CustomerItem = UpdateCustomerAttributesRequestCustomerNewAttributesValuesListItem
EVENT_TYPES = (
    "1 (CampaignProcessed), 2 (AllCampaignsProcessed), 3 (DailyProcessFinished), 4 (CampaignCanceled), "
    "5 (HeldForClearance), 11 (RealtimeTrigger), 13 (ChannelExecuted)"
)
# A call on the client, awaited in either mode.
Call = Callable[[Any], Coroutine[Any, Any, Any]]


def refusal(mode: str, mock: MockOptimove, clock: ManualClock, call: Callable[[Any], Any]) -> str:
    """The message of the ValidationError that call(client) raises, in this mode; nothing may be sent."""
    sent: list[httpx.Request] = []

    async def scenario() -> str:
        if mode == "sync":
            spy = Spy(mock.transport())
            with sync_client(mock, clock, transport=spy) as opt, pytest.raises(ValidationError) as raised:
                call(opt)
            sent.extend(spy.requests)
        else:
            async_spy = AsyncSpy(mock.async_transport())
            async with async_client(mock, clock, transport=async_spy) as aopt:
                with pytest.raises(ValidationError) as raised:
                    await call(aopt)
            sent.extend(async_spy.requests)
        return str(raised.value)

    message: str = run(scenario)
    assert sent == []
    return message


def wire_body(mode: str, mock: MockOptimove, clock: ManualClock, call: Callable[[Any], Any]) -> bytes:
    """The body that call(client) sends, in this mode."""

    async def scenario() -> bytes:
        if mode == "sync":
            spy = Spy(mock.transport())
            with sync_client(mock, clock, transport=spy) as opt:
                call(opt)
            return spy.requests[-1].content
        async_spy = AsyncSpy(mock.async_transport())
        async with async_client(mock, clock, transport=async_spy) as aopt:
            await call(aopt)
        return async_spy.requests[-1].content

    body: bytes = run(scenario)
    return body


# --- 1. a plain dict as a body item: the CLI's validator and message ---

DICT_BODIES: list[tuple[str, Callable[[Any], Any], str]] = [
    (
        "missing-field",
        lambda opt: opt.promotions.add_promotions(items=[{"PromoCode": "A"}]),
        "AddPromotions: body[0].PromotionName is required",
    ),
    (
        "misspelt-field",
        lambda opt: opt.customers.update_customer_attributes(
            customer_new_attributes_values_list=[
                {"CustomerId": "1", "Attributes": [{"RealFieldName": "Alias", "Value": "x"}]}
            ]
        ),
        "UpdateCustomerAttributes: body.CustomerNewAttributesValuesList[0].CustomerID is required "
        "(did you mean CustomerID instead of CustomerId?)",
    ),
    (
        "wrong-type",
        lambda opt: opt.promotions.add_promotions(items=[{"PromoCode": 5, "PromotionName": "x"}]),
        "AddPromotions: body[0].PromoCode must be a string, not an integer",
    ),
    (
        "after-a-model",
        lambda opt: opt.promotions.add_promotions(
            items=[AddPromotionsRequestItem(promo_code="A", promotion_name="a"), {"PromoCode": "B"}]
        ),
        "AddPromotions: body[1].PromotionName is required",
    ),
    (
        "inside-a-model",
        lambda opt: opt.customers.update_customer_attributes(
            customer_new_attributes_values_list=[CustomerItem(customer_id="1", attributes=[{"Value": "x"}])]
        ),
        "UpdateCustomerAttributes: body.CustomerNewAttributesValuesList[0].Attributes[0].RealFieldName "
        "is required",
    ),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("call", "message"), [case[1:] for case in DICT_BODIES], ids=[c[0] for c in DICT_BODIES]
)
def test_a_plain_dict_body_item_is_refused_naming_the_field(
    mode: str, call: Callable[[Any], Any], message: str, mock: MockOptimove, clock: ManualClock
) -> None:
    assert refusal(mode, mock, clock, call) == message


PROMOTIONS_AS_DICTS = [{"PromoCode": "A", "PromotionName": "a"}, {"PromoCode": "B", "PromotionName": "b"}]
PROMOTIONS_AS_MODELS = [
    AddPromotionsRequestItem(promo_code="A", promotion_name="a"),
    AddPromotionsRequestItem(promo_code="B", promotion_name="b"),
]
CUSTOMERS_AS_DICTS = [{"CustomerID": "1", "Attributes": [{"RealFieldName": "Alias", "Value": "x"}]}]
CUSTOMERS_AS_MODELS = [
    CustomerItem(customer_id="1", attributes=[AttributeValue(real_field_name="Alias", value="x")])
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("as_dicts", "as_models"),
    [
        (
            lambda opt: opt.promotions.add_promotions(items=PROMOTIONS_AS_DICTS),
            lambda opt: opt.promotions.add_promotions(items=PROMOTIONS_AS_MODELS),
        ),
        (
            lambda opt: opt.customers.update_customer_attributes(
                customer_new_attributes_values_list=CUSTOMERS_AS_DICTS
            ),
            lambda opt: opt.customers.update_customer_attributes(
                customer_new_attributes_values_list=CUSTOMERS_AS_MODELS
            ),
        ),
        (
            lambda opt: opt.customers.update_customer_attributes(
                customer_new_attributes_values_list=[
                    CustomerItem(customer_id="1", attributes=[{"RealFieldName": "Alias", "Value": "x"}])
                ]
            ),
            lambda opt: opt.customers.update_customer_attributes(
                customer_new_attributes_values_list=CUSTOMERS_AS_MODELS
            ),
        ),
    ],
    ids=["array-body", "object-body-list", "dict-inside-a-model"],
)
def test_valid_plain_dicts_reach_the_wire_as_the_equivalent_models(
    mode: str,
    as_dicts: Callable[[Any], Any],
    as_models: Callable[[Any], Any],
    mock: MockOptimove,
    clock: ManualClock,
) -> None:
    from_dicts = wire_body(mode, mock, clock, as_dicts)
    assert from_dicts == wire_body(mode, mock, clock, as_models)
    assert b"Alias" in from_dicts or b"PromoCode" in from_dicts


def test_a_dict_field_the_spec_does_not_list_is_sent_as_the_cli_sends_it(
    mock: MockOptimove, clock: ManualClock
) -> None:
    # The spec lets these objects carry more fields (the CLI sends them too); the model keeps them.
    item = {"PromoCode": "C", "PromotionName": "c", "Extra": 1}
    assert wire_body("sync", mock, clock, lambda opt: opt.promotions.add_promotions(items=[item])) == (
        b'[{"Extra":1,"PromoCode":"C","PromotionName":"c"}]'
    )


# --- 2. what is valid: enums, dates, the delimiter, attribute names, URLs ---

VALUE_RULES: list[tuple[str, Callable[[Any], Any], str]] = [
    (
        "enum-by-number",
        lambda opt: opt.general.register_event_listener(event_type_id=99, listener_url="https://e.com/h"),
        f"RegisterEventListener: EventTypeID must be one of {EVENT_TYPES}, not 99",
    ),
    (
        "enum-by-text",
        lambda opt: opt.general.register_event_listener(event_type_id="1", listener_url="https://e.com/h"),
        f"RegisterEventListener: EventTypeID must be one of {EVENT_TYPES}, not '1'",
    ),
    (
        "date-as-iso-text",
        lambda opt: opt.customers.get_customers_by_action(
            recipient_group_id=1, action_id=1, date="2024-06-30"
        ),
        "GetCustomersByAction: Date must be a datetime.date, not str: pass datetime.date(2024, 6, 30)",
    ),
    (
        "date-as-other-text",
        lambda opt: opt.customers.get_customers_by_action(
            recipient_group_id=1, action_id=1, date="30/06/2024"
        ),
        "GetCustomersByAction: Date must be a datetime.date such as datetime.date(2024, 6, 30), not str "
        "'30/06/2024'",
    ),
    (
        "attribute-not-a-string",
        lambda opt: opt.customers.get_customers_by_action(
            recipient_group_id=1, action_id=1, date=DAY, attributes=["Alias", 1]
        ),
        "GetCustomersByAction: attributes[1] must be a string (an attribute name), not int 1",
    ),
    (
        "attribute-blank",
        lambda opt: opt.customers.get_customers_by_action(
            recipient_group_id=1, action_id=1, date=DAY, attributes=[" "]
        ),
        "GetCustomersByAction: attributes[0] must be an attribute name, not an empty or blank string (' ')",
    ),
    (
        "unknown-delimiter",
        lambda opt: opt.customers.get_customers_by_action(
            recipient_group_id=1, action_id=1, date=DAY, attributes=["Alias"], attribute_delimiter="pipe"
        ),
        "GetCustomersByAction: attribute_delimiter must be one of ',' (comma), ':' (colon), ';' (semicolon), "
        "'\\t' (tab), by character or name, not 'pipe'",
    ),
    (
        "url",
        lambda opt: opt.general.register_event_listener(event_type_id=1, listener_url="x"),
        "RegisterEventListener: body.ListenerURL must be a URI such as https://example.com/hook, not 'x'",
    ),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("call", "message"), [case[1:] for case in VALUE_RULES], ids=[c[0] for c in VALUE_RULES]
)
def test_a_refused_value_says_what_is_valid(
    mode: str, call: Callable[[Any], Any], message: str, mock: MockOptimove, clock: ManualClock
) -> None:
    assert refusal(mode, mock, clock, call) == message


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("spelling", ["tab", "TAB", "\\t", "\t"])
def test_the_delimiter_takes_the_spellings_the_cli_takes(
    mode: str, spelling: str, mock: MockOptimove, clock: ManualClock
) -> None:
    sent: list[httpx.Request] = []

    def by_action(opt: Any) -> Any:
        return opt.customers.get_customers_by_action(
            recipient_group_id=1, action_id=1, date=DAY, attributes=["Alias"], attribute_delimiter=spelling
        )

    async def scenario() -> None:
        if mode == "sync":
            spy = Spy(mock.transport())
            with sync_client(mock, clock, transport=spy) as opt:
                by_action(opt)
            sent.extend(spy.requests)
        else:
            async_spy = AsyncSpy(mock.async_transport())
            async with async_client(mock, clock, transport=async_spy) as aopt:
                await by_action(aopt)
            sent.extend(async_spy.requests)

    run(scenario)
    assert sent[-1].url.params["CustomerAttributesDelimiter"] == "\t"


# --- 4. a URL on another host: scheme, host and port on both sides ---


@pytest.mark.parametrize(
    ("base_url", "path", "message"),
    [
        (
            "http://127.0.0.1:18735",
            "http://127.0.0.1:18731/current/general/GetLastDataUpdate",
            "is on another host (http://127.0.0.1:18731): the credentials are only ever sent to "
            "http://127.0.0.1:18735",
        ),
        (
            "https://mock.optimove.test",
            "https://evil.example/current/general/GetLastDataUpdate",
            "is on another host (https://evil.example): the credentials are only ever sent to "
            "https://mock.optimove.test;",
        ),
        (  # a default port as the user wrote it; never the user information
            "https://mock.optimove.test",
            "https://user:secret@evil.example:443/current/general/GetLastDataUpdate",
            "is on another host (https://evil.example:443): the credentials are only ever sent to "
            "https://mock.optimove.test;",
        ),
        (
            "https://mock.optimove.test",
            "http://mock.optimove.test/current/general/GetLastDataUpdate",
            "is on another host (http://mock.optimove.test): the credentials are only ever sent to "
            "https://mock.optimove.test;",
        ),
    ],
)
def test_a_url_on_another_host_names_scheme_host_and_port_on_both_sides(
    base_url: str, path: str, message: str, mock: MockOptimove, clock: ManualClock
) -> None:
    spy = Spy(mock.transport())
    with (
        Optimove(api_key=mock.api_key, base_url=base_url, clock=clock, environ={}, transport=spy) as opt,
        pytest.raises(ValidationError) as raised,
    ):
        opt.request("GET", path)
    assert message in str(raised.value)
    assert "secret" not in str(raised.value)
    assert spy.requests == []


def test_a_url_on_another_port_is_refused_by_the_async_client_too(
    mock: MockOptimove, clock: ManualClock
) -> None:
    async def scenario() -> None:
        async with AsyncOptimove(
            api_key=mock.api_key, base_url="http://127.0.0.1:18735", clock=clock, environ={},
            transport=mock.async_transport(),
        ) as aopt:  # fmt: skip
            with pytest.raises(ValidationError, match=r"another host \(http://127\.0\.0\.1:18731\)"):
                await aopt.request("GET", "http://127.0.0.1:18731/x")

    run(scenario)
