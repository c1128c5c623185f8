"""Bad input, fuzzed: every parameter of every function, valid values accepted, invalid ones refused early.

For each function, one parameter at a time is drawn by hypothesis from strategies built from its schema in
the spec, the others kept at known-good values. An invalid value must raise ValidationError before any
network call; a valid one must reach the mock and be accepted (no 400).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.describe import snake
from optimove_client import BadRequestError, Optimove, ValidationError
from optimove_client.testing import MOCK_BASE_URL, MockOptimove
from tests.support import operations, parameters, resolve
from tests.test_client_operations import _entry_point, facade_arguments

# Read from the spec itself, not from what the client derived from it.
SPEC_OPERATIONS = {operation_id: operation for operation_id, (_, _, operation) in operations().items()}
MOCK = MockOptimove(customers=30, rate_limits=())
KNOWN_ATTRIBUTES = sorted(attribute.real_field_name for attribute in MOCK.dataset.attributes.values())


def _schema(node: dict[str, Any]) -> dict[str, Any]:
    return resolve(node)


def _takes_attributes(operation_id: str) -> bool:
    return bool(SPEC_OPERATIONS[operation_id].get("x-optimove-customer-attributes"))


def _reference(node: dict[str, Any]) -> str:
    return str(node.get("$ref", "")).rsplit("/", 1)[-1]


def _attribute_list(operation_id: str, wire_name: str) -> bool:
    return wire_name == "CustomerAttributes" and _takes_attributes(operation_id)


def valid_values(operation_id: str, wire_name: str, node: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Typed values the facade argument accepts and the spec allows."""
    schema, reference = _schema(node), _reference(node)
    if _attribute_list(operation_id, wire_name):
        return st.lists(st.sampled_from(KNOWN_ATTRIBUTES), min_size=1, max_size=10, unique=True)
    if "CustomerAttribute" in wire_name and schema.get("type") == "string":
        # One attribute name: valid means one of the account's attributes (GetCustomerAttributeList).
        return st.sampled_from(KNOWN_ATTRIBUTES)
    if reference == "Date":
        return st.dates(datetime.date(2024, 4, 1), datetime.date(2024, 6, 30))
    if reference == "DateTime":
        return st.datetimes(datetime.datetime(2024, 1, 1), datetime.datetime(2025, 1, 1)).map(
            lambda moment: moment.replace(microsecond=0)
        )
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if schema.get("type") == "integer":
        return st.integers(schema.get("minimum", 0), schema.get("maximum", 2**31 - 1))
    if schema.get("type") == "boolean":
        return st.booleans()
    if schema.get("format") == "uri":
        return st.sampled_from(["https://example.com/hook", "http://listener.test/optimove?x=1"])
    if "pattern" in schema:
        return st.from_regex(schema["pattern"], fullmatch=True).filter(lambda text: len(text) < 40)
    if schema.get("format") == "email":
        return st.sampled_from(["a@example.com", "first.last@example.org"])
    if schema.get("type") == "string":
        alphabet = st.characters(min_codepoint=33, max_codepoint=126)
        return st.text(
            alphabet, min_size=max(1, schema.get("minLength", 1)), max_size=schema.get("maxLength", 30)
        )
    raise LookupError(f"no strategy for {wire_name}: {schema}")


def invalid_values(operation_id: str, wire_name: str, node: dict[str, Any]) -> st.SearchStrategy[Any] | None:
    """Values the spec refuses, or None when every value of the Python type is valid."""
    schema, reference = _schema(node), _reference(node)
    if _attribute_list(operation_id, wire_name):
        return st.one_of(
            st.just([]),
            st.lists(st.sampled_from(KNOWN_ATTRIBUTES), min_size=11, max_size=13),
            st.text(min_size=1).map(lambda text: [f"{text};x"]),
            st.just([""]),
        )
    if reference in ("Date", "DateTime"):
        return st.text(max_size=12)  # a string where a date object is required
    if "enum" in schema:
        return (
            st.integers(-50, 50)
            .filter(lambda value: value not in schema["enum"])
            .map(lambda value: value if schema.get("type") == "integer" else str(value))
            if schema.get("type") == "integer"
            else st.sampled_from(["|", "", ",,", "tab"])
        )
    if schema.get("type") == "integer":
        low, high = schema.get("minimum"), schema.get("maximum")
        options = []
        if low is not None:
            options.append(st.integers(low - 10**6, low - 1))
        if high is not None:
            options.append(st.integers(high + 1, high + 10**6))
        return st.one_of(*options) if options else None
    if schema.get("format") == "uri":
        return st.sampled_from(["", "example.com/hook", "ftp://example.com/hook", "https://"])
    if schema.get("type") == "string" and schema.get("minLength", 0) >= 1 and "format" not in schema:
        if "pattern" in schema:
            return st.sampled_from(["", "a,b", "1,,2", " 1"]).filter(
                lambda t: not re.fullmatch(schema["pattern"], t)
            )
        return st.just("")
    return None


