"""extra_query=, extra_body=, extra_headers=: what a call sends beyond what the spec knows of.

Optimove adds and changes functions faster than a spec can follow, so every call can carry parameters,
body fields and headers the spec does not name. They are merged into the prepared call after it was
checked against the spec (the spec's schemas would refuse what they do not know), and refused where they
would silently override something: a parameter or field the spec does know (pass it by its keyword), or a
header the client sets itself (authentication, Accept, Content-Type, User-Agent).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from optimove_generated.operation import Operation
from optimove_generated.protocols import Extras

from optimove_client._auth import API_KEY_HEADER, TOKEN_HEADER
from optimove_client.errors import ValidationError

if TYPE_CHECKING:  # _prepare merges the extras through this module
    from optimove_client._prepare import PreparedCall

# Headers the client sets or the transport computes: an extra one with these names would change what the
# call is, or whose it is.
RESERVED_HEADERS = frozenset(
    name.lower()
    for name in (
        API_KEY_HEADER,
        TOKEN_HEADER,
        "Authorization",
        "Accept",
        "Content-Type",
        "Content-Length",
        "Transfer-Encoding",
        "Host",
        "User-Agent",
    )
)
_QUERY_VALUES = (str, int, float, bool)


def with_extras(call: PreparedCall, extras: Extras) -> PreparedCall:
    """The prepared call with its extras merged in, or a ValidationError naming the first clash."""
    operation = call.operation
    params, body, has_body, headers = call.params, call.body, call.has_body, call.extra_headers
    if extras.query:
        params = {**params, **_query(operation, extras.query)}
    if extras.body:
        body, has_body = _body(call, extras.body), True
    if extras.headers:
        headers = _headers(operation, extras.headers)
    return dataclasses.replace(call, params=params, body=body, has_body=has_body, extra_headers=headers)


def _query(operation: Operation, extra: Mapping[str, Any]) -> dict[str, Any]:
    known = {parameter.name.lower(): parameter for parameter in operation.parameters}
    for name, value in extra.items():
        _check_name(operation, "extra_query", name)
        parameter = known.get(name.lower())
        if parameter is not None:
            raise ValidationError(
                operation.operation_id,
                f"extra_query[{name!r}]",
                f"is the parameter {parameter.name} of this function: pass it as {parameter.keyword}=",
            )
        values = value if isinstance(value, (list, tuple)) else [value]
        if not all(isinstance(item, _QUERY_VALUES) for item in values):
            raise ValidationError(
                operation.operation_id,
                f"extra_query[{name!r}]",
                f"must be a str, int, float or bool (or a list of them), not {type(value).__name__}",
            )
    return dict(extra)


def _body(call: PreparedCall, extra: Mapping[str, Any]) -> Any:
    operation = call.operation
    where = operation.operation_id
    if operation.body is None and call.method == "GET":
        raise ValidationError(where, "extra_body", "cannot be sent: a GET call has no body")
    if operation.body is not None and operation.body.kind == "array":
        raise ValidationError(
            where,
            "extra_body",
            "cannot be merged: this function's body is a JSON array; give the extra fields in each item "
            "(as a mapping with Optimove's names)",
        )
    known = {field.name.lower(): field for field in operation.body.fields} if operation.body else {}
    for name in extra:
        _check_name(operation, "extra_body", name)
        field = known.get(name.lower())
        if field is not None:
            raise ValidationError(
                where,
                f"extra_body[{name!r}]",
                f"is the body field {field.name} of this function: pass it as {field.keyword}=",
            )
    try:
        json.dumps(dict(extra))
    except (TypeError, ValueError) as error:
        raise ValidationError(where, "extra_body", f"must be JSON: {error}") from None
    base = call.body if isinstance(call.body, dict) else {}
    return {**base, **extra}


def _headers(operation: Operation, extra: Mapping[str, str]) -> dict[str, str]:
    for name, value in extra.items():
        _check_name(operation, "extra_headers", name, forbidden="\r\n: ")
        if name.lower() in RESERVED_HEADERS:
            raise ValidationError(
                operation.operation_id,
                f"extra_headers[{name!r}]",
                "is a header the client sets itself (authentication, Accept, Content-Type, User-Agent)",
            )
        if not isinstance(value, str) or any(character in value for character in "\r\n"):
            # The value is never shown: a header may carry a secret.
            raise ValidationError(
                operation.operation_id, f"extra_headers[{name!r}]", "must be a str on one line"
            )
    return dict(extra)


def _check_name(operation: Operation, argument: str, name: object, forbidden: str = "\r\n") -> None:
    if not isinstance(name, str) or not name.strip() or any(character in name for character in forbidden):
        raise ValidationError(operation.operation_id, argument, f"has a name that cannot be sent: {name!r}")
