"""docs/api.md: written by the generator from the tree it generates, checked with it, complete, linked."""

from __future__ import annotations

import copy
import inspect
import re
import shutil
from pathlib import Path
from typing import Any, cast

import pytest
from optimove_generated import facade
from optimove_generated.operations import OPERATIONS

from generator import generate
from generator.generate import OUTPUT, ROOT, build, main, reference_differences
from generator.reference import API_REFERENCE, markdown
from generator.reference_markdown import anchor, inline, pattern_words
from optimove_client.cli.catalog import functions
from tests.test_generation import _small_spec


@pytest.fixture(scope="module")
def committed() -> str:
    return API_REFERENCE.read_text(encoding="utf-8")


def _sections(text: str) -> dict[str, str]:
    """Each function's section by its name."""
    return {part.split("\n", 1)[0]: part for part in text.split("\n### ")[1:]}


def test_the_committed_reference_is_what_the_tree_gives_and_again_byte_for_byte(committed: str) -> None:
    first, second = markdown(OUTPUT), markdown(OUTPUT)
    assert first == second
    assert first == committed, "docs/api.md is stale: run `make generate`"


def test_generate_writes_the_reference_and_the_check_fails_on_a_hand_edit(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str], committed: str
) -> None:
    # The package itself is checked by test_generation.py; here building it is copying the committed tree.
    monkeypatch.setattr(generate, "build", lambda destination: shutil.copytree(OUTPUT, destination))
    written = tmp_path / "docs" / "api.md"
    monkeypatch.setattr(generate, "API_REFERENCE", written)
    monkeypatch.setattr(generate, "OUTPUT", tmp_path / "generated_client")
    assert main([]) == 0
    assert written.read_text(encoding="utf-8") == committed
    assert f"and {written} from spec/optimove.yaml" in capsys.readouterr().out
    monkeypatch.setattr(generate, "OUTPUT", OUTPUT)
    assert main(["--check"]) == 0
    assert "docs/api.md are current" in capsys.readouterr().out
    lines = committed.splitlines(keepends=True)
    at = lines.index("### GetCustomersByAction\n") + 2
    lines[at] = "Customer IDs, edited by hand.\n"
    written.write_text("".join(lines), encoding="utf-8")
    assert main(["--check"]) == 1
    error = capsys.readouterr().err
    assert "docs/api.md is stale; run `make generate` and commit:" in error
    assert f"changed: {written} (from line {at + 1})" in error
    written.write_text(committed + "\n", encoding="utf-8")  # one more blank line at the end
    assert main(["--check"]) == 1
    written.unlink()
    assert reference_differences(written, committed) == [f"not committed: {written}"]
    assert reference_differences(API_REFERENCE, committed) == []


def test_every_operation_appears_with_its_python_and_cli_forms_and_every_name(committed: str) -> None:
    sections = _sections(committed)
    categories = dict.fromkeys(op.category for op in OPERATIONS)  # in the order of their first function
    grouped = [op.operation_id for category in categories for op in OPERATIONS if op.category == category]
    assert list(sections) == grouped
    assert len(sections) == 82
    for op in OPERATIONS:
        text = sections[op.operation_id]
        python = text.split("```python\n", 1)[1].split("```", 1)[0]
        assert python.startswith(f"opt.{op.category}.{op.name}("), op.operation_id
        cli = text.split("```sh\n", 1)[1].split("```", 1)[0]
        assert cli.startswith(f"optimove call {op.operation_id}"), op.operation_id
        assert f"`{op.method} {op.path}`" in text
        fields = op.body.fields if op.body is not None else ()
        for item in (*op.parameters, *fields):
            assert f"- `{item.name}` (`{item.keyword}`): " in text, (op.operation_id, item.name)
            assert f"{item.keyword}: " in python, (op.operation_id, item.keyword)
        assert ("`.iter(...)`" in text) == (op.paging is not None)
        assert ("`.batched(...)`" in text) == (op.batch is not None)
        assert ("exempt from the counted" in text) == op.rate_limit_exempt
        assert f"- **Success:** {', '.join(map(str, op.success_statuses))}." in text


def test_the_contents_link_every_category_and_function_to_its_heading(committed: str) -> None:
    headings = re.findall(r"^#{2,3} (.+)$", committed, re.MULTILINE)
    anchors = [anchor(heading) for heading in headings]
    assert len(set(anchors)) == len(anchors)
    contents = committed.split("## Contents\n", 1)[1].split("\n## ", 1)[0]
    targets = re.findall(r"\]\(#([^)]+)\)", contents)
    assert set(targets) == set(anchors) - {"contents"}
    assert {f"#{anchor(op.operation_id)}" for op in OPERATIONS} <= {f"#{t}" for t in targets}


