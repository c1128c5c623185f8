"""docs/api.md: written by the generator from the tree it generates, checked with it, complete, linked."""

from __future__ import annotations

import inspect
import re
import shutil
from pathlib import Path
from typing import Any, cast

import pytest
from optimove_generated import facade
from optimove_generated.operations import OPERATIONS

from generator import generate
from generator.generate import OUTPUT, ROOT, main, reference_differences
from generator.reference import API_REFERENCE, markdown
from generator.reference_markdown import anchor
from optimove_client.cli.catalog import functions


@pytest.fixture(scope="module")
def committed() -> str:
    return API_REFERENCE.read_text(encoding="utf-8")


def sections_of(text: str) -> dict[str, str]:
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
    sections = sections_of(committed)
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
