"""`optimove call --raw`: a scalar answer bare, for the shell (`DAY=$(optimove call ... --raw)`)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from optimove_client.cli import raw
from optimove_client.cli.catalog import find
from tests.cli.conftest import RunCli
from tests.cli.served import env_for, run, serve


def test_a_raw_date_round_trips_into_the_next_call_in_real_processes(tmp_path: Path) -> None:
    with serve() as served:
        env = env_for(served.url, "mock-api-key", tmp_path)
        quoted = run(["call", "GetLastDataUpdate"], env)
        assert quoted.stdout.strip() == '"2024-06-30"'  # JSON, as before: what $(...) used to give
        first = run(["call", "GetLastDataUpdate", "--raw"], env)
        assert first.returncode == 0, first.stderr
        assert first.stdout == "2024-06-30\n"
        day = first.stdout.strip()  # what DAY=$(...) holds
        second = run(["call", "GetTargetGroupsByDate", "--param", f"Date={day}", "--format", "csv"], env)
        assert second.returncode == 0, second.stderr
        assert second.stdout.splitlines()[0] == "TargetGroupID"
        name = run(["call", "GetActionName", "--param", "ActionID=1", "--raw"], env)
        assert (name.returncode, name.stdout) == (0, "Cashback 1\n")


def test_a_function_answering_objects_is_refused_before_the_call(tmp_path: Path) -> None:
    with serve() as served:
        env = env_for(served.url, "mock-api-key", tmp_path)
        refused = run(["call", "GetAllActions", "--raw"], env)
        assert refused.returncode == 2
        assert refused.stderr == (
            "optimove: --raw prints a scalar or a list of scalars; GetAllActions answers objects: "
            "use --format csv or jsonl\n"
        )
        assert served.calls() == 0


@pytest.mark.parametrize(
    ("flags", "flag"),
    [
        (["--format", "json"], "--format"),
        (["--xml"], "--xml"),
    ],
)
def test_raw_with_another_output_option_is_refused(run_cli: RunCli, flags: list[str], flag: str) -> None:
    outcome = run_cli("call", "GetLastDataUpdate", "--raw", *flags)
    assert outcome.code == 2
    assert outcome.err == f"optimove: --raw prints one call's answer bare: drop {flag} (or --raw)\n"
    assert outcome.out == ""


def test_raw_with_all_pages_is_refused(run_cli: RunCli) -> None:
    outcome = run_cli("call", "GetCurrentlyTargetedCustomers", "--raw", "--all-pages")
    assert (outcome.code, outcome.err) == (
        2,
        "optimove: --raw prints one call's answer bare: drop --all-pages (or --raw)\n",
    )


def test_rows_and_objects_are_refused_from_the_spec(run_cli: RunCli) -> None:
    for name in ("GetCurrentlyTargetedCustomers", "GetPromotions"):
        outcome = run_cli("call", name, "--raw")
        assert outcome.code == 2
        assert f"; {name} answers objects: use --format csv or jsonl" in outcome.err


def test_scalars_lists_and_null_as_printed() -> None:
    function = find("ApiKeyInfo")  # no result schema: the answer itself decides
    assert raw.render(function, 'a "b"') == 'a "b"\n'
    assert raw.render(function, 12) == "12\n"
    assert raw.render(function, 1.5) == "1.5\n"
    assert raw.render(function, True) == "true\n"
    assert raw.render(function, None) == ""
    assert raw.render(function, datetime.date(2024, 6, 30)) == "2024-06-30\n"
    assert raw.render(function, ["a", 2, None, False]) == "a\n2\n\nfalse\n"
    with pytest.raises(raw.CliError, match="ApiKeyInfo answers an object"):
        raw.render(function, {"Key": 1})


def test_raw_to_a_file_takes_any_suffix_but_a_formats(run_cli: RunCli, tmp_path: Path) -> None:
    day = tmp_path / "day.txt"
    assert run_cli("call", "GetLastDataUpdate", "--raw", "-o", str(day)).code == 0
    assert day.read_text() == "2024-06-30\n"
    refused = run_cli("call", "GetLastDataUpdate", "--raw", "-o", str(tmp_path / "day.json"))
    assert (refused.code, refused.err) == (
        2,
        "optimove: --raw writes bare text, not json: name the --output file without .json (e.g. .txt), "
        "or drop --raw\n",
    )
