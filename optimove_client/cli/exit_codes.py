"""The CLI's exit codes: one per kind of failure, so scripts can tell them apart."""

from __future__ import annotations

import enum

from optimove_client.errors import (
    APIConnectionError,
    AuthenticationError,
    ConfigurationError,
    OptimoveError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    StoreError,
    ValidationError,
)


class ExitCode(enum.IntEnum):
    OK = 0
    API_ERROR = 1  # the server refused the call (400, 404, 405, 409) or answered something unexpected
    BAD_INPUT = 2  # usage, parameters, credentials missing or a config file broken: nothing was sent
    AUTHENTICATION = 3  # 401/403: the API key, token or password was refused
    RATE_LIMIT = 4  # 429, still after the retries
    SERVER = 5  # 5xx, still after the retries
    NETWORK = 6  # the server could not be reached or did not answer in time
    STORE = 7  # the store the account's processes share (--store) cannot be used
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, as shells report it)


HELP = """\
exit codes:
  0    success
  1    the server refused the call (400, 404, 405, 409) or answered something unexpected
  2    bad input: usage, parameters, missing credentials (nothing was sent)
  3    authentication: the API key, token or password was refused (401, 403)
  4    rate limit: still 429 after the retries
  5    server error: still 5xx after the retries
  6    network: cannot connect, or no answer in time
  7    store: the shared store (--store, OPTIMOVE_STORE) cannot be reached or used
  130  interrupted (Ctrl-C); an export keeps whole records: run it again with --resume"""


# The first class an error is an instance of gives its exit code (order matters: subclasses first).
_BY_ERROR: tuple[tuple[type[OptimoveError] | tuple[type[OptimoveError], ...], ExitCode], ...] = (
    ((ValidationError, ConfigurationError), ExitCode.BAD_INPUT),
    ((AuthenticationError, PermissionDeniedError), ExitCode.AUTHENTICATION),
    (RateLimitError, ExitCode.RATE_LIMIT),
    (ServerError, ExitCode.SERVER),
    (APIConnectionError, ExitCode.NETWORK),
    (StoreError, ExitCode.STORE),
)


def exit_code_of(error: OptimoveError) -> ExitCode:
    """The exit code for an error of the library."""
    return next((code for kinds, code in _BY_ERROR if isinstance(error, kinds)), ExitCode.API_ERROR)
