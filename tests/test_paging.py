"""Paged pulls: every row once, in order, whatever fails on the way; options validated before the network."""

from __future__ import annotations

import asyncio
import datetime
import json
import weakref
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import httpx
import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from optimove_generated.rows import GetCurrentlyTargetedCustomersRow

from optimove_client import (
    AsyncOptimove,
    Optimove,
    RateLimit,
    ResponseParseError,
    ServerError,
    ValidationError,
)
from optimove_client._request.prepare import Preparer
from optimove_client._request.validation import ArgumentValidator
from optimove_client._response import rows as _rows
from optimove_client._run.page_plan import PageRequest, PagingOptions
from optimove_client._run.paging import aiterate_pages, iterate_pages
from optimove_client.testing import MOCK_BASE_URL, ManualClock, MockOptimove
from tests.client_helpers import window_wait
from tests.support import LivePages

CUSTOMERS = 2_345


class Spy(httpx.BaseTransport):
    """Records each request that reaches the mock."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.inner.handle_request(request)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def mock(clock: ManualClock) -> MockOptimove:
    return MockOptimove(customers=CUSTOMERS, rate_limits=(), clock=clock)


@pytest.fixture
def spy(mock: MockOptimove) -> Spy:
    return Spy(mock.transport())


@pytest.fixture
def opt(mock: MockOptimove, spy: Spy, clock: ManualClock) -> Iterator[Optimove]:
    with Optimove(api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=spy, clock=clock) as client:
        yield client


def _ids(rows: Any) -> list[str]:
    return [row.customer_id for row in rows]


@pytest.fixture
def everyone(mock: MockOptimove) -> list[str]:
    """The clean pull: one call for the whole list."""
    return [mock.dataset.customer_id(index) for index in range(CUSTOMERS)]


def _page_requests(spy: Spy) -> list[tuple[int | None, int | None]]:
    def number(request: httpx.Request, name: str) -> int | None:
        value = request.url.params.get(name)
        return None if value is None else int(value)

    return [(number(r, "$skip"), number(r, "$top")) for r in spy.requests]


def test_iter_yields_every_row_once_in_order_and_stops_at_the_short_page(
    opt: Optimove, spy: Spy, everyone: list[str]
) -> None:
    rows = list(opt.customers.get_currently_targeted_customers.iter(page_size=500))
    assert _ids(rows) == everyone
    assert all(type(row) is GetCurrentlyTargetedCustomersRow for row in rows)
    # 4 full pages and a short one: no call to discover an empty page after it
    assert _page_requests(spy) == [(0, 500), (500, 500), (1000, 500), (1500, 500), (2000, 500)]


def test_an_exact_multiple_needs_one_empty_page_to_know_the_end(
    mock: MockOptimove, clock: ManualClock
) -> None:
    exact = MockOptimove(customers=2_000, rate_limits=(), clock=clock)
    spy = Spy(exact.transport())
    with Optimove(api_key=exact.api_key, base_url=MOCK_BASE_URL, transport=spy, clock=clock) as client:
        rows = list(client.customers.get_currently_targeted_customers.iter(page_size=500))
    assert len(rows) == 2_000
    assert [skip for skip, _ in _page_requests(spy)] == [0, 500, 1000, 1500, 2000]
    with Optimove(api_key=exact.api_key, base_url=MOCK_BASE_URL, transport=spy, clock=clock) as client:
        pages = list(client.customers.get_currently_targeted_customers.pages(page_size=500))
    assert [(page.number, page.offset, len(page)) for page in pages] == [
        (n + 1, n * 500, 500) for n in range(4)
    ]
    assert len(spy.requests) == 10  # the fifth call still had to be made, but its empty page is not yielded


def test_without_page_size_a_pull_asks_for_the_largest_page_the_function_takes(
    opt: Optimove, spy: Spy, everyone: list[str]
) -> None:
    """Calls are the account's scarce resource (2,000 an hour for all its jobs): the default page is the
    spec's maximum of $top, not a smaller one that would spend more calls on the same rows."""
    customers = opt.customers.get_currently_targeted_customers
    paging = customers.operation.paging
    assert paging is not None and paging.max_page_size == 200_000
    assert _ids(customers.iter()) == everyone
    assert _page_requests(spy) == [(0, 200_000)]  # every row in one call, a short page: no second call
    spy.requests.clear()
    pages = list(customers.pages(max_items=2_000))
    assert _page_requests(spy) == [(0, 2_000)]  # max_items still trims what is asked for
    assert [len(page) for page in pages] == [2_000]


