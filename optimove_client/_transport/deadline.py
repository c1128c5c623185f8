"""One attempt, from connect to last byte, never takes longer than its timeout.

httpx's timeouts bound each phase and each read: a server that trickles one byte a second never trips a
read timeout of 2 s, and holds the call for as long as the body lasts. So every attempt also has a
deadline: the call loop opens it around the send and the reading of the body, and the sockets of the
client's own transport read and write with no more time than is left of it (a network backend wrapped
around httpcore's, the seam httpcore offers for this). The deadline travels in a context variable, which
follows a call into its thread or its task. A transport given by the caller (a mock, a test double) is
bounded between the chunks of the body instead.
"""

from __future__ import annotations

import contextlib
import contextvars
import ssl
import time
import typing
from collections.abc import Iterable, Iterator

import httpcore
import httpx

# When the attempt under way must be over (time.monotonic()); None: no attempt is timed here.
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("optimove_deadline", default=None)


def attempt_seconds(timeout: httpx.Timeout) -> float | None:
    """How long one attempt may take: the longest of the timeout's parts (None when none is set)."""
    parts = [
        part for part in (timeout.connect, timeout.read, timeout.write, timeout.pool) if part is not None
    ]
    return max(parts) if parts else None


class DeadlineExceeded(httpx.ReadTimeout):
    """The attempt's deadline passed (a subclass of httpx's read timeout: retried as a timeout is)."""


@contextlib.contextmanager
def attempt_deadline(seconds: float | None) -> Iterator[None]:
    """Within the block, the sockets of this thread or task have `seconds` in all; a timeout met once they
    are spent is reported as the attempt's."""
    deadline = None if seconds is None else time.monotonic() + seconds
    token = _DEADLINE.set(deadline)
    try:
        yield
    except httpx.TimeoutException as timeout:
        if deadline is None or isinstance(timeout, DeadlineExceeded) or time.monotonic() < deadline:
            raise
        raise DeadlineExceeded(_spent(seconds), request=_request_of(timeout)) from timeout
    finally:
        _DEADLINE.reset(token)


def _request_of(error: httpx.RequestError) -> httpx.Request | None:
    try:
        return error.request
    except RuntimeError:  # raised without one
        return None


def _spent(seconds: float | None) -> str:
    return f"the attempt took longer than its timeout ({seconds:g} s)"


def check_deadline(request: httpx.Request) -> None:
    """Between the chunks of a body: raise once the attempt's deadline has passed."""
    deadline = _DEADLINE.get()
    if deadline is not None and time.monotonic() >= deadline:
        raise DeadlineExceeded("the attempt took longer than its timeout", request=request)


def _bounded(timeout: float | None, phase: type[Exception]) -> float | None:
    """The socket timeout for one operation: the phase's own, cut to what is left of the deadline."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise phase("the attempt took longer than its timeout")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    # Each connect passes on what it was given (host and port, or path; the local address, the socket
    # options) but the timeout, which it cuts to what is left of the deadline.
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, *rest: typing.Any, **options: typing.Any
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._backend.connect_tcp(host, port, bounded, *rest, **options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, *rest: typing.Any, **options: typing.Any
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._backend.connect_unix_socket(path, bounded, *rest, **options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._stream.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, *rest: typing.Any, **options: typing.Any
    ) -> httpcore.AsyncNetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._backend.connect_tcp(host, port, bounded, *rest, **options))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, *rest: typing.Any, **options: typing.Any
    ) -> httpcore.AsyncNetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._backend.connect_unix_socket(path, bounded, *rest, **options))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def bound_sockets(transports: Iterable[object]) -> int:
    """Wrap the network backend of each httpx transport's connection pool (before any connection is made)
    so that its sockets keep to the attempt's deadline; a transport without one (a mock, a test double) is
    left as it is. Returns how many were wrapped."""
    wrapped = 0
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(pool, httpcore.ConnectionPool) and isinstance(backend, httpcore.NetworkBackend):
            pool._network_backend = _Backend(backend)
            wrapped += 1
        elif isinstance(pool, httpcore.AsyncConnectionPool) and isinstance(
            backend, httpcore.AsyncNetworkBackend
        ):
            pool._network_backend = _AsyncBackend(backend)
            wrapped += 1
    return wrapped
