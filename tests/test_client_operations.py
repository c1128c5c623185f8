"""Every operation through the facade (opt.<category>.<function>) against the mock, sync and async."""

from __future__ import annotations

import asyncio
import datetime
import typing
from collections.abc import Iterator
from typing import Any

import attrs
import httpx
import pytest
from optimove_generated import facade
from optimove_generated.models import AttributeDelimiter, GetAllActionsItem
from optimove_generated.operations import OPERATIONS
from optimove_generated.rows import ROWS, GetCustomersByActionRow

from generator.describe import snake
from optimove_client import AsyncOptimove, Optimove
from optimove_client.testing import MOCK_BASE_URL, MockOptimove
from optimove_client.testing.spec import load_spec
from tests.contract.valid_inputs import body_for, query_for
from tests.support import operations, typed_value

MOCK_OPERATIONS = {operation.operation_id: operation for operation in load_spec().operations}
RECORDS = {operation.operation_id: operation for operation in OPERATIONS}


def facade_arguments(operation_id: str, mock: MockOptimove) -> dict[str, Any]:
    """Valid keyword arguments for opt.<category>.<function>, from the spec and the mock's dataset."""
    operation = MOCK_OPERATIONS[operation_id]
    hints = typing.get_type_hints(getattr(facade, operation_id).__call__)
    wire: dict[str, Any] = dict(query_for(mock, operation))
    body = body_for(mock, operation)
    if isinstance(body, dict):
        wire.update(body)
    arguments: dict[str, Any] = {}
    if isinstance(body, list):
        arguments["items"] = typed_value(hints["items"], body)
    for name, value in wire.items():
        if name == "CustomerAttributes" and "attributes" in hints:
            arguments["attributes"] = value.split(";")
        elif name == "CustomerAttributesDelimiter":
            arguments["attribute_delimiter"] = value
        else:
            arguments[snake(name)] = typed_value(hints[snake(name)], value)
    return arguments


@pytest.fixture
def mock() -> MockOptimove:
    return MockOptimove(customers=50, rate_limits=())


@pytest.fixture
def opt(mock: MockOptimove) -> Iterator[Optimove]:
    with Optimove(api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=mock.transport()) as client:
        yield client


def _entry_point(client: Any, operation_id: str) -> Any:
    """opt.<category>.<function>: the category is the snake_case of the operation's tag."""
    tag = operations()[operation_id][2]["tags"][0]
    category = snake("".join(part.title() for part in tag.replace("-", " ").split()))
    return getattr(getattr(client, category), snake(operation_id))


def _check_result(operation_id: str, result: Any) -> None:
    operation = RECORDS[operation_id]
    shape = operation.result
    if operation.paging is not None:
        assert shape.kind == "rows" and shape.row is ROWS[operation_id]
        assert isinstance(result, list) and result, "valid inputs reach data on the mock"
        assert all(isinstance(row, ROWS[operation_id]) and row.extra is None for row in result)
        if operation.attributes is not None:
            assert all(list(row.attributes) == ["Alias", "Country"] for row in result)
    elif shape.kind == "list":
        assert isinstance(result, list) and result, "valid inputs reach data on the mock"
        assert all(type(row) is shape.model for row in result)
        assert all(attrs.has(type(row)) and row.additional_properties == {} for row in result)
    elif shape.kind == "value":
        assert result is not None and not attrs.has(type(result)), "a lookup answers the value itself"
    elif shape.kind == "object":
        assert type(result) is shape.model and result.additional_properties == {}
    elif shape.kind == "string":
        assert isinstance(result, str) and result
    elif shape.kind == "none":
        assert result is None


@pytest.mark.parametrize("operation_id", sorted(operations()))
def test_every_operation_through_the_facade(opt: Optimove, mock: MockOptimove, operation_id: str) -> None:
    result = _entry_point(opt, operation_id)(**facade_arguments(operation_id, mock))
    _check_result(operation_id, result)
    assert mock.calls.by_operation[operation_id] == 1


@pytest.mark.parametrize("operation_id", sorted(operations()))
def test_every_operation_through_the_async_facade(mock: MockOptimove, operation_id: str) -> None:
    async def run() -> Any:
        async with AsyncOptimove(
            api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=mock.async_transport()
        ) as client:
            return await _entry_point(client, operation_id)(**facade_arguments(operation_id, mock))

    _check_result(operation_id, asyncio.run(run()))


def test_a_get_can_return_optimove_xml(opt: Optimove) -> None:
    text = opt.actions.get_all_actions.xml()
    assert text.lstrip().startswith("<") and "ActionID" in text


