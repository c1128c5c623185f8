"""Write optimove_generated/rows.py: a light typed record per paging operation, for streaming pulls.

Iterating a million customers through the generated attrs models costs several times what plain JSON
decoding does. These msgspec structs decode a whole page straight from bytes into typed rows, coercing
the loose wire forms ("12" -> 12, "True" -> True, "YYYY-MM-DD HH:MM:SS" -> datetime) and naming the path
of any value that does not fit. They carry the same attribute names and types as the generated models of
the same operations, plus:

- `attributes`: the requested CustomerAttributes as a mapping (filled by the client after decoding);
- `extra`: fields the spec does not describe (kept, never dropped; normally None).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from generator.upstream import Parsed
from generator.view import operations

# Keys that Optimove never sends: the two client-side fields are filled by the client, not decoded.
_ATTRIBUTES_KEY = "#attributes"
_EXTRA_KEY = "#extra"
# Not in a row's to_dict(): the raw forms of the requested attributes (its "Attributes" is the mapping),
# and the two client-side fields.
_CLIENT_SIDE = frozenset({"CustomerAttributes", "CustomerAttribute", _ATTRIBUTES_KEY, _EXTRA_KEY})
_ALLOWED = re.compile(
    r"^(str|int|float|bool|datetime\.date|datetime\.datetime|Any|None|list\[str\]|list\[Any\]| \| )+$"
)


def _item_schema(spec: dict[str, Any], operation: dict[str, Any]) -> str:
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    return str(schema["items"]["$ref"]).rsplit("/", 1)[-1]


def _fields(parsed: Parsed, model: str) -> list[tuple[str, str, str, bool]]:
    """(attribute, annotation, wire name, required) of the generated model `model`."""
    fields = []
    for field in parsed.fields(model):
        if not _ALLOWED.match(field.annotation):
            raise ValueError(f"{model}.{field.name}: no row type for {field.annotation}")
        fields.append((field.name, field.annotation, field.wire, field.required))
    return fields


def _struct(name: str, fields: list[tuple[str, str, str, bool]], summary: str) -> str:
    attributes = {attribute for attribute, *_ in fields}
    if {"attributes", "extra"} & attributes:
        raise ValueError(f"{name}: a field is named like a client-side field")
    rename = {attribute: wire for attribute, _, wire, _ in fields}
    rename |= {"attributes": _ATTRIBUTES_KEY, "extra": _EXTRA_KEY}
    names = tuple((attribute, wire) for attribute, wire in rename.items() if wire not in _CLIENT_SIDE)
    lines = [
        f"class {name}(",
        "    Row,",
        "    kw_only=True,",
        "    gc=False,",
        "    forbid_unknown_fields=True,",
        "    repr_omit_defaults=True,",
        f"    rename={rename!r},",
        "):",
        f'    """One row of {summary}"""',
        "",
        f"    optimove_names: ClassVar[tuple[tuple[str, str], ...]] = {names!r}",
        "",
    ]
    for attribute, annotation, _wire, required in fields:
        lines.append(f"    {attribute}: {annotation}" + ("" if required else " | None = None"))
    lines.append("    attributes: Mapping[str, str | None] | None = None")
    lines.append("    extra: dict[str, Any] | None = None")
    return "\n".join(lines) + "\n"


_PREAMBLE = '''"""Typed rows of the paging operations, decoded by msgspec (see generator/rows.py)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar

import msgspec

from optimove_generated.row import Row

'''


def render(parsed: Parsed, spec: dict[str, Any]) -> str:
    text = _PREAMBLE
    names = []
    for _path, _method, operation in operations(spec):
        if "x-optimove-paging" not in operation:
            continue
        name = f"{operation['operationId']}Row"
        fields = _fields(parsed, _item_schema(spec, operation))
        text += "\n\n" + _struct(name, fields, f"{operation['operationId']}: {operation.get('summary', '')}")
        names.append(name)
    text += "\n\nROWS: dict[str, type[Row]] = {\n"
    text += "".join(f'    "{name.removesuffix("Row")}": {name},\n' for name in names)
    text += "}\n"
    return text


def write_rows(package: Path, parsed: Parsed, spec: dict[str, Any]) -> None:
    (package / "rows.py").write_text(render(parsed, spec), encoding="utf-8")
