"""What the CLI touches outside itself, in one object, so tests can run it in-process."""

from __future__ import annotations

import dataclasses
import getpass
import os
import sys
from collections.abc import Callable, Mapping
from typing import Any, TextIO


def _prompt_password(prompt: str) -> str | None:
    """Ask on the terminal without echo; None when there is no terminal to ask on."""
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(prompt)


@dataclasses.dataclass
class Console:
    stdout: TextIO = dataclasses.field(default_factory=lambda: sys.stdout)
    stderr: TextIO = dataclasses.field(default_factory=lambda: sys.stderr)
    environ: Mapping[str, str] = dataclasses.field(default_factory=lambda: os.environ)
    prompt_password: Callable[[str], str | None] = _prompt_password
    # None: ask the stream. Progress is drawn only on a terminal.
    stderr_is_terminal: bool | None = None
    # Extra keyword arguments of Optimove(...): tests pass an in-process transport and their own limiter.
    client_options: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def progress_on_terminal(self) -> bool:
        if self.stderr_is_terminal is not None:
            return self.stderr_is_terminal
        isatty = getattr(self.stderr, "isatty", None)
        return bool(isatty and isatty())

    def error(self, message: str) -> None:
        self.stderr.write(f"optimove: {message}\n")
        self.stderr.flush()
