"""`optimove functions` and single calls: results, bad input before the network, credentials kept secret."""

from __future__ import annotations

import datetime
import json
import os
from pathlib import Path

from optimove_client import Optimove
from optimove_client.cli.catalog import functions
from optimove_client.cli.exit_codes import ExitCode
from optimove_client.testing import MockOptimove
from tests.cli.conftest import RunCli

GET_CUSTOMERS = ("-p", "RecipientGroupID=1", "-p", "ActionID=12", "-p", "Date=2024-06-30")


def test_functions_lists_every_function_with_its_traits(run_cli: RunCli) -> None:
    outcome = run_cli("functions")
    assert outcome.code == 0
    lines = outcome.out.splitlines()
    assert len(lines) == 1 + 82
    by_name = {line.split()[0]: line.split() for line in lines[1:]}
    assert by_name["GetCustomersByAction"] == ["GetCustomersByAction", "customers", "GET", "yes", "yes", "no"]
    assert by_name["Login"] == ["Login", "general", "POST", "no", "no", "no"]
    assert by_name["AddPromotions"] == ["AddPromotions", "promotions", "POST", "no", "no", "100/call"]


def test_functions_of_one_category_as_json(run_cli: RunCli) -> None:
    outcome = run_cli("functions", "--category", "Customers", "--format", "json")
    listed = json.loads(outcome.out)
    expected = [f.name for f in functions().values() if f.category == "customers"]
    assert [row["function"] for row in listed] == expected
    assert all(row["category"] == "customers" for row in listed)
    assert run_cli("functions", "--category", "nope").code == ExitCode.BAD_INPUT


def test_a_call_prints_what_the_library_returns(run_cli: RunCli, client: Optimove) -> None:
    outcome = run_cli("call", "getallactions")  # names are case-insensitive
    assert outcome.code == 0, outcome.err
    expected = [action.to_dict() for action in client.actions.get_all_actions()]
    assert json.loads(outcome.out) == expected


def test_a_call_with_typed_parameters_in_csv(run_cli: RunCli, client: Optimove) -> None:
    outcome = run_cli(
        "call", "GetCustomersByAction", *GET_CUSTOMERS, "-p", "$top=5", "--attributes", "Alias,Country",
        "--delimiter", "tab", "--format", "csv",
    )  # fmt: skip
    assert outcome.code == 0, outcome.err
    rows = client.customers.get_customers_by_action(
        recipient_group_id=1, action_id=12, date=__import__("datetime").date(2024, 6, 30),
        attributes=["Alias", "Country"], attribute_delimiter="\t", top=5,
    )  # fmt: skip
    lines = outcome.out.splitlines()
    assert lines[0] == "CustomerID,Alias,Country"
    assert lines[1:] == [f"{r.customer_id},{r.attributes['Alias']},{r.attributes['Country']}" for r in rows]


def test_a_body_from_params_and_from_a_file(run_cli: RunCli, mock: MockOptimove, tmp_path: Path) -> None:
    outcome = run_cli("call", "AddPromotions", "--body", '[{"PromoCode": "W10", "PromotionName": "Welcome"}]')
    assert outcome.code == 0, outcome.err
    listed = json.loads(run_cli("call", "GetPromotions").out)
    assert {"PromoCode": "W10", "PromotionName": "Welcome"} in listed
    body = tmp_path / "listener.json"
    body.write_text('{"EventTypeID": 1}')
    outcome = run_cli(
        "call", "RegisterEventListener", "--body", f"@{body}", "-p", "ListenerURL=https://example.com/hook"
    )
    assert outcome.code == 0, outcome.err
    assert "https://example.com/hook" in run_cli("call", "GetRegisteredEventListeners").out


def test_bad_parameters_fail_before_the_network(run_cli: RunCli, mock: MockOptimove) -> None:
    cases = {
        ("call", "GetCustomersByAction", *GET_CUSTOMERS[:-1], "Date=30/06/2024"): "Date must be a date",
        ("call", "GetCustomersByAction", *GET_CUSTOMERS[2:]): "RecipientGroupID is required",
        ("call", "GetCustomersByAction", *GET_CUSTOMERS, "-p", "Colour=red"): "no parameter 'Colour'",
        ("call", "GetCustomersByAction", "-p", "RecipientGroupID=12", *GET_CUSTOMERS[2:]): "at most 9",
        ("call", "GetCustomersByAction", *GET_CUSTOMERS, "--all-pages", "--page-size", "0"): "page_size",
        ("call", "GetCustomersByAction", *GET_CUSTOMERS, "--delimiter", "|"): "attribute_delimiter",
        ("call", "GetCustomersByActoin"): "did you mean GetCustomersByAction",
        ("call", "AddPromotions", "--body", '[{"PromoCode": "x"}]'): "body[0].PromotionName is required",
        ("call", "GetAllActions", "--all-pages"): "does not page",
    }
    for argv, message in cases.items():
        outcome = run_cli(*argv)
        assert outcome.code == ExitCode.BAD_INPUT, (argv, outcome.err)
        assert message in outcome.err, (argv, outcome.err)
        assert outcome.err.count("\n") == 1  # one line
    assert mock.calls.total == 0


