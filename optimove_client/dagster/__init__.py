"""Optimove in Dagster (the optional `[dagster]` extra: pip install 'optimove-client[dagster]').

- OptimoveResource: a ConfigurableResource of Optimove clients (credentials as EnvVar, the server, the
  store every run shares, the client's limits);
- optimove_dlt_assets: the dlt source's tables as daily partitioned assets, through dagster-dlt;
- optimove_data_ready_sensor: a run for each partition whose day Optimove has finished (GetLastDataUpdate);
- OptimoveDltTranslator: dagster-dlt's translator, with each table's asset depending on its parent's.

examples/dagster/optimove_daily.py puts them together in a Definitions (`dagster dev -f` runs it).
Names are imported when first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from optimove_client._lazy import lazy_names
from optimove_client.errors import MissingExtraError

INSTALL = "pip install 'optimove-client[dagster]'"

try:  # is the extra installed? Dagster, its dlt integration, and the dlt source's own packages
    import dagster as _dagster  # noqa: F401
    import dagster_dlt as _dagster_dlt  # noqa: F401
    import dlt as _dlt  # noqa: F401
    import pyarrow as _pyarrow  # noqa: F401
except ImportError as missing:
    raise MissingExtraError(
        f"the Dagster integration needs {missing.name or 'dagster'}, which is not installed: {INSTALL}"
    ) from None

if TYPE_CHECKING:
    from optimove_client.dagster.assets import optimove_dlt_assets
    from optimove_client.dagster.lineage import OptimoveDltTranslator
    from optimove_client.dagster.resource import OptimoveResource
    from optimove_client.dagster.sensor import optimove_data_ready_sensor

_WHERE = {
    "OptimoveResource": "resource",
    "optimove_dlt_assets": "assets",
    "optimove_data_ready_sensor": "sensor",
    "OptimoveDltTranslator": "lineage",
}

__all__ = [
    "INSTALL",
    "OptimoveDltTranslator",
    "OptimoveResource",
    "optimove_data_ready_sensor",
    "optimove_dlt_assets",
]


__getattr__ = lazy_names(globals(), {name: f".{module}" for name, module in _WHERE.items()})
