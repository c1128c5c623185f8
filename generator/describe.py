"""What the generator knows about each operation, from the spec and from openapi-python-client's model of it.

openapi-python-client gives each operation a request builder. The facade (facade.py) and the operations
table (table.py) are both written from the descriptions made here, so they can never disagree with each
other or with the builders they call: Python names, annotations and modules come from what the tool
parsed when it wrote the builders and models (upstream.Parsed), everything else from the spec.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from typing import Any

from generator.spec_document import Spec, pointer
from generator.upstream import Parsed
from generator.view import operations

# The facade takes CustomerAttributes as a list of names and its delimiter under a friendlier keyword.
ATTRIBUTE_NAMES_KEYWORD = "attributes"
ATTRIBUTE_DELIMITER_KEYWORD = "attribute_delimiter"
ATTRIBUTE_NAMES_PARAMETER = "CustomerAttributes"
ATTRIBUTE_DELIMITER_PARAMETER = "CustomerAttributesDelimiter"


def snake(name: str) -> str:
    """Plain snake_case for a wire name: RecipientGroupID -> recipient_group_id, IncludeTemplateIDs ->
    include_template_ids, ListenerURL -> listener_url, $top -> top."""
    name = re.sub(r"IDs(?![a-z])", "Ids", name.lstrip("$"))
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name)
    return name.lower()


def category_of(tag: str) -> str:
    """The client's attribute for a tag: "External system integration" -> external_system_integration."""
    return snake(re.sub(r"\W+", " ", tag).title().replace(" ", ""))


@dataclass
class Argument:
    """One keyword argument of a facade method."""

    name: str  # facade keyword
    annotation: str  # without Unset
    required: bool
    description: str
    target: str  # name of the request builder's argument, or of the body model's attribute
    wire: str = ""  # Optimove's name
    schema: str = ""  # JSON pointer of the schema in the spec
    time_zone: str | None = None  # x-optimove-time-zone of a DateTime


@dataclass
class ResultDescription:
    annotation: str  # what the facade's __call__ returns
    kind: str  # see ResultKind in static/operation.py
    model: str | None = None
    value_field: str | None = None
    fields: tuple[str, ...] = ()  # every JSON key of the model and of the models inside it
    text_fields: tuple[str, ...] = ()  # those whose schema is a string
    schema: str | None = None


@dataclass
class Operation:
    operation_id: str
    category: str
    method: str
    path: str
    summary: str
    module: str  # of the request builder, inside the package: api.customers.get_customers_by_action
    query: list[Argument]
    result: ResultDescription
    body_model: str | None = None  # an object body, flattened into body_fields
    body_fields: list[Argument] = field(default_factory=list)
    body_items: str | None = None  # annotation of an array body, passed as `items`
    body_schema: str | None = None
    extensions: dict[str, Any] = field(default_factory=dict)
    # The 2xx answers the spec documents (200, and 202 or 206 where a function has them): any other
    # status is an error, never a success without data.
    success_statuses: tuple[int, ...] = (200,)

    @property
    def name(self) -> str:
        return snake(self.operation_id)

    @property
    def paging(self) -> dict[str, Any] | None:
        paging: dict[str, Any] | None = self.extensions.get("x-optimove-paging")
        return paging

    def paging_arguments(self) -> set[str]:
        """The generated arguments that a pull drives itself ($top and $skip)."""
        paging = self.paging or {}
        wire = {paging.get("page-size-parameter"), paging.get("offset-parameter")}
        return {argument.target for argument in self.query if argument.wire in wire}


