"""Check the Python types of a call's arguments before the generated serializer sees them.

The generated functions trust their type hints: a str where a datetime.date is expected fails deep inside
with "'str' object has no attribute 'isoformat'", and a plain 13 for an EventType fails on `.value`. Here
each argument is compared with the generated function's own hints: plain values are turned into the enum
they name (13 -> EventType.CHANNEL_EXECUTED, "," -> AttributeDelimiter.COMMA), mappings into the body
model they describe, and anything else of the wrong type is refused with the parameter's name.
"""

from __future__ import annotations

import datetime
import enum
import functools
import inspect
import sys
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import optimove_generated.models
from optimove_generated.operation import Operation
from optimove_generated.types import Unset

from optimove_client._request import enum_choices
from optimove_client._request.input_rules import brief
from optimove_client._request.validation import ArgumentValidator, body_problem, shared_validator
from optimove_client.errors import ValidationError


def is_model(kind: Any) -> bool:
    """Whether kind is an attrs class, as the generated models are: what attrs.has answers, without importing
    attrs for the many calls that pass no model."""
    return getattr(kind, "__attrs_attrs__", None) is not None


def _options(hint: Any) -> list[Any]:
    """The members of a union hint, without Unset."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return [option for option in typing.get_args(hint) if option is not Unset]
    return [hint]


def _name_of(hint: Any) -> str:
    names = [getattr(option, "__name__", str(option)) for option in _options(hint)]
    return " or ".join(names)


class Conformer:
    """Conforms the keyword arguments of one operation's request builder (its generated `build_request`).

    It is also where "required" and "unknown parameter" are checked: the builder's signature says which
    arguments exist and which are required; errors name each by its Optimove name.
    """

    def __init__(self, operation: Operation, validator: ArgumentValidator | None = None) -> None:
        function: Callable[..., Any] = operation.build
        self._operation = operation
        self._validator = validator or shared_validator()
        self._hints = typing.get_type_hints(function)
        self._hints.pop("return", None)
        parameters = inspect.signature(function).parameters.values()
        self._required = [p.name for p in parameters if p.default is inspect.Parameter.empty]
        self._wire = {parameter.argument: parameter.name for parameter in operation.parameters}
        self._zones = {p.argument: p.time_zone for p in operation.parameters if p.time_zone}
        fields = operation.body.fields if operation.body is not None else ()
        self._body_names = {field.attribute: field.name for field in fields}
        self._body_zones = {field.attribute: field.time_zone for field in fields if field.time_zone}

    def _refuse(self, name: str, rule: str) -> ValidationError:
        return ValidationError(self._operation.operation_id, self._wire.get(name, name), rule)

    def conform(self, arguments: dict[str, Any]) -> dict[str, Any]:
        for name in self._required:
            if name not in arguments:
                raise self._refuse(name, "is required")
        conformed = {}
        for name, value in arguments.items():
            hint = self._hints.get(name)
            if hint is None:
                raise self._refuse(name, "is not a parameter of this function")
            wire: _Path = [] if name == "body" else None
            conformed[name] = self._value(name, value, hint, self._zones.get(name), wire)
        return conformed

    def _value(self, name: str, value: Any, hint: Any, zone: str | None = None, wire: _Path = None) -> Any:
        """value conformed to hint; wire: where it is in the JSON body (None where that is not known)."""
        for option in _options(hint):
            origin = typing.get_origin(option)
            if origin is list:
                if isinstance(value, (list, tuple)):
                    (item,) = typing.get_args(option)
                    return [
                        self._value(f"{name}[{index}]", element, item, None, _within(wire, index))
                        for index, element in enumerate(value)
                    ]
                continue
            if option is Any or isinstance(value, option):
                return self._checked(name, value, option, zone, wire)
        if isinstance(value, Mapping) and wire is not None:
            value = self._plain_body_part(value, wire)
        for option in _options(hint):
            converted = _convert(value, option)
            if converted is not None:
                return self._checked(name, converted, option, zone, wire)
        raise self._refuse(name, _wrong_type(hint, value))

    def _plain_body_part(self, value: Mapping[Any, Any], wire: list[str | int]) -> Any:
        """A dict given where the body takes a model, checked by the spec's schema for its place in the body:
        the same validator, and so the same message, as the CLI's for the same JSON (body[0].PromotionName
        is required). Its JSON form is returned, for the model's from_dict."""
        body = self._operation.body
        if body is None:
            return value
        plain = json_form(value)
        schema = self._validator.schema_within(body.schema, wire)
        if schema is None:  # a place the schema does not describe: the model's own conversion decides
            return plain
        error = self._validator.first_error(schema, plain)
        if error is not None:
            where, rule = body_problem(error, [*wire, *error.absolute_path])
            raise ValidationError(self._operation.operation_id, where, rule)
        return plain

    def _checked(self, name: str, value: Any, option: Any, zone: str | None, wire: _Path = None) -> Any:
        """A value of the right type, with its parts conformed and its time zone applied."""
        if is_model(type(value)):
            return self._model(name, value, wire)
        if option is datetime.date and isinstance(value, datetime.datetime):
            # date is a datetime's base class: the serializer would send the time too ("...T10:00:00")
            raise self._refuse(name, "must be a datetime.date, not a datetime.datetime (pass its .date())")
        if isinstance(value, datetime.datetime) and value.tzinfo is not None:
            if zone == "UTC":
                return value.astimezone(datetime.UTC).replace(tzinfo=None)
            raise self._refuse(
                name,
                "must be a naive datetime in the account's time zone: Optimove reads it in that zone and its "
                f"DateTime carries none, so a datetime with tzinfo {value.tzinfo} cannot be sent as meant",
            )
        return value

    def _model(self, name: str, model: Any, wire: _Path = None) -> Any:
        """A body model (built by the facade from keywords, or given) with each field conformed in place."""
        top = name == "body"
        model_class: type = type(model)
        for field, hint in model_hints(model_class).items():
            value = getattr(model, field)
            if isinstance(value, Unset) or value is None:
                continue
            path = self._body_names.get(field, field) if top else f"{name}.{field}"
            zone = self._body_zones.get(field) if top else None
            conformed = self._value(path, value, hint, zone, self._field_wire(wire, field, top))
            if conformed is not value:
                setattr(model, field, conformed)
        return model

    def _field_wire(self, wire: _Path, field: str, top: bool) -> _Path:
        """Where a model's field is in the JSON body: the body's own fields by the operations table, a nested
        model's by the spec's schema for its place (None where neither says)."""
        if top:
            return [self._body_names[field]] if field in self._body_names else None
        body = self._operation.body
        if wire is None or body is None:
            return None
        key = self._validator.property_of(body.schema, wire, field)
        return None if key is None else [*wire, key]


