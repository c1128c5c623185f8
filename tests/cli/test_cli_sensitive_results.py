"""An answer the spec marks secret (x-optimove-sensitive-result: Login's session token) is never printed or
written by the command line, whether the function is called by name or its path is requested."""

from __future__ import annotations

from pathlib import Path

from optimove_generated.operations import OPERATIONS

from tests.cli.conftest import RunCli
from tests.support import operations

LOGIN_BODY = '{"UserName": "mock-user", "Password": "mock-password"}'


def test_the_table_marks_exactly_the_operations_the_spec_marks() -> None:
    marked = {op_id for op_id, (_, _, op) in operations().items() if op.get("x-optimove-sensitive-result")}
    assert marked  # Login's token at least
    assert {op.operation_id for op in OPERATIONS if op.sensitive_result} == marked


def test_call_says_it_succeeded_and_shows_no_token(run_cli: RunCli, tmp_path: Path) -> None:
    output = tmp_path / "answer.json"
    done = run_cli("call", "Login", "--body", LOGIN_BODY, "--output", str(output))
    assert done.code == 0, done.err
    assert (done.out, done.err) == ("", "Login succeeded; its session token is not shown.\n")
    assert not output.exists()


def test_request_of_the_same_path_shows_no_token_either(run_cli: RunCli) -> None:
    (login,) = (op for op in OPERATIONS if op.operation_id == "Login")
    done = run_cli("request", "POST", login.path, "--body", LOGIN_BODY)
    assert done.code == 0, done.err
    name = login.path.rsplit("/", 1)[-1]  # the path's own spelling
    assert (done.out, done.err) == ("", f"{name} succeeded; its session token is not shown.\n")


def test_an_answer_not_marked_is_printed(run_cli: RunCli) -> None:
    done = run_cli("request", "GET", "/current/general/GetLastDataUpdate")
    assert done.code == 0, done.err
    assert "2024-06-30" in done.out