def test_async_forms_take_what_the_sync_forms_take_as_the_reference_says(committed: str) -> None:
    """The reference shows the sync forms and says once that the async client has the same."""
    assert "AsyncOptimove(...) as opt:` has the same functions, forms and keywords: a call," in committed
    sync, asynchronous = facade.Operations(cast(Any, None)), facade.AsyncOperations(cast(Any, None))
    for function in functions().values():
        sync_type, async_type = type(function.bound_to(sync)), type(function.bound_to(asynchronous))
        forms = [name for name in dir(sync_type) if name == "__call__" or not name.startswith("_")]
        assert forms == [name for name in dir(async_type) if name == "__call__" or not name.startswith("_")]
        for name in forms:
            if callable(getattr(sync_type, name)):
                sync_signature = inspect.signature(getattr(sync_type, name)).parameters
                assert sync_signature == inspect.signature(getattr(async_type, name)).parameters


def test_the_readme_links_the_reference() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/api.md)" in readme


def test_text_is_kept_as_it_reads_and_simple_patterns_are_said_in_words() -> None:
    assert inline("$top/$skip, *all* <b> [x] _a_ FIRST_NAME `a_b*`") == (
        r"\$top/\$skip, \*all\* \<b> \[x\] \_a\_ FIRST_NAME `a_b*`"
    )
    assert pattern_words("^[0-9]+(,[0-9]+)*$") == "whole numbers joined by `,` (pattern `^[0-9]+(,[0-9]+)*$`)"
    assert pattern_words("^[^;]+(;[^;]+){0,9}$").startswith("1 to 10 values joined by `;`")
    assert pattern_words("^[0-9]{4}-[0-9]{2}-[0-9]{2}$") == "YYYY-MM-DD"
    assert pattern_words("^[a-z]+$") == "matches `^[a-z]+$`"


def _probe_spec() -> dict[str, Any]:
    """A paging function with an enum and a patterned parameter; a function with a nested object body, a
    batched list, two success statuses and no rate limit."""
    document = _small_spec({"Name": {"type": "string"}})
    document["tags"] = [{"name": "Probes", "description": "Probe functions, for the test."}]
    schemas = document["components"]["schemas"]
    schemas["ProbeKind"] = {
        "description": "Kind of probe.",
        "type": "integer",
        "enum": [1, 2],
        "x-enum-varnames": ["FIRST_KIND", "SECOND_KIND"],
    }
    schemas["ProbeRow"] = {
        "type": "object",
        "required": ["ProbeID"],
        "properties": {"ProbeID": {"type": "integer"}, "Name": {"type": "string"}},
    }
    schemas["AddProbesRequest"] = {
        "type": "object",
        "required": ["Owner", "Probes"],
        "properties": {
            "Owner": {"type": "string", "minLength": 1, "description": "Who adds them."},
            "Probes": {
                "type": "array",
                "minItems": 1,
                "maxItems": 10,
                "description": "The probes.",
                "items": {
                    "type": "object",
                    "required": ["Kind"],
                    "properties": {
                        "Kind": {"$ref": "#/components/schemas/ProbeKind"},
                        "Tags": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {"Key": {"type": "string", "maxLength": 9}},
                            },
                        },
                    },
                },
            },
        },
    }
    document["components"]["responses"] = {"Acknowledged": {"description": "Done."}}
    kind = {"$ref": "#/components/schemas/ProbeKind"}
    parameters = [
        {"name": "Kind", "in": "query", "required": True, "schema": kind},
        {"name": "IDs", "in": "query", "description": "IDs, by commas.",
         "schema": {"type": "string", "pattern": "^[0-9]+(,[0-9]+)*$"}},
        {"name": "$top", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500}},
        {"name": "$skip", "in": "query", "schema": {"type": "integer", "minimum": 0}},
    ]  # fmt: skip
    rows = {"type": "array", "items": {"$ref": "#/components/schemas/ProbeRow"}}
    document["paths"] = {
        "/current/probes/GetProbes": {
            "get": {
                "operationId": "GetProbes",
                "tags": ["Probes"],
                "summary": "Probes of one kind, a page at a time.",
                "description": "Uncertain (low confidence): the kinds are guessed.",
                "x-confidence": "low",
                "parameters": parameters,
                "x-optimove-paging": {
                    "page-size-parameter": "$top",
                    "offset-parameter": "$skip",
                    "default-page-size": 100,
                },
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {"schema": rows}}}
                },
            }
        },
        "/current/probes/AddProbes": {
            "post": {
                "operationId": "AddProbes",
                "tags": ["Probes"],
                "summary": "Adds probes.",
                "x-confidence": "high",
                "x-optimove-rate-limit-exempt": True,
                "x-optimove-batch": {"field": "Probes"},
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/AddProbesRequest"}}
                    },
                },
                "responses": {
                    "200": {"$ref": "#/components/responses/Acknowledged"},
                    "202": {"$ref": "#/components/responses/Acknowledged"},
                },
            }
        },
    }
    return copy.deepcopy(document)


