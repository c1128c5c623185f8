"""Valid inputs for any operation, built from the spec and the mock's dataset (no per-function code)."""

from __future__ import annotations

from typing import Any

from optimove_client.testing import MockOptimove
from optimove_client.testing.spec import Operation

DATE = "2024-06-30"  # the mock's default last data date: every first ID has data on it
DATETIME = f"{DATE} 10:00:00"
ATTRIBUTES = "Alias;Country"


def _string_for(name: str, mock: MockOptimove) -> str:
    data = mock.dataset
    by_name = {
        "actionname": data.actions[1],
        "targetgroupname": data.target_groups[1][0],
        "valuesegmentname": data.value_segments[1],
        "customerid": data.customer_id(0),
        "email": "customer0@example.com",
        "changedcustomerattribute": "Country",
        "changedcustomerattributes": "Country",
        "customerattribute": "Country",
        "customerattributes": ATTRIBUTES,
        "lifecyclestageid": "1",
    }
    return by_name.get(name.lower(), "Alias")


def value_for(mock: MockOptimove, name: str, schema: Any) -> Any:
    """A valid JSON value of schema; IDs are 1, dates the last data date, names those of the dataset."""
    resolved, pointer = mock.spec.resolve(schema)
    kind = pointer.rsplit("/", 1)[-1] if pointer else None
    if kind == "Date":
        return DATE
    if kind == "DateTime":
        return DATETIME
    if "enum" in resolved:
        return resolved["enum"][0]
    if "anyOf" in resolved:
        return value_for(mock, name, resolved["anyOf"][0])
    kind = resolved.get("type", kind)
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "array":
        return [value_for(mock, name, resolved.get("items", {}))]
    if kind == "object" or "properties" in resolved:
        return {
            field: value_for(mock, field, resolved["properties"][field])
            for field in resolved.get("required", [])
        }
    if resolved.get("format") == "uri":
        return "https://example.com/optimove-hook"
    if resolved.get("format") == "email":
        return "customer0@example.com"
    return _string_for(name, mock)


def query_for(mock: MockOptimove, operation: Operation) -> dict[str, Any]:
    """Required parameters, the first of each one-of group, CustomerAttributes where taken, a page size."""
    chosen = {p.name for p in operation.parameters if p.required}
    chosen |= {group[0] for group in operation.required_one_of}
    if operation.takes_customer_attributes:
        chosen.add("CustomerAttributes")
    if operation.parameter("$top") is not None:
        chosen.add("$top")
    params = {}
    for parameter in operation.parameters:
        if parameter.name in chosen:
            params[parameter.name] = (
                5 if parameter.name == "$top" else value_for(mock, parameter.name, parameter.schema)
            )
    return params


def body_for(mock: MockOptimove, operation: Operation) -> Any:
    if operation.body_schema is None:
        return None
    if operation.operation_id == "Login":
        username, password = mock.config.users[0]
        return {"UserName": username, "Password": password}
    return value_for(mock, "body", operation.body_schema)
