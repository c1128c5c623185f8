"""The tables the dlt source loads, read from the spec's x-optimove-load and checked, for facts.py to write.

Each table is checked against the function it is loaded from: its arguments and columns name parameters
the function has, a per-date table's arguments name columns its parent has, and each column the loader
adds is typed by its parameter's schema. A mistake is refused with the function's name, at generation.
The tables come parents first (reference tables, the dates table, then each per-date table after the
table whose rows it is loaded for), in the spec's order otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast, get_args

from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.static.load_table import ColumnKind, LeadingColumn, LoadKind, LoadTable
from generator.view import operations

EXTENSION = "x-optimove-load"
_URI = "urn:optimove:spec"
_FIELDS = frozenset(
    {
        "table",
        "kind",
        "primary-key",
        "answer-column",
        "parent",
        "arguments",
        "per-changed-attribute",
        "columns",
        "fill",
        "merge-key",
    }
)
_PER_DATE_ONLY = ("parent", "arguments", "per-changed-attribute", "columns", "fill", "merge-key")
# (JSON type, format) of a parameter's schema -> the kind of a column holding its value.
_KINDS: dict[tuple[str, str | None], ColumnKind] = {
    ("string", None): "string",
    ("string", "date"): "date",
    ("string", "date-time"): "datetime",
    ("integer", None): "int",
    ("number", None): "float",
    ("boolean", None): "bool",
}


class _Spec:
    """The spec's nodes with their $refs followed (referencing resolves them)."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        resource = Resource.from_contents(spec, default_specification=DRAFT202012)
        self._resolver = Registry().with_resource(_URI, resource).resolver(_URI)

    def resolved(self, node: Any) -> Any:
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            node = self._resolver.lookup(node["$ref"]).contents
        return node

    def parameters(self, operation: Mapping[str, Any]) -> dict[str, Any]:
        """Optimove's name of each parameter -> its schema, resolved."""
        found = (self.resolved(entry) for entry in operation.get("parameters", []))
        return {parameter["name"]: self.resolved(parameter["schema"]) for parameter in found}

    def answer_fields(self, operation: Mapping[str, Any]) -> set[str]:
        """The fields of the answer's items (an array's) or of the answer itself (an object's)."""
        response = self.resolved(operation["responses"].get("200", {}))
        schema = self.resolved(response.get("content", {}).get("application/json", {}).get("schema", {}))
        if schema.get("type") == "array":
            schema = self.resolved(schema.get("items", {}))
        return set(schema.get("properties", {}))


def _names(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"{where} must be a list of names")
    return tuple(value)


