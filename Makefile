# Every target that needs the tools runs `setup` first, so `make demo` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HANDWRITTEN := optimove_client generator tests bench examples
# Airflow 3's own environment, for the Airflow provider's tests (see airflow-env below).
AIRFLOW_VENV := tests/.airflow-venv
AIRFLOW_STAMP := $(AIRFLOW_VENV)/.installed

.PHONY: setup generate check-generated lint typecheck test pytest reliability demo mock clean bench bench-quick airflow-env

setup: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

generate: setup
	$(BIN)/python -m generator

check-generated: setup
	$(BIN)/python -m generator --check

lint: setup
	$(BIN)/ruff check $(HANDWRITTEN)
	$(BIN)/ruff format --check $(HANDWRITTEN)

typecheck: setup
	$(BIN)/mypy --strict optimove_client generator
	cd generated_client && ../$(BIN)/mypy --strict optimove_generated

# --reliability-check: RELIABILITY.md must still be what the reliability tests write (`make reliability`).
# OPTIMOVE_REQUIRE_AIRFLOW: the Airflow provider's tests fail, rather than skip, without Airflow's environment.
pytest: setup $(AIRFLOW_STAMP)
	OPTIMOVE_REQUIRE_AIRFLOW=1 $(BIN)/python -m pytest --reliability-check RELIABILITY.md

reliability: setup
	$(BIN)/python -m pytest -q -m reliability --reliability-report RELIABILITY.md

test: lint typecheck pytest

# Airflow 3 in an environment of its own (its dependencies never meet the development tools'): the project
# with its [airflow,dlt] and testing extras, and the pytest of the test extra. tests/airflow/ runs the
# provider's tests and `airflow dags test` of examples/airflow/ in it. Its SQLite metadata database is
# migrated once, here (about 15 s): each test run starts from a copy.
PINNED_PYTEST := $(shell grep -o '"pytest==[^"]*"' pyproject.toml)

airflow-env: $(AIRFLOW_STAMP)

$(AIRFLOW_STAMP): pyproject.toml
	$(PYTHON) -m venv $(AIRFLOW_VENV)
	$(AIRFLOW_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(AIRFLOW_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -e '.[airflow,dlt,testing]' $(PINNED_PYTEST)
	rm -rf $(AIRFLOW_VENV)/airflow-home
	AIRFLOW_HOME=$(CURDIR)/$(AIRFLOW_VENV)/airflow-home AIRFLOW__CORE__LOAD_EXAMPLES=False \
		$(AIRFLOW_VENV)/bin/airflow db migrate > $(AIRFLOW_VENV)/db-migrate.log
	@touch $(AIRFLOW_STAMP)

demo: setup
	$(BIN)/python -m optimove_client.demo

# The mock Optimove on 127.0.0.1 (PORT=8080 by default; extra options in MOCK_ARGS).
PORT ?= 8080
mock: setup
	$(BIN)/optimove-mock --port $(PORT) $(MOCK_ARGS)

# Benchmarks (bench/): the client against the physical floor and the PyPI peer, in one run.
# The peer lives in its own virtual environment so that its dependencies never meet ours.
PEER_VENV := bench/.peer-venv
PEER_STAMP := $(PEER_VENV)/.installed

$(PEER_STAMP):
	$(PYTHON) -m venv $(PEER_VENV)
	$(PEER_VENV)/bin/python -m pip install --quiet --disable-pip-version-check optimove==2.0.0
	@touch $(PEER_STAMP)

# The exports run where a user's install puts them: the client with its [arrow] extra and nothing else
# (the bench's .venv has the test extras, and httpx imports click, rich and pygments when they are there).
USER_VENV := bench/.user-venv
USER_STAMP := $(USER_VENV)/.installed

$(USER_STAMP): pyproject.toml
	$(PYTHON) -m venv $(USER_VENV)
	$(USER_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(USER_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -e '.[arrow]'
	@touch $(USER_STAMP)

bench: setup $(PEER_STAMP) $(USER_STAMP)
	$(BIN)/python -m bench.run --output bench/results/latest.md

# A reduced run (under a minute); it includes the peer only if its environment exists.
bench-quick: setup
	$(BIN)/python -m bench.run --quick

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
