"""httpx transports that call the mock in-process: no port, no thread, no sleep.

Network faults are raised as the exceptions httpx raises for a real socket, so client code meets the
same errors here as against the real server.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Protocol
from urllib.parse import parse_qsl

import httpx

from optimove_client.testing.faults import FaultKind
from optimove_client.testing.messages import MockRequest, MockResponse


class Handler(Protocol):
    """What the transports call: the mock's sans-IO core (MockOptimove.handle)."""

    def handle(self, request: MockRequest) -> MockResponse: ...


def to_mock_request(request: httpx.Request) -> MockRequest:
    query = tuple(parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True))
    headers = {name.lower(): value for name, value in request.headers.items()}
    return MockRequest(request.method, request.url.path, query, headers, request.content)


class TruncatedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that stops early, the way a dropped connection ends a Content-Length body."""

    def __init__(self, prefix: bytes, expected: int, request: httpx.Request) -> None:
        self._prefix = prefix
        self._expected = expected
        self._request = request

    def _error(self) -> httpx.RemoteProtocolError:
        message = "peer closed connection without sending complete message body "
        return httpx.RemoteProtocolError(
            message + f"(received {len(self._prefix)} bytes, expected {self._expected})",
            request=self._request,
        )

    def __iter__(self) -> Iterator[bytes]:
        yield self._prefix
        raise self._error()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._prefix
        raise self._error()


def to_httpx_response(response: MockResponse, request: httpx.Request) -> httpx.Response:
    fault = response.fault
    if fault is not None and fault.kind is FaultKind.HANG:
        raise httpx.ReadTimeout("timed out (injected hang)", request=request)
    if fault is not None and fault.kind is FaultKind.RESET:
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
    if fault is not None and fault.kind is FaultKind.TRUNCATE:
        headers = [(k, v) for k, v in response.headers if k.lower() != "content-length"]
        headers.append(("Content-Length", str(len(response.body))))
        stream = TruncatedStream(response.body[: len(response.body) // 2], len(response.body), request)
        return httpx.Response(response.status, headers=headers, stream=stream, request=request)
    return httpx.Response(
        response.status, headers=list(response.headers), content=response.body, request=request
    )


class MockTransport(httpx.BaseTransport):
    def __init__(self, mock: Handler) -> None:
        self.mock = mock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return to_httpx_response(self.mock.handle(to_mock_request(request)), request)


class AsyncMockTransport(httpx.AsyncBaseTransport):
    def __init__(self, mock: Handler) -> None:
        self.mock = mock

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return to_httpx_response(self.mock.handle(to_mock_request(request)), request)
