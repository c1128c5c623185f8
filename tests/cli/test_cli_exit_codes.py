"""The exit codes are said once, in exit_codes.MEANINGS: `optimove --help` and the README both say that."""

from __future__ import annotations

import re
from pathlib import Path

from optimove_client.cli.exit_codes import MEANINGS, ExitCode
from tests.cli.conftest import RunCli

README = Path(__file__).resolve().parents[2] / "README.md"
_ROW = re.compile(r"^\| (\d+) \| (.+?) \|$")


def readme_exit_codes() -> list[tuple[int, str]]:
    """The rows of the exit-code table in the README's section on the command line (backticks dropped)."""
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## The command line\n", 1)[1].split("\n## ", 1)[0]
    lines = section.splitlines()
    assert "Exit codes:" not in section, "the old list of exit codes is still there"
    start = lines.index("| exit code | meaning |")
    rows = []
    for line in lines[start + 2 :]:
        match = _ROW.match(line)
        if match is None:
            break
        rows.append((int(match.group(1)), match.group(2).replace("`", "")))
    return rows


def test_every_exit_code_has_one_meaning() -> None:
    assert [code for code, _ in MEANINGS] == sorted(ExitCode)


def test_help_lists_every_meaning(run_cli: RunCli) -> None:
    for argv in (["--help"], ["call", "--help"]):
        outcome = run_cli(*argv)
        assert outcome.code == 0
        listed = outcome.out.split("exit codes:\n", 1)[1].splitlines()
        assert listed[: len(MEANINGS)] == [f"  {int(code):<4} {meaning}" for code, meaning in MEANINGS]


def test_the_readme_lists_the_same_exit_codes() -> None:
    assert readme_exit_codes() == [(int(code), meaning) for code, meaning in MEANINGS]
