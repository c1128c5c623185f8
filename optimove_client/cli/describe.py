"""What one function takes and gives, for `optimove functions NAME` and `optimove call NAME --help`.

All of it comes from the function's record in the generated operations table and the schemas it points at
in the shipped spec: each parameter (Optimove's name, type, whether it is required, the rule the spec sets,
its description), the body's fields and the result's, each with the fields inside it (an object's or an
array's items', under "fields", to any depth), whether it pages, takes customer attributes or
batches (--batched), and the --extra-* options it takes. details() is the JSON of `--format json`;
describe_text.text() renders that same data for a terminal.
"""

from __future__ import annotations

import datetime
import types
import typing
from typing import Any

import msgspec
from optimove_generated.operation import Batch, Body, Operation, Paging, Result

from optimove_client._request.spec_document import schema_at
from optimove_client.cli import enums
from optimove_client.cli.catalog import Function

_PYTHON_TYPES: dict[Any, str] = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    datetime.datetime: "date-time",
    datetime.date: "date",
}
_FORMAT_RULES = {"date": "YYYY-MM-DD", "date-time": "YYYY-MM-DD HH:MM:SS"}


def _resolved(node: dict[str, Any]) -> dict[str, Any]:
    """A schema with its $ref followed; the words beside the $ref (its description) win."""
    if "$ref" not in node:
        return node
    return {**schema_at(node["$ref"]), **{key: value for key, value in node.items() if key != "$ref"}}


def _type(schema: dict[str, Any]) -> str:
    if schema.get("type") == "array":
        return f"array of {_type(_resolved(schema.get('items', {})))}"
    if "anyOf" in schema:
        return " or ".join(dict.fromkeys(_type(_resolved(choice)) for choice in schema["anyOf"]))
    return str(schema.get("format") or schema.get("type") or "JSON")


def _between(low: Any, high: Any, unit: str = "") -> str:
    if low is not None and high is not None:
        return f"{low}..{high}{unit}"
    return f">= {low}{unit}" if low is not None else f"<= {high}{unit}"


def rule(schema: dict[str, Any]) -> str:
    """The checks the spec sets for a value, in words: "0..9", "one of 1 (CampaignProcessed), ..."."""
    parts = []
    if "enum" in schema:
        parts.append(f"one of {enums.describe(schema)}")
    for low, high, unit in (("minimum", "maximum", ""), ("minItems", "maxItems", " items")):
        if low in schema or high in schema:
            parts.append(_between(schema.get(low), schema.get(high), unit))
    if "minLength" in schema or "maxLength" in schema:
        parts.append("length " + _between(schema.get("minLength"), schema.get("maxLength")))
    if schema.get("format") in _FORMAT_RULES:
        parts.append(_FORMAT_RULES[schema["format"]])  # says what the date pattern says
    elif "pattern" in schema:
        parts.append(f"matches {schema['pattern']}")
    return ", ".join(parts)


def _entry(
    name: str,
    keyword: str | None,
    required: bool,
    schema: dict[str, Any],
    description: str,
    *,
    option: str | None = None,  # the option of `optimove call` that sets it, if any
    fields: list[dict[str, Any]] | None = None,  # what an object (or an array's items) holds
) -> dict[str, Any]:
    entry = {
        "name": name,
        "keyword": keyword,
        "type": _type(schema),
        "required": required,
        "rule": rule(schema),
        "option": option,
        "description": description or schema.get("description", ""),
    }
    if fields:
        entry["fields"] = fields
    return entry


