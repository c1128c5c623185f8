"""Construction: credentials, server and base URL from arguments or environment, conflicts, timeouts, headers,
and context managers that close the connection pool."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from optimove_client import AsyncOptimove, ConfigurationError, Optimove, RetryPolicy, __version__
from optimove_client._auth import ApiKeyAuth, TokenAuth
from optimove_client._config import ApiKey, Login, Token
from optimove_client._session_auth import AsyncSession, Session
from optimove_client.testing import MOCK_BASE_URL, ManualClock, MockOptimove
from tests.client_helpers import AsyncSpy, Spy, run

CLIENTS = [Optimove, AsyncOptimove]


def _build(kind: type[Any], **kwargs: Any) -> Any:
    kwargs.setdefault("environ", {})
    return kind(**kwargs)


@pytest.mark.parametrize("kind", CLIENTS)
@pytest.mark.parametrize(
    ("arguments", "credentials", "auth"),
    [
        ({"api_key": "k1"}, ApiKey, ApiKeyAuth),
        ({"username": "u", "password": "p"}, Login, Session),
        ({"token": "t1"}, Token, TokenAuth),
    ],
)
def test_each_kind_of_credentials(
    kind: type[Any], arguments: dict[str, str], credentials: type, auth: type
) -> None:
    client = _build(kind, server=5, **arguments)
    assert type(client._settings.credentials) is credentials
    if auth is Session:  # the call loop signs with the session's token and sends its Logins
        assert client._http.auth is None
        assert type(client._parts.session) is (AsyncSession if kind is AsyncOptimove else Session)
    else:
        assert type(client._http.auth) is auth
        assert client._parts.session is None


@pytest.mark.parametrize("kind", CLIENTS)
@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ({"server": 5}, "https://api5.optimove.net"),
        ({"server": "12"}, "https://api12.optimove.net"),
        ({"server": "sandbox"}, "https://sandbox-api.optimove.net"),
        ({"base_url": "http://127.0.0.1:8080/"}, "http://127.0.0.1:8080"),
        ({"base_url": MOCK_BASE_URL}, MOCK_BASE_URL),
    ],
)
def test_server_and_base_url(kind: type[Any], where: dict[str, Any], expected: str) -> None:
    client = _build(kind, api_key="k", **where)
    assert client.base_url == expected
    assert str(client._http.base_url).rstrip("/") == expected


ENVIRONMENTS: list[tuple[dict[str, str], type, str]] = [
    ({"OPTIMOVE_API_KEY": "k", "OPTIMOVE_SERVER": "5"}, ApiKey, "https://api5.optimove.net"),
    (
        {"OPTIMOVE_USERNAME": "u", "OPTIMOVE_PASSWORD": "p", "OPTIMOVE_BASE_URL": "http://h.test"},
        Login,
        "http://h.test",
    ),
    ({"OPTIMOVE_TOKEN": "t", "OPTIMOVE_SERVER": "sandbox"}, Token, "https://sandbox-api.optimove.net"),
    # Documented precedence: an API key before a login, a login before a token, base_url before server.
    (
        {
            "OPTIMOVE_API_KEY": "k",
            "OPTIMOVE_USERNAME": "u",
            "OPTIMOVE_BASE_URL": "http://b.test",
            "OPTIMOVE_SERVER": "5",
        },
        ApiKey,
        "http://b.test",
    ),
]  # fmt: skip


@pytest.mark.parametrize("kind", CLIENTS)
@pytest.mark.parametrize(("environ", "credentials", "base_url"), ENVIRONMENTS)
def test_environment_variables(
    kind: type[Any], environ: dict[str, str], credentials: type, base_url: str
) -> None:
    client = _build(kind, environ=environ)
    assert type(client._settings.credentials) is credentials
    assert client.base_url == base_url


def test_arguments_win_over_the_environment() -> None:
    environ = {"OPTIMOVE_API_KEY": "from-env", "OPTIMOVE_SERVER": "5"}
    client = _build(Optimove, environ=environ, username="u", password="p", server=7)
    assert isinstance(client._settings.credentials, Login)
    assert client.base_url == "https://api7.optimove.net"
    with_password_from_env = _build(Optimove, environ={"OPTIMOVE_PASSWORD": "p"}, username="u", server=1)
    assert with_password_from_env._settings.credentials.password.reveal() == "p"


@pytest.mark.parametrize("kind", CLIENTS)
@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"api_key": "k", "token": "t", "server": 5}, "one kind of credentials, not api_key and token"),
        ({"api_key": "k", "username": "u", "password": "p", "server": 5}, "not api_key and username"),
        ({"password": "p", "server": 5}, "password given without username"),
        ({"username": "u", "server": 5}, "username given without password"),
        ({"server": 5}, "no credentials: pass api_key="),
        ({"api_key": "k"}, "no server: pass server=5"),
        ({"api_key": "k", "server": 5, "base_url": "https://x.test"}, "server or base_url, not both"),
        ({"api_key": "k", "server": "api5"}, "server must be a number"),
        ({"api_key": "k", "server": -1}, "server must be a number"),
        ({"api_key": "k", "base_url": "ftp://x.test"}, "base_url must be an http(s) URL"),
        ({"api_key": "k", "base_url": "not a url"}, "base_url must be an http(s) URL"),
    ],
)
def test_conflicts_and_missing_values(kind: type[Any], arguments: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError) as raised:
        _build(kind, **arguments)
    assert message in str(raised.value)


def test_retry_settings_are_checked() -> None:
    with pytest.raises(ConfigurationError, match="max_retries"):
        RetryPolicy(max_retries=-1)
    with pytest.raises(ConfigurationError, match="jitter"):
        RetryPolicy(jitter=1.5)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"max_backoff": -1}, "max_backoff must be a number of seconds >= 0, not -1"),
        ({"initial_backoff": -0.5}, "initial_backoff must be a number of seconds >= 0, not -0.5"),
        ({"max_retry_after": float("nan")}, "max_retry_after must be a number of seconds >= 0, not nan"),
        ({"initial_backoff": "1"}, "initial_backoff must be a number of seconds >= 0, not '1'"),
        ({"initial_backoff": 5, "max_backoff": 1}, "max_backoff (1) must be >= initial_backoff (5)"),
        ({"max_retries": 2.5}, "max_retries"),
    ],
)
def test_every_retry_setting_is_checked(arguments: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError) as raised:
        RetryPolicy(**arguments)
    assert message in str(raised.value)
    RetryPolicy(initial_backoff=0, max_backoff=0, max_retry_after=0)  # no waiting at all is a valid policy


@pytest.mark.parametrize(
    ("timeout", "message"),
    [
        (0, "timeout must be a positive number of seconds, not 0"),
        (-1, "timeout must be a positive number of seconds, not -1"),
        (float("nan"), "timeout must be a positive number of seconds, not nan"),
        ("30", "timeout must be a number of seconds or an httpx.Timeout, not str"),
        (httpx.Timeout(5, read=0), "timeout: read must be a positive number of seconds, not 0"),
        (httpx.Timeout(5, connect=-2), "timeout: connect must be a positive number of seconds, not -2"),
    ],
)
@pytest.mark.parametrize("kind", [Optimove, AsyncOptimove])
def test_a_timeout_that_cannot_be_meant_is_refused_when_the_client_is_built(
    kind: type[Any], timeout: Any, message: str
) -> None:
    with pytest.raises(ConfigurationError) as raised:
        _build(kind, api_key="k", server=5, timeout=timeout)
    assert message in str(raised.value)
    client = _build(kind, api_key="k", server=5)
    with pytest.raises(ConfigurationError) as raised:
        client.with_options(timeout=timeout)
    assert message in str(raised.value)
    with pytest.raises(ConfigurationError, match="max_retries must be a whole number >= 0, not -1"):
        client.with_options(max_retries=-1)
    # no timeout at all (httpx's None) stays possible, for a part or the whole
    assert _build(kind, api_key="k", server=5, timeout=httpx.Timeout(None))._http.timeout == httpx.Timeout(
        None
    )


def test_timeouts_are_always_set_and_configurable() -> None:
    default = _build(Optimove, api_key="k", server=5)
    timeout = default._http.timeout
    assert None not in (timeout.connect, timeout.read, timeout.write, timeout.pool)
    assert timeout.read is not None and timeout.read >= 60
    assert _build(Optimove, api_key="k", server=5, timeout=12.5)._http.timeout == httpx.Timeout(12.5)
    custom = httpx.Timeout(5, read=600)
    assert _build(AsyncOptimove, api_key="k", server=5, timeout=custom)._http.timeout == custom


def test_every_request_carries_its_timeout_headers_and_version() -> None:
    mock = MockOptimove(customers=5)
    spy = Spy(mock.transport())
    with Optimove(api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=spy, environ={}) as opt:
        opt.general.get_last_data_update()
        opt.with_options(timeout=900).general.get_last_data_update()
    first, second = spy.requests
    assert first.extensions["timeout"]["read"] == 300 and first.extensions["timeout"]["connect"] == 10
    assert second.extensions["timeout"] == {"connect": 900, "read": 900, "write": 900, "pool": 900}
    for request in spy.requests:
        assert request.headers["Accept"] == "application/json"
        assert request.headers["User-Agent"].startswith(f"optimove-client/{__version__} ")


def test_the_context_manager_closes_the_pool() -> None:
    mock = MockOptimove(customers=5)
    spy = Spy(mock.transport())
    with Optimove(api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=spy, environ={}) as opt:
        opt.general.get_last_data_update()
        assert not spy.closed
    assert spy.closed and opt._http.is_closed


def test_the_async_context_manager_closes_the_pool() -> None:
    mock = MockOptimove(customers=5)
    spy = AsyncSpy(mock.async_transport())

    async def scenario() -> AsyncOptimove:
        async with AsyncOptimove(
            api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=spy, environ={}
        ) as opt:
            await opt.general.get_last_data_update()
            assert not spy.closed
        return opt

    opt = run(scenario)
    assert spy.closed and opt._http.is_closed


def test_the_clock_is_injected_everywhere() -> None:
    clock = ManualClock()
    client = _build(Optimove, username="u", password="p", server=5, clock=clock)
    assert client._parts.session._core.clock is clock
    assert client._parts.budget._clock is clock
    assert client._parts.store._clock is clock
    assert client._runner._loop.clock is clock
