"""The requested CustomerAttributes of a row as a read-only mapping, and the row types that decode them.

The documented array shape decodes positionally into an AttributeValues struct with one field per
requested name, in the same msgspec pass as the row: a row's attributes cost no Python work at all.
"""

from __future__ import annotations

import collections.abc
import functools
from collections.abc import Iterator
from typing import ClassVar

import msgspec

from optimove_client._request import attributes as _attributes

ARRAY_KEY = "CustomerAttributes"
_UNUSED_KEY = "#customer-attributes"  # where the raw array would go: never sent, so never decoded


class AttributeValues(msgspec.Struct, array_like=True, gc=False, frozen=True, eq=False):
    """The requested CustomerAttributes of one row: a read-only mapping of name -> current value.

    The string "NULL" (a missing value) reads as None. Decoded positionally from the documented array.
    """

    _names: ClassVar[tuple[str, ...]] = ()
    _index: ClassVar[dict[str, int]] = {}

    def __getitem__(self, name: str) -> str | None:
        value: str | None = getattr(self, self.__struct_fields__[self._index[name]])
        return None if value == _attributes.NULL else value

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, name: object) -> bool:
        return name in self._index

    def keys(self) -> collections.abc.KeysView[str]:
        return self._as_dict().keys()

    def values(self) -> collections.abc.ValuesView[str | None]:
        return self._as_dict().values()

    def items(self) -> collections.abc.ItemsView[str, str | None]:
        return self._as_dict().items()

    def get(self, name: str, default: str | None = None) -> str | None:
        return self[name] if name in self._index else default

    def _as_dict(self) -> dict[str, str | None]:
        return {name: self[name] for name in self._names}

    def __eq__(self, other: object) -> bool:
        if isinstance(other, collections.abc.Mapping):
            return self._as_dict() == dict(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self._as_dict().items()))

    def __repr__(self) -> str:
        return f"AttributeValues({self._as_dict()!r})"


collections.abc.Mapping.register(AttributeValues)


@functools.cache
def values_type(names: tuple[str, ...]) -> type[AttributeValues]:
    """A positional struct with one field per requested name; more or fewer values fail to decode."""
    fields = [(f"value{index}", str | None) for index in range(len(names))]
    namespace = {"_names": names, "_index": {name: index for index, name in enumerate(names)}}
    values: type[AttributeValues] = msgspec.defstruct(  # type: ignore[assignment]
        "AttributeValues",
        fields,
        bases=(AttributeValues,),
        array_like=True,
        gc=False,
        frozen=True,
        eq=False,
        forbid_unknown_fields=True,
        namespace=namespace,
    )
    return values


@functools.cache
def row_type(base: type[msgspec.Struct], names: tuple[str, ...] | None) -> type[msgspec.Struct]:
    """The operation's row, or (names given) a subclass that decodes the attribute array into `attributes`."""
    if not names:
        return base
    encode = {field.name: field.encode_name for field in msgspec.structs.fields(base)}
    rename = {**encode, "attributes": ARRAY_KEY, "customer_attributes": _UNUSED_KEY}
    return msgspec.defstruct(
        base.__name__,
        [("attributes", values_type(names) | None, None), ("customer_attributes", list[str] | None, None)],
        bases=(base,),
        module=base.__module__,
        kw_only=True,
        gc=False,
        forbid_unknown_fields=True,
        repr_omit_defaults=True,
        rename=rename,
    )
