"""Where the account's budget and Login session live when nobody says: one SQLite file per user and machine.

Optimove allows one live Login session per user and counts one budget per account, so the runs of a
daily job (a script from cron run twice in a row, the `optimove` command, a library call in an Airflow
task on the same host) must share them, or the second run is refused a Login for 20 minutes. The library
and the command line therefore keep them in the same file of the user cache folder
(~/.cache/optimove-client/store.sqlite on Linux, mode 0600), whatever the credentials. Where that folder
cannot be written (a read-only container, a serverless function), the client keeps them in the process
(memory://) and says so once, naming the folder and store=.
"""

from __future__ import annotations

import functools
import logging
import os
import tempfile
from pathlib import Path

from optimove_client._config import defaults as _defaults

logger = logging.getLogger("optimove_client")

MEMORY = "memory://"


def store_folder() -> Path:
    import platformdirs  # noqa: PLC0415 - only when a client is built without a store

    return Path(platformdirs.user_cache_dir(_defaults.APP_NAME, appauthor=False))


def default_store_url() -> str:
    """sqlite:///<user cache folder>/store.sqlite, or memory:// where that folder cannot be written."""
    return _default_for(store_folder())


@functools.cache
def _default_for(folder: Path) -> str:
    """Decided once per folder and process: the warning is said once."""
    problem = _unwritable(folder)
    if problem is None:
        return "sqlite:///" + str(folder / _defaults.CLI_STORE_FILE)
    logger.warning(
        "the store folder %s cannot be written (%s): the account's call budget and Login session are kept "
        "in this process only (memory://), shared with no other run; give store= (or OPTIMOVE_STORE) a "
        "sqlite:///PATH on a writable disk, or a redis:// URL, to share them",
        folder,
        problem,
    )
    return MEMORY


def _unwritable(folder: Path) -> str | None:
    """Why no file can be made in the folder (created 0700 if missing), or None when one can."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        # os.access says yes to root on a read-only mount: only making a file tells.
        descriptor, probe = tempfile.mkstemp(dir=folder, prefix=".optimove-probe-")
        os.close(descriptor)
        os.unlink(probe)
    except OSError as error:
        return f"{type(error).__name__}: {error.strerror or error}"
    return None


def forget_for_tests() -> None:
    """Decide again (a test suite that points the cache folder elsewhere between tests)."""
    _default_for.cache_clear()
