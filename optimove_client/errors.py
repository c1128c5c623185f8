"""The exceptions the client raises. Everything derives from OptimoveError; nothing is returned as None/False.

OptimoveError
├── ConfigurationError        the client cannot be built as asked (no server, two kinds of credentials)
├── ValidationError           bad input, raised before any network call
├── APIStatusError            the server answered an error status
│   ├── BadRequestError       400
│   ├── AuthenticationError   401 (and a refused Login)
│   ├── PermissionDeniedError 403
│   │   └── TokenExpiredError 403 "Authorization-Token Expired" that could not be cured by logging in
│   ├── NotFoundError         404
│   ├── MethodNotAllowedError 405
│   ├── ConflictError         409
│   ├── RateLimitError        429, with retry_after
│   ├── ServerError           5xx, 520 and other codes from 500 up
│   └── UnexpectedStatusError a status the function does not document as success (204, 304, a redirect)
├── APIConnectionError        the server could not be reached, or the connection broke
│   └── APITimeoutError       no answer in time
├── ClientClosedError         a call on a closed client (also a RuntimeError)
├── StoreError                the store shared by the account's processes cannot be used
├── BatchError                a call of .batched failed: which items were sent and which were not
└── ResponseParseError        the server answered something the spec does not describe
    ├── AttributeValuesMismatchError  a row's attribute values do not match the names one for one
    └── MalformedBodyError    the body is not JSON at all (asked for again where that is safe)
"""

from __future__ import annotations

import json
from typing import Protocol
from urllib.parse import urlsplit

from optimove_client import _defaults

# How Optimove says that a session token is no longer valid (in a 403 body).
_TOKEN_EXPIRED = "authorization-token expired"  # noqa: S105 (a phrase, not a token)


class OptimoveError(Exception):
    """Base class of every error raised by optimove_client."""


class ConfigurationError(OptimoveError, ValueError):
    """The client was constructed with missing or contradictory settings."""


class ClientClosedError(OptimoveError, RuntimeError):
    """A call on a client that was closed (close(), or the end of its with block): nothing is sent."""

    def __init__(self, client: str, closed_by: str) -> None:
        self.client = client
        super().__init__(f"this {client} client is closed ({closed_by}); create a new one")


class MissingExtraError(OptimoveError, ImportError):
    """A feature needs an optional extra that is not installed; the message names the extra to install."""


class ValidationError(OptimoveError, ValueError):
    """An argument breaks a rule of the spec; raised before any network call."""

    def __init__(self, operation: str, parameter: str, rule: str) -> None:
        self.operation = operation
        self.parameter = parameter
        self.rule = rule
        super().__init__(f"{operation}: {parameter} {rule}")


class APIStatusError(OptimoveError):
    """The server answered with an error status."""

    def __init__(self, operation: str, status_code: int, body: str, *, attempts: int = 1) -> None:
        self.operation = operation
        self.status_code = status_code
        self.body = body
        self.attempts = attempts
        tries = f" after {attempts} attempts" if attempts > 1 else ""
        detail = f": {body}" if body else ""
        super().__init__(f"{operation} failed with HTTP {status_code}{tries}{detail}")


class BadRequestError(APIStatusError):
    """400: a parameter is missing or invalid."""


class AuthenticationError(APIStatusError):
    """401: missing or unknown API key or token, or Login refused the credentials."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials may not call this function."""


class TokenExpiredError(PermissionDeniedError):
    """403 Authorization-Token Expired, and no credentials to log in again (or logging in did not help)."""


class NotFoundError(APIStatusError):
    """404: an ID in the request does not exist, or the function does not exist on this server."""


class MethodNotAllowedError(APIStatusError):
    """405: the function was called with the wrong HTTP method."""


class ConflictError(APIStatusError):
    """409: e.g. a transactional mail with this UniqueMessageID was already sent."""


class RateLimitError(APIStatusError):
    """429: too many calls. retry_after is the server's advice in seconds, when it gave one."""

    def __init__(
        self,
        operation: str,
        status_code: int,
        body: str,
        *,
        attempts: int = 1,
        retry_after: float | None = None,
    ) -> None:
        self.retry_after = retry_after
        super().__init__(operation, status_code, body, attempts=attempts)


class ServerError(APIStatusError):
    """5xx (or any code from 500 up, such as Cloudflare's 520): the server failed."""


class UnexpectedStatusError(APIStatusError):
    """A status below 400 that the function does not document as its success (a 204, 206 or 304, a 302 to a
    login page): a proxy, gateway or cache answered instead of Optimove. It is never read as "no data".
    `location` is where a redirect pointed (redirects are not followed: the credentials go with every
    request)."""

    def __init__(
        self, operation: str, status_code: int, body: str, *, attempts: int = 1, location: str | None = None
    ) -> None:
        self.location = location
        if is_redirect(status_code):
            where = f" to {location}" if location else ""
            detail = f"a redirect{where}, not followed: {operation} does not redirect"
        else:
            detail = f"{operation} does not answer {status_code}"
        detail += " (a proxy, gateway or cache may have answered in Optimove's place)"
        super().__init__(operation, status_code, f"{detail}; {body}" if body else detail, attempts=attempts)