def test_a_plain_call_of_a_paging_function_says_when_there_may_be_more(
    opt: Optimove, spy: Spy, caplog: pytest.LogCaptureFixture
) -> None:
    customers = opt.customers.get_currently_targeted_customers
    with caplog.at_level("INFO", logger="optimove_client"):
        full = customers(top=1_000, skip=500)
        short = customers(top=1_000, skip=2_000)
        default = customers()  # the server's own page: 10,000 rows, more than there are here
    assert (len(full), full.has_more, full.next_offset) == (1_000, True, 1_500)
    assert (len(short), short.has_more, short.next_offset) == (345, False, 2_345)
    assert (len(default), default.has_more) == (CUSTOMERS, False)
    assert isinstance(full, list)
    # top= chose the page size: a full page is what was asked for, so only a hint (INFO), no warning
    (hint,) = [record for record in caplog.records if "full" in record.getMessage()]
    assert hint.levelname == "INFO"
    message = hint.getMessage()
    assert "GetCurrentlyTargetedCustomers" in message and ".iter()" in message and "$skip=1500" in message


def test_a_full_page_of_the_servers_default_size_may_have_more(
    clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    big = MockOptimove(customers=10_500, rate_limits=(), clock=clock)
    opt = Optimove(api_key=big.api_key, base_url=MOCK_BASE_URL, transport=big.transport(), clock=clock)
    with opt, caplog.at_level("INFO", logger="optimove_client"):
        page = opt.customers.get_currently_targeted_customers()
    assert (len(page), page.has_more, page.next_offset) == (10_000, True, 10_000)
    (warning,) = [record for record in caplog.records if "full" in record.getMessage()]
    assert warning.levelname == "WARNING"  # the server chose the page: more may well be missed


def test_max_items_caps_the_total_apart_from_the_page_size(
    opt: Optimove, spy: Spy, everyone: list[str]
) -> None:
    rows = list(opt.customers.get_currently_targeted_customers.iter(page_size=500, max_items=1_234))
    assert _ids(rows) == everyone[:1_234]
    assert _page_requests(spy) == [(0, 500), (500, 500), (1000, 234)]


def test_start_resumes_from_an_offset(opt: Optimove, everyone: list[str]) -> None:
    rows = list(opt.customers.get_currently_targeted_customers.iter(page_size=1_000, start=1_700))
    assert _ids(rows) == everyone[1_700:]


def test_pages_are_numbered_with_their_offsets(opt: Optimove) -> None:
    pages = list(opt.customers.get_currently_targeted_customers.pages(page_size=1_000))
    assert [(p.number, p.offset, len(p)) for p in pages] == [(1, 0, 1000), (2, 1000, 1000), (3, 2000, 345)]
    assert list(pages[2]) == list(pages[2].rows)


def test_progress_reports_records_pages_and_the_resume_offset(opt: Optimove) -> None:
    seen: list[Any] = []
    list(opt.customers.get_currently_targeted_customers.iter(page_size=1_000, on_progress=seen.append))
    assert [(p.records, p.pages, p.offset) for p in seen] == [
        (1000, 1, 1000),
        (2000, 2, 2000),
        (2345, 3, 2345),
    ]
    assert all(p.rate_limit_wait == 0 for p in seen)


def test_progress_counts_the_waits_for_the_rate_limit(mock: MockOptimove, clock: ManualClock) -> None:
    seen: list[Any] = []
    with Optimove(
        api_key="paging-budget-key",
        base_url=MOCK_BASE_URL,
        transport=MockOptimove(
            customers=CUSTOMERS, rate_limits=(), clock=clock, api_keys=frozenset({"paging-budget-key"})
        ).transport(),
        clock=clock,
        rate_limit=RateLimit(calls=2, period=60),
    ) as client:
        list(client.customers.get_currently_targeted_customers.iter(page_size=1_000, on_progress=seen.append))
    assert seen[-1].rate_limit_wait == pytest.approx(window_wait(60))  # the third call waited for the window
    assert clock.sleeps == [pytest.approx(window_wait(60))]


def test_every_page_carries_every_argument_and_the_callers_are_untouched(opt: Optimove, spy: Spy) -> None:
    arguments: dict[str, Any] = {
        "recipient_group_id": 1,
        "action_id": 2,
        "date": datetime.date(2024, 6, 30),
        "attributes": ["Alias", "Country"],
    }
    before = {key: (list(value) if isinstance(value, list) else value) for key, value in arguments.items()}
    rows = list(opt.customers.get_customers_by_action.iter(page_size=100, **arguments))
    assert rows and arguments == before
    assert len(spy.requests) > 2
    for request in spy.requests:
        params = request.url.params
        assert (params["RecipientGroupID"], params["ActionID"], params["Date"]) == ("1", "2", "2024-06-30")
        assert params["CustomerAttributes"] == "Alias;Country"
    assert all(list(row.attributes) == ["Alias", "Country"] for row in rows)


@pytest.mark.parametrize(
    ("options", "rule"),
    [
        ({"page_size": 0}, "page_size must be between 1 and 200000"),
        ({"page_size": 200_001}, "page_size must be between 1 and 200000"),
        ({"max_items": -1}, "max_items must be at least 0"),
        ({"start": -5}, "start must be at least 0"),
        ({"concurrency": 0}, "concurrency must be between 1 and 16"),
        ({"concurrency": 17}, "concurrency must be between 1 and 16"),
        ({"page_size": "10"}, "page_size must be an integer"),
    ],
)
def test_bad_paging_options_fail_before_the_network(
    opt: Optimove, spy: Spy, options: dict[str, Any], rule: str
) -> None:
    with pytest.raises(ValidationError, match=rule):
        opt.customers.get_currently_targeted_customers.iter(**options)
    assert spy.requests == []


def test_bad_arguments_fail_when_iter_is_called_not_at_the_first_row(opt: Optimove, spy: Spy) -> None:
    with pytest.raises(ValidationError, match="RecipientGroupID must be at most 9"):
        opt.customers.get_customers_by_action.iter(
            recipient_group_id=12, action_id=1, date=datetime.date(2024, 6, 30)
        )
    assert spy.requests == []


@pytest.mark.parametrize(
    "arm",
    [
        lambda mock: mock.faults.fail(503, operation="GetCurrentlyTargetedCustomers", nth=3),
        lambda mock: mock.faults.fail(520, operation="GetCurrentlyTargetedCustomers", nth=2, times=2),
        lambda mock: mock.faults.fail(429, operation="GetCurrentlyTargetedCustomers", nth=4, retry_after="3"),
        lambda mock: mock.faults.reset(operation="GetCurrentlyTargetedCustomers", nth=2),
        lambda mock: mock.faults.hang(operation="GetCurrentlyTargetedCustomers", nth=5),
        lambda mock: mock.faults.truncate(operation="GetCurrentlyTargetedCustomers", nth=3),
    ],
    ids=["503", "520-twice", "429", "reset", "timeout", "truncated"],
)
def test_a_failing_page_is_retried_never_skipped(
    opt: Optimove, mock: MockOptimove, everyone: list[str], arm: Any
) -> None:
    arm(mock)
    rows = list(opt.customers.get_currently_targeted_customers.iter(page_size=500))
    assert _ids(rows) == everyone
    assert mock.faults.pending == 0


def test_when_retries_run_out_the_error_says_where_to_resume(
    opt: Optimove, mock: MockOptimove, everyone: list[str]
) -> None:
    mock.faults.fail(503, operation="GetCurrentlyTargetedCustomers", nth=3, times=10)
    got: list[str] = []
    with pytest.raises(ServerError) as caught:
        for row in opt.customers.get_currently_targeted_customers.iter(page_size=500):
            got.append(row.customer_id)
    assert caught.value.resume_offset == 1_000  # type: ignore[attr-defined]
    assert "resume with start=1000" in "\n".join(caught.value.__notes__)
    mock.faults.clear()
    got += _ids(opt.customers.get_currently_targeted_customers.iter(page_size=500, start=1_000))
    assert got == everyone


@pytest.mark.parametrize("concurrency", [2, 4])
def test_look_ahead_yields_in_order_and_within_k_extra_calls(
    opt: Optimove, spy: Spy, everyone: list[str], concurrency: int
) -> None:
    rows = list(opt.customers.get_currently_targeted_customers.iter(page_size=200, concurrency=concurrency))
    assert _ids(rows) == everyone
    pages = -(-CUSTOMERS // 200)
    assert pages <= len(spy.requests) <= pages + concurrency - 1


def test_look_ahead_survives_a_failing_page(opt: Optimove, mock: MockOptimove, everyone: list[str]) -> None:
    mock.faults.fail(502, operation="GetCurrentlyTargetedCustomers", nth=2)
    rows = list(opt.customers.get_currently_targeted_customers.iter(page_size=300, concurrency=3))
    assert _ids(rows) == everyone


def test_fixed_page_size_functions_send_no_top(opt: Optimove, spy: Spy) -> None:
    rows = list(opt.optimail.get_unsubscribers.iter(brand_id=1))
    assert all("$top" not in r.url.params for r in spy.requests)
    assert len(spy.requests) == 1 and len(rows) < 10_000


def test_async_iter_pages_and_look_ahead(mock: MockOptimove, clock: ManualClock, everyone: list[str]) -> None:
    async def run() -> tuple[list[str], list[int], list[str]]:
        async with AsyncOptimove(
            api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=mock.async_transport(), clock=clock
        ) as client:
            operation = client.customers.get_currently_targeted_customers
            plain = [row.customer_id async for row in operation.iter(page_size=700)]
            sizes = [len(page) async for page in operation.pages(page_size=1_000)]
            mock.faults.fail(503, operation="GetCurrentlyTargetedCustomers", nth=2)
            ahead = [row.customer_id async for row in operation.iter(page_size=300, concurrency=4)]
            return plain, sizes, ahead

    plain, sizes, ahead = asyncio.run(run())
    assert plain == everyone and ahead == everyone
    assert sizes == [1000, 1000, 345]


def test_joined_attribute_values_map_to_the_names_like_the_array_shape(clock: ManualClock) -> None:
    def pull(shape: str, delimiter: str) -> list[dict[str, str | None] | None]:
        mock = MockOptimove(customers=300, rate_limits=(), clock=clock, attribute_shape=shape)  # type: ignore[arg-type]
        with Optimove(
            api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=mock.transport(), clock=clock
        ) as client:
            return [
                row.attributes
                for row in client.customers.get_customers_by_action.iter(
                    recipient_group_id=1,
                    action_id=2,
                    date=datetime.date(2024, 6, 30),
                    attributes=["Alias", "Country", "Age"],
                    attribute_delimiter=delimiter,
                )
            ]

    documented = pull("array", ",")
    assert documented and all(value is not None for value in documented)
    assert pull("joined", ",") == documented
    assert pull("joined", "\t") == documented


def test_a_value_containing_the_delimiter_raises_unless_kept_raw(clock: ManualClock) -> None:
    mock = MockOptimove(customers=300, rate_limits=(), clock=clock, attribute_shape="joined")
    arguments: dict[str, Any] = {
        "recipient_group_id": 1,
        "action_id": 2,
        "date": datetime.date(2024, 6, 30),
        "attributes": ["Alias", "City"],  # some cities contain a comma
    }
    with Optimove(
        api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=mock.transport(), clock=clock
    ) as client:
        with pytest.raises(
            ResponseParseError, match="contains the delimiter comma: ask for another attribute_delimiter"
        ):
            list(client.customers.get_customers_by_action.iter(**arguments))
        kept = list(
            client.with_options(attribute_mismatch="keep").customers.get_customers_by_action.iter(**arguments)
        )
        assert any(row.attributes is None and "," in (row.customer_attribute or "") for row in kept)
        assert any(row.attributes is not None for row in kept)
        tabbed = list(client.customers.get_customers_by_action.iter(**arguments, attribute_delimiter="\t"))
        assert all(row.attributes is not None for row in tabbed)
        assert any("," in (row.attributes or {}).get("City", "") for row in tabbed)


def _serve(body: bytes) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, content=body))


