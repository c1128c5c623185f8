"""The mock's own request and response, independent of httpx and of the HTTP server."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from optimove_client.testing.faults import Fault


@dataclass(frozen=True)
class MockRequest:
    method: str
    path: str  # percent-decoded
    query: tuple[tuple[str, str], ...]  # decoded, in order, repeated names kept
    # Lower-cased names. Kept out of the repr: they carry the API key or the session token.
    headers: Mapping[str, str] = field(repr=False)
    body: bytes = field(default=b"", repr=False)


@dataclass(frozen=True)
class MockResponse:
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes = field(repr=False)
    # A network fault the adapter must act out (hang, reset, truncate); None for a normal answer.
    fault: Fault | None = None

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)
