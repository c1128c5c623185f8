"""Query parameters are checked by their generated Rule first, and by the JSON Schema validator only for a
value the rule does not confirm: the rule must never confirm a value the schema refuses, and a call
without a body must not need the validator at all."""

from __future__ import annotations

import datetime
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from optimove_generated.operation import Parameter, Rule
from optimove_generated.operations import OPERATIONS

from generator.rules import rule_source
from generator.spec_document import Spec
from optimove_client._request.spec_document import schema_at
from optimove_client._request.wire_rules import keeps


def _parameters() -> list[Parameter]:
    return [parameter for operation in OPERATIONS for parameter in operation.parameters]


def _distinct() -> dict[str, Parameter]:
    """One parameter per distinct schema (by the schema's own JSON form), named by its pointer."""
    found: dict[str, Parameter] = {}
    for parameter in _parameters():
        found.setdefault(repr(sorted(schema_at(parameter.schema).items())), parameter)
    return {parameter.schema: parameter for parameter in found.values()}


DISTINCT = _distinct()


def _values(rule: Rule) -> st.SearchStrategy[Any]:
    """Values near and beyond every bound of the rule, of its type and of others."""
    near = [rule.minimum, rule.maximum, rule.min_length]
    bounds = [bound + step for bound in near if bound is not None for step in (-1, 0, 1)]
    strategies: list[st.SearchStrategy[Any]] = [
        st.integers(-3, 300_000),
        st.sampled_from([*bounds, 0, 1, -1]) if bounds else st.just(0),
        st.booleans(),
        st.none(),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=12),
        st.text(alphabet="0123456789-;,:\t\n aZ", max_size=14),
        st.dates().map(datetime.date.isoformat),
        st.dates().map(lambda day: day.isoformat() + "\n"),
        st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", fullmatch=True),
    ]
    if rule.pattern is not None:
        strategies.append(st.from_regex(rule.pattern))
    if rule.enum is not None:
        strategies.append(st.sampled_from(rule.enum))
    return st.one_of(strategies)


@pytest.mark.parametrize("pointer", sorted(DISTINCT))
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_a_value_the_rule_keeps_is_valid_by_the_schema(pointer: str, data: st.DataObject) -> None:
    rule = DISTINCT[pointer].rule
    assert rule is not None
    validator = Draft202012Validator(schema_at(pointer), format_checker=Draft202012Validator.FORMAT_CHECKER)
    value = data.draw(_values(rule))
    if keeps(rule, value):
        assert validator.is_valid(value), (rule, value)


def test_every_query_parameter_of_the_spec_has_a_rule_that_keeps_ordinary_values() -> None:
    """The spec's query parameters are all plain: so a call without a body never runs the validator."""
    assert all(parameter.rule is not None for parameter in _parameters())
    ordinary = {"integer": 3, "boolean": True}
    for parameter in _parameters():
        rule = parameter.rule
        assert rule is not None
        value = ordinary.get(rule.type, "x")
        if rule.format == "date":
            value = "2024-06-30"
        elif rule.enum:
            value = rule.enum[0]
        elif rule.pattern is not None:
            value = {"^[^;]+(;[^;]+){0,9}$": "Alias;Country", "^[0-9]+(,[0-9]+)*$": "1,2"}[rule.pattern]
        assert keeps(rule, value), (parameter.name, rule, value)


def test_the_rule_leaves_each_refusal_to_the_validator() -> None:
    rule = Rule(type="integer", minimum=0, maximum=9)
    assert [keeps(rule, value) for value in (0, 9, -1, 10, True, 3.0, "3")] == [
        True, True, False, False, False, False, False
    ]  # fmt: skip
    date = Rule(type="string", pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}$", format="date")
    assert [keeps(date, value) for value in ("2024-02-29", "2023-02-29", "2024-06-30\n", "2024-6-30")] == [
        True, False, False, False
    ]  # fmt: skip


def _spec(schema: dict[str, Any], shared: dict[str, Any] | None = None) -> Spec:
    return Spec({"paths": {"/x": {"get": {"parameters": [{"schema": schema}]}}}, "components": shared or {}})


LOCATION = "#/paths/~1x/get/parameters/0/schema"


@pytest.mark.parametrize(
    ("schema", "source"),
    [
        ({"type": "integer", "minimum": 1, "maximum": 200000, "description": "d"},
         "Rule(type='integer', minimum=1, maximum=200000)"),
        ({"type": "string", "enum": [",", ";"], "x-enum-varnames": ["A", "B"]},
         "Rule(type='string', enum=(',', ';'))"),
        ({"$ref": "#/components/schemas/Day"}, "Rule(type='string', format='date')"),
        ({"type": "boolean"}, "Rule(type='boolean')"),
        # A keyword a Rule does not hold, a format it does not check, a $ref beside another keyword,
        # a non-integer bound, a list of types, an array: the validator checks every value.
        ({"type": "string", "maxLength": 3}, "None"),
        ({"type": "string", "format": "uri"}, "None"),
        ({"$ref": "#/components/schemas/Day", "pattern": "^2"}, "None"),
        ({"type": "integer", "minimum": 0.5}, "None"),
        ({"type": ["integer", "string"]}, "None"),
        ({"type": "array", "items": {"type": "integer"}}, "None"),
        ({"type": "integer", "enum": [1, 2]}, "None"),
    ],
)  # fmt: skip
def test_the_generator_writes_a_rule_only_for_a_schema_it_holds(schema: dict[str, Any], source: str) -> None:
    shared = {"schemas": {"Day": {"type": "string", "format": "date"}}}
    assert rule_source(_spec(schema, shared), LOCATION) == source


def test_a_call_without_a_body_imports_neither_the_validator_nor_attrs_nor_asyncio() -> None:
    script = (
        "import sys, datetime, httpx\n"
        "from optimove_client import Optimove\n"
        'page = b\'[{"CustomerID": "1", "CustomerAttributes": ["a", "DE"]}]\'\n'
        "transport = httpx.MockTransport(lambda request: httpx.Response(200, content=page))\n"
        "with Optimove(api_key='k', base_url='http://o.test', transport=transport) as opt:\n"
        "    rows = opt.customers.get_customers_by_action(\n"
        "        recipient_group_id=1, action_id=3, date=datetime.date(2024, 6, 30),\n"
        "        attributes=['Alias', 'Country'], top=10)\n"
        "print(len(rows), sorted({m.split('.')[0] for m in sys.modules} & "
        "{'jsonschema', 'referencing', 'attr', 'attrs', 'asyncio'}))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[0] == "1 []"


def test_a_value_the_rule_does_not_keep_is_refused_in_the_validators_words() -> None:
    script = (
        "import sys, datetime\n"
        "from optimove_client import Optimove, ValidationError\n"
        "with Optimove(api_key='k', base_url='http://o.test') as opt:\n"
        "    try:\n"
        "        opt.customers.get_customers_by_action(\n"
        "            recipient_group_id=12, action_id=3, date=datetime.date(2024, 6, 30))\n"
        "    except ValidationError as error:\n"
        "        print(error, 'jsonschema' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ("GetCustomersByAction: RecipientGroupID must be at most 9 (got 12) True")
