"""Every list function, paging or not, has .to_arrow() (sync and async): the list as one pyarrow.Table, a
column per field of the spec, typed as the paging functions' rows are (_columns.KIND_OF_TYPE)."""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Iterator
from typing import Any

import pyarrow as pa
import pytest
from optimove_generated.operations import OPERATIONS

from optimove_client import AsyncOptimove, Optimove
from optimove_client._response.model_columns import model_fields, plain
from optimove_client.testing import MOCK_BASE_URL, MockOptimove
from tests.test_client_operations import _entry_point, facade_arguments

# The list functions that do not page: derived from the operation table, nothing per function.
LISTS = sorted(
    operation.operation_id
    for operation in OPERATIONS
    if operation.result.kind == "list" and operation.paging is None
)
RECORDS = {operation.operation_id: operation for operation in OPERATIONS}
# The Arrow type of each kind, as _arrow gives the paging functions' rows.
ARROW_TYPES = {
    "string": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "date": pa.date32(),
    "datetime": pa.timestamp("us"), "strings": pa.list_(pa.string()), "json": pa.string(),
}  # fmt: skip


@pytest.fixture
def mock() -> MockOptimove:
    return MockOptimove(customers=50, rate_limits=())


@pytest.fixture
def opt(mock: MockOptimove) -> Iterator[Optimove]:
    with Optimove(api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=mock.transport()) as client:
        yield client


def test_the_table_holds_list_functions_that_do_not_page() -> None:
    assert {"GetAllActions", "GetExecutedCampaignDetails"} <= set(LISTS)


def _check(operation_id: str, table: Any, items: list[Any]) -> None:
    fields = model_fields(RECORDS[operation_id])
    assert table.num_rows == len(items) and items, "valid inputs reach data on the mock"
    assert table.schema.names == [field.name for field in fields]
    for field in fields:
        arrow_field = table.schema.field(field.name)
        assert arrow_field.type == ARROW_TYPES[field.kind], field.name
        assert arrow_field.nullable == field.nullable, field.name
    rows = table.to_pylist()
    for field in fields:  # every item's values, as the model has them (Unset: null; an enum: its value)
        if field.kind != "json":
            expected = [plain(getattr(item, field.attribute)) for item in items]
            assert [row[field.name] for row in rows] == expected, field.name


@pytest.mark.parametrize("operation_id", LISTS)
def test_every_list_function_gives_an_arrow_table(
    opt: Optimove, mock: MockOptimove, operation_id: str
) -> None:
    function = _entry_point(opt, operation_id)
    arguments = facade_arguments(operation_id, mock)
    _check(operation_id, function.to_arrow(**arguments), function(**arguments))


@pytest.mark.parametrize("operation_id", LISTS)
def test_every_list_function_gives_an_arrow_table_async(mock: MockOptimove, operation_id: str) -> None:
    async def run() -> tuple[Any, Any]:
        async with AsyncOptimove(
            api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=mock.async_transport()
        ) as client:
            function = _entry_point(client, operation_id)
            arguments = facade_arguments(operation_id, mock)
            return await function.to_arrow(**arguments), await function(**arguments)

    table, items = asyncio.run(run())
    _check(operation_id, table, items)


def test_an_empty_list_keeps_the_schema(opt: Optimove) -> None:
    table = opt.actions.get_executed_campaign_details.to_arrow(date=datetime.date(2001, 1, 1))
    assert table.num_rows == 0
    assert table.schema.names == [field.name for field in model_fields(RECORDS["GetExecutedCampaignDetails"])]
