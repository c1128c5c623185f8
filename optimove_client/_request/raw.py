"""opt.request(method, path, ...): any call, for functions the spec does not know of yet.

A raw call is a prepared call like any other, under a record made for it, so it goes through the same
authentication, shared budget, retries, timeouts, logging and error mapping. Its answer is decoded JSON
(None for an empty "no data" body); any 2xx is its success. It may only go to the configured host: the
credentials are added to every request the client sends.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Mapping
from typing import Any

import httpx
from optimove_generated.operation import Operation, Result
from optimove_generated.protocols import Extras

from optimove_client._request import input_rules
from optimove_client._request.extras import with_extras
from optimove_client._request.prepared_call import PreparedCall
from optimove_client.errors import ValidationError

METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
_WHERE = "request"  # how errors name a raw call before its path is known


def raw_call(
    base_url: httpx.URL,
    method: str,
    path: str,
    *,
    params: Mapping[str, Any] | None,
    json_body: Any,
    headers: Mapping[str, str] | None,
) -> PreparedCall:
    """The prepared call of opt.request(...), or a ValidationError naming the argument and the rule."""
    verb = method.upper() if isinstance(method, str) else None
    if verb not in METHODS:
        raise ValidationError(
            _WHERE, "method", f"must be one of {', '.join(sorted(METHODS))}, not {input_rules.brief(method)}"
        )
    for argument, given in (("params", params), ("headers", headers)):
        if given is not None and not isinstance(given, Mapping):
            raise ValidationError(_WHERE, argument, f"must be a mapping (a dict), not {type(given).__name__}")
    url = _url(base_url, path)
    name = url.rsplit("/", 1)[-1].split("?", 1)[0] or url
    operation = Operation(
        operation_id=name,
        category="",
        name="request",
        summary=f"{verb} {url}, sent with opt.request",
        method=verb,
        path=url,
        builder="",
        parameters=(),
        body=None,
        result=Result(kind="any"),
        # A function the spec does not know may answer any success (202 Accepted, 204 No Content): a raw
        # call takes every 2xx; a redirect or a 304 is an error, as for every function.
        success_statuses=tuple(range(200, 300)),
    )
    if json_body is not None:
        if verb == "GET":
            raise ValidationError(name, "json", "cannot be sent: a GET call has no body")
        problem = input_rules.json_problem(json_body)
        if problem:
            raise ValidationError(name, "json", f"must be JSON: {problem}")
    call = PreparedCall(
        operation=operation,
        method=verb,
        url=url,
        params={},
        body=json_body,
        has_body=json_body is not None,
        xml=False,
        attribute_names=None,
        delimiter=",",
    )
    # params and headers are checked as the extras of a call are: a raw call knows no parameter of its own
    extras = Extras(query=params, headers=headers)
    return with_extras(call, extras) if params or headers else call


def _url(base_url: httpx.URL, path: str) -> str:
    """A path of the configured host, or a URL on it; anything else is refused."""
    if not isinstance(path, str) or not path.strip():
        raise ValidationError(_WHERE, "path", "must be a path such as /current/general/GetLastDataUpdate")
    found = input_rules.unsendable(path)
    problem = input_rules.length_problem(path, input_rules.URL_MAX_LENGTH) or (
        found and f"has {found}: a path takes no control characters, line breaks or lone surrogates"
    )
    if problem:
        raise ValidationError(_WHERE, "path", problem)
    try:
        given = httpx.URL(path)
    except (httpx.InvalidURL, ValueError) as error:
        raise ValidationError(_WHERE, "path", f"is not a URL or a path: {error}") from None
    if given.is_relative_url and not given.host:
        return "/" + path.lstrip("/")
    if (given.scheme, given.host, given.port) != (base_url.scheme, base_url.host, base_url.port):
        raise ValidationError(
            _WHERE,
            "path",
            f"is on another host ({_origin_as_written(path)}): the credentials are only ever sent to "
            f"{_origin(base_url)}; give a path, or a URL on that host",
        )
    return str(given)


def _origin(url: httpx.URL) -> str:
    """scheme://host[:port] of a URL, without its user information (the port where it has one)."""
    return f"{url.scheme}://{url.netloc.decode('ascii')}"


def _origin_as_written(text: str) -> str:
    """scheme://host[:port] as the user wrote it (a default port too: http://h:80 says :80), without the
    user information: two hosts that differ only by port must read as different in the message."""
    parts = urllib.parse.urlsplit(text)
    place = parts.netloc.rpartition("@")[2]
    return f"{parts.scheme.lower()}://{place}" if parts.scheme else f"//{place}"
