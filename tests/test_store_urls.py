"""Store URLs: every option checked before redis-py sees it, and a password never shown (in the user
information or as ?password=), even one holding '/', '?', '#' or '@' that were not percent-encoded."""

from __future__ import annotations

from typing import Any

import pytest
from redis.connection import parse_url

from optimove_client import ConfigurationError, Optimove, StoreError
from optimove_client._store import urls
from optimove_client.testing import MOCK_BASE_URL, MockOptimove

PASSWORD = "Pw9-store-secret"


def _redis_arguments(connection: str) -> dict[str, Any]:
    """What redis-py makes of the URL the store hands it (its connection class aside)."""
    return {key: value for key, value in parse_url(connection).items() if key != "connection_class"}


@pytest.mark.parametrize(
    ("url", "shown", "arguments"),
    [
        (
            f"redis://cache:6379/0?password={PASSWORD}&socket_timeout=2.5",
            "redis://cache:6379/0?password=***&socket_timeout=2.5",
            {"host": "cache", "port": 6379, "db": 0, "password": PASSWORD, "socket_timeout": 2.5},
        ),
        (
            "redis://:pa/ss-secret-1@cache:6379/0",
            "redis://:***@cache:6379/0",
            {"host": "cache", "port": 6379, "db": 0, "password": "pa/ss-secret-1"},
        ),
        (
            "redis://app:se?cr#et@s3@cache/2",
            "redis://app:***@cache/2",
            {"host": "cache", "db": 2, "username": "app", "password": "se?cr#et@s3"},
        ),
        (
            "rediss://cache:6380/1?ssl_cert_reqs=NONE&socket_keepalive=yes&health_check_interval=30",
            "rediss://cache:6380/1?ssl_cert_reqs=NONE&socket_keepalive=yes&health_check_interval=30",
            {
                "host": "cache",
                "port": 6380,
                "db": 1,
                "ssl_cert_reqs": "none",  # redis-py takes only lower case
                "socket_keepalive": True,
                "health_check_interval": 30,
            },
        ),
    ],
)
def test_a_password_is_read_wherever_it_is_and_never_shown(
    url: str, shown: str, arguments: dict[str, Any]
) -> None:
    parsed = urls.parse(url)
    assert _redis_arguments(parsed.connection) == arguments
    assert parsed.shown == shown
    assert repr(parsed) == f"StoreURL({shown!r})"
    opt = Optimove(api_key="k", server=5, environ={}, store=url)
    assert shown in repr(opt)
    for secret in (PASSWORD, "pa/ss-secret-1", "se?cr#et@s3"):
        assert secret not in repr(opt) + repr(parsed)


