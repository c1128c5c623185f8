"""One body of code for the sync and the async client: a generator that yields what each I/O call returns.

A body calls the store, redis-py or a sleep as the sync code would, and yields the call's return value;
what the yield gives back is the call's result. A sync call has run by the time it returns, so drive()
sends its value straight back. An async call returns an awaitable, which adrive() awaits before sending
its result back, or throws its exception in at the yield, so that the body's own try and with blocks
see it where the sync body would. The control flow (loops, retries, transactions) is thus written once
and only the drivers differ, which an I/O-free core deciding between the steps of two loops would not
give: there, both loops would still be written out.
"""

from __future__ import annotations

from collections.abc import Awaitable, Generator
from typing import Any, TypeVar, cast

_T = TypeVar("_T")

# A body that yields I/O calls' return values and returns a T.
Steps = Generator[object, Any, _T]


def drive(steps: Steps[_T]) -> _T:
    """The result of a body whose calls are sync: each yielded value is the call's result already."""
    try:
        done = next(steps)
        while True:
            done = steps.send(done)
    except StopIteration as returned:
        return cast(_T, returned.value)


async def adrive(steps: Steps[_T]) -> _T:
    """The result of a body whose calls are async: each yielded awaitable is awaited for its result."""
    try:
        pending = next(steps)
        while True:
            try:
                result = await cast(Awaitable[object], pending)
            except BaseException as error:  # cancellation too: the body's finally blocks run
                pending = steps.throw(error)
            else:
                pending = steps.send(result)
    except StopIteration as returned:
        return cast(_T, returned.value)
