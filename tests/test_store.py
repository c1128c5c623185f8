"""The store's contract, the same for memory://, sqlite:/// and a real redis://: budget windows, the pause,
the session's generations and compare-and-delete, the session lock, and errors that never show a secret."""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from optimove_client import AsyncOptimove, ConfigurationError, Optimove, StoreError
from optimove_client._auth.secret import Secret
from optimove_client._store import Store, account_key, open_store, urls
from optimove_client._store.base import NO_SESSION, Window
from optimove_client.testing import MOCK_BASE_URL, ManualClock, MockOptimove

OpenStore = Callable[..., Store]


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(start=1_000.0)


@pytest.fixture
def open_account(backend: str, clock: ManualClock) -> Iterator[OpenStore]:
    opened: list[Store] = []

    def open_one(account: str = "account-a", url: str = backend) -> Store:
        store = open_store(urls.parse(url), account, clock)
        opened.append(store)
        return store

    yield open_one
    for store in opened:
        store.close()


def test_every_window_is_enforced_and_the_wait_is_the_oldest_calls_exit(
    open_account: OpenStore, clock: ManualClock
) -> None:
    store = open_account()
    windows = (Window(3, 10_000), Window(5, 60_000))
    assert [store.take_slot("general", windows).wait for _ in range(3)] == [0, 0, 0]
    assert store.take_slot("general", windows).wait == pytest.approx(10.001)  # the 3-in-10 s window is full
    clock.advance(10.001)
    assert [store.take_slot("general", windows).wait for _ in range(2)] == [0, 0]
    # Now 5 calls in the last 60 s: the long window says when its oldest call leaves.
    assert store.take_slot("general", windows).wait == pytest.approx(60.001 - 10.001)
    assert store.take_slot("transactional", (Window(2, 1_000),)).wait == 0  # a scope of its own


def test_a_refused_slot_is_not_counted(open_account: OpenStore, clock: ManualClock) -> None:
    store = open_account()
    windows = (Window(1, 1_000),)
    assert store.take_slot("general", windows).wait == 0
    for _ in range(5):
        assert store.take_slot("general", windows).wait > 0
    clock.advance(1.001)
    assert store.take_slot("general", windows).wait == 0


def test_a_slot_moved_to_when_its_call_was_answered_counts_from_there(
    open_account: OpenStore, clock: ManualClock
) -> None:
    """A call answered late may have been counted late by the server: its slot is moved to the answer, and
    every client of the account (another store object here) counts it from there."""
    store, other = open_account(), open_account()
    assert store.now() == pytest.approx(other.now(), abs=0.01)  # (Redis: both read the server's clock now)
    windows = (Window(2, 1_000),)
    late, on_time = store.take_slot("general", windows), store.take_slot("general", windows)
    assert (late.wait, on_time.wait) == (0, 0) and late.name != on_time.name
    clock.advance(0.8)
    store.restamp("general", windows, late.name, late.stamp, store.now())
    clock.advance(0.201)  # the on-time slot has left the window, the late one has not
    assert other.take_slot("general", windows).wait == 0  # one slot left, taken
    assert other.take_slot("general", windows).wait == pytest.approx(
        0.8, abs=0.002
    )  # until the late one leaves
    clock.advance(0.801)
    assert other.take_slot("general", windows).wait == 0


def test_accounts_have_budgets_of_their_own(open_account: OpenStore) -> None:
    windows = (Window(1, 60_000),)
    assert open_account("account-a").take_slot("general", windows).wait == 0
    assert open_account("account-b").take_slot("general", windows).wait == 0
    assert open_account("account-a").take_slot("general", windows).wait > 0  # another client of account a


def test_the_pause_keeps_the_latest_end_and_is_shared(open_account: OpenStore) -> None:
    store, other_client, other_account = open_account(), open_account(), open_account("account-b")
    now = store.now()
    windows = (Window(100, 60_000),)
    assert store.paused_until() < now
    assert store.take_slot("general", windows).paused_until < now
    store.pause_until(now + 5)
    store.pause_until(now + 3)  # an earlier end does not shorten the pause
    assert other_client.paused_until() == pytest.approx(now + 5)
    assert other_client.take_slot("general", windows).paused_until == pytest.approx(now + 5)  # one step
    assert other_account.paused_until() < now


