"""The metrics of a meter provider: made once per provider, shared by every client instrumented with it.

A meter keeps the first instrument of a name: a second client instrumented with the same provider must
record into the same counters and add its budget to the same gauge, not make instruments of its own.
"""

from __future__ import annotations

import threading
import weakref

from opentelemetry import metrics

from optimove_client._version import __version__
from optimove_client.otel import _names as names
from optimove_client.otel._budget_gauge import BudgetGauge


class Instruments:
    def __init__(self, meter: metrics.Meter) -> None:
        self.calls = _counter(
            meter, names.CALLS, "{call}", "Calls of Optimove's functions, by function and how they ended"
        )
        self.retries = _counter(
            meter, names.RETRIES_METRIC, "{retry}", "Waits before another attempt, by the error before it"
        )
        self.too_many_requests = _counter(
            meter, names.TOO_MANY_REQUESTS, "{response}", "Answers 429 Too Many Requests, by function"
        )
        self.budget_wait = meter.create_histogram(
            names.BUDGET_WAIT_METRIC,
            unit="s",
            description="Seconds each request waited for the call budget (and for a 429's pause)",
            explicit_bucket_boundaries_advisory=[*names.BUDGET_WAIT_BUCKETS, *names.BUDGET_WAIT_BUCKETS_LONG],
        )
        self.budget_gauge = BudgetGauge(meter)


def _counter(meter: metrics.Meter, name: str, unit: str, description: str) -> metrics.Counter:
    return meter.create_counter(name, unit=unit, description=description)


_MADE: weakref.WeakKeyDictionary[metrics.MeterProvider, Instruments] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def instruments_of(provider: metrics.MeterProvider | None) -> Instruments:
    """The instruments of `provider` (None: the global one, as it is now)."""
    provider = provider if provider is not None else metrics.get_meter_provider()
    with _LOCK:
        made = _MADE.get(provider)
        if made is None:
            meter = metrics.get_meter(names.SCOPE, __version__, provider, schema_url=names.SCHEMA_URL)
            made = _MADE[provider] = Instruments(meter)
        return made
