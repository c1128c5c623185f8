"""Shared libraries as any later process loads them, not as pip left them in the page cache.

A file that was just written sits in the page cache in large folios, and a process that maps it counts
whole folios in its RSS. Right after `pip install`, pyarrow's libarrow.so counted 29 MiB of a process's
RSS instead of 11 (the same file, the same import), and a Parquet export's peak read 167 MiB instead of
146. Written back and dropped from the cache before anything is measured, the libraries are read in again
by the first process that maps them, as they are on any machine some time after installing: the peaks
then depend on the client, not on when pip last ran.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


def _shared_objects(prefix: Path) -> Iterable[Path]:
    for path in prefix.rglob("*.so*"):
        if path.is_file() and not path.is_symlink() and (path.suffix == ".so" or ".so." in path.name):
            yield path


def settle(prefixes: Iterable[Path]) -> int:
    """Write back and drop from the page cache every shared object under `prefixes`; how many it did."""
    if not hasattr(os, "posix_fadvise"):
        return 0  # not Linux: nothing to settle, and nothing this affects
    settled = 0
    for prefix in prefixes:
        if not prefix.is_dir():
            continue
        for path in _shared_objects(prefix):
            descriptor = os.open(path, os.O_RDONLY)
            try:
                os.fsync(descriptor)  # dirty pages cannot be dropped
                os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
                settled += 1
            finally:
                os.close(descriptor)
    return settled
