"""OptimoveDataReadySensor: wait until Optimove has finished the run's day (GetLastDataUpdate).

    wait = OptimoveDataReadySensor(task_id="wait_for_optimove", poke_interval=600, timeout=6 * 3600,
                                   deferrable=True)

It succeeds when GetLastDataUpdate has reached the run's date (by default the day before the logical
date, in the DAG's time zone; `date=` takes another, templated), and pushes the last data update
(YYYY-MM-DD) to XCom. Each poke is one call, within the account's budget. deferrable=True looks once on
the worker, then hands the wait to OptimoveDataReadyTrigger on the triggerer, which polls with the async
client once per poke interval: no worker slot is held while Optimove is not ready. A connection that
cannot be read fails the task without retries (AirflowFailException): a retry would read it the same.
"""

from __future__ import annotations

import datetime
from typing import Any

from airflow.providers.common.compat.sdk import AirflowException, AirflowFailException
from airflow.sdk import BaseSensorOperator, PokeReturnValue

from optimove_client.airflow.connection import DEFAULT_CONN_ID
from optimove_client.airflow.dates import run_date
from optimove_client.airflow.hook import OptimoveHook
from optimove_client.airflow.trigger import REACHED, OptimoveDataReadyTrigger
from optimove_client.errors import ConfigurationError


class OptimoveDataReadySensor(BaseSensorOperator):
    """Succeeds once Optimove's last data update is on or after the run's date."""

    template_fields = ("date", "optimove_conn_id")
    ui_color = "#e0f0ff"

    def __init__(
        self,
        *,
        date: str | datetime.date | None = None,
        optimove_conn_id: str = DEFAULT_CONN_ID,
        store: str | None = None,
        deferrable: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.date = date
        self.optimove_conn_id = optimove_conn_id
        self.store = store
        self.deferrable = deferrable

    def _target(self, context: Any) -> datetime.date:
        try:
            return run_date(context, self.date)
        except ConfigurationError as error:
            raise AirflowFailException(str(error)) from None

    def poke(self, context: Any) -> PokeReturnValue:
        target = self._target(context)
        hook = OptimoveHook(self.optimove_conn_id, store=self.store)
        try:
            client = hook.get_conn()
        except ConfigurationError as error:
            raise AirflowFailException(str(error)) from None
        with client as opt:
            last = opt.general.get_last_data_update()
        reached = last is not None and last >= target
        self.log.info(
            "Optimove's last data update is %s: %s %s",
            last or "not there yet",
            "on or after" if reached else "not yet",
            target,
        )
        return PokeReturnValue(is_done=reached, xcom_value=last.isoformat() if reached and last else None)

    def execute(self, context: Any) -> Any:
        if not self.deferrable:
            return super().execute(context)
        first = self.poke(context)  # ready already: no need to defer
        if first.is_done:
            return first.xcom_value
        self.defer(
            trigger=OptimoveDataReadyTrigger(
                date=self._target(context).isoformat(),
                poke_interval=self.poke_interval,
                optimove_conn_id=self.optimove_conn_id,
                store=self.store,
            ),
            method_name="execute_complete",
            timeout=datetime.timedelta(seconds=self.timeout),
        )

    def execute_complete(self, context: Any, event: dict[str, Any] | None = None) -> str:
        """Back from the trigger: its last data update, or its failure as the task's."""
        if event is None:
            raise AirflowException("the Optimove data-ready trigger ended without an event")
        if event.get("status") != REACHED:
            raise AirflowException(
                f"waiting for Optimove's data of {event.get('date')}: {event.get('message')}"
            )
        self.log.info(
            "Optimove's last data update is %s: on or after %s", event["last_data_update"], event["date"]
        )
        return str(event["last_data_update"])
