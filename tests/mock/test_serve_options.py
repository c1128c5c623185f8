"""The served mock's options (serve_options.py), through both commands that share them."""

from __future__ import annotations

import argparse
import io
import subprocess
import sys

import pytest

from optimove_client.cli.console import Console
from optimove_client.cli.main import main as optimove_main
from optimove_client.testing import Fault, FaultKind, MockConfig
from optimove_client.testing.fault_syntax import fault_from_json, fault_to_json, fault_to_text, parse_fault
from optimove_client.testing.serve import main as optimove_mock_main
from optimove_client.testing.serve import start_message
from optimove_client.testing.serve_options import add_serve_options, config_from
from optimove_client.testing.spec import load_spec

BAD_VALUES = [
    (["--port", "-1"], "argument --port: must be a port from 0 to 65535, not '-1'"),
    (["--port", "70000"], "argument --port: must be a port from 0 to 65535, not '70000'"),
    (["--port", "http"], "argument --port: must be a port from 0 to 65535, not 'http'"),
    (["--customers", "-5"], "argument --customers: must be a whole number, 0 or more, not '-5'"),
    (["--customers", "1e3"], "argument --customers: must be a whole number, 0 or more, not '1e3'"),
    (["--seed", "x"], "argument --seed: must be a whole number, not 'x'"),
    (["--attribute-shape", "csv"], "argument --attribute-shape: invalid choice: 'csv'"),
    (["--rate-limit", "10/0"], "--rate-limit: SECONDS must be above 0 (got 0 in 10/0)"),
    (["--rate-limit", "0/10"], "--rate-limit: CALLS must be at least 1 (got 0 in 0/10)"),
    (["--rate-limit", "10/nan"], "--rate-limit must be CALLS/SECONDS such as 2000/3600 (several"),
    (["--rate-limit", "many"], "--rate-limit must be CALLS/SECONDS such as 2000/3600 (several"),
    (["--rate-limit", "10"], "--rate-limit must be CALLS/SECONDS such as 2000/3600 (10 alone is ambiguous)"),
    (["--token-idle-seconds", "0"], "argument --token-idle-seconds: must be a number of seconds above 0"),
    (["--token-idle-seconds", "inf"], "argument --token-idle-seconds: must be a number of seconds above 0"),
    (["--fault", "200"], "argument --fault: an injected status is one from 201 to 599 (not 200) (in '200')"),
    (["--fault", "explode"], "argument --fault: a fault is an HTTP status (201 to 599) or hang, reset"),
    (["--fault", "503:GetAllActons"], "argument --fault: no function is named 'GetAllActons'"),
    (["--fault", "503:times=0"], "argument --fault: nth and times count from 1 (in '503:times=0')"),
    (["--fault", "503:often=2"], "argument --fault: options are times, nth, retry_after, not 'often'"),
    (["--fault", "reset:retry_after=5"], "argument --fault: Retry-After goes with a status fault"),
    (["--fault", "503:A:B"], "argument --fault: WHAT[:FUNCTION][:OPTION=VALUE,...], not '503:A:B'"),
    (["--api-key", ""], "argument --api-key: must be printable text without spaces (the value is not shown)"),
]


def error_lines(stderr: str) -> list[str]:
    """The lines of a refusal: one, ending with where to find the usage."""
    return stderr.splitlines()


@pytest.mark.parametrize(("argv", "message"), BAD_VALUES)
def test_optimove_mock_refuses_a_bad_value_naming_the_option_and_the_rule(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        optimove_mock_main(argv)
    assert exited.value.code == 2
    errors = error_lines(capsys.readouterr().err)
    assert len(errors) == 1 and errors[0].startswith("optimove-mock: " + message)
    assert errors[0].endswith("; see optimove-mock --help")


@pytest.mark.parametrize(("argv", "message"), BAD_VALUES)
def test_optimove_mock_serve_refuses_the_same_values(argv: list[str], message: str) -> None:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = optimove_main(["mock", "serve", *argv], Console(stdout=stdout, stderr=stderr, environ={}))
    assert code == 2
    errors = error_lines(stderr.getvalue())
    assert len(errors) == 1 and errors[0].startswith("optimove mock serve: " + message)
    assert errors[0].endswith("; see optimove mock serve --help")


def test_a_bad_api_key_is_never_echoed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        optimove_mock_main(["--api-key", "secret key with spaces"])
    assert "secret" not in capsys.readouterr().err


def parsed_config(*argv: str) -> MockConfig:
    """The configuration `optimove-mock ARGV` would serve, without serving it."""
    parser = argparse.ArgumentParser()
    add_serve_options(parser)
    return config_from(parser.parse_args(list(argv)))


def test_good_values_reach_the_mock_config() -> None:
    config = parsed_config(
        "--customers", "0", "--seed", "-3", "--rate-limit", "off", "--token-idle-seconds", "2.5",
        "--fault", "503:getallactions:times=3", "--fault", "429:retry_after=30,nth=2", "--fault", "reset",
        "--api-key", "k1", "--api-key", "k2", "--control",
    )  # fmt: skip
    assert (config.customers, config.seed, config.rate_limits) == (0, -3, ())
    assert config.token_idle_seconds == 2.5
    assert config.api_keys == frozenset({"k1", "k2"}) and config.control_endpoints
    assert config.faults == (
        Fault(FaultKind.STATUS, 503, operation="GetAllActions", times=3),  # the spec's spelling
        Fault(FaultKind.STATUS, 429, retry_after="30", nth=2),
        Fault(FaultKind.RESET),
    )


def test_defaults_are_the_mock_config_defaults() -> None:
    assert parsed_config() == MockConfig()


def test_the_start_message_tells_what_was_switched_on_and_no_key() -> None:
    plain = start_message(MockConfig(api_keys=frozenset({"hidden-key"})), "http://127.0.0.1:1")
    assert plain.splitlines()[0].startswith("Mock Optimove on http://127.0.0.1:1 (1000 customers).")
    assert "2000 calls per 3600 s" in plain and "--rate-limit off" in plain
    assert len(plain.splitlines()) == 1 and "hidden-key" not in plain
    config = parsed_config("--token-idle-seconds", "30", "--fault", "520:GetAllActions:nth=2", "--control")
    lines = start_message(config, "http://127.0.0.1:1").splitlines()
    assert lines[1:] == [
        "Login sessions expire 30 s after their last call.",
        "Faults armed: 520:GetAllActions:times=1,nth=2",
        "Control endpoints: GET /_mock/counters, GET|POST|DELETE /_mock/faults, POST /_mock/sessions/expire.",
    ]


def test_the_options_module_stays_light() -> None:
    """`optimove mock serve --help` builds its parser from it: no spec, no encoder, no validator."""
    code = (
        "import sys, optimove_client.testing.serve_options; "
        "print(' '.join(m for m in ('orjson', 'jsonschema', 'httpx', 'optimove_client.testing.spec') "
        "if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == ""


@pytest.mark.parametrize(
    "text",
    ["503:GetAllActions:times=3", "429:*:times=1,nth=2,retry_after=30", "hang", "truncate:login:nth=4"],
)
def test_a_fault_written_back_reads_the_same(text: str) -> None:
    operation_ids = load_spec().by_id.keys()
    fault = parse_fault(text, operation_ids)
    assert parse_fault(fault_to_text(fault), operation_ids) == fault
    assert fault_from_json(fault_to_json(fault), operation_ids) == fault
