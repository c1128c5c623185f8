"""Construction: credentials, server and base URL from arguments or environment, conflicts, timeouts, headers,
and context managers that close the connection pool."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from optimove_client import (
    AsyncOptimove,
    ConfigurationError,
    Optimove,
    RateLimit,
    RetryPolicy,
    __version__,
)
from optimove_client._auth.headers import ApiKeyAuth, TokenAuth
from optimove_client._auth.session import AsyncSession, Session
from optimove_client._config.credentials import ApiKey, Login, Token
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
    # Documented precedence: an API key before a login, a login before a token (server and base URL from
    # one layer are refused: tests/test_client_setup_errors.py).
    (
        {
            "OPTIMOVE_API_KEY": "k",
            "OPTIMOVE_USERNAME": "u",
            "OPTIMOVE_BASE_URL": "http://b.test",
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


# -- what each setting may hold: checked when the client is built, never echoing a secret ---------------

SECRET = "Sx9-secret-value"


def _refused(kind: type[Any], **arguments: Any) -> str:
    """The message of the ConfigurationError that building the client raises; nothing was sent."""
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(200, json={}))
    arguments.setdefault("environ", {})
    with pytest.raises(ConfigurationError) as raised:
        client = kind(transport=transport, **arguments)
        client.request("GET", "/current/general/GetLastDataUpdate")  # only when building did not refuse
    assert sent == []
    shown = str(raised.value) + repr(raised.value)
    chain: BaseException | None = raised.value
    while chain is not None:  # nothing below it echoes the value either
        shown += repr(chain)
        chain = chain.__cause__ or chain.__context__
    assert SECRET not in shown and repr(SECRET)[1:-1] not in shown
    return str(raised.value)


@pytest.mark.parametrize("kind", CLIENTS)
@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"api_key": 12345}, "api_key must be a string, not int"),
        ({"token": SECRET.encode()}, "token must be a string, not bytes"),
        ({"api_key": SECRET + "\n"}, "api_key has a line break (character 17): it is sent in the X-API-KEY"),
        ({"token": "é" + SECRET}, "token has a non-ASCII character (character 1): it is sent in the "
         "Authorization-Token header, which takes visible ASCII characters only (! to ~, no spaces)"),
        ({"api_key": SECRET + " x"}, "api_key has a space (character 17)"),
        ({"api_key": SECRET + "\ud800"}, "api_key has a lone surrogate (character 17)"),
        ({"api_key": SECRET * 300}, "api_key is 4,800 characters long: at most 4,096 are taken"),
        ({"username": "u", "password": SECRET + "\x00"}, "password has a NUL character (character 17): it "
         "may hold any character but control characters, line breaks and lone surrogates"),
        ({"username": "u\ud800", "password": SECRET}, "username has a lone surrogate (character 2)"),
        ({"username": "u", "password": SECRET + "\x1b[0m"}, "password has a control character"),
        ({"environ": {"OPTIMOVE_API_KEY": SECRET + "\r\nX: 1"}}, "the environment variable OPTIMOVE_API_KEY "
         "has a line break (character 17)"),
        ({"environ": {"OPTIMOVE_TOKEN": 5}}, "the environment variable OPTIMOVE_TOKEN must be a string"),
        ({"environ": {"OPTIMOVE_USERNAME": "u", "OPTIMOVE_PASSWORD": "\u2028" + SECRET + "\u2028x"}},
         "the environment variable OPTIMOVE_PASSWORD has a line break (character 17)"),
    ],
)  # fmt: skip
def test_a_credential_that_cannot_be_sent_is_refused_naming_where_it_came_from(
    kind: type[Any], arguments: dict[str, Any], message: str
) -> None:
    arguments.setdefault("base_url", MOCK_BASE_URL)
    assert message in _refused(kind, **arguments)


@pytest.mark.parametrize("kind", CLIENTS)
def test_a_password_may_hold_any_character_but_control_ones(kind: type[Any]) -> None:
    """Login's body is JSON in UTF-8: spaces, accents, emoji and other scripts are all sent as given; a
    control character is not."""
    password = " pässwörd 密码 🔑 "
    assert "password has a control character (character 3)" in _refused(
        kind, username="u", password=password.replace("ä", "\x07"), base_url=MOCK_BASE_URL
    )
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json="token-1" if request.url.path.endswith("/login") else {"ok": 1})

    client = _build(kind, username="ユーザー", password=password, base_url=MOCK_BASE_URL,
                    transport=httpx.MockTransport(answer))  # fmt: skip
    result = client.request("GET", "/current/general/GetLastDataUpdate")
    if kind is AsyncOptimove:
        result = run(lambda: result)
    assert result == {"ok": 1}
    assert json.loads(sent[0].content) == {"UserName": "ユーザー", "Password": password}


@pytest.mark.parametrize("kind", CLIENTS)
@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"base_url": 8080}, "base_url must be a string, not int"),
        ({"base_url": "https://x.test/" + "a" * 2040}, "base_url is 2,055 characters long: at most 2,048"),
        ({"base_url": "https://x.test\r\nHost: evil"}, "base_url must be an http(s) URL without whitespace, "
         "control characters, line breaks or lone surrogates: it has a line break (character 15)"),
        ({"base_url": "https://\ud800.test"}, "it has a lone surrogate (character 9)"),
        ({"base_url": "https://x.test:99999"}, "base_url must be an http(s) URL with a host, such as "
         "https://api5.optimove.net, not 'https://x.test:99999'"),
        ({"base_url": "https://[::1"}, "base_url must be an http(s) URL with a host"),
        ({"base_url": f"https://user:{SECRET}@x.test"}, "base_url must not hold a user name or password "
         "('https://user:***@x.test')"),
        ({"base_url": f"https://{SECRET}@x.test"}, "('https://***@x.test')"),
        ({"base_url": "https://x.test/v3?key=1"}, "base_url takes no ?query or #fragment"),
        ({"environ": {"OPTIMOVE_BASE_URL": "https://x.test/\x00"}}, "the environment variable "
         "OPTIMOVE_BASE_URL must be an http(s) URL without whitespace"),
        ({"server": "\u00b2"}, "server must be a number such as 5 (api5.optimove.net) or 'sandbox', not '²'"),
        ({"server": 10**5000}, "server must be a number such as 5 (api5.optimove.net) or 'sandbox', "
         "not a number too long to show"),
        ({"server": 12345}, "not 12345"),
        ({"server": True}, "not bool"),
        ({"server": 5.0}, "not float"),
        ({"environ": {"OPTIMOVE_SERVER": "x" * 5000}}, "the environment variable OPTIMOVE_SERVER must be a "
         "number"),
    ],
)  # fmt: skip
def test_a_server_or_base_url_that_cannot_be_used_is_refused_in_words(
    kind: type[Any], arguments: dict[str, Any], message: str
) -> None:
    message_shown = _refused(kind, api_key=SECRET, **arguments)
    assert message in message_shown
    assert len(message_shown) < 300  # a short excerpt at most, never the whole value


@pytest.mark.parametrize("kind", CLIENTS)
@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"environ": ["OPTIMOVE_API_KEY"]}, "environ must be a mapping such as os.environ, not list"),
        ({"clock": 5}, "clock must have monotonic(), wall(), sleep() and asleep(), as a Clock does; not int"),
        ({"retry": {"max_retries": 2}}, "retry must be a RetryPolicy, not dict"),
        ({"attribute_mismatch": "ignore"}, "attribute_mismatch must be 'raise' or 'keep', not 'ignore'"),
        ({"store": 5}, "store must be a string such as 'sqlite:///store.sqlite', not int"),
        ({"store": "sqlite:///a\x00b"}, "store must be a URL without control characters"),
        ({"timeout": float("inf")}, "timeout must be at most 86,400 seconds (a day; httpx.Timeout(None) for "
         "none), not inf"),
        ({"timeout": httpx.Timeout(5, read=1e12)}, "timeout: read must be at most 86,400 seconds"),
        ({"timeout": 10**5000}, "not a number too long to show"),
        ({"transport": "http"}, "transport must be an httpx."),
    ],
)  # fmt: skip
def test_settings_of_the_wrong_type_are_refused_naming_them(
    kind: type[Any], arguments: dict[str, Any], message: str
) -> None:
    with pytest.raises(ConfigurationError) as raised:
        _build(kind, api_key="k", server=5, **arguments)
    assert message in str(raised.value)


def test_a_transport_for_the_other_client_is_refused() -> None:
    with pytest.raises(ConfigurationError, match=r"transport must be an httpx.AsyncBaseTransport"):
        _build(AsyncOptimove, api_key="k", server=5, transport=httpx.HTTPTransport())
    with pytest.raises(ConfigurationError, match=r"transport must be an httpx.BaseTransport"):
        _build(Optimove, api_key="k", server=5, transport=httpx.AsyncHTTPTransport())


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"calls": 5, "period": float("inf")}, "a rate limit needs calls >= 1 and period > 0 (whole "
         "calls up to 1,000,000,000, a period of at most 31,622,400 seconds: a year), not 5/inf"),
        ({"calls": 10**12, "period": 1.0}, "not 1000000000000/1.0"),
        ({"calls": 5, "period": "10"}, "not 5/'10'"),
    ],
)  # fmt: skip
def test_a_rate_limit_is_a_number_the_store_can_keep(arguments: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError) as raised:
        RateLimit(**arguments)
    assert message in str(raised.value)
    with pytest.raises(ConfigurationError, match="jitter must be a number in"):
        RetryPolicy(jitter="0.1")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="initial_backoff must be at most 86,400 seconds"):
        RetryPolicy(initial_backoff=1e300, max_backoff=1e301)
