"""A row's to_dict(): Optimove's names, the requested attributes as a plain dict, nothing internal, ready
for json.dumps, on every decoding path (array or joined attributes, fields the spec does not describe)."""

from __future__ import annotations

import datetime
import http.server
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from optimove_generated.rows import ROWS

from optimove_client import Optimove
from optimove_client._request.spec_document import spec_document
from optimove_client.testing import DEFAULT_API_KEY, MockOptimove

DAY = datetime.date(2024, 6, 30)
RAW_ATTRIBUTE_FORMS = {"CustomerAttributes", "CustomerAttribute"}


def _client(transport: httpx.BaseTransport) -> Optimove:
    return Optimove(api_key=DEFAULT_API_KEY, server=5, transport=transport, rate_limit=(), environ={})


@pytest.fixture(params=["array", "joined"])
def opt(request: pytest.FixtureRequest) -> Iterator[Optimove]:
    mock = MockOptimove(customers=3, attribute_shape=request.param)
    with _client(mock.transport()) as client:
        yield client


def test_a_row_with_attributes_names_its_fields_as_optimove_does(opt: Optimove) -> None:
    rows = opt.customers.get_customers_by_action(
        recipient_group_id=1, action_id=1, date=DAY, attributes=["Alias", "Country"]
    )
    data = rows[0].to_dict()
    assert data["CustomerID"] == rows[0].customer_id
    assert data["Attributes"] == dict(rows[0].attributes or {}) and type(data["Attributes"]) is dict
    assert set(data["Attributes"]) == {"Alias", "Country"}
    assert not [key for key in data if key.startswith("#") or key in RAW_ATTRIBUTE_FORMS]
    assert json.loads(json.dumps(data)) == data


def test_times_are_written_as_optimove_writes_them(opt: Optimove) -> None:
    (row, *_) = opt.customers.get_customer_send_details_by_campaign(campaign_id=1)
    assert isinstance(row.scheduled_time, datetime.datetime)
    data = row.to_dict()
    assert data["ScheduledTime"] == row.scheduled_time.strftime("%Y-%m-%d %H:%M:%S")
    assert "Attributes" not in data and json.dumps(data)


def test_fields_the_spec_does_not_describe_are_kept() -> None:
    answer = [{"CustomerID": "1", "ChannelID": 3, "ScheduledTime": "2024-06-30 10:00:00", "SendID": "s",
               "Region": "EU"}]  # fmt: skip
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=answer))
    with _client(transport) as opt:
        (row,) = opt.customers.get_customer_send_details_by_campaign(campaign_id=1)
    assert row.to_dict() == {"CustomerID": "1", "ChannelID": 3, "ScheduledTime": "2024-06-30 10:00:00",
                             "SendID": "s", "Region": "EU"}  # fmt: skip


def _item_properties(operation_id: str) -> set[str]:
    for methods in spec_document()["paths"].values():
        for operation in methods.values():
            if operation["operationId"] == operation_id:
                schema: Any = operation["responses"]["200"]["content"]["application/json"]["schema"]
                name = schema["items"]["$ref"].rsplit("/", 1)[1]
                return set(spec_document()["components"]["schemas"][name]["properties"])
    raise LookupError(operation_id)


@pytest.mark.parametrize("operation_id", sorted(ROWS))
def test_every_row_knows_the_optimove_name_of_each_field(operation_id: str) -> None:
    names = dict(ROWS[operation_id].optimove_names)
    assert set(names.values()) == _item_properties(operation_id) - RAW_ATTRIBUTE_FORMS
    assert all(attribute in ROWS[operation_id].__struct_fields__ for attribute in names)


# One record of GetCustomersByAction without its optional ActionID and ChannelID, as a server may send it.
_SPARSE = [{"CustomerID": "1"}]


def test_a_row_leaves_out_the_fields_the_answer_did_not_carry() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=_SPARSE))
    with _client(transport) as opt:
        rows = opt.customers.get_customers_by_action(recipient_group_id=1, action_id=12, date=DAY)
        (lazy,) = list(
            opt.customers.get_customers_by_action.iter(recipient_group_id=1, action_id=12, date=DAY)
        )
    assert rows[0].to_dict() == {"CustomerID": "1"} == lazy.to_dict()
    assert rows[0].action_id is None  # the attribute is still there, None


def test_a_row_leaves_out_a_null_as_the_cli_does() -> None:
    """A row holds an absent field and a null alike (None): both are left out, as the CLI writes them."""
    answer = [{"CustomerID": "1", "ActionID": None, "ChannelID": 3}]
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=answer))
    with _client(transport) as opt:
        (row,) = opt.customers.get_customers_by_action(recipient_group_id=1, action_id=12, date=DAY)
    assert row.to_dict() == {"CustomerID": "1", "ChannelID": 3}


def test_a_model_leaves_out_absent_fields_and_keeps_a_null() -> None:
    """A model tells them apart: an absent field is UNSET (left out), a null is None (kept)."""
    from optimove_client.generated.models import GetCustomersByActionItem  # noqa: PLC0415

    assert GetCustomersByActionItem.from_dict(_SPARSE[0]).to_dict() == {"CustomerID": "1"}
    both = {"CustomerID": "1", "ActionID": None}
    assert GetCustomersByActionItem.from_dict(both).to_dict() == both


class _Answers(http.server.BaseHTTPRequestHandler):
    """Any GET answered with _SPARSE: the record as a real server would send it to a real process."""

    def do_GET(self) -> None:
        body = json.dumps(_SPARSE).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def sparse_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Answers)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("form", ["json", "jsonl"])
def test_the_cli_writes_the_record_as_the_row_has_it(sparse_server: str, tmp_path: Path, form: str) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("OPTIMOVE_")}
    env.update(OPTIMOVE_BASE_URL=sparse_server, OPTIMOVE_API_KEY="key", OPTIMOVE_STORE="memory://",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_CACHE_HOME=str(tmp_path / "cache"))  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "optimove_client.cli", "call", "GetCustomersByAction", "--param",
         "RecipientGroupID=1", "--param", "ActionID=12", "--param", "Date=2024-06-30", "--format", form,
         "--output", "-", "--quiet"],
        env=env, capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    written = (
        json.loads(done.stdout) if form == "json" else [json.loads(line) for line in done.stdout.splitlines()]
    )
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=_SPARSE))
    with _client(transport) as opt:
        rows = opt.customers.get_customers_by_action(recipient_group_id=1, action_id=12, date=DAY)
    assert written == [row.to_dict() for row in rows] == [{"CustomerID": "1"}]
