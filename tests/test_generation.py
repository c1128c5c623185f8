"""generator/: deterministic, complete, current; and it refuses to drop what the spec describes."""

from __future__ import annotations

import copy
import inspect
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from optimove_generated import facade
from optimove_generated.operations import OPERATIONS

from generator.describe import snake
from generator.generate import (
    OUTPUT,
    PACKAGE,
    GenerationError,
    build,
    differences,
    header,
    pinned_versions,
    verify,
)
from generator.view import STRICT_SCALARS, generator_view
from tests.support import operation_modules, operations, parameters, spec


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    destination = tmp_path_factory.mktemp("first") / "generated_client"
    build(destination)
    return destination


def test_committed_tree_is_what_the_spec_generates(fresh: Path) -> None:
    assert differences(OUTPUT, fresh) == [], "generated_client/ is stale: run `make generate`"


def test_two_generations_are_byte_identical(fresh: Path, tmp_path: Path) -> None:
    again = tmp_path / "generated_client"
    build(again)
    assert differences(fresh, again) == []


def test_differences_reports_a_hand_edit(fresh: Path, tmp_path: Path) -> None:
    edited = tmp_path / "edited"
    shutil.copytree(fresh, edited)
    (edited / PACKAGE / "types.py").write_text("# edited\n", encoding="utf-8")
    (edited / PACKAGE / "extra.py").write_text("", encoding="utf-8")
    assert differences(edited, fresh) == [
        f"only in committed tree: {PACKAGE}/extra.py",
        f"changed: {PACKAGE}/types.py",
    ]


def test_one_generated_module_per_operation_holding_only_its_request_builder() -> None:
    modules = list((OUTPUT / PACKAGE / "api").glob("*/*.py"))
    assert len([m for m in modules if m.name != "__init__.py"]) == len(operations()) == 82
    assert sorted(operation_modules()) == sorted(operations())
    for module in operation_modules().values():
        functions = {name for name, value in vars(module).items() if inspect.isfunction(value)}
        assert functions == {"build_request"}, module.__name__


def test_the_unused_upstream_client_is_not_generated() -> None:
    """optimove_client sends with its own httpx client: upstream's Client and its errors are not shipped."""
    assert not (OUTPUT / PACKAGE / "client.py").exists()
    assert not (OUTPUT / PACKAGE / "errors.py").exists()
    # The table, the facts and a request builder: none of them needs httpx (the package's __init__ did).
    code = (
        "import sys, optimove_generated.facts, optimove_generated.operations as o; o.GET_ALL_ACTIONS.build; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'httpx'))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


def test_every_generated_file_says_it_is_generated() -> None:
    text = header(pinned_versions())
    sources = list((OUTPUT / PACKAGE).rglob("*.py"))
    assert len(sources) > 150
    for source in sources:
        assert source.read_text(encoding="utf-8").startswith(text), source
    assert (OUTPUT / PACKAGE / "py.typed").exists()


def test_generator_toolchain_is_pinned_exactly() -> None:
    assert set(pinned_versions()) == {"openapi-python-client", "ruff"}
    assert all(version.count(".") == 2 for version in pinned_versions().values())


def _small_spec(properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "probe", "version": "1"},
        "x-optimove-rate-limits": {
            "counted": [{"calls": 2000, "seconds": 3600}],
            "exempt": [{"calls": 10, "seconds": 1}],
        },
        "paths": {
            "/current/general/Probe": {
                "get": {
                    "operationId": "Probe",
                    "tags": ["General"],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/ProbeResult"}}
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {"ProbeResult": {"type": "object", "properties": properties}},
            # What generator/facts.py needs of every spec: the authentication headers and the session's
            # rules, the attribute limit, the call budget (at the top, below).
            "securitySchemes": {
                "ApiKey": {"type": "apiKey", "in": "header", "name": "X-API-KEY"},
                "SessionToken": {
                    "type": "apiKey",
                    "in": "header",
                    "name": "Authorization-Token",
                    "x-optimove-session": {"idle-seconds": 1200, "min-seconds-between-logins": 1},
                },
            },
            "parameters": {
                "CustomerAttributes": {
                    "name": "CustomerAttributes",
                    "in": "query",
                    "schema": {"type": "string"},
                    "x-optimove-max-items": 10,
                }
            },
        },
    }


def test_generator_builds_a_small_spec(tmp_path: Path) -> None:
    build(tmp_path / "out", _small_spec({"Date": {"type": "string", "format": "date"}}))
    module = tmp_path / "out" / PACKAGE / "api" / "general" / "probe.py"
    assert '"url": "/current/general/Probe"' in module.read_text(encoding="utf-8")


def test_verify_fails_when_a_property_or_an_operation_is_missing(tmp_path: Path) -> None:
    document = _small_spec({"TemplateID": {"type": "integer"}, "Name": {"type": "string"}})
    build(tmp_path / "out", document)
    package = tmp_path / "out" / PACKAGE
    view = generator_view(document)
    verify(package, view)  # complete: passes
    model = package / "models" / "probe_result.py"
    model.write_text(model.read_text(encoding="utf-8").replace('"TemplateID"', '"Other"'), encoding="utf-8")
    with pytest.raises(GenerationError, match="TemplateID"):
        verify(package, view)
    (package / "api" / "general" / "probe.py").unlink()
    with pytest.raises(GenerationError, match="0 operation modules generated for 1 operations"):
        verify(package, view)


def test_a_warning_of_openapi_python_client_stops_the_generation(tmp_path: Path) -> None:
    """A piece the tool cannot generate (here a CSV body) would be left out: that stops the generation."""
    document = _small_spec({"Name": {"type": "string"}})
    probe = document["paths"]["/current/general/Probe"]["get"]
    probe["requestBody"] = {"content": {"text/csv": {"schema": {"type": "string"}}}}
    with pytest.raises(GenerationError, match="Unsupported content type text/csv"):
        build(tmp_path / "out", document)
    assert not (tmp_path / "out").exists()


def test_view_keeps_success_responses_only_and_no_security() -> None:
    view = generator_view(spec())
    assert "security" not in view and "responses" not in view["components"]
    for path_item in view["paths"].values():
        for operation in path_item.values():
            assert "security" not in operation
            assert operation["responses"] and all(code.startswith("2") for code in operation["responses"])


def test_view_drops_the_content_of_acknowledgements_and_keeps_real_results() -> None:
    view = generator_view(spec())
    add = view["paths"]["/current/integrations/AddPromotions"]["post"]["responses"]["200"]
    assert "content" not in add and add["description"]
    last = view["paths"]["/current/general/GetLastDataUpdate"]["get"]["responses"]["200"]
    assert last["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/GetLastDataUpdateResult"
    }


def test_view_makes_loose_scalars_strict_without_touching_the_spec() -> None:
    original = copy.deepcopy(spec())
    view = generator_view(spec())
    for name, strict in STRICT_SCALARS.items():
        assert view["components"]["schemas"][name]["type"] == strict["type"]
        assert (
            "anyOf" in spec()["components"]["schemas"][name]
            or "pattern" in spec()["components"]["schemas"][name]
        )
    assert spec() == original
    assert "ErrorBody" not in view["components"]["schemas"], "schemas only errors use are not generated"


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("RecipientGroupID", "recipient_group_id"),
        ("IncludeTemplateIDs", "include_template_ids"),
        ("CustomerIDs", "customer_ids"),
        ("ListenerURL", "listener_url"),
        ("$top", "top"),
        ("BrandId", "brand_id"),
        ("CustomerNewAttributesValuesList", "customer_new_attributes_values_list"),
        ("GetCustomersByAction", "get_customers_by_action"),
        ("RemoveCustomerPII", "remove_customer_pii"),
    ],
)
def test_facade_names_are_plain_snake_case(wire: str, python: str) -> None:
    assert snake(wire) == python


