"""An Airflow connection of type `optimove`, read into the settings of an Optimove client.

The fields, as the connection form names them:

- host: the server number Optimove gave the account (5 for https://api5.optimove.net), `sandbox`, an
  http(s) base URL (a proxy, the mock), or a bare host name (https://HOST, with the port if one is given);
- password alone: the API key; login and password: a user name and its password (Login sessions);
- extra (JSON): `store`, the URL of the store every worker shares (redis://..., sqlite:///...), and the
  client's limits, `timeout` (seconds), `max_retries` and `rate_limit` ("2000/3600,50/10" or "off").

Every field is checked here, before any call, by the rules the client applies to its own arguments; a
bad one is a ConnectionSettingsError naming the connection, the field and the rule, never a secret. The
connection is the client's whole configuration: the worker's OPTIMOVE_* variables are not read. Nothing
here imports Airflow: a connection is anything with the fields of one.
"""

from __future__ import annotations

import dataclasses
import difflib
import json
from collections.abc import Mapping
from typing import Any, Protocol

from optimove_client._assembly import timeout_of
from optimove_client._auth.headers import API_KEY_HEADER
from optimove_client._config.layers import resolve_base_url
from optimove_client._config.policies import RateLimit, RetryPolicy, is_count
from optimove_client._request import input_rules
from optimove_client._store import urls
from optimove_client.cli.identity import Origin
from optimove_client.errors import ConfigurationError

CONN_TYPE = "optimove"
DEFAULT_CONN_ID = "optimove_default"
EXTRAS = ("store", "timeout", "max_retries", "rate_limit")
# How forms of older Airflow releases name the extra fields they add: extra__optimove__store.
_FORM_PREFIX = f"extra__{CONN_TYPE}__"


class AirflowConnection(Protocol):
    """What is read of an Airflow Connection (airflow.sdk.Connection has these)."""

    conn_id: str
    conn_type: str | None
    host: str | None
    login: str | None
    password: str | None
    schema: str | None
    port: int | None
    extra: str | None


class ConnectionSettingsError(ConfigurationError):
    """A field of an Optimove connection breaks a rule; the message names the connection and the field."""


@dataclasses.dataclass(frozen=True, repr=False)
class ConnectionSettings:
    """An Optimove connection, checked: Optimove(**settings.client_arguments()) makes its client."""

    conn_id: str
    base_url: str
    api_key: str | None  # a secret: never shown
    username: str | None
    password: str | None  # a secret: never shown
    store: str | None  # may hold a Redis password: shown redacted
    options: Mapping[str, Any]  # timeout, max_retries, rate_limit, as the client takes them

    def client_arguments(self) -> dict[str, Any]:
        """Optimove(...)'s keyword arguments: the credentials, server, store and limits of the connection,
        and no environment (the connection is the whole configuration)."""
        credentials = (
            {"api_key": self.api_key}
            if self.api_key is not None
            else {"username": self.username, "password": self.password}
        )
        store = {} if self.store is None else {"store": self.store}
        return {**credentials, "base_url": self.base_url, **store, **self.options, "environ": {}}

    def origin(self) -> Origin:
        """The server and account the connection's data comes from (an export's resume state checks it)."""
        return Origin.of(self.base_url, api_key=self.api_key, username=self.username)

    def __repr__(self) -> str:
        kind = "api key" if self.api_key is not None else f"login {self.username!r}"
        store = "" if self.store is None else f", store={urls.redacted(self.store)!r}"
        return f"ConnectionSettings({self.conn_id!r}, base_url={self.base_url!r}, {kind}{store})"


def read_connection(connection: AirflowConnection) -> ConnectionSettings:
    """The settings of an `optimove` connection; ConnectionSettingsError naming the first bad field."""
    conn_id = connection.conn_id or DEFAULT_CONN_ID

    def refuse(problem: str) -> ConnectionSettingsError:
        return ConnectionSettingsError(f"the Optimove connection {conn_id!r}: {problem}")

    kind = connection.conn_type
    if kind and kind.lower() != CONN_TYPE:
        raise refuse(f"conn_type is {kind!r}: OptimoveHook reads connections of type {CONN_TYPE!r}")
    if connection.schema:
        raise refuse("schema is not used by an Optimove connection: put a base URL with its path in host")
    base_url = _base_url(connection.host, connection.port, refuse)
    api_key, username, password = _credentials(connection.login, connection.password, refuse)
    extras = _extras(connection.extra, refuse)
    return ConnectionSettings(
        conn_id=conn_id,
        base_url=base_url,
        api_key=api_key,
        username=username,
        password=password,
        store=extras.pop("store", None),
        options=extras,
    )


