"""The `optimove` connection type: what its fields mean, a clear error naming the field for a bad one (never
the secret), the hook's clients, and the provider as Airflow discovers it."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import Any

import pytest
from airflow.sdk import Connection

from optimove_client.airflow import OptimoveHook
from optimove_client.airflow.connection import ConnectionSettingsError, read_connection
from optimove_client.airflow.provider_info import get_provider_info
from optimove_client.testing import DEFAULT_PASSWORD, DEFAULT_USERNAME, MockOptimove

SECRET = "Sx9-very-secret-key"


def _read(uri: str | None = None, **fields: Any) -> Any:
    extra = fields.pop("extra", None)
    connection = (
        Connection.from_uri(uri, conn_id="optimove_test")
        if uri
        else Connection(
            conn_id="optimove_test",
            conn_type="optimove",
            extra=json.dumps(extra) if isinstance(extra, dict) else extra,
            **fields,
        )
    )
    return read_connection(connection)


@pytest.mark.parametrize(
    ("fields", "base_url"),
    [
        ({"host": "5", "password": SECRET}, "https://api5.optimove.net"),
        ({"host": " Sandbox ", "password": SECRET}, "https://sandbox-api.optimove.net"),
        ({"host": "http://127.0.0.1:8080/", "password": SECRET}, "http://127.0.0.1:8080"),
        ({"host": "api7.optimove.net", "port": 8443, "password": SECRET}, "https://api7.optimove.net:8443"),
    ],
)
def test_the_host_is_a_server_number_sandbox_a_base_url_or_a_host_name(
    fields: dict[str, Any], base_url: str
) -> None:
    settings = _read(**fields)
    assert settings.base_url == base_url
    assert settings.client_arguments() == {"api_key": SECRET, "base_url": base_url, "environ": {}}


def test_the_password_alone_is_an_api_key_and_a_login_makes_it_a_user_password() -> None:
    assert _read(host="5", password=SECRET).api_key == SECRET
    login = _read(host="5", login="analyst", password="pass word").client_arguments()
    assert (login["username"], login["password"]) == ("analyst", "pass word")
    assert "api_key" not in login


def test_a_connection_uri_gives_the_same_fields() -> None:
    settings = _read("optimove://:KEY%2F1@5?store=redis%3A%2F%2Fcache%3A6379%2F0&timeout=30")
    assert (settings.base_url, settings.api_key, settings.store) == (
        "https://api5.optimove.net",
        "KEY/1",
        "redis://cache:6379/0",
    )
    assert settings.options == {"timeout": 30.0}


def test_the_extras_are_read_as_the_clients_arguments() -> None:
    settings = _read(
        host="5",
        password=SECRET,
        extra={
            "extra__optimove__store": "memory://",
            "max_retries": "2",
            "rate_limit": "100/60,10/1",
            "timeout": 12,
        },
    )
    assert settings.store == "memory://"
    assert settings.options["max_retries"] == 2
    assert [str(window) for window in settings.options["rate_limit"]] == ["100/60", "10/1"]
    assert settings.options["timeout"] == 12.0


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"host": "", "password": SECRET}, "host is empty: give the server number"),
        ({"host": "bad host", "password": SECRET}, "host: base_url "),
        ({"host": "123456", "password": SECRET}, "host: server must be a number such as 5"),
        ({"host": "ftp://files", "password": SECRET}, "host: base_url must be an http(s) URL with a host"),
        ({"host": "5", "port": 80, "password": SECRET}, "port goes with a bare host name only"),
        ({"host": "5", "schema": "v3", "password": SECRET}, "schema is not used by an Optimove connection"),
        ({"host": "5"}, "password is empty: put the API key in password"),
        ({"host": "5", "login": "analyst"}, "password is empty: the login 'analyst' needs its password"),
        ({"host": "5", "password": SECRET + " x"}, "password (the API key) has a space"),
        ({"host": "5", "login": "ana\nlyst", "password": SECRET}, "login (the user name) has a line break"),
        ({"host": "5", "password": SECRET, "extra": "{not json"}, "extra is not JSON"),
        ({"host": "5", "password": SECRET, "extra": "[1]"}, "extra must be a JSON object, not list"),
        (
            {"host": "5", "password": SECRET, "extra": {"stor": "memory://"}},
            "unknown field 'stor' (did you mean store?)",
        ),
        (
            {"host": "5", "password": SECRET, "extra": {"store": "mysql://x"}},
            "extra store must start with memory://",
        ),
        (
            {"host": "5", "password": SECRET, "extra": {"timeout": "soon"}},
            "extra timeout must be a number of seconds",
        ),
        (
            {"host": "5", "password": SECRET, "extra": {"timeout": 0}},
            "extra timeout must be a positive number",
        ),
        (
            {"host": "5", "password": SECRET, "extra": {"max_retries": -1}},
            "extra max_retries must be a whole number",
        ),
        (
            {"host": "5", "password": SECRET, "extra": {"rate_limit": "5"}},
            "extra rate_limit must be CALLS/SECONDS",
        ),
        ({"host": "5", "password": SECRET, "extra": {"rate_limit": 5}}, "extra rate_limit must be a string"),
    ],
)
def test_a_bad_field_is_refused_naming_the_connection_the_field_and_the_rule(
    fields: dict[str, Any], message: str
) -> None:
    with pytest.raises(ConnectionSettingsError) as refused:
        _read(**fields)
    text = str(refused.value)
    assert text.startswith("the Optimove connection 'optimove_test': ")
    assert message in text
    assert SECRET not in text


def test_a_connection_of_another_type_is_refused() -> None:
    with pytest.raises(
        ConnectionSettingsError, match="conn_type is 'http': OptimoveHook reads connections of type"
    ):
        read_connection(Connection(conn_id="web", conn_type="http", host="5", password=SECRET))


def test_secrets_are_never_shown_by_the_settings() -> None:
    store = "redis://:Rp4-store-password@cache:6379/0"
    settings = _read(host="5", login="analyst", password=SECRET, extra={"store": store})
    assert repr(settings) == (
        "ConnectionSettings('optimove_test', base_url='https://api5.optimove.net', login 'analyst', "
        "store='redis://:***@cache:6379/0')"
    )
    assert SECRET not in str(settings.origin()) and "analyst" not in str(settings.origin())


def test_the_hook_makes_clients_of_the_connection_with_its_store(connection: str, store: str) -> None:
    hook = OptimoveHook()
    with hook.get_conn() as opt:
        assert opt.general.get_last_data_update() == datetime.date(2024, 6, 30)
        assert repr(opt) == f"Optimove(base_url={connection!r}, auth='api key', store={store!r})"
    with OptimoveHook(store="memory://", timeout=5.0).get_conn() as opt:  # the hook's store wins
        assert "store='memory://'" in repr(opt)


def test_the_worker_environment_is_not_read(connection: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPTIMOVE_API_KEY", "another-key")
    monkeypatch.setenv("OPTIMOVE_STORE", "memory://")
    with OptimoveHook().get_conn() as opt:  # the connection's key and store, not the variables'
        assert opt.general.get_last_data_update() == datetime.date(2024, 6, 30)
        assert "store='sqlite:///" in repr(opt)


def test_one_login_serves_every_client_of_a_connection_with_a_store(
    mock: MockOptimove, served: str, store: str, set_connection: Callable[..., None]
) -> None:
    set_connection(host=served, login=DEFAULT_USERNAME, password=DEFAULT_PASSWORD, extra={"store": store})
    for _ in range(3):  # three tasks, three clients: the session is the store's
        with OptimoveHook().get_conn() as opt:
            opt.general.get_last_data_update()
    assert mock.logins.succeeded == 1


def test_the_form_test_button_calls_once_and_says_what_failed(
    mock: MockOptimove, served: str, store: str, set_connection: Callable[..., None]
) -> None:
    set_connection(host=served, password="mock-api-key", extra={"store": store})
    assert OptimoveHook().test_connection() == (True, "connected: Optimove's last data update is 2024-06-30")
    set_connection(host=served, password=SECRET, extra={"store": store, "max_retries": 0})
    ok, message = OptimoveHook().test_connection()
    assert not ok and "401" in message and SECRET not in message


def test_a_bad_connection_fails_when_the_client_is_made(set_connection: Callable[..., None]) -> None:
    set_connection(host="5")
    with pytest.raises(ConnectionSettingsError, match="'optimove_default': password is empty"):
        OptimoveHook().get_conn()


def test_airflow_discovers_the_provider_its_connection_type_and_hook() -> None:
    from airflow.providers_manager import ProvidersManager  # noqa: PLC0415
    from airflow.sdk.providers_manager_runtime import ProvidersManagerTaskRuntime  # noqa: PLC0415

    provider = ProvidersManager().providers["optimove-client"]
    assert provider.data == {**get_provider_info(), "documentation-url": None}
    [connection_type] = provider.data["connection-types"]
    assert connection_type["hook-class-name"] == "optimove_client.airflow.hook.OptimoveHook"
    hook = ProvidersManagerTaskRuntime().hooks["optimove"]
    assert hook is not None
    assert (hook.hook_name, hook.connection_id_attribute_name) == ("Optimove", "optimove_conn_id")


def test_a_store_password_is_masked_in_the_task_log(served: str, set_connection: Callable[..., None]) -> None:
    from airflow.providers.common.compat.sdk import redact  # noqa: PLC0415

    store = "redis://:Rp4-store-password@127.0.0.1:1/0"
    set_connection(host=served, password="mock-api-key", extra={"store": store})
    OptimoveHook().settings()
    assert "Rp4-store-password" not in str(redact(f"the store is {store}"))
