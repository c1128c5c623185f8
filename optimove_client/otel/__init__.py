"""OpenTelemetry for the Optimove clients: spans of calls, pages and Logins, and the metrics of a budget.

    from optimove_client.otel import instrument

    opt = instrument(Optimove(...))                       # the global tracer and meter providers
    opt = instrument(Optimove(...), tracer_provider=tp, meter_provider=mp)

Needs the OpenTelemetry API (pip install 'optimove-client[otel]'); an SDK, or any other implementation
of the API, decides where the spans and metrics go. A client that is not instrumented imports nothing of
OpenTelemetry, and nothing of this package.

Spans: one per call ("Optimove GetCustomersByAction", kind CLIENT: the function, the HTTP method, the
server, the final status, the requests made, the retries and their waits, the wait for the budget, the
records of the answer), its Logins as its children ("Optimove Login": status and outcome), and one per
paged pull ("Optimove GetCustomersByAction pages") whose pages are the calls under it, each with its
number, offset and size. Metrics: optimove.client.calls, .retries, .too_many_requests (counters),
.budget.wait (a histogram, seconds) and .budget.calls_left (a gauge per window of the account's budget,
read from its store at each collection: reading it spends no call). What each attribute means is in
_names.py. No attribute holds a credential, a token, a user name, a URL's query or a body.
"""

from __future__ import annotations

from typing import Any, TypeVar

try:
    from opentelemetry import metrics, trace
except ImportError as missing:  # the [otel] extra
    raise ImportError(
        "optimove_client.otel needs the OpenTelemetry API, which is not installed: "
        "pip install 'optimove-client[otel]'"
    ) from missing

from optimove_client._client import AsyncOptimove, Optimove
from optimove_client._transport.observer import NO_OBSERVER
from optimove_client._version import __version__
from optimove_client.errors import ConfigurationError
from optimove_client.otel import _names as names
from optimove_client.otel._calls import OTelObserver
from optimove_client.otel._client_parts import budget_source, call_loop
from optimove_client.otel._instruments import instruments_of

__all__ = ["instrument", "names", "uninstrument"]

_Client = TypeVar("_Client", bound=Optimove | AsyncOptimove)


def instrument(
    client: _Client,
    *,
    tracer_provider: trace.TracerProvider | None = None,
    meter_provider: metrics.MeterProvider | None = None,
) -> _Client:
    """Report the spans and metrics of `client` (and of the clients with_options made of it, which share
    its calls) to these providers, by default the global ones; returns the client. Instrumenting it again
    replaces the providers; uninstrument() stops the reports."""
    loop = call_loop(client)
    _check("tracer_provider", tracer_provider, "get_tracer", "TracerProvider")
    _check("meter_provider", meter_provider, "get_meter", "MeterProvider")
    uninstrument(client)
    tracer = trace.get_tracer(names.SCOPE, __version__, tracer_provider, schema_url=names.SCHEMA_URL)
    instruments = instruments_of(meter_provider)
    loop.observer = OTelObserver(tracer, instruments)
    instruments.budget_gauge.watch(budget_source(client))
    return client


def uninstrument(client: Optimove | AsyncOptimove) -> None:
    """Stop reporting the spans and metrics of `client` (a client never instrumented is left as it is)."""
    loop = call_loop(client)
    observer = loop.observer
    if isinstance(observer, OTelObserver):
        observer.instruments.budget_gauge.forget(loop)
        loop.observer = NO_OBSERVER


def _check(parameter: str, given: Any, method: str, kind: str) -> None:
    if given is not None and not callable(getattr(given, method, None)):
        raise ConfigurationError(
            f"{parameter} must be an OpenTelemetry {kind} (with {method}()), not {type(given).__name__}"
        )
