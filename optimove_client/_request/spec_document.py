"""The one reader of the spec: the document shipped beside the generated package (openapi.json), or any other
(the tests read spec/optimove.yaml, the mock may be given one), read through `referencing`.

What the client, the CLI and the mock need of a function is in the generated operations table; what they
read here is the spec's own schemas: a node by its JSON pointer (as the table names it) with its $refs
followed, the operations as the document lists them, and the registry a JSON Schema validator resolves the
spec's $refs in. Nothing else walks the document by hand.

A pointer into the document (`#/...`) is followed step by step here; `referencing` (about 15 ms to import,
with attrs) is imported for the registry, when a validator first needs it, and for what a plain walk
cannot find, whose error it raises in its own words.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

if TYPE_CHECKING:
    from referencing import Registry

# The URI the document is registered under: a validator's {"$ref": SPEC_URI + pointer} resolves in it.
SPEC_URI = "urn:optimove:spec"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def _walk(document: Any, pointer: str) -> Any:
    """The node at a pointer of the form `#/a/b~1c/0` (RFC 6901, percent-decoded first as in a URI
    fragment, as `referencing` reads it); LookupError or TypeError where there is none."""
    if not pointer.startswith("#/"):
        raise LookupError(pointer)
    node = document
    for part in unquote(pointer[2:]).split("/"):
        token = part.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


class SpecReader:
    """A spec document, read by JSON pointer with its $refs followed (the document is never changed)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self._nodes: dict[str, Any] = {}  # each pointer looked up once: the mock reads some on every call

    @functools.cached_property
    def registry(self) -> Registry[Any]:
        """The registry holding the document under SPEC_URI, which a validator resolves $refs in."""
        from referencing import Registry, Resource  # noqa: PLC0415 (imported when first needed)
        from referencing.jsonschema import DRAFT202012  # noqa: PLC0415

        resource = Resource.from_contents(self.document, default_specification=DRAFT202012)
        registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        return registry

    def _node(self, pointer: str) -> Any:
        if pointer not in self._nodes:
            try:
                self._nodes[pointer] = _walk(self.document, pointer)
            except (LookupError, TypeError, ValueError):
                # what a plain walk cannot find: referencing finds it, or raises its Unresolvable
                self._nodes[pointer] = self.registry.resolver(SPEC_URI).lookup(pointer).contents
        return self._nodes[pointer]

    def resolve(self, node: Any) -> tuple[Any, str | None]:
        """The node with its $ref chain followed, and the pointer (`#/...`) of what it ends at (None: the
        node was not a reference)."""
        pointer = None
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            pointer = node["$ref"]
            node = self._node(pointer)
        return node, pointer

    def at(self, pointer: str) -> Any:
        """The node at a JSON pointer (`#/...`), its $refs followed; referencing.exceptions.Unresolvable
        where there is none."""
        return self.resolve({"$ref": pointer})[0]

    def operations(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """(path, method, operation) for every operation, in the document's order."""
        for path, path_item in self.document["paths"].items():
            for method in HTTP_METHODS:
                if method in path_item:
                    yield path, method, path_item[method]


@functools.cache
def spec_document() -> dict[str, Any]:
    """The whole spec as JSON, loaded once per process (a few milliseconds)."""
    from importlib.resources import files  # noqa: PLC0415 (with the document: a call may need neither)

    text = files("optimove_generated").joinpath("openapi.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


@functools.cache
def spec_reader() -> SpecReader:
    """The reader of the shipped spec, one per process."""
    return SpecReader(spec_document())


def schema_at(pointer: str) -> dict[str, Any]:
    """The schema at a JSON pointer of the operations table (`#/...`), its $refs followed."""
    schema: dict[str, Any] = spec_reader().at(pointer)
    return schema
