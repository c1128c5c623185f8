"""A benchmark server that answers from precomputed bytes, so that what is measured is the client.

The customer rows come from the mock's own handler (GetCustomersByAction with the bench's arguments),
made once at start-up and kept as one blob plus the offset of every row: any page ($top/$skip) is a
slice of it, sent without copying. Keep-alive, Nagle off, one thread per connection.

The server counts the calls it answers, by path: GET /bench/calls answers them as a JSON object (itself
uncounted), so that bench/calls.py can say how many calls a pull spent.

Paths (after an optional `/delay/<ms>` prefix that sleeps that long before answering, for
latency-bound pulls, and an optional `/gzip` prefix, for compressed pages):
  POST /current/general/login                  -> a JSON string token (the peer's Login)
  GET  /current/general/GetLastDataUpdate      -> {"Date": ...}
  GET  /current/customers/GetCustomersByAction -> the page [$skip, $skip + $top) (empty body past the end)

Compressed pages: with --gzip-page-sizes N,... every page of those sizes is also gzipped at start-up;
under the `/gzip` prefix a page is sent gzipped (Content-Encoding: gzip) to a request whose
Accept-Encoding takes gzip, and refused (406) to one that does not, so that no candidate measured on
compressed pages can read plain ones. Without the prefix nothing is compressed, whatever the request asks.

Run: python -m bench.server --records N [--gzip-page-sizes N,...]  (prints "READY <port>" once it listens).
"""

from __future__ import annotations

import argparse
import array
import collections
import re
import socket
import socketserver
import sys
import threading
import time
import zlib
from dataclasses import dataclass
from urllib.parse import parse_qsl

import orjson

from optimove_client.testing import MockOptimove, MockRequest

HOST = "127.0.0.1"
# GetCustomersByAction pages (x-optimove-paging) and takes CustomerAttributes; for these arguments the
# mock's dataset selects every customer, so one action can hold the whole million.
FUNCTION_PATH = "/current/customers/GetCustomersByAction"
RECIPIENT_GROUP_ID = 1
ACTION_ID = 3
DATE = "2024-06-30"
ATTRIBUTES = ("Alias", "Country", "Email")
MOCK_PAGE = 200_000  # the mock's maximum $top
TOKEN = "bench-session-token"  # noqa: S105 (a fixed fake token)
JSON_TYPE = b"application/json; charset=utf-8"
GZIP_LEVEL = 6  # zlib's default, a common server setting; decompression costs about the same at any level


@dataclass(frozen=True)
class Customers:
    blob: bytes  # every row's JSON object, comma-separated, without the brackets
    offsets: array.array[int]  # offsets[i]: where row i starts; offsets[-1] == len(blob) + 1

    @property
    def count(self) -> int:
        return len(self.offsets) - 1

    def page(self, skip: int, top: int) -> memoryview:
        """Rows [skip, skip + top) without the brackets (empty past the end)."""
        first, last = min(skip, self.count), min(skip + top, self.count)
        if first >= last:
            return memoryview(b"")
        return memoryview(self.blob)[self.offsets[first] : self.offsets[last] - 1]


def gzip_pages(customers: Customers, sizes: tuple[int, ...]) -> dict[tuple[int, int], bytes]:
    """(skip, top) -> the gzipped page, brackets included, for every page of each size."""
    pages = {}
    for top in sizes:
        for skip in range(0, customers.count, top):
            packer = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 16 + zlib.MAX_WBITS)  # a gzip wrapper
            parts = [packer.compress(part) for part in (b"[", customers.page(skip, top), b"]")]
            pages[(skip, top)] = b"".join([*parts, packer.flush()])
    return pages


def bench_query() -> tuple[tuple[str, str], ...]:
    return (
        ("RecipientGroupID", str(RECIPIENT_GROUP_ID)),
        ("ActionID", str(ACTION_ID)),
        ("Date", DATE),
        ("CustomerAttributes", ";".join(ATTRIBUTES)),
    )


