"""bench/pagecache.py: which files it settles (the page cache itself is the kernel's to show)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench import pagecache


@pytest.mark.skipif(not hasattr(os, "posix_fadvise"), reason="posix_fadvise is Linux's")
def test_every_shared_object_and_nothing_else_is_settled(tmp_path: Path) -> None:
    library = tmp_path / "site-packages" / "pyarrow"
    library.mkdir(parents=True)
    for name in ("libarrow.so.2600", "lib.cpython-311-x86_64-linux-gnu.so", "core.py", "notes.solution"):
        (library / name).write_bytes(b"\x7fELF" + b"\x00" * 4096)
    (library / "libarrow.so").symlink_to(library / "libarrow.so.2600")  # settled once, through its file
    assert pagecache.settle([tmp_path, tmp_path / "missing"]) == 2


def test_nothing_is_settled_where_there_is_no_folder(tmp_path: Path) -> None:
    assert pagecache.settle([tmp_path / "missing"]) == 0
