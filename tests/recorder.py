"""A transport for tests of what is refused before the network: it refuses what a real connection would."""

from __future__ import annotations

import h11
import httpx


class Recorder:
    """An httpx MockTransport that refuses what a real connection would, and records what it sends."""

    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []
        self.transport = httpx.MockTransport(self._handle)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        try:  # what httpcore's h11 connection checks before a byte goes out
            h11.Request(
                method=request.method,
                target=request.url.raw_path,
                headers=request.headers.raw,
            )
        except h11.LocalProtocolError as error:
            raise httpx.LocalProtocolError(str(error)) from error
        self.sent.append(request)
        if request.url.path.lower().endswith("/login"):
            return httpx.Response(200, json="session-token-0123")
        return httpx.Response(200, json={"Date": "2024-06-30"})