def test_a_session_has_generations_and_a_slow_writer_cannot_overwrite_a_newer_token(
    open_account: OpenStore, clock: ManualClock, backend: str
) -> None:
    store = open_account()
    assert store.session() == NO_SESSION
    first = store.save_session(Secret("token-1"), store.now(), 0)
    assert first.token == Secret("token-1") and first.generation == 1
    late = store.save_session(Secret("token-late"), store.now(), 0)  # saw generation 0: too late
    assert late.token == Secret("token-1") and late.generation == 1
    store.drop_token(0)  # not the token that failed: nothing happens
    assert store.session().token == Secret("token-1")
    clock.advance(5)
    store.touch(1, store.now())
    assert store.session().last_used == pytest.approx(store.now())
    store.touch(1, store.now() - 3)  # an older use never moves the last use back
    assert store.session().last_used == pytest.approx(store.now())
    store.drop_token(1)  # compare and delete: it is the one that failed
    dropped = store.session()
    assert dropped.token is None and dropped.generation == 1
    assert dropped.answered_at == pytest.approx(first.answered_at)  # Logins are still spaced from it
    second = store.save_session(Secret("token-2"), store.now(), 1)
    assert second.token == Secret("token-2") and second.generation == 2
    if not backend.startswith("memory"):  # memory://: the session belongs to each client
        assert open_account().session().token == Secret("token-2")


def test_the_session_lock_has_one_holder_and_frees_itself(
    open_account: OpenStore, clock: ManualClock, backend: str
) -> None:
    store, other = open_account(), open_account()
    assert store.try_lock("holder-a", 0.3)
    assert not other.try_lock("holder-b", 0.3) or backend.startswith("memory")
    assert not store.try_lock("holder-b", 0.3)
    store.unlock("holder-b")  # not the holder: nothing happens
    assert not store.try_lock("holder-c", 0.3)
    store.unlock("holder-a")
    assert store.try_lock("holder-b", 0.3)
    # A holder that never unlocks (it died) loses the lock after its time.
    if backend.startswith("redis"):  # Redis expires keys on its own clock
        started = time.monotonic()
        while not store.try_lock("holder-d", 0.3):
            assert time.monotonic() - started < 5, "the lock never freed itself"
            time.sleep(0.01)  # polling Redis until the key expires
        assert time.monotonic() - started >= 0.2
    else:
        clock.advance(0.2)
        assert not store.try_lock("holder-d", 0.3)
        clock.advance(0.11)
        assert store.try_lock("holder-d", 0.3)


def test_keys_are_derived_never_the_secret() -> None:
    one = account_key(MOCK_BASE_URL, "key:" + Secret("secret-key-1").fingerprint())
    two = account_key(MOCK_BASE_URL, "key:" + Secret("secret-key-2").fingerprint())
    elsewhere = account_key("https://api5.optimove.net", "key:" + Secret("secret-key-1").fingerprint())
    assert len({one, two, elsewhere}) == 3
    assert "secret" not in one + two + elsewhere


