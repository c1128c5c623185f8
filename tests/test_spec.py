"""spec/optimove.yaml: valid OpenAPI 3.1, every catalogued function, the Optimove data types, extensions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from tests.support import (
    component,
    operations,
    parameters,
    resolve,
    sample_examples,
    samples_dir,
    spec,
    validator,
)

CATALOGUE = yaml.safe_load((Path(__file__).parent / "data" / "catalogue.yaml").read_text(encoding="utf-8"))
FUNCTIONS = CATALOGUE["functions"]
# The spec's tag for a catalogue category, where the two differ.
TAG_FOR_CATEGORY = {"Promotions (External system integration)": "Promotions"}
# Parameters the catalogue marks required that the spec makes optional, and why.
OPTIONAL_DESPITE_CATALOGUE = {
    (
        "GetMicrosegmentChangers",
        "StartDate",
    ): "the current docs and a docs-derived sample call it without a range",
    (
        "GetMicrosegmentChangers",
        "EndDate",
    ): "the current docs and a docs-derived sample call it without a range",
}


def test_spec_is_valid_openapi_3_1() -> None:
    assert spec()["openapi"].startswith("3.1")
    validate(spec())  # raises on any violation of the OpenAPI 3.1 schema


def test_spec_validator_rejects_a_broken_document() -> None:
    broken = {
        **spec(),
        "paths": {"/x": {"get": {"responses": {"200": {}}}}},
    }  # a response needs a description
    with pytest.raises(OpenAPIValidationError, match="description"):
        validate(broken)


def test_spec_has_exactly_the_catalogued_functions() -> None:
    assert sorted(operations()) == sorted(f["name"] for f in FUNCTIONS)
    assert len(operations()) == 82


@pytest.mark.parametrize("function", FUNCTIONS, ids=lambda f: f["name"])
def test_catalogued_function_is_specified(function: dict[str, Any]) -> None:
    path, method, operation = operations()[function["name"]]
    assert path == function["path"]
    assert method == function["method"].lower()
    assert operation["tags"] == [TAG_FOR_CATEGORY.get(function["category"], function["category"])]
    assert operation["summary"].strip()
    assert operation["x-confidence"] == function["confidence"]
    query = {p["name"]: p for p in parameters(operation)}
    body = _body_properties(operation)
    one_of = {name for group in operation.get("x-optimove-required-one-of", []) for name in group}
    for param in function.get("params", []):
        if param["name"] == "(body)":
            assert _body_schema(operation)["type"] == "array", "the body is a JSON array"
            continue
        if param["in"] == "body":
            assert param["name"] in body["properties"], f"body field {param['name']}"
            assert (param["name"] in body.get("required", [])) == param["required"]
        else:
            assert param["name"] in query, f"query parameter {param['name']}"
            relaxed = (function["name"], param["name"]) in OPTIONAL_DESPITE_CATALOGUE
            expected = param["required"] and param["name"] not in one_of and not relaxed
            assert query[param["name"]].get("required", False) == expected, param["name"]


def _body_schema(operation: dict[str, Any]) -> dict[str, Any]:
    return resolve(operation["requestBody"]["content"]["application/json"]["schema"])


def _body_properties(operation: dict[str, Any]) -> dict[str, Any]:
    if "requestBody" not in operation:
        return {"properties": {}}
    schema = _body_schema(operation)
    return schema if schema.get("type") == "object" else {"properties": {}}


def test_low_confidence_functions_say_what_is_uncertain() -> None:
    low = [op for _, _, op in operations().values() if op["x-confidence"] == "low"]
    assert low
    for operation in low:
        assert "Uncertain" in operation.get("description", ""), operation["operationId"]


def test_every_summary_is_a_whole_sentence() -> None:
    """Summaries are shown as one line (`optimove functions`, docstrings): none may stop mid-sentence, as
    one cut at the first full stop of "i.e." did."""
    cut = [
        op["operationId"]
        for _, _, op in operations().values()
        if not op["summary"].endswith(".")
        or op["summary"].endswith(("i.e.", "e.g.", "etc."))
        or op["summary"].count("(") != op["summary"].count(")")
    ]
    assert cut == []


def test_no_parameter_has_a_default_because_the_generator_would_always_send_it() -> None:
    def defaults(node: Any) -> int:
        if isinstance(node, dict):
            return ("default" in node and not isinstance(node["default"], dict)) + sum(
                map(defaults, node.values())
            )
        return sum(map(defaults, node)) if isinstance(node, list) else 0

    for _, _, operation in operations().values():
        assert defaults(parameters(operation)) == 0, operation["operationId"]
    assert defaults(spec()["components"]["parameters"]) == 0


DATA_TYPES = [
    ("Integer", [0, 7, 2**40], [-1, 1.5, "7", None]),
    ("ResponseInteger", [0, 12, "12", -1, "-1"], ["12a", "", 1.5, None]),
    ("Double", [1.5, -2, 0], ["1.5", None]),
    ("StringArray", [[], ["a", "b"]], [["a", 1], "a"]),
    ("ObjectArray", [[], [{"a": 1}]], [[1], {"a": 1}]),
    ("Date", ["2024-01-31"], ["2024-1-31", "2024-01-31 00:00:00", "20240131", "2024-02-30"]),
    ("DateTime", ["2024-01-31 23:59:00"], ["2024-01-31T23:59:00", "2024-01-31", "2024-01-31 23:59"]),
    ("Boolean", [True, False, "true", "false", "True", "FALSE"], ["yes", 1, None, ""]),
    ("RGID", [0, 1, 9], [10, -1, "1"]),
    ("AttributeDelimiter", [",", ":", ";", "\t"], ["|", "", ",,"]),
    ("EventType", [1, 2, 3, 4, 5, 11, 13], [0, 6, 12]),
]


@pytest.mark.parametrize(("name", "valid", "invalid"), DATA_TYPES, ids=[t[0] for t in DATA_TYPES])
def test_data_type_component(name: str, valid: list[Any], invalid: list[Any]) -> None:
    check = component(name)
    for value in valid:
        assert check.is_valid(value), f"{name} should accept {value!r}"
    for value in invalid:
        assert not check.is_valid(value), f"{name} should reject {value!r}"


PARAMETERS = [
    ("Top", "$top", [1, 10_000, 200_000], [0, 200_001, -5]),
    ("Skip", "$skip", [0, 10_000, 5_000_000], [-1]),
    (
        "CustomerAttributes",
        "CustomerAttributes",
        ["Alias", "Alias;Country", ";".join(f"A{i}" for i in range(10))],
        ["", "Alias;", ";Alias", "A;;B", ";".join(f"A{i}" for i in range(11))],
    ),
    ("CustomerAttributesDelimiter", "CustomerAttributesDelimiter", [",", "\t"], ["|"]),
]


@pytest.mark.parametrize(
    ("component_name", "wire_name", "valid", "invalid"), PARAMETERS, ids=[p[0] for p in PARAMETERS]
)
def test_shared_parameter(component_name: str, wire_name: str, valid: list[Any], invalid: list[Any]) -> None:
    parameter = spec()["components"]["parameters"][component_name]
    assert parameter["name"] == wire_name
    assert parameter["in"] == "query"
    assert not parameter.get("required", False)
    check = validator(parameter["schema"])
    assert all(check.is_valid(v) for v in valid)
    assert not any(check.is_valid(v) for v in invalid)


def _refs(operation: dict[str, Any]) -> set[str]:
    return {p["$ref"].rsplit("/", 1)[-1] for p in operation.get("parameters", []) if "$ref" in p}


def test_paging_extension_marks_exactly_the_functions_that_take_skip() -> None:
    paged = {op_id for op_id, (_, _, op) in operations().items() if "x-optimove-paging" in op}
    takes_skip = {op_id for op_id, (_, _, op) in operations().items() if "Skip" in _refs(op)}
    assert paged == takes_skip
    assert len(paged) >= 20
    for op_id in paged:
        paging = operations()[op_id][2]["x-optimove-paging"]
        assert paging["offset-parameter"] == "$skip"
        if "Top" in _refs(operations()[op_id][2]):
            assert paging["page-size-parameter"] == "$top"
        else:
            assert paging["fixed-page-size"] > 0, op_id


def test_customer_attribute_extension_marks_exactly_the_functions_that_take_them() -> None:
    for op_id, (_, _, operation) in operations().items():
        takes = {"CustomerAttributes", "CustomerAttributesDelimiter"} <= _refs(operation)
        assert takes == bool(operation.get("x-optimove-customer-attributes")), op_id
        if takes:
            item = resolve(
                resolve(operation["responses"]["200"])["content"]["application/json"]["schema"]["items"]
            )
            assert {"CustomerAttributes", "CustomerAttribute"} <= set(item["properties"]), op_id


def test_only_send_transactional_mail_is_exempt_from_the_rate_limit() -> None:
    exempt = [op_id for op_id, (_, _, op) in operations().items() if op.get("x-optimove-rate-limit-exempt")]
    assert exempt == ["SendTransactionalMail"]


def test_integration_list_functions_take_at_most_100_items() -> None:
    limited = {op_id for op_id, (_, _, op) in operations().items() if op.get("x-optimove-max-list-items")}
    assert {
        "AddChannelTemplates",
        "DeleteChannelTemplates",
        "AddChannelApps",
        "DeleteChannelApps",
        "UpdateCampaignMetrics",
        "AddPromotions",
        "DeletePromotions",
    } == limited
    for op_id in limited:
        operation = operations()[op_id][2]
        body = _body_schema(operation)
        assert body["maxItems"] == operation["x-optimove-max-list-items"] == 100
        item = _minimal_instance(resolve(body["items"]))
        check = validator(body)
        assert check.is_valid([item] * 100), op_id
        assert not check.is_valid([item] * 101), op_id
        assert not check.is_valid([]), op_id


def _minimal_instance(schema: dict[str, Any]) -> dict[str, Any]:
    """An object with only the required fields, each with a small valid value."""
    values = {"integer": 1, "string": "x", "boolean": True}
    return {name: values[resolve(schema["properties"][name])["type"]] for name in schema.get("required", [])}


def test_required_one_of_names_real_optional_parameters() -> None:
    for op_id, (_, _, operation) in operations().items():
        names = {p["name"]: p for p in parameters(operation)}
        for group in operation.get("x-optimove-required-one-of", []):
            assert len(group) >= 2
            for name in group:
                assert name in names and not names[name].get("required"), (op_id, name)


def test_every_function_documents_its_errors_and_success() -> None:
    for op_id, (_, _, operation) in operations().items():
        codes = set(operation["responses"])
        expected = {"400", "401", "405", "429"} | ({"403"} if op_id != "Login" else set())
        assert expected <= codes, op_id
        assert any(code.startswith("2") for code in codes), op_id


def test_security_schemes_and_login() -> None:
    schemes = spec()["components"]["securitySchemes"]
    assert schemes["ApiKey"] == {**schemes["ApiKey"], "type": "apiKey", "in": "header", "name": "X-API-KEY"}
    assert schemes["SessionToken"]["name"] == "Authorization-Token"
    assert {"ApiKey": []} in spec()["security"] and {"SessionToken": []} in spec()["security"]
    _, method, login = operations()["Login"]
    assert method == "post" and login["security"] == []
    token = resolve(login["responses"]["200"]["content"]["application/json"]["schema"])
    assert token["type"] == "string"
    assert set(_body_schema(login)["required"]) == {"UserName", "Password"}


def test_servers_cover_numbered_instances_and_the_sandbox() -> None:
    urls = [server["url"] for server in spec()["servers"]]
    assert "https://api{instance}.optimove.net" in urls
    assert "https://sandbox-api.optimove.net" in urls


def _success_schema(op_id: str, status: int) -> dict[str, Any] | None:
    response = resolve(operations()[op_id][2]["responses"].get(str(status), {}))
    content = response.get("content", {}).get("application/json")
    return content["schema"] if content else None


SUCCESSFUL_SAMPLES = [
    pytest.param(f, i, e, id=f"{f}-{i}")
    for f, i, e in sample_examples()
    if f == "missing" or (e.get("status") in (200, 202, 206) and e.get("response") is not None)
]


@pytest.mark.parametrize(("function", "index", "example"), SUCCESSFUL_SAMPLES)
def test_every_successful_sample_response_validates_against_the_spec(
    function: str, index: int, example: dict[str, Any]
) -> None:
    samples_dir()
    schema = _success_schema(function, example["status"])
    assert schema is not None, f"{function} documents no JSON body for {example['status']}"
    errors = [e.message for e in validator(schema).iter_errors(example["response"])]
    assert not errors, errors


TEMPLATE = {"TemplateName": "Welcome back", "TemplateContent": "<p>Hi [%FIRST_NAME%], welcome back!</p>"}


def test_template_bodies_have_the_inferred_fields_and_stay_open() -> None:
    """AddTemplate and UpdateTemplate take the field names GetTemplateDetails returns templates in; since
    those names are inferred, not documented, the bodies take fields the spec does not list as well."""
    add = _body_schema(operations()["AddTemplate"][2])
    update = _body_schema(operations()["UpdateTemplate"][2])
    assert set(add["properties"]) == {"TemplateName", "TemplateContent"}
    assert add.get("required", []) == []
    assert set(update["properties"]) == {"TemplateID", "TemplateName", "TemplateContent"}
    assert update["required"] == ["TemplateID"]
    listed = resolve((_success_schema("GetTemplateDetails", 200) or {})["items"])
    assert set(update["properties"]) <= set(listed["properties"])
    assert add["additionalProperties"] is True and update["additionalProperties"] is True
    assert validator(add).is_valid({**TEMPLATE, "BrandID": 4, "Subject": "Welcome back!"})
    assert validator(update).is_valid({"TemplateID": 7, **TEMPLATE, "FolderID": 3})
    assert not validator(update).is_valid(TEMPLATE), "an update names its template"
    assert not validator(update).is_valid({"TemplateID": "7"})
    assert not validator(add).is_valid({"TemplateName": ""})
    assert not validator(add).is_valid([TEMPLATE])


def test_low_confidence_bodies_are_open_and_say_so() -> None:
    """A body whose fields were inferred must not refuse the fields Optimove really takes."""
    for op_id, (_, _, operation) in operations().items():
        if operation["x-confidence"] != "low" or "requestBody" not in operation:
            continue
        body = _body_schema(operation)
        assert body["type"] == "object" and body["additionalProperties"] is True, op_id
        assert "additionalProperties" in operation["description"], op_id
        assert "Uncertain" in operation["description"], op_id


def _answer_objects(node: Any, where: str, seen: set[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, schema) of every object schema with properties inside a successful answer's schema."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _answer_objects(item, f"{where}[{index}]", seen)
        return
    if not isinstance(node, dict):
        return
    if "$ref" in node:
        if node["$ref"] in seen:
            return
        seen.add(node["$ref"])
        where = node["$ref"].rsplit("/", 1)[-1]
        node = resolve(node)
    if node.get("properties"):
        yield where, node
    for key in ("properties", "items", "anyOf", "oneOf", "allOf"):
        child = node.get(key)
        if key == "properties" and isinstance(child, dict):
            for name, value in child.items():
                yield from _answer_objects(value, f"{where}.{name}", seen)
        elif child is not None:
            yield from _answer_objects(child, f"{where}.{key}", seen)


def test_every_answer_object_says_which_fields_it_always_carries_and_why() -> None:
    """Result types need no guarding: each object of a successful answer lists the fields every answer
    carries (they become non-optional attributes) and its description gives the evidence."""
    seen: set[str] = set()
    found = []
    for op_id, (_, _, operation) in operations().items():
        for code, response in operation["responses"].items():
            # The shared Acknowledged answer ("nothing to return") is never decoded into a result.
            content = response.get("content", {}) if code.startswith("2") else {}
            for media in content.values():
                found += _answer_objects(media.get("schema", {}), op_id, seen)
    assert len(found) > 60
    for where, schema in found:
        required = schema.get("required", [])
        assert required, f"{where} marks no field required"
        assert set(required) <= set(schema["properties"]), where
        assert str(schema.get("description", "")).startswith("Required: "), f"{where} gives no evidence"
