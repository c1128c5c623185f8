"""Each query parameter's schema as a plain rule (static/operation.py's Rule), where it is one.

Every query parameter of the spec is an integer between bounds, a string of a pattern, a length or a list
of values, a date, or a boolean. The client checks a value against such a rule with a few comparisons and
runs the JSON Schema validator only for a value the rule does not confirm (to say what it breaks), so a
call that needs no body never imports the validator. A schema with any other keyword gets no rule: the
validator checks every value of it, as before.
"""

from __future__ import annotations

from typing import Any

from generator.spec_document import Spec

# Keywords that say nothing about which values are valid (JSON Schema's annotations, and ours).
_ANNOTATIONS = frozenset({"description", "title", "example", "examples", "default", "deprecated"})
# What a Rule can hold, per JSON type.
_KEYWORDS = {
    "integer": frozenset({"type", "minimum", "maximum"}),
    "string": frozenset({"type", "minLength", "pattern", "enum", "format"}),
    "boolean": frozenset({"type"}),
}
_FORMATS = frozenset({"date"})  # the formats a Rule checks as the validator's format checker does


def _keywords(node: dict[str, Any]) -> set[str]:
    return {key for key in node if key not in _ANNOTATIONS and not key.startswith("x-")}


def _resolved(spec: Spec, location: str) -> dict[str, Any] | None:
    """The schema at location with its $refs followed; None where a $ref has other keywords beside it (the
    schema is then both, which a Rule does not describe)."""
    node = spec.at(location)
    while isinstance(node, dict) and "$ref" in node:
        if _keywords(node) != {"$ref"}:
            return None
        node = spec.at(node["$ref"])
    return node if isinstance(node, dict) else None


def _integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def rule_source(spec: Spec, location: str) -> str:
    """The Rule(...) of the schema at location, as Python source; "None" where a Rule cannot hold it."""
    schema = _resolved(spec, location)
    if schema is None:
        return "None"
    kind = schema.get("type")
    allowed = _KEYWORDS.get(kind) if isinstance(kind, str) else None
    if allowed is None or not _keywords(schema) <= allowed:
        return "None"
    parts = [f"type={kind!r}"]
    for keyword, name in (("minimum", "minimum"), ("maximum", "maximum"), ("minLength", "min_length")):
        if keyword in schema:
            if not _integer(schema[keyword]):
                return "None"
            parts.append(f"{name}={schema[keyword]!r}")
    if "pattern" in schema:
        parts.append(f"pattern={schema['pattern']!r}")
    if "enum" in schema:
        values = schema["enum"]
        if not isinstance(values, list) or not all(isinstance(value, str) for value in values):
            return "None"
        parts.append(f"enum={tuple(values)!r}")
    if "format" in schema:
        if schema["format"] not in _FORMATS:
            return "None"
        parts.append(f"format={schema['format']!r}")
    return f"Rule({', '.join(parts)})"
