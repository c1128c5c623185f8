"""`optimove call NAME --batched`: a list of any length in as many calls as the function takes, a progress
line on a terminal, the results and a summary; a failed call says which items were sent, failed and were
not sent, and ends with the exit code of that call."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from optimove_client.cli.catalog import batching, functions
from optimove_client.cli.exit_codes import ExitCode
from optimove_client.testing import MockOptimove
from tests.cli.conftest import CountingTransport, RunCli


def _promotions(count: int) -> list[dict[str, str]]:
    return [{"PromoCode": f"B{index}", "PromotionName": f"batch {index}"} for index in range(count)]


def _emails(count: int) -> list[str]:
    return [f"user{index}@example.com" for index in range(count)]


def _bodies(sent: list[httpx.Request], operation: str) -> list[Any]:
    return [json.loads(r.content) for r in sent if r.url.path.endswith("/" + operation)]


@pytest.fixture
def promotions_file(tmp_path: Path) -> Path:
    path = tmp_path / "items.json"
    path.write_text(json.dumps(_promotions(250)))
    return path


def test_250_promotions_go_in_3_calls_in_order(
    run_cli: RunCli,
    recorder: CountingTransport,
    sent: list[httpx.Request],
    mock: MockOptimove,
    promotions_file: Path,
) -> None:
    outcome = run_cli(
        "call", "AddPromotions", "--body", f"@{promotions_file}", "--batched", transport=recorder
    )
    assert outcome.code == 0, outcome.err
    bodies = _bodies(sent, "AddPromotions")
    assert [len(body) for body in bodies] == [100, 100, 50]
    assert [item for body in bodies for item in body] == _promotions(250)
    assert mock.calls.by_operation["AddPromotions"] == 3
    assert outcome.out == ""  # AddPromotions answers nothing: no results to print
    assert outcome.err == "AddPromotions: sent 250 items in 3 calls\n"  # no progress off a terminal
    listed = json.loads(run_cli("call", "GetPromotions").out)
    assert all(item in listed for item in _promotions(250))


def test_the_progress_line_on_a_terminal_and_quiet(run_cli: RunCli, promotions_file: Path) -> None:
    outcome = run_cli("call", "AddPromotions", "--body", f"@{promotions_file}", "--batched", terminal=True)
    assert outcome.code == 0, outcome.err
    assert "\r" in outcome.err
    assert "AddPromotions: 100 of 250 items sent | 1 call |" in outcome.err
    assert "AddPromotions: 250 of 250 items sent | 3 calls |" in outcome.err
    assert outcome.err.endswith("\nAddPromotions: sent 250 items in 3 calls\n")
    quiet = run_cli(
        "call", "AddPromotions", "--body", f"@{promotions_file}", "--batched", "-q", terminal=True
    )
    assert (quiet.code, quiet.out, quiet.err) == (0, "", "")


def test_an_object_body_batches_its_list_field_with_the_other_fields_in_every_call(
    run_cli: RunCli, recorder: CountingTransport, sent: list[httpx.Request], tmp_path: Path
) -> None:
    body = tmp_path / "unsubscribe.json"
    body.write_text(json.dumps({"EmailAddresses": _emails(450)}))
    outcome = run_cli(
        "call", "AddUnsubscribers", "-p", "BrandId=7", "--body", f"@{body}", "--batched", transport=recorder
    )
    assert outcome.code == 0, outcome.err
    bodies = _bodies(sent, "AddUnsubscribers")
    assert [len(b["EmailAddresses"]) for b in bodies] == [200, 200, 50]
    assert all(b["BrandId"] == 7 for b in bodies)
    assert [email for b in bodies for email in b["EmailAddresses"]] == _emails(450)
    results = json.loads(outcome.out)  # a function that answers: the results, one per call, as an array
    assert isinstance(results, list) and len(results) == 3
    assert outcome.err == "AddUnsubscribers: sent 450 items in 3 calls\n"
    # the list from a --param too, and the results as JSON lines
    lines = run_cli(
        "call", "AddUnsubscribers", "-p", "BrandId=7", "-p", f"EmailAddresses={json.dumps(_emails(201))}",
        "--batched", "--format", "jsonl",
    )  # fmt: skip
    assert lines.code == 0, lines.err
    assert [json.loads(line) for line in lines.out.splitlines()] == results[:2]


def test_a_failure_in_the_middle_exits_5_and_names_the_items(
    run_cli: RunCli, mock: MockOptimove, promotions_file: Path
) -> None:
    mock.faults.fail(503, operation="AddPromotions", nth=2, times=10)
    outcome = run_cli(
        "call", "AddPromotions", "--body", f"@{promotions_file}", "--batched", "--max-retries", "0"
    )
    assert outcome.code == ExitCode.SERVER
    assert outcome.err.count("\n") == 1, outcome.err
    assert outcome.err.startswith("optimove: AddPromotions: batch call 2 failed (ServerError")
    assert "503" in outcome.err
    assert "items 0-99 sent in 1 call" in outcome.err
    assert "items 100-199 of the failed call may have been applied" in outcome.err
    assert "items 200-249 not sent" in outcome.err
    assert mock.calls.by_operation["AddPromotions"] == 2  # nothing sent after the failed call


def test_a_refused_call_exits_as_it_did_and_the_results_so_far_are_written(
    run_cli: RunCli, mock: MockOptimove, tmp_path: Path
) -> None:
    mock.faults.fail(400, operation="AddUnsubscribers", nth=2)
    output = tmp_path / "results.json"
    outcome = run_cli(
        "call", "AddUnsubscribers", "-p", "BrandId=7", "-p", f"EmailAddresses={json.dumps(_emails(450))}",
        "--batched", "-o", str(output),
    )  # fmt: skip
    assert outcome.code == ExitCode.API_ERROR
    assert "items 200-399 of the failed call were not applied, items 400-449 not sent" in outcome.err
    assert len(json.loads(output.read_text())) == 1  # the answer of the call that succeeded


def test_ctrl_c_in_a_batch_says_how_far_it_got(
    run_cli: RunCli, mock: MockOptimove, promotions_file: Path
) -> None:
    calls = []

    def interrupt_the_second(request: httpx.Request) -> None:
        if request.url.path.endswith("/AddPromotions"):
            calls.append(request)
            if len(calls) == 2:
                raise KeyboardInterrupt

    outcome = run_cli(
        "call", "AddPromotions", "--body", f"@{promotions_file}", "--batched",
        transport=CountingTransport(mock, before=interrupt_the_second),
    )  # fmt: skip
    assert outcome.code == ExitCode.INTERRUPTED
    assert outcome.err == (
        "optimove: interrupted: items 0-99 sent in 1 call, items 100-199 of the call under way may have "
        "been applied, items 200-249 not sent; continue with --start-at 100 to send them again, or "
        "--start-at 200 if they were\n"
    )


def test_batched_on_a_function_that_does_not_batch_is_a_usage_error(
    run_cli: RunCli, mock: MockOptimove
) -> None:
    outcome = run_cli("call", "GetAllActions", "--batched")
    assert outcome.code == ExitCode.BAD_INPUT
    assert outcome.err.startswith("optimove: GetAllActions does not batch; drop --batched")
    assert "AddPromotions" in outcome.err and "SendTransactionalMail" in outcome.err
    assert outcome.err.count("\n") == 1
    assert mock.calls.total == 0


def test_a_batch_is_checked_whole_before_the_first_call(
    run_cli: RunCli, mock: MockOptimove, tmp_path: Path
) -> None:
    items = _promotions(250)
    del items[180]["PromotionName"]  # in the second call: named by its place in the whole list
    path = tmp_path / "items.json"
    path.write_text(json.dumps(items))
    cases = {
        ("call", "AddPromotions", "--body", f"@{path}", "--batched"): "body[180].PromotionName is required",
        ("call", "AddUnsubscribers", "-p", "BrandId=7", "-p",
         f"EmailAddresses={json.dumps([*_emails(250), ''])}", "--batched"): "body.EmailAddresses[250]",
        ("call", "SendTransactionalMail", "-p", "TemplateID=1", "-p", 'Recipients=[{"Email": "a@b.co"}]',
         "-p", "UniqueMessageID=m-1", "--batched"): "UniqueMessageID cannot be sent by .batched",
        ("call", "AddPromotions", "--body", "[]", "--batched", "-o", str(tmp_path / "x.json")): (
            "AddPromotions answers nothing"
        ),
        # without --batched, the list a call takes, and a word on --batched
        ("call", "AddPromotions", "--body", json.dumps(_promotions(101))): (
            "body must have at most 100 items (got 101); --batched sends any number, 100 per call"
        ),
    }  # fmt: skip
    for argv, message in cases.items():
        outcome = run_cli(*argv)
        assert outcome.code == ExitCode.BAD_INPUT, (argv, outcome.err)
        assert message in outcome.err, (argv, outcome.err)
        assert outcome.err.count("\n") == 1
    assert mock.calls.total == 0
    empty = run_cli("call", "AddPromotions", "--body", "[]", "--batched")  # no items: no call, as the client
    assert (empty.code, empty.err) == (0, "AddPromotions: sent 0 items in 0 calls\n")
    assert mock.calls.total == 0


def test_functions_mark_the_functions_that_batch(run_cli: RunCli) -> None:
    listed = json.loads(run_cli("functions", "--format", "json").out)
    marked = [row["function"] for row in listed if row["batches"]]
    assert marked == batching() == [f.name for f in functions().values() if f.operation.batch is not None]
    by_name = {row["function"]: row for row in listed}
    assert (by_name["AddPromotions"]["batch_limit"], by_name["GetAllActions"]["batch_limit"]) == (100, None)
    assert by_name["UpdateCustomerAttributes"]["batch_limit"] == 1000
    text = run_cli("functions", "AddPromotions").out
    assert "  batches: yes, --batched sends any number of items, 100 per call, in order\n" in text
    mail = run_cli("functions", "SendTransactionalMail").out
    assert "--batched sends any number of Recipients, 200 per call" in mail
    assert "not with --batched: UniqueMessageID" in mail
    assert "  batches: no\n" in run_cli("functions", "GetAllActions").out
    details = json.loads(run_cli("functions", "UpdateCustomerAttributes", "--format", "json").out)
    assert details["batches"] is True
    assert details["batch"] == {
        "limit": 1000,
        "list": "CustomerNewAttributesValuesList",
        "not_repeatable": [],
    }
    helped = run_cli("call", "AddPromotions", "--help").out
    assert "--batched sends any number of items, 100 per call" in helped
    assert "--batched             send a list of any length" in helped