def test_field_names_in_another_case_and_unknown_fields_are_kept() -> None:
    body = _row(
        customerid="7", CampaignID="12", ActionID=3, StartDate="2024-01-02", EndDate="2024-01-09", Surprise=1
    )
    with Optimove(api_key="k", base_url=MOCK_BASE_URL, transport=_serve(body)) as client:
        (row,) = client.customers.get_currently_targeted_customers()
    assert (row.customer_id, row.campaign_id, row.action_id) == ("7", 12, 3)
    assert row.start_date == datetime.date(2024, 1, 2)
    assert row.extra == {"Surprise": 1}


GOOD = {"CustomerID": "1", "CampaignID": 1, "ActionID": 1, "StartDate": "2024-01-02", "EndDate": "2024-01-02"}


def _row(**fields: Any) -> bytes:
    return json.dumps([fields]).encode()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (_row(**{**GOOD, "CampaignID": "twelve"}), "CampaignID"),
        (_row(**{k: v for k, v in GOOD.items() if k != "CustomerID"}), "CustomerID"),
        (_row(**{**GOOD, "StartDate": "yesterday"}), "StartDate"),
        (json.dumps(GOOD).encode(), "array"),
    ],
)
def test_a_body_of_the_wrong_shape_names_the_function_and_the_field(body: bytes, field: str) -> None:
    expected = pytest.raises(ResponseParseError, match=f"GetCurrentlyTargetedCustomers: .*{field}")
    with Optimove(api_key="k", base_url=MOCK_BASE_URL, transport=_serve(body)) as client, expected:
        list(client.customers.get_currently_targeted_customers.iter())


