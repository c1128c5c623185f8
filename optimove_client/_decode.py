"""A successful answer's body -> what the function returns, as its operation record says.

Paging functions decode into typed rows (_rows.RowDecoder); the others into the generated attrs models,
a string, a single looked-up value, or nothing. An empty body means "no data": [] for lists, else None.
A body that is not JSON at all is a MalformedBodyError, which the call loop may ask for again.
"""

from __future__ import annotations

import json
from typing import Any

from optimove_generated.operation import Operation, Result

from optimove_client._prepare import PreparedCall
from optimove_client._rows import AttributeMismatch, RowDecoder
from optimove_client._validation import ArgumentValidator
from optimove_client.errors import MalformedBodyError, ResponseParseError


class ModelParser:
    """One JSON object -> the operation's generated model, field names matched case-insensitively."""

    def __init__(self, operation: Operation, validator: ArgumentValidator) -> None:
        self._operation = operation
        self._result = operation.result
        self._model: Any = operation.result.model
        self._canonical = {key.lower(): key for key in operation.result.fields}
        self._known = frozenset(operation.result.fields)
        self._validator = validator

    def __call__(self, item: Any, where: str) -> Any:
        if not isinstance(item, dict):
            raise ResponseParseError(
                self._operation.operation_id, f"{where}: expected an object, got {type(item).__name__}"
            )
        if not item.keys() <= self._known:
            # Servers differ in the case of field names (TemplateId for TemplateID): match case-insensitively.
            item = {self._canonical.get(key.lower(), key): value for key, value in item.items()}
        try:
            return self._model.from_dict(item)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise ResponseParseError(
                self._operation.operation_id, f"{where}: {self._explain(item, error)}"
            ) from None

    def _explain(self, item: dict[str, Any], error: Exception) -> str:
        """Name the field and the value that the spec does not allow."""
        if isinstance(error, KeyError):
            return f"field {error.args[0]} is missing"
        schema = self._result.schema
        problem = self._validator.first_error(schema, item) if schema is not None else None
        if problem is not None and problem.path:
            field = ".".join(str(part) for part in problem.path)
            return f"field {field} has the value {problem.instance!r}, which the spec does not allow"
        return f"{type(error).__name__}: {error}"


class ResultDecoder:
    """Decodes the answers of every operation; keeps one row decoder per kind of pull."""

    def __init__(self, validator: ArgumentValidator) -> None:
        self._validator = validator
        self._parsers: dict[Operation, ModelParser] = {}
        self._rows: dict[tuple[Operation, tuple[str, ...] | None, str, str], RowDecoder] = {}

    def decode(
        self, call: PreparedCall, body: bytes, encoding: str, mismatch: AttributeMismatch, *, page: bool
    ) -> Any:
        """The result of a call; page: a page of a pull, whose large bodies are decoded a slice at a time."""
        if call.xml:
            return body.decode(encoding, errors="replace")
        result = call.operation.result
        if result.kind == "rows":
            decoder = self.rows(call, mismatch)
            return decoder.decode_lazily(body) if page else decoder.decode(body)
        if result.kind == "none":
            return None
        if not body.strip():
            return [] if result.kind == "list" else None
        try:
            data = json.loads(body)
        except ValueError as error:
            raise MalformedBodyError(call.operation.operation_id, f"the body is not JSON ({error})") from None
        return self._typed(call.operation, result, data)

    def rows(self, call: PreparedCall, mismatch: AttributeMismatch) -> RowDecoder:
        key = (call.operation, call.attribute_names, call.delimiter, mismatch)
        decoder = self._rows.get(key)
        if decoder is None:
            row = call.operation.result.row
            if row is None:
                raise TypeError(f"{call.operation.operation_id} has no row type")
            decoder = self._rows[key] = RowDecoder(
                call.operation.operation_id, row, call.attribute_names, call.delimiter, mismatch
            )
        return decoder

    def _typed(self, operation: Operation, result: Result, data: Any) -> Any:
        name = operation.operation_id
        if result.kind == "any":
            return data
        if result.kind == "string":
            if not isinstance(data, str):
                raise ResponseParseError(name, f"expected a JSON string, got {type(data).__name__}")
            return data
        parse = self._parsers.get(operation)
        if parse is None:
            parse = self._parsers[operation] = ModelParser(operation, self._validator)
        if result.kind == "list":
            if not isinstance(data, list):
                raise ResponseParseError(name, f"expected a JSON array, got {type(data).__name__}")
            return [parse(item, f"row {index}") for index, item in enumerate(data)]
        model = parse(data, "the object")
        if result.kind == "value" and result.value_field is not None:
            return getattr(model, result.value_field)  # a lookup of one value: the value itself
        return model
