"""Where a client's settings come from (arguments, then environment variables, then the CLI's config file,
the first found winning) and how they are named in messages; the server and the store."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping

import httpx

from optimove_client._config import defaults as _defaults
from optimove_client._request import input_rules
from optimove_client.errors import ConfigurationError


@dataclasses.dataclass(frozen=True)
class Wording:
    """How errors tell the user to give a setting: a keyword argument, or a command-line flag."""

    verb: str = "pass"
    flags: bool = False
    # The lowest layer of settings (the CLI's config file), named in hints; None when there is none.
    fallback: str | None = None

    def name(self, setting: str, value: str | None = None) -> str:
        """How to give a setting: api_key=... or --api-key (with an example value when one helps)."""
        if self.flags:
            flag = f"--{setting.replace('_', '-')}"
            return flag if value is None else f"{flag} {value}"
        return f"{setting}={'...' if value is None else value}"

    def or_fallback(self, setting: str) -> str:
        return f", or put {setting} in {self.fallback}" if self.fallback else ""

    def source(self, setting: str, layer: int) -> str:
        """Where a setting's value came from, for messages: its argument (or flag), its environment
        variable, or the config file."""
        if layer == ENVIRONMENT:
            return f"the environment variable {_defaults.ENVIRONMENT[setting]}"
        if layer == FALLBACK and self.fallback:
            return f"{setting} in {self.fallback}"
        return f"--{setting.replace('_', '-')}" if self.flags else setting


LIBRARY_WORDING = Wording()


# The layers of settings, in the order in which they win.
ARGUMENT, ENVIRONMENT, FALLBACK = range(3)


class Layers:
    """Settings from explicit arguments, then the environment, then a fallback (first found wins)."""

    def __init__(
        self, explicit: Mapping[str, object], environ: Mapping[str, object], fallback: Mapping[str, object]
    ) -> None:
        self._layers: list[Mapping[str, object]] = [
            explicit,
            {name: _variable(environ, variable) for name, variable in _defaults.ENVIRONMENT.items()},
            {name: str(value).strip() or None for name, value in fallback.items()},
        ]

    def first_naming(self, names: tuple[str, ...]) -> tuple[int, Mapping[str, object]]:
        """The first layer that gives any of these settings, and which it is ((-1, {}) when none does)."""
        return next(
            ((index, layer) for index, layer in enumerate(self._layers) if any(layer.get(n) for n in names)),
            (-1, {}),
        )

    def first(self, name: str) -> tuple[int, object]:
        """The first value of a setting and its layer ((-1, None) when no layer gives it)."""
        return next(
            ((index, value) for index, layer in enumerate(self._layers) if (value := layer.get(name))),
            (-1, None),
        )


def sources(
    names: tuple[str, ...],
    *,
    explicit: Mapping[str, object],
    environ: Mapping[str, object],
    fallback: Mapping[str, str] | None = None,
    wording: Wording = LIBRARY_WORDING,
) -> dict[str, str]:
    """Where each of these settings would be taken from (its argument or flag, its environment variable, or
    the config file), for those that some layer gives, the highest layer first: what `optimove config`
    reports instead of values."""
    layers = Layers(explicit, check_environ(environ), fallback or {})
    found = sorted((layers.first(name)[0], index, name) for index, name in enumerate(names))
    return {name: wording.source(name, layer) for layer, _, name in found if layer >= 0}


def _variable(environ: Mapping[str, object], variable: str) -> str | None:
    value = environ.get(variable)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ConfigurationError(
            f"the environment variable {variable} must be a string, not {input_rules.type_name(value)}"
        )
    return value.strip() or None


def check_environ(environ: object) -> Mapping[str, object]:
    """environ= as given: a mapping of variable names to values, such as os.environ."""
    if not isinstance(environ, Mapping):
        raise ConfigurationError(
            f"environ must be a mapping such as os.environ, not {input_rules.type_name(environ)}"
        )
    return environ


# Optimove's servers are api1, api2, ... : four digits leave room and keep the host name sane.
_SERVER_DIGITS = 4


def _server_argument(server: object, wording: Wording) -> str | None:
    """server= as text, or a ConfigurationError for a type or number that cannot be a server."""
    if server is None or isinstance(server, str):
        return server
    rule = "must be a number such as 5 (api5.optimove.net) or 'sandbox'"
    where = wording.source("server", ARGUMENT)
    if isinstance(server, bool) or not isinstance(server, int):
        raise ConfigurationError(f"{where} {rule}, not {input_rules.type_name(server)}")
    if not 0 <= server < 10**_SERVER_DIGITS:
        raise ConfigurationError(f"{where} {rule}, not {input_rules.brief(server)}")
    return str(server)


def resolve_base_url(
    *,
    server: int | str | None,
    base_url: str | None,
    environ: Mapping[str, object],
    fallback: Mapping[str, str] | None = None,
    wording: Wording = LIBRARY_WORDING,
) -> str:
    """Arguments win over OPTIMOVE_BASE_URL and OPTIMOVE_SERVER, which win over the fallback; server and
    base_url from one layer are refused (neither could win without surprising someone)."""
    if server is not None and base_url is not None:
        raise ConfigurationError("give server or base_url, not both")
    explicit = {"server": _server_argument(server, wording), "base_url": base_url}
    layer, chosen = Layers(explicit, check_environ(environ), fallback or {}).first_naming(
        ("server", "base_url")
    )
    if chosen.get("base_url") and chosen.get("server"):
        raise ConfigurationError(_both_servers(layer, wording))
    if chosen.get("base_url"):
        return _checked_base_url(chosen["base_url"], wording.source("base_url", layer))
    if not chosen.get("server"):
        raise ConfigurationError(
            f"no server: {wording.verb} {wording.name('server', '5')} (for https://api5.optimove.net), "
            f"{wording.name('server', repr('sandbox'))} or {wording.name('base_url')}, "
            f"or set {_defaults.ENV_SERVER} or {_defaults.ENV_BASE_URL}{wording.or_fallback('server')}"
        )
    given = chosen["server"]
    where = wording.source("server", layer)
    if not isinstance(given, str):
        raise ConfigurationError(f"{where} must be a string, not {input_rules.type_name(given)}")
    text = given.strip().lower()
    if text == "sandbox":
        return _defaults.SANDBOX_URL
    # isdigit() alone takes '²' and other digits int() refuses, and the length keeps the host name short.
    if not (text.isascii() and text.isdigit() and len(text) <= _SERVER_DIGITS):
        raise ConfigurationError(
            f"{where} must be a number such as 5 (api5.optimove.net) or 'sandbox', "
            f"not {input_rules.brief(given)}"
        )
    return _defaults.SERVER_URL_TEMPLATE.format(server=int(text))


def _both_servers(layer: int, wording: Wording) -> str:
    """Server and base URL from one layer: neither can win (across layers, the higher one does)."""
    if layer == ENVIRONMENT:
        return (
            f"{_defaults.ENV_SERVER} and {_defaults.ENV_BASE_URL} are both set; set one "
            f"({_defaults.ENV_BASE_URL} for any host, {_defaults.ENV_SERVER} for api<N>.optimove.net)"
        )
    return f"config file {wording.fallback}: server and base_url are both set; set one"


def _checked_base_url(value: object, where: str) -> str:
    """An http(s) URL with a host, no user information, query or fragment; or a ConfigurationError that
    shows a short excerpt of it at most (without any password)."""
    text = input_rules.url_text(value, where, limit=input_rules.URL_MAX_LENGTH)
    shown = input_rules.url_excerpt(text)
    try:
        url: httpx.URL | None = httpx.URL(text)
    except (httpx.InvalidURL, ValueError):  # its message may quote the URL: not shown
        url = None
    # httpx takes any port number, and a socket then fails at the first call.
    if url is not None and url.port is not None and not 1 <= url.port <= 65535:
        url = None
    if url is None or url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(
            f"{where} must be an http(s) URL with a host, such as https://api5.optimove.net, not {shown}"
        )
    if url.userinfo:
        raise ConfigurationError(
            f"{where} must not hold a user name or password ({shown}): the client authenticates with "
            "api_key, username and password, or token"
        )
    if url.query or url.fragment:
        raise ConfigurationError(f"{where} takes no ?query or #fragment: {shown}")
    return str(url).rstrip("/")


def resolve_store(
    *,
    store: str | None,
    environ: Mapping[str, object],
    fallback: Mapping[str, str] | None = None,
    default: str,
    wording: Wording = LIBRARY_WORDING,
) -> str:
    """The store URL: the argument, else OPTIMOVE_STORE, else the fallback's (a config file), else default.

    Its text is checked here, where it is known where it came from; its form by _store.urls.parse."""
    if store is not None:
        if not isinstance(store, str):
            where = wording.source("store", ARGUMENT)
            raise ConfigurationError(
                f"{where} must be a string such as 'sqlite:///store.sqlite', not "
                f"{input_rules.type_name(store)}"
            )
        if not store.strip():
            raise ConfigurationError("store is empty")
    layer, chosen = Layers({"store": store}, check_environ(environ), fallback or {}).first("store")
    if chosen is None:
        return default
    return input_rules.url_text(
        chosen, wording.source("store", layer), limit=input_rules.STORE_MAX_LENGTH, spaces=True
    )


def environment() -> Mapping[str, str]:
    return os.environ
