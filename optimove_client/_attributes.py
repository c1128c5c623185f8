"""CustomerAttributes on the wire: attribute names joined by ';' in requests, and the returned values.

Requests name up to 10 attributes joined by ';'. Responses carry their current values in one of two
shapes: a JSON array under CustomerAttributes (documented), or one string under CustomerAttribute joined
by the CustomerAttributesDelimiter (seen on live servers). Attribute changers send the string "NULL" for
a missing value.
"""

from __future__ import annotations

from collections.abc import Sequence

MAX_ATTRIBUTES = 10
DELIMITERS = {",": "comma", ":": "colon", ";": "semicolon", "\t": "tab"}
DEFAULT_DELIMITER = ","
NULL = "NULL"


class AttributeNameError(ValueError):
    """The requested attribute names break a rule; the message states the rule."""


class AttributeValuesError(ValueError):
    """A joined attribute string did not split into one value per requested name."""


def join_names(names: Sequence[str]) -> str:
    """The CustomerAttributes parameter for these names."""
    if isinstance(names, str):
        raise AttributeNameError("must be a list of attribute names, not one string")
    if not 1 <= len(names) <= MAX_ATTRIBUTES:
        raise AttributeNameError(f"must name 1 to {MAX_ATTRIBUTES} attributes (got {len(names)})")
    for name in names:
        if not isinstance(name, str) or not name.strip():
            raise AttributeNameError(f"must contain non-empty names (got {name!r})")
        if ";" in name:
            raise AttributeNameError(f"names must not contain ';' (got {name!r})")
    if len(set(names)) != len(names):
        raise AttributeNameError("must not name an attribute twice")
    return ";".join(names)


def check_delimiter(delimiter: str) -> str:
    if delimiter not in DELIMITERS:
        raise AttributeNameError(f"must be one of comma, colon, semicolon or tab (got {delimiter!r})")
    return delimiter


def _value(raw: str | None) -> str | None:
    return None if raw is None or raw == NULL else raw


def split_values(
    names: Sequence[str], array: Sequence[str | None] | None, joined: str | None, delimiter: str
) -> dict[str, str | None]:
    """Map each requested name to its value, whichever shape the server sent.

    Raises AttributeValuesError when the values cannot be matched to the names one for one: never a
    silently shifted mapping.
    """
    if array is not None:
        values: list[str | None] = list(array)
    elif joined is not None:
        values = list(joined.split(delimiter)) if names else []
    else:
        return dict.fromkeys(names)
    if len(values) != len(names):
        shape = "joined string" if array is None else "array"
        hint = (
            f"; a value probably contains the delimiter {DELIMITERS.get(delimiter, repr(delimiter))!s}: "
            "ask for another attribute_delimiter, or keep the raw values"
            if array is None
            else ""
        )
        raise AttributeValuesError(
            f"{len(values)} attribute values in the {shape} for {len(names)} names {list(names)}{hint}"
        )
    return {name: _value(value) for name, value in zip(names, values, strict=True)}
