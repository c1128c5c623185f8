"""The command line's progress and wait lines, written to the task's log instead of standard error."""

from __future__ import annotations

import io
import logging
from typing import Any


class LogLines(io.TextIOBase):
    """A text stream whose lines become INFO lines of a logger (Airflow's task log)."""

    def __init__(self, log: logging.Logger | Any) -> None:
        super().__init__()
        self._log = log

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        for line in text.splitlines():
            if line.strip():
                self._log.info("%s", line.strip())
        return len(text)
