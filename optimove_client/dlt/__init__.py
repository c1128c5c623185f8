"""Optimove into a warehouse with dlt (the optional `[dlt]` extra: pip install 'optimove-client[dlt]').

    import dlt
    from optimove_client.dlt import optimove_source

    pipeline = dlt.pipeline("optimove_pipeline", destination="duckdb", dataset_name="optimove")
    pipeline.run(optimove_source(start_date="2024-06-01", api_key="...", server=5, attributes=["Alias"]))

`optimove_source` is a dlt source whose resources call Optimove through one client (its authentication,
the account's budget and store, retries, lazy paging, attributes): reference tables replaced with each
new date (and on the first run of a day), and per execution date, from start_date or the saved state up
to GetLastDataUpdate's date, the executed campaigns, their details, their target groups' actions, the
customers of each action and attribute changers. `load_by_date` runs a pipeline once per pending date, so
that a failed backfill keeps the dates before the one that failed. `optimove load` does the same from a
shell.
"""

from __future__ import annotations

from optimove_client.errors import MissingExtraError

INSTALL = "pip install 'optimove-client[dlt]'"

try:
    import dlt as _dlt  # noqa: F401 - is the extra installed?
    import pyarrow as _pyarrow  # noqa: F401 - customer rows are loaded as Arrow record batches
except ImportError as missing:
    raise MissingExtraError(
        f"the dlt source needs {missing.name or 'dlt'}, which is not installed: {INSTALL}"
    ) from None

from optimove_client.dlt._plan import DataNotReadyError  # noqa: E402
from optimove_client.dlt._runs import DateLoad, DateLoadError, load_by_date  # noqa: E402
from optimove_client.dlt._source import ClientOptions, optimove_source  # noqa: E402
from optimove_client.dlt._tables import PER_DATE, TABLES, Table  # noqa: E402

__all__ = [
    "INSTALL",
    "PER_DATE",
    "TABLES",
    "ClientOptions",
    "DataNotReadyError",
    "DateLoad",
    "DateLoadError",
    "Table",
    "load_by_date",
    "optimove_source",
]
