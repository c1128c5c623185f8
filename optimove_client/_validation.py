"""Check a call's wire arguments against the spec before anything is sent.

The generated functions turn typed arguments into query parameters and JSON bodies but enforce none of
the spec's constraints (RGID 0-9, $top 1..200000, list sizes, patterns). Validating the wire form against
the very schemas the spec declares keeps the rules in one place: the spec.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from optimove_client._spec import OperationInfo, SpecIndex
from optimove_client.errors import ValidationError

_SPEC_URI = "urn:optimove:spec"


def _rebase(node: Any) -> Any:
    """Point local $refs at the spec resource, so a schema taken out of the spec still resolves."""
    if isinstance(node, dict):
        return {
            key: _SPEC_URI + value
            if key == "$ref" and isinstance(value, str) and value.startswith("#")
            else _rebase(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_rebase(value) for value in node]
    return node


def _location(parameter: str, path: Iterable[Any]) -> str:
    text = parameter
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


_RULES: dict[str, Callable[[Any, Any], str]] = {
    "minimum": lambda expected, _: f"must be at least {expected}",
    "maximum": lambda expected, _: f"must be at most {expected}",
    "pattern": lambda expected, _: f"must match the pattern {expected}",
    "enum": lambda expected, _: f"must be one of {', '.join(map(repr, expected))}",
    "format": lambda expected, _: f"must be a valid {expected}",
    "type": lambda expected, value: f"must be of type {expected}, not {type(value).__name__}",
    "minItems": lambda expected, _: f"must have at least {expected} item{'s' if expected != 1 else ''}",
    "maxItems": lambda expected, value: f"must have at most {expected} items (got {len(value)})",
    "minLength": lambda expected, _: (
        "must not be empty" if expected == 1 else f"must have {expected}+ characters"
    ),
    "maxLength": lambda expected, _: f"must have at most {expected} characters",
}
# Rules whose message reads better with the offending value (when the value may be shown at all).
_SHOW_VALUE = frozenset({"minimum", "maximum", "pattern", "enum", "format"})


def _rule(error: SchemaError, *, show_value: bool) -> str:
    """The broken rule in plain words."""
    describe = _RULES.get(str(error.validator))
    if describe is None:
        return str(error.message) if show_value else f"breaks the rule {error.validator}"
    text = describe(error.validator_value, error.instance)
    if show_value and error.validator in _SHOW_VALUE:
        text += f" (got {error.instance!r})"
    return text


class ArgumentValidator:
    """Validates the query parameters and JSON body of one call against the spec."""

    def __init__(self, spec: SpecIndex) -> None:
        resource = Resource.from_contents(spec.document, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
        # Schemas are objects of the spec index, which outlives this validator: their ids are stable keys.
        self._validators: dict[int, Draft202012Validator] = {}

    def _validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        validator = self._validators.get(id(schema))
        if validator is None:
            validator = Draft202012Validator(
                _rebase(schema), registry=self._registry, format_checker=Draft202012Validator.FORMAT_CHECKER
            )
            self._validators[id(schema)] = validator
        return validator

    def first_error(self, schema: dict[str, Any], instance: Any) -> SchemaError | None:
        validator = self._validator(schema)
        errors = sorted(validator.iter_errors(instance), key=lambda e: (len(e.path), str(e.validator)))
        return errors[0] if errors else None

    def check(self, operation: OperationInfo, params: Mapping[str, Any], body: Any, has_body: bool) -> None:
        """Raise ValidationError naming the parameter and the rule for the first problem found."""
        name = operation.operation_id
        for wire_name in sorted(operation.required_query - set(params)):
            raise ValidationError(name, wire_name, "is required")
        for group in operation.required_one_of:
            given = [member for member in group if member in params]
            if len(given) != 1:
                raise ValidationError(
                    name, " or ".join(group), f"exactly one must be given (got {len(given)})"
                )
        for wire_name, value in params.items():
            schema = operation.query_schemas.get(wire_name)
            if schema is None:
                raise ValidationError(name, wire_name, "is not a parameter of this function")
            error = self.first_error(schema, value)
            if error is not None:
                raise ValidationError(name, _location(wire_name, error.path), _rule(error, show_value=True))
        if operation.body_schema is not None and has_body:
            error = self.first_error(operation.body_schema, body)
            if error is not None:
                where = _location("body", error.path)
                if error.validator == "required":
                    missing = str(error.message).split("'")[1]
                    raise ValidationError(name, f"{where}.{missing}", "is required")
                # Body values may be secrets (Login's Password): rules only, never the value.
                raise ValidationError(name, where, _rule(error, show_value=False))