def build_customers(records: int) -> Customers:
    """Ask the mock for every page once and keep the bytes (about 100 bytes a row)."""
    mock = MockOptimove(customers=records, rate_limits=())
    headers = {"x-api-key": mock.api_key}
    parts = []
    for skip in range(0, records, MOCK_PAGE):
        query = (*bench_query(), ("$top", str(MOCK_PAGE)), ("$skip", str(skip)))
        response = mock.handle(MockRequest("GET", FUNCTION_PATH, query, headers))
        if response.status != 200 or not response.body.startswith(b"["):
            sys.exit(f"the mock answered {response.status}: {response.body[:200]!r}")
        parts.append(response.body[1:-1])
    blob = b",".join(parts)
    offsets = array.array("q", (match.start() for match in re.finditer(rb'\{"CustomerID"', blob)))
    if len(offsets) != records:
        sys.exit(f"expected {records} rows from the mock, found {len(offsets)}")
    offsets.append(len(blob) + 1)
    return Customers(blob, offsets)


def _head(status: str, length: int, content_type: bytes = JSON_TYPE, *, gzipped: bool = False) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Length: {length}\r\n".encode()
    if length:
        head += b"Content-Type: " + content_type + b"\r\n"
    if gzipped:
        head += b"Content-Encoding: gzip\r\n"
    return head + b"\r\n"


def _small(status: str, body: bytes) -> bytes:
    return _head(status, len(body)) + body


LOGIN_ANSWER = _small("200 OK", orjson.dumps(TOKEN))
LAST_UPDATE_ANSWER = _small("200 OK", orjson.dumps({"Date": DATE}))
NOT_FOUND = _small("404 Not Found", b'"No such function on the bench server"')
NOT_ACCEPTABLE = _small("406 Not Acceptable", b'"Pages under /gzip are sent gzipped only"')
DELAY = re.compile(r"^/delay/(\d+)(/.*)$")
# /limit/CALLS/MS/...: at most CALLS requests under that prefix in any MS milliseconds, as Optimove counts
# an account's calls; one more is refused with a 429 (and counted). GET /limit-stats reads the counts.
LIMIT = re.compile(r"^/limit/(\d+)/(\d+)(/.*)$")
LIMIT_STATS = "/limit-stats"
_REFUSAL = b'"Too many calls in the window"'
TOO_MANY = (
    f"HTTP/1.1 429 Too Many Requests\r\nContent-Length: {len(_REFUSAL)}\r\nRetry-After: 1\r\n"
    "Content-Type: application/json\r\n\r\n"
).encode() + _REFUSAL
CALLS_PATH = "/bench/calls"


def _bad_request(why: str) -> bytes:
    return _small("400 Bad Request", orjson.dumps(why))


class _Handler(socketserver.StreamRequestHandler):
    server: BenchServer

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def handle(self) -> None:
        while self._one_request():
            pass

    def _one_request(self) -> bool:
        line = self.rfile.readline(65537)
        if not line:
            return False
        method, target, _version = line.decode("latin-1").split(" ", 2)
        length, keep_alive, gzip = 0, True, False
        while True:
            header = self.rfile.readline(65537)
            if header in (b"\r\n", b"\n", b""):
                break
            name, _, value = header.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"connection" and value.strip().lower() == b"close":
                keep_alive = False
            elif name == b"accept-encoding":
                gzip = b"gzip" in value.lower()
        if length:
            self.rfile.read(length)
        path, _, query = target.partition("?")
        if path == LIMIT_STATS:
            self.connection.sendall(_small("200 OK", orjson.dumps(self.server.windows.read_and_reset())))
            return keep_alive
        limited = LIMIT.match(path)
        if limited:
            calls, milliseconds, path = int(limited.group(1)), int(limited.group(2)), limited.group(3)
            if not self.server.windows.admit(calls, milliseconds):
                self.connection.sendall(TOO_MANY)
                return keep_alive
        delayed = DELAY.match(path)
        if delayed:
            time.sleep(int(delayed.group(1)) / 1000)
            path = delayed.group(2)
        compressed = path.startswith("/gzip/")
        if compressed:
            path = path.removeprefix("/gzip")
        self._answer(method, path, query, gzip if compressed else None)
        return keep_alive

    def _answer(self, method: str, path: str, query: str, gzip: bool | None) -> None:
        """gzip: None for plain pages; under /gzip, whether the request accepts gzip."""
        send = self.connection.sendall
        lowered = path.lower()
        if lowered == CALLS_PATH:
            send(_small("200 OK", orjson.dumps(self.server.calls_answered())))
            return
        self.server.count(lowered)
        if method == "POST" and lowered == "/current/general/login":
            send(LOGIN_ANSWER)
        elif method == "GET" and lowered == "/current/general/getlastdataupdate":
            send(LAST_UPDATE_ANSWER)
        elif method == "GET" and lowered == FUNCTION_PATH.lower():
            params = dict(parse_qsl(query, keep_blank_values=True))
            problem = _check(params)
            if problem:
                send(_bad_request(problem))
                return
            skip, top = int(params.get("$skip", 0)), int(params.get("$top", 10_000))
            rows = self.server.customers.page(skip, top)
            if not rows:
                send(_head("200 OK", 0))  # Optimove's "no (more) data"
            elif gzip is not None:
                self._send_gzipped(skip, top, accepted=gzip)
            else:
                send(_head("200 OK", len(rows) + 2) + b"[")
                send(rows)
                send(b"]")
        else:
            send(NOT_FOUND)

    def _send_gzipped(self, skip: int, top: int, *, accepted: bool) -> None:
        body = self.server.gzipped.get((skip, top))
        if not accepted:
            self.connection.sendall(NOT_ACCEPTABLE)
        elif body is None:
            self.connection.sendall(_bad_request(f"no compressed page of $top={top} (--gzip-page-sizes)"))
        else:
            self.connection.sendall(_head("200 OK", len(body), gzipped=True))
            self.connection.sendall(body)


