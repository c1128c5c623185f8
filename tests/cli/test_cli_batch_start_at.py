"""`optimove call NAME --batched --start-at N`: a failed batch names the N that continues it, and the same
command with --start-at N sends exactly the items from N on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from optimove_client.cli.exit_codes import ExitCode
from optimove_client.testing import MockOptimove
from tests.cli.conftest import CountingTransport, RunCli
from tests.cli.served import env_for, run, serve


def _promotions(count: int) -> list[dict[str, str]]:
    return [{"PromoCode": f"S{index}", "PromotionName": f"start {index}"} for index in range(count)]


def _codes(env: dict[str, str]) -> set[str]:
    listed = run(["call", "GetPromotions", "--format", "jsonl"], env)
    assert listed.returncode == 0, listed.stderr
    return {json.loads(line)["PromoCode"] for line in listed.stdout.splitlines()} & {
        item["PromoCode"] for item in _promotions(450)
    }


def test_a_failed_batch_names_n_and_the_rerun_sends_exactly_the_rest_in_real_processes(
    tmp_path: Path,
) -> None:
    items = tmp_path / "promotions.json"
    items.write_text(json.dumps(_promotions(450)))
    with serve("--fault", "400:AddPromotions:nth=3") as served:
        env = env_for(served.url, "mock-api-key", tmp_path)
        command = ["call", "AddPromotions", "--body", f"@{items}", "--batched"]
        failed = run(command, env)
        assert failed.returncode == ExitCode.API_ERROR
        assert failed.stderr.count("\n") == 1, failed.stderr
        assert (
            "items 0-199 sent in 2 calls, items 200-299 of the failed call were not applied" in failed.stderr
        )
        assert failed.stderr.endswith("items 300-449 not sent; continue with --start-at 200\n")
        assert served.calls("AddPromotions") == 3
        assert _codes(env) == {f"S{index}" for index in range(200)}
        # Take the sent ones away: anything of them in the mock after the rerun was sent again.
        deleted = run(["call", "DeletePromotions", "--body", json.dumps(_promotions(200)), "--batched"], env)
        assert deleted.returncode == 0, deleted.stderr

        rerun = run([*command, "--start-at", "200"], env)
        assert rerun.returncode == 0, rerun.stderr
        assert rerun.stderr == "AddPromotions: sent 250 items in 3 calls (items 200-449; --start-at 200)\n"
        assert served.calls("AddPromotions") == 3 + 3
        assert _codes(env) == {f"S{index}" for index in range(200, 450)}  # none lost, none before 200


@pytest.mark.parametrize("given", ["250", "-1", "1.5", "x", ""])
def test_a_start_outside_the_list_is_refused_before_any_call(
    run_cli: RunCli, mock: MockOptimove, given: str, tmp_path: Path
) -> None:
    items = tmp_path / "promotions.json"
    items.write_text(json.dumps(_promotions(250)))
    outcome = run_cli("call", "AddPromotions", "--body", f"@{items}", "--batched", f"--start-at={given}")
    assert outcome.code == ExitCode.BAD_INPUT
    assert outcome.err == (
        "optimove: --start-at must be a whole number from 0 to 249 (one of the 250 items, numbered from 0 "
        f"as a failed batch numbers them), not {given!r}\n"
    )
    assert mock.calls.total == 0


def test_start_at_needs_batched(run_cli: RunCli, mock: MockOptimove) -> None:
    outcome = run_cli("call", "AddPromotions", "--body", "[]", "--start-at", "1")
    assert (outcome.code, outcome.err) == (
        ExitCode.BAD_INPUT,
        "optimove: --start-at needs --batched (it skips the items a failed batch already sent)\n",
    )
    assert mock.calls.total == 0


def test_the_failure_after_a_start_counts_in_the_whole_list(
    run_cli: RunCli, mock: MockOptimove, tmp_path: Path
) -> None:
    items = tmp_path / "promotions.json"
    items.write_text(json.dumps(_promotions(450)))
    mock.faults.fail(503, operation="AddPromotions", nth=2, times=10)
    outcome = run_cli(
        "call", "AddPromotions", "--body", f"@{items}", "--batched", "--start-at", "150", "--max-retries", "0"
    )
    assert outcome.code == ExitCode.SERVER
    assert outcome.err.endswith(
        "items 150-249 sent in 1 call, items 250-349 of the failed call may have been applied, items 350-449 "
        "not sent; continue with --start-at 250 to send them again, or --start-at 350 if they were\n"
    )


def test_the_object_body_list_is_cut_too(
    run_cli: RunCli, recorder: CountingTransport, sent: list[httpx.Request]
) -> None:
    emails = [f"user{index}@example.com" for index in range(450)]
    outcome = run_cli(
        "call", "AddUnsubscribers", "-p", "BrandId=7", "-p", f"EmailAddresses={json.dumps(emails)}",
        "--batched", "--start-at", "420", transport=recorder,
    )  # fmt: skip
    assert outcome.code == 0, outcome.err
    bodies: list[Any] = [json.loads(r.content) for r in sent if r.url.path.endswith("/AddUnsubscribers")]
    assert [body["EmailAddresses"] for body in bodies] == [emails[420:]]
    assert all(body["BrandId"] == 7 for body in bodies)
