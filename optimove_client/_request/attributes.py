"""CustomerAttributes on the wire: attribute names joined by ';' in requests, and the returned values.

Requests name up to 10 attributes joined by ';'. Responses carry their current values in one of two
shapes: a JSON array under CustomerAttributes (documented), or one string under CustomerAttribute joined
by the CustomerAttributesDelimiter (seen on live servers). Attribute changers send the string "NULL" for
a missing value.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from optimove_generated.facts import MAX_ATTRIBUTE_NAMES

from optimove_client._request.input_rules import brief

MAX_ATTRIBUTES = MAX_ATTRIBUTE_NAMES  # the spec's x-optimove-max-items of CustomerAttributes
DELIMITERS = {",": "comma", ":": "colon", ";": "semicolon", "\t": "tab"}
# Every spelling of a delimiter, in Python (attribute_delimiter=) and on the command line (--delimiter): the
# character itself, its name in any case, and \t typed as two characters.
_SPELLINGS = {**{name: char for char, name in DELIMITERS.items()}, "\\t": "\t"}
DEFAULT_DELIMITER = ","
NULL = "NULL"
# What to do about a value holding the delimiter, in Python's words (the CLI puts it in its own: a flag).
# The two shapes Optimove sends the values in: the documented array, and one string joined by the delimiter.
ARRAY, JOINED = "array", "joined string"
MISMATCH_ADVICE = "ask for another attribute_delimiter, or keep the raw values with attribute_mismatch='keep'"


class AttributeNameError(ValueError):
    """The requested attribute names break a rule; the message states the rule, index which name does (None
    when the rule is about the whole list)."""

    def __init__(self, rule: str, index: int | None = None) -> None:
        super().__init__(rule)
        self.index = index

    def where(self, argument: str) -> str:
        """The argument, or the name of it that breaks the rule: attributes[1]."""
        return argument if self.index is None else f"{argument}[{self.index}]"


class AttributeValuesError(ValueError):
    """The attribute values of a row did not come one per requested name.

    In the joined string a value probably holds the delimiter (`delimiter_in_value`): the message advises
    what gets past it, in the words given to `worded` (the library's keywords by default; the CLI's flags).
    """

    def __init__(self, count: int, names: Sequence[str], shape: str, delimiter: str) -> None:
        self.count, self.names, self.shape, self.delimiter = count, tuple(names), shape, delimiter
        super().__init__(self.worded(MISMATCH_ADVICE))

    @property
    def delimiter_in_value(self) -> bool:
        return self.shape == JOINED

    def worded(self, advice: str) -> str:
        names = list(self.names)
        text = f"{self.count} attribute values in the {self.shape} for {len(names)} names {names}"
        if self.delimiter_in_value:
            name = DELIMITERS.get(self.delimiter, repr(self.delimiter))
            text += f"; a value probably contains the delimiter {name}: {advice}"
        return text


def names_of(names: object) -> tuple[str, ...]:
    """The attribute names asked for, from any iterable of names (a list, a tuple, a generator)."""
    if isinstance(names, str | bytes):
        raise AttributeNameError("must be a list of attribute names, not one string")
    if not isinstance(names, Iterable):
        raise AttributeNameError(f"must be a list of attribute names, not {type(names).__name__}")
    return tuple(names)


def join_names(names: Sequence[str]) -> str:
    """The CustomerAttributes parameter for these names."""
    if isinstance(names, str):
        raise AttributeNameError("must be a list of attribute names, not one string")
    if not 1 <= len(names) <= MAX_ATTRIBUTES:
        raise AttributeNameError(f"must name 1 to {MAX_ATTRIBUTES} attributes (got {len(names)})")
    for index, name in enumerate(names):
        if not isinstance(name, str):
            raise AttributeNameError(
                f"must be a string (an attribute name), not {type(name).__name__} {brief(name)}", index
            )
        if not name.strip():
            raise AttributeNameError(
                f"must be an attribute name, not an empty or blank string ({name!r})", index
            )
        if ";" in name:
            raise AttributeNameError(f"must not contain ';' (got {name!r})", index)
    if len(set(names)) != len(names):
        raise AttributeNameError("must not name an attribute twice")
    return ";".join(names)


def check_delimiter(delimiter: object) -> str:
    """The delimiter character for any of its spellings: "\t", "tab", "TAB" or "\\t"; "," or "comma"."""
    if isinstance(delimiter, str):
        if delimiter in DELIMITERS:
            return delimiter
        found = _SPELLINGS.get(delimiter.strip().lower())
        if found is not None:
            return found
    choices = ", ".join(f"{char!r} ({name})" for char, name in DELIMITERS.items())
    raise AttributeNameError(f"must be one of {choices}, by character or name, not {brief(delimiter)}")


def split_joined(names: Sequence[str], joined: str, delimiter: str) -> list[str]:
    """The raw values of the joined shape, one per name ("NULL" kept: the mapping reads it as None).

    With one name there is nothing to split: the whole string is its value, delimiters and all.
    """
    if len(names) == 1:
        return [joined]
    values = joined.split(delimiter) if names else []
    if len(values) != len(names):
        raise AttributeValuesError(len(values), names, JOINED, delimiter)
    return values


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
        if len(values) != len(names):
            raise AttributeValuesError(len(values), names, ARRAY, delimiter)
    elif joined is not None:
        values = list(split_joined(names, joined, delimiter))
    else:
        return dict.fromkeys(names)
    return {name: _value(value) for name, value in zip(names, values, strict=True)}
