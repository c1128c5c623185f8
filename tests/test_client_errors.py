"""Typed errors: one class per status with the function, status and a short body; parse errors; and bad input
rejected before any network call, naming the parameter and the rule."""

from __future__ import annotations

import datetime
from typing import Any

import httpx
import pytest
from optimove_generated.models import AddChannelTemplatesRequestItem

from optimove_client import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    MethodNotAllowedError,
    NotFoundError,
    OptimoveError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    ServerError,
    ValidationError,
)
from optimove_client.testing import ManualClock, MockOptimove
from tests.client_helpers import MODES, run, session

LAST_UPDATE = "general.get_last_data_update"
DAY = datetime.date(2024, 6, 30)


def _answer(status: int, content: bytes, **headers: str) -> Any:
    def intercept(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers=headers)

    return intercept


STATUSES = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    418: APIStatusError,
    429: RateLimitError,
    500: ServerError,
    503: ServerError,
    520: ServerError,
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", STATUSES)
def test_each_status_raises_its_class(mode: str, status: int, mock: MockOptimove, clock: ManualClock) -> None:
    body = b'{"message": "The thing   went\\n wrong"}'

    async def scenario() -> None:
        async with session(mode, mock, clock, intercept=_answer(status, body), max_retries=0) as call:
            with pytest.raises(STATUSES[status]) as raised:
                await call(LAST_UPDATE)
        error = raised.value
        assert type(error) is STATUSES[status]
        assert isinstance(error, OptimoveError)
        assert (error.operation, error.status_code, error.body) == (
            "GetLastDataUpdate",
            status,
            "The thing went wrong",
        )
        assert str(error) == f"GetLastDataUpdate failed with HTTP {status}: The thing went wrong"

    run(scenario)


@pytest.mark.parametrize("mode", MODES)
def test_the_body_kept_is_short(mode: str, mock: MockOptimove, clock: ManualClock) -> None:
    async def scenario() -> None:
        async with session(mode, mock, clock, intercept=_answer(400, b"x" * 5000)) as call:
            with pytest.raises(BadRequestError) as raised:
                await call(LAST_UPDATE)
        assert 0 < len(raised.value.body) <= 300
        assert len(str(raised.value)) < 400

    run(scenario)


@pytest.mark.parametrize("mode", MODES)
def test_a_mock_400_names_the_problem(mode: str, mock: MockOptimove, clock: ManualClock) -> None:
    def corrupt(request: httpx.Request) -> None:  # what the client validated is changed on the way
        request.url = request.url.copy_set_param("RecipientGroupID", "12")

    async def scenario() -> None:
        async with session(mode, mock, clock, intercept=corrupt) as call:
            with pytest.raises(BadRequestError) as raised:
                await call("customers.get_customers_by_action", **BY_ACTION)
        assert raised.value.operation == "GetCustomersByAction" and "RecipientGroupID" in raised.value.body

    run(scenario)


@pytest.mark.parametrize("mode", MODES)
def test_a_429_carries_retry_after(mode: str, mock: MockOptimove, clock: ManualClock) -> None:
    async def scenario() -> None:
        async with session(
            mode, mock, clock, intercept=_answer(429, b"slow down", **{"Retry-After": "12"}), max_retries=0
        ) as call:
            with pytest.raises(RateLimitError) as raised:
                await call(LAST_UPDATE)
        assert raised.value.retry_after == 12.0

    run(scenario)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "case",
    [
        ("actions.get_all_actions", b'[{"ActionID": "abc", "ActionName": "x"}]', "row 0: field ActionID"),
        ("actions.get_all_actions", b'[{"ActionName": "x"}]', "row 0: field ActionID is missing"),
        ("actions.get_all_actions", b'{"ActionID": 1}', "expected a JSON array"),
        (LAST_UPDATE, b'{"Date": "yesterday"}', "field Date has the value 'yesterday'"),
        (LAST_UPDATE, b"<html>", "not JSON"),
    ],
)
def test_a_200_of_the_wrong_shape_is_a_parse_error(
    mode: str, case: tuple[str, bytes, str], mock: MockOptimove, clock: ManualClock
) -> None:
    path, body, expected = case

    async def scenario() -> None:
        async with session(mode, mock, clock, intercept=_answer(200, body)) as call:
            with pytest.raises(ResponseParseError) as raised:
                await call(path)
        assert expected in str(raised.value)
        assert raised.value.operation in ("GetAllActions", "GetLastDataUpdate")
        assert raised.value.operation in str(raised.value)

    run(scenario)


