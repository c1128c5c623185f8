from __future__ import annotations

import asyncio
import datetime
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import httpx
import pytest

from optimove_client import AsyncOptimove, Optimove
from optimove_client.testing import ManualClock, MockOptimove, pytest_plugin

# The fixtures come from the installed pytest11 entry point; pytester runs the plugin in a pytest of its own.
pytest_plugins = ["pytester"]


def test_plugin_fixtures(
    optimove_mock: MockOptimove, optimove_http: httpx.Client, optimove_clock: ManualClock
) -> None:
    assert optimove_mock.clock is optimove_clock
    assert optimove_http.get("/current/general/GetLastDataUpdate").json() == {"Date": "2024-06-30"}
    assert optimove_mock.calls.by_operation["GetLastDataUpdate"] == 1


def test_the_client_fixture_calls_the_mock_and_sleeps_on_its_clock(
    optimove: Optimove, optimove_mock: MockOptimove, optimove_clock: ManualClock
) -> None:
    assert optimove.general.get_last_data_update() == optimove_mock.config.last_data_update
    optimove_mock.faults.fail(503, operation="GetAllActions")
    assert optimove.actions.get_all_actions()  # retried after a backoff
    assert len(optimove_clock.sleeps) == 1 and optimove_clock.monotonic() == optimove_clock.sleeps[0]


def test_the_async_fixture_calls_the_mock_and_sleeps_on_its_clock(
    optimove_async: AsyncOptimove, optimove_mock: MockOptimove, optimove_clock: ManualClock
) -> None:
    async def job() -> tuple[datetime.date, int]:
        day = await optimove_async.general.get_last_data_update()
        optimove_mock.faults.fail(503, operation="GetAllActions")
        return day, len(await optimove_async.actions.get_all_actions())  # retried after a backoff

    day, actions = asyncio.run(job())
    assert day == optimove_mock.config.last_data_update and actions > 0
    assert len(optimove_clock.sleeps) == 1 and optimove_mock.calls.by_operation["GetAllActions"] == 2


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_the_async_fixture_in_a_running_event_loop(
    optimove_async: AsyncOptimove, optimove_mock: MockOptimove
) -> None:
    assert await optimove_async.general.get_last_data_update() == optimove_mock.config.last_data_update


def test_the_environment_fixture_reaches_the_mock_from_optimove_without_arguments(
    optimove_environ: dict[str, str], optimove_mock: MockOptimove
) -> None:
    assert optimove_environ["OPTIMOVE_BASE_URL"].startswith("http://127.0.0.1:")
    assert optimove_environ["OPTIMOVE_STORE"] == "memory://"
    assert all(os.environ[name] == optimove_environ[name] for name in ("OPTIMOVE_BASE_URL", "OPTIMOVE_STORE"))
    with Optimove() as opt:
        assert opt.base_url == optimove_environ["OPTIMOVE_BASE_URL"]
        assert opt.general.get_last_data_update() == optimove_mock.config.last_data_update
    assert optimove_mock.calls.by_operation["GetLastDataUpdate"] == 1  # the served mock is the fixture's


