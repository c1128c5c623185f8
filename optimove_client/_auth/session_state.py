"""What a Login session is made of: the token a client holds (Held), why it is renewed (Renewal), a Login
about to be sent (Plan) and what its answer means (LoginVerdict); how a token is read from Login's answer,
found usable in the store, and put on a request. No I/O: session.py does that with the store."""

from __future__ import annotations

import dataclasses
from typing import Literal

import httpx
from optimove_generated.operations import LOGIN as LOGIN_OPERATION

from optimove_client._auth.headers import TOKEN_HEADER
from optimove_client._auth.secret import Secret
from optimove_client._config import defaults as _defaults
from optimove_client._store.base import SessionRecord
from optimove_client._transport.error_mapping import json_or_text
from optimove_client.errors import ResponseParseError

# Login's route and body come from the spec (its operation record and generated request builder).
LOGIN_PATH = LOGIN_OPERATION.path
LOGIN = LOGIN_OPERATION.operation_id
SURELY_EXPIRED = _defaults.TOKEN_IDLE_LIFETIME_SECONDS + _defaults.TOKEN_EXPIRY_MARGIN_SECONDS


@dataclasses.dataclass
class Held:
    """The token a client uses, and what it knows of its use (store time)."""

    token: Secret
    generation: int
    last_used: float
    touched: float  # when this client last wrote a use to the store


@dataclasses.dataclass(frozen=True)
class Renewal:
    """Why a token is to be renewed: the one that was refused, and whether the answer said it expired."""

    stale: Held | None
    expired: bool


FIRST_LOGIN = Renewal(None, expired=False)


@dataclasses.dataclass(frozen=True)
class Plan:
    """A Login about to be sent: the session it replaces, and this attempt's hold on the store's lock."""

    record: SessionRecord
    holder: str


# What a Login's answer means: a token ("saved"), the session is live so the 403 before it was a refusal
# ("refused"), or a failure to report or retry ("failed").
LoginVerdict = Literal["saved", "refused", "failed"]


def token_from(body: bytes) -> Secret:
    """Login answers the token as a JSON string; older servers sent it bare."""
    value = json_or_text(body)
    if not isinstance(value, str) or not value.strip():
        raise ResponseParseError(LOGIN, "the answer is not a token string")
    return Secret(value.strip())


def usable(record: SessionRecord, now: float, stale: Held | None) -> Held | None:
    """The store's token if it is surely valid and not the one that just failed."""
    if record.token is None or now - record.last_used > SURELY_EXPIRED:
        return None
    if stale is not None and record.generation == stale.generation:
        return None
    return Held(record.token, record.generation, record.last_used, record.last_used)


def is_refusal_of_token(status: int) -> bool:
    """An answer that may mean the token no longer works (and a Login may cure)."""
    return status in (401, 403)


def sign(request: httpx.Request, held: Held | None) -> None:
    """The request with the session's token (a request without one is answered 403, then renewed)."""
    if held is not None:
        request.headers[TOKEN_HEADER] = held.token.reveal()
    else:
        request.headers.pop(TOKEN_HEADER, None)
