"""Write optimove_generated/facade.py: one typed entry point per operation, grouped by category.

openapi-python-client gives each operation a request builder whose arguments are its Python names. Users
of optimove_client call `opt.<category>.<function>(...)`, with keyword arguments named in plain
snake_case, object bodies flattened into keyword arguments, and typed results. The classes written here
only gather arguments and hand them, with their operation's record (operations.py), to the runner that
optimove_client supplies (static/protocols.py says what a runner is).
"""

from __future__ import annotations

import dataclasses
import re
import textwrap
from pathlib import Path
from typing import Any

from generator.describe import Argument, Operation, category_of
from generator.table import constant

# Names that annotations may use without an import from .models.
_BUILTIN_NAMES = {"Any", "None", "Unset", "int", "str", "bool", "float", "list", "dict", "datetime", "date"}

# Every method takes these too: what the spec does not know of yet is still sendable (the escape hatch).
_EXTRAS = [
    Argument(
        "extra_query",
        "Mapping[str, Any]",
        False,
        "Query parameters the spec does not know of, sent as given (a known parameter is an error).",
        "",
    ),
    Argument(
        "extra_body",
        "Mapping[str, Any]",
        False,
        "Body fields the spec does not know of, merged into the JSON object sent (a known one is an error).",
        "",
    ),
    Argument(
        "extra_headers",
        "Mapping[str, str]",
        False,
        "HTTP headers to send as well (not those the client sets: authentication, Accept, Content-Type).",
        "",
    ),
]
_EXTRAS_CALL = "extras=_extras(extra_query, extra_body, extra_headers)"


def has_batch(op: Operation) -> bool:
    """Whether the operation gets .batched: a list field named by x-optimove-batch, or an array body with
    a list-size limit."""
    if "x-optimove-batch" in op.extensions:
        return True
    return op.body_items is not None and "x-optimove-max-list-items" in op.extensions


def _signature(arguments: list[Argument], items: str | None) -> str:
    parts = ["self", "*"] if arguments or items else ["self"]
    if items:
        parts.append(f"items: {items.replace('list[', 'Sequence[', 1)}")
    for argument in sorted(arguments, key=lambda a: not a.required):
        default = "" if argument.required else " | None = None"
        parts.append(f"{argument.name}: {argument.annotation}{default}")
    return ", ".join(parts)


def _docstring(op: Operation, arguments: list[Argument], items: str | None, extra: str = "") -> str:
    lines = [op.summary or op.operation_id, "", f"{op.operation_id}: {op.method.upper()} {op.path}.{extra}"]
    documented = [a for a in arguments if a.description]
    if documented or items:
        lines += ["", "Args:"]
        if items:
            lines.append("    items: The items of the JSON array body.")
        for argument in documented:
            wrapped = textwrap.wrap(argument.description, 96, subsequent_indent="        ")
            lines.append(f"    {argument.name}: " + "\n".join(wrapped))
    return '"""' + "\n".join(lines).replace("\\", "\\\\") + '\n"""'


def _call_arguments(op: Operation, query: list[Argument]) -> str:
    entries = [f'"{a.target}": {a.name}' for a in query]
    if op.body_model:
        fields = ", ".join(f"{a.target}={a.name}" for a in op.body_fields)
        entries.append(f'"body": _body(models.{op.body_model}, {fields})')
    if op.body_items:
        entries.append('"body": list(items)')
    return "{" + ", ".join(entries) + "}"


def _method(op: Operation, asynchronous: bool, name: str, result: str, xml: bool) -> str:
    arguments = op.query + op.body_fields + _EXTRAS
    keyword = "async def" if asynchronous else "def"
    awaited = "await " if asynchronous else ""
    extra = " Returns Optimove's XML form of the result, unparsed." if xml else ""
    flag = ", xml=True" if xml else ""
    call = (
        f"{awaited}self._runner.call(self.operation, {_call_arguments(op, op.query)}{flag}, {_EXTRAS_CALL})"
    )
    body = f'return cast("{result}", {call})'
    docstring = textwrap.indent(_docstring(op, arguments, op.body_items, extra), "    ")
    return (
        f"    {keyword} {name}({_signature(arguments, op.body_items)}) -> {result}:\n"
        f"{textwrap.indent(docstring, '    ')}\n"
        f"        {body}\n"
    )


