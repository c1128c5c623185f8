"""Stopping the command: Ctrl-C (SIGINT) and SIGTERM, held while a page is written, then said in one line.

Both stop an export the same orderly way (whole records kept, the resume state saved); only the exit code
and the words tell them apart: 130 for Ctrl-C, 143 for SIGTERM (128 + the signal, as shells report it).
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

from optimove_client.cli.exit_codes import ExitCode

_HELD = (signal.SIGINT, signal.SIGTERM)


@contextlib.contextmanager
def deferred_interrupt() -> Iterator[None]:
    """Inside: SIGINT and SIGTERM are noted, not acted on; on leaving, each one noted is raised again, to
    the handler that was there before (KeyboardInterrupt, Terminated, or the default: the process ends
    then, with the page whole)."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread
        return
    noted: list[int] = []

    def note(number: int, frame: FrameType | None) -> None:
        if number not in noted:
            noted.append(number)

    # A handler that is not Python's (None) could not be put back: that signal is left alone.
    previous = {number: signal.getsignal(number) for number in _HELD}
    held = [number for number, handler in previous.items() if handler is not None]
    for number in held:
        signal.signal(number, note)
    try:
        yield
    finally:
        for number in held:
            signal.signal(number, previous[number])
    for arrived in noted:
        signal.raise_signal(arrived)  # a raising handler raises here, before the next one is sent


def signal_number_of(stop: KeyboardInterrupt) -> int:
    """The signal behind an interruption: Terminated's (or dlt's own exception's), else SIGINT."""
    for name in ("signal_number", "signal_code"):  # dlt raises its own for the signals it intercepts
        found = getattr(stop, name, None)
        if isinstance(found, int):
            return found
    return int(signal.SIGINT)


def interrupted(stop: KeyboardInterrupt) -> tuple[str, ExitCode]:
    """The first words of the line that reports the stop, and the exit code."""
    if signal_number_of(stop) == signal.SIGTERM:
        return "interrupted (SIGTERM)", ExitCode.TERMINATED
    return "interrupted", ExitCode.INTERRUPTED
