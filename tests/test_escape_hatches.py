"""What the spec does not know of is still sendable: extra_query=, extra_body=, extra_headers= on every
call, and opt.request(...) for any call, through the same authentication, budget, retries and errors.
Nothing the spec knows is silently overridden, and the credentials never go to another host."""

from __future__ import annotations

import datetime
import json
from typing import Any

import httpx
import pytest
from optimove_generated.operation import Operation, Result
from optimove_generated.protocols import Extras

from optimove_client import APIConnectionError, Optimove, RateLimit, ServerError, ValidationError
from optimove_client._request.extras import with_extras
from optimove_client._request.prepared_call import PreparedCall
from optimove_client.testing import MOCK_BASE_URL, ManualClock, MockOptimove
from tests.client_helpers import AsyncSpy, Spy, async_client, run, sync_client

DAY = datetime.date(2024, 6, 30)


@pytest.fixture
def spy(mock: MockOptimove) -> Spy:
    return Spy(mock.transport())


@pytest.fixture
def opt(mock: MockOptimove, clock: ManualClock, spy: Spy) -> Optimove:
    return sync_client(mock, clock, transport=spy)


def test_extra_query_and_headers_reach_the_wire_beside_the_known_parameters(opt: Optimove, spy: Spy) -> None:
    opt.actions.get_action_name(
        action_id=12, extra_query={"Language": "fr"}, extra_headers={"X-Trace": "t-1"}
    )
    (request,) = spy.requests
    assert dict(request.url.params) == {"ActionID": "12", "Language": "fr"}
    assert request.headers["X-Trace"] == "t-1" and request.headers["Accept"] == "application/json"


def test_every_page_of_a_pull_carries_the_extras(opt: Optimove, spy: Spy) -> None:
    rows = list(
        opt.customers.get_customers_by_action.iter(
            recipient_group_id=1, action_id=1, date=DAY, page_size=4, extra_query={"Trace": "on"}
        )
    )
    assert len(rows) == 10 and len(spy.requests) == 3  # pages of 4, 4 and 2
    assert all(request.url.params["Trace"] == "on" for request in spy.requests)


def test_extra_body_is_merged_into_the_object_sent(opt: Optimove, spy: Spy) -> None:
    opt.transactional_mail.send_transactional_mail(
        template_id=3,
        recipients=[{"Email": "a@example.com"}],  # type: ignore[list-item]
        extra_body={"Category": "receipts", "Tags": ["a", "b"]},
    )
    (request,) = spy.requests
    body = json.loads(request.content)
    assert body["TemplateID"] == 3 and body["Recipients"] == [{"Email": "a@example.com"}]
    assert (body["Category"], body["Tags"]) == ("receipts", ["a", "b"])


