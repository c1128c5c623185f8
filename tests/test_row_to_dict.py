"""A row's to_dict(): Optimove's names, the requested attributes as a plain dict, nothing internal, ready
for json.dumps, on every decoding path (array or joined attributes, fields the spec does not describe)."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from optimove_generated.rows import ROWS

from optimove_client import Optimove
from optimove_client._spec_document import spec_document
from optimove_client.testing import DEFAULT_API_KEY, MockOptimove

DAY = datetime.date(2024, 6, 30)
RAW_ATTRIBUTE_FORMS = {"CustomerAttributes", "CustomerAttribute"}


def _client(transport: httpx.BaseTransport) -> Optimove:
    return Optimove(api_key=DEFAULT_API_KEY, server=5, transport=transport, rate_limit=(), environ={})


@pytest.fixture(params=["array", "joined"])
def opt(request: pytest.FixtureRequest) -> Iterator[Optimove]:
    mock = MockOptimove(customers=3, attribute_shape=request.param)
    with _client(mock.transport()) as client:
        yield client


def test_a_row_with_attributes_names_its_fields_as_optimove_does(opt: Optimove) -> None:
    rows = opt.customers.get_customers_by_action(
        recipient_group_id=1, action_id=1, date=DAY, attributes=["Alias", "Country"]
    )
    data = rows[0].to_dict()
    assert data["CustomerID"] == rows[0].customer_id
    assert data["Attributes"] == dict(rows[0].attributes or {}) and type(data["Attributes"]) is dict
    assert set(data["Attributes"]) == {"Alias", "Country"}
    assert not [key for key in data if key.startswith("#") or key in RAW_ATTRIBUTE_FORMS]
    assert json.loads(json.dumps(data)) == data


def test_times_are_written_as_optimove_writes_them(opt: Optimove) -> None:
    (row, *_) = opt.customers.get_customer_send_details_by_campaign(campaign_id=1)
    assert isinstance(row.scheduled_time, datetime.datetime)
    data = row.to_dict()
    assert data["ScheduledTime"] == row.scheduled_time.strftime("%Y-%m-%d %H:%M:%S")
    assert "Attributes" not in data and json.dumps(data)


def test_fields_the_spec_does_not_describe_are_kept() -> None:
    answer = [{"CustomerID": "1", "ChannelID": 3, "ScheduledTime": "2024-06-30 10:00:00", "SendID": "s",
               "Region": "EU"}]  # fmt: skip
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=answer))
    with _client(transport) as opt:
        (row,) = opt.customers.get_customer_send_details_by_campaign(campaign_id=1)
    assert row.to_dict() == {"CustomerID": "1", "ChannelID": 3, "ScheduledTime": "2024-06-30 10:00:00",
                             "SendID": "s", "TemplateID": None, "Region": "EU"}  # fmt: skip


def _item_properties(operation_id: str) -> set[str]:
    for methods in spec_document()["paths"].values():
        for operation in methods.values():
            if operation["operationId"] == operation_id:
                schema: Any = operation["responses"]["200"]["content"]["application/json"]["schema"]
                name = schema["items"]["$ref"].rsplit("/", 1)[1]
                return set(spec_document()["components"]["schemas"][name]["properties"])
    raise LookupError(operation_id)


@pytest.mark.parametrize("operation_id", sorted(ROWS))
def test_every_row_knows_the_optimove_name_of_each_field(operation_id: str) -> None:
    names = dict(ROWS[operation_id].optimove_names)
    assert set(names.values()) == _item_properties(operation_id) - RAW_ATTRIBUTE_FORMS
    assert all(attribute in ROWS[operation_id].__struct_fields__ for attribute in names)
