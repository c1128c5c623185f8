"""SIGTERM, as Airflow, Kubernetes and systemd stop a task, sent to real `optimove` processes.

It stops them as Ctrl-C does: an export keeps whole records (a Parquet file gets its footer), its resume
state is saved and `--resume` finishes it with no duplicate and no gap; a batch says how far it got; the
exit code is 143.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import signal
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from optimove_client.cli.exit_codes import ExitCode
from optimove_client.cli.resume import state_path
from tests.cli.served import (
    COMMAND,
    Served,
    env_for,
    run,
    serve,
    state_records,
    terminate_export,
    terminate_when,
    wait_for,
)

EXPORT = ["call", "GetCurrentlyTargetedCustomers", "--all-pages", "--rate-limit", "off"]
HUNG = 300  # records written when the 4th page hangs (pages of 100)


@pytest.fixture
def served() -> Iterator[Served]:
    with serve("--customers", "1000", "--rate-limit", "off") as mock:
        yield mock


def records_in(path: Path, fmt: str) -> list[str]:
    """The customer IDs the file holds, read as its format is read (a file cut short fails here)."""
    if fmt == "parquet":
        return [str(value) for value in pq.read_table(path).column("CustomerID").to_pylist()]
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
        assert all(None not in row and None not in row.values() for row in rows)  # every row whole
        return [row["CustomerID"] for row in rows]
    text = gzip.decompress(path.read_bytes()).decode()
    assert text.endswith("\n")
    return [json.loads(line)["CustomerID"] for line in text.splitlines()]


@pytest.mark.reliability
@pytest.mark.parametrize("fmt", ["csv", "jsonl.gz", "parquet"])
def test_sigterm_mid_export_keeps_whole_records_and_resume_finishes_it(
    fmt: str, served: Served, tmp_path: Path
) -> None:
    """SIGTERM mid-export: exit 143, whole records, Parquet footer, resume state; --resume finishes it.

    SIGTERM while page 4 is on its way (the mock holds it): 3 whole pages, then --resume."""
    env = env_for(served.url, "mock-api-key", tmp_path)
    output = tmp_path / f"customers.{fmt}"
    argv = [*EXPORT, "--page-size", "100", "--output", str(output)]
    served.arm("hang", "GetCurrentlyTargetedCustomers", nth=4, times=3)
    code, err = terminate_export(argv, env, output, after=HUNG)
    assert code == ExitCode.TERMINATED == 143
    assert err == (
        f"optimove: interrupted (SIGTERM); {output} holds {HUNG} whole records: run the same command "
        "with --resume to continue\n"
    )
    assert records_in(output, fmt) == [str(10_000_000 + i) for i in range(HUNG)]
    assert state_records(state_path(output)) == HUNG
    served.clear()
    resumed = run([*argv, "--resume"], env)
    assert resumed.returncode == 0, resumed.stderr
    assert f"resumed at {HUNG}" in resumed.stderr
    assert not state_path(output).exists()
    clean = tmp_path / f"clean.{fmt}"
    assert run([*EXPORT, "--page-size", "100", "--output", str(clean)], env).returncode == 0
    wanted = records_in(clean, fmt)
    assert len(wanted) == 1000
    assert records_in(output, fmt) == wanted
    if fmt != "parquet":
        assert output.read_bytes() == clean.read_bytes()


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_sigterm_while_pages_flow_leaves_a_file_that_resumes_exactly(fmt: str, tmp_path: Path) -> None:
    """Pages of 20 come every few milliseconds: the signal lands wherever it lands, mid-write included."""
    with serve("--customers", "20000", "--rate-limit", "off") as mock:
        env = env_for(mock.url, "mock-api-key", tmp_path)
        output = tmp_path / f"customers.{fmt}"
        argv = [*EXPORT, "--page-size", "20", "--output", str(output)]
        code, err = terminate_export(argv, env, output, after=200)
        assert code == 143, err
        assert err.startswith("optimove: interrupted (SIGTERM);")
        written = records_in(output, fmt)
        assert len(written) % 20 == 0  # whole pages: a page is written whole or not at all
        assert state_records(state_path(output)) <= len(written)  # the state never runs ahead
        resumed = run([*argv, "--resume"], env)
        assert resumed.returncode == 0, resumed.stderr
        assert records_in(output, fmt) == [str(10_000_000 + i) for i in range(20000)]


@pytest.mark.reliability
def test_sigterm_during_a_batch_says_what_was_sent(tmp_path: Path) -> None:
    """SIGTERM during --batched: exit 143, one line saying what was sent, under way and not sent."""
    with serve("--rate-limit", "off") as mock:
        items = tmp_path / "items.json"
        items.write_text(
            json.dumps([{"PromoCode": f"S{i}", "PromotionName": f"stop {i}"} for i in range(250)])
        )
        mock.arm("hang", "AddPromotions", nth=2, times=3)
        code, _out, err = terminate_when(
            ["call", "AddPromotions", "--body", f"@{items}", "--batched", "--rate-limit", "off"],
            env_for(mock.url, "mock-api-key", tmp_path),
            lambda: mock.calls("AddPromotions") >= 2,
            "the second call",
        )
        assert code == 143
        assert err == (
            "optimove: interrupted (SIGTERM): items 0-99 sent in 1 call, items 100-199 of the call under "
            "way may have been applied, items 200-249 not sent; continue with --start-at 100 to send them "
            "again, or --start-at 200 if they were\n"
        )


def test_sigterm_of_a_command_that_writes_nothing_is_143(served: Served, tmp_path: Path) -> None:
    served.arm("hang", "GetLastDataUpdate", times=3)
    code, out, err = terminate_when(
        ["call", "GetLastDataUpdate"],
        env_for(served.url, "mock-api-key", tmp_path),
        lambda: served.calls("GetLastDataUpdate") >= 1,
        "the call",
    )
    assert (code, out, err) == (143, "", "optimove: interrupted (SIGTERM)\n")


@pytest.mark.reliability
def test_sigterm_during_a_load_keeps_the_dates_before(tmp_path: Path) -> None:
    """SIGTERM during `optimove load`: exit 143, the dates before stay loaded, the same command goes on.

    `optimove load` stopped on its second date: the first stays loaded, the same command goes on."""
    with serve("--customers", "30", "--rate-limit", "off") as mock:
        env = {
            **env_for(mock.url, "mock-api-key", tmp_path),
            "RUNTIME__DLTHUB_TELEMETRY": "false",
            "DLT_DATA_DIR": str(tmp_path / "dlt"),
        }
        argv = [
            "load", "--destination", "duckdb", "--start-date", "2024-06-28", "--rate-limit", "off",
            "--pipelines-dir", str(tmp_path / "pipelines"),
        ]  # fmt: skip
        mock.arm("hang", "GetExecutedCampaignDetails", nth=2, times=3)  # the second date's
        process = subprocess.Popen(
            [*COMMAND, *argv], env=env, cwd=tmp_path, stderr=subprocess.PIPE, text=True
        )
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.extend(process.stderr or ()), daemon=True)
        reader.start()
        try:
            wait_for(lambda: mock.calls("GetExecutedCampaignDetails") >= 2, "the second date", process)
            assert [line.split(":")[0] for line in lines] == ["2024-06-28"]
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=60)
            reader.join(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        assert process.returncode == 143
        assert lines[-1] == (
            "optimove: interrupted (SIGTERM): stopped on 2024-06-29; the dates before it are loaded: run the "
            "same command again to continue from 2024-06-29\n"
        )
        mock.clear()
        again = run(argv, env, cwd=tmp_path)
        assert again.returncode == 0, again.stderr
        assert again.stderr.splitlines()[-2].startswith("loaded 2 dates (2024-06-29 to 2024-06-30)")
