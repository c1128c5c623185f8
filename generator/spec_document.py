"""The spec document, walked by JSON pointer: the locations the operations table records for each schema
(a parameter's, a body field's), and what the generator reads at them."""

from __future__ import annotations

from typing import Any


def pointer(*parts: str | int) -> str:
    """A JSON pointer (RFC 6901) into the spec, in the `#/...` form a $ref takes."""
    return "#/" + "/".join(str(part).replace("~", "~0").replace("/", "~1") for part in parts)


class Spec:
    """The spec document, with $ref resolution that keeps track of where each node lives."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def at(self, location: str) -> Any:
        node: Any = self.document
        for part in location.removeprefix("#/").split("/"):
            token = part.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    def follow(self, location: str) -> tuple[str, Any]:
        """The node at location, its $refs followed; and the location it was found at."""
        node = self.at(location)
        while isinstance(node, dict) and "$ref" in node:
            location = node["$ref"]
            node = self.at(location)
        return location, node

    def description(self, location: str) -> str:
        node = self.at(location)
        while True:
            if "description" in node:
                return " ".join(str(node["description"]).split())
            if "$ref" not in node:
                return ""
            node = self.at(node["$ref"])


def max_items_of(spec: dict[str, Any], location: str) -> int | None:
    """The `maxItems` of the schema at location, its $refs followed."""
    value = Spec(spec).follow(location)[1].get("maxItems")
    return int(value) if value is not None else None


def maximum_of(spec: dict[str, Any], location: str) -> int | None:
    """The `maximum` of the schema at location, its $refs followed."""
    node = Spec(spec).follow(location)[1]
    value = node.get("maximum")
    return int(value) if value is not None else None
