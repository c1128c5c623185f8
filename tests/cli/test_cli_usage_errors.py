"""Usage errors in real processes: one line that says what is valid and the command that works, exit 2.

A misspelt option is named by the subcommand it was given to, with the option it probably meant; a bad
`mock serve` value and a busy port are one line; a budget is always CALLS/SECONDS or off; an attribute value
that holds the delimiter is advised in flags, and the advised resume succeeds; `python -m optimove_client`
is the command.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from optimove_client import __version__
from optimove_client.cli.resume import state_path
from tests.cli.served import env_for, run, serve

# Never reached: every command here is refused before anything is sent.
NOWHERE = "http://127.0.0.1:9"
CUSTOMERS = [
    "call", "GetCustomersByAction", "--param", "RecipientGroupID=1", "--param", "ActionID=12",
    "--param", "Date=2024-06-30", "--attributes", "Alias,City",
]  # fmt: skip
# The mock's cities: "Washington, D.C." holds a comma, "Rio: Centro" a colon, "Osaka; Kita" a semicolon.
CITIES = ["London", "Washington, D.C.", "Paris", "Tel Aviv", "Rio: Centro", "Osaka; Kita"]


def _refused(argv: list[str], tmp_path: Path) -> str:
    """The one line `optimove ARGV` is refused with (exit 2, nothing on standard output)."""
    done = run(argv, env_for(NOWHERE, "some-key", tmp_path))
    assert (done.returncode, done.stdout) == (2, ""), done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    return done.stderr


def test_a_misspelt_option_is_named_by_its_subcommand_with_the_one_it_meant(tmp_path: Path) -> None:
    assert _refused(["call", "GetAllActions", "--parm", "ActionID=12"], tmp_path) == (
        "optimove call: unknown option --parm (did you mean --param?); see optimove call --help\n"
    )
    # The value after a mistyped flag may be a secret: never shown.
    assert _refused(["call", "GetAllActions", "--api-kee", "s3cret-value"], tmp_path) == (
        "optimove call: unknown option --api-kee (did you mean --api-key?); see optimove call --help\n"
    )
    assert _refused(["mock", "serve", "--prot", "8080"], tmp_path) == (
        "optimove mock serve: unknown option --prot (did you mean --port?); see optimove mock serve --help\n"
    )


@pytest.mark.parametrize(
    "command", [[sys.executable, "-m", "optimove_client.cli", "mock", "serve"],
                [sys.executable, "-m", "optimove_client.testing.serve"]],
)  # fmt: skip
def test_a_bad_mock_serve_value_is_one_line(command: list[str]) -> None:
    done = subprocess.run(
        [*command, "--port", "99999"], capture_output=True, text=True, check=False, timeout=60
    )
    prog = "optimove mock serve" if "optimove_client.cli" in command else "optimove-mock"
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        f"{prog}: argument --port: must be a port from 0 to 65535, not '99999'; see {prog} --help\n"
    )


def test_a_busy_port_is_named_with_what_to_do(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        refused = _refused(["mock", "serve", "--port", str(port)], tmp_path)
    assert refused == (
        f"optimove: port {port} on 127.0.0.1 is already in use (another mock serve?); choose another with "
        "--port\n"
    )


@pytest.mark.parametrize(
    ("given", "refusal"),
    [
        ("5", "--rate-limit must be CALLS/SECONDS such as 2000/3600 (5 alone is ambiguous)"),
        ("0", "--rate-limit must be CALLS/SECONDS such as 2000/3600, or off for no budget "
              "(0 alone is ambiguous)"),
        ("0/10", "--rate-limit: CALLS must be at least 1 (got 0 in 0/10); off sends without a budget"),
        ("2000/3600,50/0", "--rate-limit: SECONDS must be above 0 (got 0 in 50/0)"),
        ("1.5/10", "--rate-limit: CALLS must be a whole number (got 1.5 in 1.5/10)"),
        ("fast", "--rate-limit must be CALLS/SECONDS such as 2000/3600 (several comma-separated: "
                 "2000/3600,50/10), or off for no budget, not 'fast'"),
    ],
)  # fmt: skip
def test_a_budget_is_calls_per_seconds_or_off(given: str, refusal: str, tmp_path: Path) -> None:
    assert (
        _refused(["call", "GetLastDataUpdate", "--rate-limit", given], tmp_path) == f"optimove: {refusal}\n"
    )
    # The served mock takes its budget by the same rule.
    mock = _refused(["mock", "serve", "--port", "0", "--rate-limit", given], tmp_path)
    assert mock == f"optimove mock serve: {refusal}; see optimove mock serve --help\n"


def test_off_and_calls_per_seconds_are_taken(tmp_path: Path) -> None:
    with serve("--api-key", "served-key") as served:
        env = env_for(served.url, "served-key", tmp_path)
        for budget in ("off", "OFF", "2/60", "2000/3600,50/10"):
            done = run(["call", "GetLastDataUpdate", "--rate-limit", budget], env)
            assert (done.returncode, done.stdout, done.stderr) == (0, '"2024-06-30"\n', ""), budget


def test_an_attribute_value_holding_the_delimiter_is_advised_in_flags_and_the_advice_works(
    tmp_path: Path,
) -> None:
    output = tmp_path / "customers.csv"
    export = [*CUSTOMERS, "--all-pages", "--page-size", "1", "--max-items", "6", "--output", str(output)]
    with serve("--attribute-shape", "joined", "--rate-limit", "off") as served:
        env = env_for(served.url, "mock-api-key", tmp_path)
        stopped = run(export, env)
        assert stopped.returncode == 1
        assert stopped.stderr == (
            "optimove: GetCustomersByAction: unexpected response: row 0 (10000001): 3 attribute values in "
            "the joined string for 2 names ['Alias', 'City']; a value probably contains the delimiter comma: "
            "give another delimiter, such as --delimiter tab, or --attribute-mismatch keep to write such "
            f"customers without split values; {output} holds 1 whole records: add --delimiter tab (or "
            "--attribute-mismatch keep) and --resume to continue\n"
        )
        assert "attribute_delimiter" not in stopped.stderr and "attribute_mismatch" not in stopped.stderr
        calls = served.calls("GetCustomersByAction")
        resumed = run([*export, "--delimiter", "tab", "--resume"], env)
        assert resumed.returncode == 0, resumed.stderr
        assert "resumed at 1" in resumed.stderr
        assert served.calls("GetCustomersByAction") == calls + 5  # from the second customer on
        lines = output.read_text().splitlines()
        assert lines[0] == "CustomerID,ActionID,ChannelID,Alias,City"
        assert [line.split(",", 1)[0] for line in lines[1:]] == [str(10_000_000 + i) for i in range(6)]
        assert not state_path(output).exists()

        # The other way past it: a plain call that keeps the joined string as Optimove sent it.
        kept = run(
            [*CUSTOMERS, "-p", "$top=2", "--attribute-mismatch", "keep", "--format", "jsonl", "-q"], env
        )
        assert kept.returncode == 0, kept.stderr
        assert [json.loads(line) for line in kept.stdout.splitlines()] == [
            {"CustomerID": "10000000", "Attributes": {"Alias": "player0", "City": "London"}},
            {"CustomerID": "10000001", "CustomerAttribute": "player1,Washington, D.C."},
        ]
        # Another delimiter that a value holds is said with that delimiter, and tab advised.
        colon = run([*CUSTOMERS, "-p", "$top=6", "--delimiter", "colon"], env)
        assert colon.returncode == 1
        assert (
            "a value probably contains the delimiter colon: give another delimiter, such as --delimiter tab"
            in (colon.stderr)
        )


def test_a_refused_resume_names_the_argument_with_both_values(tmp_path: Path) -> None:
    output = tmp_path / "customers.jsonl"
    export = [*CUSTOMERS, "--all-pages", "--page-size", "1", "--max-items", "6", "--output", str(output)]
    with serve("--attribute-shape", "joined", "--rate-limit", "off") as served:
        env = env_for(served.url, "mock-api-key", tmp_path)
        assert run(export, env).returncode == 1  # stopped at the second customer, its resume state kept
        kept, calls = output.read_bytes(), served.calls()
        other = [arg.replace("ActionID=12", "ActionID=16") for arg in export]
        refused = run([*other, "--delimiter", "tab", "--resume"], env)
        assert refused.returncode == 2
        assert refused.stderr == (
            f"optimove: --resume: {output} was begun with --param actionid=12, this run gives --param "
            "actionid=16: give the same --param (or drop --resume to start afresh)\n"
        )
        another_key = run([*export, "--delimiter", "tab", "--resume", "--api-key", "secret-other-key"], env)
        assert another_key.returncode == 2
        assert "was begun with another API key: give the same one" in another_key.stderr
        assert "secret" not in another_key.stderr
        assert (output.read_bytes(), served.calls()) == (kept, calls)


def test_python_dash_m_optimove_client_is_the_command(tmp_path: Path) -> None:
    module = [sys.executable, "-m", "optimove_client"]
    version = subprocess.run([*module, "--version"], capture_output=True, text=True, check=False, timeout=60)
    assert (version.returncode, version.stdout) == (0, f"optimove-client {__version__}\n")
    with serve("--api-key", "served-key") as served:
        env = env_for(served.url, "served-key", tmp_path)
        done = subprocess.run(
            [*module, "call", "GetLastDataUpdate"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
    assert (done.returncode, done.stdout, done.stderr) == (0, '"2024-06-30"\n', "")
    misspelt = subprocess.run([*module, "cal"], capture_output=True, text=True, check=False, timeout=60)
    assert misspelt.returncode == 2


def test_importing_the_package_still_loads_neither_the_command_nor_httpx() -> None:
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, optimove_client; print(' '.join(sorted(sys.modules)))"],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    modules = set(loaded.stdout.split())
    assert "optimove_client" in modules
    assert not modules & {"optimove_client.__main__", "optimove_client.cli", "httpx"}
