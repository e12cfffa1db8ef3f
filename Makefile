# Beroepsplanner — developer commands. A fresh machine needs only Python 3.11+ and make.
#   make run           open the program (creates .venv on first use)
#   make test          the whole test suite, headless
#   make bench         benchmarks (tests/benchmarks), numbers for docs/PERFORMANCE.md
#   make translations  update resources/i18n/*.ts from the code and compile them to .qm
#   make demo          a demo school in demo.db
#   make screenshots   docs/screenshots/window-*.png and the dialogs, from the demo school

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TS_FILES := resources/i18n/beroepsplanner_nl.ts
UI_SOURCES := $(shell find beroepsplanner/ui -name '*.py' 2>/dev/null)

.PHONY: run test bench translations demo screenshots clean venv

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/beroepsplanner

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s -o addopts="-ra" tests/benchmarks

translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -ts $(TS_FILES) -no-obsolete -locations none
	for ts in $(TS_FILES); do $(BIN)/pyside6-lrelease $$ts -qm $${ts%.ts}.qm; done

demo: $(STAMP)
	$(BIN)/beroepsplanner demo --db demo.db

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) build dist .pytest_cache
