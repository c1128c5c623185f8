"""Arrow from every paging function: .to_arrow() a Table, .record_batches() one batch per page, lazily.

The tables hold what .iter() yields for the same call (same values, same order), typed from the spec;
each requested attribute is a string column of its own, "NULL" read as null. Without pyarrow, both say
which extra to install before anything is sent.
"""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
import textwrap
import types
import typing
from collections.abc import Iterator
from typing import Any

import msgspec
import pyarrow as pa
import pytest
from optimove_generated.operation import Operation
from optimove_generated.operations import OPERATIONS

from optimove_client import Optimove, ServerError
from optimove_client._response import arrow as _arrow
from optimove_client._response.columns import Column, RowColumns
from optimove_client.testing import ManualClock, MockOptimove
from tests.client_helpers import Spy, async_client, run, sync_client
from tests.test_client_operations import facade_arguments

PAGING = sorted((op for op in OPERATIONS if op.result.kind == "rows"), key=lambda op: op.operation_id)
OPERATIONS_BY_ID = {op.operation_id: op for op in PAGING}
DAY = datetime.date(2024, 6, 30)
BY_ACTION: dict[str, Any] = {"recipient_group_id": 1, "action_id": 1, "date": DAY}
ATTRIBUTES = ["Alias", "Country"]

# What each Python type of a row field is in Arrow (the mapping, written out here on purpose).
ARROW_TYPES: dict[Any, Any] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    datetime.date: pa.date32(),
    datetime.datetime: pa.timestamp("us"),
    list[str]: pa.list_(pa.string()),
}


@pytest.fixture
def mock(clock: ManualClock) -> MockOptimove:
    return MockOptimove(customers=25, rate_limits=(), clock=clock)


@pytest.fixture
def spy(mock: MockOptimove) -> Spy:
    return Spy(mock.transport())


@pytest.fixture
def opt(mock: MockOptimove, spy: Spy, clock: ManualClock) -> Iterator[Optimove]:
    with sync_client(mock, clock, transport=spy) as client:
        yield client


def _function(client: Any, operation: Operation) -> Any:
    return getattr(getattr(client, operation.category), operation.name)


def _pull_arguments(operation: Operation, mock: MockOptimove) -> dict[str, Any]:
    """Valid arguments for .iter() and .to_arrow(): the plain call's, without the $top/$skip they drive."""
    arguments = facade_arguments(operation.operation_id, mock)
    return {name: value for name, value in arguments.items() if name not in ("top", "skip")}


def _row(operation: Operation) -> Any:
    row = operation.result.row
    assert row is not None
    return row


def _expected_schema(operation: Operation, attribute_names: list[str]) -> Any:
    """The schema from the row's field types (from the spec), then a string column per attribute."""
    row = _row(operation)
    hints = typing.get_type_hints(row)
    required = {field.name for field in msgspec.structs.fields(row) if field.required}
    fields = []
    for attribute, name in row.optimove_names:
        hint = hints[attribute]
        members = set(typing.get_args(hint)) if isinstance(hint, types.UnionType) else {hint}
        (python_type,) = members - {type(None)}
        nullable = type(None) in members or attribute not in required
        fields.append(pa.field(name, ARROW_TYPES[python_type], nullable=nullable))
    fields += [pa.field(name, pa.string(), nullable=True) for name in attribute_names]
    return pa.schema(fields)


def _records(operation: Operation, rows: Any, attribute_names: list[str]) -> list[dict[str, Any]]:
    """.iter()'s rows as the records a table of them holds: each field, then each attribute."""
    fields = _row(operation).optimove_names
    return [
        {name: getattr(row, attribute) for attribute, name in fields}
        | {name: row.attributes[name] for name in attribute_names}
        for row in rows
    ]


