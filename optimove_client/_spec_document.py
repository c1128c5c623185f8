"""The spec shipped beside the generated package (openapi.json), read once: the schemas validation uses."""

from __future__ import annotations

import functools
import json
from importlib.resources import files
from typing import Any


@functools.cache
def spec_document() -> dict[str, Any]:
    """The whole spec as JSON, loaded once per process (a few milliseconds)."""
    text = files("optimove_generated").joinpath("openapi.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


def schema_at(pointer: str) -> dict[str, Any]:
    """The schema at a JSON pointer of the operations table (`#/...`), its $refs followed."""
    node: Any = spec_document()
    location = pointer
    while True:
        node = spec_document()
        for part in location.removeprefix("#/").split("/"):
            token = part.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        if not (isinstance(node, dict) and "$ref" in node):
            resolved: dict[str, Any] = node
            return resolved
        location = node["$ref"]
