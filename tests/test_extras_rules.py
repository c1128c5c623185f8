"""Per-call extras and opt.request's arguments that cannot be sent: a ValidationError naming the argument and
the rule, before anything is sent, and never showing a header's value (it may be a secret)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from optimove_client import Optimove, ValidationError
from optimove_client.testing import MOCK_BASE_URL
from tests.recorder import Recorder

VALUE = "Vx7-header-value"
Call = Callable[[Optimove], Any]


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()  # refuses what a real connection would (h11), and answers everything else


@pytest.fixture
def opt(recorder: Recorder) -> Iterator[Optimove]:
    with Optimove(
        api_key="k-1", base_url=MOCK_BASE_URL, transport=recorder.transport, environ={}, rate_limit=()
    ) as client:
        yield client


def _last_update(**extras: Any) -> Call:
    return lambda opt: opt.general.get_last_data_update(**extras)


def _request(*arguments: Any, **keywords: Any) -> Call:
    return lambda opt: opt.request(*arguments, **keywords)


PATH = "/current/general/GetLastDataUpdate"


@pytest.mark.parametrize(
    ("call", "parameter", "rule"),
    [
        (_last_update(extra_headers={"X-Note": VALUE + "é"}), "extra_headers['X-Note']",
         "must be a str on one line: has a non-ASCII character (character 17): a header value is visible "
         "ASCII characters, spaces and tabs, on one line"),
        (_last_update(extra_headers={"X-Note": VALUE + "\x00"}), "extra_headers['X-Note']",
         "has a NUL character (character 17)"),
        (_last_update(extra_headers={"X-Note": VALUE * 300}), "extra_headers['X-Note']",
         "is 4,800 characters long: at most 4,096 are taken"),
        (_last_update(extra_headers={"X-Note": 5}), "extra_headers['X-Note']", "must be a string, not int"),
        (_last_update(extra_headers={"X(Note)": VALUE}), "extra_headers",
         "has a name that cannot be sent: the header name 'X'… has the character '(': a header name is "
         "letters, digits and !#$%&'*+-.^_`|~"),
        (_last_update(extra_headers={"Ünicode": VALUE}), "extra_headers",
         "a header name starts with a non-ASCII character"),
        (_last_update(extra_headers="X-Note: 1"), "extra_headers", "must be a mapping (a dict), not str"),
        (_last_update(extra_query={"Note": "a\ud800"}), "extra_query['Note']",
         "has a lone surrogate (character 2): a query value takes no control characters, line breaks or "
         "lone surrogates"),
        (_last_update(extra_query={"Note": ["ok", "a\nb"]}), "extra_query['Note']", "has a line break"),
        (_last_update(extra_query={"Big": 10**5000}), "extra_query['Big']",
         "is a whole number beyond 64 bits"),
        (_last_update(extra_query=[("Note", "x")]), "extra_query", "must be a mapping (a dict), not list"),
        (_request("GET", "/current/x\ud800"), "path", "has a lone surrogate (character 11): a path takes no "
         "control characters, line breaks or lone surrogates"),
        (_request("GET", "/" + "x" * 2048), "path", "is 2,049 characters long: at most 2,048 are taken"),
        (_request(["GET"], PATH), "method", "must be one of DELETE, GET, PATCH, POST, PUT, not ['GET']"),
        (_request("GET", PATH, params="a=1"), "params", "must be a mapping (a dict), not str"),
        (_request("GET", PATH, headers=[("X-Note", VALUE)]), "headers",
         "must be a mapping (a dict), not list"),
        (_request("GET", PATH, headers={"X-Note": VALUE + "\r\nX-Injected: 1"}), "extra_headers['X-Note']",
         "has a line break"),
        (_request("POST", "/current/x/New", json={"Ratio": float("nan")}), "json",
         "must be JSON: Out of range float values are not JSON compliant"),
        (_request("POST", "/current/x/New", json={"Note": "\udcff"}), "json",
         "must be JSON: it holds a lone surrogate, which UTF-8 cannot encode"),
    ],
)  # fmt: skip
def test_an_extra_that_cannot_be_sent_is_refused_before_any_request(
    opt: Optimove, recorder: Recorder, call: Call, parameter: str, rule: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        call(opt)
    assert raised.value.parameter == parameter
    assert rule in raised.value.rule
    assert VALUE not in str(raised.value) + repr(raised.value)
    assert "X-Injected" not in str(raised.value)
    assert recorder.sent == []


def test_the_spaces_around_a_header_value_are_dropped_as_http_does(opt: Optimove, recorder: Recorder) -> None:
    """h11 refuses a value that starts or ends with a space or a tab; HTTP drops them anyway (RFC 9110)."""
    opt.general.get_last_data_update(extra_headers={"X-Note": " \tfirst  second\t "})
    opt.request("GET", PATH, headers={"X-Note": " v "})
    first, second = recorder.sent
    assert first.headers["X-Note"] == "first  second"
    assert second.headers["X-Note"] == "v"


def test_a_lone_surrogate_in_a_functions_own_argument_is_refused_before_sending(
    opt: Optimove, recorder: Recorder
) -> None:
    """The spec's schemas take any string; UTF-8 cannot encode half a UTF-16 pair (httpx would raise a
    UnicodeEncodeError quoting the text around it)."""
    with pytest.raises(ValidationError, match="lone surrogate") as raised:
        opt.promotions.add_promotions(items=[{"PromoCode": "A\ud800", "PromotionName": "Welcome"}])
    assert raised.value.operation == "AddPromotions" and raised.value.__suppress_context__  # not shown
    assert recorder.sent == []