def _templates(count: int) -> list[AddChannelTemplatesRequestItem]:
    return [AddChannelTemplatesRequestItem(template_id=k, template_name=f"t{k}") for k in range(count)]


BY_ACTION = {"recipient_group_id": 1, "action_id": 1, "date": DAY}
BY_ACTION_OP = "customers.get_customers_by_action"
TEMPLATES_OP = "external_system_integration.add_channel_templates"
FUTURE_OP = "customers.get_customer_future_values"
ONE_OF = "LifecycleStageID or CustomerAttribute"
BAD_INPUTS: list[tuple[str, dict[str, Any], str, str]] = [
    (BY_ACTION_OP, {**BY_ACTION, "recipient_group_id": 10}, "RecipientGroupID", "at most 9"),
    (BY_ACTION_OP, {**BY_ACTION, "recipient_group_id": -1}, "RecipientGroupID", "at least 0"),
    (BY_ACTION_OP, {**BY_ACTION, "top": 0}, "$top", "at least 1"),
    (BY_ACTION_OP, {**BY_ACTION, "top": 200_001}, "$top", "at most 200000"),
    (BY_ACTION_OP, {**BY_ACTION, "attributes": [f"A{k}" for k in range(11)]}, "attributes", "1 to 10"),
    (TEMPLATES_OP, {"channel_id": 3, "items": _templates(101)}, "body", "at most 100 items"),
    (TEMPLATES_OP, {"channel_id": 3, "items": []}, "body", "at least 1 item"),
    (FUTURE_OP, {}, ONE_OF, "exactly one must be given (got 0)"),
    (
        FUTURE_OP,
        {"lifecycle_stage_id": "1", "customer_attribute": "Alias", "customer_attribute_value": "x"},
        ONE_OF,
        "exactly one must be given (got 2)",
    ),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", BAD_INPUTS, ids=lambda case: f"{case[2]}-{case[3]}")
def test_bad_input_fails_before_the_network_naming_parameter_and_rule(
    mode: str, case: tuple[str, dict[str, Any], str, str], mock: MockOptimove, clock: ManualClock
) -> None:
    path, arguments, parameter, rule = case

    async def scenario() -> None:
        async with session(mode, mock, clock) as call:
            with pytest.raises(ValidationError) as raised:
                await call(path, **arguments)
        assert raised.value.parameter.startswith(parameter)
        assert rule in raised.value.rule
        assert parameter in str(raised.value) and rule in str(raised.value)

    run(scenario)
    assert mock.calls.total == 0


@pytest.mark.parametrize(
    "arguments",
    [{**BY_ACTION, "date": "2024-06-30"}, {**BY_ACTION, "recipient_group_id": None}],
    ids=["date-as-text", "required-missing"],
)
def test_wrong_types_and_missing_required_fail_before_the_network(
    arguments: dict[str, Any], mock: MockOptimove, clock: ManualClock
) -> None:
    async def scenario() -> None:
        async with session("sync", mock, clock) as call:
            with pytest.raises(ValidationError):
                await call("customers.get_customers_by_action", **arguments)

    run(scenario)
    assert mock.calls.total == 0


@pytest.mark.parametrize(
    ("arguments", "parameter"),
    [
        ({**BY_ACTION, "date": "2024-06-30"}, "Date"),
        ({**BY_ACTION, "recipient_group_id": None}, "RecipientGroupID"),
    ],
    ids=["date-as-text", "required-missing"],
)
def test_wrong_types_and_missing_required_name_the_parameter(
    arguments: dict[str, Any], parameter: str, mock: MockOptimove, clock: ManualClock
) -> None:
    async def scenario() -> None:
        async with session("sync", mock, clock) as call:
            with pytest.raises(ValidationError) as raised:
                await call("customers.get_customers_by_action", **arguments)
        assert raised.value.parameter == parameter
        assert raised.value.rule in (
            "must be a datetime.date, not str: pass datetime.date(2024, 6, 30)",
            "is required",
        )

    run(scenario)
