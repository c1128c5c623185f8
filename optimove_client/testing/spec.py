"""The spec as the mock reads it: operations indexed by path, parameters and schemas resolved.

The spec ships inside the generated package as openapi.json, so the mock works from an installed wheel.
It is read through the client's one reader (_spec_document.SpecReader); what the spec's x-optimove-*
extensions say of a function (paging, customer attributes, the rate limit, list sizes, required groups)
comes from the function's record in the generated operations table, as the client reads it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from optimove_generated import operations
from optimove_generated.operation import Operation as Record
from optimove_generated.operation import Paging

from optimove_client._request.spec_document import SpecReader, spec_document

CURRENT_PREFIX = "current"
_RECORDS: Mapping[str, Record] = {record.operation_id: record for record in operations.OPERATIONS}

JsonObject = dict[str, Any]


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    # JSON pointer of the parameter's schema inside the spec, so validators resolve its $refs.
    schema_pointer: str
    schema: JsonObject = field(repr=False)


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body_pointer: str | None
    body_schema: JsonObject | None = field(repr=False)
    # Pointer and schema of the JSON body of the 200 answer; None when the answer has no content.
    success_pointer: str | None
    success_schema: JsonObject | None = field(repr=False)
    raw: JsonObject = field(repr=False)
    # The function's record in the generated operations table (None for one the table does not have).
    record: Record | None = field(default=None, repr=False)

    @property
    def key(self) -> str:
        return route_key(self.path)

    @property
    def paging(self) -> Paging | None:
        return None if self.record is None else self.record.paging

    @property
    def takes_customer_attributes(self) -> bool:
        return self.record is not None and self.record.attributes is not None

    @property
    def rate_limit_exempt(self) -> bool:
        return self.record is not None and self.record.rate_limit_exempt

    @property
    def max_list_items(self) -> int | None:
        return None if self.record is None else self.record.max_list_items

    @property
    def required_one_of(self) -> list[list[str]]:
        groups = () if self.record is None else self.record.required_one_of
        return [list(group) for group in groups]

    @property
    def acknowledges(self) -> bool:
        """The 200 answer is the shared Acknowledged one: nothing to return, so an empty body."""
        ref = self.raw["responses"].get("200", {}).get("$ref", "")
        return isinstance(ref, str) and ref.endswith("/Acknowledged")

    @property
    def needs_auth(self) -> bool:
        return self.raw.get("security") != []

    def parameter(self, name: str) -> Parameter | None:
        lowered = name.lower()
        return next((p for p in self.parameters if p.name.lower() == lowered), None)


def route_key(path: str) -> str:
    """The case-insensitive key of a path: `/current/customers/X` and `/Customers/X` give the same key."""
    parts = [part for part in path.lower().split("/") if part]
    if len(parts) == 3 and parts[0] == CURRENT_PREFIX:  # /current/<category>/<function>
        parts = parts[1:]
    return "/".join(parts)


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


class Spec:
    """The loaded spec: the document itself and its operations, found by route key and method."""

    def __init__(self, document: JsonObject) -> None:
        self.document = document
        self.reader = SpecReader(document)
        self.operations: list[Operation] = list(self._read_operations())
        self._by_route: dict[str, dict[str, Operation]] = {}
        for operation in self.operations:
            self._by_route.setdefault(operation.key, {})[operation.method] = operation
        self.by_id: Mapping[str, Operation] = {op.operation_id: op for op in self.operations}

    def resolve(self, node: Any) -> tuple[Any, str | None]:
        """Follow $ref chains: the target and its pointer (`/...`; None if node was not a reference)."""
        resolved, pointer = self.reader.resolve(node)
        return resolved, None if pointer is None else pointer.removeprefix("#")

    def methods_at(self, path: str) -> Mapping[str, Operation]:
        return self._by_route.get(route_key(path), {})

    def _read_operations(self) -> Iterator[Operation]:
        for path, method, raw in self.reader.operations():
            yield self._read_operation(path, method, raw)

    def _read_operation(self, path: str, method: str, raw: JsonObject) -> Operation:
        base = f"/paths/{_escape(path)}/{method}"
        parameters = []
        for index, entry in enumerate(raw.get("parameters", [])):
            resolved, pointer = self.resolve(entry)
            pointer = pointer or f"{base}/parameters/{index}"
            parameters.append(
                Parameter(
                    name=resolved["name"],
                    location=resolved["in"],
                    required=bool(resolved.get("required")),
                    schema_pointer=f"{pointer}/schema",
                    schema=resolved["schema"],
                )
            )
        body_pointer = body_schema = None
        if "requestBody" in raw:
            body, pointer = self.resolve(raw["requestBody"])
            if "application/json" in body.get("content", {}):
                body_pointer = f"{pointer or base + '/requestBody'}/content/application~1json/schema"
                body_schema = body["content"]["application/json"]["schema"]
        success_pointer = success_schema = None
        response, pointer = self.resolve(raw["responses"].get("200", {}))
        if "application/json" in response.get("content", {}):
            success_pointer = f"{pointer or base + '/responses/200'}/content/application~1json/schema"
            success_schema = response["content"]["application/json"]["schema"]
        return Operation(
            operation_id=raw["operationId"],
            method=method.upper(),
            path=path,
            parameters=tuple(parameters),
            body_pointer=body_pointer,
            body_schema=body_schema,
            success_pointer=success_pointer,
            success_schema=success_schema,
            raw=raw,
            record=_RECORDS.get(raw["operationId"]),
        )


@functools.cache
def load_spec() -> Spec:
    """The spec shipped with the package, loaded once per process (it is read-only)."""
    return Spec(spec_document())
