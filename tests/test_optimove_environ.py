"""optimove_environ gives the whole environment: a subprocess given env=optimove_environ finds its program
(PATH) and reaches the served mock, as the README shows."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest


def test_the_environment_fixture_gives_the_whole_environment_with_its_variables(
    optimove_environ: dict[str, str],
) -> None:
    ours = {name: value for name, value in os.environ.items() if name != "PYTEST_CURRENT_TEST"}
    assert {name: value for name, value in optimove_environ.items() if name != "PYTEST_CURRENT_TEST"} == ours
    assert "PATH" in optimove_environ
    assert optimove_environ["OPTIMOVE_STORE"] == "memory://"
    assert optimove_environ["OPTIMOVE_BASE_URL"].startswith("http://127.0.0.1:")
    for name in ("OPTIMOVE_USERNAME", "OPTIMOVE_PASSWORD", "OPTIMOVE_TOKEN", "OPTIMOVE_SERVER"):
        assert name not in optimove_environ


@pytest.fixture
def program_on_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A program found only through PATH (as `optimove` is in a virtualenv's bin/), set before the fixture."""
    folder = tmp_path / "bin"
    folder.mkdir()
    program = folder / "show-optimove-url"
    program.write_text('#!/bin/sh\necho "$OPTIMOVE_BASE_URL"\n')
    program.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    return program.name


def test_a_program_found_on_the_path_runs_with_the_environment(
    program_on_path: str, optimove_environ: dict[str, str]
) -> None:
    """The README's form: subprocess.run([program, ...], env=optimove_environ), the program on the PATH."""
    done = subprocess.run(
        [program_on_path], env=optimove_environ, capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == optimove_environ["OPTIMOVE_BASE_URL"]
