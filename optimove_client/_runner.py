"""Send one call of an operation: the Runner behind every `opt.<category>.<function>(...)`.

It builds the request with the generated module's own serializer, checks it against the spec before
anything is sent, lets the httpx client (auth flow, retries, rate limit) send it, turns error statuses
and broken connections into typed exceptions, and parses the answer into the generated models.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import logging
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import Any, Self, cast

import attrs
import httpx
import optimove_generated.models
from optimove_generated.models import AttributeDelimiter

from optimove_client import _attributes, _defaults
from optimove_client._arguments import Conformer
from optimove_client._clock import Clock
from optimove_client._context import EXTENSION, CallContext
from optimove_client._paging import Page, PageRequest, PagingOptions, aiterate_pages, iterate_pages
from optimove_client._retry import RetryDecisions, retry_after_seconds
from optimove_client._rows import AttributeMismatch, MalformedPage, RowDecoder
from optimove_client._spec import OperationInfo, ResultShape, SpecIndex
from optimove_client._validation import ArgumentValidator
from optimove_client.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    TokenExpiredError,
    ValidationError,
    error_class,
)

logger = logging.getLogger("optimove_client")

_ATTRIBUTES = "customer_attributes"
_DELIMITER = "customer_attributes_delimiter"
_EXPIRED = "authorization-token expired"


@dataclasses.dataclass(frozen=True)
class CallOptions:
    """Per-client (and, through with_options, per-call) settings of each call."""

    timeout: httpx.Timeout = dataclasses.field(default_factory=lambda: _defaults.TIMEOUT)
    max_retries: int | None = None  # None: the client's retry policy
    # When a joined attribute string does not split into one value per name: raise, or keep it raw.
    attribute_mismatch: AttributeMismatch = "raise"


@dataclasses.dataclass
class PreparedCall:
    operation: OperationInfo
    request: httpx.Request
    context: CallContext
    xml: bool


class CallPreparer:
    """Typed arguments -> a validated httpx.Request. Raises ValidationError before any network call."""

    def __init__(
        self, spec: SpecIndex, http: httpx.Client | httpx.AsyncClient, validator: ArgumentValidator
    ) -> None:
        self.spec = spec
        self._http = http
        self._validator = validator
        self._conformers: dict[str, Conformer] = {}

    def _arguments(self, operation: OperationInfo, given: Mapping[str, Any]) -> dict[str, Any]:
        arguments = {name: value for name, value in given.items() if value is not None}
        name = operation.operation_id
        if operation.takes_attributes and _ATTRIBUTES in arguments:
            try:
                arguments[_ATTRIBUTES] = _attributes.join_names(arguments[_ATTRIBUTES])
            except _attributes.AttributeNameError as error:
                raise ValidationError(name, "attributes", str(error)) from None
        delimiter = arguments.get(_DELIMITER)
        if delimiter is not None and not isinstance(delimiter, AttributeDelimiter):
            try:
                arguments[_DELIMITER] = AttributeDelimiter(_attributes.check_delimiter(delimiter))
            except (_attributes.AttributeNameError, ValueError) as error:
                raise ValidationError(name, "attribute_delimiter", str(error)) from None
        conformer = self._conformers.get(name)
        if conformer is None:
            conformer = self._conformers[name] = Conformer(operation)
        return conformer.conform(arguments)

    def prepare(
        self, operation_id: str, given: Mapping[str, Any], options: CallOptions, *, xml: bool
    ) -> PreparedCall:
        operation = self.spec.operation(operation_id)
        arguments = self._arguments(operation, given)
        try:
            kwargs = operation.module._get_kwargs(**arguments)
        except (TypeError, AttributeError, ValueError) as error:
            # e.g. a str where the function takes a datetime.date: the generated serializer fails
            raise ValidationError(
                operation_id, "arguments", f"do not have the types the function takes ({error})"
            ) from None
        params: dict[str, Any] = kwargs.get("params", {})
        has_body = "json" in kwargs
        self._validator.check(operation, params, kwargs.get("json"), has_body)
        headers = {**kwargs.get("headers", {}), "Accept": "application/xml" if xml else "application/json"}
        context = CallContext(
            operation_id=operation_id,
            max_retries=options.max_retries,
            rate_limit_exempt=operation.rate_limit_exempt,
        )
        request = self._http.build_request(
            kwargs["method"],
            kwargs["url"],
            params=params or None,  # an empty dict still makes httpx merge and re-parse the URL
            json=kwargs.get("json") if has_body else None,
            headers=headers,
            timeout=options.timeout,
            extensions={EXTENSION: context},
        )
        return PreparedCall(operation, request, context, xml)


def _excerpt(body: bytes) -> str:
    text = body.decode("utf-8", errors="replace").strip()
    try:
        decoded = json.loads(text)
    except ValueError:
        decoded = text
    if isinstance(decoded, dict):
        decoded = decoded.get("message") or decoded.get("error") or json.dumps(decoded)
    return " ".join(str(decoded).split())[: _defaults.ERROR_BODY_EXCERPT]


def status_error(call: PreparedCall, response: httpx.Response, content: bytes, now: float) -> APIStatusError:
    """The typed exception for an error answer (now: wall-clock seconds, to read an HTTP-date Retry-After)."""
    name, status, body = call.operation.operation_id, response.status_code, _excerpt(content)
    attempts = call.context.attempts or 1
    if status == 429:
        retry_after = retry_after_seconds(response, now)
        return RateLimitError(name, status, body, attempts=attempts, retry_after=retry_after)
    if status == 403 and _EXPIRED in body.lower():
        return TokenExpiredError(name, status, body, attempts=attempts)
    if status == 403:
        return PermissionDeniedError(name, status, body, attempts=attempts)
    return error_class(status)(name, status, body, attempts=attempts)


def transport_error(call: PreparedCall, error: httpx.TransportError) -> APIConnectionError:
    name, attempts = call.operation.operation_id, call.context.attempts or 1
    kind = type(error).__name__
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(name, f"no answer in time ({kind})", attempts=attempts)
    return APIConnectionError(name, f"connection failed ({kind}: {error})", attempts=attempts)


class RowParser:
    """One JSON object -> the operation's generated model, field names matched case-insensitively."""

    def __init__(
        self,
        operation: OperationInfo,
        shape: ResultShape,
        explain: Callable[[OperationInfo, dict[str, Any], Exception], str],
    ) -> None:
        self._operation = operation
        self._model = getattr(optimove_generated.models, shape.model or "")
        self._canonical = {key.lower(): key for key in shape.keys}
        self._known = frozenset(shape.keys)
        self._explain = explain

    def __call__(self, item: Any, where: str) -> Any:
        if not isinstance(item, dict):
            raise ResponseParseError(
                self._operation.operation_id, f"{where}: expected an object, got {type(item).__name__}"
            )
        if not item.keys() <= self._known:
            # Servers differ in the case of field names (TemplateId for TemplateID): match case-insensitively.
            item = {self._canonical.get(key.lower(), key): value for key, value in item.items()}
        try:
            return self._model.from_dict(item)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            detail = self._explain(self._operation, item, error)
            raise ResponseParseError(self._operation.operation_id, f"{where}: {detail}") from None


