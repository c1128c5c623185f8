"""Loose input: enum names accepted, formats that contradict each other and suffixes the CLI does not know
refused with one line, before anything is sent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from optimove_client.cli.exit_codes import ExitCode
from optimove_client.cli.output_formats import format_for, suffix_of
from optimove_client.testing import MockOptimove
from tests.cli.conftest import RunCli

REGISTER = ("call", "RegisterEventListener")


@pytest.mark.parametrize(
    "given", ["CampaignProcessed", "campaign_processed", "CAMPAIGN_PROCESSED", "campaignprocessed", "1"]
)
def test_an_enum_by_name_in_any_case_or_by_number(given: str, run_cli: RunCli) -> None:
    url = "https://example.com/hook"
    outcome = run_cli(*REGISTER, "-p", f"EventTypeID={given}", "-p", f"ListenerURL={url}")
    assert outcome.code == 0, outcome.err
    listeners = json.loads(run_cli("call", "GetRegisteredEventListeners").out)
    assert {"EventTypeID": 1, "ListenerURL": url} in listeners


def test_an_unknown_enum_name_is_refused_with_the_choices(run_cli: RunCli, mock: MockOptimove) -> None:
    outcome = run_cli(*REGISTER, "-p", "EventTypeID=CampaignDone", "-p", "ListenerURL=https://e.com/h")
    assert outcome.code == ExitCode.BAD_INPUT
    assert outcome.err == (
        "optimove: RegisterEventListener: EventTypeID must be one of 1 (CampaignProcessed), "
        "2 (AllCampaignsProcessed), 3 (DailyProcessFinished), 4 (CampaignCanceled), 5 (HeldForClearance), "
        "11 (RealtimeTrigger), 13 (ChannelExecuted), not 'CampaignDone'\n"
    )
    assert run_cli(*REGISTER, "-p", "EventTypeID=6", "-p", "ListenerURL=https://e.com/h").code == 2
    assert mock.calls.total == 0


REFUSED = {
    ("--xml", "--format", "csv"): "--xml writes Optimove's XML: drop --format csv",
    ("--xml", "-o", "actions.json"): "--xml writes Optimove's XML, not .json",
    ("-o", "actions.tsv"): "--output suffix .tsv is not one of .json .jsonl .csv .json.gz .jsonl.gz .csv.gz "
    ".parquet: give --format",
    ("-o", "actions.TXT"): "--output suffix .txt is not one of",
    ("-o", "actions.xml"): "--output suffix .xml is for --xml",
    ("--format", "json", "-o", "actions.csv"): "--format json contradicts the --output suffix .csv (csv)",
    ("--format", "csv", "-o", "actions.jsonl"): "--format csv contradicts the --output suffix .jsonl",
}


@pytest.mark.parametrize(("flags", "message"), REFUSED.items())
def test_contradictions_and_unknown_suffixes_are_refused(
    flags: tuple[str, ...], message: str, run_cli: RunCli, mock: MockOptimove, tmp_path: Path
) -> None:
    argv = [str(tmp_path / flag) if flag.startswith("actions.") else flag for flag in flags]
    outcome = run_cli("call", "GetAllActions", *argv)
    assert outcome.code == ExitCode.BAD_INPUT
    assert message in outcome.err
    assert outcome.err.count("\n") == 1
    assert mock.calls.total == 0
    assert list(tmp_path.iterdir()) == []  # nothing written (the test's store is not even opened)


def test_an_unknown_suffix_with_format_and_xml_to_an_xml_file(run_cli: RunCli, tmp_path: Path) -> None:
    tsv = tmp_path / "actions.tsv"
    assert run_cli("call", "GetAllActions", "-o", str(tsv), "--format", "csv").code == 0
    assert tsv.read_text().splitlines()[0] == "ActionID,ActionName"
    xml = tmp_path / "actions.xml"
    assert run_cli("call", "GetAllActions", "--xml", "-o", str(xml)).code == 0
    assert xml.read_text().startswith("<?xml")
    dated = tmp_path / "actions.2024-06-30"  # a dot then no letter: not a suffix
    assert run_cli("call", "GetAllActions", "-o", str(dated)).code == 0
    assert json.loads(dated.read_text())[0]["ActionID"] == 1


def test_the_suffix_table_decides_the_default_format() -> None:
    assert suffix_of("out/Customers.CSV") == ".csv"
    assert suffix_of("customers.jsonl") == ".jsonl"
    assert suffix_of("customers.csv.gz") == ".csv.gz"  # matched before its last part
    assert suffix_of("customers.gz") == ".gz"  # not known: refused without --format
    assert format_for(None, "customers.csv.gz", paging=True) == "csv"
    assert format_for(None, "customers.parquet", paging=True) == "parquet"
    assert suffix_of(".csv") == ""  # a hidden file's name, not a suffix
    assert suffix_of("folder.d/customers") == ""
    assert format_for(None, "customers.csv", paging=True) == "csv"
    assert format_for(None, None, paging=True) == "jsonl"
    assert format_for(None, "-", paging=False) == "json"
    assert format_for(None, None, paging=False, xml=True) == "xml"


SECRET = "Cx4-cli-secret"


@pytest.mark.parametrize(
    ("argv", "env", "config", "message"),
    [
        (["--api-key", SECRET + "\n"], {}, None,
         "--api-key has a line break (character 15): it is sent in the X-API-KEY header"),
        ([], {"OPTIMOVE_API_KEY": "", "OPTIMOVE_TOKEN": "é" + SECRET}, None,
         "the environment variable OPTIMOVE_TOKEN has a non-ASCII character (character 1)"),
        ([], {"OPTIMOVE_API_KEY": ""}, f'api_key = "{SECRET}\\u0000"\n',
         "has a NUL character (character 15): it is sent in the X-API-KEY header"),
        ([], {"OPTIMOVE_API_KEY": ""}, "api_key = 4815162342\n",
         "api_key must be a string in quotes, not an integer"),
        (["--store", f"redis://:pa/{SECRET}@cache:6379/0?socket_timeout=abc"], {}, None,
         "store 'redis://:***@cache:6379/0?socket_timeout=abc': socket_timeout must be a number of seconds"),
        (["--store", f"redis://cache:6379/0?password={SECRET}&colour=red"], {}, None,
         "store 'redis://cache:6379/0?password=***&colour=red': unknown option 'colour' (known: "),
        (["--extra-header", f"X-Note: café {SECRET}"], {}, None,
         "GetAllActions: extra_headers['X-Note'] must be a str on one line: has a non-ASCII character"),
        (["--base-url", f"https://user:{SECRET}@api5.optimove.net"], {}, None,
         "--base-url must not hold a user name or password ('https://user:***@api5.optimove.net')"),
        (["--server", "²"], {"OPTIMOVE_BASE_URL": ""}, None, "--server must be a number such as 5"),
    ],
)  # fmt: skip
def test_a_setting_that_cannot_be_used_is_one_line_and_exit_2(
    argv: list[str],
    env: dict[str, str],
    config: str | None,
    message: str,
    run_cli: RunCli,
    mock: MockOptimove,
    environ: dict[str, str],
    tmp_path: Path,
) -> None:
    if config is not None:
        path = tmp_path / "config" / "optimove" / "config.toml"
        path.parent.mkdir(parents=True)
        path.write_text(config, encoding="utf-8")
        path.chmod(0o600)
        message = f"api_key in {path} {message}" if message.startswith("has") else message
    # Settings given empty in the environment are not given: the flag, variable or file under test is.
    outcome = run_cli("call", "GetAllActions", *argv, env={**environ, **env})
    assert outcome.code == ExitCode.BAD_INPUT
    assert outcome.err.count("\n") == 1 and outcome.err.startswith("optimove: ")
    assert message in outcome.err
    assert SECRET not in outcome.err + outcome.out
    assert mock.calls.total == 0
