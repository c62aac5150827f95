# Two commands do everything on a fresh machine: `make run` (the app on the sample corpus) and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
RUN_STAMP := $(VENV)/.frise-run
TEST_STAMP := $(VENV)/.frise-test

.PHONY: run test test-slow lint bench sample install chromium clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test,dask]"
	touch $@ $(RUN_STAMP)

install: $(RUN_STAMP)

# Browser tests drive Debian's chromium; install it when missing and apt-get is usable.
chromium:
	@if [ -x /usr/bin/chromium ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then \
		sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "chromium is missing and apt-get is not usable: browser tests will be skipped"; fi

# The sample collection is built once; documents already in the store are skipped.
sample: $(RUN_STAMP)
	$(PY) -m timeline extract data/articles --collection exemple

run: sample
	$(PY) -m timeline app

lint: $(TEST_STAMP)
	$(PY) -m ruff check timeline tests bench app.py
	$(PY) -m mypy

test: $(TEST_STAMP) chromium lint
	$(PY) -m pytest -q -m "not slow"

test-slow: $(TEST_STAMP) chromium
	FRISE_HYPOTHESIS=explore $(PY) -m pytest -q -m slow

bench: $(TEST_STAMP) chromium
	$(PY) -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