_GET_PROBES = """\
GetProbes

Probes of one kind, a page at a time.

Uncertain (low confidence): the kinds are guessed.

`GET /current/probes/GetProbes`

- **Paging:** by `$top` and `$skip`: up to 500 records a page, 100 when no size is asked for; a plain call \
answers one page; `.iter()`, `.pages()` and `--all-pages` every page.
- **Customer attributes:** no.
- **Batching:** no.
- **Rate limit:** counted against the [call budget](#call-budget).
- **Success:** 200.
- **Confidence:** low: what is uncertain is said above.

```python
opt.probes.get_probes(
    kind: models.ProbeKind,
    ids: str | None = None,
    top: int | None = None,
    skip: int | None = None,
) -> PageList[GetProbesRow]
```

Also:

- `.xml(...)` → `str`: the same keywords
- `.iter(...)` → `Iterator[GetProbesRow]`, `.pages(...)` → `Iterator[Page[GetProbesRow]]`, \
`.record_batches(...)` → `ArrowRecordBatchReader`, `.to_arrow(...)` → `ArrowTable`: without `top`, `skip`; \
with `page_size: int | None = None`, `max_items: int | None = None`, `start: int | None = None`, \
`concurrency: int | None = None`, `on_progress: Callable[[PagingProgress], None] | None = None`

```sh
optimove call GetProbes --param Kind=<integer> [--param IDs=<string>] \\
    [--all-pages] [--page-size N]
```

**Parameters:**

- `Kind` (`kind`): integer, required, one of 1 (FirstKind), 2 (SecondKind). Kind of probe.
- `IDs` (`ids`): string, whole numbers joined by `,` (pattern `^[0-9]+(,[0-9]+)*$`). IDs, by commas.
- `$top` (`top`): integer, 1..500, with --all-pages: --page-size N.
- `$skip` (`skip`): integer, >= 0, set by --all-pages.

**Body:** none.

**Result:** rows, one page a call: `PageList[GetProbesRow]`, with:

- `ProbeID`: integer.
- `Name`: string.
"""

_ADD_PROBES = """\
AddProbes

Adds probes.

`POST /current/probes/AddProbes`

- **Paging:** no.
- **Customer attributes:** no.
- **Batching:** `.batched(probes=...)` and `--batched`: any number of `Probes`, 10 a call, the other fields \
with every call, in order.
- **Rate limit:** exempt from the counted [call budget](#call-budget).
- **Success:** 200, 202.
- **Confidence:** high.

```python
opt.probes.add_probes(owner: str, probes: list[models.AddProbesRequestProbesItem]) -> None
```

Also:

- `.batched(...)` → `BatchSummary[None]`: with `probes: Sequence[models.AddProbesRequestProbesItem]`, \
`on_progress: Callable[[BatchProgress], None] | None = None`

```sh
optimove call AddProbes --param Owner=<string> --param Probes=<JSON> [--batched]
```

**Parameters:** none.

**Body:** a JSON object:

- `Owner` (`owner`): string, required, length >= 1. Who adds them.
- `Probes` (`probes`): array of object, required, 1..10 items. The probes.
  - `Kind`: integer, required, one of 1 (FirstKind), 2 (SecondKind). Kind of probe.
  - `Tags`: array of object.
    - `Key`: string, length <= 9.

**Result:** nothing (an acknowledgement): `None`.
"""


def test_a_small_spec_renders_paging_an_enum_a_pattern_and_a_nested_batched_body(tmp_path: Path) -> None:
    build(tmp_path / "generated_client", _probe_spec())
    text = markdown(tmp_path / "generated_client")
    assert "- [probes](#probes): [GetProbes](#getprobes), [AddProbes](#addprobes)\n" in text
    assert "## probes\n\nProbe functions, for the test.\n\n### GetProbes\n" in text
    assert "budget: 2000 calls per 3600 s. The functions marked exempt" in text
    sections = _sections(text)
    assert sections["GetProbes"] == _GET_PROBES
    assert sections["AddProbes"] == _ADD_PROBES
