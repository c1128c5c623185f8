"""OptimoveHook: the `optimove` connection type, and the Optimove clients made from a connection.

    from optimove_client.airflow import OptimoveHook

    with OptimoveHook().get_conn() as opt:  # the connection optimove_default
        print(opt.general.get_last_data_update())

Every client a hook makes uses the connection's store when it names one (extra `store`, a Redis URL that
every worker reaches): then all tasks of all DAGs under one account share one call budget, one Login
session and the pause a 429 asks for. Without one, the client's default store is a SQLite file of the
worker's user cache folder, shared by the tasks of that machine. `store=` given to the hook wins over both.
"""

from __future__ import annotations

from typing import Any

from airflow.sdk import BaseHook

from optimove_client._client import AsyncOptimove, Optimove
from optimove_client._store import urls
from optimove_client.airflow.connection import (
    CONN_TYPE,
    DEFAULT_CONN_ID,
    ConnectionSettings,
    read_connection,
)


class OptimoveHook(BaseHook):
    """Optimove clients from an Airflow connection of type `optimove`.

    optimove_conn_id: the connection (default optimove_default). store: a store URL that replaces the
    connection's; client_options: other keyword arguments of Optimove(...) (timeout, max_retries,
    rate_limit, attribute_mismatch, ...), which win over the connection's extras.
    """

    conn_name_attr = "optimove_conn_id"
    default_conn_name = DEFAULT_CONN_ID
    conn_type = CONN_TYPE
    hook_name = "Optimove"

    def __init__(
        self, optimove_conn_id: str = DEFAULT_CONN_ID, *, store: str | None = None, **client_options: Any
    ) -> None:
        super().__init__()
        self.optimove_conn_id = optimove_conn_id
        self.store = store
        self.client_options = client_options
        self._settings: ConnectionSettings | None = None

    def settings(self) -> ConnectionSettings:
        """The connection, read and checked once (ConnectionSettingsError naming a bad field)."""
        if self._settings is None:
            self._settings = _masked(read_connection(self.get_connection(self.optimove_conn_id)))
        return self._settings

    async def asettings(self) -> ConnectionSettings:
        """settings(), from async code (a trigger on the triggerer): the connection is fetched without
        blocking the event loop."""
        if self._settings is None:
            from airflow.providers.common.compat.connection import get_async_connection  # noqa: PLC0415

            self._settings = _masked(read_connection(await get_async_connection(self.optimove_conn_id)))
        return self._settings

    def client_arguments(self, settings: ConnectionSettings) -> dict[str, Any]:
        """Optimove(...)'s keyword arguments: the connection's, then the hook's store and options."""
        arguments = settings.client_arguments()
        if self.store is not None:
            arguments["store"] = self.store
        return {**arguments, **self.client_options}

    def get_conn(self) -> Optimove:
        """A new Optimove client of the connection: close it (use it in a with block)."""
        return Optimove(**self.client_arguments(self.settings()))

    async def aget_conn(self) -> AsyncOptimove:
        """A new AsyncOptimove client of the connection: close it (async with)."""
        return AsyncOptimove(**self.client_arguments(await self.asettings()))

    def test_connection(self) -> tuple[bool, str]:
        """The connection form's Test button: one call of GetLastDataUpdate (one call of the budget)."""
        try:
            with self.get_conn() as opt:
                day = opt.general.get_last_data_update()
        except Exception as error:  # any failure is the answer the form shows
            return False, str(error)
        return True, f"connected: Optimove's last data update is {day or 'not there yet'}"


def _masked(settings: ConnectionSettings) -> ConnectionSettings:
    """A store URL with a password is masked in the task's log, as Airflow masks the connection's password
    (it is an extra field, whose name Airflow does not know for a secret)."""
    if settings.store is not None and urls.redacted(settings.store) != settings.store:
        from airflow.providers.common.compat.sdk import mask_secret  # noqa: PLC0415

        mask_secret(settings.store)
    return settings
