"""Result types that need no guarding: the fields the spec marks required are never `Unset` or None.

A response that lacks one is a ResponseParseError that names the function and the field (never a silent
default), for the attrs models (lists, objects, lookups) and the msgspec rows (paging functions) alike.
Reprs show the fields an answer carried and never `Unset`.
"""

from __future__ import annotations

import datetime
import json
from typing import Any

import attrs
import httpx
import pytest
from optimove_generated import models
from optimove_generated.models import (
    AttributeValue,
    GetCampaignDetailsResult,
    GetRegisteredEventListenersItem,
)
from optimove_generated.operation import Operation
from optimove_generated.operations import OPERATIONS
from optimove_generated.types import Unset

from optimove_client import Optimove
from optimove_client._request.validation import ArgumentValidator
from optimove_client._response.decode import ModelParser
from optimove_client._response.rows import RowDecoder
from optimove_client.errors import ResponseParseError
from optimove_client.testing.config import MockConfig
from optimove_client.testing.dataset import Dataset
from optimove_client.testing.spec import load_spec
from optimove_client.testing.synthesis import RowSynthesizer

DAY = datetime.date(2024, 6, 30)
# GetCampaignDetails as the docs-derived sample has it.
CAMPAIGN = {
    "TargetGroupID": 15, "CampaignType": "Test/Control", "Duration": 7, "LeadTime": 3, "Notes": "",
    "IsMultiChannel": "false", "IsRecurrence": "false", "Status": "Successful", "Error": "",
}  # fmt: skip
SPEC = load_spec()
DECODED = ("rows", "list", "object", "value")


def item_pointer(operation: Operation) -> str:
    """The JSON pointer of the schema of one record of the operation's answer."""
    if operation.result.schema is not None:
        return operation.result.schema
    path = operation.path.replace("~", "~0").replace("/", "~1")
    answer = f"#/paths/{path}/{operation.method.lower()}/responses/200/content/application~1json/schema"
    return answer + "/items"  # rows: the items of the page


def item_schema(operation: Operation) -> dict[str, Any]:
    schema, _ = SPEC.resolve({"$ref": item_pointer(operation)})
    return dict(schema)


def required_fields(operation: Operation) -> list[str]:
    return list(item_schema(operation).get("required", []))


def record(operation: Operation) -> dict[str, Any]:
    """A valid record with the required fields only, as the mock makes it."""
    synth = RowSynthesizer(SPEC, Dataset(MockConfig(customers=10)))
    return synth.row_maker({"$ref": item_pointer(operation)}, {})(0)


def decode(operation: Operation, item: dict[str, Any]) -> Any:
    """What the client makes of one record: a row of a page, or the model."""
    if operation.result.kind == "rows":
        (row,) = RowDecoder(operation.operation_id, operation.result.row).decode(json.dumps([item]).encode())
        return row
    return ModelParser(operation, ArgumentValidator())(item, "row 0")


DECODED_OPERATIONS = [op for op in OPERATIONS if op.result.kind in DECODED]
REQUIRED = [
    pytest.param(op, name, id=f"{op.operation_id}.{name}")
    for op in DECODED_OPERATIONS
    for name in required_fields(op)
]


def test_every_decoded_result_has_required_fields() -> None:
    """Each list, object, lookup and paging function with documented fields says which of them every
    answer carries (UpsertCustomer's answer has none documented)."""
    described = [op for op in DECODED_OPERATIONS if item_schema(op).get("properties")]
    assert len(described) > len(DECODED_OPERATIONS) / 2
    assert [op.operation_id for op in described if not required_fields(op)] == []


@pytest.mark.parametrize("operation", DECODED_OPERATIONS, ids=lambda op: op.operation_id)
def test_a_record_with_the_required_fields_only_decodes_and_shows_no_unset(operation: Operation) -> None:
    item = record(operation)
    result = decode(operation, item)
    assert "Unset" not in repr(result)
    if operation.result.kind != "rows":
        assert set(result.to_dict()) == set(item)  # to_dict() leaves out what the answer did not carry


@pytest.mark.parametrize(("operation", "field"), REQUIRED)
def test_a_record_without_a_required_field_is_a_parse_error_naming_it(
    operation: Operation, field: str
) -> None:
    item = record(operation)
    del item[field]
    with pytest.raises(ResponseParseError) as caught:
        decode(operation, item)
    assert caught.value.operation == operation.operation_id
    assert field in caught.value.detail
    assert operation.operation_id in str(caught.value)


# Through the client, as a user meets it ----------------------------------------------------------------


def _client(body: Any) -> Optimove:
    content = json.dumps(body).encode()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=content))
    return Optimove(api_key="k", base_url="https://api5.optimove.net", transport=transport, rate_limit=())