class ResultReader:
    """A successful answer -> the generated models (an empty body means "no data": [] or None)."""

    def __init__(self, spec: SpecIndex, validator: ArgumentValidator) -> None:
        self._spec = spec
        self._validator = validator

    def read(self, call: PreparedCall, response: httpx.Response) -> Any:
        if call.xml:
            return response.text
        shape = call.operation.result
        content = response.content
        if shape.kind == "none":
            return None
        if not content.strip():
            return [] if shape.kind == "list" else None
        try:
            data = json.loads(content)
        except ValueError as error:
            raise ResponseParseError(call.operation.operation_id, f"the body is not JSON ({error})") from None
        if shape.kind == "any":
            return data
        if shape.kind == "string":
            if not isinstance(data, str):
                raise ResponseParseError(
                    call.operation.operation_id, f"expected a JSON string, got {type(data).__name__}"
                )
            return data
        return self._models(call.operation, shape, data)

    def _models(self, operation: OperationInfo, shape: ResultShape, data: Any) -> Any:
        parse = RowParser(operation, shape, self._explain)
        if shape.kind != "list":
            model = parse(data, "the object")
            if shape.unwrap:  # a lookup of one value: the value itself
                (field,) = [f for f in attrs.fields(type(model)) if f.name != "additional_properties"]
                return getattr(model, field.name)
            return model
        if not isinstance(data, list):
            raise ResponseParseError(
                operation.operation_id, f"expected a JSON array, got {type(data).__name__}"
            )
        return [parse(item, f"row {index}") for index, item in enumerate(data)]

    def _explain(self, operation: OperationInfo, item: dict[str, Any], error: Exception) -> str:
        """Name the field and the value that the spec does not allow."""
        if isinstance(error, KeyError):
            return f"field {error.args[0]} is missing"
        schema = self._item_schema(operation)
        problem = self._validator.first_error(schema, item) if schema is not None else None
        if problem is not None and problem.path:
            field = ".".join(str(part) for part in problem.path)
            return f"field {field} has the value {problem.instance!r}, which the spec does not allow"
        return f"{type(error).__name__}: {error}"

    def _item_schema(self, operation: OperationInfo) -> dict[str, Any] | None:
        raw = self._spec.document["paths"][operation.path][operation.method]["responses"]
        success = next((r for code, r in raw.items() if code.startswith("2")), None)
        if success is None:
            return None
        schema = self._spec.resolve(success).get("content", {}).get("application/json", {}).get("schema")
        if schema is None:
            return None
        item: dict[str, Any] = schema.get("items", schema) if schema.get("type") == "array" else schema
        return item


