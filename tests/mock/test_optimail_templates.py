"""AddTemplate and UpdateTemplate: bodies with inferred fields, open to fields the spec does not list."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from optimove_client import Optimove
from optimove_client.errors import ValidationError
from optimove_client.testing import MOCK_BASE_URL, MockOptimove

ADD = "/current/optimail/AddTemplate"
UPDATE = "/current/optimail/UpdateTemplate"
TEMPLATE = {"TemplateName": "Welcome back", "TemplateContent": "<p>Hi [%FIRST_NAME%], welcome back!</p>"}


@pytest.mark.parametrize(
    "body",
    [
        TEMPLATE,
        {**TEMPLATE, "BrandID": 4, "Subject": "Welcome back!", "FromName": "Lovely"},  # not in the spec
        {"templatename": "Welcome back", "TEMPLATECONTENT": "<p>Hi</p>"},  # names match in any case
        {},  # nothing is known to be required
    ],
)
def test_add_template_accepts_the_inferred_fields_and_others(
    http: httpx.Client, body: dict[str, Any]
) -> None:
    assert http.post(ADD, json=body).status_code == 200


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ([TEMPLATE], "is not of type 'object'"),
        ({"TemplateName": ""}, "TemplateName"),
        ({"TemplateContent": 5}, "TemplateContent"),
    ],
)
def test_add_template_refuses_what_breaks_the_known_fields(
    http: httpx.Client, body: Any, message: str
) -> None:
    response = http.post(ADD, json=body)
    assert response.status_code == 400 and message in response.json()


def test_update_template_needs_the_template_id(http: httpx.Client) -> None:
    assert http.post(UPDATE, json={"TemplateID": 7, **TEMPLATE, "FolderID": 3}).status_code == 200
    assert http.post(UPDATE, json={"templateid": 7}).status_code == 200
    missing = http.post(UPDATE, json=TEMPLATE)
    assert missing.status_code == 400 and "'TemplateID' is a required property" in missing.json()
    assert http.post(UPDATE, json={"TemplateID": "7"}).status_code == 400


class _Recorder(httpx.BaseTransport):
    """Passes requests on to the mock and keeps the JSON bodies sent."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.bodies: list[tuple[str, Any]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.bodies.append((request.url.path, json.loads(request.content) if request.content else None))
        return self.inner.handle_request(request)


def test_the_client_sends_known_fields_by_keyword_and_others_as_extra_body() -> None:
    mock = MockOptimove(customers=10, rate_limits=())
    recorder = _Recorder(mock.transport())
    with Optimove(api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=recorder) as opt:
        opt.optimail.add_template(
            template_name="Welcome back",
            template_content="<p>Hi [%FIRST_NAME%]</p>",
            extra_body={"BrandID": 4, "Subject": "Welcome back!"},
        )
        opt.optimail.update_template(template_id=7, template_content="<p>Hello again</p>")
        opt.request("POST", UPDATE, json={"TemplateID": 7, "FolderID": 3})
        with pytest.raises(ValidationError, match="pass it as template_name="):
            opt.optimail.add_template(extra_body={"templatename": "Welcome back"})
    assert recorder.bodies == [
        (
            ADD,
            {
                "TemplateName": "Welcome back",
                "TemplateContent": "<p>Hi [%FIRST_NAME%]</p>",
                "BrandID": 4,
                "Subject": "Welcome back!",
            },
        ),
        (UPDATE, {"TemplateID": 7, "TemplateContent": "<p>Hello again</p>"}),
        (UPDATE, {"TemplateID": 7, "FolderID": 3}),
    ]
