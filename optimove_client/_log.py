"""The `optimove_client` logger, switched on by OPTIMOVE_LOG=debug|info.

Log lines name the function, the status, the time taken, attempts and rate-limit waits; they never
carry headers or bodies, so the API key, password and token cannot reach a log.
"""

from __future__ import annotations

import logging
import os
import sys

from optimove_client import _defaults

logger = logging.getLogger("optimove_client")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}

# Set on the WARNING that a plain call's page came back full, so that a program that reports it in its own
# words (the CLI) can drop exactly that record and no other.
FULL_PAGE = "optimove_full_page"


def is_not_full_page_warning(record: logging.LogRecord) -> bool:
    """A logging filter: False for the full-page warning, True for everything else."""
    return not getattr(record, FULL_PAGE, False)


def configure_from_environment() -> None:
    """Honour OPTIMOVE_LOG once, unless the application configured the logger itself."""
    level = _LEVELS.get(os.environ.get(_defaults.ENV_LOG, "").strip().lower())
    if level is None or logger.handlers:
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
