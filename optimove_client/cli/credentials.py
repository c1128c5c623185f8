"""Credentials and server for the CLI: flags, then environment variables, then a config file.

The precedence is the client's own (optimove_client._config.layers); the CLI only adds the config file as the
lowest layer and asks for a password on the terminal when a user name has none. The account's budget and
session are kept where the library keeps them unless told otherwise (a SQLite file of the user cache
folder). The config file is
TOML, in the user config folder that platformdirs names (on Linux $XDG_CONFIG_HOME/optimove/config.toml,
else ~/.config/optimove/config.toml); --config FILE or OPTIMOVE_CONFIG choose another:

    api_key = "..."        # or username = "..." and password = "...", or token = "..."
    server = 5             # or base_url = "https://..."
    store = "redis://cache.internal:6379/0"     # optional
    max_retries = 2        # optional, as --max-retries
    timeout = 120          # optional, seconds, as --timeout
    rate_limit = "2000/3600,50/10"              # optional, as --rate-limit (or "off")

A flag wins over the environment, which wins over the file.

Values are handed to Optimove(...) and never printed: messages name where a value comes from, not the value.
"""

from __future__ import annotations

import argparse
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from optimove_client._config import defaults as _defaults
from optimove_client._config.credentials import (
    ApiKey,
    Credentials,
    Login,
    MissingPasswordError,
    resolve_credentials,
)
from optimove_client._config.layers import Wording, resolve_base_url, resolve_store
from optimove_client.cli.console import Console
from optimove_client.cli.problems import CliError

# The limits a config file may set too: each is a flag of its own (--max-retries), in no environment variable.
TUNING = ("max_retries", "timeout", "rate_limit")
_KEYS = frozenset(_defaults.ENVIRONMENT) | frozenset(TUNING)
_SECRETS = frozenset({"api_key", "password", "token"})
CONFIG_FOLDER = "optimove"
CONFIG_FILE = "config.toml"


def default_config_path(environ: Mapping[str, str]) -> Path:
    """config.toml in the user config folder that platformdirs names, as the store's folder is (so both
    follow one convention on macOS and Windows). Where platformdirs follows XDG (Linux), the
    $XDG_CONFIG_HOME of the environment given is the one that counts: the CLI's own, which tests replace."""
    import platformdirs  # noqa: PLC0415 - only when a command reads its settings

    if platformdirs.PlatformDirs.__name__ == "Unix":
        base = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        return Path(base) / CONFIG_FOLDER / CONFIG_FILE
    return Path(platformdirs.user_config_dir(CONFIG_FOLDER, appauthor=False)) / CONFIG_FILE


def config_path(args: argparse.Namespace, environ: Mapping[str, str]) -> tuple[Path, bool]:
    """The config file to read, and whether it was asked for (--config, OPTIMOVE_CONFIG): then it must
    exist."""
    given = args.config or environ.get(_defaults.ENV_CONFIG)
    return (Path(given), True) if given else (default_config_path(environ), False)


def load_config(path: Path, *, explicit: bool, console: Console) -> dict[str, Any]:
    """The settings of a config file ({} when the default file does not exist): text, except the limits,
    which keep their TOML type and are checked as their flags are."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if explicit:
            raise CliError(f"config file {path} does not exist") from None
        return {}
    except OSError as error:
        raise CliError(f"cannot read config file {path}: {error.strerror}") from None
    import tomllib  # noqa: PLC0415 (only where there is a config file to read)

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # The message of a TOML error quotes no value, only where the syntax broke.
        raise CliError(f"config file {path} is not valid TOML ({error})") from None
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise CliError(
            f"config file {path}: unknown setting {unknown[0]!r} (known: {', '.join(sorted(_KEYS))})"
        )
    for key, value in data.items():
        _check_type(path, key, value)
    if _SECRETS & set(data) and path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        console.error(f"warning: {path} holds credentials and others can read it (chmod 600 {path})")
    return {key: value if key in TUNING else str(value) for key, value in data.items()}


def _check_limit(path: Path, key: str, value: object) -> None:
    """A limit of the file, checked by what checks its keyword argument and flag (the same messages)."""
    from optimove_client._assembly import timeout_of  # noqa: PLC0415
    from optimove_client._config.policies import RateLimit, RetryPolicy  # noqa: PLC0415 - not for --help
    from optimove_client.errors import ConfigurationError  # noqa: PLC0415

    try:
        if key == "rate_limit":
            RateLimit.parse(str(value))
        elif key == "timeout":
            timeout_of(value)  # type: ignore[arg-type]  # a TOML int or float, checked by _check_type
        else:
            RetryPolicy(max_retries=value)  # type: ignore[arg-type]
    except ConfigurationError as error:
        where = "" if str(error).startswith(key) else f"{key}: "
        raise CliError(f"config file {path}: {where}{error}") from None


def apply_limits(args: argparse.Namespace, config: Mapping[str, Any]) -> None:
    """The file's limits where no flag gives them: the commands read them from args as from their flags."""
    for key in TUNING:
        if getattr(args, key, None) is None and key in config:
            setattr(args, key, config[key])


