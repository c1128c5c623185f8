"""`optimove config`, the config file's limits, and setup mistakes told in one line, in real processes."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

COMMAND = [sys.executable, "-m", "optimove_client.cli"]
SECRET = "s3cr3t-value-never-shown"
UNRESOLVABLE = "https://api55.invalid"  # reserved (RFC 2606): never resolves


def _env(home: Path, **variables: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("OPTIMOVE_")}
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_CACHE_HOME"] = str(home / "cache")
    env.update(variables)
    return env


def _run(argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*COMMAND, *argv], env=env, capture_output=True, text=True, check=False, timeout=120
    )


def _config_file(home: Path, text: str) -> Path:
    path = home / "config" / "optimove" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)
    return path


def test_config_says_where_everything_is_and_never_a_secret(tmp_path: Path) -> None:
    env = _env(tmp_path, OPTIMOVE_API_KEY=SECRET, OPTIMOVE_SERVER="5")
    done = _run(["config"], env)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == (
        f"config file: {tmp_path}/config/optimove/config.toml (does not exist; it is optional)"
    )
    assert lines[1] == (
        f"store: sqlite:///{tmp_path}/cache/optimove-client/store.sqlite "
        "(the default, in the user cache folder)"
    )
    assert lines[2].startswith("resume state: beside each output file, as FILE.optimove-resume")
    assert lines[3] == "api key: from the environment variable OPTIMOVE_API_KEY"
    assert lines[4] == "server: https://api5.optimove.net (from the environment variable OPTIMOVE_SERVER)"
    assert lines[5:] == [
        "max retries: 4 (the default)",
        "timeout: 300 s to read, 10 s to connect (the default)",
        "rate limit: 2000/3600,50/10 (the default)",
    ]
    assert SECRET not in done.stdout + done.stderr


def test_config_names_the_file_flags_and_environment_each_value_comes_from(tmp_path: Path) -> None:
    path = _config_file(
        tmp_path,
        'username = "someone"\nbase_url = "http://file.test"\nmax_retries = 1\ntimeout = 20\n'
        'rate_limit = "100/60"\n',
    )
    env = _env(
        tmp_path,
        OPTIMOVE_PASSWORD=SECRET,
        OPTIMOVE_STORE=f"redis://:{SECRET}@cache.test:6379/0",
    )
    done = _run(["config", "--max-retries", "3", "--server", "sandbox"], env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"config file: {path} (exists)",
        "store: redis://:***@cache.test:6379/0 (from the environment variable OPTIMOVE_STORE)",
        done.stdout.splitlines()[2],
        f"user name: from username in {path}; password: from the environment variable OPTIMOVE_PASSWORD",
        "server: https://sandbox-api.optimove.net (from --server)",
        "max retries: 3 (from --max-retries)",
        f"timeout: 20 s (from timeout in {path})",
        f"rate limit: 100/60 (from rate_limit in {path})",
    ]
    assert SECRET not in done.stdout + done.stderr and "someone" not in done.stdout


def test_config_with_another_file_and_no_credentials(tmp_path: Path) -> None:
    other = tmp_path / "elsewhere.toml"
    done = _run(["config", "--config", str(other)], _env(tmp_path))
    assert done.returncode == 2
    assert done.stderr == f"optimove: config file {other} does not exist\n"
    other.write_text("server = 5\n", encoding="utf-8")
    done = _run(["config"], _env(tmp_path, OPTIMOVE_CONFIG=str(other)))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"config file: {other} (from OPTIMOVE_CONFIG, exists)"
    assert lines[3].startswith("credentials: none usable (no credentials: give --api-key")
    assert lines[4] == f"server: https://api5.optimove.net (from server in {other})"


def test_config_help_and_version(tmp_path: Path) -> None:
    helped = _run(["config", "--help"], _env(tmp_path))
    assert helped.returncode == 0
    assert "Print where a run's settings come from" in " ".join(helped.stdout.split())
    listed = _run(["--help"], _env(tmp_path))
    assert "config" in listed.stdout
    version = _run(["--version"], _env(tmp_path))
    assert version.returncode == 0 and version.stdout.startswith("optimove-client ")


def test_a_host_that_cannot_be_reached_is_named(tmp_path: Path) -> None:
    env = _env(tmp_path, OPTIMOVE_API_KEY=SECRET)
    done = _run(["call", "GetLastDataUpdate", "--base-url", UNRESOLVABLE, "--max-retries", "0"], env)
    assert done.returncode == 6
    assert done.stderr.startswith(
        "optimove: GetLastDataUpdate: could not connect to api55.invalid (https://api55.invalid): "
    )
    assert done.stderr.count("\n") == 1 and "[Errno" not in done.stderr and SECRET not in done.stderr


def test_a_refused_port_is_named(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a local port that nobody listens on once let go
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = _env(tmp_path, OPTIMOVE_API_KEY=SECRET)
    url = f"http://127.0.0.1:{port}"
    done = _run(["call", "GetLastDataUpdate", "--base-url", url, "--max-retries", "1"], env)
    assert done.returncode == 6
    assert done.stderr.startswith(f"optimove: GetLastDataUpdate: could not connect to 127.0.0.1 ({url}): ")
    assert done.stderr.endswith(", after 2 attempts\n") and "refused" in done.stderr.lower()


def test_the_config_files_limits_apply_and_a_flag_beats_them(tmp_path: Path) -> None:
    _config_file(tmp_path, f'api_key = "{SECRET}"\nbase_url = "{UNRESOLVABLE}"\nmax_retries = 1\n')
    env = _env(tmp_path)
    from_file = _run(["call", "GetLastDataUpdate"], env)
    assert from_file.returncode == 6 and from_file.stderr.endswith(", after 2 attempts\n")
    from_flag = _run(["call", "GetLastDataUpdate", "--max-retries", "0"], env)
    assert from_flag.returncode == 6 and "attempts" not in from_flag.stderr


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("max_retries = -1", "max_retries must be a whole number >= 0, not -1"),
        ("max_retries = true", "max_retries must be a whole number (as --max-retries), not a boolean"),
        ("timeout = 0", "timeout must be a positive number of seconds, not 0"),
        ('timeout = "5"', "timeout must be a number of seconds (as --timeout), not a string"),
        ("rate_limit = 5", 'rate_limit must be a string in quotes such as "2000/3600,50/10" or "off"'),
        ('rate_limit = "abc"', "rate_limit must be CALLS/SECONDS such as 2000/3600"),
        ('rate_limit = "0/10"', "rate_limit: CALLS must be at least 1 (got 0 in 0/10)"),
    ],
)
def test_a_bad_limit_in_the_config_file_is_one_line_naming_the_file(
    line: str, message: str, tmp_path: Path
) -> None:
    path = _config_file(tmp_path, f'api_key = "{SECRET}"\nbase_url = "{UNRESOLVABLE}"\n{line}\n')
    done = _run(["call", "GetLastDataUpdate"], _env(tmp_path))
    assert done.returncode == 2
    assert done.stderr.startswith(f"optimove: config file {path}: {message}")
    assert done.stderr.count("\n") == 1


def test_server_and_base_url_from_one_place_are_refused_from_two_levels_fine(tmp_path: Path) -> None:
    env = _env(tmp_path, OPTIMOVE_API_KEY=SECRET, OPTIMOVE_SERVER="5", OPTIMOVE_BASE_URL=UNRESOLVABLE)
    done = _run(["call", "GetLastDataUpdate"], env)
    assert done.returncode == 2
    assert done.stderr.startswith("optimove: OPTIMOVE_SERVER and OPTIMOVE_BASE_URL are both set; set one")
    path = _config_file(tmp_path, f'server = 5\nbase_url = "{UNRESOLVABLE}"\n')
    done = _run(["call", "GetLastDataUpdate"], _env(tmp_path, OPTIMOVE_API_KEY=SECRET))
    assert done.returncode == 2
    assert done.stderr == f"optimove: config file {path}: server and base_url are both set; set one\n"
    # A flag beats the environment, which beats the file: one from each level is no conflict.
    env = _env(tmp_path, OPTIMOVE_API_KEY=SECRET, OPTIMOVE_SERVER="5")
    shown = _run(["config", "--base-url", "http://flag.test"], env)
    assert "server: http://flag.test (from --base-url)" in shown.stdout.splitlines()
