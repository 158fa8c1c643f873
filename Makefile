# The two commands of the README: `make run` serves recordsmith, `make test` runs the test suite.
# Both set up .venv from pyproject.toml on a fresh machine first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

$(BIN)/recordsmith: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

.PHONY: install run test test-fast lint schemas
install: $(BIN)/recordsmith

run: install
	$(BIN)/recordsmith serve

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest

test-fast: install
	$(BIN)/python -m pytest -m "not slow"

schemas: install
	$(BIN)/recordsmith schemas export
