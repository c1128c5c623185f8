"""What docs/api.md says of every function, read from a generated tree as the client itself reads it.

Run inside the tree being documented (`python -m generator.reference_data`, with that tree's
optimove_generated first on the path): generate.py does so for the freshly generated package, so the
reference describes the code it ships with, not the one installed. Each function's description is the
CLI's (`optimove functions NAME --format json`, cli/describe.details()), so the reference and the command
line cannot describe a function differently; beside it go the Python forms, as the generated facade declares
them, and what the operation's record and the spec add (confidence, success statuses, the rate limit).
Prints JSON; reference.py renders it as Markdown.
"""

from __future__ import annotations

import inspect
import json
import sys
from typing import Any, cast

from optimove_generated import facade, facts
from optimove_generated.operation import Operation

from optimove_client._request.spec_document import spec_reader
from optimove_client.cli import describe, describe_text
from optimove_client.cli.catalog import Function, functions

# The facade's methods of a function, in the order the reference lists them.
_FORMS = ("__call__", "xml", "iter", "pages", "record_batches", "to_arrow", "batched")


def _keyword(parameter: inspect.Parameter) -> dict[str, Any]:
    default = None if parameter.default is inspect.Parameter.empty else repr(parameter.default)
    return {"name": parameter.name, "annotation": str(parameter.annotation), "default": default}


def python_forms(bound: object) -> dict[str, dict[str, Any]]:
    """Each method of a function's facade object: its keywords (name, annotation, default) and its result."""
    forms = {}
    for name in _FORMS:
        method = getattr(type(bound), name, None)
        if method is None:
            continue
        signature = inspect.signature(method)
        keywords = [_keyword(p) for p in signature.parameters.values() if p.name != "self"]
        forms[name] = {"keywords": keywords, "returns": str(signature.return_annotation)}
    return forms


def async_forms(bound: object, found: dict[str, dict[str, None]]) -> None:
    """Add to found which forms of an async function are awaited and which are iterated with `async for`."""
    for name in _FORMS:
        method = getattr(type(bound), name, None)
        if method is None:
            continue
        if inspect.iscoroutinefunction(method):
            found["awaited"][name] = None
        elif str(inspect.signature(method).return_annotation).startswith("AsyncIterator["):
            found["iterated"][name] = None


def _time_zones(operation: Operation) -> dict[str, str]:
    """The DateTime parameters and body fields and the zone Optimove reads each in."""
    fields = operation.body.fields if operation.body is not None else ()
    zones = {item.name: item.time_zone for item in operation.parameters if item.time_zone}
    return zones | {item.name: item.time_zone for item in fields if item.time_zone}


def _attribute_parameters(operation: Operation) -> list[str]:
    """The parameters the CLI sets with --attributes and --delimiter."""
    attributes = operation.attributes
    if attributes is None:
        return []
    return [attributes.names.name] + ([attributes.delimiter.name] if attributes.delimiter else [])


def function_data(function: Function, bound: object, spec_operation: dict[str, Any]) -> dict[str, Any]:
    operation = function.operation
    paging = operation.paging
    return {
        "details": describe.details(function),
        "result_kind": describe_text.RESULT_KINDS.get(operation.result.kind, operation.result.kind),
        "python": python_forms(bound),
        "confidence": spec_operation.get("x-confidence"),
        "description": str(spec_operation.get("description", "")),
        "rate_limit_exempt": operation.rate_limit_exempt,
        "success_statuses": list(operation.success_statuses),
        "default_page_size": None if paging is None else paging.default_page_size,
        "sensitive_result": operation.sensitive_result,
        "attribute_parameters": _attribute_parameters(operation),
        "time_zones": _time_zones(operation),
    }


def reference() -> dict[str, Any]:
    """Everything the reference renders: the API's facts, the categories in order, every function."""
    by_id = {operation["operationId"]: operation for _, _, operation in spec_reader().operations()}
    # A facade without a runner: only its objects' types and their signatures are read, nothing is called.
    client, async_client = facade.Operations(cast(Any, None)), facade.AsyncOperations(cast(Any, None))
    categories: dict[str, str] = {}
    listed = []
    asynchronous: dict[str, dict[str, None]] = {"awaited": {}, "iterated": {}}
    for function in functions().values():
        bound = function.bound_to(client)
        group = getattr(client, function.category)
        categories.setdefault(function.category, inspect.getdoc(group) or "")
        listed.append(function_data(function, bound, by_id[function.name]))
        async_forms(function.bound_to(async_client), asynchronous)
    return {
        "facts": {
            "rate_limits": [list(window) for window in facts.RATE_LIMITS],
            "exempt_rate_limits": [list(window) for window in facts.EXEMPT_RATE_LIMITS],
            "max_attribute_names": facts.MAX_ATTRIBUTE_NAMES,
        },
        "categories": categories,
        "async": {how: sorted(names, key=_FORMS.index) for how, names in asynchronous.items()},
        "functions": listed,
    }


if __name__ == "__main__":
    json.dump(reference(), sys.stdout, indent=1)
    sys.stdout.write("\n")