@pytest.fixture
def small_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every page "large": decoded 7 rows at a time while it is read."""
    monkeypatch.setattr(_rows, "LAZY_BODY_BYTES", 0)
    monkeypatch.setattr(_rows, "SLICE_ROWS", 7)


@pytest.mark.usefixtures("small_slices")
def test_large_pages_are_decoded_slice_by_slice_with_the_same_rows(
    opt: Optimove, everyone: list[str]
) -> None:
    pages = list(opt.customers.get_currently_targeted_customers.pages(page_size=1_000))
    assert all(isinstance(page.rows, _rows.LazyRows) for page in pages)
    assert [row.customer_id for page in pages for row in page] == everyone
    assert pages[1].rows[0].customer_id == everyone[1_000] and len(pages[1].rows[3:10]) == 7


@pytest.mark.usefixtures("small_slices")
def test_sliced_pages_map_attributes_in_both_shapes(clock: ManualClock) -> None:
    arguments: dict[str, Any] = {"recipient_group_id": 1, "action_id": 2, "date": datetime.date(2024, 6, 30)}
    pulls = []
    for shape in ("array", "joined"):
        mock = MockOptimove(customers=300, rate_limits=(), clock=clock, attribute_shape=shape)  # type: ignore[arg-type]
        with Optimove(
            api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=mock.transport(), clock=clock
        ) as client:
            rows = client.customers.get_customers_by_action.iter(**arguments, attributes=["Alias", "Country"])
            pulls.append([(row.customer_id, dict(row.attributes or {})) for row in rows])
    assert pulls[0] == pulls[1] and len(pulls[0]) > 20


@pytest.mark.usefixtures("small_slices")
def test_a_bad_row_in_a_later_slice_raises_after_the_good_rows() -> None:
    rows = [dict(GOOD, CustomerID=str(index)) for index in range(20)]
    rows[15]["CampaignID"] = "fifteen"
    body = json.dumps(rows).encode()
    seen: list[str] = []
    expected = pytest.raises(ResponseParseError, match="CampaignID")
    with Optimove(api_key="k", base_url=MOCK_BASE_URL, transport=_serve(body)) as client, expected as caught:
        seen.extend(row.customer_id for row in client.customers.get_currently_targeted_customers.iter())
    assert seen == [str(index) for index in range(14)]  # two whole slices of 7, nothing of the bad one
    assert "in rows 14 to 19 of the page" in "\n".join(caught.value.__notes__)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_pull_is_prepared_and_validated_once_whatever_its_pages_and_retries(
    mode: str, mock: MockOptimove, clock: ManualClock, everyone: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Later pages change only $skip/$top: the arguments are conformed, built and checked once per pull."""
    prepared: list[str] = []
    checked: list[str] = []
    prepare, check = Preparer.prepare, ArgumentValidator.check

    def counting_prepare(self: Preparer, operation: Any, *args: Any, **kwargs: Any) -> Any:
        prepared.append(operation.operation_id)
        return prepare(self, operation, *args, **kwargs)

    def counting_check(self: ArgumentValidator, operation: Any, *args: Any, **kwargs: Any) -> None:
        checked.append(operation.operation_id)
        check(self, operation, *args, **kwargs)

    monkeypatch.setattr(Preparer, "prepare", counting_prepare)
    monkeypatch.setattr(ArgumentValidator, "check", counting_check)
    mock.faults.fail(503, operation="GetCurrentlyTargetedCustomers", nth=3)  # page 3 is sent twice
    if mode == "sync":
        with Optimove(
            api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=mock.transport(), clock=clock
        ) as client:
            rows = list(client.customers.get_currently_targeted_customers.iter(page_size=300))
    else:

        async def pull() -> list[Any]:
            async with AsyncOptimove(
                api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=mock.async_transport(), clock=clock
            ) as client:
                return [
                    row async for row in client.customers.get_currently_targeted_customers.iter(page_size=300)
                ]

        rows = asyncio.run(pull())
    assert _ids(rows) == everyone
    assert mock.calls.by_operation["GetCurrentlyTargetedCustomers"] == 9  # 8 pages, one of them twice
    assert prepared == checked == ["GetCurrentlyTargetedCustomers"]


