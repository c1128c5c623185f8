"""What we publish: the sdist and the wheel build, pass `twine check`, and hold what they should.

Built once per run into a temporary folder, never into the tree: the sdist from the tree, then the wheel
from the sdist (as `python -m build` does), so a file missing from the sdist fails here too. Without
isolation: the backend pinned in [build-system] is in the `test` extra, and no index is needed.
"""

from __future__ import annotations

import email.parser
import subprocess
import sys
import tarfile
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
