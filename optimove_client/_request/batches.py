"""Split the list of a .batched(...) call into the calls the function takes (operation.batch).

An array body is split by the function's list-size limit; an object body's list field (x-optimove-batch)
by its maxItems, every call carrying the body's other fields. Fields that each call would repeat and
that must not be repeated (an idempotency key: the second call would be answered 409) are refused.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from optimove_generated.operation import Operation
from optimove_generated.types import Unset

from optimove_client._request.validation import body_problem, shared_validator
from optimove_client.errors import ValidationError


@dataclasses.dataclass(frozen=True)
class BatchPlan:
    """The arguments of each call of a batch, and the items each one carries."""

    chunks: tuple[dict[str, Any], ...]
    ranges: tuple[range, ...]
    total: int

    @classmethod
    def of(cls, operation: Operation, arguments: dict[str, Any]) -> BatchPlan:
        batch = operation.batch
        if batch is None or operation.body is None:
            raise TypeError(f"{operation.operation_id} does not batch")
        body: Any = arguments["body"]
        if batch.field is None:
            items = _listed(operation, "items", body)
            chunks = [{**arguments, "body": part} for part in _parts(items, batch.limit)]
        else:
            attributes = {field.name: field for field in operation.body.fields}
            for name in batch.not_repeatable:
                given = getattr(body, attributes[name].attribute, None)
                if given is not None and not isinstance(given, Unset):
                    raise ValidationError(
                        operation.operation_id,
                        name,
                        "cannot be sent by .batched: every call of a batch would repeat it; send each call "
                        "on its own to use it",
                    )
            import attrs  # noqa: PLC0415 (loaded with the body's model, which is an attrs class)

            field = attributes[batch.field]
            items = _listed(operation, field.keyword, getattr(body, field.attribute))
            chunks = [
                {**arguments, "body": attrs.evolve(body, **{field.attribute: part})}
                for part in _parts(items, batch.limit)
            ]
        ranges = tuple(
            range(start, min(start + batch.limit, len(items))) for start in range(0, len(items), batch.limit)
        )
        return cls(tuple(chunks), ranges, len(items))


def _listed(operation: Operation, keyword: str, items: object) -> list[Any]:
    if isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
        raise ValidationError(
            operation.operation_id, keyword, f"must be a sequence of items, not {type(items).__name__}"
        )
    return list(items)


def _parts(items: list[Any], limit: int) -> list[list[Any]]:
    return [items[start : start + limit] for start in range(0, len(items), limit)]


def first_problem_by_parts(operation: Operation, body: Any) -> tuple[str, str] | None:
    """Where the JSON body of a batch first breaks a rule, and the rule, checked call by call as it will be
    sent: the list in parts of the per-call limit (an item named by its place in the whole list), the other
    fields with each part. An empty list is no call at all, so nothing to refuse."""
    batch, described = operation.batch, operation.body
    if batch is None or described is None:
        return None
    listed = body if batch.field is None else body.get(batch.field) if isinstance(body, dict) else None
    if not isinstance(listed, list):
        error = shared_validator().first_error(described.schema, body)  # not a list: say what it is
        return body_problem(error) if error is not None else None
    at: list[str | int] = [] if batch.field is None else [batch.field]  # where the list is in the body
    for start in range(0, max(len(listed), 1), batch.limit):
        part = listed[start : start + batch.limit]
        error = shared_validator().first_error(
            described.schema, part if batch.field is None else {**body, batch.field: part}
        )
        if error is None:
            continue
        path: list[str | int] = list(error.absolute_path)
        if not listed and path == at and error.validator == "minItems":
            return None
        index = path[len(at)] if path[: len(at)] == at and len(path) > len(at) else None
        if isinstance(index, int):
            path[len(at)] = index + start  # the item's place in the whole list
        return body_problem(error, path)
    return None
