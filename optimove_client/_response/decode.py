"""A successful answer's body -> what the function returns, as its operation record says.

Paging functions decode into typed rows (_rows.RowDecoder); the others into the generated attrs models,
a string, a single looked-up value, or nothing. An empty body means "no data": [] for lists, else None.
A body that is not JSON at all is a MalformedBodyError, which the call loop may ask for again.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from optimove_generated.operation import Operation, Result
from optimove_generated.protocols import PageList

from optimove_client._config.log import FULL_PAGE
from optimove_client._request.prepared_call import PreparedCall
from optimove_client._request.validation import ArgumentValidator
from optimove_client._response.rows import AttributeMismatch, RowDecoder
from optimove_client.errors import MalformedBodyError, ResponseParseError

logger = logging.getLogger("optimove_client")


class ModelParser:
    """One JSON object -> the operation's generated model.

    Field names are matched without regard to case, at every depth (Optimove's names are not
    case-sensitive, and servers send TemplateId for TemplateID, customerId for CustomerID); a JSON number
    where the spec has a string (an ID sent as 1 rather than "1") is read as its text.
    """

    def __init__(self, operation: Operation, validator: ArgumentValidator) -> None:
        self._operation = operation
        self._result = operation.result
        self._model: Any = operation.result.model
        self._canonical = {key.lower(): key for key in operation.result.fields}
        self._text = frozenset(operation.result.text_fields)
        self._validator = validator

    def _normal(self, node: Any) -> Any:
        """node with every key in the spec's own case, and numbers of string fields as text."""
        if isinstance(node, list):
            return [self._normal(item) for item in node]
        if not isinstance(node, dict):
            return node
        normal = {}
        for key, value in node.items():
            name = self._canonical.get(key.lower(), key) if isinstance(key, str) else key
            numeric = isinstance(value, int | float) and not isinstance(value, bool)
            normal[name] = str(value) if numeric and name in self._text else self._normal(value)
        return normal

    def __call__(self, item: Any, where: str) -> Any:
        if not isinstance(item, dict):
            raise ResponseParseError(
                self._operation.operation_id, f"{where}: expected an object, got {type(item).__name__}"
            )
        item = self._normal(item)
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
            return decoder.decode_lazily(body) if page else self._one_page(call, decoder.decode(body))
        if result.kind == "none":
            return None
        if not body or body.isspace():  # isspace stops at the first other byte; strip would copy the body
            return [] if result.kind == "list" else None
        try:
            data = json.loads(body)
        except ValueError as error:
            raise MalformedBodyError(call.operation.operation_id, f"the body is not JSON ({error})") from None
        return self._typed(call.operation, result, data)

    @staticmethod
    def _one_page(call: PreparedCall, rows: list[Any]) -> PageList[Any]:
        """The page a plain call of a paging function gives: it says whether there may be more."""
        page: PageList[Any] = PageList(rows)
        paging = call.operation.paging
        if paging is None:
            return page
        asked = call.params.get(paging.page_size.name) if paging.page_size is not None else None
        size = asked if asked is not None else paging.fixed_page_size or paging.default_page_size
        page.next_offset = int(call.params.get(paging.offset.name, 0)) + len(rows)
        page.has_more = size is not None and len(rows) >= int(size) > 0
        if page.has_more:
            # A page size the caller chose: a full page is what they asked for, so only a hint (INFO).
            logger.log(
                logging.INFO if asked is not None else logging.WARNING,
                "%s: the page came back full (%d rows) and Optimove sends no total, so there may be more "
                "from $skip=%d: .iter() or .pages() fetch every page",
                call.operation.operation_id,
                len(rows),
                page.next_offset,
                extra={FULL_PAGE: True},
            )
        return page

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
