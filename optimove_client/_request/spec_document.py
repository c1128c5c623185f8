"""The one reader of the spec: the document shipped beside the generated package (openapi.json), or any other
(the tests read spec/optimove.yaml, the mock may be given one), read through `referencing`.

What the client, the CLI and the mock need of a function is in the generated operations table; what they
read here is the spec's own schemas: a node by its JSON pointer (as the table names it) with its $refs
followed, the operations as the document lists them, and the registry a JSON Schema validator resolves the
spec's $refs in. Nothing else walks the document by hand.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Mapping
from importlib.resources import files
from typing import Any

from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

# The URI the document is registered under: a validator's {"$ref": SPEC_URI + pointer} resolves in it.
SPEC_URI = "urn:optimove:spec"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


class SpecReader:
    """A spec document, read by JSON pointer with its $refs followed (the document is never changed)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self._resolver = self.registry.resolver(SPEC_URI)
        self._nodes: dict[str, Any] = {}  # each pointer looked up once: the mock reads some on every call

    def _node(self, pointer: str) -> Any:
        if pointer not in self._nodes:
            self._nodes[pointer] = self._resolver.lookup(pointer).contents
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
