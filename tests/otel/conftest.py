"""The OpenTelemetry tests' fixtures: SDK providers that keep what they get in memory (readings.py)."""

from __future__ import annotations

import pytest

from tests.otel.readings import Readings


@pytest.fixture
def readings() -> Readings:
    return Readings()
