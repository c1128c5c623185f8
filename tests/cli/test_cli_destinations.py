"""--output to things that are not regular files: standard output (-), /dev/null, a FIFO. They stream, and
only a regular file keeps resume state."""

from __future__ import annotations

import errno
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from optimove_client import Optimove
from optimove_client.cli.exit_codes import ExitCode
from optimove_client.cli.resume import state_path
from optimove_client.testing import MockOptimove
from tests.cli.conftest import RunCli

EXPORT = ("call", "GetCurrentlyTargetedCustomers", "--all-pages", "--page-size", "300")
DEV_NULL = Path(os.devnull)


def customer_ids(client: Optimove) -> list[str]:
    return [row.customer_id for row in client.customers.get_currently_targeted_customers.iter()]


class FifoReader:
    """Reads a FIFO to its end in a thread, as `cat fifo` would, while the CLI writes to it."""

    def __init__(self, path: Path) -> None:
        os.mkfifo(path)
        self.path = path
        self.data = b""
        self._thread = threading.Thread(target=self._read)
        self._thread.start()

    def _read(self) -> None:
        self.data = self.path.read_bytes()  # opening waits for a writer; reading ends when it closes

    def text(self) -> str:
        return self.received().decode()

    def received(self) -> bytes:
        """Everything written to the FIFO, once its writer has closed it."""
        while self._thread.is_alive():
            # The reader may still wait in open() for a writer (the CLI never opened the FIFO: a failure):
            # a write end opened without blocking lets it see the end. Without blocking, since a blocking
            # open would wait forever once the reader has read to the end and closed its side meanwhile.
            try:
                os.close(os.open(self.path, os.O_WRONLY | os.O_NONBLOCK))
                break
            except OSError as error:  # ENXIO: no reader has it open: it is not there yet, or done
                if error.errno != errno.ENXIO:
                    raise
                self._thread.join(timeout=1.0)
        self._thread.join()
        return self.data


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty working folder (tmp_path holds the test's store): where a file named "-" would appear."""
    path = tmp_path / "work"
    path.mkdir()
    monkeypatch.chdir(path)
    yield path


def test_an_export_to_dev_null_streams_and_leaves_no_state(run_cli: RunCli) -> None:
    assert not state_path(DEV_NULL).exists(), "left by an older optimove: remove it"
    outcome = run_cli(*EXPORT, "-o", os.devnull)
    assert outcome.code == 0, outcome.err
    assert "wrote 1,000 records to /dev/null" in outcome.err
    assert not state_path(DEV_NULL).exists()
    assert not Path(os.devnull + ".optimove-resume").exists()


def test_an_export_to_a_fifo_streams_every_record(run_cli: RunCli, client: Optimove, folder: Path) -> None:
    reader = FifoReader(folder / "customers")
    outcome = run_cli(*EXPORT, "-o", str(reader.path))
    text = reader.text()
    assert outcome.code == 0, outcome.err
    assert [json.loads(line)["CustomerID"] for line in text.splitlines()] == customer_ids(client)
    assert list(folder.iterdir()) == [reader.path]  # no resume state beside it


def test_dash_is_standard_output_for_exports_and_calls(
    run_cli: RunCli, client: Optimove, folder: Path
) -> None:
    outcome = run_cli(*EXPORT, "-o", "-")
    assert outcome.code == 0, outcome.err
    assert [json.loads(line)["CustomerID"] for line in outcome.out.splitlines()] == customer_ids(client)
    assert outcome.err == ""  # as without --output: no summary mixed in
    single = run_cli("call", "GetLastDataUpdate", "-o", "-")
    assert single.code == 0, single.err
    assert json.loads(single.out) == "2024-06-30"
    assert list(folder.iterdir()) == []  # no file named "-", no state


def test_a_single_call_writes_to_a_device_and_a_fifo(run_cli: RunCli, tmp_path: Path) -> None:
    assert run_cli("call", "GetAllActions", "-o", os.devnull).code == 0
    reader = FifoReader(tmp_path / "actions.json")
    outcome = run_cli("call", "GetAllActions", "-o", str(reader.path))
    text = reader.text()
    assert outcome.code == 0, outcome.err
    assert json.loads(text)[0]["ActionID"] == 1


def test_resume_needs_a_regular_file(run_cli: RunCli, mock: MockOptimove, tmp_path: Path) -> None:
    reader = FifoReader(tmp_path / "export.jsonl")
    cases = {
        os.devnull: "/dev/null is a device",
        "-": "not standard output",
        str(reader.path): f"{reader.path} is a FIFO",
    }
    for output, message in cases.items():
        outcome = run_cli(*EXPORT, "-o", output, "--resume")
        assert outcome.code == ExitCode.BAD_INPUT, outcome.err
        assert "--resume needs a regular file as --output" in outcome.err
        assert message in outcome.err
        assert outcome.err.count("\n") == 1
    assert reader.text() == ""  # never opened
    assert mock.calls.total == 0
