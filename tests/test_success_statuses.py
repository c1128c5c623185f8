"""Success is a status the function documents, with its body: a proxy's 204, a cache's 304 or a gateway's 302
on page 3 of a pull is an error that says where to resume, never the end of the data."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from optimove_client import UnexpectedStatusError
from optimove_client.testing import ManualClock, MockOptimove
from optimove_client.testing.fault_syntax import parse_fault
from tests.client_helpers import async_client, make_mock, run, sync_client

DAY = datetime.date(2024, 6, 30)
PULL = {"recipient_group_id": 1, "action_id": 12, "date": DAY, "page_size": 1000}
FUNCTION = "GetCustomersByAction"
# 204 No Content, 206 Partial Content (documented by another function only), 304 Not Modified, redirects.
STATUSES = [204, 206, 304, 302, 307]


def _clean(clock: ManualClock) -> list[str]:
    with sync_client(make_mock(clock, customers=5500), clock) as opt:
        return [row.customer_id for row in opt.customers.get_customers_by_action.iter(**PULL)]


@pytest.mark.reliability
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("status", STATUSES)
def test_a_status_the_function_does_not_document_stops_a_pull_where_it_can_resume(
    mode: str, status: int
) -> None:
    """A 204, 206, 304 or 3xx on page 3 of a pull: an error naming it and where to resume, not the end.

    Never "no more data"; the pull resumed there yields exactly the rest."""
    clock = ManualClock()
    clean = _clean(clock)
    mock = make_mock(clock, customers=5500)
    mock.faults.fail(status, operation=FUNCTION, nth=3, times=100)
    rows: list[str] = []
    if mode == "sync":
        with sync_client(mock, clock) as opt, pytest.raises(UnexpectedStatusError) as raised:
            rows.extend(row.customer_id for row in opt.customers.get_customers_by_action.iter(**PULL))
    else:

        async def pull() -> None:
            async with async_client(mock, clock) as opt:
                async for row in opt.customers.get_customers_by_action.iter(**PULL):
                    rows.append(row.customer_id)

        with pytest.raises(UnexpectedStatusError) as raised:
            run(pull)
    error: Any = raised.value
    assert (error.status_code, error.operation, error.resume_offset) == (status, FUNCTION, 2000)
    assert f"HTTP {status}" in str(error) and "does not" in str(error)
    assert rows == clean[:2000]
    mock.faults.clear()
    with sync_client(mock, clock) as opt:
        rest = [row.customer_id for row in opt.customers.get_customers_by_action.iter(**PULL, start=2000)]
    assert rows + rest == clean and len(clean) == 5500


def test_the_statuses_a_function_documents_are_its_success(mock: MockOptimove, clock: ManualClock) -> None:
    """UpdateCustomerAttributes documents 202 (accepted for later): a success. GetAllActions does not."""
    with sync_client(mock, clock) as opt:
        mock.faults.fail(202, operation="UpdateCustomerAttributes")
        accepted = opt.customers.update_customer_attributes(
            callback_url="https://example.com/done",
            customer_new_attributes_values_list=[  # type: ignore[list-item]
                {"CustomerID": "1", "Attributes": [{"RealFieldName": "Alias", "Value": "x"}]}
            ],
        )
        assert accepted is None  # no body: nothing to decode, and no error
        mock.faults.fail(202, operation="GetAllActions", times=100)
        with pytest.raises(UnexpectedStatusError) as raised:
            opt.actions.get_all_actions()
    assert raised.value.status_code == 202 and raised.value.attempts == 5  # a GET: retried, then reported


@pytest.mark.parametrize("status", [204, 302])
def test_a_login_that_is_not_answered_200_opens_no_session(
    mock: MockOptimove, clock: ManualClock, status: int
) -> None:
    mock.faults.fail(status, operation="Login", times=100)
    with sync_client(mock, clock, login=True) as opt, pytest.raises(UnexpectedStatusError) as raised:
        opt.general.get_last_data_update()
    assert raised.value.operation == "Login" and raised.value.status_code == status
    assert mock.logins.attempts == 0  # the fault answered: the mock never saw a Login
    assert mock.calls.by_operation.get("GetLastDataUpdate", 0) == 0  # no call without a session


def test_a_raw_request_takes_any_2xx_but_not_a_redirect(mock: MockOptimove, clock: ManualClock) -> None:
    with sync_client(mock, clock) as opt:
        mock.faults.fail(204, operation="GetAllActions")
        assert opt.request("GET", "/current/actions/GetAllActions") is None
        mock.faults.fail(302, operation="GetAllActions")
        with pytest.raises(UnexpectedStatusError):
            opt.request("GET", "/current/actions/GetAllActions")


def test_the_mock_injects_any_status_but_200() -> None:
    operation_ids = {"GetAllActions"}
    assert parse_fault("204:GetAllActions", operation_ids).status == 204
    assert parse_fault("302", operation_ids).status == 302
    with pytest.raises(ValueError, match="not 200"):
        parse_fault("200", operation_ids)
