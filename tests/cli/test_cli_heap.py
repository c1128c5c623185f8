"""A Parquet export's memory: page-sized blocks are given back once freed (cli/heap.py), and pyarrow's
pool is emptied after each row group (cli/parquet.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from optimove_client import Optimove
from optimove_client.cli import heap
from optimove_client.cli.exit_codes import ExitCode
from optimove_client.testing import MockOptimove
from tests.cli.conftest import CountingTransport, RunCli
from tests.cli.test_cli_export import EXPORT, InterruptOnPage, expected
from tests.cli.test_cli_export_formats import read_back


def _is_glibc() -> bool:
    try:
        return bool(os.confstr("CS_GNU_LIBC_VERSION"))
    except (ValueError, OSError):
        return False


# Frees a 30 MiB block (glibc then serves anything smaller from its heap, unless its limit is fixed),
# then an 8 MiB one, and prints how much of the 8 MiB the process still holds once it is freed.
_KEPT_AFTER_FREE = """
import sys
from optimove_client.cli import heap
def anonymous_mib():
    with open("/proc/self/status") as status:
        fields = dict(line.split(":", 1) for line in status)
    return int(fields["RssAnon"].split()[0]) // 1024
if sys.argv[1] == "map":
    assert heap.map_large_blocks(), "not set"
big = bytearray(30 << 20)
del big
before = anonymous_mib()
block = bytearray(8 << 20)
del block
print(anonymous_mib() - before)
"""


def _kept_mib(mode: str) -> int:
    env = {key: value for key, value in os.environ.items() if key != "MALLOC_MMAP_THRESHOLD_"}
    done = subprocess.run(
        [sys.executable, "-c", _KEPT_AFTER_FREE, mode], capture_output=True, text=True, env=env, check=True
    )
    return int(done.stdout)


@pytest.mark.skipif(not (sys.platform == "linux" and _is_glibc()), reason="glibc's malloc only")
def test_a_freed_large_block_goes_back_to_the_system_once_large_blocks_are_mapped() -> None:
    """Real processes: glibc's raised limit keeps the freed block; the fixed one gives it back."""
    assert _kept_mib("default") >= 6  # what an export's later pages suffered
    assert _kept_mib("map") <= 1


class _Mallopt:
    def __init__(self) -> None:
        self.calls: list[tuple[int, int]] = []

    def mallopt(self, parameter: int, value: int) -> int:
        self.calls.append((parameter, value))
        return 1


def test_the_users_own_glibc_setting_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    libc = _Mallopt()
    monkeypatch.setattr(heap, "_glibc", lambda: libc)
    monkeypatch.setenv("MALLOC_MMAP_THRESHOLD_", "65536")
    assert heap.map_large_blocks() is False
    monkeypatch.delenv("MALLOC_MMAP_THRESHOLD_")
    assert heap.map_large_blocks() is True
    assert libc.calls == [(-3, heap.LARGE_BLOCK_BYTES)]  # M_MMAP_THRESHOLD


def test_without_glibc_nothing_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MALLOC_MMAP_THRESHOLD_", raising=False)
    monkeypatch.setattr(heap, "_glibc", lambda: None)
    assert heap.map_large_blocks() is False


@pytest.mark.parametrize("threshold", [0, -1])
def test_the_threshold_must_be_a_positive_number_of_bytes(threshold: int) -> None:
    with pytest.raises(ValueError, match=r"threshold must be a positive number of bytes \(got -?\d+\)"):
        heap.map_large_blocks(threshold)


@pytest.mark.parametrize(("suffix", "maps"), [(".parquet", 1), (".csv", 0), (".jsonl.gz", 0)])
def test_only_a_parquet_export_maps_large_blocks(
    suffix: str, maps: int, run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Text exports peak far below their target either way; mapping each body afresh costs them time."""
    calls: list[int] = []
    monkeypatch.setattr(heap, "map_large_blocks", lambda: calls.append(1) or True)
    outcome = run_cli(*EXPORT, "--max-items", "300", "--output", str(tmp_path / f"customers{suffix}"))
    assert outcome.code == 0, outcome.err
    assert len(calls) == maps


class _SpyPool:
    def __init__(self, events: list[str]) -> None:
        self.events = events

    def release_unused(self) -> None:
        self.events.append("release")


def test_pyarrows_pool_is_emptied_after_each_row_group(
    run_cli: RunCli, client: Optimove, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each page's Arrow buffers go back before the next page is read (the export's peak of memory)."""
    events: list[str] = []
    monkeypatch.setattr(pa, "default_memory_pool", lambda: _SpyPool(events))
    write_table = pq.ParquetWriter.write_table

    def watched(writer: Any, table: Any, row_group_size: Any = None) -> None:
        write_table(writer, table, row_group_size=row_group_size)
        events.append("row group")

    monkeypatch.setattr(pq.ParquetWriter, "write_table", watched)
    output = tmp_path / "customers.parquet"
    outcome = run_cli(*EXPORT, "--output", str(output))
    assert outcome.code == 0, outcome.err
    groups = pq.ParquetFile(output).num_row_groups
    assert groups > 3
    assert events == ["row group", "release"] * groups
    assert read_back(output) == expected(client)


def test_a_resumed_parquet_export_empties_the_pool_after_each_row_group_it_copies(
    run_cli: RunCli, mock: MockOptimove, client: Optimove, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Resuming copies the complete row groups into a new file: one at a time, like the pages."""
    output = tmp_path / "customers.parquet"
    first = run_cli(*EXPORT, "--output", str(output), transport=CountingTransport(mock, InterruptOnPage(3)))
    assert first.code == ExitCode.INTERRUPTED
    copied = pq.ParquetFile(output).num_row_groups
    assert copied == 2
    events: list[str] = []
    monkeypatch.setattr(pa, "default_memory_pool", lambda: _SpyPool(events))
    read_row_group = pq.ParquetFile.read_row_group

    def watched(file: Any, index: int, *args: Any, **kwargs: Any) -> Any:
        events.append("copy")
        return read_row_group(file, index, *args, **kwargs)

    monkeypatch.setattr(pq.ParquetFile, "read_row_group", watched)
    resumed = run_cli(*EXPORT, "--output", str(output), "--resume")
    assert resumed.code == 0, resumed.err
    groups = pq.ParquetFile(output).num_row_groups
    assert events[: 2 * copied] == ["copy", "release"] * copied
    assert events[2 * copied :] == ["release"] * (groups - copied)
    assert read_back(output) == expected(client)
