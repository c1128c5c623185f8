"""--resume continues a file only with what it was begun with: the same arguments, server and account.

A refusal is one line naming what differs (both values, unless they may be secrets), exit 2, before
anything is sent, with the file as it was. The resume state holds no secret, nor a plain hash of one.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from optimove_client import Optimove
from optimove_client._auth.secret import Secret
from optimove_client.cli.exit_codes import ExitCode
from optimove_client.cli.resume import state_path
from optimove_client.testing import DEFAULT_PASSWORD, DEFAULT_USERNAME, MOCK_BASE_URL, MockOptimove
from tests.cli.conftest import CountingTransport, RunCli
from tests.cli.served import env_for, run, serve, terminate_export
from tests.cli.test_cli_export import EXPORT, InterruptOnPage

AFRESH = "(or drop --resume to start afresh)"
BASE = (
    "call", "GetCustomersByAction", "-p", "RecipientGroupID=1", "-p", "Date=2024-06-30", "--all-pages",
    "--page-size", "150",
)  # fmt: skip
STOPPED_EXPORT = [
    "call",
    "GetCurrentlyTargetedCustomers",
    "--all-pages",
    "--page-size",
    "100",
    "--rate-limit",
    "off",
]
# What each case gives unless it gives the flag itself.
DEFAULTS = {
    "-p": ("-p", "ActionID=12"),
    "--attributes": ("--attributes", "Alias,City"),
    "--format": ("--format", "jsonl"),
}


def begin(run_cli: RunCli, mock: MockOptimove, *argv: str, **options: object) -> None:
    """An export stopped on its second page: 150 records and a resume state."""
    transport = CountingTransport(mock, InterruptOnPage(2))
    assert run_cli(*argv, transport=transport, **options).code == ExitCode.INTERRUPTED  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("begun", "now", "differs"),
    [
        (
            ("-p", "ActionID=12"), ("-p", "ActionID=16"),
            "--param actionid=12, this run gives --param actionid=16: give the same --param",
        ),
        (
            ("--attributes", "Alias,City"), ("--attributes", "Alias"),
            "--attributes Alias,City, this run gives --attributes Alias",
        ),
        (("--format", "jsonl"), ("--format", "csv"), "--format jsonl, this run gives --format csv"),
        (
            ("--extra-param", "trace=secret-1"), ("--extra-param", "trace=secret-2"),
            "--extra-param trace, this run gives --extra-param trace (values not shown): give the same "
            "--extra-param",
        ),
        (
            ("--extra-header", "X-Trace: secret-1"), ("--extra-header", "X-Other: secret-1"),
            "--extra-header x-trace, this run gives --extra-header x-other (values not shown)",
        ),
    ],
)  # fmt: skip
def test_a_resume_with_another_argument_names_it(
    run_cli: RunCli,
    mock: MockOptimove,
    tmp_path: Path,
    begun: tuple[str, ...],
    now: tuple[str, ...],
    differs: str,
) -> None:
    output = tmp_path / "customers.out"

    def argv(given: tuple[str, ...]) -> list[str]:
        flags = [*given]
        for flag, pair in DEFAULTS.items():
            if flag not in given:
                flags.extend(pair)
        return [*BASE, *flags, "--output", str(output)]

    begin(run_cli, mock, *argv(begun))
    kept, calls = output.read_bytes(), mock.calls.total
    refused = run_cli(*argv(now), "--resume")
    assert refused.code == ExitCode.BAD_INPUT
    assert refused.err.startswith(f"optimove: --resume: {output} was begun with ")
    assert differs in refused.err
    assert refused.err.endswith(f" {AFRESH}\n")
    assert refused.err.count("\n") == 1
    assert "secret" not in refused.err
    assert (output.read_bytes(), mock.calls.total) == (kept, calls)


def test_a_resume_of_another_function_names_both(run_cli: RunCli, mock: MockOptimove, tmp_path: Path) -> None:
    output = tmp_path / "customers.jsonl"
    begin(run_cli, mock, *EXPORT, "--output", str(output))
    refused = run_cli(
        "call", "GetCurrentlyTargetedCustomers", "--all-pages", "--output", str(output), "--resume"
    )
    assert (refused.code, refused.err) == (
        ExitCode.BAD_INPUT,
        f"optimove: --resume: {output} is an export of GetCustomersByAction, this run asks for "
        f"GetCurrentlyTargetedCustomers: give the same function {AFRESH}\n",
    )


def test_the_state_of_the_previous_version_is_refused_before_anything_is_sent(
    run_cli: RunCli, mock: MockOptimove, tmp_path: Path
) -> None:
    """It does not say where its file came from: continuing it could mix two servers' records."""
    output = tmp_path / "customers.jsonl"
    argv = (*EXPORT, "--output", str(output))
    begin(run_cli, mock, *argv)
    state = state_path(output)
    old = json.loads(state.read_text())
    del old["origin"]
    state.write_text(json.dumps({**old, "version": 1}))
    kept, calls = output.read_bytes(), mock.calls.total
    refused = run_cli(*argv, "--resume")
    assert (refused.code, refused.err) == (
        ExitCode.BAD_INPUT,
        f"optimove: --resume: {output} was begun by an earlier version of optimove-client, whose resume "
        "state does not say which server and account the records came from, so this run cannot check that "
        "it continues the same data: drop --resume to start afresh\n",
    )
    assert (output.read_bytes(), mock.calls.total) == (kept, calls)
    assert run_cli(*argv).code == 0  # dropping --resume starts afresh, as the line says


