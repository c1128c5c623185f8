"""Check the Python types of a call's arguments before the generated serializer sees them.

The generated functions trust their type hints: a str where a datetime.date is expected fails deep inside
with "'str' object has no attribute 'isoformat'", and a plain 13 for an EventType fails on `.value`. Here
each argument is compared with the generated function's own hints: plain values are turned into the enum
they name (13 -> EventType.CHANNEL_EXECUTED, "," -> AttributeDelimiter.COMMA), mappings into the body
model they describe, and anything else of the wrong type is refused with the parameter's name.
"""

from __future__ import annotations

import enum
import functools
import inspect
import sys
import types
import typing
from collections.abc import Callable, Mapping
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
            conformed[name] = self._value(name, value, hint)
        return conformed

    def _value(self, name: str, value: Any, hint: Any) -> Any:
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
                if not attrs.has(type(value)):
                    return value
                try:
                    return _model_enums(value)
                except ValueError as error:
                    raise self._refuse(name, str(error)) from None
        for option in _options(hint):
            converted = _convert(value, option)
            if converted is not None:
                return converted
        raise self._refuse(name, f"must be {_name_of(hint)}, not {type(value).__name__}")


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


def _model_enums(model: Any) -> Any:
    """Turn plain values into enums in the fields of a body model (the facade builds models from keywords)."""
    model_class: type = type(model)
    for field, hint in _model_hints(model_class).items():
        value = getattr(model, field)
        if isinstance(value, Unset) or value is None:
            continue
        for option in _options(hint):
            if isinstance(option, type) and issubclass(option, enum.Enum) and not isinstance(value, option):
                converted = _convert(value, option)
                if converted is None:
                    raise ValueError(
                        f"{field} must be one of {[member.value for member in option]}, not {value!r}"
                    )
                setattr(model, field, converted)
    return model


@functools.cache
def _model_hints(model: type) -> dict[str, Any]:
    # Generated models import the models of their nested fields only for type checkers: resolve the names
    # against the models package too.
    namespace = {**vars(optimove_generated.models), **vars(sys.modules[model.__module__])}
    hints = typing.get_type_hints(model, globalns=namespace)
    hints.pop("additional_properties", None)
    return hints