def _batched_method(op: Operation, asynchronous: bool) -> str:
    """batched() takes what __call__ takes, with any number of items, and sends them in calls of the
    largest size the function takes, in order."""
    batch = op.extensions.get("x-optimove-batch")
    field = batch["field"] if batch else None
    fields = [
        dataclasses.replace(a, annotation=a.annotation.replace("list[", "Sequence[", 1))
        if a.wire == field
        else a
        for a in op.body_fields
    ]
    progress = Argument(
        "on_progress", "Callable[[BatchProgress], None]", False, "Called after each call of the batch.", ""
    )
    arguments = op.query + fields + [progress] + _EXTRAS
    keyword = "async def" if asynchronous else "def"
    awaited = "await " if asynchronous else ""
    result = f"BatchSummary[{op.result.annotation}]"
    split = "items" if field is None else next(a.name for a in fields if a.wire == field)
    extra = (
        f" Any number of {split}, sent in as many calls as the function's limit per call needs, in order; a"
        " failed call raises a BatchError that says which items were sent and which were not."
    )
    call = (
        f"{awaited}self._runner.batch(self.operation, {_call_arguments(op, op.query)}, "
        f"on_progress=on_progress, {_EXTRAS_CALL})"
    )
    docstring = textwrap.indent(_docstring(op, arguments, op.body_items, extra), "    ")
    return (
        f"    {keyword} batched({_signature(arguments, op.body_items)}) -> {result}:\n"
        f"{textwrap.indent(docstring, '    ')}\n"
        f'        return cast("{result}", {call})\n'
    )


_ARROW_NEEDS = "needs pyarrow: pip install 'optimove-client[arrow]'"


def _paged_doc(name: str, asynchronous: bool) -> str:
    """What a paged form of a paging function gives: the last sentence of its docstring's first line."""
    if name == "record_batches" and asynchronous:
        return f"One pyarrow.RecordBatch per page, each page fetched when it is reached ({_ARROW_NEEDS})."
    docs = {
        "iter": "Every row of every page, fetched lazily.",
        "pages": "The pages (one call each), lazily.",
        "record_batches": (
            "A pyarrow.RecordBatchReader of every row, one record batch per page, each page fetched when"
            f" the reader reaches it ({_ARROW_NEEDS})."
        ),
        "to_arrow": (
            f"Every row of every page as one pyarrow.Table, its schema even without rows ({_ARROW_NEEDS})."
        ),
    }
    return docs[name]


def _paged_result(name: str, row: str, asynchronous: bool) -> str:
    iterator = "AsyncIterator" if asynchronous else "Iterator"
    results = {
        "iter": f"{iterator}[{row}]",
        "pages": f"{iterator}[Page[{row}]]",
        "record_batches": "AsyncIterator[ArrowRecordBatch]" if asynchronous else "ArrowRecordBatchReader",
        "to_arrow": "ArrowTable",
    }
    return results[name]


