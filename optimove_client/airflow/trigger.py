"""OptimoveDataReadyTrigger: the data-ready sensor's wait, on the triggerer, with the async client.

It calls GetLastDataUpdate once per poke interval through one AsyncOptimove of the connection (within
the account's budget, in the connection's store, as every other client of the account), and fires once:
`reached` with the last data update when it is on or after the date, or `error` with the client's
message when a call fails after its retries (or the connection is wrong). Its serialized form holds the
connection id, the date and the interval, never a credential.
"""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import AsyncIterator
from typing import Any

from airflow.triggers.base import BaseTrigger, TriggerEvent

from optimove_client.airflow.connection import DEFAULT_CONN_ID
from optimove_client.airflow.hook import OptimoveHook
from optimove_client.errors import OptimoveError

REACHED, ERROR = "reached", "error"
# The wait between two polls (a module attribute, so that a test can watch it instead of waiting).
_sleep = asyncio.sleep


class OptimoveDataReadyTrigger(BaseTrigger):
    """Fires when Optimove's last data update has reached `date` (YYYY-MM-DD)."""

    def __init__(
        self,
        *,
        date: str,
        poke_interval: float,
        optimove_conn_id: str = DEFAULT_CONN_ID,
        store: str | None = None,
    ) -> None:
        super().__init__()
        self.date = date
        self.poke_interval = poke_interval
        self.optimove_conn_id = optimove_conn_id
        self.store = store

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return (
            f"{type(self).__module__}.{type(self).__qualname__}",
            {
                "date": self.date,
                "poke_interval": self.poke_interval,
                "optimove_conn_id": self.optimove_conn_id,
                "store": self.store,
            },
        )

    async def run(self) -> AsyncIterator[TriggerEvent]:
        target = datetime.date.fromisoformat(self.date)
        try:
            hook = OptimoveHook(self.optimove_conn_id, store=self.store)
            async with await hook.aget_conn() as opt:
                while True:
                    last = await opt.general.get_last_data_update()
                    if last is not None and last >= target:
                        yield TriggerEvent(
                            {"status": REACHED, "date": self.date, "last_data_update": last.isoformat()}
                        )
                        return
                    self.log.info(
                        "Optimove's last data update is %s, not yet %s: next look in %gs",
                        last or "not there yet",
                        self.date,
                        self.poke_interval,
                    )
                    await _sleep(self.poke_interval)
        except OptimoveError as error:  # a ConfigurationError of the connection is one too
            yield TriggerEvent({"status": ERROR, "date": self.date, "message": str(error)})
