"""The mock as a WSGI application, to mount it in any WSGI server or hand it to WSGI test tools."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl

from optimove_client.testing.app import MockOptimove
from optimove_client.testing.faults import FaultKind
from optimove_client.testing.messages import MockRequest

StartResponse = Callable[..., Any]
WsgiApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"  # 520 and other non-standard codes


def _headers(environ: dict[str, Any]) -> dict[str, str]:
    headers = {
        key[5:].replace("_", "-").lower(): value for key, value in environ.items() if key.startswith("HTTP_")
    }
    for key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
        if environ.get(key):
            headers[key.replace("_", "-").lower()] = environ[key]
    return headers


def wsgi_app(mock: MockOptimove) -> WsgiApp:
    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        length = int(environ.get("CONTENT_LENGTH") or 0)
        path = environ.get("PATH_INFO", "/").encode("latin-1").decode("utf-8")
        request = MockRequest(
            method=environ["REQUEST_METHOD"],
            path=path,
            query=tuple(parse_qsl(environ.get("QUERY_STRING", ""), keep_blank_values=True)),
            headers=_headers(environ),
            body=environ["wsgi.input"].read(length) if length else b"",
        )
        response = mock.handle(request)
        fault = response.fault
        if fault is not None and fault.kind in (FaultKind.HANG, FaultKind.RESET):
            # WSGI cannot stall or reset a socket; dropping the connection is the closest it gets.
            raise ConnectionAbortedError(f"injected {fault.kind.value}")
        headers = [(k, v) for k, v in response.headers if k.lower() != "content-length"]
        headers.append(("Content-Length", str(len(response.body))))
        start_response(f"{response.status} {_reason(response.status)}", headers)
        if fault is not None and fault.kind is FaultKind.TRUNCATE:
            return _truncated(response.body)
        return [response.body]

    return app


def _truncated(body: bytes) -> Iterator[bytes]:
    yield body[: len(body) // 2]
    raise ConnectionAbortedError("injected truncated body")
