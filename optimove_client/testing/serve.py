"""The mock as a real HTTP server on 127.0.0.1, and the `optimove-mock` command.

It acts out network faults for real: a hang stalls (for config.hang_seconds at most) before closing,
a reset closes the socket without an answer, a truncated body stops halfway. Every method reaches the
mock's core, which answers one it does not serve with 405 and Allow, as Optimove does.
"""

from __future__ import annotations

import errno
import socket
import struct
import sys
import threading
from collections.abc import Callable, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TextIO
from urllib.parse import parse_qsl, unquote, urlsplit

from optimove_client.testing.app import MockOptimove
from optimove_client.testing.config import MockConfig
from optimove_client.testing.control import CONTROL_PREFIX
from optimove_client.testing.fault_syntax import fault_to_text
from optimove_client.testing.faults import FaultKind
from optimove_client.testing.messages import MockRequest
from optimove_client.testing.serve_options import add_serve_options, config_from
from optimove_client.testing.usage_errors import OneLineErrorParser

LOCALHOST = "127.0.0.1"


class _Handler(BaseHTTPRequestHandler):
    server: MockServer
    protocol_version = "HTTP/1.1"  # keep-alive, as clients expect from Optimove
    # Without this, small answers wait for the peer's delayed ACK (a false ~40 ms per call).
    disable_nagle_algorithm = True

    def _serve(self) -> None:
        target = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request = MockRequest(
            method=self.command,
            path=unquote(target.path),
            query=tuple(parse_qsl(target.query, keep_blank_values=True)),
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
        )
        response = self.server.mock.handle(request)
        fault = response.fault
        if fault is not None and fault.kind is FaultKind.HANG:
            self.server.stopping.wait(self.server.mock.config.hang_seconds)
            self.close_connection = True
            return
        if fault is not None and fault.kind is FaultKind.RESET:
            # SO_LINGER 0 turns close() into a TCP reset.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            return
        self.send_response(response.status)
        for name, value in response.headers:
            if name.lower() != "content-length":
                self.send_header(name, value)
        if response.status not in (204, 304):  # these have no body, and say no length (RFC 9110)
            self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if self.command == "HEAD":  # the length is told, the body never sent
            return
        if fault is not None and fault.kind is FaultKind.TRUNCATE:
            self.wfile.write(response.body[: len(response.body) // 2])
            self.close_connection = True
            return
        self.wfile.write(response.body)

    def __getattr__(self, name: str) -> Callable[[], None]:
        # http.server looks up do_<METHOD> and answers 501 when it is missing: route every method to
        # the core instead, so TRACE, OPTIONS or any other get Optimove's 405 with Allow.
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)

    def log_message(self, format: str, *args: object) -> None:
        """Silent: request lines are not worth the noise, and headers must never be logged."""


class MockServer(ThreadingHTTPServer):
    daemon_threads = True
    # Connections waiting to be accepted: the standard library's 5 drops the SYNs of a burst of clients,
    # which then connect a second later, as a real server with a real backlog would not make them.
    request_queue_size = 128

    def __init__(self, mock: MockOptimove, port: int = 0) -> None:
        super().__init__((LOCALHOST, port), _Handler)
        self.mock = mock
        self.stopping = threading.Event()

    @property
    def base_url(self) -> str:
        return f"http://{LOCALHOST}:{self.server_address[1]}"

    def start(self) -> MockServer:
        """Serve on a background thread; pair with stop()."""
        # A short poll: stop() waits for the loop to notice, which tests do once each.
        threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.05}, name="optimove-mock", daemon=True
        ).start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def start_message(config: MockConfig, base_url: str) -> str:
    """What a served mock says when it listens: where, its budget, and what was switched on.

    The first line names the URL (programs that start the mock read it). Never a credential.
    """
    windows = ", ".join(f"{calls} calls per {seconds:g} s" for calls, seconds in config.rate_limits)
    budget = (
        f"Budget per caller: {windows}; once spent, calls are answered 429 until it refills "
        "(--rate-limit off switches it off)."
        if windows
        else "No budget: --rate-limit is off."
    )
    lines = [f"Mock Optimove on {base_url} ({config.customers} customers). {budget} Ctrl-C stops it."]
    if config.token_idle_seconds != MockConfig.token_idle_seconds:
        lines.append(f"Login sessions expire {config.token_idle_seconds:g} s after their last call.")
    if config.faults:
        lines.append("Faults armed: " + " ".join(fault_to_text(fault) for fault in config.faults))
    if config.control_endpoints:
        lines.append(
            f"Control endpoints: GET {CONTROL_PREFIX}/counters, GET|POST|DELETE {CONTROL_PREFIX}/faults, "
            f"POST {CONTROL_PREFIX}/sessions/expire."
        )
    return "\n".join(lines)


class PortUnavailableError(Exception):
    """The port cannot be listened on: the message names it and what to do, in one line."""


def _listening(mock: MockOptimove, port: int) -> MockServer:
    try:
        return MockServer(mock, port)
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            raise PortUnavailableError(
                f"port {port} on {LOCALHOST} is already in use (another mock serve?); "
                "choose another with --port"
            ) from None
        reason = (error.strerror or str(error)).lower()
        raise PortUnavailableError(
            f"cannot listen on port {port} of {LOCALHOST}: {reason}; choose another with --port"
        ) from None


def run(config: MockConfig, port: int, out: TextIO | None = None) -> None:
    """Serve a mock with this configuration on 127.0.0.1 until Ctrl-C; PortUnavailableError when the
    port cannot be listened on."""
    server = _listening(MockOptimove(config), port)
    print(start_message(config, server.base_url), file=out or sys.stdout, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def main(argv: Sequence[str] | None = None) -> None:
    """The `optimove-mock` command."""
    parser = OneLineErrorParser(prog="optimove-mock", description="Serve a mock Optimove on 127.0.0.1.")
    add_serve_options(parser)
    args = parser.parse_args(argv)
    try:
        run(config_from(args), args.port)
    except PortUnavailableError as error:
        parser.exit(2, f"{parser.prog}: {error}\n")


if __name__ == "__main__":
    main()