@pytest.mark.parametrize("operation", PAGING, ids=[op.operation_id for op in PAGING])
def test_every_paging_function_gives_the_rows_of_iter_typed_from_the_spec(
    opt: Optimove, mock: MockOptimove, operation: Operation
) -> None:
    arguments = _pull_arguments(operation, mock)
    attribute_names = list(arguments.get("attributes") or [])
    function = _function(opt, operation)
    paging = {"page_size": 7} if operation.paging and operation.paging.page_size else {}
    rows = list(function.iter(**arguments, **paging))
    table = function.to_arrow(**arguments, **paging)
    assert rows, "valid inputs reach data on the mock"
    assert table.schema == _expected_schema(operation, attribute_names)
    assert table.schema.names == [name for _, name in _row(operation).optimove_names] + attribute_names
    assert table.to_pylist() == _records(operation, rows, attribute_names)
    pages = list(function.pages(**arguments, **paging))
    assert [len(chunk) for chunk in table.column(0).chunks] == [len(page) for page in pages]


def test_the_schemas_cover_every_kind_of_field_the_spec_has() -> None:
    """Dates, DateTimes, numbers and string arrays all reach the schemas checked above."""
    kinds = {field.type for op in PAGING for field in _expected_schema(op, [])}
    assert kinds == {
        pa.string(),
        pa.int64(),
        pa.float64(),
        pa.date32(),
        pa.timestamp("us"),
        pa.list_(pa.string()),
    }


def test_each_kind_becomes_its_arrow_type_with_nulls() -> None:
    """Every kind a column may have, booleans and JSON values included (no paging function has those yet)."""
    kinds: list[Any] = ["string", "int", "float", "bool", "date", "datetime", "strings", "json"]
    columns = RowColumns(tuple(Column(kind, kind, True, kind) for kind in kinds), ())
    values: list[list[Any]] = [
        ["a", None],
        [1, None],
        [1.5, None],
        [True, None],
        [DAY, None],
        [datetime.datetime(2024, 6, 30, 10, 0, 1), None],
        [["x", "y"], None],
        [{"Key": [1, "two"]}, None],
    ]
    batch = _arrow.batch_of(columns, values)
    assert batch.schema.types == [
        pa.string(),
        pa.int64(),
        pa.float64(),
        pa.bool_(),
        pa.date32(),
        pa.timestamp("us"),
        pa.list_(pa.string()),
        pa.string(),
    ]
    assert batch.schema.field("datetime").type.tz is None  # Optimove writes DateTimes without a zone
    assert batch.to_pylist()[0]["json"] == '{"Key":[1,"two"]}'
    assert list(batch.to_pylist()[1].values()) == [None] * len(kinds)


@pytest.mark.parametrize("shape", ["array", "joined"])
def test_attributes_are_columns_of_their_own_and_null_is_null(clock: ManualClock, shape: str) -> None:
    mock = MockOptimove(customers=25, rate_limits=(), clock=clock, attribute_shape=shape)
    with sync_client(mock, clock) as opt:
        function = opt.customers.get_customers_by_action
        chosen = [row.customer_id for row in function.iter(**BY_ACTION)][0:4:3]  # the 1st and the 4th
        nulls: list[Any] = [  # plain dicts, with Optimove's names
            {"CustomerID": customer_id, "Attributes": [{"RealFieldName": "Alias", "Value": None}]}
            for customer_id in chosen
        ]
        opt.customers.update_customer_attributes(customer_new_attributes_values_list=nulls)  # now "NULL"
        rows = list(function.iter(**BY_ACTION, attributes=ATTRIBUTES, page_size=5))
        table = function.to_arrow(**BY_ACTION, attributes=ATTRIBUTES, page_size=5)
    assert table.column("CustomerID").num_chunks == 3  # pages of 5, 5 and 3
    values = [dict(row.attributes or {}) for row in rows]
    aliases = table.column("Alias").to_pylist()
    assert aliases == [value["Alias"] for value in values]
    assert table.column("Country").to_pylist() == [value["Country"] for value in values]
    assert table.column("CustomerID").to_pylist() == [row.customer_id for row in rows]
    assert [index for index, alias in enumerate(aliases) if alias is None] == [0, 3]  # "NULL" is null
    assert None not in table.column("Country").to_pylist()
    assert "NULL" not in aliases


def test_no_rows_is_an_empty_table_with_the_schema(opt: Optimove, mock: MockOptimove, spy: Spy) -> None:
    function = opt.customers.get_customers_by_action
    table = function.to_arrow(**BY_ACTION, attributes=ATTRIBUTES, start=1_000)
    reader = function.record_batches(**BY_ACTION, attributes=ATTRIBUTES, start=1_000)
    assert table.num_rows == 0
    assert table.schema == _expected_schema(function.operation, ATTRIBUTES)
    assert reader.schema == table.schema
    assert list(reader) == []
    assert len(spy.requests) == 2  # one call each, which answered no rows