def _pages_of(count: int, size: int) -> Callable[[PageRequest], tuple[Sequence[Any], float]]:
    def fetch(request: PageRequest) -> tuple[Sequence[Any], float]:
        rows = _Rows(range(size if request.number < count else size - 1))  # the last page is short
        return rows, 0.0

    return fetch


class _Rows(list[Any]):
    """A list that can be weakly referred to, so that a test sees when a page has gone."""


def _options(concurrency: int) -> PagingOptions:
    return PagingOptions(3, True, None, 0, concurrency, None)


@pytest.mark.parametrize("concurrency", [1, 2, 4])
def test_a_pull_lets_each_page_go_before_it_asks_for_more_than_it_looks_ahead(concurrency: int) -> None:
    """The consumer's page is the only one of the yielded pages held: the pull keeps none of its own."""
    yielded: list[weakref.ref[Any]] = []
    alive_at_fetch: list[int] = []
    fetch = _pages_of(6, 3)

    def watching(request: PageRequest) -> tuple[Sequence[Any], float]:
        alive_at_fetch.append(sum(ref() is not None for ref in yielded))
        return fetch(request)

    count = 0
    for page in iterate_pages(watching, _options(concurrency)):
        yielded.append(weakref.ref(page.rows))
        count += len(page.rows)
        del page
    assert count == 17 and len(yielded) == 6
    # Fetches run ahead of the consumer by up to concurrency - 1 pages; none sees an earlier page alive.
    assert max(alive_at_fetch) == 0


