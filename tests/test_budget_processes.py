"""The budget read in real processes: exports run by `optimove call` in processes of their own count in a
shared SQLite file or a real Redis, and opt.budget() and `optimove budget` (text and --json), in other
processes, read those calls without a request, a slot or a write. The exports end with the line of what
they spent and what is left."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from optimove_client import Optimove, RateLimit
from optimove_client.testing import MockOptimove
from optimove_client.testing.serve import MockServer
from tests.cli.served import COMMAND, env_for, run
from tests.client_helpers import Spy
from tests.test_budget_report import contents

API_KEY = "budget-processes-key"
# One window, an hour long: what is left is exact however slowly a loaded machine runs the processes.
BUDGET = "1000/3600"
EXPORT = [
    "call",
    "GetCurrentlyTargetedCustomers",
    "--all-pages",
    "--page-size",
    "200",
    "--rate-limit",
    BUDGET,
]


@pytest.fixture
def served() -> Iterator[MockServer]:
    with MockServer(MockOptimove(customers=500, api_keys=frozenset({API_KEY}), rate_limits=())) as server:
        yield server


@pytest.fixture(params=["sqlite", "redis"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'shared' / 'store.sqlite'}"
    return str(request.getfixturevalue("fresh_redis"))


def test_a_budget_shared_by_processes_is_read_by_another_without_spending_it(
    served: MockServer, store: str, tmp_path: Path
) -> None:
    env = {**env_for(served.base_url, API_KEY, tmp_path), "OPTIMOVE_STORE": store}
    outputs = [tmp_path / f"export-{n}.jsonl" for n in range(2)]
    exports = [
        subprocess.Popen([*COMMAND, *EXPORT, "-o", str(output)], env=env, stderr=subprocess.PIPE, text=True)
        for output in outputs
    ]  # two processes at once, counting in one store
    lines = [export.communicate(timeout=120)[1].splitlines() for export in exports]
    assert [export.returncode for export in exports] == [0, 0], lines
    spent = served.mock.calls.total
    assert spent >= 6  # three pages each at least (an empty page may end a pull of whole pages)
    each = []
    for said in lines:
        assert said[-2].startswith("wrote 500 records to ")
        found = re.fullmatch(
            r"budget: (\d+) calls spent by this run; (\d+) left of 1,000 per 3600 s", said[-1]
        )
        assert found, said[-1]
        each.append(int(found.group(1)))
        assert int(found.group(2)) <= 1000 - int(found.group(1))  # the other process's calls count too
    assert sum(each) == spent  # each counted its own calls: every request the mock saw

    # This process reads what the others spent: no request, and the store as it was.
    spy = Spy(httpx.HTTPTransport())
    before = contents(store)
    with Optimove(api_key=API_KEY, base_url=served.base_url, store=store, rate_limit=RateLimit(1000, 3600),
                  transport=spy, environ={}) as opt:  # fmt: skip
        first, second = opt.budget(), opt.budget()
    assert [(w.budget, w.used, w.left) for w in first.windows] == [
        ("general", spent, 1000 - spent),
        ("exempt", 0, 10),
    ]
    assert [(w.used, w.left) for w in second.windows] == [(w.used, w.left) for w in first.windows]
    assert 0 < first.windows[0].frees_in <= 3600 * 1.05 + 0.001
    assert (first.spent, first.paused_for) == (0, 0.0)
    assert spy.requests == [] and served.mock.calls.total == spent
    assert contents(store) == before

    # So does `optimove budget`, in a process of its own, as text and as JSON.
    text = run(["budget", "--rate-limit", BUDGET], env)
    assert text.returncode == 0, text.stderr
    said = text.stdout.splitlines()
    assert said[0] == f"call budget in {first.store}:"
    assert re.fullmatch(
        rf"  general budget, 1,000 calls per 3600 s: {1000 - spent} left \({spent} used\); "
        r"the oldest call leaves it in "
        r"(\d+ h \d+ min|\d+ min \d+ s)",
        said[1],
    ), said[1]
    assert said[2:] == ["  exempt budget, 10 calls per 1 s: 10 left (none used)", "  no pause in force"]
    as_json = run(["budget", "--rate-limit", BUDGET, "--json"], env)
    assert as_json.returncode == 0, as_json.stderr
    report = json.loads(as_json.stdout)
    assert [(w["used"], w["left"]) for w in report["windows"]] == [(spent, 1000 - spent), (0, 10)]
    assert (report["left"], report["ready_in"], report["paused_for"], report["spent"]) == (
        1000 - spent,
        0.0,
        0.0,
        0,
    )
    assert served.mock.calls.total == spent
    assert contents(store) == before


def test_the_budget_command_reads_a_store_that_no_run_made_yet_without_making_it(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    env = {**env_for("http://127.0.0.1:9", API_KEY, tmp_path), "OPTIMOVE_STORE": f"sqlite:///{path}"}
    done = run(["budget", "--json"], env)  # the default windows: Optimove's
    assert done.returncode == 0, done.stderr
    windows = json.loads(done.stdout)["windows"]
    assert [(w["budget"], w["calls"], w["period"], w["left"]) for w in windows] == [
        ("general", 50, 10.0, 50),
        ("general", 2000, 3600.0, 2000),
        ("exempt", 10, 1.0, 10),
    ]
    assert not path.exists()
