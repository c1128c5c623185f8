"""Check a call's wire arguments against the spec before anything is sent.

The generated functions turn typed arguments into query parameters and JSON bodies but enforce none of
the spec's constraints (RGID 0-9, $top 1..200000, list sizes, patterns). Validating the wire form against
the very schemas the spec declares keeps the rules in one place: the spec.

A query parameter's value that keeps the parameter's generated Rule (wire_rules) is valid by its schema
and is not run through the validator; jsonschema and the spec document are loaded when a value or a body
first needs them, so a call without a body imports neither.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from optimove_generated.operation import Operation, Parameter

from optimove_client._request.input_rules import brief
from optimove_client._request.spec_document import SPEC_URI, SpecReader, spec_reader
from optimove_client._request.wire_rules import keeps
from optimove_client.errors import ValidationError

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError as SchemaError


def _location(parameter: str, path: Iterable[Any]) -> str:
    text = parameter
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


# What a value of each JSON type is called in a message.
_JSON_KINDS = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object (a dict)",
    "null": "null",
}
# What each format the spec uses looks like.
_FORMATS = {
    "uri": "a URI such as https://example.com/hook",
    "email": "an email address such as name@example.com",
    "date": "a date YYYY-MM-DD such as 2024-06-30",
    "date-time": "a date and time such as 2024-06-30T10:00:00",
}


def _kind_of(value: Any) -> str:
    """The JSON type of a value, in words."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    for kind, words in (
        (str, "a string"),
        (int, "an integer"),
        (float, "a number"),
        (dict, "an object"),
        (list, "a list"),
    ):
        if isinstance(value, kind):
            return words
    return type(value).__name__


def _expected_kinds(expected: Any) -> str:
    kinds = [expected] if isinstance(expected, str) else list(expected)
    return " or ".join(_JSON_KINDS.get(kind, kind) for kind in kinds)


_RULES: dict[str, Callable[[Any, Any], str]] = {
    "minimum": lambda expected, _: f"must be at least {expected}",
    "maximum": lambda expected, _: f"must be at most {expected}",
    "pattern": lambda expected, _: f"must match the pattern {expected}",
    "enum": lambda expected, _: f"must be one of {', '.join(map(repr, expected))}",
    "format": lambda expected, _: f"must be {_FORMATS.get(expected, f'a valid {expected}')}",
    "type": lambda expected, value: f"must be {_expected_kinds(expected)}, not {_kind_of(value)}",
    "minItems": lambda expected, _: f"must have at least {expected} item{'s' if expected != 1 else ''}",
    "maxItems": lambda expected, value: f"must have at most {expected} items (got {len(value)})",
    "minLength": lambda expected, _: (
        "must not be empty" if expected == 1 else f"must have {expected}+ characters"
    ),
    "maxLength": lambda expected, _: f"must have at most {expected} characters",
    "additionalProperties": lambda _, value: "has a field the spec does not know",
}
# Rules whose message reads better with the offending value (when the value may be shown at all).
_SHOW_VALUE = frozenset({"minimum", "maximum", "pattern", "enum", "format"})
# Rules whose value is shown even in a body, where values may be secrets (Login's Password): a value that
# must be a URI, an email address, a date or one of a list is not a secret.
_SHOW_IN_BODY = frozenset({"enum", "format"})


def rule_text(error: SchemaError, *, show_value: bool) -> str:
    """The broken rule in plain words: the one wording of the client and the CLI."""
    describe = _RULES.get(str(error.validator))
    if describe is None:
        return str(error.message) if show_value else f"breaks the rule {error.validator}"
    text = describe(error.validator_value, error.instance)
    if show_value and error.validator in _SHOW_VALUE:
        text += (
            f", not {brief(error.instance)}" if error.validator == "format" else f" (got {error.instance!r})"
        )
    return text


def body_problem(error: SchemaError, path: Iterable[Any] | None = None) -> tuple[str, str]:
    """Where in a JSON body the first broken rule is, and the rule in words: ("body[0].PromotionName",
    "is required"), the one message of the client and the CLI for a body. path: where the error is, when
    not error.absolute_path (a sub-schema's error, or an item of a batch)."""
    where = _location("body", error.absolute_path if path is None else path)
    if error.validator == "required":
        missing = _first_missing(error.validator_value, error.instance)
        return f"{where}.{missing}", f"is required{_did_you_mean(missing, error.instance)}"
    return where, rule_text(error, show_value=error.validator in _SHOW_IN_BODY)


def _first_missing(required: Any, given: Any) -> str:
    """The first required field the object lacks (jsonschema reports one error per missing field, in the
    order the schema lists them)."""
    present = given if isinstance(given, Mapping) else {}
    return next((str(name) for name in required if name not in present), str(required[0]))


