# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
"""The record of one operation: everything the client needs to know about it, written by the generator.

`operations.py` holds one frozen Operation per function of the spec. The facade hands its record to the
runner, and the runtime reads these records instead of looking anything up by name or in the spec.
JSON pointers (`schema`) point into the spec shipped beside them as openapi.json.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable
from typing import Any, Literal

# rows: typed rows of a paging function (rows.py); list / object: generated attrs models; value: a lookup
# of one value, answered as the value itself; string: a JSON string; none: an acknowledgement; any: JSON.
ResultKind = Literal["rows", "list", "object", "value", "string", "none", "any"]


@dataclasses.dataclass(frozen=True, slots=True, eq=False)
class Rule:
    """A query parameter's schema, where it is a plain one: every keyword it has is a field here.

    A wire value that keeps the rule is valid by the schema too; one that does not is checked by the JSON
    Schema validator, which says what it breaks. So a call without a body needs no validator.
    """

    type: Literal["integer", "string", "boolean"]
    minimum: int | None = None
    maximum: int | None = None
    min_length: int | None = None
    pattern: str | None = (
        None  # searched for, as JSON Schema does (anchored by ^ and $ where meant)
    )
    enum: tuple[str, ...] | None = None
    format: Literal["date"] | None = None


@dataclasses.dataclass(frozen=True, slots=True, eq=False)
class Parameter:
    """One query parameter."""

    name: str  # Optimove's name, as sent: RecipientGroupID, $top
    argument: (
        str  # the keyword of the generated request builder: recipient_group_id, top
    )
    keyword: str  # the keyword of the facade: recipient_group_id, attributes
    required: bool
    schema: str  # JSON pointer of its schema in openapi.json
    description: str
    time_zone: str | None = (
        None  # a DateTime: "UTC" (aware values are converted) or "account" (naive only)
    )
    rule: Rule | None = (
        None  # its schema as a Rule; None: a schema only the validator checks
    )


@dataclasses.dataclass(frozen=True, slots=True, eq=False)
class BodyField:
    """One field of an object body, which the facade takes as a keyword argument."""

    name: str  # Optimove's name: EventTypeID
    attribute: (
        str  # the body model's attribute: event_type_id (type_ where Python needs it)
    )
    keyword: str  # the facade's keyword: event_type_id
    required: bool
    schema: str
    description: str
    time_zone: str | None = None  # as Parameter.time_zone


def model_named(name: str) -> type[Any]:
    """A generated attrs model by its class name, its module imported on first use (see models/)."""
    model: type[Any] = getattr(importlib.import_module(f"{__package__}.models"), name)
    return model


@dataclasses.dataclass(frozen=True, slots=True, eq=False)
class Body:
    kind: Literal["object", "array"]
    schema: str
    model_name: str  # the object's model, or the model of the array's items (a class of models/)
    fields: tuple[BodyField, ...]  # an object's fields; () for an array

    @property
    def model(self) -> type[Any]:
        return model_named(self.model_name)


@dataclasses.dataclass(frozen=True, slots=True, eq=False)
class Result:
    """What a successful answer decodes into."""

    kind: ResultKind
    model_name: str | None = (
        None  # list, object, value: the generated model (a class of models/)
    )
    row: type[Any] | None = None  # rows: the msgspec row of rows.py
    value_field: str | None = None  # value: the model's one attribute
    fields: tuple[
        str, ...
    ] = ()  # list, object, value: every JSON field name of the model and its parts
    text_fields: tuple[
        str, ...
    ] = ()  # those of them that are strings (a JSON number there is read as text)
    schema: str | None = None  # list, object, value: JSON pointer of the item's schema

    @property
    def model(self) -> type[Any] | None:
        return None if self.model_name is None else model_named(self.model_name)


@dataclasses.dataclass(frozen=True, slots=True, eq=False)
class Paging:
    """How a function pages: its offset parameter and its page-size parameter (or fixed page size)."""

    offset: Parameter  # $skip
    page_size: Parameter | None  # $top; None where the server fixes the page size
    fixed_page_size: int | None
    max_page_size: int
    default_page_size: int | None = (
        None  # what the server answers when no page size is asked for
    )


@dataclasses.dataclass(frozen=True, slots=True, eq=False)
class Attributes:
    """The CustomerAttributes a function takes, and the delimiter of the values it returns."""

    names: Parameter
    delimiter: Parameter | None


@dataclasses.dataclass(frozen=True, slots=True, eq=False)
class Batch:
    """How .batched splits a list longer than one call takes into calls, in order."""

    limit: int  # items per call
    field: (
        str | None
    )  # Optimove's name of the object body's list field; None: the array body itself
    not_repeatable: tuple[
        str, ...
    ] = ()  # body fields each call would repeat: a batch refuses them


@dataclasses.dataclass(frozen=True, slots=True, eq=False)
class Operation:
    operation_id: str  # Optimove's name: GetCustomersByAction
    category: str  # the client's attribute: opt.customers
    name: str  # opt.customers.get_customers_by_action
    summary: str
    method: str  # GET, POST
    path: str
    builder: str  # the module of the generated request builder, inside this package: api.customers.x
    parameters: tuple[Parameter, ...]
    body: Body | None
    result: Result
    paging: Paging | None = None
    attributes: Attributes | None = None
    rate_limit_exempt: bool = False
    max_list_items: int | None = None
    required_one_of: tuple[tuple[str, ...], ...] = ()
    batch: Batch | None = None
    # The statuses of a successful answer (the 2xx the spec documents); any other is an error.
    success_statuses: tuple[int, ...] = (200,)
    # The answer is a secret (x-optimove-sensitive-result: Login's token): never printed or written.
    sensitive_result: bool = False

    @property
    def build(self) -> Callable[..., dict[str, Any]]:
        """The generated request builder (keyword arguments -> method, url, params, json).

        Its module is imported on first use: importing all of them would add about 60 ms to every start.
        """
        build = _BUILDERS.get(self.builder)
        if build is None:
            module = importlib.import_module(f"{__package__}.{self.builder}")
            build = _BUILDERS[self.builder] = module.build_request
        return build

    def __repr__(self) -> str:
        return f"<Operation {self.operation_id}: {self.method} {self.path}>"


_BUILDERS: dict[str, Callable[..., dict[str, Any]]] = {}
