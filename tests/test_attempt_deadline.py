"""One attempt, from connect to last byte, never takes longer than its timeout: a real socket server that
trickles its answer (a byte every 0.2 s, well inside every per-read timeout) against timeout=1.0.

Without a deadline per attempt, httpx's per-read timeouts never trip and the call lasts as long as the
server cares to trickle (24 s for a short body on main). The server counts the bytes it managed to send
before the client hung up: a bound that does not depend on how busy the machine is.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from optimove_client import APITimeoutError, AsyncOptimove, Optimove
from tests.client_helpers import run

TIMEOUT = 1.0
TRICKLE_SECONDS = 0.2  # per byte: far below the per-read timeout
BODY = b'"2024-06-30"' + b" " * 200  # 212 bytes: 42 s at this pace
HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(BODY)


class TrickleServer:
    """Answers each connection one byte at a time: the whole answer (`head=True`) or only its body."""

    def __init__(self, *, head: bool) -> None:
        self._head = head
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.base_url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self.sent: list[int] = []  # bytes sent on each connection before the client closed it
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        self._listener.settimeout(0.1)
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: socket.socket) -> None:
        sent = 0
        with connection:
            connection.recv(65536)  # the request (small enough for one read)
            if not self._head:
                connection.sendall(HEAD)
            for byte in HEAD + BODY if self._head else BODY:
                if self._stop.wait(TRICKLE_SECONDS):
                    break
                try:
                    connection.sendall(bytes([byte]))
                except OSError:  # the client hung up
                    break
                sent += 1
        self.sent.append(sent)

    def __enter__(self) -> TrickleServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._listener.close()


@contextlib.contextmanager
def _served(head: bool) -> Iterator[TrickleServer]:
    with TrickleServer(head=head) as server:
        yield server


def _options(server: TrickleServer) -> dict[str, object]:
    return {
        "api_key": "key",
        "base_url": server.base_url,
        "timeout": TIMEOUT,
        "max_retries": 0,
        "store": "memory://",
        "environ": {},
    }


def _wait_for_hang_up(server: TrickleServer) -> list[int]:
    deadline = time.monotonic() + 10
    while not server.sent and time.monotonic() < deadline:
        time.sleep(0.05)  # the server notices the hang-up at its next byte
    return server.sent


@pytest.mark.reliability
@pytest.mark.parametrize("head", [True, False], ids=["headers trickled", "body trickled"])
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_attempt_never_outlasts_its_timeout_against_a_trickling_server(mode: str, head: bool) -> None:
    """A server that trickles one byte every 0.2 s, timeout=1.0: the attempt ends at its deadline"""
    with _served(head) as server:
        started = time.monotonic()
        if mode == "sync":
            with Optimove(**_options(server)) as opt, pytest.raises(APITimeoutError) as raised:  # type: ignore[arg-type]
                opt.general.get_last_data_update()
        else:

            async def call() -> None:
                async with AsyncOptimove(**_options(server)) as opt:  # type: ignore[arg-type]
                    await opt.general.get_last_data_update()

            with pytest.raises(APITimeoutError) as raised:
                run(call)
        elapsed = time.monotonic() - started
        sent = _wait_for_hang_up(server)
    assert "longer than its timeout" in str(raised.value)
    # At a byte per 0.2 s, 1 s lets about 5 bytes through; a lenient bound, whatever the machine's load.
    assert len(sent) == 1 and sent[0] <= 12, sent
    assert elapsed < TIMEOUT + 2.0, elapsed