def describe(call: PreparedCall, response: httpx.Response, seconds: float) -> None:
    """One debug line per call: function, page, status, time, attempts, rate-limit wait (never a secret)."""
    if not logger.isEnabledFor(logging.DEBUG):
        return
    context, params = call.context, call.request.url.params
    page = f" page $skip={params['$skip']} $top={params.get('$top', '-')}" if "$skip" in params else ""
    attempts = context.attempts or 1
    logger.debug(
        "%s%s: HTTP %d in %.3f s (%d attempt%s, %.2f s waiting for the rate limit)",
        context.operation_id,
        page,
        response.status_code,
        seconds,
        attempts,
        "" if attempts == 1 else "s",
        context.rate_limit_wait,
    )


class _RunnerCore:
    """What the sync and async runners share: everything but the I/O."""

    def __init__(
        self,
        spec: SpecIndex,
        http: httpx.Client | httpx.AsyncClient,
        options: CallOptions,
        clock: Clock,
        decisions: RetryDecisions,
    ) -> None:
        self.options = options
        self._decisions = decisions
        self.spec = spec
        validator = ArgumentValidator(spec)
        self._preparer = CallPreparer(spec, http, validator)
        self._reader = ResultReader(spec, validator)
        self._clock = clock
        self._decoders: dict[tuple[str, tuple[str, ...] | None, str, str], RowDecoder] = {}

    def with_options(self, options: CallOptions) -> Self:
        """The same runner (client, decoders, validators) with other per-call settings."""
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.options = options
        return clone

    def _prepare(self, operation_id: str, arguments: dict[str, Any], *, xml: bool = False) -> PreparedCall:
        call = self._preparer.prepare(operation_id, arguments, self.options, xml=xml)
        # Pages are read by the runner into one buffer (httpx would hold a large body twice while joining
        # its chunks); a body cut short is then retried here rather than in the retry transport.
        call.context.streaming = call.operation.paging is not None and not xml
        return call

    def _settle(self, call: PreparedCall, response: httpx.Response, body: bytes, started: float) -> None:
        describe(call, response, self._clock.monotonic() - started)
        if response.status_code >= 400:
            raise status_error(call, response, body, self._clock.wall())

    def _result(
        self,
        call: PreparedCall,
        response: httpx.Response,
        body: bytes,
        arguments: dict[str, Any],
        *,
        page: bool,
    ) -> Any:
        if call.xml or call.operation.paging is None:
            return self._reader.read(call, response)
        decoder = self._decoder(call.operation, arguments)
        return decoder.decode_lazily(body) if page else decoder.decode(body)

    def _decoder(self, operation: OperationInfo, arguments: dict[str, Any]) -> RowDecoder:
        names = arguments.get(_ATTRIBUTES) if operation.takes_attributes else None
        delimiter = arguments.get(_DELIMITER) or _attributes.DEFAULT_DELIMITER
        text = delimiter.value if isinstance(delimiter, AttributeDelimiter) else str(delimiter)
        key = (operation.operation_id, tuple(names) if names else None, text, self.options.attribute_mismatch)
        decoder = self._decoders.get(key)
        if decoder is None:
            decoder = self._decoders[key] = RowDecoder(key[0], key[1], text, key[3])
        return decoder

    def _malformed_wait(self, call: PreparedCall, retry: int) -> float | None:
        """A GET whose body was cut short or is not JSON is asked again, within the retry budget."""
        if call.operation.method != "get" or retry >= self._decisions.allowed(call.context):
            return None
        return self._decisions.backoff(retry)

    def _paging(self, operation_id: str, arguments: dict[str, Any], paging: dict[str, Any]) -> PagingOptions:
        """Check the arguments and paging options before the first page is asked for."""
        options = PagingOptions.from_arguments(self.spec.operation(operation_id), paging)
        self._prepare(
            operation_id, _page_arguments(arguments, PageRequest(1, options.start, 1, options.send_size))
        )
        return options