@pytest.mark.parametrize(
    ("arguments", "where", "rule"),
    [
        (
            {"extra_query": {"actionid": 5}},
            "extra_query['actionid']",
            "is the parameter ActionID of this function: pass it as action_id=",
        ),
        (
            {"extra_headers": {"x-api-key": "other"}},
            "extra_headers['x-api-key']",
            "is a header the client sets itself",
        ),
        (
            {"extra_headers": {"Accept": "text/html"}},
            "extra_headers['Accept']",
            "is a header the client sets itself",
        ),
        (
            {"extra_headers": {"X-Trace": "a\r\nX-Injected: 1"}},
            "extra_headers['X-Trace']",
            "must be a str on one line",
        ),
        ({"extra_headers": {"Bad Name": "x"}}, "extra_headers", "has a name that cannot be sent"),
        ({"extra_query": {"When": object()}}, "extra_query['When']", "must be a str, int, float or bool"),
        ({"extra_body": {"Note": "x"}}, "extra_body", "cannot be sent: a GET call has no body"),
    ],
)
def test_a_clash_or_a_bad_extra_is_refused_before_any_request(
    opt: Optimove, spy: Spy, arguments: dict[str, Any], where: str, rule: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        opt.actions.get_action_name(action_id=12, **arguments)
    assert (raised.value.parameter, raised.value.operation) == (where, "GetActionName")
    assert rule in raised.value.rule
    assert "X-Injected" not in str(raised.value) and "other" not in str(raised.value)  # values never shown
    assert spy.requests == []


@pytest.mark.parametrize(
    ("call", "rule"),
    [
        (
            lambda opt: opt.transactional_mail.send_transactional_mail(
                template_id=3, recipients=[{"Email": "a@example.com"}], extra_body={"templateid": 4}
            ),
            "is the body field TemplateID of this function: pass it as template_id=",
        ),
        (
            lambda opt: opt.promotions.add_promotions(
                items=[{"PromoCode": "A", "PromotionName": "a"}], extra_body={"Note": "x"}
            ),
            "this function's body is a JSON array",
        ),
        (
            lambda opt: opt.transactional_mail.send_transactional_mail(
                template_id=3,
                recipients=[{"Email": "a@example.com"}],
                extra_body={"When": datetime.date(2024, 1, 1)},
            ),
            "must be JSON",
        ),
    ],
    ids=["known-field", "array-body", "not-json"],
)
def test_extra_body_refusals(opt: Optimove, spy: Spy, call: Any, rule: str) -> None:
    with pytest.raises(ValidationError, match=rule):
        call(opt)
    assert spy.requests == []


def test_extra_body_is_the_whole_body_of_a_post_the_spec_gives_no_body() -> None:
    operation = Operation(
        operation_id="NewFunction", category="", name="new_function", summary="", method="POST",
        path="/current/x/NewFunction", builder="", parameters=(), body=None, result=Result(kind="none"),
    )  # fmt: skip
    call = PreparedCall(operation, "POST", operation.path, {}, None, False, False, None, ",")
    sent = with_extras(call, Extras(body={"Name": "n", "Html": "<p>"}))
    assert (sent.has_body, sent.body) == (True, {"Name": "n", "Html": "<p>"})


def test_request_sends_any_call_and_decodes_its_json(opt: Optimove, spy: Spy, mock: MockOptimove) -> None:
    assert opt.request("GET", "/current/general/GetLastDataUpdate") == {"Date": "2024-06-30"}
    assert opt.request("get", "current/actions/GetActionName", params={"ActionID": 1}) is not None
    answer = opt.request(
        "POST", "/current/integrations/AddPromotions", json=[{"PromoCode": "A", "PromotionName": "a"}]
    )
    assert answer is None  # an empty acknowledgement
    assert [r.method for r in spy.requests] == ["GET", "GET", "POST"]
    assert all(r.headers["x-api-key"] == mock.api_key for r in spy.requests)
    assert json.loads(spy.requests[2].content) == [{"PromoCode": "A", "PromotionName": "a"}]
    assert mock.calls.by_operation["AddPromotions"] == 1


def test_request_maps_errors_and_retries_as_every_call(mock: MockOptimove, clock: ManualClock) -> None:
    mock.faults.fail(503, operation="GetLastDataUpdate", times=100)
    spy = Spy(mock.transport())
    with sync_client(mock, clock, transport=spy, max_retries=2) as opt, pytest.raises(ServerError) as raised:
        opt.request("GET", "/current/general/GetLastDataUpdate")
    assert raised.value.operation == "GetLastDataUpdate" and raised.value.status_code == 503
    assert len(spy.requests) == 3  # 1 + max_retries, as for opt.general.get_last_data_update()


def test_request_spends_the_shared_budget(mock: MockOptimove, clock: ManualClock) -> None:
    with sync_client(mock, clock, rate_limit=[RateLimit(calls=2, period=10)]) as opt:
        opt.request("GET", "/current/general/GetLastDataUpdate")
        opt.general.get_last_data_update()
        before = clock.monotonic()
        opt.request("GET", "/current/general/GetLastDataUpdate")  # the third call waits for the window
    assert clock.monotonic() - before >= 10


@pytest.mark.parametrize(
    ("method", "path", "rule"),
    [
        (
            "GET",
            "https://evil.example/current/general/GetLastDataUpdate",
            "is on another host (https://evil.example)",
        ),
        ("GET", "//evil.example/current/general/GetLastDataUpdate", "is on another host"),
        ("GET", "http://api5.optimove.net/current/general/GetLastDataUpdate", "is on another host"),
        ("TRACE", "/current/general/GetLastDataUpdate", "must be one of DELETE, GET, PATCH, POST, PUT"),
        ("GET", "", "must be a path"),
    ],
)
def test_request_refuses_before_any_request(
    opt: Optimove, spy: Spy, method: str, path: str, rule: str
) -> None:
    with pytest.raises(ValidationError, match=rule.replace("(", r"\(").replace(")", r"\)")):
        opt.request(method, path)
    assert spy.requests == []


def test_a_url_on_the_configured_host_is_taken(opt: Optimove, spy: Spy) -> None:
    assert opt.request("GET", f"{MOCK_BASE_URL}/current/general/GetLastDataUpdate") == {"Date": "2024-06-30"}
    assert len(spy.requests) == 1


def test_request_refuses_a_body_on_get_and_what_is_not_json(opt: Optimove, spy: Spy) -> None:
    with pytest.raises(ValidationError, match="a GET call has no body"):
        opt.request("GET", "/current/general/GetLastDataUpdate", json={"a": 1})
    with pytest.raises(ValidationError, match="must be JSON"):
        opt.request("POST", "/current/integrations/AddPromotions", json={"a": object()})
    with pytest.raises(ValidationError, match="is a header the client sets itself"):
        opt.request("GET", "/current/general/GetLastDataUpdate", headers={"Authorization-Token": "t"})
    assert spy.requests == []


def test_the_async_client_has_both(mock: MockOptimove, clock: ManualClock) -> None:
    spy = AsyncSpy(mock.async_transport())

    async def main() -> tuple[Any, Any]:
        async with async_client(mock, clock, transport=spy) as opt:
            day = await opt.general.get_last_data_update(extra_query={"Trace": "1"})
            return day, await opt.request("GET", "/current/general/GetLastDataUpdate")

    assert run(main) == (DAY, {"Date": "2024-06-30"})
    assert spy.requests[0].url.params["Trace"] == "1"


def test_a_connection_error_of_a_raw_call_names_its_function(clock: ManualClock) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    transport = httpx.MockTransport(refuse)
    options: dict[str, Any] = {"transport": transport, "clock": clock, "environ": {}, "max_retries": 1}
    opt = Optimove(api_key="k", base_url=MOCK_BASE_URL, **options)
    with opt, pytest.raises(APIConnectionError, match="NewFunction"):
        opt.request("POST", "/current/x/NewFunction", json={})