def _paging_method(op: Operation, asynchronous: bool, name: str) -> str:
    """The paged forms of a paging function, which all take its arguments and the paging options: iter()
    yields every row of every page, pages() the pages, record_batches() and to_arrow() Arrow data."""
    driven = op.paging_arguments()
    kept = [a for a in op.query if a.target not in driven]
    arguments = kept + op.body_fields
    result = _paged_result(name, f"{op.operation_id}Row", asynchronous)
    runner_method = "iterate" if name == "iter" else name
    options = ["max_items", "start", "concurrency", "on_progress"]
    extra = [
        Argument("max_items", "int", False, "Stop after this many rows in all (default: every row).", ""),
        Argument("start", "int", False, "Offset ($skip) of the first row, to resume a pull (default 0).", ""),
        Argument(
            "concurrency", "int", False, "Pages fetched ahead at once, yielded in order (default 1).", ""
        ),
        Argument("on_progress", "Callable[[PagingProgress], None]", False, "Called after each page.", ""),
    ]
    if "page-size-parameter" in (op.paging or {}):
        extra.insert(0, Argument("page_size", "int", False, "Rows per call (1 to 200,000).", ""))
        options.insert(0, "page_size")
    extra += _EXTRAS
    signature = _signature(arguments + extra, None)
    docstring = _docstring(op, arguments + extra, None, " " + _paged_doc(name, asynchronous))
    paging = "{" + ", ".join(f'"{option}": {option}' for option in options) + "}"
    call = (
        f"self._runner.{runner_method}(self.operation, {_call_arguments(op, kept)}, {paging}, {_EXTRAS_CALL})"
    )
    keyword = "def"
    if name in ("iter", "pages"):  # the runner's rows are Any: the facade names their type
        body = f'return cast("{result}", {call})'
    elif asynchronous and name == "to_arrow":
        keyword, body = "async def", f"return await {call}"
    else:  # Arrow data: the runner's protocol already has the facade's (untyped) result
        body = f"return {call}"
    return (
        f"    {keyword} {name}({signature}) -> {result}:\n"
        f"{textwrap.indent(textwrap.indent(docstring, '    '), '    ')}\n"
        f"        {body}\n"
    )


def _list_arrow_method(op: Operation, asynchronous: bool) -> str:
    """to_arrow() of a list function that does not page: its answer as one pyarrow.Table."""
    arguments = op.query + op.body_fields + _EXTRAS
    keyword, awaited = ("async def", "await ") if asynchronous else ("def", "")
    extra = (
        " Returns the list as one pyarrow.Table, a column per field of the spec, its schema even without"
        f" items ({_ARROW_NEEDS})."
    )
    arguments_call = _call_arguments(op, op.query)
    call = f"{awaited}self._runner.list_to_arrow(self.operation, {arguments_call}, {_EXTRAS_CALL})"
    docstring = textwrap.indent(_docstring(op, arguments, op.body_items, extra), "    ")
    return (
        f"    {keyword} to_arrow({_signature(arguments, op.body_items)}) -> ArrowTable:\n"
        f"{textwrap.indent(docstring, '    ')}\n"
        f"        return {call}\n"
    )


def _class(op: Operation, asynchronous: bool) -> str:
    prefix = "Async" if asynchronous else ""
    notes = []
    if op.paging is not None:
        notes.append("It pages with $top/$skip.")
    if op.extensions.get("x-optimove-customer-attributes"):
        notes.append("It takes CustomerAttributes.")
    doc = f"{op.summary}\n\n{op.method.upper()} {op.path}." + (" " + " ".join(notes) if notes else "")
    text = f"class {prefix}{op.operation_id}({prefix}BoundOperation):\n"
    text += textwrap.indent('"""' + doc + '"""', "    ") + "\n\n"
    text += f"    operation = _operations.{constant(op.operation_id)}\n\n"
    text += _method(op, asynchronous, "__call__", op.result.annotation, xml=False)
    if op.method == "get":
        text += "\n" + _method(op, asynchronous, "xml", "str", xml=True)
    if op.paging is not None:
        for name in ("iter", "pages", "record_batches", "to_arrow"):
            text += "\n" + _paging_method(op, asynchronous, name)
    elif op.result.kind == "list":
        text += "\n" + _list_arrow_method(op, asynchronous)
    if has_batch(op):
        text += "\n" + _batched_method(op, asynchronous)
    return text