def test_a_list_function_refuses_a_record_without_a_required_field() -> None:
    answer = [{"ListenerURL": "https://example.com/hook", "ChannelID": 3}]
    with _client(answer) as opt, pytest.raises(ResponseParseError) as caught:
        opt.general.get_registered_event_listeners()
    assert caught.value.operation == "GetRegisteredEventListeners"
    assert "EventTypeID" in caught.value.detail


def test_a_lookup_refuses_an_answer_without_its_value() -> None:
    with _client({"Name": "Welcome"}) as opt, pytest.raises(ResponseParseError) as caught:
        opt.actions.get_action_name(action_id=1)
    assert caught.value.operation == "GetActionName"
    assert "ActionName" in caught.value.detail


def test_an_object_refuses_a_nested_record_without_a_required_field() -> None:
    answer = {**CAMPAIGN, "Channels": [{"Name": "SMS"}]}
    with _client(answer) as opt, pytest.raises(ResponseParseError) as caught:
        opt.actions.get_campaign_details(campaign_id=1)
    assert caught.value.operation == "GetCampaignDetails"
    assert "Id" in caught.value.detail


@pytest.mark.parametrize(
    "first_key",
    ["CustomerID", "customerid"],  # the fast decoder, and the slow path that matches names without case
)
def test_a_paging_function_refuses_a_row_without_a_required_field(first_key: str) -> None:
    rows = [
        {first_key: "231342", "InitialTargetGroupID": 4, "FinalTargetGroupID": 12},
        {first_key: "931342", "InitialTargetGroupID": -1},
    ]
    with _client(rows) as opt:
        with pytest.raises(ResponseParseError) as caught:
            opt.customers.get_target_group_changers(start_date=DAY, end_date=DAY)
        with pytest.raises(ResponseParseError) as iterated:
            list(opt.customers.get_target_group_changers.iter(start_date=DAY, end_date=DAY))
    for error in (caught.value, iterated.value):
        assert error.operation == "GetTargetGroupChangers"
        assert "FinalTargetGroupID" in error.detail and "[1]" in error.detail


# Reprs and to_dict() --------------------------------------------------------------------------------------


def test_a_repr_shows_what_the_answer_carried_and_never_unset() -> None:
    listener = GetRegisteredEventListenersItem.from_dict(
        {"EventTypeID": "3", "ListenerURL": "https://x.io/h"}
    )
    assert isinstance(listener.channel_id, Unset)
    assert repr(listener) == "GetRegisteredEventListenersItem(event_type_id=3, listener_url='https://x.io/h')"
    assert listener.to_dict() == {"EventTypeID": 3, "ListenerURL": "https://x.io/h"}

    kept = GetRegisteredEventListenersItem.from_dict(
        {"EventTypeID": 13, "ListenerURL": "https://x.io/h", "ChannelID": 3, "Note": "new"}
    )
    assert repr(kept) == (
        "GetRegisteredEventListenersItem(event_type_id=13, listener_url='https://x.io/h', channel_id=3,"
        " additional_properties={'Note': 'new'})"  # fields the spec does not describe are shown
    )


def test_nested_and_request_models_leave_unset_fields_out_of_their_reprs() -> None:
    details = GetCampaignDetailsResult.from_dict({**CAMPAIGN, "Channels": [{"Id": 3}]})
    text = repr(details)
    assert "channels=[GetCampaignDetailsResultChannelsItem(id=3)]" in text
    assert "Unset" not in text and "tags=" not in text and "test_group_size=" not in text
    assert "Tags" not in details.to_dict() and details.to_dict()["Channels"] == [{"Id": 3}]
    assert repr(AttributeValue(real_field_name="Alias")) == "AttributeValue(real_field_name='Alias')"


def test_every_generated_model_has_the_repr_that_leaves_unset_out() -> None:
    """Every attrs model, request bodies too: none keeps attrs' own repr, which shows Unset objects."""
    classes = [getattr(models, name) for name in models.__all__]
    attrs_classes = [cls for cls in classes if attrs.has(cls)]
    assert attrs_classes
    for cls in attrs_classes:
        optional = [field.name for field in attrs.fields(cls) if isinstance(field.default, Unset)]
        if not optional:
            continue
        required = {
            field.name: _any_value(field.type)
            for field in attrs.fields(cls)
            if field.default is attrs.NOTHING and field.init
        }
        text = repr(cls(**required))
        assert "Unset" not in text, cls.__name__
        assert not any(f"{name}=" in text for name in optional), cls.__name__


def _any_value(annotation: Any) -> Any:
    """A stand-in value: the repr is what is tested, not the types."""
    return f"<{annotation}>"


def test_a_row_repr_leaves_out_fields_the_answer_did_not_carry() -> None:
    (operation,) = [op for op in OPERATIONS if op.operation_id == "GetProcessedCampaignCustomers"]
    row = decode(operation, {"CustomerID": "231342", "ActionID": 4})
    assert row.promo_code is None
    assert "promo_code" not in repr(row) and "customer_id='231342'" in repr(row)