def test_bad_credentials_exit_3_and_are_never_shown(
    run_cli: RunCli, environ: dict[str, str], mock: MockOptimove
) -> None:
    key, password = "not-the-key-5f1c2a", "wrong-password-9d8e7f"
    outcome = run_cli("call", "GetAllActions", "--api-key", key)
    assert outcome.code == ExitCode.AUTHENTICATION
    assert "401" in outcome.err
    no_key = {k: v for k, v in environ.items() if k != "OPTIMOVE_API_KEY"}
    outcome2 = run_cli("call", "GetAllActions", "--username", "mock-user", "--password", password, env=no_key)
    assert outcome2.code == ExitCode.AUTHENTICATION
    outcome3 = run_cli("call", "GetAllActions", "--usrname", "mock-user", "--password", password)
    assert outcome3.code == ExitCode.BAD_INPUT
    for seen in (outcome, outcome2, outcome3):
        assert key not in seen.out + seen.err
        assert password not in seen.out + seen.err


def test_login_with_a_prompted_password(run_cli: RunCli, environ: dict[str, str], mock: MockOptimove) -> None:
    no_key = {k: v for k, v in environ.items() if k != "OPTIMOVE_API_KEY"}
    outcome = run_cli(
        "call", "GetLastDataUpdate", "--username", "mock-user", env=no_key, password="mock-password"
    )
    assert outcome.code == 0, outcome.err
    assert json.loads(outcome.out) == "2024-06-30"
    assert mock.logins.succeeded == 1
    outcome = run_cli("call", "GetLastDataUpdate", "--username", "mock-user", env=no_key, password=None)
    assert outcome.code == ExitCode.BAD_INPUT
    assert "username given without password: give --password or set OPTIMOVE_PASSWORD" in outcome.err


def test_the_token_of_login_is_not_printed(run_cli: RunCli) -> None:
    outcome = run_cli("call", "Login", "-p", "UserName=mock-user", "-p", "Password=mock-password")
    assert outcome.code == 0, outcome.err
    assert outcome.out == ""
    assert "not shown" in outcome.err


def test_credentials_and_server_from_a_config_file(run_cli: RunCli, tmp_path: Path) -> None:
    config = tmp_path / "optimove.toml"
    config.write_text('api_key = "mock-api-key"\nbase_url = "https://mock.optimove.test"\n')
    os.chmod(config, 0o600)
    env = {"XDG_CONFIG_HOME": str(tmp_path / "none")}
    outcome = run_cli("call", "GetLastDataUpdate", "--config", str(config), env=env)
    assert outcome.code == 0, outcome.err
    assert outcome.err == ""
    # Flags win over the file: a wrong key given on the command line is the one used.
    assert run_cli("call", "GetLastDataUpdate", "--config", str(config), "--api-key", "x", env=env).code == 3
    os.chmod(config, 0o644)
    outcome = run_cli("call", "GetLastDataUpdate", "--config", str(config), env=env)
    assert "others can read it" in outcome.err
    assert "mock-api-key" not in outcome.err


def test_missing_credentials_or_server_are_bad_input(run_cli: RunCli, tmp_path: Path) -> None:
    env = {"XDG_CONFIG_HOME": str(tmp_path / "none")}
    outcome = run_cli("call", "GetLastDataUpdate", env=env)
    assert outcome.code == ExitCode.BAD_INPUT
    assert "no credentials" in outcome.err
    outcome = run_cli("call", "GetLastDataUpdate", "--api-key", "k", env=env)
    assert outcome.code == ExitCode.BAD_INPUT
    assert "no server" in outcome.err


def test_server_errors_and_rate_limits_have_their_own_exit_codes(run_cli: RunCli, mock: MockOptimove) -> None:
    mock.faults.fail(503, operation="GetAllActions", times=10)
    outcome = run_cli("call", "GetAllActions", "--max-retries", "0")
    assert outcome.code == ExitCode.SERVER
    assert "503" in outcome.err
    mock.faults.clear()
    mock.faults.fail(429, operation="GetAllActions", times=10)
    assert run_cli("call", "GetAllActions", "--max-retries", "0").code == ExitCode.RATE_LIMIT


def test_help_documents_the_exit_codes(run_cli: RunCli) -> None:
    outcome = run_cli("call", "--help")
    assert outcome.code == 0
    for line in ("3    authentication", "4    rate limit", "5    server error", "6    network"):
        assert line in outcome.out


def test_a_full_page_of_an_asked_size_is_what_was_asked_for(
    run_cli: RunCli, client: Optimove, tmp_path: Path
) -> None:
    """The full-page warning itself (a page of the server's size): tests/cli/test_cli_progress_waits.py."""
    output = tmp_path / "one.jsonl"
    outcome = run_cli("call", "GetCustomersByAction", *GET_CUSTOMERS, "-p", "$top=5", "-o", str(output))
    assert outcome.code == 0, outcome.err
    assert len(output.read_text().splitlines()) == 5
    assert outcome.err == ""  # -p '$top=5' chose the page: five records are no surprise
    total = sum(1 for _ in client.customers.get_customers_by_action.iter(
        recipient_group_id=1, action_id=12, date=datetime.date(2024, 6, 30)))  # fmt: skip
    last = run_cli("call", "GetCustomersByAction", *GET_CUSTOMERS, "-p", "$top=5", "-p", f"$skip={total - 2}")
    assert last.code == 0, last.err
    assert len(json.loads(last.out)) == 2
    assert last.err == ""  # a short page is the last one