def test_an_async_pull_lets_each_page_go_before_it_asks_for_the_next() -> None:
    yielded: list[weakref.ref[Any]] = []
    alive_at_fetch: list[int] = []
    fetch = _pages_of(5, 3)

    async def watching(request: PageRequest) -> tuple[Sequence[Any], float]:
        alive_at_fetch.append(sum(ref() is not None for ref in yielded))
        return fetch(request)

    async def pull() -> int:
        count = 0
        async for page in aiterate_pages(watching, _options(1)):
            yielded.append(weakref.ref(page.rows))
            count += len(page.rows)
            del page
        return count

    assert asyncio.run(pull()) == 14
    assert alive_at_fetch == [0] * 5


def test_iterating_rows_holds_one_large_page_at_a_time(
    monkeypatch: pytest.MonkeyPatch, mock: MockOptimove, clock: ManualClock
) -> None:
    live = LivePages(monkeypatch)
    alive_at_request: list[int] = []

    def serve(request: httpx.Request) -> httpx.Response:
        alive_at_request.append(live.alive())
        return mock.transport().handle_request(request)

    with Optimove(
        api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=httpx.MockTransport(serve), clock=clock
    ) as client:
        rows = client.customers.get_currently_targeted_customers.iter(page_size=100)
        assert sum(1 for _ in rows) > 300
    assert live.made > 3 and alive_at_request == [0] * len(alive_at_request)