def test_the_environment_fixture_serves_other_processes_and_touches_no_store_file(
    optimove_environ: dict[str, str], optimove_mock: MockOptimove, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"  # where the command keeps its store when OPTIMOVE_STORE is not set
    # The fixture is the whole environment (PATH too), as subprocess.run(env=...) needs it.
    environ = {**optimove_environ, "XDG_CACHE_HOME": str(cache), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run(
        [sys.executable, "-m", "optimove_client.cli", "call", "GetLastDataUpdate"],
        env=environ,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "2024-06-30" in done.stdout
    assert not cache.exists()
    assert optimove_mock.calls.by_operation["GetLastDataUpdate"] == 1


def test_the_environment_fixture_unsets_competing_credentials(
    monkeypatch: pytest.MonkeyPatch, pytester: pytest.Pytester
) -> None:
    """Run in a pytest of its own: the variables are set before the fixture, and restored after it."""
    for name, value in [("OPTIMOVE_USERNAME", "someone"), ("OPTIMOVE_SERVER", "5"), ("OPTIMOVE_STORE", "x")]:
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("OPTIMOVE_BASE_URL", raising=False)
    pytester.makepyfile(
        """
        import os
        import httpx
        import pytest
        from optimove_client import Optimove

        served = []

        def test_inside(optimove_environ):
            assert "OPTIMOVE_USERNAME" not in os.environ and "OPTIMOVE_SERVER" not in os.environ
            with Optimove() as opt:
                assert opt.actions.get_all_actions()
            served.append(optimove_environ["OPTIMOVE_BASE_URL"])

        def test_after():
            assert os.environ["OPTIMOVE_USERNAME"] == "someone" and os.environ["OPTIMOVE_STORE"] == "x"
            assert "OPTIMOVE_BASE_URL" not in os.environ
            with pytest.raises(httpx.ConnectError):  # the server stopped with the test
                httpx.get(served[0] + "/current/actions/GetAllActions", timeout=5)
        """
    )
    pytester.runpytest_inprocess("-p", "no:cacheprovider").assert_outcomes(passed=2)


@pytest.fixture
def sqlite_default_store(private_cache_folder: Path) -> Path:
    """The library's default store: a SQLite file of the user cache folder (the test's own folder here).
    The fixtures must not use it."""
    return private_cache_folder / "optimove-client" / "store.sqlite"


@pytest.mark.usefixtures("sqlite_default_store")  # set up before the client fixtures
def test_the_client_fixtures_keep_the_account_in_memory_whatever_the_default_store(
    optimove: Optimove, optimove_async: AsyncOptimove, sqlite_default_store: Path
) -> None:
    assert optimove._settings.store_url.scheme == "memory"
    assert optimove_async._settings.store_url.scheme == "memory"
    assert optimove.general.get_last_data_update()
    assert not sqlite_default_store.exists()


# A pytest of its own with the testing extra's modules missing, loading our pytest11 entry point by its name
# (and no other plugin: they take seconds to load, and some import what is missing).
_WITHOUT_MODULES = """
import os
import sys

for name in sys.argv[1:]:
    sys.modules[name] = None  # `import name` now raises ImportError (name=name)
os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
import pytest

sys.exit(pytest.main(["-p", "optimove_mock", "-p", "no:cacheprovider", "-q", "-W", "error"]))
"""


@pytest.mark.parametrize(
    "missing", [["orjson"], ["jsonschema", "jsonschema.validators"]], ids=["orjson", "jsonschema"]
)
def test_without_the_testing_extra_the_plugin_loads_and_its_fixtures_name_the_extra(
    pytester: pytest.Pytester, missing: list[str]
) -> None:
    """What a base install (no testing extra) gets: the user's own tests run, and a test using a fixture
    fails with a MissingExtraError that says what to install. The real install: test_packaging.py."""
    pytester.makepyfile(
        """
        import sys

        def test_a_users_own_test():
            assert "optimove_client.testing.pytest_plugin" in sys.modules  # registered, and harmless
            assert "optimove_client.testing.app" not in sys.modules

        def test_a_fixture(optimove):
            pass
        """
    )
    ran = pytester.run(sys.executable, "-c", _WITHOUT_MODULES, *missing, timeout=120)
    output = ran.stdout.str()
    assert ran.ret == pytest.ExitCode.TESTS_FAILED, output + ran.stderr.str()
    assert "1 passed, 1 error" in output
    needs = f"need {missing[0]}, which is not installed: pip install 'optimove-client[testing]'"
    assert f"optimove_client.errors.MissingExtraError: the mock Optimove and its pytest fixtures {needs}" in (
        output
    )


def test_the_plugin_knows_what_the_testing_extra_installs() -> None:
    """An ImportError naming one of these is reported as the missing extra; others are raised as they are."""
    pyproject = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())
    extra = pyproject["project"]["optional-dependencies"]["testing"]
    names = {re.split(r"[^A-Za-z0-9_.-]", requirement, maxsplit=1)[0] for requirement in extra}
    assert names == pytest_plugin._EXTRA_MODULES
    assert "[testing]" in pytest_plugin.INSTALL
