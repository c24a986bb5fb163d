# redline: two commands on a fresh machine — `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo.db
PYTEST_ARGS ?=

.PHONY: demo test lint typecheck pytest install clean models

$(BIN)/redline $(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25.1"
	$(BIN)/python -m pip install --quiet -e . --group dev
	touch $(VENV)/.installed

install: $(VENV)/.installed

## demo: ingest the bundled samples into an embedded SQLite file and print the positions
demo: $(VENV)/.installed
	rm -f $(DEMO_DB)
	$(BIN)/redline ingest examples/articles --db sqlite:///$(DEMO_DB) --setting actors_file=examples/actors.toml --no-progress
	@echo "--- re-running the same ingest changes nothing:"
	$(BIN)/redline ingest examples/articles --db sqlite:///$(DEMO_DB) --setting actors_file=examples/actors.toml --no-progress
	$(BIN)/redline claims --db sqlite:///$(DEMO_DB) --positions

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests bench scripts examples
	$(BIN)/ruff format --check src tests bench scripts examples

typecheck: $(VENV)/.installed
	$(BIN)/mypy

## pytest: every tier whose needs are present (see tests/README.md)
pytest: $(VENV)/.installed
	REDLINE_TEST_POSTGRES_URL="$${REDLINE_TEST_POSTGRES_URL:-$$(bash scripts/postgres-url)}" \
	  $(BIN)/pytest -n 2 $(PYTEST_ARGS)

## test: lint, type check, tests
test: lint typecheck pytest

## models: retrain the shipped speech-act model from ../shared/eval/plv/PLV_train.tsv (CPU, ~10 s)
models: $(VENV)/.installed
	$(BIN)/python scripts/train_speechacts.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache $(DEMO_DB)
