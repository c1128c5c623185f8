"""A Parquet export's heap: page-sized blocks go back to the system as soon as they are freed.

glibc's malloc serves a large block from a mapping of its own and unmaps it when it is freed, but it
raises that size limit to the size of each such block freed (up to 32 MiB). After the first page of
200,000 rows (a 20 MiB body), every later body is carved from the heap, which is seldom given back: a
Parquet export's peak memory crept from 140 MiB to 155-190 over five pages. A fixed limit keeps
page-sized blocks mapped, so each is unmapped when its page is done. Smaller blocks (a slice's values,
cells and lines) stay in the heap, where reusing them costs no page faults.

Only Parquet exports set it: the text exports peak at 80-110 MiB either way, and mapping every body
afresh costs page faults (about 4% of a CSV export's time). The CLI owns its process; the library never
tunes its caller's heap.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ctypes

# mallopt's parameter number for M_MMAP_THRESHOLD (malloc.h); setting it turns glibc's raising off.
_M_MMAP_THRESHOLD = -3
LARGE_BLOCK_BYTES = 4 * 1024 * 1024
# glibc's own variable for the same setting: a user who sets it keeps their value.
_USER_SETTING = "MALLOC_MMAP_THRESHOLD_"


def _glibc() -> ctypes.CDLL | None:
    try:
        version = os.confstr("CS_GNU_LIBC_VERSION")  # glibc answers; elsewhere it raises or is None
    except (ValueError, OSError):
        return None
    if not version:
        return None
    import ctypes  # noqa: PLC0415 - only a Parquet export needs it

    try:
        return ctypes.CDLL(None)
    except OSError:
        return None


def map_large_blocks(threshold: int = LARGE_BLOCK_BYTES) -> bool:
    """Serve and return blocks of `threshold` bytes and more by their own mappings, from now on.

    True when set; False where the C library is not glibc or the user set glibc's variable themselves.
    """
    if threshold <= 0:
        raise ValueError(f"threshold must be a positive number of bytes (got {threshold})")
    if _USER_SETTING in os.environ:
        return False
    libc = _glibc()
    if libc is None:
        return False
    return bool(libc.mallopt(_M_MMAP_THRESHOLD, threshold))
