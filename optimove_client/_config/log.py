"""The `optimove_client` logger, switched on by OPTIMOVE_LOG=debug|info (or the application's logging).

INFO says what happens as it happens: Login events, retries (the function, attempt n of m, the status or
error, the wait before the next), waits for the call budget (how long, which budget) and pauses after a
429; DEBUG adds a line per request. Log lines never carry headers or bodies, so the API key, password and
token cannot reach a log.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TextIO

from optimove_client._config import defaults as _defaults

logger = logging.getLogger("optimove_client")
# A library prints nothing of its own accord: without this, Python's last-resort handler would print its
# warnings on standard error when the application configured no logging.
logger.addHandler(logging.NullHandler())

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}

# Set on the WARNING that a plain call's page came back full, so that a program that reports it in its own
# words (the CLI) can drop exactly that record and no other.
FULL_PAGE = "optimove_full_page"


def is_not_full_page_warning(record: logging.LogRecord) -> bool:
    """A logging filter: False for the full-page warning, True for everything else."""
    return not getattr(record, FULL_PAGE, False)


def configured() -> bool:
    """Whether a handler of the logger's own prints its records (the NullHandler prints nothing)."""
    return any(not isinstance(handler, logging.NullHandler) for handler in logger.handlers)


def configure_from_environment() -> bool:
    """Honour OPTIMOVE_LOG once, unless the application configured the logger itself; whether it did."""
    level = _LEVELS.get(os.environ.get(_defaults.ENV_LOG, "").strip().lower())
    if level is None or configured():
        return False
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
    return True


def print_warnings(stream: TextIO) -> None:
    """For a program (the CLI) that shows the library's warnings as they are, one line each, where neither
    it nor OPTIMOVE_LOG configured the logger (the NullHandler alone would hide them)."""
    if configured():
        return
    handler = logging.StreamHandler(stream)
    handler.setLevel(logging.WARNING)
    logger.addHandler(handler)