@pytest.mark.parametrize("kind", ["sqlite", "redis"])
def test_a_shared_store_holds_no_secret_in_its_keys_and_no_key_or_password_at_all(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    api_key, password = "api-key-7c1d9e", "password-5b2a8f"
    mock = MockOptimove(customers=5, api_keys=frozenset({api_key}), users=(("someone", password),))
    url = f"sqlite:///{tmp_path / 's.sqlite'}" if kind == "sqlite" else request.getfixturevalue("fresh_redis")
    for credentials in ({"api_key": api_key}, {"username": "someone", "password": password}):
        with Optimove(
            **credentials, base_url=MOCK_BASE_URL, transport=mock.transport(), store=url, environ={}
        ) as opt:
            opt.general.get_last_data_update()
    if kind == "sqlite":
        data = b"".join(path.read_bytes() for path in tmp_path.glob("s.sqlite*"))  # the file, its WAL
        names = [
            row[0] for row in sqlite3.connect(tmp_path / "s.sqlite").execute("SELECT name FROM sqlite_master")
        ]
        assert not any(api_key in name or password in name for name in names)
    else:
        import redis  # noqa: PLC0415

        client = redis.Redis.from_url(url)
        keys = [key.decode() for key in client.keys("*")]
        data = b"".join(key.encode() + repr(client.dump(key)).encode() for key in keys)
        (session_key,) = [key for key in keys if key.endswith(":session")]
        token = client.hget(session_key, "token")
        assert token and not any(token.decode() in key for key in keys)  # the token is a value, not a key
    assert api_key.encode() not in data and password.encode() not in data


def test_an_unreachable_store_is_an_error_at_the_first_call_naming_it_without_its_password() -> None:
    url = "redis://:redis-secret-31@127.0.0.1:1/0"  # nothing listens on port 1
    mock = MockOptimove(customers=3)
    opt = Optimove(api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=mock.transport(), store=url)
    assert "redis-secret-31" not in repr(opt)  # constructing it connects nothing
    with pytest.raises(StoreError) as raised:
        opt.general.get_last_data_update()
    assert "redis://:***@127.0.0.1:1/0" in str(raised.value)
    assert "redis-secret-31" not in str(raised.value) + repr(raised.value)
    assert mock.calls.total == 0
    opt.close()


def test_a_store_file_that_cannot_be_created_is_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    mock = MockOptimove(customers=3)
    url = f"sqlite:///{blocker / 'store.sqlite'}"  # its folder would have to be a file
    with (
        Optimove(api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=mock.transport(), store=url) as opt,
        pytest.raises(StoreError, match="cannot be used"),
    ):
        opt.general.get_last_data_update()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://host/x", "must start with memory://, sqlite:///, redis:// or rediss://"),
        ("sqlite://relative.db", "sqlite:///relative/path or sqlite:////absolute/path"),
        ("sqlite:///", "sqlite:///relative/path"),
        ("memory://?lock_timeout=0", "lock_timeout must be a number of seconds > 0"),
        ("sqlite:///x.db?color=red", "unknown option 'color'"),
        ("redis://:pass-word-9@host:6379/0?lock_timeout=x", "lock_timeout"),
    ],
)
def test_store_urls_are_checked_before_anything_runs(url: str, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message) as raised:
        Optimove(api_key="k", server=5, store=url, environ={})
    assert "pass-word-9" not in str(raised.value)


def test_store_urls_keep_their_options_apart_from_the_drivers() -> None:
    parsed = urls.parse("redis://:pw@cache:6380/2?lock_timeout=4&socket_keepalive=true")
    assert parsed.lock_seconds == 4.0
    assert parsed.connection == "redis://:pw@cache:6380/2?socket_keepalive=true"
    assert parsed.shown == "redis://:***@cache:6380/2?lock_timeout=4&socket_keepalive=true"
    assert urls.parse("sqlite:////abs/s.db").path == Path("/abs/s.db")
    assert urls.parse("sqlite:///rel/s.db").path == Path("rel/s.db")


def test_the_store_comes_from_the_argument_then_the_environment(tmp_path: Path) -> None:
    from_env = Optimove(api_key="k", server=5, environ={"OPTIMOVE_STORE": f"sqlite:///{tmp_path}/e.db"})
    assert from_env._settings.store_url.path == tmp_path / "e.db"
    given = Optimove(
        api_key="k", server=5, store="memory://", environ={"OPTIMOVE_STORE": f"sqlite:///{tmp_path}/e.db"}
    )
    assert given._settings.store_url.scheme == "memory"


def test_without_a_store_every_client_keeps_the_account_in_the_user_cache_file(
    private_cache_folder: Path,
) -> None:
    """Consecutive scripts and the command line share one session and one budget without store=: the
    default is one SQLite file of the user cache folder, for every way of authenticating."""
    wanted = private_cache_folder / "optimove-client" / "store.sqlite"
    for credentials in ({"api_key": "k"}, {"username": "u", "password": "p"}, {"token": "t"}):
        for kind in (Optimove, AsyncOptimove):
            url = kind(**credentials, server=5, environ={})._settings.store_url  # type: ignore[arg-type]
            assert (url.scheme, url.path) == ("sqlite", wanted)
    assert oct(wanted.parent.stat().st_mode & 0o777) == oct(0o700)


def test_where_the_cache_folder_cannot_be_written_the_client_says_so_once_and_keeps_the_account_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A read-only container or a serverless function: no file can be made in the cache folder (here its
    parent is a file; as root, modes would not stop a write). The client works in memory, and one WARNING
    names the folder and store=."""
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked / "cache"))
    with caplog.at_level(logging.WARNING, logger="optimove_client"):
        first = Optimove(api_key="k", server=5, environ={})
        second = Optimove(username="u", password="p", server=5, environ={})
    assert first._settings.store_url.scheme == second._settings.store_url.scheme == "memory"
    (warning,) = [record.getMessage() for record in caplog.records]
    assert str(blocked / "cache" / "optimove-client") in warning and "store=" in warning
