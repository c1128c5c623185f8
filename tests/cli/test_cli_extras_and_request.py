"""--extra-param, --extra-field, --extra-header, and `optimove request`: what the spec does not know of yet,
sent through the same client; clashes with what it does know, and foreign hosts, refused before sending."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx

from optimove_client import Optimove
from optimove_client.cli.exit_codes import ExitCode
from optimove_client.testing import MockOptimove
from tests.cli.conftest import CountingTransport, RunCli

GET_CUSTOMERS = ("-p", "RecipientGroupID=1", "-p", "ActionID=12", "-p", "Date=2024-06-30")


def test_extra_params_and_headers_reach_the_wire(
    run_cli: RunCli, recorder: CountingTransport, sent: list[httpx.Request]
) -> None:
    outcome = run_cli(
        "call", "GetAllActions", "--extra-param", "NewFilter=1", "--extra-param", "NewFilter=2",
        "--extra-param", "Mode=fast", "--extra-header", "X-Trace: abc-123", transport=recorder,
    )  # fmt: skip
    assert outcome.code == 0, outcome.err
    assert json.loads(outcome.out)  # the answer, as ever
    (request,) = sent
    assert request.url.params.get_list("NewFilter") == ["1", "2"]  # a name given twice is sent twice
    assert request.url.params["Mode"] == "fast"
    assert request.headers["X-Trace"] == "abc-123"
    assert request.headers["X-API-KEY"] == "mock-api-key"  # the client's own headers stay


def test_extra_fields_are_json_when_they_parse_and_text_otherwise(
    run_cli: RunCli, recorder: CountingTransport, sent: list[httpx.Request]
) -> None:
    outcome = run_cli(
        "call", "RegisterEventListener", "-p", "EventTypeID=1", "-p", "ListenerURL=https://example.com/hook",
        "--extra-field", 'Tags=["a", "b"]', "--extra-field", "Note=hello there", "--extra-field", "Retries=3",
        "--extra-field", 'Label="7"', transport=recorder,
    )  # fmt: skip
    assert outcome.code == 0, outcome.err
    (request,) = sent
    assert json.loads(request.content) == {
        "EventTypeID": 1,
        "ListenerURL": "https://example.com/hook",
        "Tags": ["a", "b"],
        "Note": "hello there",
        "Retries": 3,
        "Label": "7",
    }


def test_extras_go_with_every_page_of_an_export(
    run_cli: RunCli, recorder: CountingTransport, sent: list[httpx.Request]
) -> None:
    outcome = run_cli(
        "call", "GetCustomersByAction", *GET_CUSTOMERS, "--all-pages", "--page-size", "400",
        "--extra-param", "Region=eu", "--extra-header", "X-Trace:export-1", transport=recorder,
    )  # fmt: skip
    assert outcome.code == 0, outcome.err
    assert len(outcome.out.splitlines()) > 400
    assert len(sent) >= 2
    assert all(r.url.params["Region"] == "eu" and r.headers["X-Trace"] == "export-1" for r in sent)


def test_a_clash_with_what_the_spec_knows_is_refused_before_sending(
    run_cli: RunCli, mock: MockOptimove, tmp_path: Path
) -> None:
    output = tmp_path / "customers.csv"
    cases = {
        ("call", "GetActionName", "-p", "ActionID=1", "--extra-param", "actionid=3"): (
            "extra_query['actionid'] is the parameter ActionID"
        ),
        ("call", "GetAllActions", "--extra-header", "X-API-KEY:other-key"): "a header the client sets itself",
        ("call", "GetAllActions", "--extra-header", "Accept: text/csv"): "a header the client sets itself",
        ("call", "RegisterEventListener", "-p", "EventTypeID=1", "-p", "ListenerURL=https://example.com/h",
         "--extra-field", "eventtypeid=2"): "is the body field EventTypeID",
        ("call", "GetAllActions", "--extra-field", "Note=x"): "a GET call has no body",
        ("call", "AddPromotions", "--body", '[{"PromoCode": "A", "PromotionName": "B"}]',
         "--extra-field", "Note=x"): "this function's body is a JSON array",
        # an export refuses it too, before its file is touched, and with no word of --resume
        ("call", "GetCustomersByAction", *GET_CUSTOMERS, "--all-pages", "--extra-param", "$top=5",
         "--output", str(output)): "extra_query['$top'] is the parameter $top",
    }  # fmt: skip
    for argv, message in cases.items():
        outcome = run_cli(*argv)
        assert outcome.code == ExitCode.BAD_INPUT, (argv, outcome.err)
        assert message in outcome.err, (argv, outcome.err)
        assert outcome.err.count("\n") == 1, outcome.err
        assert "--resume" not in outcome.err
    assert mock.calls.total == 0
    assert not output.exists()


def test_bad_extra_syntax_is_one_line_and_hides_a_header_value(run_cli: RunCli, mock: MockOptimove) -> None:
    cases = {
        ("--extra-param", "NoValue"): "--extra-param takes NAME=VALUE, not 'NoValue'",
        ("--extra-param", "=1"): "--extra-param takes NAME=VALUE",
        ("--extra-field", "Note"): "--extra-field takes NAME=VALUE",
        ("--extra-header", "Bearer-s3cret-token"): "--extra-header takes NAME:VALUE",
        ("--extra-header", ":s3cret"): "--extra-header takes NAME:VALUE",
        ("--extra-header", "X-A:1", "--extra-header", "x-a:2"): "--extra-header x-a is given twice",
    }
    for flags, message in cases.items():
        outcome = run_cli("call", "RegisterEventListener", *flags)
        assert outcome.code == ExitCode.BAD_INPUT, (flags, outcome.err)
        assert message in outcome.err, (flags, outcome.err)
        assert outcome.err.count("\n") == 1
        assert "s3cret" not in outcome.err
    assert mock.calls.total == 0


def test_request_prints_the_decoded_json(run_cli: RunCli, client: Optimove) -> None:
    outcome = run_cli("request", "GET", "/current/general/GetLastDataUpdate")
    assert outcome.code == 0, outcome.err
    assert json.loads(outcome.out) == client.request("GET", "/current/general/GetLastDataUpdate")
    assert json.loads(outcome.out) == {"Date": "2024-06-30"}
    assert outcome.err == ""


def test_request_sends_params_headers_and_a_body_and_writes_a_file(
    run_cli: RunCli, recorder: CountingTransport, sent: list[httpx.Request], tmp_path: Path
) -> None:
    outcome = run_cli(
        "request", "get", "current/actions/GetActionName", "-p", "ActionID=3", "--header", "X-Trace: r-1",
        "--format", "jsonl", transport=recorder,
    )  # fmt: skip
    assert outcome.code == 0, outcome.err
    assert json.loads(outcome.out) == {"ActionName": "Welcome 3"}
    assert outcome.out.count("\n") == 1  # jsonl: one line
    assert sent[-1].url.path == "/current/actions/GetActionName"
    assert sent[-1].url.params["ActionID"] == "3" and sent[-1].headers["X-Trace"] == "r-1"
    body = tmp_path / "promotions.json"
    body.write_text('[{"PromoCode": "RAW1", "PromotionName": "Raw"}]')
    answer = tmp_path / "answer.json"
    outcome = run_cli(
        "request", "POST", "/current/integrations/AddPromotions", "--body", f"@{body}", "-o", str(answer),
        transport=recorder,
    )  # fmt: skip
    assert outcome.code == 0, outcome.err
    assert json.loads(sent[-1].content) == [{"PromoCode": "RAW1", "PromotionName": "Raw"}]
    assert json.loads(answer.read_text()) is None  # an empty answer is null
    listed = run_cli("request", "GET", "/current/integrations/GetPromotions")
    assert {"PromoCode": "RAW1", "PromotionName": "Raw"} in json.loads(listed.out)


def test_request_refuses_another_host_and_sends_nothing(
    run_cli: RunCli, recorder: CountingTransport, sent: list[httpx.Request], mock: MockOptimove
) -> None:
    foreign = "https://collector.example.com/current/general/GetLastDataUpdate"
    outcome = run_cli("request", "GET", foreign, transport=recorder)
    assert outcome.code == ExitCode.BAD_INPUT
    assert "is on another host (https://collector.example.com)" in outcome.err
    assert outcome.err.count("\n") == 1
    assert sent == [] and mock.calls.total == 0


def test_request_errors_follow_the_exit_code_table(
    run_cli: RunCli, recorder: CountingTransport, sent: list[httpx.Request], mock: MockOptimove
) -> None:
    cases = {
        ("request", "FETCH", "/current/general/GetLastDataUpdate"): (ExitCode.BAD_INPUT, "method must be"),
        ("request", "GET", "/current/general/GetLastDataUpdate", "--body", "{}"): (
            ExitCode.BAD_INPUT, "--body: a GET call has no body"
        ),
        ("request", "GET", "/x", "--header", "Authorization: Bearer s3cret"): (
            ExitCode.BAD_INPUT, "a header the client sets itself"
        ),
        ("request", "GET", "/x", "-p", "novalue"): (ExitCode.BAD_INPUT, "--param takes NAME=VALUE"),
    }  # fmt: skip
    for argv, (code, message) in cases.items():
        outcome = run_cli(*argv, transport=recorder)
        assert (outcome.code, outcome.err.count("\n")) == (code, 1), (argv, outcome.err)
        assert message in outcome.err and "s3cret" not in outcome.err, (argv, outcome.err)
    assert sent == []
    missing = run_cli("request", "GET", "/current/general/NoSuchFunction")
    assert missing.code == ExitCode.API_ERROR and "404" in missing.err
    mock.faults.fail(503, operation="GetLastDataUpdate", times=10)
    failed = run_cli("request", "GET", "/current/general/GetLastDataUpdate", "--max-retries", "0")
    assert failed.code == ExitCode.SERVER and "503" in failed.err


def test_request_help_says_what_it_is_for(run_cli: RunCli) -> None:
    outcome = run_cli("request", "--help")
    assert outcome.code == 0
    text = " ".join(outcome.out.split())
    assert "for a function the spec (and so `optimove call`) does not know of yet" in text
    assert "PATH is relative to the base URL" in text
    for option in ("--api-key", "--server", "--store", "--rate-limit", "--max-retries", "--timeout", "-o"):
        assert option in outcome.out
    assert "exit codes:" in outcome.out
    assert "request" in run_cli("--help").out


def test_request_help_imports_neither_httpx_nor_the_generated_client() -> None:
    script = (
        "import io, sys\n"
        "from optimove_client.cli import main\n"
        "from optimove_client.cli.console import Console\n"
        "out = io.StringIO()\n"
        "code = main(['request', '--help'], Console(stdout=out))\n"
        "print(code, 'relative to the base URL' in out.getvalue())\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('httpx', 'optimove_generated')))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    facts = ["optimove_generated", "optimove_generated.facts", "optimove_generated.load_table"]
    assert done.stdout.splitlines() == ["0 True", repr(facts)]  # the spec's facts, which the defaults read


def test_functions_and_call_help_name_the_extra_options(run_cli: RunCli) -> None:
    get = run_cli("functions", "GetAllActions").out
    assert "beyond the spec: --extra-param NAME=VALUE, --extra-header NAME:VALUE\n" in get
    post = run_cli("functions", "RegisterEventListener").out
    assert "--extra-param NAME=VALUE, --extra-field NAME=VALUE, --extra-header NAME:VALUE" in post
    data = json.loads(run_cli("functions", "RegisterEventListener", "--format", "json").out)
    assert data["extra_options"] == [
        "--extra-param NAME=VALUE", "--extra-field NAME=VALUE", "--extra-header NAME:VALUE"
    ]  # fmt: skip
    helped = run_cli("call", "GetAllActions", "--help").out
    assert "beyond the spec: --extra-param NAME=VALUE" in helped
    assert "--extra-header NAME:VALUE" in helped and "an extra HTTP header" in helped
