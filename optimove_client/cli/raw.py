"""`optimove call --raw`: the answer as a shell takes it, `DAY=$(optimove call GetLastDataUpdate --raw)`.

A scalar is printed bare on a line (a string unquoted, a number or boolean as JSON text, a date as
YYYY-MM-DD), a list of scalars one per line, null as nothing (an empty line in a list). Whether a
function answers scalars is read from the spec's result schema, so an answer of objects is refused
before anything is sent; only a function the spec gives no result schema is judged by its answer.
"""

from __future__ import annotations

import argparse
import datetime
import json
from typing import Any

from optimove_generated.operation import Result

from optimove_client._request.spec_document import schema_at
from optimove_client.cli.catalog import Function
from optimove_client.cli.output_formats import SUFFIXES, suffix_of
from optimove_client.cli.problems import CliError

_SCALAR_TYPES = frozenset({"string", "integer", "number", "boolean"})


def _objects(function: Function, what: str = "objects") -> CliError:
    return CliError(
        f"--raw prints a scalar or a list of scalars; {function.name} answers {what}: "
        "use --format csv or jsonl"
    )


def _is_scalar(schema: dict[str, Any]) -> bool:
    if "anyOf" in schema:
        return all(_is_scalar(choice) for choice in schema["anyOf"])
    if "enum" in schema and "type" not in schema:
        return True
    return schema.get("type") in _SCALAR_TYPES | {"null"}


def _answers_scalars(result: Result) -> bool | None:
    """Whether the spec says the answer is a scalar or a list of scalars; None where it does not say."""
    if result.kind in ("none", "string"):
        return True
    if result.kind == "any" or result.schema is None:
        return None
    schema = schema_at(result.schema)
    if result.kind == "value":  # a model of one field, answered as that field's value
        field = schema.get("properties", {}).get(result.fields[0], {}) if result.fields else {}
        return _is_scalar(schema_at(field["$ref"]) if "$ref" in field else field)
    if result.kind == "list":  # result.schema is the item's
        return _is_scalar(schema)
    return False  # rows, object


def check(args: argparse.Namespace, function: Function) -> None:
    """--raw alone of the output options, and for a function that answers scalars: before any call."""
    if not args.raw:
        return
    for flag, given in (
        ("--format", args.format),
        ("--all-pages", args.all_pages),
        ("--batched", args.batched),
        ("--xml", args.xml),
    ):
        if given:
            raise CliError(f"--raw prints one call's answer bare: drop {flag} (or --raw)")
    suffix = suffix_of(args.output)
    if suffix in SUFFIXES:  # a .json file that holds a bare date would not be what its name says
        raise CliError(
            f"--raw writes bare text, not {SUFFIXES[suffix]}: name the --output file without {suffix} "
            "(e.g. .txt), or drop --raw"
        )
    if _answers_scalars(function.operation.result) is False:
        raise _objects(function)


def render(function: Function, value: Any) -> str:
    """The plain answer (records.plain) as --raw prints it."""
    if value is None:
        return ""
    items = value if isinstance(value, list) else [value]
    if any(isinstance(item, dict | list) for item in items):  # only where the spec did not say
        raise _objects(function, "objects" if isinstance(value, list) else "an object")
    return "".join(_bare(item) + "\n" for item in items)


def _bare(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, datetime.date):
        return str(value)  # Optimove's own forms: YYYY-MM-DD, YYYY-MM-DD HH:MM:SS
    return json.dumps(value)
