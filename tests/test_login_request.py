"""The Login request is built from the spec (its operation record and generated request builder): the
route, the method and the body's field names on the wire are the spec's."""

from __future__ import annotations

import json

import httpx
from optimove_generated.operations import LOGIN

from optimove_client import Optimove
from optimove_client.testing import MOCK_BASE_URL, MockOptimove
from optimove_client.testing.config import DEFAULT_PASSWORD, DEFAULT_USERNAME


def test_the_login_on_the_wire_is_the_specs() -> None:
    mock = MockOptimove()
    inner = mock.transport()
    sent: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return inner.handle_request(request)

    with Optimove(
        username=DEFAULT_USERNAME,
        password=DEFAULT_PASSWORD,
        base_url=MOCK_BASE_URL,
        transport=httpx.MockTransport(handle),
        store="memory://",
    ) as opt:
        opt.general.get_last_data_update()
    login = sent[0]
    assert (login.method, login.url.path) == (LOGIN.method, LOGIN.path)
    assert LOGIN.body is not None
    fields = [field.name for field in LOGIN.body.fields]
    assert json.loads(login.content) == dict(zip(fields, [DEFAULT_USERNAME, DEFAULT_PASSWORD], strict=True))
    assert login.headers["Content-Type"] == "application/json"