_Path = list[str | int] | None


def _within(wire: _Path, part: str | int) -> _Path:
    return None if wire is None else [*wire, part]


def json_form(value: Any) -> Any:
    """A body part as JSON: models by their to_dict(), dates in ISO form, enums by their values."""
    if is_model(type(value)) and hasattr(value, "to_dict"):
        try:
            return value.to_dict()
        except (TypeError, ValueError, AttributeError):  # a wrong type inside: the Conformer names it
            return value
    if isinstance(value, Mapping):
        return {key: json_form(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_form(item) for item in value]
    return _json_scalar(value)


def _json_scalar(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def _wrong_type(hint: Any, value: Any) -> str:
    """The rule for a value that is not of the hinted type, saying what is valid."""
    options = _options(hint)
    kinds = [option for option in options if isinstance(option, type) and issubclass(option, enum.Enum)]
    if kinds:
        return enum_choices.one_of(enum_choices.of_enum(kinds[0]), value)
    if isinstance(value, str) and (datetime.date in options or datetime.datetime in options):
        return _date_hint(options, value)
    return f"must be {_name_of(hint)}, not {type(value).__name__}"


def _date_hint(options: list[Any], text: str) -> str:
    """A date given as text: the date to pass instead, when the text is an ISO date."""
    kind = datetime.datetime if datetime.datetime in options else datetime.date
    example = repr(kind(2024, 6, 30))
    try:
        parsed = kind.fromisoformat(text)
    except ValueError:
        return f"must be a {kind.__module__}.{kind.__name__} such as {example}, not str {brief(text)}"
    if kind is datetime.date and isinstance(parsed, datetime.datetime):
        parsed = parsed.date()
    return f"must be a {kind.__module__}.{kind.__name__}, not str: pass {parsed!r}"


def _convert(value: Any, option: Any) -> Any:
    """value as an instance of option, where the conversion is unambiguous; else None."""
    if isinstance(option, type) and issubclass(option, enum.Enum):
        try:
            return option(value)
        except ValueError:
            return None
    if is_model(option) and isinstance(value, Mapping) and hasattr(option, "from_dict"):
        try:
            return option.from_dict(value)
        except (KeyError, ValueError, TypeError, AttributeError):
            return None
    return None


class _ModelNames(Mapping[str, Any]):
    """The models package's names, each read (its module imported) only when an annotation uses it."""

    def __init__(self, own: Mapping[str, Any]) -> None:
        self._own = own  # the model's module: its own imports come first, as in that module
        self._models = frozenset(optimove_generated.models.__all__)

    def __getitem__(self, name: str) -> Any:
        if name in self._own:
            return self._own[name]
        if name in self._models:
            return getattr(optimove_generated.models, name)
        raise KeyError(name)

    def __iter__(self) -> Iterator[str]:
        return iter(self._models | self._own.keys())

    def __len__(self) -> int:
        return len(self._models | self._own.keys())


@functools.cache
def model_hints(model: type) -> dict[str, Any]:
    # Generated models import the models of their nested fields only for type checkers: resolve the names
    # against the models package too, reading only the names the annotations use (not every model).
    module = vars(sys.modules[model.__module__])
    hints = typing.get_type_hints(model, globalns=module, localns=_ModelNames(module))
    hints.pop("additional_properties", None)
    return hints