class _Refuse(Protocol):
    def __call__(self, problem: str) -> ConnectionSettingsError: ...


def _base_url(host: str | None, port: int | None, refuse: _Refuse) -> str:
    text = (host or "").strip()
    if not text:
        raise refuse(
            "host is empty: give the server number (5 for api5.optimove.net), sandbox, or a base URL"
        )
    server = (text.isascii() and text.isdigit()) or text.lower() == "sandbox"
    if port and (server or "://" in text):
        raise refuse("port goes with a bare host name only: put the port in the base URL of host")
    if not server and "://" not in text:
        text = f"https://{text}" + (f":{port}" if port else "")
    try:
        if server:
            return resolve_base_url(server=text, base_url=None, environ={})
        return resolve_base_url(server=None, base_url=text, environ={})
    except ConfigurationError as error:
        raise refuse(f"host: {error}") from None


def _credentials(
    login: str | None, password: str | None, refuse: _Refuse
) -> tuple[str | None, str | None, str | None]:
    """(api key, user name, password): the password alone is an API key; with a login, a Login."""
    if not password:
        if login:
            raise refuse(f"password is empty: the login {login!r} needs its password")
        raise refuse(
            "password is empty: put the API key in password (or a user name in login and its password in "
            "password)"
        )
    try:
        if not login:
            return input_rules.credential(password, "password (the API key)", API_KEY_HEADER), None, None
        user = input_rules.credential(login, "login (the user name)", None)
        return None, user, input_rules.credential(password, "password", None)
    except ConfigurationError as error:  # it names the field, never the value
        raise refuse(str(error)) from None


def _extras(extra: str | None, refuse: _Refuse) -> dict[str, Any]:
    """The extra fields, each checked as the client's argument of that name is."""
    if not extra or not extra.strip():
        return {}
    try:
        data = json.loads(extra)
    except ValueError:
        raise refuse('extra is not JSON: give an object such as {"store": "redis://cache:6379/0"}') from None
    if not isinstance(data, dict):
        raise refuse(f"extra must be a JSON object, not {input_rules.type_name(data)}")
    found: dict[str, Any] = {}
    for given, value in data.items():
        name = str(given).removeprefix(_FORM_PREFIX)
        if name not in EXTRAS:
            close = difflib.get_close_matches(str(name), EXTRAS, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise refuse(f"extra has an unknown field {name!r}{hint}: the fields are {', '.join(EXTRAS)}")
        if value is None or value == "":
            continue  # a field the connection form left empty
        try:
            found[name] = _EXTRA_READERS[name](value)
        except ConfigurationError as error:
            raise refuse(f"extra {name} {_rule_of(str(error), name)}") from None
    return found


def _rule_of(message: str, name: str) -> str:
    """A client's message about its argument `name`, without the name it starts with."""
    return message.removeprefix(f"{name}: ").removeprefix(f"{name} ")


def _store(value: object) -> str:
    return urls.parse(value).text


def _timeout(value: object) -> float:
    seconds = _number(value, "a number of seconds such as 60")
    timeout_of(seconds)
    return seconds


def _max_retries(value: object) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if not is_count(value):
        raise ConfigurationError(f"must be a whole number >= 0, not {input_rules.brief(value)}")
    RetryPolicy(max_retries=value)  # type: ignore[arg-type]  # is_count: an int
    return value  # type: ignore[return-value]


def _rate_limit(value: object) -> tuple[RateLimit, ...]:
    if not isinstance(value, str):
        raise ConfigurationError(
            f'must be a string such as "2000/3600,50/10" or "off", not {input_rules.type_name(value)}'
        )
    return RateLimit.parse(value, "rate_limit")


def _number(value: object, wanted: str) -> float:
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            raise ConfigurationError(f"must be {wanted}, not {input_rules.brief(value)}") from None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigurationError(f"must be {wanted}, not {input_rules.type_name(value)}")
    return float(value)


_EXTRA_READERS = {
    "store": _store,
    "timeout": _timeout,
    "max_retries": _max_retries,
    "rate_limit": _rate_limit,
}
