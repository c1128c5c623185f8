"""Check a call's wire arguments against the spec before anything is sent.

The generated functions turn typed arguments into query parameters and JSON bodies but enforce none of
the spec's constraints (RGID 0-9, $top 1..200000, list sizes, patterns). Validating the wire form against
the very schemas the spec declares keeps the rules in one place: the spec.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError
from optimove_generated.operation import Operation
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from optimove_client._spec_document import spec_document
from optimove_client.errors import ValidationError

_SPEC_URI = "urn:optimove:spec"


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
    """Validates the query parameters and JSON body of one call against the spec's schemas.

    Schemas are named by the JSON pointers of the operations table; each is compiled once.
    """

    def __init__(self, document: Mapping[str, Any] | None = None) -> None:
        resource = Resource.from_contents(document or spec_document(), default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
        self._validators: dict[str, Draft202012Validator] = {}
        self._parameters: dict[Operation, dict[str, str]] = {}

    def _validator(self, schema: str) -> Draft202012Validator:
        validator = self._validators.get(schema)
        if validator is None:
            validator = Draft202012Validator(
                {"$ref": _SPEC_URI + schema},
                registry=self._registry,
                format_checker=Draft202012Validator.FORMAT_CHECKER,
            )
            self._validators[schema] = validator
        return validator

    def first_error(self, schema: str, instance: Any) -> SchemaError | None:
        """The first rule that `instance` breaks of the schema at this pointer (`#/...`), or None."""
        validator = self._validator(schema)
        errors = sorted(validator.iter_errors(instance), key=lambda e: (len(e.path), str(e.validator)))
        return errors[0] if errors else None

    def _schemas(self, operation: Operation) -> dict[str, str]:
        schemas = self._parameters.get(operation)
        if schemas is None:
            schemas = self._parameters[operation] = {p.name: p.schema for p in operation.parameters}
        return schemas

    def check(self, operation: Operation, params: Mapping[str, Any], body: Any, has_body: bool) -> None:
        """Raise ValidationError naming the parameter and the rule for the first problem found.

        "Required" and "unknown" are the Conformer's: the request builder only emits the parameters it has.
        """
        name = operation.operation_id
        for group in operation.required_one_of:
            given = [member for member in group if member in params]
            if len(given) != 1:
                raise ValidationError(
                    name, " or ".join(group), f"exactly one must be given (got {len(given)})"
                )
        schemas = self._schemas(operation)
        for wire_name, value in params.items():
            error = self.first_error(schemas[wire_name], value)
            if error is not None:
                raise ValidationError(name, _location(wire_name, error.path), _rule(error, show_value=True))
        if operation.body is not None and has_body:
            error = self.first_error(operation.body.schema, body)
            if error is not None:
                where = _location("body", error.path)
                if error.validator == "required":
                    missing = str(error.message).split("'")[1]
                    raise ValidationError(name, f"{where}.{missing}", "is required")
                # Body values may be secrets (Login's Password): rules only, never the value.
                raise ValidationError(
                    name, where, _rule(error, show_value=False) + _batch_hint(operation, error)
                )


def _batch_hint(operation: Operation, error: SchemaError) -> str:
    """Where the list is too long for one call and the function batches, say how to send it all."""
    batch = operation.batch
    if batch is None or error.validator != "maxItems":
        return ""
    if list(error.path) != ([] if batch.field is None else [batch.field]):
        return ""
    return f"; {operation.name}.batched(...) sends any number, {batch.limit} per call"


@functools.cache
def shared_validator() -> ArgumentValidator:
    """One validator per process: its compiled schemas serve every client."""
    return ArgumentValidator()
