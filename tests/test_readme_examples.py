"""Every ```python example of README.md runs, against the mock, exactly as printed.

The examples talk to api5.optimove.net with placeholder credentials, as a user would write them. Here the
mock stands in for the network (httpx's default transports are swapped for the mock's in-process ones) and
accepts the README's placeholder credentials; nothing in the example text is changed. Examples that are
pytest tests (the "testing your code" section) run under pytest in a child process, with the plugin.
"""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from optimove_client.testing import DEFAULT_API_KEY, MockOptimove

README = Path(__file__).resolve().parent.parent / "README.md"
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _examples() -> list[tuple[int, str]]:
    text = README.read_text(encoding="utf-8")
    return [(text.count("\n", 0, match.start()) + 1, match.group(1)) for match in _BLOCK.finditer(text)]


EXAMPLES = _examples()


def test_the_readme_has_examples() -> None:
    assert len(EXAMPLES) >= 10


@pytest.fixture
def readme_world(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> MockOptimove:
    """The mock as the README's Optimove: its credentials accepted, reached through httpx's transports."""
    mock = MockOptimove(
        customers=1_000,
        api_keys=frozenset({DEFAULT_API_KEY, "YOUR-API-KEY"}),
        users=(("YOUR-USER", "YOUR-PASSWORD"),),
    )
    monkeypatch.setattr(httpx, "HTTPTransport", lambda *args, **kwargs: mock.transport())
    monkeypatch.setattr(httpx, "AsyncHTTPTransport", lambda *args, **kwargs: mock.async_transport())
    for name in ("API_KEY", "USERNAME", "PASSWORD", "TOKEN", "SERVER", "BASE_URL", "LOG", "STORE"):
        monkeypatch.delenv(f"OPTIMOVE_{name}", raising=False)  # and restored after an example sets it
    monkeypatch.chdir(tmp_path)  # files an example writes land here
    return mock


@pytest.fixture
def logging_restored() -> Any:
    root, client = logging.getLogger(), logging.getLogger("optimove_client")
    handlers, level = list(root.handlers), client.level
    yield
    root.handlers[:] = handlers
    client.setLevel(level)


@pytest.mark.parametrize(("line", "code"), EXAMPLES, ids=[f"README.md:{line}" for line, _ in EXAMPLES])
def test_readme_example_runs(
    line: int, code: str, readme_world: MockOptimove, logging_restored: Any, tmp_path: Path
) -> None:
    if re.search(r"^def test_", code, re.MULTILINE):
        module = tmp_path / "test_readme_example.py"
        module.write_text(code, encoding="utf-8")
        tests = len(re.findall(r"^def test_", code, re.MULTILINE))
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(module)],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert f"{tests} passed" in result.stdout
        return
    exec(compile(code, f"README.md:{line}", "exec"), {"__name__": "__readme__"})  # noqa: S102 - the examples


def test_every_readme_example_passes_mypy_strict(tmp_path: Path, mypy_cache: Path) -> None:
    """What the README shows is what a user's type checker accepts: each example is its own module."""
    modules = []
    for line, code in EXAMPLES:
        module = tmp_path / f"readme_line_{line}.py"
        module.write_text(code, encoding="utf-8")
        modules.append(str(module))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(mypy_cache), *modules],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Success: no issues found in {len(modules)} source files" in result.stdout