_IDS = st.text(st.characters(codec="utf-8"), max_size=12)  # commas, brackets, quotes, escapes, non-ASCII


@settings(max_examples=60, deadline=None)
@given(ids=st.lists(_IDS, max_size=40), slice_rows=st.integers(1, 9))
def test_a_page_sliced_as_views_of_its_body_decodes_the_rows_of_the_whole(
    ids: list[str], slice_rows: int
) -> None:
    """A compact page is sliced as views of its body; one with whitespace keeps each row's own text.
    Either way every slice decodes to exactly the rows of the whole page, in order."""
    rows = [dict(GOOD, CustomerID=customer) for customer in ids]
    decoder = _rows.RowDecoder("GetCurrentlyTargetedCustomers", GetCurrentlyTargetedCustomersRow)
    whole = decoder.decode(json.dumps(rows).encode())
    for body, views in ((msgspec.json.encode(rows), True), (json.dumps(rows, indent=1).encode(), False)):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(_rows, "LAZY_BODY_BYTES", 0)
            patch.setattr(_rows, "SLICE_ROWS", slice_rows)
            page = decoder.decode_lazily(bytearray(body))
            pieces = _rows._slices_of(bytes(body), msgspec.json.decode(body, type=list[msgspec.Raw]))
        assert list(page) == whole and len(page) == len(ids)
        assert all(isinstance(piece, memoryview) == views for piece in pieces)
        assert len(pieces) == -(-len(ids) // slice_rows)


def test_a_body_with_space_around_its_rows_is_not_sliced_as_views() -> None:
    rows = [dict(GOOD, CustomerID=str(index)) for index in range(5)]
    compact = msgspec.json.encode(rows)
    for body in (b" " + compact, compact + b"\n", compact.replace(b"},{", b"}, {", 1)):
        items = msgspec.json.decode(body, type=list[msgspec.Raw])
        pieces = _rows._slices_of(body, items)
        assert not any(isinstance(piece, memoryview) for piece in pieces)


@pytest.mark.usefixtures("small_slices")
def test_max_items_leaves_large_pages_to_be_decoded_slice_by_slice(
    opt: Optimove, everyone: list[str]
) -> None:
    """A page that max_items does not cut stays lazy: cutting it would decode it whole at once."""
    pages = list(opt.customers.get_currently_targeted_customers.pages(page_size=500, max_items=1_234))
    assert [len(page.rows) for page in pages] == [500, 500, 234]
    assert all(isinstance(page.rows, _rows.LazyRows) for page in pages)
    assert [row.customer_id for page in pages for row in page] == everyone[:1_234]