def _category_classes(ops: list[Operation], descriptions: dict[str, str], asynchronous: bool) -> str:
    prefix = "Async" if asynchronous else ""
    runner = "AsyncRunner" if asynchronous else "Runner"
    categories: dict[str, list[Operation]] = {}
    for op in ops:
        categories.setdefault(op.category, []).append(op)
    text = ""
    for category, members in categories.items():
        class_name = prefix + "".join(part.title() for part in category.split("_"))
        text += f"\n\nclass {class_name}:\n"
        text += f'    """{descriptions.get(category, category)}"""\n\n'
        text += f"    def __init__(self, runner: {runner}) -> None:\n"
        for op in members:
            text += f"        self.{op.name} = {prefix}{op.operation_id}(runner)\n"
    text += f"\n\nclass {prefix}Operations:\n"
    text += '    """Every operation of the spec, as `<category>.<function>`."""\n\n'
    text += f"    def __init__(self, runner: {runner}) -> None:\n"
    for category in categories:
        class_name = prefix + "".join(part.title() for part in category.split("_"))
        text += f"        self.{category} = {class_name}(runner)\n"
    return text


_PREAMBLE = '''"""Typed entry points for every operation of spec/optimove.yaml, grouped by category.

Each operation is a class whose methods only gather their keyword arguments; they hand them, with the
operation's record from operations.py, to the runner that optimove_client supplies (protocols.py).
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import Any, cast

# Models are named through their package, which imports a model's module on first use (models/): the
# facade does not import them all at every start, and typing.get_type_hints still resolves every name.
from . import models
from . import operations as _operations
{imports}from .protocols import (
    ArrowRecordBatch,
    ArrowRecordBatchReader,
    ArrowTable,
    AsyncBoundOperation,
    AsyncRunner,
    BatchProgress,
    BatchSummary,
    BoundOperation,
    Page,
    PageList,
    PagingProgress,
    Runner,
)
from .protocols import body as _body
from .protocols import extras as _extras

__all__ = [
    "AsyncOperations",
    "BatchProgress",
    "BatchSummary",
    "Operations",
    "Page",
    "PageList",
    "PagingProgress",
]
'''


def render(ops: list[Operation], spec: dict[str, Any]) -> str:
    descriptions = {
        category_of(tag["name"]): tag.get("description", tag["name"]) for tag in spec.get("tags", [])
    }
    annotations = " ".join(
        [a.annotation for op in ops for a in op.query + op.body_fields]
        + [op.result.annotation for op in ops]
        + [op.body_model or "" for op in ops]
        + [op.body_items or "" for op in ops]
    )
    rows = sorted(f"{op.operation_id}Row" for op in ops if op.paging is not None)
    models = sorted(
        set(re.findall(r"\b[A-Z]\w+", annotations))
        - _BUILTIN_NAMES
        - {"Sequence", "PageList", "Mapping"}
        - set(rows)
    )
    imports = "from .rows import (\n" + "".join(f"    {name},\n" for name in rows) + ")\n" if rows else ""
    text = _PREAMBLE.format(imports=imports)
    ops = [_qualified(op, models) for op in ops]
    for op in ops:
        text += "\n\n" + _class(op, asynchronous=False)
        text += "\n\n" + _class(op, asynchronous=True)
    text += _category_classes(ops, descriptions, asynchronous=False)
    text += _category_classes(ops, descriptions, asynchronous=True)
    return text


def _qualified(op: Operation, models: list[str]) -> Operation:
    """The operation with the model names in its annotations written as models.<Name>."""
    if not models:
        return op
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, models)) + r")\b")

    def qualify(annotation: str) -> str:
        return pattern.sub(r"models.\1", annotation)

    def arguments(listed: list[Argument]) -> list[Argument]:
        return [dataclasses.replace(a, annotation=qualify(a.annotation)) for a in listed]

    return dataclasses.replace(
        op,
        query=arguments(op.query),
        body_fields=arguments(op.body_fields),
        body_items=qualify(op.body_items) if op.body_items else op.body_items,
        result=dataclasses.replace(op.result, annotation=qualify(op.result.annotation)),
    )


def write_facade(package: Path, ops: list[Operation], spec: dict[str, Any]) -> None:
    (package / "facade.py").write_text(render(ops, spec), encoding="utf-8")
