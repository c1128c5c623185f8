"""How OpenTelemetry is switched on and off: never imported unless asked for, the global providers by
default, a clear error for what is not a client or a provider, uninstrument, instrumenting again."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from optimove_client.errors import ConfigurationError
from optimove_client.otel import instrument, uninstrument
from optimove_client.testing import ManualClock, MockOptimove
from tests.client_helpers import sync_client
from tests.otel.readings import Readings

ROOT = Path(__file__).resolve().parents[2]


def _python(code: str) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join([str(ROOT), str(ROOT / "generated_client"), os.environ.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": path},
        cwd=ROOT,
        check=False,
        timeout=120,
    )


def test_the_base_install_never_imports_opentelemetry() -> None:
    # Any attempt to import it is recorded, even one that would be caught: the client makes none, on its
    # calls, Logins, retries, pulls and async calls alike.
    result = _python(
        """
        import asyncio, sys

        class Watch:
            tried = []
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] == "opentelemetry":
                    self.tried.append(name)
                return None

        sys.meta_path.insert(0, Watch())
        from optimove_client import AsyncOptimove, Optimove
        from optimove_client.testing import DEFAULT_PASSWORD, DEFAULT_USERNAME, MOCK_BASE_URL, MockOptimove

        mock = MockOptimove(customers=150)
        mock.faults.fail(503, operation="GetLastDataUpdate")
        with Optimove(username=DEFAULT_USERNAME, password=DEFAULT_PASSWORD, base_url=MOCK_BASE_URL,
                      transport=mock.transport(), store="memory://", environ={}) as opt:
            opt.general.get_last_data_update()
            assert len(list(opt.customers.get_currently_targeted_customers.iter(page_size=100))) == 150

        async def main():
            async with AsyncOptimove(api_key=mock.api_key, base_url=MOCK_BASE_URL, store="memory://",
                                     transport=mock.async_transport(), environ={}) as opt:
                await opt.general.get_last_data_update()

        asyncio.run(main())
        print("tried:", Watch.tried, [name for name in sys.modules if name.startswith("opentelemetry")])
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "tried: [] []"


def test_without_the_api_the_otel_module_says_which_extra_to_install() -> None:
    result = _python(
        """
        import sys
        sys.modules["opentelemetry"] = None  # as if not installed
        import optimove_client.otel
        """
    )
    assert result.returncode == 1
    assert "ImportError: optimove_client.otel needs the OpenTelemetry API" in result.stderr
    assert "pip install 'optimove-client[otel]'" in result.stderr


def test_the_global_providers_are_used_by_default() -> None:
    # The global providers can be set once per process: in a process of its own.
    result = _python(
        """
        from opentelemetry import metrics, trace
        from opentelemetry.sdk.metrics import MeterProvider
        from opentelemetry.sdk.metrics.export import InMemoryMetricReader
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import SimpleSpanProcessor
        from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

        from optimove_client import Optimove
        from optimove_client.otel import instrument
        from optimove_client.testing import MOCK_BASE_URL, MockOptimove

        spans, reader = InMemorySpanExporter(), InMemoryMetricReader()
        tracer_provider = TracerProvider()
        tracer_provider.add_span_processor(SimpleSpanProcessor(spans))
        trace.set_tracer_provider(tracer_provider)
        metrics.set_meter_provider(MeterProvider(metric_readers=[reader]))
        mock = MockOptimove()
        with instrument(Optimove(api_key=mock.api_key, base_url=MOCK_BASE_URL, transport=mock.transport(),
                                 store="memory://", environ={})) as opt:
            opt.general.get_last_data_update()
            names = {m.name for r in reader.get_metrics_data().resource_metrics
                     for s in r.scope_metrics for m in s.metrics}
        print([span.name for span in spans.get_finished_spans()], sorted(names))
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "['Optimove GetLastDataUpdate'] ['optimove.client.budget.calls_left', "
        "'optimove.client.budget.wait', 'optimove.client.calls']"
    )


def test_what_is_not_a_client_or_a_provider_is_refused_by_name(
    mock: MockOptimove, clock: ManualClock
) -> None:
    with pytest.raises(ConfigurationError, match="client must be an Optimove or an AsyncOptimove, not str"):
        instrument("opt")  # type: ignore[type-var]
    with sync_client(mock, clock) as opt:
        with pytest.raises(
            ConfigurationError, match="tracer_provider must be an OpenTelemetry TracerProvider"
        ):
            instrument(opt, tracer_provider=object())  # type: ignore[arg-type]
        with pytest.raises(
            ConfigurationError, match=r"meter_provider .* \(with get_meter\(\)\), not Readings"
        ):
            instrument(opt, meter_provider=Readings())  # type: ignore[arg-type]


def test_uninstrument_stops_the_reports_and_instrumenting_again_moves_them(
    mock: MockOptimove, clock: ManualClock
) -> None:
    first, second = Readings(), Readings()
    with sync_client(mock, clock) as opt:
        uninstrument(opt)  # never instrumented: nothing to stop
        first.instrument(opt)
        opt.with_options(max_retries=0).general.get_last_data_update()  # a clone shares the reports
        second.instrument(opt)
        opt.general.get_last_data_update()
        assert [len(first.spans()), len(second.spans())] == [1, 1]
        assert len(first.points("optimove.client.budget.calls_left")) == 0
        assert len(second.points("optimove.client.budget.calls_left")) == 3
        uninstrument(opt)
        opt.general.get_last_data_update()
        assert [len(first.spans()), len(second.spans())] == [1, 1]
        assert second.points("optimove.client.budget.calls_left") == []
