"""Credentials and server for the CLI: flags, then environment variables, then a config file.

The config file is TOML (default ~/.config/optimove/config.toml, or $XDG_CONFIG_HOME/optimove/config.toml;
--config FILE or OPTIMOVE_CONFIG choose another):

    api_key = "..."        # or username = "..." and password = "...", or token = "..."
    server = 5             # or base_url = "https://..."

Values are handed to Optimove(...) and never printed: messages name where a value comes from, not the value.
"""

from __future__ import annotations

import argparse
import stat
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from optimove_client.cli.console import Console
from optimove_client.cli.problems import CliError

ENV_CONFIG = "OPTIMOVE_CONFIG"
_KEYS = frozenset({"api_key", "username", "password", "token", "server", "base_url"})
_SECRETS = frozenset({"api_key", "password", "token"})
_ENV = {
    "api_key": "OPTIMOVE_API_KEY",
    "username": "OPTIMOVE_USERNAME",
    "password": "OPTIMOVE_PASSWORD",
    "token": "OPTIMOVE_TOKEN",
    "server": "OPTIMOVE_SERVER",
    "base_url": "OPTIMOVE_BASE_URL",
}


def default_config_path(environ: Mapping[str, str]) -> Path:
    base = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "optimove" / "config.toml"


def load_config(path: Path, *, explicit: bool, console: Console) -> dict[str, Any]:
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
    if _SECRETS & set(data) and path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        console.error(f"warning: {path} holds credentials and others can read it (chmod 600 {path})")
    return {key: str(value) for key, value in data.items()}


def _given(environ: Mapping[str, str], key: str) -> bool:
    return bool(environ.get(_ENV[key], "").strip())


def client_settings(args: argparse.Namespace, console: Console) -> dict[str, Any]:
    """Keyword arguments of Optimove(...) for the credentials and server chosen."""
    environ = console.environ
    config_path = args.config or environ.get(ENV_CONFIG)
    config = load_config(
        Path(config_path) if config_path else default_config_path(environ),
        explicit=bool(config_path),
        console=console,
    )
    settings: dict[str, Any] = {"environ": environ}
    flags = {key: getattr(args, key) for key in ("api_key", "username", "token") if getattr(args, key)}
    if flags:
        settings.update(flags)
        source = "flags"
    elif any(_given(environ, key) for key in ("api_key", "username", "token")):
        source = "environment"  # Optimove(...) reads the variables itself
    else:
        settings.update({key: config[key] for key in ("api_key", "username", "token") if key in config})
        source = "config"
        if len(settings) == 1:
            raise CliError(
                "no credentials: give --api-key (or --username), set OPTIMOVE_API_KEY (or OPTIMOVE_USERNAME "
                f"and OPTIMOVE_PASSWORD), or put api_key in {config_path or default_config_path(environ)}"
            )
    username = settings.get("username") or (source == "environment" and environ.get(_ENV["username"]))
    if username:
        password = args.password or (None if _given(environ, "password") else config.get("password"))
        if password is None and not _given(environ, "password"):
            password = console.prompt_password(f"Optimove password for {username}: ")
            if not password:
                raise CliError(
                    "no password: give --password, set OPTIMOVE_PASSWORD, or put it in the config file"
                )
        if password is not None:
            settings["password"] = password
    elif args.password:
        raise CliError("--password needs --username")
    if args.server is not None or args.base_url is not None:
        settings.update(server=args.server, base_url=args.base_url)
    elif not (_given(environ, "server") or _given(environ, "base_url")):
        if "server" not in config and "base_url" not in config:
            raise CliError(
                "no server: give --server N (api<N>.optimove.net) or --base-url URL, set OPTIMOVE_SERVER "
                "or OPTIMOVE_BASE_URL, or put server in the config file"
            )
        settings.update(server=config.get("server"), base_url=config.get("base_url"))
    return settings