def _cut_short(error: Exception, call: PreparedCall) -> bool:
    """A page that was not JSON, or whose body broke off while the runner read it (streamed bodies only:
    other connection errors were already retried by the retry transport)."""
    return isinstance(error, MalformedPage) or (
        call.context.streaming and isinstance(error, APIConnectionError)
    )


def _read_into_buffer(response: httpx.Response) -> bytes:
    """The body read once into one growing buffer (no join of chunks); the stream is closed."""
    buffer = bytearray()
    try:
        for chunk in response.iter_bytes():
            buffer += chunk
    finally:
        response.close()
    return cast(bytes, buffer)  # msgspec and json read bytearrays as they read bytes


async def _aread_into_buffer(response: httpx.Response) -> bytes:
    buffer = bytearray()
    try:
        async for chunk in response.aiter_bytes():
            buffer += chunk
    finally:
        await response.aclose()
    return cast(bytes, buffer)


def _page_arguments(arguments: dict[str, Any], request: PageRequest) -> dict[str, Any]:
    """The caller's arguments plus this page's $skip (and $top): a new dict, the caller's is left alone."""
    page = {**arguments, "skip": request.offset}
    if request.send_size:
        page["top"] = request.size
    return page


class SyncRunner(_RunnerCore):
    """The facade's Runner for Optimove."""

    def __init__(
        self,
        http: httpx.Client,
        spec: SpecIndex,
        options: CallOptions,
        clock: Clock,
        decisions: RetryDecisions,
    ) -> None:
        super().__init__(spec, http, options, clock, decisions)
        self.http = http

    def _send(self, call: PreparedCall) -> tuple[httpx.Response, bytes]:
        started = self._clock.monotonic()
        try:
            response = self.http.send(call.request, stream=call.context.streaming)
            body = _read_into_buffer(response) if call.context.streaming else response.content
        except httpx.TransportError as error:
            raise transport_error(call, error) from error
        self._settle(call, response, body, started)
        return response, body

    def _call_and_read(
        self, operation_id: str, arguments: dict[str, Any], *, xml: bool, page: bool = False
    ) -> tuple[Any, float]:
        retry = 0
        while True:
            call = self._prepare(operation_id, arguments, xml=xml)
            try:
                response, body = self._send(call)
                return self._result(call, response, body, arguments, page=page), call.context.rate_limit_wait
            except (MalformedPage, APIConnectionError) as error:
                wait = self._malformed_wait(call, retry) if _cut_short(error, call) else None
                if wait is None:
                    raise
            self._clock.sleep(wait)
            retry += 1

    def call(self, operation_id: str, arguments: dict[str, Any], *, xml: bool = False) -> Any:
        return self._call_and_read(operation_id, arguments, xml=xml)[0]

    def pages(
        self, operation_id: str, arguments: dict[str, Any], paging: dict[str, Any]
    ) -> Iterator[Page[Any]]:
        options = self._paging(operation_id, arguments, paging)

        def fetch(request: PageRequest) -> tuple[Sequence[Any], float]:
            rows, waited = self._call_and_read(
                operation_id, _page_arguments(arguments, request), xml=False, page=True
            )
            return cast("Sequence[Any]", rows), waited

        return iterate_pages(fetch, options)

    def iterate(self, operation_id: str, arguments: dict[str, Any], paging: dict[str, Any]) -> Iterator[Any]:
        return itertools.chain.from_iterable(self.pages(operation_id, arguments, paging))


