"""Answers as servers really send them: field names in another case, at any depth, and IDs that the spec
has as strings sent as JSON numbers. No field is lost, and every ID reads as text."""

from __future__ import annotations

import datetime
import json
from typing import Any

import httpx

from optimove_client import Optimove

DAY = datetime.date(2024, 6, 30)


def _client(body: Any) -> Optimove:
    content = json.dumps(body).encode()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=content))
    return Optimove(api_key="k", base_url="https://api5.optimove.net", transport=transport, rate_limit=())


def test_a_numeric_customer_id_reads_as_text_in_rows() -> None:
    rows = [{"CustomerID": 1, "ChannelID": 3, "ScheduledTime": "2024-06-30 10:00:00", "SendID": 99}]
    with _client(rows) as opt:
        (row,) = opt.customers.get_customer_send_details_by_campaign(campaign_id=1)
    assert (row.customer_id, row.send_id) == ("1", "99")
    with _client([{"CustomerID": 7, "CustomerAttributes": ["a"]}]) as opt:
        (row,) = opt.customers.get_customers_by_action(
            recipient_group_id=1, action_id=1, date=DAY, attributes=["Alias"]
        )
    assert row.customer_id == "7" and row.attributes == {"Alias": "a"}


def test_a_field_in_another_case_lands_in_the_row() -> None:
    rows = [{"customerid": "231342", "ChannelID": 505, "ScheduledTime": "2015-12-30 10:30:00",
             "SendID": "HG65D", "TemplateId": 12}]  # fmt: skip
    with _client(rows) as opt:
        (row,) = opt.customers.get_customer_send_details_by_campaign(campaign_id=1)
    assert (row.customer_id, row.template_id, row.extra) == ("231342", 12, None)


def test_models_match_names_without_case_at_every_depth_and_read_numeric_ids_as_text() -> None:
    answer = {
        "IsSuccess": False,
        "RequestID": "r-1",
        "Errors": [
            {"Error": "UPDATE_FIELD_TEMPORARY_UNAVAILABLE", "CustomerID": 1289049, "RealFieldName": "X"}
        ],
    }
    changes = [{"CustomerID": "1", "Attributes": [{"RealFieldName": "X", "Value": "v"}]}]
    with _client(answer) as opt:
        result = opt.customers.update_customer_attributes(
            customer_new_attributes_values_list=changes  # type: ignore[arg-type]
        )
    assert result is not None and result.is_success is False and result.request_id == "r-1"
    (error,) = result.errors  # type: ignore[misc]
    assert (error.customer_id, error.real_field_name) == ("1289049", "X")
    assert error.additional_properties == {} and result.additional_properties == {}
