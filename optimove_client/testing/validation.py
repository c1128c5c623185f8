"""Request validation against the spec, the way Optimove checks its inputs.

Query values arrive as text and are coerced per their schema before JSON Schema validation; parameter
and body field names match case-insensitively. Every failure becomes a plain message that names the
parameter (or body field) and the rule it broke.
"""

from __future__ import annotations

import datetime
import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import jsonschema  # type: ignore[import-untyped,unused-ignore]  # stubs are optional
from rfc3986_validator import validate_rfc3986  # type: ignore[import-untyped]

from optimove_client._request.spec_document import SPEC_URI
from optimove_client.testing.spec import JsonObject, Operation, Spec

# Optimove needs absolute URLs that are valid RFC 3986 URIs (rfc3986-validator, as jsonschema uses it).
FORMAT_CHECKER = jsonschema.FormatChecker()


def _is_absolute_url(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme and parts.netloc) and bool(validate_rfc3986(value, rule="URI"))


FORMAT_CHECKER.checks("uri", raises=ValueError)(_is_absolute_url)


class RequestInvalid(Exception):
    """The request breaks a rule of the spec; the message says which parameter and which rule."""


@dataclass(frozen=True)
class ValidRequest:
    # Canonical parameter name (as spelled in the spec) -> coerced value.
    params: dict[str, Any]
    body: Any


class RequestValidator:
    def __init__(self, spec: Spec) -> None:
        self._spec = spec
        self._validator = functools.cache(self._build_validator)

    def _build_validator(self, pointer: str) -> jsonschema.Draft202012Validator:
        return jsonschema.Draft202012Validator(
            {"$ref": f"{SPEC_URI}#{pointer}"},
            registry=self._spec.reader.registry,
            format_checker=FORMAT_CHECKER,
        )

    def errors(self, pointer: str, instance: Any) -> str | None:
        """The most relevant rule that instance breaks, or None when it is valid."""
        error = jsonschema.exceptions.best_match(self._validator(pointer).iter_errors(instance))
        if error is None:
            return None
        where = "".join(f"[{part!r}]" for part in error.absolute_path)
        return f"{where + ': ' if where else ''}{error.message}"

    def validate(
        self, operation: Operation, query: Sequence[tuple[str, str]], body: bytes | None
    ) -> ValidRequest:
        params = self._validate_query(operation, query)
        for group in operation.required_one_of:
            given = [name for name in group if name in params]
            if len(given) != 1:
                raise RequestInvalid(f"Exactly one of {', '.join(group)} must be given (got {len(given)})")
        parsed_body = self._validate_body(operation, body)
        return ValidRequest(params=params, body=parsed_body)

    def _validate_query(self, operation: Operation, query: Sequence[tuple[str, str]]) -> dict[str, Any]:
        params: dict[str, Any] = {}
        for raw_name, text in query:
            parameter = operation.parameter(raw_name)
            if parameter is None or parameter.location != "query":
                continue  # Optimove ignores parameters it does not know.
            if parameter.name in params:
                raise RequestInvalid(f"Parameter {parameter.name} is given more than once")
            value = self._coerce(parameter.name, parameter.schema, text)
            problem = self.errors(parameter.schema_pointer, value)
            if problem is not None:
                raise RequestInvalid(f"Parameter {parameter.name} is invalid: {problem}")
            params[parameter.name] = self._as_date(parameter.schema, value)
        for parameter in operation.parameters:
            if parameter.required and parameter.name not in params:
                raise RequestInvalid(f"Parameter {parameter.name} is required")
        return params

    def _coerce(self, name: str, schema: JsonObject, text: str) -> Any:
        kind = self._scalar_type(schema)
        if kind == "integer":
            try:
                return int(text)
            except ValueError:
                raise RequestInvalid(f"Parameter {name} must be a whole number, got {text!r}") from None
        if kind == "number":
            try:
                return float(text)
            except ValueError:
                raise RequestInvalid(f"Parameter {name} must be a number, got {text!r}") from None
        if kind == "boolean":
            lowered = text.lower()
            if lowered not in ("true", "false"):
                raise RequestInvalid(f"Parameter {name} must be true or false, got {text!r}")
            return lowered == "true"
        return text

    def _as_date(self, schema: JsonObject, value: Any) -> Any:
        """Valid `format: date` text as a datetime.date, so handlers compare dates, not strings."""
        resolved, _ = self._spec.resolve(schema)
        return datetime.date.fromisoformat(value) if resolved.get("format") == "date" else value

    def _scalar_type(self, schema: JsonObject) -> str | None:
        resolved, _ = self._spec.resolve(schema)
        kind = resolved.get("type")
        return kind if isinstance(kind, str) else None

    def _validate_body(self, operation: Operation, body: bytes | None) -> Any:
        if operation.body_pointer is None or operation.body_schema is None:
            return None
        if not body:
            raise RequestInvalid("The request body is required")
        try:
            parsed = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            raise RequestInvalid("The request body is not valid JSON") from None
        parsed = self.canonical_names(operation.body_schema, parsed)
        limit = operation.max_list_items
        if limit is not None and isinstance(parsed, list) and len(parsed) > limit:
            raise RequestInvalid(f"The body lists {len(parsed)} items; at most {limit} are accepted")
        problem = self.errors(operation.body_pointer, parsed)
        if problem is not None:
            raise RequestInvalid(f"Body is invalid: {problem}")
        return parsed

    def canonical_names(self, schema: Any, instance: Any) -> Any:
        """Rename object keys to the spec's spelling when they match case-insensitively (`username`)."""
        resolved, _ = self._spec.resolve(schema)
        if not isinstance(resolved, dict):
            return instance
        if isinstance(instance, list) and "items" in resolved:
            return [self.canonical_names(resolved["items"], item) for item in instance]
        if isinstance(instance, dict) and "properties" in resolved:
            spelled = {name.lower(): name for name in resolved["properties"]}
            renamed: dict[str, Any] = {}
            for key, value in instance.items():
                name = spelled.get(key.lower(), key) if isinstance(key, str) else key
                known = name in resolved["properties"]
                renamed[name] = self.canonical_names(resolved["properties"][name], value) if known else value
            return renamed
        return instance
