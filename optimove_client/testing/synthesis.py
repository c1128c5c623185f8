"""Rows made from a response schema: every field gets a deterministic value that agrees with the inputs.

A row maker is compiled once per call (the schema is read once) and then called per row index, so a page
of 200,000 customers costs one small closure call per field.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any

from optimove_client.testing.dataset import EVENT_IDS, Dataset
from optimove_client.testing.spec import JsonObject, Spec

RowMaker = Callable[[int], dict[str, Any]]
Producer = Callable[[int], Any]

# Fields that the attribute logic fills, never the generic synthesis.
ATTRIBUTE_FIELDS = frozenset({"customerattributes", "customerattribute"})


def wire_value(value: Any) -> Any:
    """A coerced input as it would come back in a response."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _pool(values: list[Any]) -> Producer:
    size = len(values)
    return lambda i: values[(i * 7 + 3) % size]


def _constant(value: Any) -> Producer:
    """A field that repeats an input of the call (the ActionID asked for comes back in every row)."""
    return lambda i: value


class RowSynthesizer:
    def __init__(self, spec: Spec, dataset: Dataset) -> None:
        self._spec = spec
        self._dataset = dataset
        data = dataset
        campaigns = list(data.campaigns)
        # Values for ID fields by (lower-cased) name, so IDs in rows are IDs that exist.
        self._id_pools: dict[str, Producer] = {
            "actionid": _pool(list(data.actions)),
            "campaignid": _pool(campaigns),
            "targetgroupid": _pool(list(data.target_groups)),
            "initialtargetgroupid": _pool(list(data.target_groups)),
            "finaltargetgroupid": _pool(list(data.target_groups)),
            "channelid": _pool(list(data.channels)),
            "templateid": _pool(data.template_ids(1)),
            "valuesegmentid": _pool(list(data.value_segments)),
            "initialvaluesegmentid": _pool(list(data.value_segments)),
            "finalvaluesegmentid": _pool(list(data.value_segments)),
            "microsegmentid": _pool(list(data.microsegments)),
            "initialmicrosegmentid": _pool(list(data.microsegments)),
            "finalmicrosegmentid": _pool(list(data.microsegments)),
            "stageid": _pool(list(data.lifecycle_stages)),
            "lifecyclestageid": _pool(list(data.lifecycle_stages)),
            "recipientgroupid": lambda i: 1 + i % 2,
            "eventid": _pool(list(EVENT_IDS)),
            "customerid": data.customer_id,
            "promocode": lambda i: f"PROMO{1 + i % 5:02d}",
            "productid": lambda i: f"P{1000 + i % 250}",
            "sendid": lambda i: f"send-{i:08d}",
            "email": lambda i: f"customer{i}@example.com",
        }

    def row_maker(self, item_schema: Any, params: Mapping[str, Any], *, all_fields: bool = False) -> RowMaker:
        """Rows for an item schema; without all_fields, only the required fields when the schema lists any."""
        schema, _ = self._spec.resolve(item_schema)
        properties: JsonObject = schema.get("properties", {})
        required = schema.get("required")
        names = [
            name
            for name in properties
            if name.lower() not in ATTRIBUTE_FIELDS and (all_fields or not required or name in required)
        ]
        given = {name.lower(): wire_value(value) for name, value in params.items()}
        producers = [(name, self._producer(name, properties[name], given)) for name in names]
        return lambda i: {name: produce(i) for name, produce in producers}

    def value(self, schema: Any, params: Mapping[str, Any], index: int = 0) -> Any:
        """One value for a whole response schema (an object, a list of three rows, or a scalar)."""
        resolved, _ = self._spec.resolve(schema)
        if resolved.get("type") == "array":
            make = self.row_maker(resolved.get("items", {}), params, all_fields=True)
            return [make(index + k) for k in range(3)]
        if resolved.get("type") == "object" or "properties" in resolved:
            return self.row_maker(resolved, params, all_fields=True)(index)
        if not {"type", "anyOf", "enum"} & resolved.keys():
            return {}  # undocumented response: any JSON value is valid
        given = {name.lower(): wire_value(value) for name, value in params.items()}
        return self._producer("value", resolved, given)(index)

    def _producer(self, name: str, schema: Any, given: Mapping[str, Any]) -> Producer:  # noqa: PLR0911 - one return per kind
        lowered = name.lower()
        echoed = given.get(lowered)
        resolved, pointer = self._spec.resolve(schema)
        kind = pointer.rsplit("/", 1)[-1] if pointer else None
        if "anyOf" in resolved and kind not in ("ResponseInteger", "Boolean"):
            options = [
                option for option in resolved["anyOf"] if self._spec.resolve(option)[0].get("type") != "null"
            ]
            return self._producer(name, options[0], given) if options else (lambda i: None)
        day = given.get("date") or given.get("enddate") or self._dataset.last_data_update.isoformat()
        if kind == "Date":
            return _constant(echoed) if isinstance(echoed, str) else (lambda i: day)
        if kind == "DateTime":
            return lambda i: f"{day} {8 + i % 12:02d}:{i % 60:02d}:00"
        if kind == "Boolean" or resolved.get("type") == "boolean":
            return lambda i: "true" if i % 2 else "false"
        if kind == "StringArray" or resolved.get("type") == "array":
            return lambda i: [f"{name} {i} a", f"{name} {i} b"]
        if kind == "Double" or resolved.get("type") == "number":
            return lambda i: round((i * 37 % 1000) / 7, 2)
        if kind in ("ResponseInteger", "Integer", "RGID") or resolved.get("type") == "integer":
            if isinstance(echoed, int) and not isinstance(echoed, bool):
                return _constant(echoed)
            pool = self._id_pools.get(lowered)
            return pool if pool is not None else (lambda i: 1 + i % 30)
        if resolved.get("type") == "string" and isinstance(echoed, str):
            return _constant(echoed)
        pool = self._id_pools.get(lowered)
        if pool is not None:
            return lambda i: str(pool(i))
        if resolved.get("type") == "object":
            return lambda i: {}
        return lambda i: f"{name} {i + 1}"