class AsyncRunner(_RunnerCore):
    """The facade's Runner for AsyncOptimove."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        spec: SpecIndex,
        options: CallOptions,
        clock: Clock,
        decisions: RetryDecisions,
    ) -> None:
        super().__init__(spec, http, options, clock, decisions)
        self.http = http

    async def _send(self, call: PreparedCall) -> tuple[httpx.Response, bytes]:
        started = self._clock.monotonic()
        try:
            response = await self.http.send(call.request, stream=call.context.streaming)
            body = await _aread_into_buffer(response) if call.context.streaming else response.content
        except httpx.TransportError as error:
            raise transport_error(call, error) from error
        self._settle(call, response, body, started)
        return response, body

    async def _call_and_read(
        self, operation_id: str, arguments: dict[str, Any], *, xml: bool, page: bool = False
    ) -> tuple[Any, float]:
        retry = 0
        while True:
            call = self._prepare(operation_id, arguments, xml=xml)
            try:
                response, body = await self._send(call)
                return self._result(call, response, body, arguments, page=page), call.context.rate_limit_wait
            except (MalformedPage, APIConnectionError) as error:
                wait = self._malformed_wait(call, retry) if _cut_short(error, call) else None
                if wait is None:
                    raise
            await self._clock.asleep(wait)
            retry += 1

    async def call(self, operation_id: str, arguments: dict[str, Any], *, xml: bool = False) -> Any:
        return (await self._call_and_read(operation_id, arguments, xml=xml))[0]

    def pages(
        self, operation_id: str, arguments: dict[str, Any], paging: dict[str, Any]
    ) -> AsyncIterator[Page[Any]]:
        options = self._paging(operation_id, arguments, paging)

        async def fetch(request: PageRequest) -> tuple[Sequence[Any], float]:
            rows, waited = await self._call_and_read(
                operation_id, _page_arguments(arguments, request), xml=False, page=True
            )
            return cast("Sequence[Any]", rows), waited

        return aiterate_pages(fetch, options)

    def iterate(
        self, operation_id: str, arguments: dict[str, Any], paging: dict[str, Any]
    ) -> AsyncIterator[Any]:
        pages = self.pages(operation_id, arguments, paging)

        async def rows() -> AsyncIterator[Any]:
            async for page in pages:
                for row in page:
                    yield row

        return rows()
