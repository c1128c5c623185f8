"""The credentials a client calls with (an API key, a user name and password, or a session token), and
where they come from: arguments, then environment variables, then the CLI's config file."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from optimove_client._auth.headers import API_KEY_HEADER, TOKEN_HEADER
from optimove_client._auth.secret import Secret
from optimove_client._config import defaults as _defaults
from optimove_client._config.layers import ARGUMENT, LIBRARY_WORDING, Layers, Wording, check_environ
from optimove_client._request import input_rules
from optimove_client.errors import ConfigurationError


@dataclasses.dataclass(frozen=True)
class ApiKey:
    """Authenticate every call with the X-API-KEY header (no Login)."""

    key: Secret


@dataclasses.dataclass(frozen=True)
class Login:
    """Log in with a user name and password and send the session token (deprecated by Optimove in 2024)."""

    username: str
    password: Secret


@dataclasses.dataclass(frozen=True)
class Token:
    """Send a session token obtained elsewhere; it cannot be renewed when it expires."""

    token: Secret


Credentials = ApiKey | Login | Token


class MissingPasswordError(ConfigurationError):
    """A user name was given, and no password anywhere (the CLI then asks for it on the terminal)."""

    def __init__(self, message: str, username: str) -> None:
        super().__init__(message)
        self.username = username


_KINDS = ("api_key", "username", "token")  # in the order of precedence within one layer
# The header a credential is sent in; None: in Login's JSON body.
_HEADERS: dict[str, str | None] = {
    "api_key": API_KEY_HEADER,
    "username": None,
    "password": None,
    "token": TOKEN_HEADER,
}


def resolve_credentials(
    *,
    api_key: str | None,
    username: str | None,
    password: str | None,
    token: str | None,
    environ: Mapping[str, object],
    fallback: Mapping[str, str] | None = None,
    wording: Wording = LIBRARY_WORDING,
) -> Credentials:
    """Explicit arguments win over environment variables, which win over the fallback (a config file);
    exactly one kind of credentials must result. The password of a user may come from any layer.

    Every value used is checked (type, length, characters) before anything is sent; a message names the
    setting and where it came from, never the value."""
    explicit: dict[str, object] = {
        "api_key": api_key,
        "username": username,
        "password": password,
        "token": token,
    }
    for name, value in explicit.items():
        if value is None:
            continue
        if not isinstance(value, str):
            where = wording.source(name, ARGUMENT)
            raise ConfigurationError(f"{where} must be a string, not {input_rules.type_name(value)}")
        if not value.strip():
            raise ConfigurationError(f"{name} is empty")
    given = [kind for kind in _KINDS if explicit[kind]]
    if len(given) > 1:
        raise ConfigurationError(f"give one kind of credentials, not {' and '.join(given)}")
    layers = Layers(explicit, check_environ(environ), fallback or {})
    if password is not None and username is None and layers.first("username")[1] is None:
        raise ConfigurationError("password given without username")
    layer, chosen = layers.first_naming(_KINDS)

    def checked(name: str, value: object, where: int = layer) -> str:
        return input_rules.credential(value, wording.source(name, where), _HEADERS[name])

    if chosen.get("api_key"):
        return ApiKey(Secret(checked("api_key", chosen["api_key"])))
    if chosen.get("username"):
        user = checked("username", chosen["username"])
        password_layer, secret = layers.first("password")
        if not secret:
            raise MissingPasswordError(
                f"username given without password: {wording.verb} {wording.name('password')} or set "
                f"{_defaults.ENV_PASSWORD}{wording.or_fallback('password')}",
                user,
            )
        return Login(user, Secret(checked("password", secret, password_layer)))
    if chosen.get("token"):
        return Token(Secret(checked("token", chosen["token"])))
    raise ConfigurationError(
        f"no credentials: {wording.verb} {wording.name('api_key')} (or {wording.name('username')} and "
        f"{wording.name('password')}), or set {_defaults.ENV_API_KEY} (or {_defaults.ENV_USERNAME} and "
        f"{_defaults.ENV_PASSWORD}){wording.or_fallback('api_key')}"
    )
