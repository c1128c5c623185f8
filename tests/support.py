"""Helpers shared by the tests: the spec, the shared samples, JSON Schema validation against the spec."""

from __future__ import annotations

import collections.abc
import datetime
import enum
import functools
import importlib
import json
import os
import pkgutil
import re
import types
import typing
import weakref
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import optimove_generated.api
import pytest
import yaml
from jsonschema import Draft202012Validator

from optimove_client._request.spec_document import SPEC_URI, SpecReader

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "optimove.yaml"


@functools.cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


@functools.cache
def reader() -> SpecReader:
    """The client's one spec reader, over spec/optimove.yaml itself (not the generated copy)."""
    return SpecReader(spec())


def operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (path, method, operation)."""
    return {
        operation["operationId"]: (path, method, operation)
        for path, method, operation in reader().operations()
    }


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """The node with its $refs followed."""
    resolved: dict[str, Any] = reader().resolve(node)[0]
    return resolved


def parameters(operation: dict[str, Any]) -> list[dict[str, Any]]:
    return [resolve(p) for p in operation.get("parameters", [])]


def validator(schema: dict[str, Any]) -> Draft202012Validator:
    """A validator for a schema taken from the spec; its local $refs resolve inside the spec."""
    return Draft202012Validator(
        _rebase(schema), registry=reader().registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def _rebase(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: (SPEC_URI + v if k == "$ref" and isinstance(v, str) and v.startswith("#") else _rebase(v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rebase(v) for v in node]
    return node


def component(name: str) -> Draft202012Validator:
    return validator({"$ref": f"#/components/schemas/{name}"})


def samples_dir() -> Path:
    """../shared/optimove-api/samples beside the clone. Missing: skipped locally, an error in CI."""
    found = Path(os.environ.get("OPTIMOVE_SAMPLES", ROOT.parent / "shared" / "optimove-api" / "samples"))
    if not found.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"the shared samples are missing at {found}")
        pytest.skip(f"the shared samples are not at {found} (set OPTIMOVE_SAMPLES)")
    return found


def sample_examples() -> Iterator[tuple[str, int, dict[str, Any]]]:
    """(function, example index, example) for every example of every sample file, for parametrize."""
    folder = Path(os.environ.get("OPTIMOVE_SAMPLES", ROOT.parent / "shared" / "optimove-api" / "samples"))
    if not folder.is_dir():
        yield "missing", 0, {}
        return
    for file in sorted(folder.glob("*.json")):
        document = json.loads(file.read_text(encoding="utf-8"))
        for index, example in enumerate(document["examples"]):
            yield document["function"], index, example


@functools.cache
def operation_modules() -> dict[str, ModuleType]:
    """operationId -> generated module, found by the URL each generated module requests."""
    by_route = {(method, path): op_id for op_id, (path, method, _) in operations().items()}
    found = {}
    for info in pkgutil.walk_packages(optimove_generated.api.__path__, "optimove_generated.api."):
        module = importlib.import_module(info.name)
        source = Path(module.__file__ or "").read_text(encoding="utf-8")
        route = re.search(r'"method": "(\w+)",\s*"url": "([^"]+)"', source)
        if route:
            found[by_route[(route.group(1), route.group(2))]] = module
    return found


@functools.cache
def _generator_view() -> dict[str, Any]:
    from generator.view import generator_view  # noqa: PLC0415

    return generator_view(spec())


def parsed_by_models(function: str, status: int, body: bytes) -> Any:
    """A successful answer read with the generated models, as the generator's view of the spec types it: a
    model, a list of models, the JSON value where the schema is no model, None where it has no content."""
    from optimove_generated import models  # noqa: PLC0415

    path, method, _ = operations()[function]
    response = _generator_view()["paths"][path][method]["responses"][str(status)]
    schema = response.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return None
    data = json.loads(body)
    listed = resolve(schema).get("type") == "array"
    name = (schema["items"] if listed else schema).get("$ref", "").rsplit("/", 1)[-1]
    model = getattr(models, name) if name in models.__all__ else None
    if model is None or not hasattr(model, "from_dict"):
        return data
    return [model.from_dict(item) for item in data] if listed else model.from_dict(data)


def typed_value(annotation: Any, value: Any) -> Any:
    """A JSON value of the spec as the Python argument of this annotation (date, enum, model, lists)."""
    is_union = isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union
    options = [a for a in typing.get_args(annotation) if a is not type(None)] if is_union else [annotation]
    for option in options:
        if typing.get_origin(option) in (list, collections.abc.Sequence):
            (item,) = typing.get_args(option)
            return [typed_value(item, element) for element in value]
        if option is datetime.date:
            return datetime.date.fromisoformat(value)
        if option is datetime.datetime:
            return datetime.datetime.fromisoformat(value)
        if isinstance(option, type) and issubclass(option, enum.Enum):
            return option(value)
        if hasattr(option, "from_dict"):
            return option.from_dict(value)
    return value


def normalised(name: str) -> str:
    """Parameter names compared the way Optimove does (case-insensitive), ignoring Python's underscores."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


class LivePages:
    """The large pages (rows decoded slice by slice, _rows.LazyRows) made so far that are still in memory.

    A pull holds one page at a time: each must be gone by the time the next is asked for.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from optimove_client._response import rows as _rows  # noqa: PLC0415 - only the tests that count pages need it

        self._made: list[weakref.ref[Any]] = []
        monkeypatch.setattr(_rows, "LAZY_BODY_BYTES", 0)  # every page is a large one
        monkeypatch.setattr(_rows, "SLICE_ROWS", 40)
        init = _rows.LazyRows.__init__

        def counted(rows: Any, *args: Any, **kwargs: Any) -> None:
            init(rows, *args, **kwargs)
            self._made.append(weakref.ref(rows))

        monkeypatch.setattr(_rows.LazyRows, "__init__", counted)

    @property
    def made(self) -> int:
        return len(self._made)

    def alive(self) -> int:
        return sum(made() is not None for made in self._made)


def readme_example(section: str) -> str:
    """The first ```py block of the README's section `## {section}`: an example shown as a file holds it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    part = readme[readme.index(f"## {section}\n") :]
    return part[part.index("```py\n") + len("```py\n") : part.index("```\n\n")]
