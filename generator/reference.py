"""docs/api.md: every function of the spec, as the generated client and the `optimove` command take it.

Written by `python -m generator` beside the generated package and checked with it (`--check`). What it says
of a function is read from a generated tree by reference_data.py, run in a process of its own with that tree
first on the path (the freshly generated one, not the installed one), and rendered here and in
reference_function.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from generator.reference_function import BUDGET_SECTION, section
from generator.reference_markdown import anchor, code, inline

ROOT = Path(__file__).resolve().parent.parent
API_REFERENCE = ROOT / "docs" / "api.md"
READING_SECTION = "How to read it"


class ReferenceError(RuntimeError):
    """The generated tree could not be read for the reference."""


def read(tree: Path) -> dict[str, Any]:
    """What reference_data.py reads of the generated tree at `tree` (the folder of optimove_generated)."""
    path = os.pathsep.join([str(tree), str(ROOT), os.environ.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-m", "generator.reference_data"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tree,
        env={**os.environ, "PYTHONPATH": path},
    )
    if done.returncode != 0:
        raise ReferenceError(f"reading {tree} for docs/api.md failed:\n{done.stderr}")
    data: dict[str, Any] = json.loads(done.stdout)
    return data


def everywhere(functions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The keywords every form of every function takes (the escape hatch), said once, not 82 times."""
    forms = [form for data in functions for form in data["python"].values()]
    common = set.intersection(*({k["name"] for k in form["keywords"]} for form in forms))
    return [k for k in forms[0]["keywords"] if k["name"] in common]


def _windows(windows: list[list[float]]) -> str:
    listed = ", ".join(f"{int(calls)} calls per {seconds:g} s" for calls, seconds in windows)
    return listed + (", all at once" if len(windows) > 1 else "")


_READING = """\
## {title}

**Python.** `with Optimove(api_key=..., server=N) as opt:` (`from optimove_client import Optimove`), then
each function is `opt.<category>.<function>(...)`. Every argument is a keyword; the signature shown is the
call's, and **Also** lists the function's other forms and how their keywords differ. Every form also takes
{hatch}: what the spec does not know of yet, sent as given (a name the spec knows is refused). Models are
`from optimove_client.generated import models`, the rows of paging functions are in
`optimove_client.generated.rows`.

**Async.** `async with AsyncOptimove(...) as opt:` has the same functions, forms and keywords: {awaited}
are awaited (`await opt.general.get_last_data_update()`); {iterated} are iterated with `async for`.

**Command line.** `optimove call NAME`, each parameter and each field of an object body as
`--param NAME=VALUE` (Optimove's names, in any case; an enum by its number or its name; lists and objects
as JSON), an array body as `--body JSON`, `--body @FILE` or `--body @-`; what is in brackets is optional.
Every function also takes `--extra-param NAME=VALUE` and `--extra-header NAME:VALUE` (and
`--extra-field NAME=VALUE` where a body may be sent), GET functions `--xml`; `--format` and `--output`
choose what is written. `optimove functions NAME` prints the same description of a function.

**Fields** are listed with Optimove's name (and the Python keyword), type, whether it is required, the
rules the spec sets (enum values with their names, ranges, lengths, date formats, patterns) and the spec's
description; the fields inside an object or a list are nested under it. CustomerAttributes takes up to
{max_attribute_names} attribute names.

**Confidence** is how well a function is known: high, medium or low; a low-confidence function says what is
uncertain in its description.

## {budget}

Every call of a function counts against the account's budget: {counted}. The functions marked
exempt are not counted there; they share a budget of their own: {exempt}. The client waits for a free slot
before each call.
"""


def _forms(names: list[str]) -> str:
    shown = ["a call" if name == "__call__" else code(f".{name}()") for name in names]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"


def _reading(reference: dict[str, Any], common: list[dict[str, Any]]) -> list[str]:
    """How to read the reference, and the call budget every function's rate limit points at."""
    facts = reference["facts"]
    text = _READING.format(
        title=READING_SECTION,
        awaited=_forms(reference["async"]["awaited"]),
        iterated=_forms(reference["async"]["iterated"]),
        hatch=", ".join(code(f"{k['name']}: {k['annotation']} = {k['default']}") for k in common),
        max_attribute_names=facts["max_attribute_names"],
        budget=BUDGET_SECTION,
        counted=_windows(facts["rate_limits"]),
        exempt=_windows(facts["exempt_rate_limits"]),
    )
    # One line a paragraph, as every other paragraph of the reference.
    blocks = [" ".join(block.split("\n")) for block in text.strip().split("\n\n")]
    return [line for block in blocks for line in (block, "")]


def _contents(reference: dict[str, Any]) -> list[str]:
    lines = ["## Contents", ""]
    lines += [f"- [{title}](#{anchor(title)})" for title in (READING_SECTION, BUDGET_SECTION)]
    for category in reference["categories"]:
        names = [
            data["details"]["function"]
            for data in reference["functions"]
            if data["details"]["category"] == category
        ]
        links = ", ".join(f"[{name}](#{anchor(name)})" for name in names)
        lines.append(f"- [{category}](#{anchor(category)}): {links}")
    return [*lines, ""]


def render(reference: dict[str, Any]) -> str:
    """The whole of docs/api.md."""
    functions = reference["functions"]
    common = everywhere(functions)
    hidden = {k["name"] for k in common}
    lines = [
        "# API reference",
        "",
        "<!-- Generated from spec/optimove.yaml by `python -m generator`; do not edit by hand. -->",
        "",
        f"Every function of Optimove's REST API v3 ({len(functions)} in all) as optimove-client takes it,",
        "in Python and on the command line, generated from `spec/optimove.yaml` with the client",
        "(`make generate`; `make check-generated` fails when this file is stale).",
        "",
        *_contents(reference),
        *_reading(reference, common),
    ]
    for category, description in reference["categories"].items():
        lines += [f"## {category}", "", inline(description), ""]
        for data in functions:
            if data["details"]["category"] == category:
                lines += section(data, hidden, reference["facts"]["max_attribute_names"])
    return "\n".join(lines).rstrip("\n") + "\n"


def markdown(tree: Path) -> str:
    """docs/api.md for the generated tree at `tree`."""
    return render(read(tree))
