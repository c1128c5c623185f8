"""Write optimove_generated/operations.py: one frozen record per operation (static/operation.py says what).

The runtime reads these records and nothing else about an operation: its route and request builder, its
parameters with Optimove's names and their schemas, its body, what its answer decodes into, how it pages,
whether it takes CustomerAttributes, whether it is outside the rate limit, and its list-size limit.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from generator.describe import (
    ATTRIBUTE_DELIMITER_PARAMETER,
    ATTRIBUTE_NAMES_PARAMETER,
    Argument,
    Operation,
)
from generator.rules import rule_source
from generator.spec_document import Spec, max_items_of, maximum_of


def constant(operation_id: str) -> str:
    """The record's name in operations.py: GetCustomersByAction -> GET_CUSTOMERS_BY_ACTION."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", operation_id).upper()


def _zone(argument: Argument) -> str:
    return "" if argument.time_zone is None else f", time_zone={argument.time_zone!r}"


def _rule(argument: Argument, spec: dict[str, Any]) -> str:
    rule = rule_source(Spec(spec), argument.schema)
    return "" if rule == "None" else f", rule={rule}"


def _parameter(argument: Argument, spec: dict[str, Any]) -> str:
    return (
        f"Parameter(name={argument.wire!r}, argument={argument.target!r}, keyword={argument.name!r}, "
        f"required={argument.required!r}, schema={argument.schema!r}, description={argument.description!r}"
        f"{_zone(argument)}{_rule(argument, spec)})"
    )


def _body_field(argument: Argument) -> str:
    return (
        f"BodyField(name={argument.wire!r}, attribute={argument.target!r}, keyword={argument.name!r}, "
        f"required={argument.required!r}, schema={argument.schema!r}, description={argument.description!r}"
        f"{_zone(argument)})"
    )


def _body(op: Operation) -> str:
    if op.body_model is not None:
        fields = "".join(f"{_body_field(f)}, " for f in op.body_fields)
        return (
            f"Body(kind='object', schema={op.body_schema!r}, model_name={op.body_model!r}, fields=({fields}))"
        )
    if op.body_items is not None:
        item = op.body_items.removeprefix("list[").removesuffix("]")
        return f"Body(kind='array', schema={op.body_schema!r}, model_name={item!r}, fields=())"
    return "None"


def _result(op: Operation) -> str:
    result = op.result
    if result.kind == "rows":
        return f"Result(kind='rows', row={op.operation_id}Row)"
    if result.model is None:
        return f"Result(kind={result.kind!r})"
    return (
        f"Result(kind={result.kind!r}, model_name={result.model!r}, value_field={result.value_field!r}, "
        f"fields={result.fields!r}, text_fields={result.text_fields!r}, schema={result.schema!r})"
    )


def _index(op: Operation, wire: str | None) -> int | None:
    for index, argument in enumerate(op.query):
        if argument.wire == wire:
            return index
    return None


def _paging(op: Operation, parameters: str, spec: dict[str, Any]) -> str:
    paging = op.paging
    if paging is None:
        return "None"
    offset = _index(op, paging["offset-parameter"])
    size = _index(op, paging.get("page-size-parameter"))
    if offset is None:
        raise ValueError(f"{op.operation_id}: the offset parameter {paging['offset-parameter']} is not taken")
    fixed = paging.get("fixed-page-size")
    if size is None and fixed is None:
        raise ValueError(f"{op.operation_id}: pages with neither a page-size parameter nor a fixed size")
    maximum = maximum_of(spec, op.query[size].schema) if size is not None else int(fixed or 0)
    if maximum is None:
        raise ValueError(f"{op.operation_id}: the page-size parameter has no maximum")
    page_size = "None" if size is None else f"{parameters}[{size}]"
    default = paging.get("default-page-size", fixed)
    return (
        f"Paging(offset={parameters}[{offset}], page_size={page_size}, "
        f"fixed_page_size={None if fixed is None else int(fixed)!r}, max_page_size={maximum}, "
        f"default_page_size={None if default is None else int(default)!r})"
    )


