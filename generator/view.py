"""The view of the spec that openapi-python-client is shown.

spec/optimove.yaml describes the wire faithfully: what servers accept and send. A few of its true
descriptions make openapi-python-client generate worse code, so the generator sees a derived view in which
each of the changes below is made, for the reason given. The spec itself is never edited.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")

# Loose wire types that become strict Python types. The custom property templates in
# generator/templates/ coerce the loose wire forms while parsing, so the models stay honest.
STRICT_SCALARS: dict[str, dict[str, Any]] = {
    # A union int | str would make every ID an `int | str` and its parser swallow bad values.
    "ResponseInteger": {"type": "integer"},
    # Likewise bool | str; the template maps "true"/"false" (any case) to bool and rejects other strings.
    "Boolean": {"type": "boolean"},
    # The spec describes DateTime as a pattern string because validators reject the space form as
    # date-time; the templates read and write "YYYY-MM-DD HH:MM:SS" as datetime.datetime.
    "DateTime": {"type": "string", "format": "date-time"},
}


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (path, method, operation) for every operation of the spec, in document order."""
    for path, path_item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in path_item:
                yield path, method, path_item[method]


def _success_only(responses: dict[str, Any], shared: dict[str, Any]) -> dict[str, Any]:
    """Keep 2xx responses only; the overlay raises typed errors for the others.

    Documented error responses would turn every return type into a union with error models and make the
    generated parser return them as if they were results.
    """
    kept: dict[str, Any] = {}
    for code, response in responses.items():
        if not code.startswith("2"):
            continue
        if "$ref" in response:
            name = response["$ref"].rsplit("/", 1)[-1]
            # Shared success responses (Acknowledged) carry nothing a caller needs: empty, true or
            # {"ResponseCode": 200}. Without content the generated parser never reads the body.
            kept[code] = {"description": shared[name]["description"]}
        else:
            kept[code] = response
    return kept


def _references(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            yield ref.rsplit("/", 1)[-1]
        for value in node.values():
            yield from _references(value)
    elif isinstance(node, list):
        for value in node:
            yield from _references(value)


def _reachable_schemas(view: dict[str, Any]) -> set[str]:
    schemas = view["components"]["schemas"]
    roots = [view["paths"], {k: v for k, v in view["components"].items() if k != "schemas"}]
    seen: set[str] = set()
    pending = list(_references(roots))
    while pending:
        name = pending.pop()
        if name not in seen:
            seen.add(name)
            pending.extend(_references(schemas[name]))
    return seen


def generator_view(spec: dict[str, Any]) -> dict[str, Any]:
    """Return the derived document that openapi-python-client generates from."""
    view = copy.deepcopy(spec)
    # Authentication is the overlay's httpx.Auth; security here would make every function demand an
    # AuthenticatedClient whose token is frozen into its headers.
    view.pop("security", None)
    shared_responses = view["components"].pop("responses", {})
    for _path, _method, operation in operations(view):
        operation.pop("security", None)
        operation["responses"] = _success_only(operation["responses"], shared_responses)
    schemas = view["components"]["schemas"]
    for name, strict in STRICT_SCALARS.items():
        if name in schemas:
            schemas[name] = {**strict, "description": schemas[name].get("description", "")}
    # Schemas only used by error responses would still be generated as unused models.
    reachable = _reachable_schemas(view)
    view["components"]["schemas"] = {name: schema for name, schema in schemas.items() if name in reachable}
    return view


def dump(view: dict[str, Any]) -> str:
    """Serialise the view as JSON (a YAML subset), stable across runs."""
    return json.dumps(view, indent=1, ensure_ascii=False) + "\n"
