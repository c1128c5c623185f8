"""`optimove config`: where the settings of a run would come from, and where its files live.

It reads what a call would read (flags, environment, config file) and prints, one line each: the config
file (and whether it exists), the store, where resume state is kept, which credentials would be used and
from where, the server and the limits. Nothing is sent. A secret is never printed: a credential is named
by where it comes from, a store URL is shown without its password.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from typing import Any

from optimove_client._config import defaults as _defaults
from optimove_client._config.credentials import ApiKey, Login, MissingPasswordError, resolve_credentials
from optimove_client._config.layers import Wording, resolve_base_url, resolve_store, sources
from optimove_client._config.policies import DEFAULT_RATE_LIMITS
from optimove_client._store import urls
from optimove_client.cli.console import Console
from optimove_client.cli.credentials import TUNING, config_path, default_store, load_config
from optimove_client.cli.exit_codes import ExitCode
from optimove_client.errors import ConfigurationError

_KINDS = ("api_key", "username", "password", "token")
_CREDENTIAL_NAMES = {"api_key": "api key", "username": "user name", "password": "password", "token": "token"}
_LIMIT_DEFAULTS = {
    "max_retries": str(_defaults.MAX_RETRIES),
    "timeout": f"{_defaults.READ_TIMEOUT:g} s to read, {_defaults.CONNECT_TIMEOUT:g} s to connect",
    "rate_limit": ",".join(map(str, DEFAULT_RATE_LIMITS)),
}


def show_config(args: argparse.Namespace, console: Console) -> ExitCode:
    environ = console.environ
    path, explicit = config_path(args, environ)
    if explicit:
        where = "--config" if args.config else _defaults.ENV_CONFIG
        state = f"from {where}, " + ("exists" if path.exists() else "does not exist")
    else:
        state = "exists" if path.exists() else "does not exist; it is optional"
    lines = [f"config file: {path} ({state})"]
    full = load_config(path, explicit=explicit, console=console)
    config = {key: value for key, value in full.items() if key not in TUNING}
    wording = Wording(verb="give", flags=True, fallback=str(path))
    lines.append(_store_line(args, environ, config, wording))
    lines.append(
        "resume state: beside each output file, as FILE.optimove-resume (written by `optimove call "
        "--all-pages --output FILE`, read by --resume, removed when the export completes)"
    )
    lines.append(_credentials_line(args, environ, config, wording))
    lines.append(_server_line(args, environ, config, wording))
    lines.extend(_limit_lines(args, full, path))
    console.stdout.write("".join(line + "\n" for line in lines))
    return ExitCode.OK


def _store_line(
    args: argparse.Namespace, environ: Mapping[str, str], config: Mapping[str, str], wording: Wording
) -> str:
    chosen = resolve_store(store=args.store, environ=environ, fallback=config, default="", wording=wording)
    if not chosen:
        return f"store: {urls.parse(default_store()).shown} (the default, in the user cache folder)"
    where = sources(
        ("store",), explicit={"store": args.store}, environ=environ, fallback=config, wording=wording
    )
    return f"store: {urls.parse(chosen).shown} (from {where['store']})"


def _credentials_line(
    args: argparse.Namespace, environ: Mapping[str, str], config: Mapping[str, str], wording: Wording
) -> str:
    explicit = {name: getattr(args, name) for name in _KINDS}
    found = sources(_KINDS, explicit=explicit, environ=environ, fallback=config, wording=wording)
    try:
        credentials = resolve_credentials(**explicit, environ=environ, fallback=config, wording=wording)
    except MissingPasswordError:
        return (
            f"credentials: user name from {found['username']}, no password (a call asks for it on the "
            "terminal)"
        )
    except ConfigurationError as error:  # its message names where a value came from, never the value
        return f"credentials: none usable ({error})"
    if isinstance(credentials, ApiKey):
        used: tuple[str, ...] = ("api_key",)
    elif isinstance(credentials, Login):
        used = ("username", "password")
    else:
        used = ("token",)
    return "; ".join(f"{_CREDENTIAL_NAMES[name]}: from {found[name]}" for name in used)


def _server_line(
    args: argparse.Namespace, environ: Mapping[str, str], config: Mapping[str, str], wording: Wording
) -> str:
    try:
        base_url = resolve_base_url(
            server=args.server, base_url=args.base_url, environ=environ, fallback=config, wording=wording
        )
    except ConfigurationError as error:
        return f"server: none usable ({error})"
    explicit = {"server": args.server, "base_url": args.base_url}
    found = sources(
        ("base_url", "server"), explicit=explicit, environ=environ, fallback=config, wording=wording
    )
    return f"server: {base_url} (from {next(iter(found.values()))})"


def _limit_lines(args: argparse.Namespace, full: Mapping[str, Any], path: object) -> list[str]:
    lines = []
    for key in TUNING:
        flag = getattr(args, key, None)
        if flag is not None:
            shown, where = flag, f"--{key.replace('_', '-')}"
        elif key in full:
            shown, where = full[key], f"{key} in {path}"
        else:
            lines.append(f"{key.replace('_', ' ')}: {_LIMIT_DEFAULTS[key]} (the default)")
            continue
        unit = " s" if key == "timeout" else ""
        lines.append(f"{key.replace('_', ' ')}: {shown}{unit} (from {where})")
    return lines