def test_record_batches_give_one_batch_per_page_and_fetch_as_they_are_read(
    opt: Optimove, mock: MockOptimove
) -> None:
    reader = opt.customers.get_currently_targeted_customers.record_batches(page_size=10)
    assert mock.calls.total == 0  # nothing is sent before the reader is read
    first = reader.read_next_batch()
    assert (first.num_rows, mock.calls.total) == (10, 1)
    rest = list(reader)
    assert [batch.num_rows for batch in rest] == [10, 5]
    assert mock.calls.total == 3
    rows = list(opt.customers.get_currently_targeted_customers.iter(page_size=10))
    ids = [row.customer_id for row in rows]
    assert [value for batch in [first, *rest] for value in batch.column("CustomerID").to_pylist()] == ids


def test_a_reader_closed_early_asks_for_no_more_pages(opt: Optimove, mock: MockOptimove) -> None:
    with opt.customers.get_currently_targeted_customers.record_batches(page_size=10) as reader:
        reader.read_next_batch()
    assert mock.calls.total == 1


def test_a_page_larger_than_a_slice_is_still_one_batch(
    clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows become columns a slice (10,000 rows) at a time; the batch of a page joins them, with or
    without pa.concat_batches (pyarrow before 19 has none)."""
    mock = MockOptimove(customers=12_345, rate_limits=(), clock=clock)
    with sync_client(mock, clock) as opt:
        function = opt.customers.get_currently_targeted_customers
        ids = [row.customer_id for row in function.iter(page_size=12_000)]
        joined = list(function.record_batches(page_size=12_000))
        monkeypatch.delattr(pa, "concat_batches", raising=False)
        combined = list(function.record_batches(page_size=12_000))
    for batches in (joined, combined):
        assert [batch.num_rows for batch in batches] == [12_000, 345]
        assert [value for batch in batches for value in batch.column("CustomerID").to_pylist()] == ids


def test_max_items_start_and_concurrency_are_those_of_iter(opt: Optimove, spy: Spy) -> None:
    function = opt.customers.get_currently_targeted_customers
    options: dict[str, Any] = {"page_size": 4, "start": 3, "max_items": 10, "concurrency": 2}
    ids = [row.customer_id for row in function.iter(**options)]
    spy.requests.clear()
    table = function.to_arrow(**options)
    assert table.column("CustomerID").to_pylist() == ids
    assert len(ids) == 10
    skips = [(request.url.params["$skip"], request.url.params["$top"]) for request in spy.requests]
    # Two fetches run at once, so the requests go out in either order; the pages come back in order.
    assert sorted(skips, key=lambda skip: int(skip[0])) == [("3", "4"), ("7", "4"), ("11", "2")]
    assert [len(chunk) for chunk in table.column(0).chunks] == [4, 4, 2]


def test_progress_is_reported_per_page(opt: Optimove) -> None:
    seen: list[Any] = []
    opt.customers.get_currently_targeted_customers.to_arrow(page_size=10, on_progress=seen.append)
    assert [(p.records, p.pages, p.offset) for p in seen] == [(10, 1, 10), (20, 2, 20), (25, 3, 25)]


def test_extras_are_sent_with_every_page(opt: Optimove, spy: Spy) -> None:
    opt.customers.get_currently_targeted_customers.to_arrow(
        page_size=10, extra_headers={"X-Trace": "arrow"}, extra_query={"Trace": "1"}
    )
    assert len(spy.requests) == 3
    assert all(request.headers["X-Trace"] == "arrow" for request in spy.requests)
    assert all(request.url.params["Trace"] == "1" for request in spy.requests)


def test_a_failing_page_raises_from_the_reader_with_where_to_resume(
    opt: Optimove, mock: MockOptimove
) -> None:
    mock.faults.fail(503, operation="GetCurrentlyTargetedCustomers", nth=2, times=10)
    reader = opt.customers.get_currently_targeted_customers.record_batches(page_size=10)
    assert reader.read_next_batch().num_rows == 10
    with pytest.raises(ServerError) as caught:
        reader.read_next_batch()
    assert caught.value.resume_offset == 10  # type: ignore[attr-defined]


def test_bad_paging_options_fail_before_the_network(opt: Optimove, spy: Spy) -> None:
    function = opt.customers.get_customers_by_action
    with pytest.raises(ValueError, match="page_size"):
        function.record_batches(**BY_ACTION, page_size=0)
    with pytest.raises(ValueError, match="max_items"):
        function.to_arrow(**BY_ACTION, max_items=-1)
    assert spy.requests == []


def test_async_record_batches_one_per_page_lazily(mock: MockOptimove, clock: ManualClock) -> None:
    async def pull() -> tuple[list[Any], list[int], Any, list[Any], list[int]]:
        async with async_client(mock, clock) as opt:
            function = opt.customers.get_customers_by_action
            batches = function.record_batches(**BY_ACTION, attributes=ATTRIBUTES, page_size=5)
            calls = [mock.calls.total]
            collected = []
            async for batch in batches:
                collected.append(batch)
                calls.append(mock.calls.total)
            table = await function.to_arrow(**BY_ACTION, attributes=ATTRIBUTES, page_size=5)
            rows = [row async for row in function.iter(**BY_ACTION, attributes=ATTRIBUTES)]
            pages = [len(page) async for page in function.pages(**BY_ACTION, page_size=5)]
            return collected, calls, table, rows, pages

    batches, calls, table, rows, pages = run(pull)
    assert len(pages) >= 2
    assert [batch.num_rows for batch in batches] == pages
    assert calls == list(range(len(pages) + 1))  # each page fetched when the iteration reaches it
    assert pa.Table.from_batches(batches).equals(table)
    operation = OPERATIONS_BY_ID["GetCustomersByAction"]
    assert table.schema == _expected_schema(operation, ATTRIBUTES)
    assert table.to_pylist() == _records(operation, rows, ATTRIBUTES)


def test_async_to_arrow_of_no_rows_has_the_schema(mock: MockOptimove, clock: ManualClock) -> None:
    async def pull() -> Any:
        async with async_client(mock, clock) as opt:
            return await opt.optimail.get_unsubscribers.to_arrow(brand_id=1, start=100_000)

    table = run(pull)
    assert table.num_rows == 0
    assert table.schema == _expected_schema(OPERATIONS_BY_ID["GetUnsubscribers"], [])


_WITHOUT_PYARROW = textwrap.dedent(
    """
    import asyncio, json, sys
    sys.modules["pyarrow"] = None  # `import pyarrow` now fails as it does where it is not installed
    from optimove_client import AsyncOptimove, MissingExtraError, Optimove
    from optimove_client.testing import MOCK_BASE_URL, MockOptimove

    mock = MockOptimove(customers=5, rate_limits=())
    errors = []

    def refused(method):
        before = mock.calls.total
        try:
            method(page_size=2)
        except MissingExtraError as error:
            errors.append([str(error), isinstance(error, ImportError), mock.calls.total - before])

    with Optimove(api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=mock.transport()) as opt:
        refused(opt.customers.get_currently_targeted_customers.to_arrow)
        refused(opt.customers.get_currently_targeted_customers.record_batches)
        rows = len(list(opt.customers.get_currently_targeted_customers.iter(page_size=2)))

    async def main():
        async with AsyncOptimove(
            api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=mock.async_transport()
        ) as opt:
            function = opt.customers.get_currently_targeted_customers
            refused(function.record_batches)
            before = mock.calls.total
            try:
                await function.to_arrow(page_size=2)
            except MissingExtraError as error:
                errors.append([str(error), isinstance(error, ImportError), mock.calls.total - before])

    asyncio.run(main())
    print(json.dumps({"errors": errors, "rows": rows}))
    """
)


def test_without_pyarrow_the_error_names_the_extra_before_any_call() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _WITHOUT_PYARROW], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert len(report["errors"]) == 4  # to_arrow and record_batches, sync and async
    for message, is_import_error, calls_sent in report["errors"]:
        assert "pip install 'optimove-client[arrow]'" in message
        assert "pyarrow" in message
        assert is_import_error
        assert calls_sent == 0  # nothing was sent: the error came first
    assert report["rows"] == 5  # the rest of the client works without pyarrow
