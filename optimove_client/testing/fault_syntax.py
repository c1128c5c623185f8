"""Faults written down outside Python: `--fault` when a served mock starts, JSON on POST /_mock/faults.

Text, one fault:  WHAT[:FUNCTION][:OPTION=VALUE[,OPTION=VALUE...]]
  WHAT      an HTTP status from 201 to 599 (503, 429, 520 ...; 204, 304 or 302 as a proxy would answer, with
            no body), or hang, reset, truncate
  FUNCTION  the operationId of one function, any case (GetAllActions); left out or * for every call
  OPTION    times=N (how many matching calls in a row fail, default 1), nth=N (the first one to fail,
            counted from when the fault is armed, default the next one), retry_after=SECONDS (a status)
  e.g. 503:GetAllActions:times=3   429:retry_after=30   reset:GetCustomersByAction:nth=2,times=2

JSON, the same fields: {"fault": 503, "operation": "GetAllActions", "times": 3, "nth": 1,
"retry_after": 30}; only "fault" is required.

Standard library only: the command line's parser reads this module.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from optimove_client.testing.faults import Fault, FaultKind

EVERY_CALL = "*"
SYNTAX = "WHAT[:FUNCTION][:OPTION=VALUE,...]"
NETWORK_KINDS = {kind.value: kind for kind in FaultKind if kind is not FaultKind.STATUS}
TEXT_OPTIONS = ("times", "nth", "retry_after")
JSON_FIELDS = ("fault", "operation", "times", "nth", "retry_after")


def operation_named(name: str, operation_ids: Collection[str]) -> str:
    """The spec's spelling of a function's operationId given in any case."""
    found = next((known for known in operation_ids if known.lower() == name.lower()), None)
    if found is None:
        raise ValueError(f"no function is named {name!r} (an operationId such as GetAllActions)")
    return found


def _fault(
    what: object,
    operation: str | None,
    options: Mapping[str, Any],
    operation_ids: Collection[str],
) -> Fault:
    """The Fault these fields describe; every rule is checked (Fault itself checks the numbers)."""
    if isinstance(what, int) and not isinstance(what, bool):
        kind, status = FaultKind.STATUS, what
    elif isinstance(what, str) and what.strip().isdigit():
        kind, status = FaultKind.STATUS, int(what)
    elif isinstance(what, str) and what.strip().lower() in NETWORK_KINDS:
        kind, status = NETWORK_KINDS[what.strip().lower()], 500
    else:
        raise ValueError(f"a fault is an HTTP status (201 to 599) or hang, reset, truncate, not {what!r}")
    if operation is not None and operation != EVERY_CALL:
        operation = operation_named(operation, operation_ids)
    else:
        operation = None
    retry_after = options.get("retry_after")
    return Fault(
        kind,
        status,
        None if retry_after is None else str(retry_after),
        operation,
        options.get("nth"),
        options.get("times", 1),
    )


def _count(name: str, text: str) -> int:
    if not text.strip().isdigit():
        raise ValueError(f"{name} is a whole number, not {text!r}")
    return int(text)


def parse_fault(text: str, operation_ids: Collection[str]) -> Fault:
    """A fault written WHAT[:FUNCTION][:OPTION=VALUE,...] (see the module's description)."""
    what, *rest = text.strip().split(":")
    operation = None
    options: dict[str, Any] = {}
    for part in rest:
        if "=" not in part:
            if operation is not None or not part.strip():
                raise ValueError(f"{SYNTAX}, not {text!r}")
            operation = part.strip()
            continue
        for item in part.split(","):
            name, _, value = item.partition("=")
            field = name.strip().lower()
            if field not in TEXT_OPTIONS:
                raise ValueError(f"options are {', '.join(TEXT_OPTIONS)}, not {name.strip()!r}")
            options[field] = _count(field, value)
    return _fault(what, operation, options, operation_ids)


def fault_from_json(value: object, operation_ids: Collection[str]) -> Fault:
    """A fault written as a JSON object with the fields of JSON_FIELDS."""
    if not isinstance(value, dict) or "fault" not in value:
        raise ValueError('a fault is a JSON object with at least "fault", e.g. {"fault": 503}')
    unknown = sorted(set(value) - set(JSON_FIELDS))
    if unknown:
        raise ValueError(f"unknown field {unknown[0]!r}; the fields are {', '.join(JSON_FIELDS)}")
    operation = value.get("operation")
    if operation is not None and not isinstance(operation, str):
        raise ValueError("operation is an operationId such as GetAllActions, or null for every call")
    options: dict[str, Any] = {}
    for name in ("times", "nth"):
        count = value.get(name)
        if count is not None and (isinstance(count, bool) or not isinstance(count, int)):
            raise ValueError(f"{name} is a whole number, not {count!r}")
        if count is not None:
            options[name] = count
    retry_after = value.get("retry_after")
    if retry_after is not None:
        seconds = isinstance(retry_after, int) and not isinstance(retry_after, bool) and retry_after >= 0
        if not seconds and not isinstance(retry_after, str):
            raise ValueError("retry_after is whole seconds (0 or more) or an HTTP date (a string)")
        options["retry_after"] = retry_after
    return _fault(value["fault"], operation, options, operation_ids)


def fault_to_json(fault: Fault) -> dict[str, Any]:
    return {
        "fault": fault.status if fault.kind is FaultKind.STATUS else fault.kind.value,
        "operation": fault.operation,
        "times": fault.times,
        "nth": fault.nth,
        "retry_after": fault.retry_after,
    }


def fault_to_text(fault: Fault) -> str:
    """The fault in the text syntax, as --fault takes it."""
    parts = [str(fault.status) if fault.kind is FaultKind.STATUS else fault.kind.value]
    parts.append(fault.operation or EVERY_CALL)
    options = [f"times={fault.times}"]
    if fault.nth is not None:
        options.append(f"nth={fault.nth}")
    if fault.retry_after is not None:
        options.append(f"retry_after={fault.retry_after}")
    return ":".join([*parts, ",".join(options)])
