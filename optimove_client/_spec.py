"""The spec at run time: what the client needs to know about each operation, read from the generated package.

The facade passes an operationId; everything else about the operation (its generated module, how it
pages, whether it takes CustomerAttributes, its rate-limit exemption, the schemas its arguments must
satisfy and the model its result parses into) comes from the spec shipped as optimove_generated/openapi.json.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import json
import re
from importlib.resources import files
from types import ModuleType
from typing import Any

_METHODS = ("get", "put", "post", "delete", "patch")


@dataclasses.dataclass(frozen=True)
class ResultShape:
    """What a successful body parses into."""

    kind: str  # "list" (of model), "object" (a model), "string", "none" (acknowledgement), "any"
    model: str | None = None  # the generated model class name, for list and object
    keys: tuple[str, ...] = ()  # the model's JSON keys, for case-insensitive matching
    unwrap: bool = False  # a GET lookup of one value: the facade answers the value, not the model


@dataclasses.dataclass(frozen=True)
class OperationInfo:
    operation_id: str
    method: str
    path: str
    module_name: str
    query_schemas: dict[str, dict[str, Any]]  # wire name -> schema (as in the spec, with $refs)
    required_query: frozenset[str]
    body_schema: dict[str, Any] | None
    result: ResultShape
    paging: dict[str, Any] | None
    takes_attributes: bool
    rate_limit_exempt: bool
    required_one_of: tuple[tuple[str, ...], ...]

    @functools.cached_property
    def module(self) -> ModuleType:
        return importlib.import_module(self.module_name)


def _snake(name: str) -> str:
    # openapi-python-client's module and package names: snake_case of the tag and the operationId.
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name)
    return re.sub(r"[^a-z0-9_]+", "_", name.lower()).strip("_")


class SpecIndex:
    """The operations of the spec by operationId."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self._operations: dict[str, OperationInfo] = {}
        for path, item in document["paths"].items():
            for method in _METHODS:
                if method in item:
                    info = self._describe(path, method, item[method])
                    self._operations[info.operation_id] = info

    def operation(self, operation_id: str) -> OperationInfo:
        return self._operations[operation_id]

    def operations(self) -> list[OperationInfo]:
        return list(self._operations.values())

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def _describe(self, path: str, method: str, operation: dict[str, Any]) -> OperationInfo:
        operation_id = operation["operationId"]
        query: dict[str, dict[str, Any]] = {}
        required: set[str] = set()
        for parameter in map(self.resolve, operation.get("parameters", [])):
            query[parameter["name"]] = parameter["schema"]
            if parameter.get("required"):
                required.add(parameter["name"])
        body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        module = f"optimove_generated.api.{_snake(operation['tags'][0])}.{_snake(operation_id)}"
        return OperationInfo(
            operation_id=operation_id,
            method=method,
            path=path,
            module_name=module,
            query_schemas=query,
            required_query=frozenset(required),
            body_schema=body,
            result=self._result(operation, method),
            paging=operation.get("x-optimove-paging"),
            takes_attributes=bool(operation.get("x-optimove-customer-attributes")),
            rate_limit_exempt=bool(operation.get("x-optimove-rate-limit-exempt")),
            required_one_of=tuple(tuple(group) for group in operation.get("x-optimove-required-one-of", [])),
        )

    def _result(self, operation: dict[str, Any], method: str) -> ResultShape:
        success: dict[str, Any] = next(
            (response for code, response in operation["responses"].items() if code.startswith("2")), {}
        )
        if success.get("$ref", "").endswith("/Acknowledged"):
            return ResultShape("none")
        schema = self.resolve(success).get("content", {}).get("application/json", {}).get("schema")
        if schema is None:
            return ResultShape("none")
        kind = "list" if schema.get("type") == "array" else "object"
        target = schema.get("items", {}) if kind == "list" else schema
        reference = target.get("$ref", "")
        resolved = self.resolve(target)
        if resolved.get("type") == "string":
            return ResultShape("string")
        if not reference or "properties" not in resolved:
            return ResultShape("any")
        keys = tuple(resolved["properties"])
        unwrap = (
            method == "get"
            and kind == "object"
            and len(keys) == 1
            and keys[0] in resolved.get("required", [])
        )
        return ResultShape(kind, reference.rsplit("/", 1)[-1], keys, unwrap)


@functools.cache
def spec_index() -> SpecIndex:
    """The spec shipped with the generated package, loaded once per process (JSON: a few milliseconds)."""
    text = files("optimove_generated").joinpath("openapi.json").read_text(encoding="utf-8")
    return SpecIndex(json.loads(text))
