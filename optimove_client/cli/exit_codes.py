"""The CLI's exit codes: one per kind of failure, so scripts can tell them apart."""

from __future__ import annotations

import enum

from optimove_client.errors import (
    APIConnectionError,
    AuthenticationError,
    BatchError,
    ConfigurationError,
    MissingExtraError,
    OptimoveError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    StoreError,
    ValidationError,
)


class ExitCode(enum.IntEnum):
    """What each code means is said once, in MEANINGS."""

    OK = 0
    API_ERROR = 1
    BAD_INPUT = 2
    AUTHENTICATION = 3
    RATE_LIMIT = 4
    SERVER = 5
    NETWORK = 6
    STORE = 7
    INTERRUPTED = 130  # 128 + SIGINT, as shells report it
    TERMINATED = 143  # 128 + SIGTERM: how Airflow, Kubernetes and systemd stop a task


# (code, meaning): `optimove --help` and the README's table of exit codes both say exactly this.
MEANINGS: tuple[tuple[ExitCode, str], ...] = (
    (ExitCode.OK, "success"),
    (ExitCode.API_ERROR, "the server refused the call (400, 404, 405, 409) or answered something unexpected"),
    (
        ExitCode.BAD_INPUT,
        "bad input: usage, parameters, missing credentials, a broken config file, a missing extra "
        "(nothing was sent)",
    ),
    (ExitCode.AUTHENTICATION, "authentication: the API key, token or password was refused (401, 403)"),
    (ExitCode.RATE_LIMIT, "rate limit: still 429 after the retries"),
    (ExitCode.SERVER, "server error: still 5xx after the retries"),
    (ExitCode.NETWORK, "network: cannot connect, or no answer in time"),
    (ExitCode.STORE, "store: the shared store (--store, OPTIMOVE_STORE) cannot be reached or used"),
    (ExitCode.INTERRUPTED, "interrupted (Ctrl-C); an export keeps whole records: run it again with --resume"),
    (
        ExitCode.TERMINATED,
        "stopped by SIGTERM (how Airflow, Kubernetes and systemd stop a task), as Ctrl-C stops it; an "
        "export keeps whole records: run it again with --resume",
    ),
)

HELP = "exit codes:\n" + "\n".join(f"  {int(code):<4} {meaning}" for code, meaning in MEANINGS)


# The first class an error is an instance of gives its exit code (order matters: subclasses first).
_BY_ERROR: tuple[tuple[type[OptimoveError] | tuple[type[OptimoveError], ...], ExitCode], ...] = (
    ((ValidationError, ConfigurationError, MissingExtraError), ExitCode.BAD_INPUT),
    ((AuthenticationError, PermissionDeniedError), ExitCode.AUTHENTICATION),
    (RateLimitError, ExitCode.RATE_LIMIT),
    (ServerError, ExitCode.SERVER),
    (APIConnectionError, ExitCode.NETWORK),
    (StoreError, ExitCode.STORE),
)


def exit_code_of(error: OptimoveError) -> ExitCode:
    """The exit code for an error of the library; a batch that failed ends as its failed call did."""
    if isinstance(error, BatchError):
        return exit_code_of(error.cause)
    return next((code for kinds, code in _BY_ERROR if isinstance(error, kinds)), ExitCode.API_ERROR)
