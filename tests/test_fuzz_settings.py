"""Every public setting and per-call extra, fuzzed with arbitrary values: text of any character (line breaks,
NUL, lone surrogates, non-ASCII), very long text, bytes, numbers, None and the wrong types.

Whatever is given, building a client and making one call ends in success or an OptimoveError: never another
exception, and an error is raised before anything is sent (the transport answers everything, so only a
ConfigurationError or a ValidationError can happen). No message, repr or traceback of an error (its
__cause__ and __context__ included) shows a secret that was given. The transport checks each request as a
real connection would (h11), so a value httpx would only refuse on the wire fails the test too.
"""

from __future__ import annotations

import asyncio
import re
import traceback
import urllib.parse
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from optimove_client import (
    AsyncOptimove,
    ConfigurationError,
    Optimove,
    OptimoveError,
    RateLimit,
    ValidationError,
)
from optimove_client.testing import MOCK_BASE_URL
from tests.recorder import Recorder

FUZZ = settings(max_examples=120, deadline=None, derandomize=True, database=None)
# Shorter values turn up in any message by chance (and say little of a secret).
SECRET_MIN_LENGTH = 8

TRICKY = [
    "",
    " ",
    "k\n",
    "line\r\nbreak",
    "nul\x00byte",
    "tab\tin",
    "\x7fdel",
    "\x85nel",
    "\u2028sep",
    "\ud800",
    "lone\udcffsurrogate",
    "caf\u00e9",
    "\u0661\u0662",  # Arabic-Indic digits: isdigit(), not ASCII
    "\u00b2",  # isdigit(), refused by int()
    "a b",
    "https://user:pass-Secret-9@h.test/",
    "http://h.test:99999",
    "http://[::1",
    "http://\u00e9.test/?q=1#f",
    "//h.test",
    "redis://:pa/ss-Secret-9@host:6379/0",
    "redis://host/0?socket_timeout=abc",
    "redis://host/0?password=q-Secret-9&db=x",
    "redis://host:0/0",
    "redis://[::1]:6379/99999999999999999999",
    "rediss://host/0?ssl_cert_reqs=maybe",
    "sqlite:///",
    "sqlite:///\x00",
    "memory://?lock_timeout=inf",
    "memory://?lock_timeout=1&lock_timeout=2",
]
ANY_CHARACTER = st.characters(exclude_categories=())  # surrogates included
TEXT = st.one_of(
    st.sampled_from(TRICKY),
    st.sampled_from([2049, 4097]).map(lambda length: "x" * length),  # past the caps of a URL, a credential
    st.text(ANY_CHARACTER, max_size=30),
    st.text(st.characters(min_codepoint=0, max_codepoint=0x7F), max_size=30),
)
ANYTHING = st.one_of(
    st.none(),
    TEXT,
    st.binary(max_size=12),
    st.integers(),
    st.sampled_from([-1, 0, 2**64]),
    st.just(4400).map(lambda digits: 10**digits),  # too long for str(): a ValueError of its own
    st.floats(),
    st.booleans(),
    st.lists(st.integers(), max_size=2),
)
# Valid values: the settings not fuzzed in an example keep one of them.
GOOD: dict[str, st.SearchStrategy[Any]] = {
    "server": st.sampled_from([5, "5", "sandbox"]),
    "base_url": st.sampled_from([MOCK_BASE_URL, "http://127.0.0.1:8080/v3/"]),
    "store": st.sampled_from([None, "memory://", "memory://?lock_timeout=5"]),
    "timeout": st.sampled_from([None, 30, 2.5, httpx.Timeout(5)]),
    "max_retries": st.sampled_from([None, 0, 3]),
    "rate_limit": st.sampled_from([None, (), RateLimit(100, 1.0)]),
    "attribute_mismatch": st.sampled_from(["raise", "keep"]),
    "environ": st.just({}),
}
SECRETS = ("api_key", "username", "password", "token")
SECRET_VARIABLES = ("OPTIMOVE_API_KEY", "OPTIMOVE_PASSWORD", "OPTIMOVE_TOKEN")
VARIABLES = (*SECRET_VARIABLES, "OPTIMOVE_USERNAME", "OPTIMOVE_SERVER", "OPTIMOVE_BASE_URL", "OPTIMOVE_STORE")
# What a credential may be: visible ASCII for a header, any text for a password (both are taken).
CREDENTIAL = st.one_of(
    st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=40),
    st.text(ANY_CHARACTER, min_size=1, max_size=30),
    TEXT,
    ANYTHING,
)


def _wild(name: str) -> st.SearchStrategy[Any]:
    """Arbitrary values of a setting, and some near the valid ones."""
    near: dict[str, st.SearchStrategy[Any]] = {
        "server": st.one_of(st.integers(-5, 20_000), st.text("0123456789 ", max_size=6)),
        "base_url": st.builds("{}://{}".format, st.sampled_from(["http", "https", "ftp"]), TEXT),
        "store": st.one_of(
            _store_url(),
            st.builds("{}{}".format, st.sampled_from(["sqlite:///", "memory://", "redis://"]), TEXT),
        ),
        "timeout": st.builds(httpx.Timeout, st.floats()),
        "max_retries": st.integers(-3, 10**6),
        # built in the test: RateLimit(...) refuses its own arguments
        "rate_limit": st.tuples(st.integers(), st.floats()).map(Later),
        "environ": st.dictionaries(st.sampled_from(VARIABLES), st.one_of(CREDENTIAL, ANYTHING), max_size=3),
    }
    return st.one_of(near.get(name, TEXT), TEXT, ANYTHING)