def test_the_state_holds_no_secret_nor_a_plain_hash_of_one(
    run_cli: RunCli, mock: MockOptimove, environ: dict[str, str], tmp_path: Path
) -> None:
    output = tmp_path / "customers.jsonl"
    begin(run_cli, mock, *EXPORT, "--output", str(output))
    text = state_path(output).read_text()
    key = environ["OPTIMOVE_API_KEY"]
    for leak in (key, Secret(key).fingerprint(), hashlib.sha256(key.encode()).hexdigest()[:16]):
        assert leak not in text
    origin = json.loads(text)["origin"]
    assert origin["server"] == MOCK_BASE_URL.rstrip("/")
    assert origin["credential"] == "api_key"


def test_a_user_is_the_account_a_new_password_resumes_another_user_is_refused(
    run_cli: RunCli, mock: MockOptimove, environ: dict[str, str], tmp_path: Path
) -> None:
    login = {k: v for k, v in environ.items() if k != "OPTIMOVE_API_KEY"}
    login.update(OPTIMOVE_USERNAME=DEFAULT_USERNAME, OPTIMOVE_PASSWORD=DEFAULT_PASSWORD)
    output = tmp_path / "customers.jsonl"
    argv = (*EXPORT, "--output", str(output))
    begin(run_cli, mock, *argv, env=login)
    text = state_path(output).read_text()
    assert DEFAULT_PASSWORD not in text and DEFAULT_USERNAME not in text
    other = run_cli(*argv, "--resume", env={**login, "OPTIMOVE_USERNAME": "someone-else"})
    assert (other.code, other.err) == (
        ExitCode.BAD_INPUT,
        f"optimove: --resume: {output} was begun as another user: give the same user name {AFRESH}\n",
    )
    with_key = run_cli(*argv, "--resume")
    assert with_key.err == (
        f"optimove: --resume: {output} was begun with a user name and password, this run uses an API key: "
        f"give the same credentials {AFRESH}\n"
    )
    changed = MockOptimove(customers=1_000, users=((DEFAULT_USERNAME, "a-new-password"),))
    resumed = run_cli(
        *argv, "--resume", env={**login, "OPTIMOVE_PASSWORD": "a-new-password"}, transport=changed.transport()
    )
    assert resumed.code == 0, resumed.err
    assert "resumed at 150" in resumed.err


def test_a_token_cannot_tell_the_account_so_only_the_server_is_checked(
    run_cli: RunCli, mock: MockOptimove, client: Optimove, environ: dict[str, str], tmp_path: Path
) -> None:
    output = tmp_path / "customers.jsonl"
    argv = (*EXPORT, "--output", str(output))
    begin(run_cli, mock, *argv)
    token = client.general.login(user_name=DEFAULT_USERNAME, password=DEFAULT_PASSWORD)
    by_token = {k: v for k, v in environ.items() if k != "OPTIMOVE_API_KEY"}
    on_five = {k: v for k, v in by_token.items() if k != "OPTIMOVE_BASE_URL"}
    elsewhere = run_cli(*argv, "--resume", env={**on_five, "OPTIMOVE_TOKEN": token, "OPTIMOVE_SERVER": "5"})
    assert elsewhere.err == (
        f"optimove: --resume: {output} was begun against {MOCK_BASE_URL.rstrip('/')}, this run is against "
        f"https://api5.optimove.net: give the same server {AFRESH}\n"
    )
    resumed = run_cli(*argv, "--resume", env={**by_token, "OPTIMOVE_TOKEN": token})
    assert resumed.code == 0, resumed.err
    assert "resumed at 150" in resumed.err


@pytest.mark.reliability
def test_real_processes_refuse_another_server_and_another_key_before_anything_is_sent(tmp_path: Path) -> None:
    """--resume on another server or API key: refused in one line, nothing sent, the file as it was.

    Two served mocks (two servers) that take two API keys: a file begun on A with key-a continues only
    on A with key-a; anything else is refused with nothing sent and the file as it was."""
    keys = ("--api-key", "key-a", "--api-key", "key-b", "--customers", "1000", "--rate-limit", "off")
    with serve(*keys) as a, serve(*keys) as b:
        output = tmp_path / "customers.csv"
        argv = [*STOPPED_EXPORT, "--output", str(output)]
        a.arm("hang", "GetCurrentlyTargetedCustomers", nth=4, times=3)
        code, err = terminate_export(argv, env_for(a.url, "key-a", tmp_path), output, after=300)
        assert code == ExitCode.TERMINATED, err
        a.clear()
        kept, state = output.read_bytes(), state_path(output).read_bytes()
        for url, key, refusal in (
            (b.url, "key-a", f"was begun against {a.url}, this run is against {b.url}: give the same server"),
            (a.url, "key-b", "was begun with another API key: give the same one"),
        ):
            calls = a.calls(), b.calls()
            refused = run([*argv, "--resume"], env_for(url, key, tmp_path))
            assert (refused.returncode, refused.stderr) == (
                2,
                f"optimove: --resume: {output} {refusal} {AFRESH}\n",
            )
            assert (a.calls(), b.calls()) == calls  # nothing sent, to either server
            assert (output.read_bytes(), state_path(output).read_bytes()) == (kept, state)
            assert "key-" not in refused.stderr
        assert b.calls() == 0
        resumed = run([*argv, "--resume"], env_for(a.url, "key-a", tmp_path))
        assert resumed.returncode == 0, resumed.stderr
        assert "resumed at 300" in resumed.stderr
        clean = tmp_path / "clean.csv"
        assert (
            run([*STOPPED_EXPORT, "--output", str(clean)], env_for(b.url, "key-b", tmp_path)).returncode == 0
        )
        assert output.read_bytes() == clean.read_bytes()
