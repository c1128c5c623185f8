"""`optimove functions NAME`: the fields inside a body or result field, to any depth, from the spec."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from optimove_client.cli import describe
from tests.cli.conftest import RunCli
from tests.cli.served import env_for, run

UPDATE_CUSTOMER_ATTRIBUTES_BODY = """\
body: an object (--param FIELD=VALUE, or --body JSON, @FILE or @-), fields:
  CustomerNewAttributesValuesList  array of object, required, 1..1000 items
      Customers and their new attribute values: at most 1,000 customers, 10 attributes each.
    CustomerID  string, required, length >= 1
    Attributes  array of object, required, 1..10 items
      RealFieldName  string, required, length >= 1
          Attribute name, as in GetCustomerAttributeList.
      Value  JSON
          New value (string, number or null), valid for the attribute's type.
  CallbackURL  uri, length >= 1, matches ^https?://[^/?#\\s]+
"""


def test_the_items_of_an_array_body_field_are_shown_to_any_depth_in_a_real_process(tmp_path: Path) -> None:
    described = run(["functions", "UpdateCustomerAttributes"], env_for("http://127.0.0.1:9", "k", tmp_path))
    assert described.returncode == 0, described.stderr
    assert UPDATE_CUSTOMER_ATTRIBUTES_BODY in described.stdout
    result = described.stdout.split("result:", 1)[1]
    assert (
        "  errors  array of object\n    error  string, required\n    customerId  string, required\n" in result
    )


def test_the_items_of_a_result_field_are_shown(run_cli: RunCli) -> None:
    outcome = run_cli("functions", "GetCampaignDetails")
    assert outcome.code == 0
    assert (
        "  Channels  array of object\n    Id  integer or string, required\n        Channel ID.\n"
        in outcome.out
    )


def test_the_json_description_nests_fields_under_their_parent(run_cli: RunCli) -> None:
    data = json.loads(run_cli("functions", "UpdateCustomerAttributes", "--format", "json").out)
    customers = data["body"]["fields"][0]
    assert customers["name"] == "CustomerNewAttributesValuesList"
    assert [field["name"] for field in customers["fields"]] == ["CustomerID", "Attributes"]
    attributes = customers["fields"][1]
    assert (attributes["type"], attributes["required"], attributes["rule"]) == (
        "array of object",
        True,
        "1..10 items",
    )
    assert [(f["name"], f["required"]) for f in attributes["fields"]] == [
        ("RealFieldName", True),
        ("Value", False),
    ]
    assert "fields" not in data["body"]["fields"][1]  # CallbackURL: nothing inside


def test_a_schema_that_contains_itself_is_opened_once(monkeypatch: pytest.MonkeyPatch) -> None:
    spec: dict[str, dict[str, Any]] = {
        "#/Node": {
            "type": "object",
            "required": ["Name"],
            "properties": {
                "Name": {"type": "string"},
                "Parent": {"$ref": "#/Node"},
                "Children": {"type": "array", "items": {"$ref": "#/Node"}},
                "Meta": {"type": "object", "properties": {"Owner": {"$ref": "#/Node"}}},
            },
        }
    }
    monkeypatch.setattr(describe, "schema_at", spec.__getitem__)
    fields = describe._inner({"$ref": "#/Node"})
    assert [(f["name"], f["type"], f["required"]) for f in fields] == [
        ("Name", "string", True),
        ("Parent", "object", False),
        ("Children", "array of object", False),
        ("Meta", "object", False),
    ]
    assert "fields" not in fields[1] and "fields" not in fields[2]  # the cycle: not opened again
    assert [f["name"] for f in fields[3]["fields"]] == ["Owner"]  # an object in an object
    assert "fields" not in fields[3]["fields"][0]
