"""Optimove in Apache Airflow 3 (the optional `[airflow]` extra: pip install 'optimove-client[airflow]').

The package registers itself as an Airflow provider (the `apache_airflow_provider` entry point): the
connection type `optimove` (optimove_default by default) and

- OptimoveHook: Optimove clients from a connection (its store shared by every worker, when it names one);
- OptimoveDataReadySensor: waits until GetLastDataUpdate reaches the run's date (deferrable);
- OptimoveExportOperator: every page of a paging function to a file or an object store, resumable;
- OptimoveLoadOperator: the dlt source for the run's date into dlt's destination.

Names are imported when first used, so that Airflow reading the provider's description imports nothing
of Airflow's operators.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from optimove_client._lazy import lazy_names
from optimove_client.errors import MissingExtraError

INSTALL = "pip install 'optimove-client[airflow]'"

try:
    import airflow.sdk as _airflow_sdk  # noqa: F401 - is the extra installed (Airflow 3, the Task SDK)?
except ImportError as missing:
    raise MissingExtraError(
        f"the Airflow provider needs Airflow 3 ({missing.name or 'airflow'} is not installed): {INSTALL}"
    ) from None

if TYPE_CHECKING:
    from optimove_client.airflow.export import OptimoveExportOperator
    from optimove_client.airflow.hook import OptimoveHook
    from optimove_client.airflow.load import OptimoveLoadOperator
    from optimove_client.airflow.sensor import OptimoveDataReadySensor
    from optimove_client.airflow.trigger import OptimoveDataReadyTrigger

_WHERE = {
    "OptimoveHook": "hook",
    "OptimoveDataReadySensor": "sensor",
    "OptimoveDataReadyTrigger": "trigger",
    "OptimoveExportOperator": "export",
    "OptimoveLoadOperator": "load",
}

__all__ = [
    "INSTALL",
    "OptimoveDataReadySensor",
    "OptimoveDataReadyTrigger",
    "OptimoveExportOperator",
    "OptimoveHook",
    "OptimoveLoadOperator",
]


__getattr__ = lazy_names(globals(), {name: f".{module}" for name, module in _WHERE.items()})
