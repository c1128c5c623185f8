"""openapi-python-client, run in this process: it parses the view of the spec once, writes the request
builders and the attrs models from its templates and ours (generator/templates/), and what it parsed is
returned, so that the rest of the generator learns Python names and types from the tool's own model of
the spec instead of reading the written code back.
"""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import ModelProperty, Property
from openapi_python_client.strings import PythonIdentifier

# Files the tool always writes that nothing uses: its Client (optimove_client has its own) and the error
# that Client raises. The templates no longer refer to them.
UNUSED = ("client.py", "errors.py")


class UpstreamError(RuntimeError):
    """openapi-python-client reported an error or a warning (some piece would be missing)."""


@dataclass(frozen=True)
class Typed:
    """An argument of a request builder or a field of a model: its Python name and annotation."""

    name: str
    wire: str  # the name in the spec: a parameter's or a property's; "body" for a request body
    annotation: str  # without `| Unset`
    required: bool


@dataclass(frozen=True)
class Builder:
    """The request builder of one operation (api/<tag>/<module>.py, function build_request)."""

    module: str  # inside the package: api.customers.get_customers_by_action
    arguments: tuple[Typed, ...]  # keyword-only, in the builder's order; `body` for the request body
    returns: str  # the type the tool gives a successful answer: "Any", "str", "Model", "list[Model]"


@dataclass(frozen=True)
class Parsed:
    """What the tool parsed: each operation's builder by (method, path), each model's fields by class."""

    builders: dict[tuple[str, str], Builder]
    models: dict[str, tuple[Typed, ...]]

    def fields(self, class_name: str) -> tuple[Typed, ...]:
        return self.models[class_name]


def _typed(prop: Property) -> Typed:
    annotation = prop.get_type_string(no_optional=True).as_unembedded_code()
    return Typed(str(prop.python_name), prop.name.get_untrusted_value(), annotation, prop.required)


def _builder(module: str, endpoint: Endpoint) -> Builder:
    if endpoint.path_parameters or len(endpoint.bodies) > 1:
        raise UpstreamError(f"{endpoint.name}: path parameters and several bodies are not supported")
    # The order of upstream's `arguments` macro: the body, then query, header and cookie parameters.
    parameters = endpoint.query_parameters + endpoint.header_parameters + endpoint.cookie_parameters
    arguments = [
        *(Typed("body", "body", _typed(b.prop).annotation, b.prop.required) for b in endpoint.bodies),
        *(_typed(p) for p in parameters),
    ]
    return Builder(module, tuple(arguments), endpoint.response_type().as_unembedded_code())


def _declared(model: ModelProperty) -> tuple[Typed, ...]:
    """The fields of a model in the order its class declares them: those without a default first."""
    properties = (model.required_properties or []) + (model.optional_properties or [])
    plain = [p for p in properties if p.default is None and p.required]
    defaulted = [p for p in properties if p.default is not None or not p.required]
    return tuple(_typed(p) for p in plain + defaulted)


def _config(config_file: Path, package: Path) -> Config:
    loaded = ConfigFile.load_from_path(path=config_file)
    return Config.from_sources(loaded, MetaType.NONE, package, "utf-8", overwrite=False, output_path=package)


def _failure(errors: list[GeneratorError]) -> UpstreamError:
    return UpstreamError("\n".join(f"{error.header}\n{error.detail or ''}" for error in errors))


def generate(view: dict[str, Any], package: Path, *, config_file: Path, templates: Path) -> Parsed:
    """Write the package into `package` (which must not exist) and return what was parsed."""
    config = _config(config_file, package)
    data = GeneratorData.from_dict(view, config=config)
    if isinstance(data, GeneratorError):
        raise _failure([data])
    project = Project(openapi=data, config=config, custom_template_path=templates)
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <path>"
        errors = list(project.build())
    if errors:  # warnings too: each is a piece left out
        raise _failure(errors)
    for unused in UNUSED:
        (package / unused).unlink(missing_ok=True)
    builders = {}
    for tag, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            module = f"api.{tag}.{PythonIdentifier(endpoint.name, config.field_prefix)}"
            builders[(endpoint.method, endpoint.path.get_untrusted_value())] = _builder(module, endpoint)
    models = {str(model.class_info.name): _declared(model) for model in data.models}
    return Parsed(builders, models)
