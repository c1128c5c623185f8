"""Stopping safely when asked to: SIGTERM turned into an exception that unwinds like Ctrl-C.

Airflow, Kubernetes, systemd and `kill` stop a task with SIGTERM, whose default action ends the process
at once, wherever it is: a file half written, a Parquet file without its footer. Inside
`raise_on_sigterm()`, SIGTERM raises `Terminated` in the main thread instead, a `KeyboardInterrupt`, so
that every `finally` and `with` on the way out runs exactly as for Ctrl-C::

    from optimove_client.stopping import Terminated, raise_on_sigterm

    with raise_on_sigterm():
        try:
            for page in opt.customers.get_customers_by_action.pages(...):
                write(page)
        except KeyboardInterrupt as stop:  # Ctrl-C, or Terminated for SIGTERM
            ...  # the pages written are whole: note how far it got, then exit 128 + signal number

A pull stopped this way leaves no thread of its own running and the client usable; when the stop came
while a page was being fetched, its notes say where to resume (`start=`), as a failed page's do.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

__all__ = ["Terminated", "raise_on_sigterm"]


class Terminated(KeyboardInterrupt):
    """The process was asked to stop (SIGTERM): unwinds like Ctrl-C, so whatever stops a program on
    Ctrl-C stops it here. `signal_number` is the signal that asked."""

    def __init__(self, signal_number: int = signal.SIGTERM) -> None:
        super().__init__(f"stopped by {signal.Signals(signal_number).name}")
        self.signal_number = signal_number


def _raise_terminated(number: int, frame: FrameType | None) -> None:
    raise Terminated(number)


@contextlib.contextmanager
def raise_on_sigterm() -> Iterator[None]:
    """Inside, SIGTERM raises Terminated in the main thread; the handler before is put back on leaving.

    Elsewhere than in the main thread (where Python cannot set signal handlers) nothing changes. Nor
    does it where SIGTERM is ignored (the process was started so: that is kept), or handled by code that
    is not Python (such a handler could not be put back)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGTERM)
    if previous is None or previous == signal.SIG_IGN:
        yield
        return
    signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
