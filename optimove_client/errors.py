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

from typing import Protocol


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
