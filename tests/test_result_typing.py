"""`mypy --strict` accepts user code that reads every required result field of every function unguarded.

The user code is written from the operations table, so it covers every list, object, lookup and paging
function: each required field (as the spec says) is assigned to a variable annotated with the field's
type without `| Unset` or `| None`. Should a required field ever come out as `X | Unset` (or a row's as
`X | None`), mypy rejects the assignment and this test fails.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
from optimove_generated import models
from optimove_generated.operation import Operation
from optimove_generated.operations import OPERATIONS

from optimove_client.testing.spec import load_spec

SPEC = load_spec()
ROOT = Path(__file__).resolve().parent.parent


def _normalised(name: str) -> str:
    """Optimove's name and the Python attribute compare equal: EventTypeID ~ event_type_id, type_ ~ Type."""
    return re.sub(r"[^a-z0-9]", "", name.lower().rstrip("_"))


def _item_schema(operation: Operation) -> tuple[str, dict[str, Any]]:
    """(schema name, schema) of one record of the answer: the model's, or the items' of a page."""
    pointer = operation.result.schema
    if pointer is None:  # rows: the page's items
        path_item = SPEC.document["paths"][operation.path][operation.method.lower()]
        page, _ = SPEC.resolve(path_item["responses"]["200"]["content"]["application/json"]["schema"])
        pointer = page["items"]["$ref"]
    schema, _ = SPEC.resolve({"$ref": pointer})
    return str(pointer).rsplit("/", 1)[-1], dict(schema)


def _required_reads(operation: Operation) -> list[tuple[str, str]]:
    """(attribute, annotation it must have) of every required field of the operation's records."""
    name, schema = _item_schema(operation)
    model = getattr(models, name)  # rows carry the attributes and types of the model of their schema
    by_name = {_normalised(field.name): field for field in attrs.fields(model)}
    reads = []
    for wire in schema.get("required", []):
        field = by_name[_normalised(wire)]
        annotation = str(field.type).removesuffix(" | Unset")  # what a guard would narrow it to
        reads.append((field.name, annotation))
    return reads


def user_code() -> tuple[str, int]:
    """A module reading every required field of every function's result, and how many reads it has."""
    body: list[str] = []
    count = 0
    for index, operation in enumerate(OPERATIONS):
        kind = operation.result.kind
        if kind not in ("rows", "list", "object", "value"):
            continue
        call = f"opt.{operation.category}.{operation.name}(**ARGS)"
        reads = _required_reads(operation)
        if not reads:
            continue  # nothing documented to read (UpsertCustomer's answer)
        if kind == "value":
            (annotation,) = [a for attribute, a in reads if attribute == operation.result.value_field]
            body.append(f"    value_{index}: {annotation} | None = {call}")
            count += 1
            continue
        if kind == "object":
            body += [f"    result_{index} = {call}", f"    if result_{index} is not None:"]
            item = f"result_{index}"
        else:  # a list of models, or a page of rows
            body.append(f"    for item_{index} in {call}:")
            item = f"item_{index}"
        body += [f"        read_{index}_{n}: {a} = {item}.{name}" for n, (name, a) in enumerate(reads)]
        count += len(reads)
    words = {word for line in body for word in re.findall(r"\b[A-Z]\w+", line)}
    names = sorted(words & set(models.__all__))  # nested models in annotations: list[...ChannelsItem]
    header = [
        "import datetime  # for the annotations of dates and times",
        "from typing import Any",
        "",
        "from optimove_client import Optimove",
        *([f"from optimove_generated.models import {', '.join(names)}"] if names else []),
        "",
        "ARGS: dict[str, Any] = {}  # the arguments are not what is checked here",
        "",
        "",
        "def read(opt: Optimove) -> None:",
    ]
    return "\n".join(header + body) + "\n", count


def test_user_code_reads_every_required_result_field_without_guards(tmp_path: Path, mypy_cache: Path) -> None:
    code, reads = user_code()
    functions = sum(1 for op in OPERATIONS if op.result.kind in ("rows", "list", "object", "value"))
    assert functions > 50 and reads > 2 * functions  # every function, most with several fields
    sample = tmp_path / "reads.py"
    sample.write_text(code, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(mypy_cache), str(sample)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr + code