def _check(params: dict[str, str]) -> str | None:
    """Every candidate must ask for the same thing, or the comparison means nothing."""
    expected = dict(bench_query())
    for name, value in expected.items():
        given = params.get(name)
        if given is None or given.lower() != value.lower():
            return f"{name} must be {value!r}, not {given!r}"
    top = int(params.get("$top", 10_000))
    return None if 1 <= top <= MOCK_PAGE else f"$top must be 1..{MOCK_PAGE}"


class Windows:
    """The requests under /limit/ as a server counting an account's calls sees them: a sliding log of
    arrival times per window, and the requests admitted and refused since the last read."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._arrivals: dict[tuple[int, int], collections.deque[float]] = {}
        self.admitted = 0
        self.refused = 0

    def admit(self, calls: int, milliseconds: int) -> bool:
        now = time.monotonic()
        with self._lock:
            log = self._arrivals.setdefault((calls, milliseconds), collections.deque())
            while log and now - log[0] >= milliseconds / 1000:
                log.popleft()
            if len(log) >= calls:
                self.refused += 1
                return False
            log.append(now)
            self.admitted += 1
            return True

    def read_and_reset(self) -> dict[str, int]:
        with self._lock:
            counts = {"admitted": self.admitted, "refused": self.refused}
            self.admitted = self.refused = 0
            self._arrivals.clear()
            return counts


class BenchServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(
        self, customers: Customers, port: int = 0, gzipped: dict[tuple[int, int], bytes] | None = None
    ) -> None:
        super().__init__((HOST, port), _Handler)
        self.customers = customers
        self.gzipped = gzipped or {}
        self.windows = Windows()
        self._calls: collections.Counter[str] = collections.Counter()
        self._calls_lock = threading.Lock()  # one thread per connection

    def count(self, path: str) -> None:
        with self._calls_lock:
            self._calls[path] += 1

    def calls_answered(self) -> dict[str, int]:
        with self._calls_lock:
            return dict(self._calls)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.server")
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--gzip-page-sizes", default="", help="comma-separated page sizes to serve gzipped")
    args = parser.parse_args(argv)
    customers = build_customers(args.records)
    sizes = tuple(int(size) for size in args.gzip_page_sizes.split(",") if size)
    server = BenchServer(customers, args.port, gzip_pages(customers, sizes))
    print(f"READY {server.server_address[1]}", flush=True)
    # The parent closes our stdin when it is done with us: stop then, even if it died without a signal.
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.read()
    server.shutdown()
    server.server_close()


if __name__ == "__main__":
    main()