def _store_url() -> st.SearchStrategy[str]:
    """A Redis URL whose password (and an option) are arbitrary text."""
    return st.builds(
        lambda password, option, value: f"redis://user:{password}@cache:6379/0?{option}={value}",
        TEXT,
        st.sampled_from(["socket_timeout", "db", "password", "client_name", "ssl_cert_reqs", "x"]),
        TEXT,
    )


class Later:
    """RateLimit(calls, period), to be built where its error is caught."""

    def __init__(self, arguments: tuple[int, float]) -> None:
        self.arguments = arguments

    def __repr__(self) -> str:
        return f"RateLimit{self.arguments}"

    def build(self) -> RateLimit:
        return RateLimit(*self.arguments)


def _secrets(given: list[object], public: list[object]) -> list[str]:
    """The secrets given, in every form a message could show them in; a value also given as something that
    may be shown (a user name, a URL, a header's name: hypothesis likes to repeat itself) is left out."""
    forms: set[str] = set()
    for value in given:
        if isinstance(value, str):
            quoted = urllib.parse.quote(value, safe="", errors="replace")
            forms.update(
                form
                for form in (value, value.strip(), repr(value)[1:-1], quoted)
                if len(form.strip()) >= SECRET_MIN_LENGTH
            )
    shown = [f"{value!r}{value}" for value in public if isinstance(value, str | bytes)]
    return [form for form in forms if not any(form in text for text in shown)]


def _visible(error: BaseException) -> str:
    """Everything an error shows: its message, repr and traceback, and those of its causes."""
    texts = []
    seen: BaseException | None = error
    while seen is not None:
        texts += [str(seen), repr(seen), "".join(traceback.format_exception(seen))]
        seen = seen.__cause__ or seen.__context__
    return "\n".join(texts)


def _check_failure(error: BaseException, recorder: Recorder, secrets: list[str]) -> None:
    event(f"refused: {type(error).__name__}")
    assert isinstance(error, OptimoveError), f"not an OptimoveError: {error!r}"
    # The transport answers everything: any error is one raised before the network.
    assert isinstance(error, ConfigurationError | ValidationError), repr(error)
    assert recorder.sent == [], "an error, yet a request was sent"
    visible = _visible(error)
    for secret in secrets:
        assert secret not in visible, f"a secret is shown: {visible}"


@pytest.fixture(autouse=True)
def _no_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for variable in ("API_KEY", "USERNAME", "PASSWORD", "TOKEN", "SERVER", "BASE_URL", "STORE"):
        monkeypatch.delenv(f"OPTIMOVE_{variable}", raising=False)
    yield


def _build_and_call(kind: type[Any], recorder: Recorder, arguments: dict[str, Any], call: Any) -> str:
    """Build a client on the recorder and make `call` (opt -> result); a store other than memory:// is only
    built, never opened (it would create files or connect). Returns the client's repr."""
    if isinstance(arguments.get("rate_limit"), Later):
        arguments = {**arguments, "rate_limit": arguments["rate_limit"].build()}
    opt = kind(transport=recorder.transport, **arguments)
    if kind is Optimove:
        with opt:
            if opt._settings.store_url.scheme == "memory":
                call(opt)
    else:

        async def scenario() -> None:
            async with opt:
                if opt._settings.store_url.scheme == "memory":
                    await call(opt)

        asyncio.run(scenario())
    return repr(opt)


def _request(opt: Any) -> Any:
    return opt.request("GET", "/current/general/GetLastDataUpdate")


CREDENTIALS = st.sampled_from([("api_key",), ("token",), ("username", "password")])
# Contradictions, and none at all (then the environment gives them, or nothing does).
ODD_CREDENTIALS = st.sampled_from([("api_key", "token"), ("password",), ("username",), ()])
FUZZED = ("credentials", *GOOD)


