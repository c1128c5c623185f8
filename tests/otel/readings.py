"""For the OpenTelemetry tests: SDK providers that keep what they get in memory, and ways to read it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import HistogramDataPoint, InMemoryMetricReader, NumberDataPoint
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from optimove_client import AsyncOptimove, Optimove
from optimove_client.otel import instrument
from optimove_client.testing import ManualClock, MockOptimove
from tests.client_helpers import run, session


class Readings:
    """A tracer provider and a meter provider of the SDK, each with an in-memory reader."""

    def __init__(self) -> None:
        self.exporter = InMemorySpanExporter()
        self.tracer_provider = TracerProvider()
        self.tracer_provider.add_span_processor(SimpleSpanProcessor(self.exporter))
        self.tracer = self.tracer_provider.get_tracer("tests")
        self.reader = InMemoryMetricReader()
        self.meter_provider = MeterProvider(metric_readers=[self.reader])

    def instrument(self, client: Optimove | AsyncOptimove) -> None:
        instrument(client, tracer_provider=self.tracer_provider, meter_provider=self.meter_provider)

    def spans(self) -> tuple[ReadableSpan, ...]:
        return self.exporter.get_finished_spans()

    def named(self, name: str) -> list[ReadableSpan]:
        return [span for span in self.spans() if span.name == name]

    def one(self, name: str) -> ReadableSpan:
        (span,) = self.named(name)
        return span

    def points(self, metric: str) -> list[tuple[dict[str, Any], Any]]:
        """(attributes, value) of each point of `metric` now: a number, or (count, sum) of a histogram."""
        found: list[tuple[dict[str, Any], Any]] = []
        for point_metric, point in self._points():
            if point_metric == metric:
                value = (point.count, point.sum) if isinstance(point, HistogramDataPoint) else point.value
                found.append((dict(point.attributes or {}), value))
        return found

    def value(self, metric: str, **attributes: Any) -> Any:
        """The value of the one point of `metric` whose attributes include these (names with . as __)."""
        wanted = {name.replace("__", "."): value for name, value in attributes.items()}
        matching = [value for found, value in self.points(metric) if wanted.items() <= found.items()]
        assert len(matching) == 1, (metric, wanted, self.points(metric))
        return matching[0]

    def metrics_json(self) -> str:
        data = self.reader.get_metrics_data()
        return "" if data is None else data.to_json()

    def _points(self) -> Iterator[tuple[str, NumberDataPoint | HistogramDataPoint]]:
        data = self.reader.get_metrics_data()
        if data is None:
            return
        for resource in data.resource_metrics:
            for scope in resource.scope_metrics:
                for metric in scope.metrics:
                    for point in metric.data.data_points:
                        yield metric.name, point  # type: ignore[misc]


def attributes(span: ReadableSpan) -> dict[str, Any]:
    return dict(span.attributes or {})


def parent_of(span: ReadableSpan) -> int | None:
    return span.parent.span_id if span.parent is not None else None


def instrumented_calls(
    readings: Readings, mode: str, mock: MockOptimove, clock: ManualClock, *paths: str, **options: Any
) -> list[Any]:
    """Call each `opt.<path>()` in turn on an instrumented client of `mode` (sync or async) made with
    `options`; their results."""

    async def scenario() -> list[Any]:
        async with session(mode, mock, clock, **options) as call:
            readings.instrument(call.client)
            return [await call(path) for path in paths]

    return cast(list[Any], run(scenario))