_TOML_TYPES: dict[type, str] = {
    int: "an integer",
    float: "a float",
    bool: "a boolean",
    list: "an array",
    dict: "a table",
}


def _check_type(path: Path, key: str, value: object) -> None:
    """Every setting is a string in quotes; the server may be a whole number too. A value of another type
    would be read as its Python text (True, [...]): refused, without showing it (it may be a secret)."""
    wanted = _WANTED.get(key, ((str,), "a string in quotes"))
    if type(value) in wanted[0]:
        if key in TUNING:
            _check_limit(path, key, value)
        return
    kind = _TOML_TYPES.get(type(value), "a string" if isinstance(value, str) else "a date or time")
    raise CliError(f"config file {path}: {key} must be {wanted[1]}, not {kind}")


# The TOML types each setting takes besides a string in quotes (type(), so that a boolean is no number).
_WANTED: dict[str, tuple[tuple[type, ...], str]] = {
    "server": ((str, int), "a string in quotes or a whole number"),
    "max_retries": ((int,), "a whole number (as --max-retries)"),
    "timeout": ((int, float), "a number of seconds (as --timeout)"),
    "rate_limit": ((str,), 'a string in quotes such as "2000/3600,50/10" or "off" (as --rate-limit)'),
}


def _as_arguments(credentials: Credentials) -> dict[str, str]:
    """Optimove(...)'s keyword arguments for resolved credentials."""
    if isinstance(credentials, ApiKey):
        return {"api_key": credentials.key.reveal()}
    if isinstance(credentials, Login):
        return {"username": credentials.username, "password": credentials.password.reveal()}
    return {"token": credentials.token.reveal()}


def client_settings(args: argparse.Namespace, console: Console) -> dict[str, Any]:
    """Keyword arguments of Optimove(...) for the credentials and server chosen."""
    environ = console.environ
    path, explicit_path = config_path(args, environ)
    full = load_config(path, explicit=explicit_path, console=console)
    apply_limits(args, full)
    config = {key: value for key, value in full.items() if key not in TUNING}
    wording = Wording(verb="give", flags=True, fallback=str(path))
    explicit = {"api_key": args.api_key, "username": args.username, "token": args.token}
    try:
        credentials = resolve_credentials(
            **explicit, password=args.password, environ=environ, fallback=config, wording=wording
        )
    except MissingPasswordError as missing:
        password = console.prompt_password(f"Optimove password for {missing.username}: ")
        if not password:
            raise
        credentials = resolve_credentials(
            **explicit, password=password, environ=environ, fallback=config, wording=wording
        )
    base_url = resolve_base_url(
        server=args.server, base_url=args.base_url, environ=environ, fallback=config, wording=wording
    )
    # The default is looked for only when nothing names a store: it makes the cache folder.
    store = resolve_store(store=args.store, environ=environ, fallback=config, default="", wording=wording)
    store = store or default_store()
    # Resolved here once: the client must not read the environment again.
    return {**_as_arguments(credentials), "base_url": base_url, "store": store, "environ": {}}


def default_store() -> str:
    """The library's own default store (optimove_client._store.default): a SQLite file in the user cache
    folder, so that the runs of one machine, library and command line alike, share the account's budget
    and Login session."""
    from optimove_client._store.default import default_store_url  # noqa: PLC0415 - not for --help

    return default_store_url()