@pytest.mark.reliability
@pytest.mark.parametrize("kind", [Optimove, AsyncOptimove])
@FUZZ
@given(data=st.data())
def test_any_setting_builds_a_client_or_is_refused_before_sending(
    kind: type[Any], data: st.DataObject
) -> None:
    """Any value of any setting: a client, or an OptimoveError before sending that shows no secret.

    One or two settings are arbitrary, the others valid: credentials, server, base_url, store,
    timeout, max_retries, rate_limit, attribute_mismatch, environ."""
    fuzzed = data.draw(st.sets(st.sampled_from(FUZZED), min_size=1, max_size=2), label="fuzzed")
    credentials = "credentials" in fuzzed
    names = data.draw(st.one_of(CREDENTIALS, ODD_CREDENTIALS) if credentials else CREDENTIALS)
    arguments: dict[str, Any] = {
        name: data.draw(CREDENTIAL if credentials else st.just(f"good-{name}-123"), label=name)
        for name in names
    }
    host = data.draw(st.sampled_from(["server", "base_url"]), label="server or base_url")
    for name, good in GOOD.items():
        if name not in ("server", "base_url") or name == host:
            arguments[name] = data.draw(_wild(name) if name in fuzzed else good, label=name)
    environ = arguments["environ"]
    variables = environ if isinstance(environ, dict) else {}
    urls = [arguments.get("base_url"), arguments["store"], *(variables.get(name) for name in URL_VARIABLES)]
    given_secrets = [arguments.get(name) for name in SECRETS]
    given_secrets += [variables.get(name) for name in SECRET_VARIABLES]
    given_secrets += [secret for url in urls for secret in _url_secrets(url)]
    public = [value for name, value in arguments.items() if name not in (*SECRETS, "base_url", "store")]
    public += [value for name, value in variables.items() if name not in (*SECRET_VARIABLES, *URL_VARIABLES)]
    public += [_shown_part(url) for url in urls]
    secrets = _secrets(given_secrets, public)
    recorder = Recorder()
    try:
        shown = _build_and_call(kind, recorder, arguments, _request)
    except Exception as error:  # what was raised is the subject of the test
        _check_failure(error, recorder, secrets)
    else:
        event(f"built, {len(recorder.sent)} requests sent")
        assert not [secret for secret in secrets if secret in shown]


URL_VARIABLES = ("OPTIMOVE_BASE_URL", "OPTIMOVE_STORE")


def _url_secrets(url: object) -> list[str]:
    """The password of a URL's user information (all before its last '@', as a password may hold '@', '/',
    '?' or '#'), and of a ?password= option."""
    if not isinstance(url, str):
        return []
    rest = url.partition("://")[2]
    found = [rest[: rest.rfind("@")].partition(":")[2]] if "@" in rest else []
    return found + re.findall(r"password=([^&]*)", url)


def _shown_part(url: object) -> object:
    """What of a URL a message may show: all after its user information, without a password option."""
    if not isinstance(url, str):
        return url
    return re.sub(r"password=[^&]*", "password=", url[url.rfind("@") + 1 :])


KEYS = st.one_of(TEXT, st.none(), st.integers(), st.binary(max_size=4), st.floats())
TOKEN = st.text(st.sampled_from("!#$%&'*+-.^_`|~0123456789AZaz"), min_size=1, max_size=12)
HEADER_VALUE = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=30)
HEADERS = st.dictionaries(
    st.one_of(TOKEN.map("X-{}".format), TOKEN, KEYS),
    st.one_of(HEADER_VALUE, HEADER_VALUE, TEXT, ANYTHING),
    max_size=2,
)
QUERY = st.dictionaries(
    st.one_of(st.just("Trace"), KEYS),
    st.one_of(st.just("on"), TEXT, ANYTHING, st.lists(st.one_of(TEXT, st.integers()), max_size=2)),
    max_size=2,
)
GOOD_HEADERS = st.sampled_from([None, {"X-Trace": "t-1"}])
GOOD_QUERY = st.sampled_from([None, {"Trace": "on"}])


@pytest.mark.reliability
@pytest.mark.parametrize("kind", [Optimove, AsyncOptimove])
@FUZZ
@given(data=st.data())
def test_any_extra_is_sent_or_refused_before_sending(kind: type[Any], data: st.DataObject) -> None:
    """Any extra header, query or raw path: sent, or a ValidationError before sending, no secret shown.

    extra_headers= and extra_query= of a function, and opt.request's path, params and headers."""
    raw = data.draw(st.booleans(), label="opt.request")
    fuzzed = data.draw(st.sampled_from(["headers", "query", "path"] if raw else ["headers", "query"]))
    headers = data.draw(
        st.one_of(HEADERS, ANYTHING) if fuzzed == "headers" else GOOD_HEADERS, label="headers"
    )
    query = data.draw(st.one_of(QUERY, ANYTHING) if fuzzed == "query" else GOOD_QUERY, label="query")
    path = data.draw(
        TEXT if fuzzed == "path" else st.just("/current/general/GetLastDataUpdate"), label="path"
    )

    def call(opt: Any) -> Any:
        if raw:
            return opt.request("GET", path, params=query, headers=headers)
        return opt.general.get_last_data_update(extra_headers=headers, extra_query=query)

    api_key = "good-api-key-123"
    public: list[object] = [path]
    for mapping in (headers, query):
        if isinstance(mapping, dict):
            public += [*mapping, *(mapping.values() if mapping is query else ())]
    secrets = _secrets([api_key, *(headers.values() if isinstance(headers, dict) else ())], public)
    arguments = {
        "api_key": api_key, "base_url": MOCK_BASE_URL, "environ": {}, "rate_limit": (), "store": "memory://"
    }  # fmt: skip
    recorder = Recorder()
    try:
        _build_and_call(kind, recorder, arguments, call)
    except Exception as error:  # what was raised is the subject of the test
        _check_failure(error, recorder, secrets)
    else:
        event("sent")
        assert len(recorder.sent) == 1