def _parameters(spec: Spec, base: str, operation: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    """name -> (location of the resolved parameter object, the object)."""
    found = {}
    for index in range(len(operation.get("parameters", []))):
        location, node = spec.follow(f"{base}/parameters/{index}")
        found[node["name"]] = (location, node)
    return found


def _body_location(spec: Spec, base: str, operation: dict[str, Any]) -> str | None:
    if "requestBody" not in operation:
        return None
    location, body = spec.follow(f"{base}/requestBody")
    if "application/json" not in body.get("content", {}):
        return None
    return f"{location}/content/application~1json/schema"


def _keys(spec: Spec, location: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Every property name of the schema at location and of the objects inside it (in order, once), and
    those of them whose schema is a plain string."""
    keys: dict[str, None] = {}
    text: dict[str, None] = {}
    pending = [location]
    seen: set[str] = set()
    while pending:
        where, node = spec.follow(pending.pop(0))
        if where in seen:
            continue
        seen.add(where)
        if node.get("type") == "array" and "items" in node:
            pending.append(f"{where}/items")
        for name in node.get("properties", {}):
            keys[name] = None
            inner = f"{where}/properties/{pointer(name).removeprefix('#/')}"
            property_schema = spec.follow(inner)[1]
            if property_schema.get("type") == "string" and "format" not in property_schema:
                text[name] = None
            pending.append(inner)
    return tuple(keys), tuple(text)


def _body_properties(spec: Spec, schema_location: str | None) -> dict[str, str]:
    """wire name -> location of its schema, of the fields of an object body."""
    if schema_location is None:
        return {}
    location, schema = spec.follow(schema_location)
    return {
        name: f"{location}/properties/{pointer(name).removeprefix('#/')}"
        for name in schema.get("properties", {})
    }


def _add_body(op: Operation, annotation: str, parsed: Parsed, spec: Spec) -> None:
    """An array body becomes `items`; an object body's fields become keyword arguments."""
    if annotation.startswith("list["):
        op.body_items = annotation
        return
    op.body_model = annotation
    properties = _body_properties(spec, op.body_schema)
    for field_ in parsed.fields(annotation):
        # openapi-python-client renames some attributes (Type -> type_); the argument keeps the wire name.
        wire_name, location = field_.wire, properties[field_.wire]
        name = snake(wire_name) + ("_" if keyword.iskeyword(snake(wire_name)) else "")
        description = spec.description(location)
        zone = spec.at(location).get("x-optimove-time-zone")
        op.body_fields.append(
            Argument(
                name, field_.annotation, field_.required, description, field_.name, wire_name, location, zone
            )
        )


def _result(
    spec: Spec, base: str, method: str, *, returned: str, parsed: Parsed, operation: dict[str, Any]
) -> ResultDescription:
    """What the answer decodes into, from the type the tool gives the 200 answer and the 200 response."""
    success = operation["responses"].get("200", {})
    if returned == "Any":
        if success.get("$ref", "").endswith("/Acknowledged"):
            return ResultDescription("None", "none")
        return ResultDescription("Any", "any")
    if returned == "str":
        return ResultDescription("str", "string")
    response_location, _ = spec.follow(f"{base}/responses/200")
    schema_location = f"{response_location}/content/application~1json/schema"
    listed = returned.startswith("list[")
    model = returned.removeprefix("list[").removesuffix("]") if listed else returned
    item_location = spec.follow(f"{schema_location}/items" if listed else schema_location)[0]
    keys, text = _keys(spec, item_location)
    if listed:
        return ResultDescription(returned, "list", model, None, keys, text, item_location)
    fields = parsed.fields(model)
    if method == "get" and len(fields) == 1 and fields[0].required:
        # A lookup of one value (GetLastDataUpdate, GetActionID, ...) answers the value itself.
        annotation = f"{fields[0].annotation} | None"
        return ResultDescription(annotation, "value", model, fields[0].name, keys, text, item_location)
    return ResultDescription(f"{returned} | None", "object", model, None, keys, text, item_location)


def _success_statuses(operation: dict[str, Any]) -> tuple[int, ...]:
    """The 2xx statuses an operation documents; 200 must be one of them."""
    statuses = tuple(sorted(int(code) for code in operation["responses"] if str(code).startswith("2")))
    if 200 not in statuses:
        raise ValueError(f"{operation['operationId']}: no 200 response")
    return statuses


def read_operations(parsed: Parsed, document: dict[str, Any]) -> list[Operation]:
    """Every operation of the spec, described from the request builder the tool wrote for it."""
    spec = Spec(document)
    found = []
    for path, method, spec_operation in operations(document):
        builder = parsed.builders[(method, path)]
        base = pointer("paths", path, method)
        extensions = {k: v for k, v in spec_operation.items() if k.startswith("x-optimove-")}
        described = _parameters(spec, base, spec_operation)
        op = Operation(
            operation_id=spec_operation["operationId"],
            category=category_of(spec_operation["tags"][0]),
            method=method,
            path=path,
            summary=spec_operation.get("summary", ""),
            module=builder.module,
            query=[],
            result=_result(
                spec, base, method, returned=builder.returns, parsed=parsed, operation=spec_operation
            ),
            body_schema=_body_location(spec, base, spec_operation),
            extensions=extensions,
            success_statuses=_success_statuses(spec_operation),
        )
        takes_attributes = bool(extensions.get("x-optimove-customer-attributes"))
        for argument in builder.arguments:
            annotation, required = argument.annotation, argument.required
            if argument.name == "body":
                _add_body(op, annotation, parsed, spec)
                continue
            location, node = described[argument.wire]
            name, description = snake(node["name"]), spec.description(location)
            if takes_attributes and node["name"] == ATTRIBUTE_NAMES_PARAMETER:
                name, annotation = ATTRIBUTE_NAMES_KEYWORD, "Sequence[str]"
                description = "Customer attribute names (1 to 10) whose current values come back per row."
            elif node["name"] == ATTRIBUTE_DELIMITER_PARAMETER:
                name, annotation = ATTRIBUTE_DELIMITER_KEYWORD, "AttributeDelimiter | str"
            op.query.append(
                Argument(
                    name, annotation, required, description, argument.name, node["name"], f"{location}/schema"
                )
            )
        if op.paging is not None:
            # Paging operations answer with typed rows (optimove_generated.rows) in every form; a plain call
            # gives one page, which says whether there may be more.
            op.result = ResultDescription(f"PageList[{op.operation_id}Row]", "rows")
        names = [a.name for a in op.query + op.body_fields]
        if len(names) != len(set(names)):
            raise ValueError(f"{op.operation_id}: two arguments share a name: {names}")
        found.append(op)
    return found
