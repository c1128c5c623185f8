"""Where an export's text goes: standard output, or a file written page by page and flushed each time."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO, TextIO

from optimove_client.cli.interrupts import deferred_interrupt


class Sink:
    """Text written in whole pieces: each write is flushed, and Ctrl-C waits until it is done."""

    def __init__(self, stream: TextIO | None = None, file: BinaryIO | None = None) -> None:
        self._stream = stream
        self._file = file

    @classmethod
    def create(cls, path: Path) -> Sink:
        return cls(file=path.open("wb"))

    @classmethod
    def append(cls, path: Path, size: int) -> Sink:
        """Continue a file after its first `size` bytes (anything after them was a record cut short)."""
        file = path.open("r+b")
        file.truncate(size)
        file.seek(size)
        return cls(file=file)

    def write(self, text: str) -> None:
        if not text:
            return
        with deferred_interrupt():
            if self._file is not None:
                self._file.write(text.encode())
                self._file.flush()
            elif self._stream is not None:
                self._stream.write(text)
                self._stream.flush()

    @property
    def size(self) -> int:
        """Bytes in the file so far (0 for standard output)."""
        return self._file.tell() if self._file is not None else 0

    def sync(self) -> None:
        if self._file is not None:
            os.fsync(self._file.fileno())

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