def _did_you_mean(missing: str, given: Any) -> str:
    """A field given under a near spelling of the one missing (CustomerId for CustomerID), named."""
    if not isinstance(given, Mapping):
        return ""
    names = [name for name in given if isinstance(name, str)]
    same = [name for name in names if name.lower() == missing.lower()]
    close = same or difflib.get_close_matches(missing, names, n=1, cutoff=0.8)
    return f" (did you mean {missing} instead of {close[0]}?)" if close else ""


def _plain_name(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


class ArgumentValidator:
    """Validates the query parameters and JSON body of one call against the spec's schemas.

    Schemas are named by the JSON pointers of the operations table; each is compiled once.
    """

    def __init__(self, document: Mapping[str, Any] | None = None) -> None:
        self._document = document
        self._validators: dict[str, Draft202012Validator] = {}
        self._parameters: dict[Operation, dict[str, Parameter]] = {}
        self._within: dict[tuple[str, tuple[str | int, ...]], str | None] = {}

    @functools.cached_property
    def _spec(self) -> SpecReader:
        return spec_reader() if self._document is None else SpecReader(self._document)

    def _validator(self, schema: str) -> Draft202012Validator:
        validator = self._validators.get(schema)
        if validator is None:
            from jsonschema import Draft202012Validator  # noqa: PLC0415 (imported when first needed)

            validator = Draft202012Validator(
                {"$ref": SPEC_URI + schema},
                registry=self._spec.registry,
                format_checker=Draft202012Validator.FORMAT_CHECKER,
            )
            self._validators[schema] = validator
        return validator

    def first_error(self, schema: str, instance: Any) -> SchemaError | None:
        """The first rule that `instance` breaks of the schema at this pointer (`#/...`), or None."""
        validator = self._validator(schema)
        errors = sorted(validator.iter_errors(instance), key=lambda e: (len(e.path), str(e.validator)))
        return errors[0] if errors else None

    def schema_within(self, schema: str, path: Iterable[str | int]) -> str | None:
        """The pointer (`#/...`) of the schema of the part at `path` of an instance of `schema` (an item's
        by its index, a field's by its JSON name), its $refs followed; None where the schema says nothing
        of that part. Remembered by shape: every item of a list has the same schema."""
        shape = (schema, tuple(0 if isinstance(part, int) else part for part in path))
        if shape not in self._within:
            self._within[shape] = self._walk(schema, shape[1])
        return self._within[shape]

    def _walk(self, schema: str, path: Iterable[str | int]) -> str | None:
        pointer = schema
        for part in path:
            node, target = self._spec.resolve({"$ref": pointer})
            pointer = target or pointer
            if not isinstance(node, Mapping):
                return None
            if isinstance(part, int):
                if not isinstance(node.get("items"), Mapping):
                    return None
                pointer += "/items"
            else:
                properties = node.get("properties")
                if not isinstance(properties, Mapping) or part not in properties:
                    return None
                pointer += "/properties/" + part.replace("~", "~0").replace("/", "~1")
        return pointer

    def property_of(self, schema: str, path: Iterable[str | int], attribute: str) -> str | None:
        """The JSON name of a generated model's attribute (customer_id -> CustomerID), for the object at
        `path` of an instance of `schema`: the property whose name is the attribute's, ignoring case and
        underscores; None where there is none, or more than one."""
        pointer = self.schema_within(schema, path)
        node = self._spec.at(pointer) if pointer is not None else None
        properties = node.get("properties") if isinstance(node, Mapping) else None
        if not isinstance(properties, Mapping):
            return None
        wanted = _plain_name(attribute)
        found = [name for name in properties if isinstance(name, str) and _plain_name(name) == wanted]
        return found[0] if len(found) == 1 else None

    def _named(self, operation: Operation) -> dict[str, Parameter]:
        named = self._parameters.get(operation)
        if named is None:
            named = self._parameters[operation] = {p.name: p for p in operation.parameters}
        return named

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
        named = self._named(operation)
        for wire_name, value in params.items():
            parameter = named[wire_name]
            if parameter.rule is not None and keeps(parameter.rule, value):
                continue
            error = self.first_error(parameter.schema, value)
            if error is not None:
                raise ValidationError(
                    name, _location(wire_name, error.path), rule_text(error, show_value=True)
                )
        if operation.body is not None and has_body:
            error = self.first_error(operation.body.schema, body)
            if error is not None:
                where, rule = body_problem(error)
                raise ValidationError(
                    name, where, rule + batch_hint(operation, error, f"{operation.name}.batched(...)")
                )


def batch_hint(operation: Operation, error: SchemaError, how: str) -> str:
    """Where the list is too long for one call and the function batches, say how to send it all; `how` is
    the caller's way to batch (`.batched(...)` in Python, --batched on the command line)."""
    batch = operation.batch
    if batch is None or error.validator != "maxItems":
        return ""
    if list(error.absolute_path) != ([] if batch.field is None else [batch.field]):
        return ""
    return f"; {how} sends any number, {batch.limit} per call"


@functools.cache
def shared_validator() -> ArgumentValidator:
    """One validator per process: its compiled schemas serve every client."""
    return ArgumentValidator()
