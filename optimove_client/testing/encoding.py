"""Response bodies: JSON by default (orjson: a 200,000-row page encodes in a fraction of a second),
XML for GET calls that ask for it with `Accept: application/xml`."""

from __future__ import annotations

import json
from typing import Any
from xml.sax.saxutils import escape

import orjson

from optimove_client.testing.answer_context import Rows
from optimove_client.testing.messages import MockResponse

JSON = "application/json; charset=utf-8"
XML = "application/xml; charset=utf-8"
ROWS_PER_CHUNK = 20_000


def _dumps(value: Any) -> bytes:
    try:
        return orjson.dumps(value)
    except TypeError:  # an integer beyond 64 bits, which the spec allows (a POSTed ID read back)
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def json_response(status: int, payload: Any, *extra_headers: tuple[str, str]) -> MockResponse:
    return MockResponse(status, (("Content-Type", JSON), *extra_headers), _dumps(payload))


def encode_json(payload: Any) -> bytes:
    if isinstance(payload, Rows):
        # Encode in slices so the whole page never exists as Python objects at once.
        parts = []
        chunk: list[dict[str, Any]] = []
        for row in payload.rows:
            chunk.append(row)
            if len(chunk) == ROWS_PER_CHUNK:
                parts.append(_dumps(chunk)[1:-1])
                chunk = []
        if chunk:
            parts.append(_dumps(chunk)[1:-1])
        return b"[" + b",".join(parts) + b"]"
    return _dumps(payload)


def wants_xml(accept: str | None) -> bool:
    return accept is not None and "xml" in accept.lower() and "json" not in accept.lower()


def encode_xml(payload: Any, root: str) -> bytes:
    value = list(payload.rows) if isinstance(payload, Rows) else payload
    return ('<?xml version="1.0" encoding="utf-8"?>' + _element(root, value)).encode()


def _element(tag: str, value: Any) -> str:
    if isinstance(value, list):
        inner = "".join(_element("Item" if tag != "Item" else "Value", item) for item in value)
    elif isinstance(value, dict):
        inner = "".join(_element(key, item) for key, item in value.items())
    elif value is None:
        return f'<{tag} nil="true"/>'
    elif isinstance(value, bool):
        inner = "true" if value else "false"
    else:
        inner = escape(str(value))
    return f"<{tag}>{inner}</{tag}>"
