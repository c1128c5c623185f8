"""Credentials and server for the CLI: flags, then environment variables, then a config file.

The precedence is the client's own (optimove_client._config); the CLI only adds the config file as the
lowest layer and asks for a password on the terminal when a user name has none. The account's budget and
session are kept where the library keeps them unless told otherwise (a SQLite file of the user cache
folder). The config file is
TOML (default ~/.config/optimove/config.toml, or $XDG_CONFIG_HOME/optimove/config.toml; --config FILE or
OPTIMOVE_CONFIG choose another):

    api_key = "..."        # or username = "..." and password = "...", or token = "..."
    server = 5             # or base_url = "https://..."
    store = "redis://cache.internal:6379/0"     # optional

Values are handed to Optimove(...) and never printed: messages name where a value comes from, not the value.
"""

from __future__ import annotations

import argparse
import stat
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from optimove_client import _defaults
from optimove_client._config import (
    ApiKey,
    Credentials,
    Login,
    MissingPasswordError,
    Wording,
    resolve_base_url,
    resolve_credentials,
    resolve_store,
)
from optimove_client.cli.console import Console
from optimove_client.cli.problems import CliError

_KEYS = frozenset(_defaults.ENVIRONMENT)
_SECRETS = frozenset({"api_key", "password", "token"})


def default_config_path(environ: Mapping[str, str]) -> Path:
    base = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "optimove" / "config.toml"


def load_config(path: Path, *, explicit: bool, console: Console) -> dict[str, str]:
    """The settings of a config file ({} when the default file does not exist)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if explicit:
            raise CliError(f"config file {path} does not exist") from None
        return {}
    except OSError as error:
        raise CliError(f"cannot read config file {path}: {error.strerror}") from None
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
    return {key: str(value) for key, value in data.items()}


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
    if isinstance(value, str) or (key == "server" and type(value) is int):
        return
    kind = _TOML_TYPES.get(type(value), "a date or time")
    wanted = "a string in quotes or a whole number" if key == "server" else "a string in quotes"
    raise CliError(f"config file {path}: {key} must be {wanted}, not {kind}")


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
    config_path = args.config or environ.get(_defaults.ENV_CONFIG)
    path = Path(config_path) if config_path else default_config_path(environ)
    config = load_config(path, explicit=bool(config_path), console=console)
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