def _pairs(value: Any, where: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise ValueError(f"{where} must map names to names")
    return tuple(value.items())


def _column_kind(schema: Mapping[str, Any], where: str) -> ColumnKind:
    kind = _KINDS.get((schema.get("type", ""), schema.get("format")))
    if kind is None:
        raise ValueError(f"{where}: no column kind for a parameter of type {schema.get('type')!r}")
    return kind


def _table(spec: _Spec, operation: Mapping[str, Any]) -> LoadTable:
    function: str = operation["operationId"]
    declared = operation[EXTENSION]
    where = f"{function}: {EXTENSION}"
    unknown = sorted(set(declared) - _FIELDS)
    if unknown:
        raise ValueError(f"{where} has unknown fields {unknown}")
    kind = declared.get("kind")
    if kind not in get_args(LoadKind):
        raise ValueError(f"{where} kind must be one of {list(get_args(LoadKind))} (got {kind!r})")
    name, primary_key = declared.get("table"), _names(declared.get("primary-key"), f"{where} primary-key")
    if not isinstance(name, str) or not name or not primary_key:
        raise ValueError(f"{where} needs a table name and a primary-key")
    parameters = spec.parameters(operation)
    if kind != "per-date":
        misplaced = [field for field in _PER_DATE_ONLY if field in declared]
        required = [p for p in operation.get("parameters", []) if spec.resolved(p).get("required")]
        if misplaced or required:
            raise ValueError(f"{where}: a {kind} table is loaded by a call without arguments")
        answer = declared.get("answer-column")
        if (kind == "dates") != isinstance(answer, str) or (kind == "dates" and len(primary_key) != 1):
            raise ValueError(f"{where}: the dates table has a one-column primary-key and an answer-column")
        return LoadTable(name, function, cast("LoadKind", kind), primary_key, answer_column=answer)
    arguments = _pairs(declared.get("arguments"), f"{where} arguments")
    each = declared.get("per-changed-attribute")
    given = [parameter for parameter, _ in arguments] + ([each] if each is not None else [])
    unknown = sorted(set(given) - set(parameters))
    if unknown or not arguments or not isinstance(declared.get("parent"), str):
        raise ValueError(f"{where} needs a parent and arguments that are its parameters (not {unknown})")
    leading = _pairs(declared.get("columns", {}), f"{where} columns")
    fill = _pairs(declared.get("fill", {}), f"{where} fill")
    if not {parameter for _, parameter in leading + fill} <= set(given):
        raise ValueError(f"{where}: columns and fill take the value of a parameter given to the call")
    columns = tuple(
        LeadingColumn(column, parameter, _column_kind(parameters[parameter], f"{where} columns.{column}"))
        for column, parameter in leading
    )
    merge_key = _names(declared.get("merge-key", []), f"{where} merge-key")
    if not set(merge_key) <= {column.name for column in columns}:
        raise ValueError(f"{where} merge-key must name columns of its own (columns)")
    return LoadTable(
        name,
        function,
        "per-date",
        primary_key,
        parent=declared["parent"],
        arguments=arguments,
        per_changed_attribute=each,
        columns=columns,
        fill=fill,
        merge_key=merge_key,
    )


def _parents_first(tables: list[LoadTable], columns: Mapping[str, set[str]]) -> list[LoadTable]:
    """Reference tables, the dates table, then each per-date table after its parent; each per-date
    table's arguments checked against the columns its parent has."""
    dates = [table for table in tables if table.kind == "dates"]
    pending = [table for table in tables if table.kind == "per-date"]
    if len(dates) > 1 or (pending and not dates):
        raise ValueError(f"{EXTENSION}: per-date tables need one dates table (found {len(dates)})")
    ordered = [table for table in tables if table.kind == "reference"] + dates
    while pending:
        placed = {table.name for table in ordered if table.kind != "reference"}
        ready = [table for table in pending if table.parent in placed]
        if not ready:
            orphan = pending[0]
            raise ValueError(
                f"{orphan.function}: {EXTENSION} parent {orphan.parent} is no dates or per-date table"
            )
        for table in ready:
            missing = sorted({column for _, column in table.arguments} - columns[str(table.parent)])
            if missing:
                raise ValueError(
                    f"{table.function}: {EXTENSION} arguments take {missing}, not columns of {table.parent}"
                )
        ordered += ready
        pending = [table for table in pending if table not in ready]
    return ordered


def load_tables(spec: dict[str, Any]) -> list[LoadTable]:
    """The spec's loadable tables, checked, parents first; none where no operation declares one."""
    reader = _Spec(spec)
    tables: list[LoadTable] = []
    columns: dict[str, set[str]] = {}  # the columns of each table, for its children's arguments
    for _path, _method, operation in operations(spec):
        if EXTENSION not in operation:
            continue
        table = _table(reader, operation)
        if table.name in columns:
            raise ValueError(f"{table.function}: {EXTENSION} table {table.name} is declared twice")
        tables.append(table)
        own = {column.name for column in table.columns} | set(table.primary_key)
        answer = {table.answer_column} if table.answer_column else reader.answer_fields(operation)
        columns[table.name] = own | answer
    return _parents_first(tables, columns)
