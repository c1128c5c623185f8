"""The generated request builders and models against the mock: every operation's request is built once
from valid inputs and sent with a plain httpx client, goes out in Optimove's wire form, and its answer
validates against the spec and parses into the models."""

from __future__ import annotations

import importlib
import pkgutil
import types
import typing
from typing import Any
from urllib.parse import parse_qsl

import httpx
import orjson
import pytest
from optimove_generated import api as generated_api

from optimove_client.testing import MOCK_BASE_URL, MockOptimove
from optimove_client.testing.spec import load_spec
from optimove_client.testing.validation import RequestValidator
from tests.contract.valid_inputs import ATTRIBUTES, DATE, DATETIME, body_for, query_for
from tests.support import parsed_by_models, typed_value

SPEC = load_spec()


def _modules() -> dict[str, types.ModuleType]:
    found = {}
    for info in pkgutil.walk_packages(generated_api.__path__, generated_api.__name__ + "."):
        module = importlib.import_module(info.name)
        if hasattr(module, "build_request"):
            found[info.name.rsplit(".", 1)[-1].replace("_", "")] = module
    return found


MODULES = _modules()


class Recorder(httpx.BaseTransport):
    """Keeps every request as sent, to check the wire form."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.inner.handle_request(request)


def _python_kwargs(module: types.ModuleType, query: dict[str, Any], body: Any) -> dict[str, Any]:
    hints = typing.get_type_hints(module.build_request)
    by_wire_name = {name.lstrip("$").lower(): value for name, value in query.items()}
    kwargs = {}
    for name, annotation in hints.items():
        if name == "return":
            continue
        if name == "body":
            kwargs[name] = typed_value(annotation, body)
        elif name.replace("_", "") in by_wire_name:
            kwargs[name] = typed_value(annotation, by_wire_name[name.replace("_", "")])
    return kwargs


def _sent(mock: MockOptimove, recorder: Recorder, request: dict[str, Any]) -> httpx.Response:
    """A built request sent to the mock with the API key, through the recorder."""
    with httpx.Client(
        base_url=MOCK_BASE_URL, headers={"X-API-KEY": mock.api_key}, transport=recorder
    ) as client:
        return client.request(**request)


@pytest.fixture
def mock() -> MockOptimove:
    return MockOptimove(customers=50, rate_limits=())


@pytest.mark.parametrize("operation", SPEC.operations, ids=lambda op: op.operation_id)
def test_every_operation_through_the_generated_builders(mock: MockOptimove, operation: Any) -> None:
    module = MODULES[operation.operation_id.lower()]
    recorder = Recorder(mock.transport())
    query, body = query_for(mock, operation), body_for(mock, operation)

    response = _sent(mock, recorder, module.build_request(**_python_kwargs(module, query, body)))

    assert response.status_code == 200, response.content
    (sent,) = recorder.requests
    assert sent.method == operation.method
    if operation.body_schema is not None:
        assert sent.headers["Content-Type"] == "application/json"
    if operation.success_schema is not None and not operation.acknowledges:
        assert response.content, "valid inputs must reach data"
        problem = RequestValidator(SPEC).errors(operation.success_pointer, orjson.loads(response.content))
        assert problem is None, problem
        if _documented(operation.success_schema):
            assert parsed_by_models(operation.operation_id, 200, response.content) is not None


def _documented(schema: Any) -> bool:
    resolved, _ = SPEC.resolve(schema)
    return bool({"type", "anyOf", "enum"} & resolved.keys())


def _send(mock: MockOptimove, operation_id: str) -> httpx.Request:
    operation = SPEC.by_id[operation_id]
    module = MODULES[operation_id.lower()]
    recorder = Recorder(mock.transport())
    query = {**query_for(mock, operation), "$skip": 5}
    _sent(mock, recorder, module.build_request(**_python_kwargs(module, query, body_for(mock, operation))))
    return recorder.requests[0]


def test_paging_attributes_and_dates_go_out_in_optimove_wire_form(mock: MockOptimove) -> None:
    sent = _send(mock, "GetCustomersByAction")
    raw_query = sent.url.query.decode()
    assert "%24top=5" in raw_query and "%24skip=5" in raw_query
    assert "top=" not in raw_query.replace("%24top=", "")
    decoded = dict(parse_qsl(raw_query))
    assert decoded["Date"] == DATE
    assert decoded["CustomerAttributes"] == ATTRIBUTES


def test_datetimes_in_bodies_use_a_space_not_a_t(mock: MockOptimove) -> None:
    sent = _send(mock, "UpdateCustomerPromotionStatus")
    assert sent.headers["Content-Type"] == "application/json"
    assert orjson.loads(sent.content)["TimeStamp"] == DATETIME
