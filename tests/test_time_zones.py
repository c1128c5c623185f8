"""DateTimes a request sends: Optimove's DateTime carries no zone, so each one in the spec says in which zone
Optimove reads it (x-optimove-time-zone). An aware datetime is converted where Optimove reads UTC and
refused where it reads the account's time, before any request; a datetime is never sent as a date."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from optimove_generated.operations import OPERATIONS

from optimove_client import Optimove
from optimove_client._request.spec_document import schema_at, spec_document
from optimove_client.errors import ValidationError

DATETIME = "#/components/schemas/DateTime"
PARIS_SUMMER = datetime.timezone(datetime.timedelta(hours=2))
RECIPIENTS = [{"Email": "a@example.com"}]


class Recorder:
    def __init__(self) -> None:
        self.bodies: list[Any] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.bodies.append(json.loads(request.content) if request.content else None)
        return httpx.Response(200, json={"IsSuccess": True, "SendID": 1, "Error": None})


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def opt(recorder: Recorder) -> Iterator[Optimove]:
    transport = httpx.MockTransport(recorder)
    with Optimove(
        api_key="k", base_url="https://api5.optimove.net", transport=transport, rate_limit=()
    ) as client:
        yield client


def test_an_aware_schedule_time_is_sent_as_utc(opt: Optimove, recorder: Recorder) -> None:
    at = datetime.datetime(2024, 6, 30, 12, 15, tzinfo=PARIS_SUMMER)
    opt.transactional_mail.send_transactional_mail(template_id=1, recipients=RECIPIENTS, schedule_time=at)  # type: ignore[arg-type]
    assert recorder.bodies[0]["ScheduleTime"] == "2024-06-30 10:15:00"


def test_a_naive_schedule_time_is_sent_as_given(opt: Optimove, recorder: Recorder) -> None:
    at = datetime.datetime(2024, 6, 30, 12, 15)
    opt.transactional_mail.send_transactional_mail(template_id=1, recipients=RECIPIENTS, schedule_time=at)  # type: ignore[arg-type]
    assert recorder.bodies[0]["ScheduleTime"] == "2024-06-30 12:15:00"


def test_an_aware_time_in_the_accounts_zone_is_refused_before_any_request(
    opt: Optimove, recorder: Recorder
) -> None:
    at = datetime.datetime(2024, 6, 30, 12, 15, tzinfo=datetime.UTC)
    with pytest.raises(
        ValidationError, match=r"TimeStamp must be a naive datetime in the account's time zone"
    ):
        opt.external_system_integration.update_customer_promotion_status(
            time_stamp=at,
            campaign_id=1,
            promos_updated=[{"CustomerID": "1", "Status": True}],  # type: ignore[list-item]
        )
    assert recorder.bodies == []


def test_a_naive_time_in_the_accounts_zone_is_sent_and_nested_mappings_become_models(
    opt: Optimove, recorder: Recorder
) -> None:
    opt.external_system_integration.update_customer_promotion_status(
        time_stamp=datetime.datetime(2024, 6, 30, 12, 15),
        campaign_id=1,
        promos_updated=[{"CustomerID": "1", "Status": True}],  # type: ignore[list-item]
    )
    (body,) = recorder.bodies
    assert body["TimeStamp"] == "2024-06-30 12:15:00"
    assert body["PromosUpdated"] == [{"CustomerID": "1", "Status": True}]


def test_a_datetime_where_a_date_is_taken_is_refused(opt: Optimove, recorder: Recorder) -> None:
    with pytest.raises(ValidationError, match=r"Date must be a datetime.date, not a datetime.datetime"):
        opt.customers.get_customers_by_action(
            recipient_group_id=1, action_id=1, date=datetime.datetime(2024, 6, 30, 10, 0)
        )
    assert recorder.bodies == []


def _request_datetimes(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema node under a request that is a DateTime, with where it is."""
    if isinstance(node, dict):
        if node.get("$ref") == DATETIME:
            yield where, node
        elif "$ref" in node:
            yield from _request_datetimes(schema_at(node["$ref"]), f"{where}>{node['$ref']}")
        for key, value in node.items():
            if key != "$ref":
                yield from _request_datetimes(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _request_datetimes(value, f"{where}/{index}")


def test_every_datetime_a_request_sends_says_in_which_zone_optimove_reads_it() -> None:
    found = []
    for path, methods in spec_document()["paths"].items():
        for method, operation in methods.items():
            for given in operation.get("parameters", []):
                parameter = schema_at(given["$ref"]) if "$ref" in given else given
                if parameter["schema"].get("$ref") == DATETIME:
                    found.append((f"{method} {path} {parameter['name']}", parameter))
            body = operation.get("requestBody")
            if body is not None:
                found.extend(_request_datetimes(body, f"{method} {path} body"))
    assert found, "the spec's request DateTimes were not found: the walk is broken"
    unmarked = [where for where, node in found if node.get("x-optimove-time-zone") not in ("UTC", "account")]
    assert unmarked == []


def test_the_operations_table_carries_each_zone_of_the_spec() -> None:
    schemas = spec_document()["components"]["schemas"]
    zones = {}
    for operation in OPERATIONS:
        for field in operation.body.fields if operation.body is not None else ():
            name = field.schema.split("/")[-3]
            node = schemas[name]["properties"][field.name] if field.schema.startswith("#/components") else {}
            zones[(operation.operation_id, field.name)] = (field.time_zone, node.get("x-optimove-time-zone"))
    marked = {key: pair for key, pair in zones.items() if pair[1] is not None}
    assert marked and all(ours == spec for ours, spec in marked.values())
    assert {key for key, pair in zones.items() if pair[0] is not None} == set(marked)
