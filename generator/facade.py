"""Write optimove_generated/facade.py: one typed entry point per operation, grouped by category.

openapi-python-client gives each operation a module of free functions that take a `client`. Users of
optimove_client call `opt.<category>.<function>(...)` instead, with keyword arguments named in plain
snake_case, object bodies flattened into keyword arguments, and typed results. The classes written here
only gather arguments; the overlay's Runner validates, sends, retries and parses. They are derived from
the spec (names, categories, summaries, extensions) and from the generated modules themselves (read with
ast, so the facade can never disagree with the functions it calls).
"""

from __future__ import annotations

import ast
import keyword
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.view import operations

# Names that annotations may use without an import from .models.
_BUILTIN_NAMES = {"Any", "None", "Unset", "int", "str", "bool", "float", "list", "dict", "datetime", "date"}
_ATTRIBUTES = "customer_attributes"
_DELIMITER = "customer_attributes_delimiter"


def snake(name: str) -> str:
    """Plain snake_case for a wire name: RecipientGroupID -> recipient_group_id, IncludeTemplateIDs ->
    include_template_ids, ListenerURL -> listener_url, $top -> top."""
    name = re.sub(r"IDs(?![a-z])", "Ids", name.lstrip("$"))
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name)
    return name.lower()


def _normalised(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@dataclass
class Argument:
    """One keyword argument of a facade method."""

    name: str  # facade name
    annotation: str  # without Unset
    required: bool
    description: str
    target: str  # name of the generated _get_kwargs argument or body model attribute


@dataclass
class Operation:
    operation_id: str
    category: str
    method: str
    path: str
    summary: str
    module: str
    query: list[Argument]
    body_model: str | None = None  # an object body, flattened into body_fields
    body_fields: list[Argument] = field(default_factory=list)
    body_items: str | None = None  # annotation of an array body, passed as `items`
    result: str = "None"
    extensions: dict[str, Any] = field(default_factory=dict)


def _function(tree: ast.Module, name: str) -> ast.FunctionDef:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return node
    raise LookupError(name)


def _route(tree: ast.Module) -> tuple[str, str]:
    source = ast.unparse(_function(tree, "_get_kwargs"))
    found = re.search(r"'method': '(\w+)', 'url': '([^']+)'", source)
    if not found:
        raise LookupError("route")
    return found.group(1), found.group(2)


def _optional(annotation: str) -> tuple[str, bool]:
    """('int | Unset') -> ('int', False); ('int') -> ('int', True)."""
    if annotation.endswith(" | Unset"):
        return annotation.removesuffix(" | Unset"), False
    return annotation, True


def _model_fields(models: Path, class_name: str) -> list[tuple[str, str, bool]]:
    """(attribute, annotation, required) of a generated attrs model, in declaration order."""
    for module in models.glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and node.name == class_name:
                fields = []
                for item in node.body:
                    if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                        if item.target.id == "additional_properties":
                            continue
                        annotation, required = _optional(ast.unparse(item.annotation))
                        fields.append((item.target.id, annotation, required))
                return fields
    raise LookupError(class_name)


def _result(parse: ast.FunctionDef, operation: dict[str, Any]) -> str:
    returned = ast.unparse(parse.returns).removesuffix(" | None") if parse.returns else "Any"
    if returned == "Any":
        success = operation["responses"].get("200", {})
        acknowledgement = success.get("$ref", "").endswith("/Acknowledged")
        return "None" if acknowledgement else "Any"
    return returned if returned.startswith("list[") or returned == "str" else f"{returned} | None"


def _schema_description(spec: dict[str, Any], node: dict[str, Any]) -> str:
    if "description" in node:
        return " ".join(str(node["description"]).split())
    if "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return _schema_description(spec, target)
    return ""


def _parameters(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found = {}
    for parameter in operation.get("parameters", []):
        node = parameter
        if "$ref" in node:
            node = spec["components"]["parameters"][node["$ref"].rsplit("/", 1)[-1]]
        found[_normalised(node["name"])] = node
    return found


def _body_properties(
    spec: dict[str, Any], operation: dict[str, Any]
) -> dict[str, tuple[str, dict[str, Any]]]:
    """normalised name -> (wire name, schema) of the fields of an object body."""
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
    if "$ref" in body:
        body = spec["components"]["schemas"][body["$ref"].rsplit("/", 1)[-1]]
    return {_normalised(name): (name, node) for name, node in body.get("properties", {}).items()}


def _add_body(
    op: Operation,
    annotation: str,
    models: Path,
    properties: dict[str, tuple[str, dict[str, Any]]],
    spec: dict[str, Any],
) -> None:
    """An array body becomes `items`; an object body's fields become keyword arguments."""
    if annotation.startswith("list["):
        op.body_items = annotation
        return
    op.body_model = annotation
    for attribute, field_annotation, required in _model_fields(models, annotation):
        # openapi-python-client renames some attributes (Type -> type_); the argument keeps the wire name.
        wire_name, node = properties[_normalised(attribute.rstrip("_"))]
        name = snake(wire_name) + ("_" if keyword.iskeyword(snake(wire_name)) else "")
        description = _schema_description(spec, node)
        op.body_fields.append(Argument(name, field_annotation, required, description, attribute))


def read_operations(package: Path, spec: dict[str, Any]) -> list[Operation]:
    """Every operation of the spec, described from the generated module that implements it."""
    modules: dict[tuple[str, str], tuple[str, ast.Module]] = {}
    for module in sorted((package / "api").glob("*/*.py")):
        if module.name == "__init__.py":
            continue
        tree = ast.parse(module.read_text(encoding="utf-8"))
        dotted = f"{package.name}.api.{module.parent.name}.{module.stem}"
        modules[_route(tree)] = (dotted, tree)
    found = []
    for path, method, spec_operation in operations(spec):
        dotted, tree = modules[(method, path)]
        extensions = {k: v for k, v in spec_operation.items() if k.startswith("x-optimove-")}
        described = _parameters(spec, spec_operation)
        properties = _body_properties(spec, spec_operation)
        op = Operation(
            operation_id=spec_operation["operationId"],
            category=snake(re.sub(r"\W+", " ", spec_operation["tags"][0]).title().replace(" ", "")),
            method=method,
            path=path,
            summary=spec_operation.get("summary", ""),
            module=dotted,
            query=[],
            result=_result(_function(tree, "_parse_response"), spec_operation),
            extensions=extensions,
        )
        for argument in _function(tree, "_get_kwargs").args.kwonlyargs:
            annotation, required = _optional(ast.unparse(argument.annotation or ast.Name("Any")))
            if argument.arg == "body":
                _add_body(op, annotation, package / "models", properties, spec)
                continue
            node = described[_normalised(argument.arg)]
            name, description = snake(node["name"]), _schema_description(spec, node)
            if argument.arg == _ATTRIBUTES and extensions.get("x-optimove-customer-attributes"):
                name, annotation = "attributes", "Sequence[str]"
                description = "Customer attribute names (1 to 10) whose current values come back per row."
            elif argument.arg == _DELIMITER:
                name, annotation = "attribute_delimiter", "AttributeDelimiter | str"
            op.query.append(Argument(name, annotation, required, description, argument.arg))
        if "x-optimove-paging" in extensions:
            # Paging operations answer with typed rows (optimove_generated.rows) in every form.
            op.result = f"list[{op.operation_id}Row]"
        elif method == "get" and op.result.endswith(" | None"):
            # A lookup of one value (GetLastDataUpdate, GetActionID, ...) answers the value itself.
            fields = _model_fields(package / "models", op.result.removesuffix(" | None"))
            if len(fields) == 1 and fields[0][2]:
                op.result = f"{fields[0][1]} | None"
        names = [a.name for a in op.query + op.body_fields]
        if len(names) != len(set(names)):
            raise ValueError(f"{op.operation_id}: two arguments share a name: {names}")
        found.append(op)
    return found


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


def _call_arguments(op: Operation) -> str:
    entries = [f'"{a.target}": {a.name}' for a in op.query]
    if op.body_model:
        fields = ", ".join(f"{a.target}={a.name}" for a in op.body_fields)
        entries.append(f'"body": _body({op.body_model}, {fields})')
    if op.body_items:
        entries.append('"body": list(items)')
    return "{" + ", ".join(entries) + "}"


def _method(op: Operation, asynchronous: bool, name: str, result: str, xml: bool) -> str:
    arguments = op.query + op.body_fields
    keyword = "async def" if asynchronous else "def"
    awaited = "await " if asynchronous else ""
    extra = " Returns Optimove's XML form of the result, unparsed." if xml else ""
    flag = ", xml=True" if xml else ""
    call = f"{awaited}self._runner.call(self.operation_id, {_call_arguments(op)}{flag})"
    body = f'return cast("{result}", {call})'
    docstring = textwrap.indent(_docstring(op, arguments, op.body_items, extra), "    ")
    return (
        f"    {keyword} {name}({_signature(arguments, op.body_items)}) -> {result}:\n"
        f"{textwrap.indent(docstring, '    ')}\n"
        f"        {body}\n"
    )


_PAGING_TARGETS = {"top", "skip"}


def _paging_method(op: Operation, asynchronous: bool, name: str) -> str:
    """iter() yields every row of every page; pages() yields the pages. Both take the paging options."""
    arguments = [a for a in op.query if a.target not in _PAGING_TARGETS] + op.body_fields
    row = f"{op.operation_id}Row"
    iterator = "AsyncIterator" if asynchronous else "Iterator"
    result = f"{iterator}[{row}]" if name == "iter" else f"{iterator}[Page[{row}]]"
    runner_method = "iterate" if name == "iter" else "pages"
    options = ["max_items", "start", "concurrency", "on_progress"]
    extra = [
        Argument("max_items", "int", False, "Stop after this many rows in all (default: every row).", ""),
        Argument("start", "int", False, "Offset ($skip) of the first row, to resume a pull (default 0).", ""),
        Argument(
            "concurrency", "int", False, "Pages fetched ahead at once, yielded in order (default 1).", ""
        ),
        Argument("on_progress", "Callable[[PagingProgress], None]", False, "Called after each page.", ""),
    ]
    if "page-size-parameter" in op.extensions["x-optimove-paging"]:
        extra.insert(0, Argument("page_size", "int", False, "Rows per call (1 to 200,000).", ""))
        options.insert(0, "page_size")
    signature = _signature(arguments + extra, None)
    what = (
        "Every row of every page, fetched lazily" if name == "iter" else "The pages (one call each), lazily"
    )
    docstring = _docstring(op, arguments + extra, None, f" {what}.")
    kept = [a for a in op.query if a.target not in _PAGING_TARGETS]
    call_arguments = "{" + ", ".join(f'"{a.target}": {a.name}' for a in kept)
    if op.body_model:
        fields = ", ".join(f"{a.target}={a.name}" for a in op.body_fields)
        call_arguments += f', "body": _body({op.body_model}, {fields})'
    call_arguments += "}"
    paging = "{" + ", ".join(f'"{option}": {option}' for option in options) + "}"
    call = f"self._runner.{runner_method}(self.operation_id, {call_arguments}, {paging})"
    return (
        f"    def {name}({signature}) -> {result}:\n"
        f"{textwrap.indent(textwrap.indent(docstring, '    '), '    ')}\n"
        f'        return cast("{result}", {call})\n'
    )


def _class(op: Operation, asynchronous: bool) -> str:
    prefix = "Async" if asynchronous else ""
    notes = []
    if "x-optimove-paging" in op.extensions:
        notes.append("It pages with $top/$skip.")
    if op.extensions.get("x-optimove-customer-attributes"):
        notes.append("It takes CustomerAttributes.")
    doc = f"{op.summary}\n\n{op.method.upper()} {op.path}." + (" " + " ".join(notes) if notes else "")
    text = f"class {prefix}{op.operation_id}(_{prefix}Operation):\n"
    text += textwrap.indent('"""' + doc + '"""', "    ") + "\n\n"
    text += f'    operation_id = "{op.operation_id}"\n\n'
    text += _method(op, asynchronous, "__call__", op.result, xml=False)
    if op.method == "get":
        text += "\n" + _method(op, asynchronous, "xml", "str", xml=True)
    if "x-optimove-paging" in op.extensions:
        text += "\n" + _paging_method(op, asynchronous, "iter")
        text += "\n" + _paging_method(op, asynchronous, "pages")
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
            text += f"        self.{snake(op.operation_id)} = {prefix}{op.operation_id}(runner)\n"
    text += f"\n\nclass {prefix}Operations:\n"
    text += '    """Every operation of the spec, as `<category>.<function>`."""\n\n'
    text += f"    def __init__(self, runner: {runner}) -> None:\n"
    for category in categories:
        class_name = prefix + "".join(part.title() for part in category.split("_"))
        text += f"        self.{category} = {class_name}(runner)\n"
    return text


_PREAMBLE = '''"""Typed entry points for every operation of spec/optimove.yaml, grouped by category.

Each operation is a class whose methods only gather their keyword arguments; the Runner that
optimove_client supplies validates them against the spec, sends the call and parses the result.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any, Protocol, TypeVar, cast

{imports}
_T = TypeVar("_T")
_Row_co = TypeVar("_Row_co", covariant=True)


class PagingProgress(Protocol):
    """How far a paged pull has come; passed to on_progress after each page."""

    @property
    def records(self) -> int: ...

    @property
    def pages(self) -> int: ...

    @property
    def offset(self) -> int:
        """The $skip of the next page: where to resume (start=...) if the pull stops here."""

    @property
    def rate_limit_wait(self) -> float:
        """Seconds spent waiting for the rate limit so far."""


class Page(Protocol[_Row_co]):
    """One page of a paged pull: its rows, its number (from 1) and its offset ($skip)."""

    @property
    def number(self) -> int: ...

    @property
    def offset(self) -> int: ...

    @property
    def rows(self) -> Sequence[_Row_co]: ...

    def __iter__(self) -> Iterator[_Row_co]: ...

    def __len__(self) -> int: ...


class Runner(Protocol):
    """Sends the calls of the operations; supplied by optimove_client."""

    def call(self, operation_id: str, arguments: dict[str, Any], *, xml: bool = False) -> Any: ...

    def iterate(
        self, operation_id: str, arguments: dict[str, Any], paging: dict[str, Any]
    ) -> Iterator[Any]: ...

    def pages(
        self, operation_id: str, arguments: dict[str, Any], paging: dict[str, Any]
    ) -> Iterator[Any]: ...


class AsyncRunner(Protocol):
    """Sends the calls of the operations, asynchronously; supplied by optimove_client."""

    async def call(self, operation_id: str, arguments: dict[str, Any], *, xml: bool = False) -> Any: ...

    def iterate(
        self, operation_id: str, arguments: dict[str, Any], paging: dict[str, Any]
    ) -> AsyncIterator[Any]: ...

    def pages(
        self, operation_id: str, arguments: dict[str, Any], paging: dict[str, Any]
    ) -> AsyncIterator[Any]: ...


def _body(model: type[_T], **fields: Any) -> _T:
    """A request body model from the keyword arguments given (None means not given)."""
    return model(**{{name: value for name, value in fields.items() if value is not None}})


class _Operation:
    operation_id: str

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def __repr__(self) -> str:
        return f"<Optimove operation {{self.operation_id}}>"


class _AsyncOperation:
    operation_id: str

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    def __repr__(self) -> str:
        return f"<Optimove operation {{self.operation_id}} (async)>"
'''


def render(ops: list[Operation], spec: dict[str, Any]) -> str:
    descriptions = {
        snake(re.sub(r"\W+", " ", tag["name"]).title().replace(" ", "")): tag.get("description", tag["name"])
        for tag in spec.get("tags", [])
    }
    annotations = " ".join(
        [a.annotation for op in ops for a in op.query + op.body_fields]
        + [op.result for op in ops]
        + [op.body_model or "" for op in ops]
        + [op.body_items or "" for op in ops]
    )
    rows = sorted(f"{op.operation_id}Row" for op in ops if "x-optimove-paging" in op.extensions)
    models = sorted(set(re.findall(r"\b[A-Z]\w+", annotations)) - _BUILTIN_NAMES - {"Sequence"} - set(rows))
    imports = "".join(
        f"from .{module} import (\n" + "".join(f"    {name},\n" for name in names) + ")\n"
        for module, names in (("models", models), ("rows", rows))
        if names
    )
    text = _PREAMBLE.format(imports=imports)
    for op in ops:
        text += "\n\n" + _class(op, asynchronous=False)
        text += "\n\n" + _class(op, asynchronous=True)
    text += _category_classes(ops, descriptions, asynchronous=False)
    text += _category_classes(ops, descriptions, asynchronous=True)
    return text


def write_facade(package: Path, spec: dict[str, Any]) -> None:
    (package / "facade.py").write_text(render(read_operations(package, spec), spec), encoding="utf-8")
