"""Typed arguments -> a prepared call: conformed, built by the generated request builder, validated.

This happens once per call, and once per pull for paged calls: a later page changes only its offset and
size ($skip/$top), whose bounds the paging options were checked against. Every mistake is a
ValidationError raised here, before anything is sent. What comes out is a PreparedCall (_prepared_call).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from optimove_generated.models import AttributeDelimiter
from optimove_generated.operation import Operation
from optimove_generated.protocols import Extras

from optimove_client._request import attributes as _attributes
from optimove_client._request.arguments import Conformer
from optimove_client._request.extras import with_extras
from optimove_client._request.prepared_call import PreparedCall
from optimove_client._request.validation import ArgumentValidator
from optimove_client.errors import ValidationError

# What the facade calls the CustomerAttributes arguments, for the errors about them.
_NAMES_KEYWORD = "attributes"
_DELIMITER_KEYWORD = "attribute_delimiter"


class Preparer:
    """Prepares the calls of every operation; keeps one Conformer per operation."""

    def __init__(self, validator: ArgumentValidator) -> None:
        self._validator = validator
        self._conformers: dict[Operation, Conformer] = {}

    def prepare(
        self,
        operation: Operation,
        given: Mapping[str, Any],
        *,
        xml: bool = False,
        extras: Extras | None = None,
    ) -> PreparedCall:
        arguments = {name: value for name, value in given.items() if value is not None}
        names, delimiter = self._attributes(operation, arguments)
        conformer = self._conformers.get(operation)
        if conformer is None:
            conformer = self._conformers[operation] = Conformer(operation, self._validator)
        conformed = conformer.conform(arguments)
        try:
            built = operation.build(**conformed)
        except (TypeError, AttributeError, ValueError) as error:
            # e.g. a str where the function takes a datetime.date: the generated serializer fails
            raise ValidationError(
                operation.operation_id, "arguments", f"do not have the types the function takes ({error})"
            ) from None
        params: dict[str, Any] = built.get("params", {})
        has_body = "json" in built
        body = built.get("json")
        self._validator.check(operation, params, body, has_body)
        call = PreparedCall(
            operation=operation,
            method=built["method"].upper(),
            url=built["url"],
            params=params,
            body=body,
            has_body=has_body,
            xml=xml,
            attribute_names=names,
            delimiter=delimiter,
        )
        # What the spec does not know of is merged after the spec's checks, which would refuse it.
        return call if extras is None else with_extras(call, extras)

    @staticmethod
    def _attributes(operation: Operation, arguments: dict[str, Any]) -> tuple[tuple[str, ...] | None, str]:
        """Join the attribute names for the wire and check the delimiter; both are changed in place."""
        attributes = operation.attributes
        if attributes is None:
            return None, _attributes.DEFAULT_DELIMITER
        name = operation.operation_id
        names: tuple[str, ...] | None = None
        requested = arguments.get(attributes.names.argument)
        if requested is not None:
            try:
                names = _attributes.names_of(requested)
                arguments[attributes.names.argument] = _attributes.join_names(names)
            except _attributes.AttributeNameError as error:
                raise ValidationError(name, error.where(_NAMES_KEYWORD), str(error)) from None
        delimiter = _attributes.DEFAULT_DELIMITER
        if attributes.delimiter is not None:
            given = arguments.get(attributes.delimiter.argument)
            if isinstance(given, AttributeDelimiter):
                delimiter = given.value
            elif given is not None:
                try:
                    delimiter = _attributes.check_delimiter(given)
                    arguments[attributes.delimiter.argument] = AttributeDelimiter(delimiter)
                except _attributes.AttributeNameError as error:
                    raise ValidationError(name, _DELIMITER_KEYWORD, str(error)) from None
        return names, delimiter
