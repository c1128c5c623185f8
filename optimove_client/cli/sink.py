"""Where output goes: standard output, a regular file, or anything else one can write to.

A regular file is written page by page, flushed each time and synced at the end; only it can be measured,
cut back and continued, so only it keeps resume state. A device (/dev/null, a terminal), a FIFO or a pipe
is written as it is, in order: nothing there can be sought, truncated or synced. `-`, and a path that is
this process's standard output (/dev/stdout, /dev/fd/1), mean standard output itself.

A gzip sink compresses each page it is given as a gzip member of its own: the members of a file read
back as one stream (gzip -d, Python's gzip), and a file cut back to the end of a member is still whole,
so a compressed export resumes by appending new members, as a plain one appends text. The pieces of a
page are compressed on a thread of the sink's own while the next piece is made: zlib lets go of the GIL
while it compresses, so on two cores compressing costs the export little time of its own.
"""

from __future__ import annotations

import collections
import concurrent.futures
import io
import os
import stat
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO, TextIO

from optimove_client.cli.interrupts import deferred_interrupt
from optimove_client.cli.problems import CliError


def output_path(output: str | None, stdout: TextIO) -> Path | None:
    """--output as a path to open; None for standard output."""
    if output is None or output == "-":
        return None
    path = Path(output)
    try:
        fileno = stdout.fileno()
        if os.path.samestat(path.stat(), os.fstat(fileno)):
            return None  # written through the stream: it keeps its offset, and `>>` keeps appending
    except (OSError, io.UnsupportedOperation):
        pass  # not there yet, or standard output is no file (tests)
    return path


def kind_of(path: Path) -> str:
    """What is at path, in words; "a regular file" also when nothing is there yet (it will be one)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return "a regular file"  # if it cannot be created, opening it says why
    kinds = (
        (stat.S_ISREG, "a regular file"),
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def is_regular(path: Path) -> bool:
    return kind_of(path) == "a regular file"


# gzip's own default level: a third faster than 9 for a few percent more bytes on CSV and JSON.
GZIP_LEVEL = 6
_GZIP_WBITS = 16 + zlib.MAX_WBITS  # zlib writes the gzip header and trailer: each page a whole member
# Pieces handed to the compressing thread and not yet compressed: enough to keep it busy while the next
# piece is made, few enough that uncompressed text never piles up when compressing is the slower part.
_PIECES_AHEAD = 2


class _Compressor:
    """Pages as gzip members, each page's pieces compressed in order on one thread of its own."""

    def __init__(self) -> None:
        self._thread = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="optimove-gzip")

    def member(self, pieces: Iterable[bytes]) -> bytes:
        """The pieces as one whole gzip member; nothing of it if making a piece fails."""
        member = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, _GZIP_WBITS)
        pending: collections.deque[concurrent.futures.Future[bytes]] = collections.deque()
        compressed: list[bytes] = []
        try:
            for piece in pieces:
                pending.append(self._thread.submit(member.compress, piece))
                while len(pending) > _PIECES_AHEAD:
                    compressed.append(pending.popleft().result())
            compressed.extend(future.result() for future in pending)
        finally:
            for future in pending:  # after a failure: the member is dropped, its queued pieces with it
                future.cancel()
        # The thread has compressed every piece (each result was awaited): flushing here follows them all.
        compressed.append(member.flush())
        return b"".join(compressed)

    def close(self) -> None:
        self._thread.shutdown(wait=True, cancel_futures=True)


class Sink:
    """Bytes written in whole pieces: each write is flushed, and Ctrl-C waits until it is done."""

    def __init__(
        self, stream: TextIO | None = None, file: BinaryIO | None = None, *, gzip: bool = False
    ) -> None:
        self._stream = stream
        self._file = file
        self._gzip = gzip
        self._compressor: _Compressor | None = None  # started with the first gzip page
        self._regular = file is not None and stat.S_ISREG(os.fstat(file.fileno()).st_mode)

    @classmethod
    def open(cls, path: Path | None, stdout: TextIO, *, gzip: bool = False) -> Sink:
        """Standard output for None; else the file, created afresh, or the device or FIFO as it is."""
        return cls(stream=stdout, gzip=gzip) if path is None else cls(file=path.open("wb"), gzip=gzip)

    @classmethod
    def append(cls, path: Path, size: int, *, gzip: bool = False) -> Sink:
        """Continue a file after its first `size` bytes (anything after them was a record cut short)."""
        file = path.open("r+b")
        file.truncate(size)
        file.seek(size)
        return cls(file=file, gzip=gzip)

    def write(self, data: bytes | str) -> None:
        if data:
            self.write_page([data.encode() if isinstance(data, str) else data])

    def write_page(self, pieces: Iterable[bytes]) -> None:
        """One page, given piece by piece (each a run of whole records), so that no page is ever whole
        in memory as text. Ctrl-C waits until the page is written. A failure while the pieces are made (a
        row that does not decode) cuts a regular file back to where the page began; a stream keeps the
        pieces written, whole records all. gzip compresses the pieces as they come into one member,
        written at the end: a member is never cut short."""
        with deferred_interrupt():
            if self._gzip:
                if self._compressor is None:
                    self._compressor = _Compressor()
                self._put(self._compressor.member(pieces))
            else:
                start = self.size
                try:
                    for piece in pieces:
                        self._put(piece, flush=False)
                except BaseException:
                    if self._file is not None and self._regular:
                        self._file.truncate(start)
                        self._file.seek(start)
                    raise
            self._flush()

    def _put(self, payload: bytes, *, flush: bool = True) -> None:
        if not payload:
            return
        if self._file is not None:
            self._file.write(payload)
        elif self._stream is not None:
            _write_stream(self._stream, payload, binary=self._gzip)
        if flush:
            self._flush()

    def _flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    @property
    def size(self) -> int:
        """Bytes in a regular file so far (0 for anything else)."""
        return self._file.tell() if self._file is not None and self._regular else 0

    def sync(self) -> None:
        if self._file is not None and self._regular:
            os.fsync(self._file.fileno())

    def close(self) -> None:
        if self._compressor is not None:
            self._compressor.close()
            self._compressor = None
        if self._file is not None:
            self._file.close()


def _write_stream(stream: TextIO, payload: bytes, *, binary: bool) -> None:
    """Bytes to standard output: through its binary buffer, after what its text layer holds."""
    buffer = getattr(stream, "buffer", None)
    stream.flush()
    if buffer is not None:
        buffer.write(payload)
        buffer.flush()
    elif binary:
        raise CliError("standard output here takes text only: write compressed output to a file (--output)")
    else:  # a text-only stream (an embedding program, tests): our text is UTF-8
        stream.write(payload.decode())
        stream.flush()
