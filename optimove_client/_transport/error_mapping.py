"""How an answer or a broken connection becomes the client's exception: the one mapping of a status (and
an error body) to its class, and of an httpx transport error to words that name the host tried."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from optimove_client._config import defaults as _defaults
from optimove_client.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    MethodNotAllowedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TokenExpiredError,
    UnexpectedStatusError,
)

# How Optimove says that a session token is no longer valid (in a 403 body).
_TOKEN_EXPIRED = "authorization-token expired"  # noqa: S105 (a phrase, not a token)


_DEFAULT_PORTS = {"http": 80, "https": 443}


def _where(url: str) -> str:
    """'api5.optimove.net (https://api5.optimove.net)': the host, and the origin with a port that is not
    the scheme's own. No path, query or user information: only where the client tried to go."""
    parts = urlsplit(url)
    host = parts.hostname or "?"
    try:
        port = parts.port
    except ValueError:
        port = None
    shown = f"[{host}]" if ":" in host else host
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme):
        shown += f":{port}"
    return f"{host} ({parts.scheme}://{shown})"


def _reason(error: BaseException) -> str:
    """Why the connection failed: the system's words (strerror) of the OSError under the httpx error, which
    httpx and httpcore chain as causes; the error's own text where there is none."""
    seen: set[int] = set()
    cause: BaseException | None = error
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, OSError) and cause.strerror:
            return str(cause.strerror)
        cause = cause.__cause__ or cause.__context__
    return str(error).strip()


def connection_error(operation: str, error: Exception, *, attempts: int = 1) -> APIConnectionError:
    """An httpx transport error in words that name the host tried and why it failed (without [Errno N]).

    Duck-typed on httpx's class names, so that importing the errors needs no httpx."""
    kinds = {cls.__name__ for cls in type(error).__mro__}
    kind = type(error).__name__
    reason = _reason(error)
    try:
        url = str(error.request.url)  # type: ignore[attr-defined]
    except (AttributeError, RuntimeError):  # a transport error raised without its request
        url = ""
    where = _where(url) if url else "the server"
    if "TimeoutException" in kinds:
        if "ConnectTimeout" in kinds:
            message = f"could not connect to {where} in time ({kind})"
        else:
            message = f"no answer in time from {where} ({kind}{': ' + reason if reason else ''})"
        return APITimeoutError(operation, message, attempts=attempts)
    if "ConnectError" in kinds:
        return APIConnectionError(
            operation, f"could not connect to {where}: {reason or kind}", attempts=attempts
        )
    detail = f"{kind}: {reason}" if reason else kind
    return APIConnectionError(operation, f"the connection to {where} failed ({detail})", attempts=attempts)


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    429: RateLimitError,
}


def error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an error status."""
    if status_code >= 500:
        return ServerError
    return _BY_STATUS.get(status_code, APIStatusError)


def json_or_text(body: bytes) -> Any:
    """A body's JSON value, or its text where it is not JSON (an error page, a bare token)."""
    text = body.decode("utf-8", errors="replace").strip()
    try:
        return json.loads(text)
    except ValueError:
        return text


def body_excerpt(body: bytes) -> str:
    """What an error body says, short and on one line: the message of a JSON error object, else the text."""
    decoded = json_or_text(body)
    if isinstance(decoded, dict):
        decoded = decoded.get("message") or decoded.get("error") or json.dumps(decoded)
    return " ".join(str(decoded).split())[: _defaults.ERROR_BODY_EXCERPT]


def token_expired(excerpt: str) -> bool:
    """Whether an error body (its excerpt) says that the session token is no longer valid."""
    return _TOKEN_EXPIRED in excerpt.lower()


def status_error(
    operation: str,
    status_code: int,
    body: bytes,
    *,
    attempts: int = 1,
    retry_after: float | None = None,
    location: str | None = None,
) -> APIStatusError:
    """The exception for an answer that is not a success: the one place where a status becomes an
    exception."""
    excerpt = body_excerpt(body)
    if status_code < 400:
        return UnexpectedStatusError(operation, status_code, excerpt, attempts=attempts, location=location)
    if status_code == 429:
        return RateLimitError(operation, status_code, excerpt, attempts=attempts, retry_after=retry_after)
    if status_code == 403 and token_expired(excerpt):
        return TokenExpiredError(operation, status_code, excerpt, attempts=attempts)
    return error_class(status_code)(operation, status_code, excerpt, attempts=attempts)
