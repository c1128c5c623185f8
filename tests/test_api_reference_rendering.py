"""docs/api.md as the generator renders it: a small spec's functions exactly, and the Markdown pieces."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from generator.generate import build
from generator.reference import markdown
from generator.reference_markdown import inline, pattern_words
from tests.test_api_reference import sections_of
from tests.test_generation import _small_spec


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
    sections = sections_of(text)
    assert sections["GetProbes"] == _GET_PROBES
    assert sections["AddProbes"] == _ADD_PROBES
