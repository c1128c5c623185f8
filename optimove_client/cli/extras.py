"""--extra-param, --extra-field and --extra-header: what a call sends beyond what the spec knows of.

They become the client's extra_query=, extra_body= and extra_headers= (optimove_client._request.extras), which
refuses a name the spec knows (give it with --param) and a header the client sets itself. An extra
parameter is sent as text (a name given twice is sent twice); an extra field is JSON when its text parses
as JSON, else the text itself; a header is NAME:VALUE. The same parsing serves `optimove request`'s
--param and --header. A header's value is never repeated in a message: it may be a secret.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from typing import Any

from optimove_client.cli.problems import CliError


def query_pairs(items: Iterable[str], flag: str) -> dict[str, str | list[str]]:
    """NAME=VALUE texts as query parameters; a name given more than once is sent once per value."""
    params: dict[str, str | list[str]] = {}
    for item in items:
        name, value = _split(item, "=", flag, "NAME=VALUE")
        given = params.get(name)
        if given is None:
            params[name] = value
        else:
            params[name] = [*([given] if isinstance(given, str) else given), value]
    return params


def field_pairs(items: Iterable[str], flag: str) -> dict[str, Any]:
    """NAME=VALUE texts as body fields: JSON when the value parses as JSON, else the text."""
    fields: dict[str, Any] = {}
    for item in items:
        name, text = _split(item, "=", flag, "NAME=VALUE")
        if name in fields:
            raise CliError(f"{flag} {name} is given twice")
        try:
            fields[name] = json.loads(text)
        except ValueError:
            fields[name] = text
    return fields


def header_pairs(items: Iterable[str], flag: str) -> dict[str, str]:
    """NAME:VALUE texts as headers (spaces around the colon are dropped, as in curl)."""
    headers: dict[str, str] = {}
    seen: set[str] = set()
    for item in items:
        name, sep, value = item.partition(":")
        name = name.strip()
        if not sep or not name or any(character.isspace() for character in name):
            # Nothing of the text is shown: a mistyped header may hold its secret value.
            raise CliError(f"{flag} takes NAME:VALUE (a header name, a colon, its value)")
        if name.lower() in seen:
            raise CliError(f"{flag} {name} is given twice")
        seen.add(name.lower())
        headers[name] = value.strip()
    return headers


def _split(item: str, separator: str, flag: str, form: str) -> tuple[str, str]:
    name, sep, value = item.partition(separator)
    if not sep or not name.strip():
        shown = f", not {name!r}" if not sep else ""  # with no separator there is no value to hide
        raise CliError(f"{flag} takes {form}{shown}")
    return name.strip(), value


def extra_arguments(args: argparse.Namespace) -> dict[str, Any]:
    """The extra_query=, extra_body= and extra_headers= of `optimove call` (only those given)."""
    extras: dict[str, Any] = {}
    if args.extra_param:
        extras["extra_query"] = query_pairs(args.extra_param, "--extra-param")
    if args.extra_field:
        extras["extra_body"] = field_pairs(args.extra_field, "--extra-field")
    if args.extra_header:
        extras["extra_headers"] = header_pairs(args.extra_header, "--extra-header")
    return extras


def extras_identity(args: argparse.Namespace) -> dict[str, Any]:
    """What an export's extras add to what it is an export of (--resume asks for the same): the extra
    parameters, and the names of the extra headers only (the resume state holds no credentials). Nothing
    when there are none, so the state of an export without extras reads as before. (Every paging function
    is a GET: it takes no extra field.)"""
    identity: dict[str, Any] = {}
    if args.extra_param:
        identity["extra_params"] = sorted(args.extra_param)
    if args.extra_header:
        identity["extra_headers"] = sorted(
            item.partition(":")[0].strip().lower() for item in args.extra_header
        )
    return identity
