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

import attrs
import optimove_generated.models
from optimove_generated.operation import Operation
from optimove_generated.types import Unset

from optimove_client.errors import ValidationError


def _options(hint: Any) -> list[Any]:
    """The members of a union hint, without Unset."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return [option for option in typing.get_args(hint) if option is not Unset]
    return [hint]


def _name_of(hint: Any) -> str:
    names = [getattr(option, "__name__", str(option)) for option in _options(hint)]
    return " or ".join(names)


class Conformer:
    """Conforms the keyword arguments of one operation's request builder (its generated `_get_kwargs`).

    It is also where "required" and "unknown parameter" are checked: the builder's signature says which
    arguments exist and which are required; errors name each by its Optimove name.
    """

    def __init__(self, operation: Operation) -> None:
        function: Callable[..., Any] = operation.build
        self._operation = operation
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
            conformed[name] = self._value(name, value, hint, self._zones.get(name))
        return conformed

    def _value(self, name: str, value: Any, hint: Any, zone: str | None = None) -> Any:
        for option in _options(hint):
            origin = typing.get_origin(option)
            if origin is list:
                if isinstance(value, (list, tuple)):
                    (item,) = typing.get_args(option)
                    return [
                        self._value(f"{name}[{index}]", element, item) for index, element in enumerate(value)
                    ]
                continue
            if option is Any or isinstance(value, option):
                return self._checked(name, value, option, zone)
        for option in _options(hint):
            converted = _convert(value, option)
            if converted is not None:
                return self._checked(name, converted, option, zone)
        raise self._refuse(name, f"must be {_name_of(hint)}, not {type(value).__name__}")

    def _checked(self, name: str, value: Any, option: Any, zone: str | None) -> Any:
        """A value of the right type, with its parts conformed and its time zone applied."""
        if attrs.has(type(value)):
            return self._model(name, value)
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

    def _model(self, name: str, model: Any) -> Any:
        """A body model (built by the facade from keywords, or given) with each field conformed in place."""
        top = name == "body"
        model_class: type = type(model)
        for field, hint in model_hints(model_class).items():
            value = getattr(model, field)
            if isinstance(value, Unset) or value is None:
                continue
            path = self._body_names.get(field, field) if top else f"{name}.{field}"
            zone = self._body_zones.get(field) if top else None
            conformed = self._value(path, value, hint, zone)
            if conformed is not value:
                setattr(model, field, conformed)
        return model


def _convert(value: Any, option: Any) -> Any:
    """value as an instance of option, where the conversion is unambiguous; else None."""
    if isinstance(option, type) and issubclass(option, enum.Enum):
        try:
            return option(value)
        except ValueError:
            return None
    if attrs.has(option) and isinstance(value, Mapping) and hasattr(option, "from_dict"):
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
