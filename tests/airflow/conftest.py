"""tests/airflow/inside/ runs in Airflow's own environment (tests/.airflow-venv, `make airflow-env`), started
by test_airflow_provider.py; the main suite, which has no Airflow, does not collect it."""

from __future__ import annotations

import importlib.util

collect_ignore = [] if importlib.util.find_spec("airflow") else ["inside"]
