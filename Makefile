# Every target that needs the tools runs `setup` first, so `make demo` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HANDWRITTEN := optimove_client generator tests

.PHONY: setup generate check-generated lint typecheck test pytest demo mock clean

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

pytest: setup
	$(BIN)/python -m pytest

test: lint typecheck pytest

demo: setup
	$(BIN)/python -m optimove_client.demo

# The mock Optimove on 127.0.0.1 (PORT=8080 by default; extra options in MOCK_ARGS).
PORT ?= 8080
mock: setup
	$(BIN)/optimove-mock --port $(PORT) $(MOCK_ARGS)

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
