"""What we publish: the sdist and the wheel build, pass `twine check`, and hold what they should.

Built once per run into a temporary folder, never into the tree: the sdist from the tree, then the wheel
from the sdist (as `python -m build` does), so a file missing from the sdist fails here too. Without
isolation: the backend pinned in [build-system] is in the `test` extra, and no index is needed for the
build. The base-install test does need the package index: it installs the wheel and pytest in a fresh
virtualenv, as a user would.
"""

from __future__ import annotations

import email.parser
import os
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from email.message import Message
from pathlib import Path

import pytest

from optimove_client._version import __version__

ROOT = Path(__file__).resolve().parent.parent
DIST_INFO = f"optimove_client-{__version__}.dist-info"
SDIST_ROOT = f"optimove_client-{__version__}"
URL = "https://github.com/optimove-client/optimove-client"


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dist")
    command = [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(folder), str(ROOT)]
    built = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    return folder


def one(folder: Path, pattern: str) -> Path:
    [found] = folder.glob(pattern)
    return found


def test_twine_check_passes_for_both(dist: Path) -> None:
    files = [str(one(dist, "*.whl")), str(one(dist, "*.tar.gz"))]
    checked = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *files],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count("PASSED") == 2


def test_the_wheel_holds_only_the_two_packages_and_their_metadata(dist: Path) -> None:
    with zipfile.ZipFile(one(dist, "*.whl")) as wheel:
        names = wheel.namelist()
    assert {name.split("/")[0] for name in names} == {"optimove_client", "optimove_generated", DIST_INFO}
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]
    for needed in (
        "optimove_client/py.typed",
        "optimove_client/testing/pytest_plugin.py",
        "optimove_client/testing/schemathesis_hooks.py",
        "optimove_generated/openapi.json",  # the spec the mock and the argument checks read at run time
        f"{DIST_INFO}/licenses/LICENSE",
    ):
        assert needed in names


def metadata(dist: Path) -> Message:
    with zipfile.ZipFile(one(dist, "*.whl")) as wheel:
        text = wheel.read(f"{DIST_INFO}/METADATA").decode()
    return email.parser.Parser().parsestr(text)


def test_the_metadata_names_the_license_the_authors_and_where_the_project_lives(dist: Path) -> None:
    found = metadata(dist)
    assert found["License-Expression"] == "MIT" and found["License-File"] == "LICENSE"
    assert found["Author"] == "The optimove-client authors"
    assert sorted(found.get_all("Project-URL") or []) == [f"Homepage, {URL}", f"Source, {URL}"]
    classifiers = found.get_all("Classifier") or []
    assert "Typing :: Typed" in classifiers and "Programming Language :: Python :: 3.11" in classifiers
    assert not [c for c in classifiers if c.startswith("License ::")]  # the expression says it
    assert found["Description-Content-Type"] == "text/markdown"


def test_the_wheel_installs_the_commands_and_the_pytest_plugin(dist: Path) -> None:
    with zipfile.ZipFile(one(dist, "*.whl")) as wheel:
        entry_points = wheel.read(f"{DIST_INFO}/entry_points.txt").decode()
    assert "optimove = optimove_client.cli:run" in entry_points
    assert "optimove-mock = optimove_client.testing.serve:main" in entry_points
    assert "optimove_mock = optimove_client.testing.pytest_plugin" in entry_points


def test_the_sdist_carries_the_license_and_the_sources(dist: Path) -> None:
    with tarfile.open(one(dist, "*.tar.gz")) as sdist:
        names = set(sdist.getnames())
    for needed in ("LICENSE", "pyproject.toml", "README.md", "spec/optimove.yaml"):
        assert f"{SDIST_ROOT}/{needed}" in names
    license_text = (ROOT / "LICENSE").read_text()
    assert license_text.startswith("MIT License") and "2026 The optimove-client authors" in license_text


def pinned_pytest() -> str:
    """The pytest of the `test` extra (pytest==X.Y.Z): what our own suite runs on."""
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    requirements: list[str] = extras["test"]
    [pin] = [requirement for requirement in requirements if requirement.startswith("pytest==")]
    return pin


def run(command: list[str], cwd: Path, env: dict[str, str], timeout: float = 120) -> tuple[int, str]:
    done = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    return done.returncode, done.stdout + done.stderr


# What the virtualenv holds: the wheel's optimove_client, without the testing extra.
_BARE = """\
import importlib.util, sys
import optimove_client
assert optimove_client.__file__.startswith(sys.prefix), optimove_client.__file__
assert importlib.util.find_spec("orjson") is None, "orjson is installed"
"""
_CONFTEST = """\
import pytest


@pytest.fixture
def greeting():
    return "hello"
"""


@pytest.mark.reliability
def test_a_base_install_leaves_the_users_pytest_alone(dist: Path, tmp_path: Path) -> None:
    """The bare wheel next to pytest in a fresh venv: the user's tests run, the fixtures name [testing].

    `pip install optimove-client` (no extra) registers the pytest plugin in the user's project: their tests
    still run, and a test using a fixture fails with MissingExtraError naming the testing extra. A fresh
    virtualenv with the wheel and pytest only, from the package index (CI has it): 10 to 20 s."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("PYTHON", "PYTEST_", "OPTIMOVE_"))
    }
    env.pop("VIRTUAL_ENV", None)  # nothing of this test run's interpreter or settings
    env.setdefault("PIP_DEFAULT_TIMEOUT", "60")  # per read from the index (pip's own is 15 s)
    venv = tmp_path / "venv"
    rc, output = run([sys.executable, "-m", "venv", str(venv)], tmp_path, env)
    assert rc == 0, output
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    python = str(scripts / "python")
    pip = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-input"]
    rc, output = run([*pip, str(one(dist, "*.whl")), pinned_pytest()], tmp_path, env, timeout=600)
    assert rc == 0, output[-5000:]
    rc, output = run([python, "-c", _BARE], tmp_path, env)
    assert rc == 0, output

    project = tmp_path / "project"
    project.mkdir()
    (project / "conftest.py").write_text(_CONFTEST)
    (project / "test_user.py").write_text("def test_user(greeting):\n    assert greeting == 'hello'\n")
    user_pytest = [str(scripts / "pytest")]  # as the user runs it
    rc, output = run(user_pytest, project, env)
    assert rc == 0 and "1 passed" in output, output

    rc, output = run([*user_pytest, "--fixtures"], project, env)
    assert rc == 0, output
    assert "optimove_mock -- " in output and "A fresh mock Optimove for each test" in output  # registered

    (project / "test_mock.py").write_text("def test_mock(optimove):\n    pass\n")
    rc, output = run([*user_pytest, "test_mock.py"], project, env)
    assert rc == pytest.ExitCode.TESTS_FAILED and "1 error" in output, output
    assert "MissingExtraError: " in output
    assert "need orjson, which is not installed: pip install 'optimove-client[testing]'" in output