def is_redirect(status_code: int) -> bool:
    """A 3xx that points elsewhere (304 Not Modified does not)."""
    return 300 <= status_code < 400 and status_code != 304


class APIConnectionError(OptimoveError):
    """The server could not be reached, or the connection broke before a whole answer arrived."""

    def __init__(self, operation: str, message: str, *, attempts: int = 1) -> None:
        self.operation = operation
        self.attempts = attempts
        tries = f", after {attempts} attempts" if attempts > 1 else ""
        super().__init__(f"{operation}: {message}{tries}")


class APITimeoutError(APIConnectionError):
    """The server did not answer within the timeout."""


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


class StoreError(OptimoveError):
    """The store that the processes of an account share (store=...) cannot be used: unreachable, or broken.

    The message names the store's URL without its password.
    """

    def __init__(self, url: str, problem: str) -> None:
        self.url = url
        super().__init__(f"the store {url} cannot be used: {problem}")


class BatchError(OptimoveError):
    """A call of a .batched(...) failed after its retries; the calls before it succeeded, none after it
    was made.

    `sent`, `failed` and `not_sent` are ranges of item indexes. The failed call's items were not applied
    when the server refused them with a 4xx answer, or the client was closed (`may_have_applied` False);
    after a 5xx, a timeout or a broken connection they may have been. Resume with items[failed.start:]
    or items[failed.stop:] accordingly. `cause` (also __cause__) is the error of the failed call;
    `results` those of the calls that succeeded.
    """

    def __init__(
        self,
        operation: str,
        cause: OptimoveError,
        *,
        failed: range,
        total: int,
        calls: int,
        results: tuple[object, ...],
    ) -> None:
        self.operation = operation
        self.cause = cause
        self.sent = range(0, failed.start)
        self.failed = failed
        self.not_sent = range(failed.stop, total)
        self.calls = calls
        self.results = results
        # A refusal (4xx) or a closed client (refused before anything was sent) applied nothing.
        refused = isinstance(cause, APIStatusError) and cause.status_code < 500
        self.may_have_applied = not (refused or isinstance(cause, ClientClosedError))
        outcome = "may have been applied" if self.may_have_applied else "were not applied"
        super().__init__(
            f"{operation}: batch call {calls + 1} failed ({type(cause).__name__}: {cause}); "
            f"{describe_items(self.sent)} sent in {calls} call{'s' if calls != 1 else ''}, "
            f"{describe_items(failed)} of the failed call {outcome}, {describe_items(self.not_sent)} not sent"
        )


def describe_items(indexes: range) -> str:
    """A range of item indexes in words: 'no items', 'item 3', 'items 0-99'."""
    if not indexes:
        return "no items"
    if len(indexes) == 1:
        return f"item {indexes.start}"
    return f"items {indexes.start}-{indexes.stop - 1}"


class ResponseParseError(OptimoveError):
    """The answer does not match the spec: it names the function, the field and the value."""

    def __init__(self, operation: str, detail: str) -> None:
        self.operation = operation
        self.detail = detail
        super().__init__(f"{operation}: unexpected response: {detail}")


class AttributeValuesMismatch(Protocol):
    """How a row's attribute values failed to match the names (what _attributes.AttributeValuesError says)."""

    count: int
    names: tuple[str, ...]
    shape: str  # "array" or "joined string"
    delimiter: str

    @property
    def delimiter_in_value(self) -> bool: ...

    def worded(self, advice: str) -> str: ...


class AttributeValuesMismatchError(ResponseParseError):
    """A row's CustomerAttributes values do not match the requested names one for one (never a shifted
    mapping). `mismatch` says how (its count, names, shape, delimiter); `worded` gives the message with
    other advice, such as a command line's flags."""

    def __init__(self, operation: str, row: str, mismatch: AttributeValuesMismatch) -> None:
        self.row, self.mismatch = row, mismatch
        super().__init__(operation, f"{row}: {mismatch}")

    def worded(self, advice: str) -> str:
        return f"{self.operation}: unexpected response: {self.row}: {self.mismatch.worded(advice)}"


class MalformedBodyError(ResponseParseError):
    """The body is not JSON at all (cut short, or a proxy's error page): worth asking for again."""


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


def body_excerpt(body: bytes) -> str:
    """What an error body says, short and on one line: the message of a JSON error object, else the text."""
    text = body.decode("utf-8", errors="replace").strip()
    try:
        decoded = json.loads(text)
    except ValueError:
        decoded = text
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