def _inner(node: dict[str, Any], seen: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """The fields inside a field, to any depth: an object's properties, or those of an array's items (or
    of an anyOf's choices). A schema met again inside itself (a $ref cycle) is not opened again."""
    ref = node.get("$ref")
    if ref in seen:
        return []
    if ref is not None:
        seen = seen | {ref}
    schema = _resolved(node)
    if schema.get("type") == "array":
        return _inner(schema.get("items", {}), seen)
    for choice in schema.get("anyOf", ()):
        found = _inner(choice, seen)
        if found:
            return found
    required = set(schema.get("required", ()))
    return [
        _entry(name, None, name in required, _resolved(child), "", fields=_inner(child, seen))
        for name, child in schema.get("properties", {}).items()
    ]


def _flags(operation: Operation) -> dict[str, str]:
    """The options of `optimove call` that set a parameter for you, by its Optimove name."""
    flags = {}
    if operation.attributes is not None:
        flags[operation.attributes.names.name] = "or --attributes A,B"
        if operation.attributes.delimiter is not None:
            flags[operation.attributes.delimiter.name] = "or --delimiter D"
    if operation.paging is not None:
        flags[operation.paging.offset.name] = "set by --all-pages"
        if operation.paging.page_size is not None:
            flags[operation.paging.page_size.name] = "with --all-pages: --page-size N"
    return flags


def _parameters(operation: Operation) -> list[dict[str, Any]]:
    flags = _flags(operation)
    return [
        _entry(p.name, p.keyword, p.required, schema_at(p.schema), p.description, option=flags.get(p.name))
        for p in operation.parameters
    ]


def _paging(paging: Paging | None) -> dict[str, Any] | None:
    if paging is None:
        return None
    return {
        "offset": paging.offset.name,
        "page_size": paging.page_size.name if paging.page_size is not None else None,
        "fixed_page_size": paging.fixed_page_size,
        "max_page_size": paging.max_page_size,
    }


def _body(body: Body | None) -> dict[str, Any] | None:
    if body is None:
        return None
    if body.kind == "object":
        fields = [
            _entry(field.name, field.keyword, field.required, schema_at(field.schema), field.description,
                   fields=_inner({"$ref": field.schema}))
            for field in body.fields
        ]  # fmt: skip
        return {"kind": "object", "rule": "", "fields": fields}
    array = schema_at(body.schema)
    item = _resolved(array.get("items", {}))
    required = set(item.get("required", ()))
    fields = [
        _entry(name, None, name in required, _resolved(schema), "", fields=_inner(schema))
        for name, schema in item.get("properties", {}).items()
    ]
    return {"kind": "array", "rule": rule(array), "item": _type(item), "fields": fields}


def _batch(batch: Batch | None) -> dict[str, Any] | None:
    if batch is None:
        return None
    return {
        "limit": batch.limit,
        "list": "the array body" if batch.field is None else batch.field,
        "not_repeatable": list(batch.not_repeatable),
    }


def extra_options(operation: Operation) -> list[str]:
    """The --extra-* options of `optimove call` this function takes: an extra field needs an object body
    (or a call that may have one: not a GET); an array body takes its extra fields in each item."""
    options = ["--extra-param NAME=VALUE", "--extra-header NAME:VALUE"]
    body = operation.body
    if (body is None and operation.method != "GET") or (body is not None and body.kind == "object"):
        options.insert(1, "--extra-field NAME=VALUE")
    return options


def _python_type(annotation: Any) -> str:
    """A row field's type in the spec's words: str | None -> string."""
    arguments = typing.get_args(annotation)
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return " or ".join(_python_type(a) for a in arguments if a is not type(None))
    if typing.get_origin(annotation) is list:
        return f"array of {_python_type(arguments[0])}" if arguments else "array"
    return _PYTHON_TYPES.get(annotation, getattr(annotation, "__name__", str(annotation)))


def _result(result: Result) -> dict[str, Any]:
    fields: list[dict[str, Any]] = []
    if result.row is not None:
        fields = [
            {"name": field.encode_name, "type": _python_type(field.type), "description": ""}
            for field in msgspec.structs.fields(result.row)
            if not field.encode_name.startswith("#")  # the client's own fields (parsed attributes)
        ]
    elif result.schema is not None:
        fields = [
            {
                "name": name,
                "type": _type(_resolved(schema)),
                "description": _resolved(schema).get("description", ""),
                **({"fields": inner} if (inner := _inner(schema, frozenset({result.schema}))) else {}),
            }
            for name, schema in schema_at(result.schema).get("properties", {}).items()
        ]
    return {"kind": result.kind, "fields": fields}


def details(function: Function) -> dict[str, Any]:
    """Everything `optimove functions NAME --format json` says about a function."""
    operation = function.operation
    return {
        "function": function.name,
        "category": function.category,
        "client": f"opt.{operation.category}.{operation.name}",
        "method": operation.method,
        "path": operation.path,
        "summary": operation.summary,
        "pages": function.pages,
        "paging": _paging(operation.paging),
        "customer_attributes": function.takes_attributes,
        "batches": operation.batch is not None,
        "batch": _batch(operation.batch),
        "extra_options": extra_options(operation),
        "parameters": _parameters(operation),
        "required_one_of": [list(names) for names in operation.required_one_of],
        "body": _body(operation.body),
        "result": _result(operation.result),
    }