def test_an_unreachable_store_with_a_password_option_is_named_without_it() -> None:
    mock = MockOptimove(customers=3)
    url = f"redis://127.0.0.1:1/0?password={PASSWORD}&socket_connect_timeout=1"  # nothing listens on 1
    with (
        Optimove(api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=mock.transport(), store=url) as opt,
        pytest.raises(StoreError) as raised,
    ):
        opt.general.get_last_data_update()
    assert "redis://127.0.0.1:1/0?password=***&socket_connect_timeout=1" in str(raised.value)
    assert PASSWORD not in str(raised.value) + repr(raised.value)
    assert mock.calls.total == 0


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("redis://cache/0?socket_timeout=abc", "socket_timeout must be a number of seconds > 0 and at most "
         "86,400, not 'abc'"),
        ("redis://cache/0?socket_connect_timeout=inf", "socket_connect_timeout must be a number of seconds"),
        ("redis://cache/0?health_check_interval=1.5", "health_check_interval must be a whole number of "
         "seconds from 0 to 86,400, not '1.5'"),
        ("redis://cache?db=x", "db must be a database number (0 or more), not 'x'"),
        ("redis://cache/0?socket_keepalive=off", "socket_keepalive must be true or false (yes/no, 1/0), "
         "not 'off'"),
        ("redis://cache/0?protocol=4", "protocol must be 2 or 3"),
        ("redis://cache/0?colour=red", "unknown option 'colour' (known: client_name, db, "
         "health_check_interval, lock_timeout, max_connections, password, protocol, retry_on_timeout, "
         "socket_connect_timeout, socket_keepalive, socket_timeout, ssl_ca_certs, ssl_cert_reqs, "
         "ssl_certfile, ssl_check_hostname, ssl_keyfile, username)"),
        ("redis://cache/0?ssl_cert_reqs=none", "ssl_cert_reqs is an option of rediss:// (TLS) stores"),
        ("redis://cache/0?db=1", "give the database once: in the path (/DB) or as ?db="),
        ("redis://cache/0?socket_timeout=1&socket_timeout=2", "option 'socket_timeout' is given twice"),
        ("redis://cache/zero", "the path must be /DB, a database number"),
        ("redis://cache:99999/0", "the host must be HOST or HOST:PORT (a port from 1 to 65535)"),
        (f"redis://:{PASSWORD}@cache/0?password={PASSWORD}", "give the password once"),
        (f"redis://:{PASSWORD}%0A@cache/0", "its user name or password has a control character, a line break "
         "or a lone surrogate"),
        (f"redis://u:{PASSWORD}/x@cache/0?client_name=a@b", "cannot tell where its user name and password "
         "end: percent-encode '/', '?', '#' and '@' in a user name or password (%2F %3F %23 %40)"),
        ("redis://:pa/ss-secret-1@cache:6379/0?socket_timeout=x", "socket_timeout must be a number of "
         "seconds > 0 and at most 86,400, not 'x' (percent-encode '/', '?', '#' and '@'"),
        ("redis://:pa:ss-secret-1@cache:port/0", "the host must be HOST or HOST:PORT"),
        ("memory://elsewhere", "a memory store is memory:// (with ?lock_timeout=)"),
        ("sqlite:///s.db?lock_timeout=1e309", "lock_timeout must be a number of seconds > 0"),
        ("sqlite:///s.db?lock_timeout=1&lock_timeout=2", "option 'lock_timeout' is given twice"),
        (f"sqlite://u:{PASSWORD}@host/s.db", "store 'sqlite://u:***@host/s.db': a SQLite store is"),
    ],
)  # fmt: skip
def test_a_store_url_is_checked_before_redis_py_sees_it(url: str, message: str) -> None:
    with pytest.raises(ConfigurationError) as raised:
        Optimove(api_key="k", server=5, environ={}, store=url)
    assert message in str(raised.value)
    assert str(raised.value).count("\n") == 0
    for secret in (PASSWORD, "pa/ss-secret-1", "ss-secret-1"):
        assert secret not in str(raised.value) + repr(raised.value)


def test_every_accepted_redis_url_is_one_redis_py_takes() -> None:
    """Each option redis-py reads by type gets a value of that type (none of its ValueErrors is left), in
    the form it takes (ssl_cert_reqs in lower case), and the password as given."""
    url = (
        "rediss://user:p@ss/1@cache:6380/3?socket_timeout=1.5&socket_connect_timeout=2&socket_keepalive=1"
        "&retry_on_timeout=false&health_check_interval=0&max_connections=20&client_name=optimove"
        "&protocol=3&ssl_cert_reqs=REQUIRED&ssl_check_hostname=TRUE&ssl_ca_certs=/etc/ca.pem&lock_timeout=9"
    )
    parsed = urls.parse(url)
    assert parsed.lock_seconds == 9.0
    arguments = _redis_arguments(parsed.connection)
    assert arguments == {
        "host": "cache",
        "port": 6380,
        "db": 3,
        "username": "user",
        "password": "p@ss/1",
        "socket_timeout": 1.5,
        "socket_connect_timeout": 2.0,
        "socket_keepalive": True,
        "retry_on_timeout": False,
        "health_check_interval": 0,
        "max_connections": 20,
        "client_name": "optimove",
        "protocol": 3,
        "ssl_cert_reqs": "required",
        "ssl_check_hostname": True,
        "ssl_ca_certs": "/etc/ca.pem",
    }
