"""extra_query=, extra_body=, extra_headers=: what a call sends beyond what the spec knows of.

Optimove adds and changes functions faster than a spec can follow, so every call can carry parameters,
body fields and headers the spec does not name. They are merged into the prepared call after it was
checked against the spec (the spec's schemas would refuse what they do not know), and refused where they
would silently override something: a parameter or field the spec does know (pass it by its keyword), or a
header the client sets itself (authentication, Accept, Content-Type, User-Agent).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from optimove_generated.operation import Operation
from optimove_generated.protocols import Extras

from optimove_client._auth.headers import API_KEY_HEADER, TOKEN_HEADER
from optimove_client._request import input_rules
from optimove_client._request.prepared_call import PreparedCall
from optimove_client.errors import ValidationError

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
# httpx writes an int in decimal: Python refuses more than 4,300 digits, and no parameter needs 64 bits.
_QUERY_INT_BOUND = 2**63


def with_extras(call: PreparedCall, extras: Extras) -> PreparedCall:
    """The prepared call with its extras merged in, or a ValidationError naming the first clash."""
    operation = call.operation
    params, body, has_body, headers = call.params, call.body, call.has_body, call.extra_headers
    _check_mapping(operation, "extra_query", extras.query)
    _check_mapping(operation, "extra_body", extras.body)
    _check_mapping(operation, "extra_headers", extras.headers)
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
        problem = next(filter(None, map(_query_value, values)), None)
        if problem:  # the value is not shown: a parameter may carry a secret
            raise ValidationError(operation.operation_id, f"extra_query[{name!r}]", problem)
    return dict(extra)


def _query_value(value: str | int | float | bool) -> str | None:
    """Why a query value cannot be sent (None when it can)."""
    if isinstance(value, int) and not -_QUERY_INT_BOUND < value < _QUERY_INT_BOUND:
        return "is a whole number beyond 64 bits"
    if isinstance(value, str):
        found = input_rules.unsendable(value)
        if found:
            return f"has {found}: a query value takes no control characters, line breaks or lone surrogates"
    return None


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
    problem = input_rules.json_problem(dict(extra))
    if problem:
        raise ValidationError(where, "extra_body", f"must be JSON: {problem}")
    base = call.body if isinstance(call.body, dict) else {}
    return {**base, **extra}


def _headers(operation: Operation, extra: Mapping[str, str]) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name, value in extra.items():
        problem = input_rules.header_name(name)
        if problem:
            raise ValidationError(
                operation.operation_id, "extra_headers", f"has a name that cannot be sent: {problem}"
            )
        if name.lower() in RESERVED_HEADERS:
            raise ValidationError(
                operation.operation_id,
                f"extra_headers[{name!r}]",
                "is a header the client sets itself (authentication, Accept, Content-Type, User-Agent)",
            )
        # HTTP drops the spaces and tabs around a value (RFC 9110): so does the client, before checking.
        stripped = value.strip(" \t") if isinstance(value, str) else value
        problem = input_rules.header_value(stripped)
        if problem:
            # The value is never shown: a header may carry a secret.
            raise ValidationError(
                operation.operation_id, f"extra_headers[{name!r}]", f"must be a str on one line: {problem}"
            )
        headers[name] = stripped
    return headers


def _check_mapping(operation: Operation, argument: str, given: object) -> None:
    if given is not None and not isinstance(given, Mapping):
        raise ValidationError(
            operation.operation_id, argument, f"must be a mapping (a dict), not {type(given).__name__}"
        )


def _check_name(operation: Operation, argument: str, name: object) -> None:
    """A parameter's or a field's name: a string, not blank, with nothing that cannot be sent."""
    if not isinstance(name, str):
        problem: str | None = f"a name must be a string, not {type(name).__name__}"
    elif not name.strip():
        problem = "a name cannot be blank"
    else:
        found = input_rules.unsendable(name)
        problem = f"{input_rules.brief(name)} has {found}" if found else None
    if problem:
        raise ValidationError(operation.operation_id, argument, f"has a name that cannot be sent: {problem}")
