"""The benchmark code itself works end to end (issue 7). Its figures are not judged here: speed is
measured by `make bench`, never by the test suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Tiny sizes: every scenario and candidate runs once, in a few seconds of work plus process start-ups.
TINY = [
    "--quick",
    "--records", "2000",
    "--page-sizes", "500,1000",
    "--small-calls", "20",
    "--latency-records", "1000",
    "--latency-page-size", "250",
    "--latency-ms", "5",
    "--concurrency", "2",
    "--startup-runs", "1",
]  # fmt: skip


def test_bench_quick_runs_every_scenario(tmp_path: Path) -> None:
    report = tmp_path / "report.md"
    completed = subprocess.run(
        [sys.executable, "-m", "bench.run", *TINY, "--output", str(report)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    text = report.read_text()
    assert text == completed.stdout.rstrip("\n") + "\n"
    for expected in (
        "(a) floor",
        "(b) naive httpx",
        "(c) ours: typed iterator",
        "(d) generated models as-is",
        "ours, async",
        "look-ahead concurrency=2",
        "`optimove --version`",
        "sqlite:/// (one machine)",
        "`optimove --help`",
        "CPU:",
        "msgspec",
    ):
        assert expected in text
    verdicts = [line for line in text.splitlines() if line.startswith(("PASS", "FAIL", "SKIP"))]
    assert any("(c)/(b) at pages of 500" in line for line in verdicts)
    assert any("small-call overhead" in line for line in verdicts)
    assert any("start-up, optimove --version" in line for line in verdicts)
    assert any("store overhead, sqlite" in line for line in verdicts)
    assert "failed:" not in text  # no candidate crashed