def _parameters(operation_id: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(facade name, wire name, schema) of each argument that is a query parameter or an object-body field."""
    operation = SPEC_OPERATIONS[operation_id]
    for parameter in parameters(operation):
        wire_name, node = parameter["name"], parameter["schema"]
        if wire_name in ("$top", "$skip", "CustomerAttributesDelimiter"):
            continue
        name = "attributes" if _attribute_list(operation_id, wire_name) else snake(wire_name)
        yield name, wire_name, node
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
    for wire_name, node in resolve(body).get("properties", {}).items():
        if resolve(node).get("type") in ("string", "integer", "boolean") or _reference(node) in (
            "Date",
            "DateTime",
        ):
            yield snake(wire_name), wire_name, node


CASES = [
    pytest.param(operation_id, name, wire_name, node, id=f"{operation_id}.{wire_name}")
    for operation_id in SPEC_OPERATIONS
    for name, wire_name, node in _parameters(operation_id)
    if operation_id != "Login"  # its fields are credentials, refused by the mock when random
]


@pytest.fixture(scope="module")
def opt() -> Iterator[Optimove]:
    # A thousand calls in a few seconds: the client's budget is off, as the mock's is.
    with Optimove(
        api_key=MOCK.api_key, base_url=MOCK_BASE_URL, transport=MOCK.transport(), rate_limit=()
    ) as client:
        yield client


@pytest.mark.reliability
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
@pytest.mark.parametrize(("operation_id", "name", "wire_name", "node"), CASES)
def test_every_valid_value_reaches_the_mock_and_is_accepted(
    opt: Optimove, operation_id: str, name: str, wire_name: str, node: dict[str, Any], data: st.DataObject
) -> None:
    """Valid values of every parameter of every function reach the server and are not refused."""
    arguments = facade_arguments(operation_id, MOCK)
    arguments[name] = data.draw(valid_values(operation_id, wire_name, node), label=name)
    for group in SPEC_OPERATIONS[operation_id].get("x-optimove-required-one-of", []):
        if wire_name in group:  # exactly one of the group: keep only the one being drawn
            for other in group:
                if other != wire_name:
                    arguments.pop(snake(other), None)
    before = MOCK.calls.total
    try:
        _entry_point(opt, operation_id)(**arguments)
    except BadRequestError as error:  # the server refused what the client let through
        pytest.fail(f"{operation_id}: {name}={arguments[name]!r} was refused: {error}")
    except ValidationError as error:
        pytest.fail(f"{operation_id}: valid {name}={arguments[name]!r} refused before sending: {error}")
    except Exception:  # noqa: S110 (404 and the like: the value was accepted, the thing does not exist)
        pass
    assert MOCK.calls.total == before + 1


INVALID_CASES = [case for case in CASES if invalid_values(*case.values[0:1], *case.values[2:4]) is not None]


@pytest.mark.reliability
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
@pytest.mark.parametrize(("operation_id", "name", "wire_name", "node"), INVALID_CASES)
def test_every_invalid_value_is_refused_before_the_network(
    opt: Optimove, operation_id: str, name: str, wire_name: str, node: dict[str, Any], data: st.DataObject
) -> None:
    """Invalid values of every parameter of every function are refused before any call, naming it."""
    strategy = invalid_values(operation_id, wire_name, node)
    assert strategy is not None
    arguments = facade_arguments(operation_id, MOCK)
    arguments[name] = data.draw(strategy, label=name)
    before = MOCK.calls.total
    with pytest.raises(ValidationError) as caught:
        _entry_point(opt, operation_id)(**arguments)
    assert MOCK.calls.total == before, "nothing may be sent"
    assert caught.value.operation == operation_id