def test_facade_has_a_sync_and_an_async_entry_point_per_operation() -> None:
    for op_id in operations():
        sync, asynchronous = getattr(facade, op_id), getattr(facade, f"Async{op_id}")
        assert sync.operation is asynchronous.operation
        assert sync.operation.operation_id == op_id
        assert inspect.iscoroutinefunction(asynchronous.__call__)
        assert not inspect.iscoroutinefunction(sync.__call__)
        assert hasattr(sync, "xml") == (operations()[op_id][1] == "get")


def _pointed(pointer: str) -> Any:
    node: Any = json.loads((OUTPUT / PACKAGE / "openapi.json").read_text(encoding="utf-8"))
    for part in pointer.removeprefix("#/").split("/"):
        token = part.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def test_the_operations_table_says_what_the_spec_says() -> None:
    """One record per operation, in the spec's order, agreeing with the spec and the generated modules."""
    assert [op.operation_id for op in OPERATIONS] == list(operations())
    for record in OPERATIONS:
        path, method, operation = operations()[record.operation_id]
        assert (record.path, record.method) == (path, method.upper())
        built = record.build  # the generated request builder of this very route
        source = inspect.getsource(inspect.getmodule(built))  # type: ignore[arg-type]
        assert f'"url": "{path}"' in source and f'"method": "{method}"' in source
        spec_parameters = {p["name"]: p for p in parameters(operation)}
        assert [p.name for p in record.parameters] == list(spec_parameters)
        for parameter in record.parameters:
            assert parameter.required == bool(spec_parameters[parameter.name].get("required"))
            assert _pointed(parameter.schema) == spec_parameters[parameter.name]["schema"]
            assert parameter.argument in inspect.signature(built).parameters
        extensions = operation.get("x-optimove-paging")
        assert (record.paging is not None) == (extensions is not None)
        if record.paging is not None:
            assert record.paging.offset.name == extensions["offset-parameter"]
            size = record.paging.page_size
            assert (size.name if size else None) == extensions.get("page-size-parameter")
            assert record.result.kind == "rows" and record.result.row is not None
        assert (record.attributes is not None) == bool(operation.get("x-optimove-customer-attributes"))
        assert record.rate_limit_exempt == bool(operation.get("x-optimove-rate-limit-exempt"))
        assert record.max_list_items == operation.get("x-optimove-max-list-items")
        assert [list(g) for g in record.required_one_of] == operation.get("x-optimove-required-one-of", [])
        bound = getattr(getattr(facade.Operations(None), record.category), record.name)  # type: ignore[arg-type]
        assert bound.operation is record


def test_importing_the_operations_table_imports_no_request_builder() -> None:
    """The 82 builder modules are imported on first use of each: importing them all costs ~60 ms."""
    count = "print(sum(m.startswith('optimove_generated.api.') and m.count('.') == 3 for m in sys.modules))"
    code = f"import sys, optimove_generated.operations as o; {count}; o.GET_ALL_ACTIONS.build; {count}"
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert loaded == ["0", "1"]
