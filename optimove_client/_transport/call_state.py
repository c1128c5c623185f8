"""What one call's loop carries from attempt to attempt, and what each attempt ends with.

Attempts is the state of one call (the requests it may send and has sent, its waits, a Login it owes);
Sent is what one request got back; Outcome is how one attempt ended. The call loop's steps
(_call_steps) and its decisions (_call_core) read and write them; neither does any I/O.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import httpx

from optimove_client._auth.session_state import Renewal
from optimove_client._request.prepared_call import PreparedCall
from optimove_client.errors import OptimoveError

# bytes of the body, its text encoding -> the call's result (may raise MalformedBodyError).
Decode = Callable[[bytes, str], Any]


# Sent, Outcome and Done are made for every attempt and call: never changed once made, but not frozen
# (a frozen dataclass's __init__ costs five times a plain one's).
@dataclasses.dataclass(slots=True)
class Sent:
    """What one request got back: its status and body, and what the headers advise."""

    status: int
    body: bytes
    encoding: str
    retry_after: float | None
    location: str | None  # where a redirect pointed (redirects are not followed)


@dataclasses.dataclass(slots=True)
class Outcome:
    """How one attempt ended: its result, or its error and the seconds before the next attempt (None: no
    more attempts), and how long a 429 pauses the account."""

    result: Any = None
    error: OptimoveError | None = None
    wait: float | None = None
    pause: float | None = None


@dataclasses.dataclass(slots=True)
class Done:
    """How a call's loop ended well: the decoded result, and the seconds it waited for the call budget."""

    result: Any
    rate_limit_wait: float


@dataclasses.dataclass
class Attempts:
    """The state of one call's loop: the requests it may send and has sent, its waits, what comes next."""

    call: PreparedCall
    allowed: int  # retries
    timeout: httpx.Timeout
    made: int = 0  # requests put on the wire, Logins included
    rate_limit_wait: float = 0.0
    renewal: Renewal | None = None  # a Login the next attempt makes first (a 401 or 403 asked for it)
    refusal: Sent | None = None  # the 401 or 403 that asked for it
    last_error: OptimoveError | None = None
    limit: int = dataclasses.field(init=False)  # requests this call may send

    def __post_init__(self) -> None:
        self.limit = 1 + self.allowed

    @property
    def left(self) -> int:
        return self.limit - self.made


def opening_login(attempts: Attempts) -> None:
    """A Login before the call's first request opens the session: it is not one of the call's retries."""
    if attempts.made == 0:
        attempts.limit += 1