def _attributes(op: Operation, parameters: str) -> str:
    if not op.extensions.get("x-optimove-customer-attributes"):
        return "None"
    names = _index(op, ATTRIBUTE_NAMES_PARAMETER)
    delimiter = _index(op, ATTRIBUTE_DELIMITER_PARAMETER)
    if names is None:
        raise ValueError(
            f"{op.operation_id}: takes customer attributes but has no {ATTRIBUTE_NAMES_PARAMETER}"
        )
    delimiter_text = "None" if delimiter is None else f"{parameters}[{delimiter}]"
    return f"Attributes(names={parameters}[{names}], delimiter={delimiter_text})"


def _batch(op: Operation, spec: dict[str, Any]) -> str:
    """How .batched splits the body: an array body by x-optimove-max-list-items, an object body's list
    field (x-optimove-batch) by that field's maxItems."""
    declared = op.extensions.get("x-optimove-batch")
    if declared is None:
        limit = op.extensions.get("x-optimove-max-list-items")
        if limit is None or op.body_items is None:
            return "None"
        return f"Batch(limit={int(limit)!r}, field=None)"
    fields = {argument.wire: argument for argument in op.body_fields}
    name = declared.get("field")
    if name not in fields:
        raise ValueError(f"{op.operation_id}: x-optimove-batch names {name!r}, not a field of its body")
    limit = max_items_of(spec, fields[name].schema)
    if limit is None:
        raise ValueError(f"{op.operation_id}: the batched field {name} has no maxItems")
    unknown = [field for field in declared.get("not-repeatable", []) if field not in fields]
    if unknown:
        raise ValueError(
            f"{op.operation_id}: x-optimove-batch not-repeatable names {unknown}, not body fields"
        )
    repeated = tuple(declared.get("not-repeatable", []))
    return f"Batch(limit={limit!r}, field={name!r}, not_repeatable={repeated!r})"


def _record(op: Operation, spec: dict[str, Any]) -> str:
    name = constant(op.operation_id)
    parameters = f"_{name}_PARAMETERS"
    extensions = op.extensions
    one_of = tuple(tuple(group) for group in extensions.get("x-optimove-required-one-of", []))
    listed = "".join(f"{_parameter(argument, spec)}, " for argument in op.query)
    return (
        f"{parameters}: tuple[Parameter, ...] = ({listed})\n"
        f"{name} = Operation(\n"
        f"    operation_id={op.operation_id!r},\n"
        f"    category={op.category!r},\n"
        f"    name={op.name!r},\n"
        f"    summary={op.summary!r},\n"
        f"    method={op.method.upper()!r},\n"
        f"    path={op.path!r},\n"
        f"    builder={op.module!r},\n"
        f"    parameters={parameters},\n"
        f"    body={_body(op)},\n"
        f"    result={_result(op)},\n"
        f"    paging={_paging(op, parameters, spec)},\n"
        f"    attributes={_attributes(op, parameters)},\n"
        f"    rate_limit_exempt={bool(extensions.get('x-optimove-rate-limit-exempt'))!r},\n"
        f"    max_list_items={extensions.get('x-optimove-max-list-items')!r},\n"
        f"    required_one_of={one_of!r},\n"
        f"    batch={_batch(op, spec)},\n"
        + (f"    success_statuses={op.success_statuses!r},\n" if op.success_statuses != (200,) else "")
        + ("    sensitive_result=True,\n" if extensions.get("x-optimove-sensitive-result") else "")
        + ")\n"
    )


_PREAMBLE = '''"""Every operation of spec/optimove.yaml, as one frozen record each (see operation.py)."""

from __future__ import annotations

'''


def render(ops: list[Operation], spec: dict[str, Any]) -> str:
    rows = sorted(f"{op.operation_id}Row" for op in ops if op.result.kind == "rows")
    text = _PREAMBLE
    if rows:  # models are named, not imported: their modules load when a call needs one (operation.py)
        text += "from .rows import (" + "".join(f"{name}, " for name in rows) + ")\n"
    text += "from .operation import (\n"
    text += "    Attributes, Batch, Body, BodyField, Operation, Paging, Parameter, Result, Rule,\n"
    text += ")\n\n"
    for op in ops:
        text += "\n" + _record(op, spec) + "\n"
    text += "\n# Every operation, in the spec's order.\n"
    text += "OPERATIONS: tuple[Operation, ...] = (" + "".join(f"{constant(op.operation_id)}, " for op in ops)
    text += ")\n"
    return text


def write_table(package: Path, ops: list[Operation], spec: dict[str, Any]) -> None:
    (package / "operations.py").write_text(render(ops, spec), encoding="utf-8")