def test_an_empty_body_means_no_data(mock: MockOptimove) -> None:
    def empty(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"")

    with Optimove(api_key="k", base_url=MOCK_BASE_URL, transport=httpx.MockTransport(empty)) as client:
        rows = client.customers.get_customers_by_action(
            recipient_group_id=1, action_id=1, date=datetime.date(2024, 6, 30)
        )
        assert rows == []
        assert client.general.get_last_data_update() is None


def test_results_are_typed_models(opt: Optimove, mock: MockOptimove) -> None:
    actions = opt.actions.get_all_actions()
    assert actions and all(isinstance(action, GetAllActionsItem) for action in actions)
    assert all(
        isinstance(action.action_id, int) and isinstance(action.action_name, str) for action in actions
    )
    assert opt.general.get_last_data_update() == mock.config.last_data_update
    assert opt.actions.get_action_name(action_id=1) == mock.dataset.actions[1]


def test_paging_functions_answer_typed_rows_with_attribute_values(opt: Optimove, mock: MockOptimove) -> None:
    arguments = facade_arguments("GetCustomersByAction", mock)
    rows = opt.customers.get_customers_by_action(**{**arguments, "attributes": ["Alias", "Country"]})
    assert rows and all(isinstance(row, GetCustomersByActionRow) for row in rows)
    assert isinstance(rows[0].customer_id, str)
    assert rows[0].attributes is not None and list(rows[0].attributes) == ["Alias", "Country"]
    index = int(rows[0].customer_id) - int(mock.dataset.customer_id(0))
    assert rows[0].attributes["Alias"] == f"player{index}"  # the mock's Alias of that customer
    assert rows[0].attributes == {"Alias": f"player{index}", "Country": rows[0].attributes["Country"]}


def test_every_call_sends_accept_and_user_agent(mock: MockOptimove) -> None:
    seen: list[httpx.Request] = []
    inner = mock.transport()

    class Spy(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            seen.append(request)
            return inner.handle_request(request)

    with Optimove(api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=Spy()) as client:
        client.general.get_last_data_update()
        client.actions.get_all_actions.xml()
    assert seen[0].headers["Accept"] == "application/json"
    assert seen[1].headers["Accept"] == "application/xml"
    assert all(r.headers["User-Agent"].startswith("optimove-client/") for r in seen)


def test_attribute_names_and_delimiter_go_out_joined(mock: MockOptimove) -> None:
    seen: list[httpx.Request] = []
    inner = mock.transport()

    class Spy(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            seen.append(request)
            return inner.handle_request(request)

    with Optimove(api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=Spy()) as client:
        arguments = facade_arguments("GetCustomersByAction", mock)
        client.customers.get_customers_by_action(
            **{**arguments, "attributes": ["Alias", "Country"], "attribute_delimiter": "\t"}
        )
        client.customers.get_customers_by_action(
            **{**arguments, "attributes": ["Alias"], "attribute_delimiter": AttributeDelimiter.COLON}
        )
    assert seen[0].url.params["CustomerAttributes"] == "Alias;Country"
    assert seen[0].url.params["CustomerAttributesDelimiter"] == "\t"
    assert seen[1].url.params["CustomerAttributesDelimiter"] == ":"


def test_with_options_shares_the_connection_pool_and_keeps_the_original(mock: MockOptimove) -> None:
    client = Optimove(api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=mock.transport())
    patient = client.with_options(timeout=900, max_retries=0)
    assert patient._http is client._http
    assert patient._runner.options.timeout.read == 900
    assert patient._runner.options.max_retries == 0
    assert client._runner.options.timeout.read == 300
    patient.close()  # does not close the shared pool
    assert client.general.get_last_data_update() is not None
    client.close()
    with pytest.raises(RuntimeError):
        client.general.get_last_data_update()


CAFE_XML = "<Actions><ActionName>Café</ActionName></Actions>"


@pytest.mark.parametrize(
    ("content_type", "encoded"),
    [
        ("text/xml; charset=ISO-8859-1", CAFE_XML.encode("latin-1")),
        ("text/xml;CHARSET=utf-16", CAFE_XML.encode("utf-16")),
        ("text/xml", CAFE_XML.encode()),  # no charset: UTF-8
        ("application/xml", CAFE_XML.encode()),
    ],
)
def test_xml_is_read_in_the_charset_its_answer_names(content_type: str, encoded: bytes) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=encoded, headers={"Content-Type": content_type})

    with Optimove(api_key="k", base_url=MOCK_BASE_URL, transport=httpx.MockTransport(answer)) as client:
        assert client.actions.get_all_actions.xml() == CAFE_XML
