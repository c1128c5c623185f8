"""`optimove functions NAME` and `optimove call NAME --help`: a function's parameters, body and result."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from optimove_client.cli import describe, describe_text
from optimove_client.cli.catalog import functions
from optimove_client.cli.exit_codes import ExitCode
from optimove_client.testing import MockOptimove
from tests.cli.conftest import RunCli


def test_functions_name_shows_parameters_with_type_rule_and_description(run_cli: RunCli) -> None:
    outcome = run_cli("functions", "getcustomersbyaction")  # any case, as for `call`
    assert outcome.code == 0, outcome.err
    lines = outcome.out.splitlines()
    assert lines[0] == "GetCustomersByAction: Customer IDs of one recipient group and action on a date."
    assert "pages: yes, from $skip, $top records a page, at most 200000" in outcome.out
    assert "customer attributes: yes (--attributes A,B)" in outcome.out
    at = lines.index("  RecipientGroupID  integer, required, 0..9")
    assert lines[at + 1] == "      Recipient group ID (RGID): 0 control group, 1..9 recipient groups."
    assert "  Date  date, required, YYYY-MM-DD" in lines
    assert "  $top  integer, 1..200000, with --all-pages: --page-size N" in lines
    assert "body: none" in lines
    result = lines.index("result: rows, one page a call, fields:")
    assert lines[result + 1] == "  CustomerID  string"
    assert "  ChannelID  integer" in lines[result:]


def test_functions_name_shows_body_fields_and_enum_names(run_cli: RunCli) -> None:
    outcome = run_cli("functions", "RegisterEventListener")
    assert outcome.code == 0, outcome.err
    assert "parameters: none" in outcome.out
    assert "body: an object (--param FIELD=VALUE, or --body JSON, @FILE or @-), fields:" in outcome.out
    enum = "  EventTypeID  integer, required, one of 1 (CampaignProcessed), 2 (AllCampaignsProcessed),"
    assert enum in outcome.out
    assert "  ChannelID  integer, >= 0\n" in outcome.out
    assert "result: nothing (an acknowledgement)" in outcome.out
    array = run_cli("functions", "AddPromotions").out
    assert "body: an array of 1..100 items (--body JSON, @FILE or @-), each item: object" in array
    assert "  PromoCode  string, required, length >= 1" in array


def test_functions_name_as_json_carries_the_same_details(run_cli: RunCli) -> None:
    data = json.loads(run_cli("functions", "GetCustomersByAction", "--format", "json").out)
    assert data["function"] == "GetCustomersByAction"
    assert (data["pages"], data["customer_attributes"]) == (True, True)
    assert data["paging"] == {"offset": "$skip", "page_size": "$top", "fixed_page_size": None,
                              "max_page_size": 200000}  # fmt: skip
    first = data["parameters"][0]
    assert first == {
        "name": "RecipientGroupID",
        "keyword": "recipient_group_id",
        "type": "integer",
        "required": True,
        "rule": "0..9",
        "option": None,
        "description": "Recipient group ID (RGID): 0 control group, 1..9 recipient groups.",
    }
    delimiter = next(p for p in data["parameters"] if p["name"] == "CustomerAttributesDelimiter")
    assert delimiter["rule"] == 'one of "," (Comma), ":" (Colon), ";" (Semicolon), "\\t" (Tab)'
    assert data["body"] is None
    assert data["result"]["kind"] == "rows"
    assert data["result"]["fields"][0]["name"] == "CustomerID"
    login = json.loads(run_cli("functions", "Login", "--format", "json").out)
    assert [(f["name"], f["required"]) for f in login["body"]["fields"]] == [("UserName", True),
                                                                            ("Password", True)]  # fmt: skip
    assert login["result"]["kind"] == "string"
    value = json.loads(run_cli("functions", "GetActionName", "--format", "json").out)
    assert value["result"]["fields"] == [{"name": "ActionName", "type": "string", "description": ""}]


def test_every_function_is_described_with_every_parameter_and_field() -> None:
    for function in functions().values():
        data = describe.details(function)
        text = describe_text.text(data)
        operation = function.operation
        assert [p["name"] for p in data["parameters"]] == [p.name for p in operation.parameters]
        if operation.body is not None and operation.body.kind == "object":
            assert [f["name"] for f in data["body"]["fields"]] == [f.name for f in operation.body.fields]
        body_fields = (data["body"] or {}).get("fields", [])
        for entry in [*data["parameters"], *body_fields, *data["result"]["fields"]]:
            assert f"\n  {entry['name']}  {entry['type']}" in text, (function.name, entry)
        assert ("pages: yes" in text) == function.pages
        if operation.result.kind in ("value", "rows"):
            assert data["result"]["fields"], function.name


def test_call_name_help_adds_the_functions_own_parameters(run_cli: RunCli, mock: MockOptimove) -> None:
    outcome = run_cli("call", "GetCustomersByAction", "--help")
    assert outcome.code == 0, outcome.err
    assert "  RecipientGroupID  integer, required, 0..9" in outcome.out
    assert "result: rows, one page a call, fields:" in outcome.out
    assert "--all-pages" in outcome.out  # and the call's own options, as ever
    assert "exit codes:" in outcome.out
    generic = run_cli("call", "--help").out
    assert "RecipientGroupID  integer" not in generic
    assert "--param NAME=VALUE, -p NAME=VALUE\n                        a parameter or body field" in generic
    unknown = run_cli("call", "GetCustomersByActoin", "--help")
    assert unknown.code == ExitCode.BAD_INPUT
    assert unknown.err.startswith("optimove: no function named 'GetCustomersByActoin'; did you mean")
    assert unknown.err.count("\n") == 1
    assert mock.calls.total == 0


def test_a_name_and_a_category_together_are_refused(run_cli: RunCli) -> None:
    outcome = run_cli("functions", "GetAllActions", "--category", "actions")
    assert outcome.code == ExitCode.BAD_INPUT
    assert outcome.err.count("\n") == 1
    assert run_cli("functions", "NoSuchFunction").code == ExitCode.BAD_INPUT


@pytest.mark.parametrize("argv", [["--help"], ["call", "--help"], ["functions", "--help"]])
def test_help_imports_neither_httpx_nor_the_generated_client(argv: list[str]) -> None:
    """--help stays fast: the operations table and the client load only when a command runs (the spec's
    facts, a few constants the defaults are made of, do load)."""
    script = (
        "import io, sys\n"
        "from optimove_client.cli import main\n"
        "from optimove_client.cli.console import Console\n"
        f"main({argv!r}, Console(stdout=io.StringIO()))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('httpx', 'optimove_generated')))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    facts = ["optimove_generated", "optimove_generated.facts", "optimove_generated.load_table"]
    assert done.stdout.strip() == repr(facts)
