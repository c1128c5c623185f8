"""--param Name=Value, --attributes, --delimiter and --body -> the keyword arguments of the client's function.

Names are Optimove's (RecipientGroupID, $top, UserName), matched case-insensitively and ignoring `_`,
`$` and `-`, so the client's own keyword names work too. Each text is converted by the type the spec
gives the parameter (integer, date, boolean, enum by number or name, string; JSON for body fields that are
lists or objects), and a body is checked against the spec's schema before it becomes the generated model:
every mistake is reported before anything is sent. The client validates the wire form once more before
the call. A query parameter's type and format come from its generated Rule where it has one without a list
of values; the spec document is read for the others, so a call of plain query parameters never loads it.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from optimove_generated.operation import Rule
from optimove_generated.types import Unset

from optimove_client._request.batches import first_problem_by_parts
from optimove_client._request.spec_document import schema_at
from optimove_client._request.validation import batch_hint, body_problem, shared_validator
from optimove_client.cli import enums
from optimove_client.cli.catalog import Function
from optimove_client.cli.problems import CliError

_TRUE, _FALSE = frozenset({"true", "1", "yes"}), frozenset({"false", "0", "no"})
# The facade's keyword for the items of an array body, and its name on the command line.
_ARRAY_BODY = "items"
_NAMES_KEYWORD = "attributes"
_DELIMITER_KEYWORD = "attribute_delimiter"


def normal(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@dataclasses.dataclass(frozen=True)
class Parameter:
    name: str  # Optimove's name
    keyword: str  # the client's keyword argument
    pointer: str  # of its schema in the spec
    required: bool
    in_body: bool
    rule: Rule | None = None  # a query parameter's schema as the generator wrote it

    @property
    def schema(self) -> dict[str, Any]:
        """The schema, resolved (the spec document is read when first needed)."""
        return schema_at(self.pointer)

    def describe(self) -> str:
        kind = self.schema.get("format") or self.schema.get("type") or "JSON"
        return f"{self.name} ({kind}{', required' if self.required else ''})"


class Signature:
    """The parameters of one function and how to turn command-line texts into its keyword arguments."""

    def __init__(self, function: Function) -> None:
        self.function = function
        operation = function.operation
        self.parameters: dict[str, Parameter] = {}
        for query in operation.parameters:
            self._add(Parameter(query.name, query.keyword, query.schema, query.required, False, query.rule))
        paging = operation.paging
        # The paging parameters the CLI drives itself in --all-pages.
        self.paging_names = (
            frozenset()
            if paging is None
            else frozenset(normal(p.name) for p in (paging.offset, paging.page_size) if p is not None)
        )
        self.body_kind = "none" if operation.body is None else operation.body.kind
        if operation.body is not None and operation.body.kind == "array":
            items = Parameter(_ARRAY_BODY.capitalize(), _ARRAY_BODY, operation.body.schema, True, True)
            self._add(items)
        elif operation.body is not None:
            for field in operation.body.fields:
                self._add(Parameter(field.name, field.keyword, field.schema, field.required, True))

    def _add(self, parameter: Parameter) -> None:
        self.parameters[normal(parameter.name)] = parameter

    def lookup(self, name: str) -> Parameter:
        parameter = self.parameters.get(normal(name))
        if parameter is None:
            known = ", ".join(p.name for p in self.parameters.values()) or "none"
            raise CliError(f"{self.function.name} has no parameter {name!r} (its parameters: {known})")
        return parameter

    def arguments(
        self,
        params: Iterable[str],
        *,
        body: str | None = None,
        attributes: str | None = None,
        delimiter: str | None = None,
        paging: bool = False,
        batched: bool = False,
    ) -> dict[str, Any]:
        """The keyword arguments of the client's function for these command-line values.

        batched: for .batched(...), whose list (the array body, or the object body's batched field) may be
        longer than one call takes: it is checked in the parts the calls will send.
        """
        name = self.function.name
        texts = self._texts(params, attributes, delimiter)
        if paging:
            for parameter, _text in texts.values():
                if normal(parameter.name) in self.paging_names:
                    raise CliError(
                        f"{name}: {parameter.name} is set by --all-pages (use --page-size, or --resume)"
                    )
        keywords: dict[str, Any] = {}
        fields: dict[str, Any] = {}
        for parameter, text in texts.values():
            if parameter.in_body:
                fields[parameter.name] = _body_value(name, parameter, text)
            else:
                keywords[parameter.keyword] = _query_value(name, parameter, text, attributes is not None)
        missing = [
            p.name
            for p in self.parameters.values()
            if p.required and not p.in_body and p.keyword not in keywords
        ]
        if missing:
            raise CliError(f"{name}: {missing[0]} is required (--param {missing[0]}=...)")
        if self.body_kind != "none":
            keywords.update(self._body_arguments(_merge_body(name, self.body_kind, body, fields), batched))
        elif body is not None:
            raise CliError(f"{name} takes no body")
        return keywords

    def _texts(
        self, params: Iterable[str], attributes: str | None, delimiter: str | None
    ) -> dict[str, tuple[Parameter, str]]:
        """Each parameter given, by its Optimove name, with its text."""
        texts: dict[str, tuple[Parameter, str]] = {}
        for item in params:
            key, sep, text = item.partition("=")
            if not sep or not key.strip():
                raise CliError(f"--param takes Name=Value, not {item.split('=')[0]!r}")
            parameter = self.lookup(key.strip())
            if parameter.name in texts:
                raise CliError(f"{self.function.name}: {parameter.name} is given twice")
            texts[parameter.name] = (parameter, text)
        attribute_parameters = self.function.operation.attributes
        for flag, given in (("--attributes", attributes), ("--delimiter", delimiter)):
            if given is None:
                continue
            if attribute_parameters is None:
                raise CliError(f"{self.function.name} takes no customer attributes ({flag})")
            target = attribute_parameters.names if flag == "--attributes" else attribute_parameters.delimiter
            if target is None:
                raise CliError(f"{self.function.name} takes no attribute delimiter ({flag})")
            texts[target.name] = (self.lookup(target.name), given)
        return texts

    def _body_arguments(self, body: Any, batched: bool = False) -> dict[str, Any]:
        """The JSON body, checked against the spec, as the generated model(s) the client takes."""
        operation = self.function.operation
        described = operation.body
        if described is None:
            return {}
        if batched:
            found = first_problem_by_parts(operation, body)
            problem = None if found is None else " ".join(found)
        else:
            error = shared_validator().first_error(described.schema, body)
            hint = "" if error is None else batch_hint(operation, error, "--batched")
            problem = None if error is None else _body_problem(error) + hint
        if problem is not None:
            raise CliError(f"{operation.operation_id}: {problem}")
        import attrs  # noqa: PLC0415 (loaded with the body's model, which is an attrs class)

        try:
            if described.kind == "array":
                return {_ARRAY_BODY: [_from_json(described.model, value) for value in body]}
            built = described.model.from_dict(body)
        except (KeyError, ValueError, TypeError, AttributeError) as problem:
            kind = type(problem).__name__
            raise CliError(f"{operation.operation_id}: the body does not fit the spec ({kind})") from None
        keywords = {field.attribute: field.keyword for field in described.fields}
        values = {field.name: getattr(built, field.name) for field in attrs.fields(type(built))}
        return {
            keywords[attribute]: value
            for attribute, value in values.items()
            if attribute in keywords and not isinstance(value, Unset)
        }


def _from_json(kind: Any, value: Any) -> Any:
    from_dict = getattr(kind, "from_dict", None)
    return from_dict(value) if from_dict is not None else value


def _body_problem(error: Any, path: list[str | int] | None = None) -> str:
    """A rule the body breaks, in the client's very words (one validator, one message for both)."""
    where, rule = body_problem(error, path)
    return f"{where} {rule}"


def _query_value(function: str, parameter: Parameter, text: str, from_flag: bool) -> Any:
    if parameter.keyword == _NAMES_KEYWORD:
        separator = "," if from_flag else ";"
        return [part.strip() for part in text.split(separator)]
    if parameter.keyword == _DELIMITER_KEYWORD:
        return text  # the client takes every spelling the CLI does (_attributes.check_delimiter)
    rule = parameter.rule
    if rule is not None and rule.enum is None:  # enum names are the spec's (x-enum-varnames): not in a Rule
        return _typed_value(function, parameter.name, rule.type, rule.format, text)
    if "enum" in parameter.schema:
        return _enum_value(function, parameter, text)
    schema = parameter.schema
    return _typed_value(function, parameter.name, schema.get("type"), schema.get("format"), text)


def _typed_value(function: str, name: str, kind: object, form: object, text: str) -> Any:
    """An integer, boolean or date by the spec's type and format; any other text as it is."""
    if kind == "integer":
        try:
            return int(text)
        except ValueError:
            raise CliError(f"{function}: {name} must be an integer (got {text!r})") from None
    if kind == "boolean":
        return _boolean(function, name, text)
    if form == "date":
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            raise CliError(f"{function}: {name} must be a date YYYY-MM-DD (got {text!r})") from None
    return text


def _enum_value(function: str, parameter: Parameter, text: str) -> Any:
    found, value = enums.enum_value(parameter.schema, text)
    if not found:
        raise CliError(f"{function}: {parameter.name} {enums.refusal(parameter.schema, text)}")
    return value


def _boolean(function: str, name: str, text: str) -> bool:
    if text.lower() in _TRUE:
        return True
    if text.lower() in _FALSE:
        return False
    raise CliError(f"{function}: {name} must be true or false (got {text!r})")


def _body_value(function: str, parameter: Parameter, text: str) -> Any:
    """The JSON value of one body field: strings as typed, numbers and booleans by type, others as JSON."""
    if "enum" in parameter.schema:
        return _enum_value(function, parameter, text)
    kind = parameter.schema.get("type")
    if kind == "string":
        return text
    if kind == "boolean":
        return _boolean(function, parameter.name, text)
    try:
        return json.loads(text)
    except ValueError:
        # The value is not shown: a body field may be a secret.
        raise CliError(f"{function}: {parameter.name} must be JSON ({kind or 'a value'})") from None


def read_body(source: str) -> Any:
    """--body: JSON text, @FILE, or @- for standard input."""
    if source.startswith("@"):
        where = source[1:]
        try:
            source = sys.stdin.read() if where == "-" else Path(where).read_text(encoding="utf-8")
        except OSError as error:
            raise CliError(f"cannot read the body from {where}: {error.strerror}") from None
    try:
        return json.loads(source)
    except json.JSONDecodeError as error:
        raise CliError(f"--body is not JSON ({error.msg} at line {error.lineno})") from None


def _merge_body(function: str, kind: str, body: str | None, fields: Mapping[str, Any]) -> Any:
    value = read_body(body) if body is not None else None
    if kind == "array":
        if fields and value is not None:
            raise CliError(f"{function}: give the items with --body or --param Items=..., not both")
        value = fields.get("Items", value)
        if not isinstance(value, list):
            raise CliError(f"{function}: the body is a JSON array (--body '[...]' or --body @FILE)")
        return value
    if value is None:
        value = {}
    if not isinstance(value, dict):
        raise CliError(f"{function}: the body is a JSON object (--body '{{...}}' or --param Field=Value)")
    return {**value, **fields}
