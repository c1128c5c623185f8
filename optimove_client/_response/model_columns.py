"""The columns of a list or object function's items (the generated attrs models), from the spec.

One column per property of the result's schema, in the spec's order, named as Optimove names it and typed
by the model's field as a paging function's rows are typed (_columns.KIND_OF_TYPE: int, float, bool, str,
date, datetime, list of strings; other lists, nested models and mappings are JSON). A field is nullable
where the spec does not require it (`X | Unset`). Fields an answer carries that the spec does not
describe (additional_properties) are left out: their type would be guessed from a value.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs
from optimove_generated.operation import Operation
from optimove_generated.types import Unset

from optimove_client._request.arguments import model_hints
from optimove_client._request.spec_document import schema_at
from optimove_client._response.columns import KIND_OF_TYPE, Kind


@dataclasses.dataclass(frozen=True)
class Field:
    """One column of a list or object function's items."""

    name: str  # Optimove's field name (ActionID)
    attribute: str  # the generated model's attribute (action_id)
    kind: Kind
    nullable: bool


@functools.cache
def model_fields(operation: Operation) -> tuple[Field, ...]:
    """The fields of a list or object function's result: the schema's properties, typed by the model."""
    result = operation.result
    model: type | None = result.model
    if result.kind not in ("list", "object") or model is None or result.schema is None:
        raise TypeError(f"{operation.operation_id} answers no list or object of fields")
    schema = schema_at(result.schema)
    hints = model_hints(model)
    # The generator names each attribute after its field in snake case: TargetGroupID -> target_group_id,
    # Type -> type_ (a keyword). Compared without underscores and case, they match one to one.
    attributes = {attribute.replace("_", "").lower(): attribute for attribute in hints}
    required = set(schema.get("required", ()))
    fields = []
    for name in schema.get("properties", {}):
        attribute = attributes.get(name.replace("_", "").lower())
        if attribute is None:
            raise TypeError(f"{model.__name__} has no attribute for the field {name}")
        kind, optional = kind_of(hints[attribute])
        fields.append(Field(name, attribute, kind, optional or name not in required))
    return tuple(fields)


def plain(value: Any) -> Any:
    """A model attribute's value as plain data: Unset is None, an enum its value, a nested model a dict."""
    if isinstance(value, Unset) or value is None:
        return None
    if isinstance(value, enum.Enum):
        return value.value
    if attrs.has(type(value)):
        return value.to_dict()
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, Mapping):
        return {key: plain(item) for key, item in value.items()}
    return value


def kind_of(hint: Any) -> tuple[Kind, bool]:
    """(kind, nullable) of a model attribute's type: `int | Unset` is a nullable int; lists, models and
    mappings are JSON."""
    union = isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union
    members = typing.get_args(hint) if union else (hint,)
    known = [member for member in members if member not in (Unset, type(None))]
    nullable = len(known) < len(members)
    if len(known) != 1:
        return "json", nullable
    only = known[0]
    if isinstance(only, type) and issubclass(only, enum.Enum):
        values = {type(member.value) for member in only}
        return KIND_OF_TYPE.get(values.pop(), "json") if len(values) == 1 else "json", nullable
    return KIND_OF_TYPE.get(only, "json"), nullable
