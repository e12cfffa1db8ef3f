# Beroepsplanner — developer commands. A fresh machine needs only Python 3.11+ and make.
#   make run           open the program (creates .venv on first use)
#   make test          ruff and mypy (make lint), then the whole test suite, headless
#   make lint          ruff check . (lint, import order) and mypy, configured in pyproject.toml
#   make bench         benchmarks (tests/benchmarks), numbers for docs/PERFORMANCE.md
#   make translations  update resources/i18n/*.ts from the code and compile them to .qm
#                      (then scripts/translate.py --missing, and --lang en --missing)
#   make demo          a demo school in demo.db
#   make screenshots   docs/screenshots/window-*.png and the dialogs at 1280x720, and in small/ at 1366x768 125 %
#   make dist          the program as one folder, dist/Beroepsplanner (PyInstaller, installer.spec)
#   make dist-check    make dist, then run the frozen program: commands, a PDF, an import, the window

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# beroepsplanner_nl: every text of the window, except ui/domain_text.py, ui/error_text.py and ui/english/ (the English of the
#   domain's own Dutch texts; the Dutch window shows those texts themselves).
# beroepsplanner_en: the source texts are English, so only their plural forms
#   (lupdate -pluralonly; fill them with scripts/translate.py --lang en).
# qtbase_extra_nl: Dutch for texts of Qt's own file dialog that qtbase_nl lacks (by hand).
TS_NL := resources/i18n/beroepsplanner_nl.ts
TS_EN := resources/i18n/beroepsplanner_en.ts
TS_FILES := $(TS_NL) $(TS_EN) resources/i18n/qtbase_extra_nl.ts
UI_SOURCES := $(shell find beroepsplanner/ui -name '*.py' 2>/dev/null)
NL_SOURCES := $(filter-out beroepsplanner/ui/domain_text.py beroepsplanner/ui/error_text.py beroepsplanner/ui/english/%,$(UI_SOURCES))

.PHONY: run test lint bench translations demo screenshots clean venv dist dist-check

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# setuptools prints a warning block about editable installs of a flat layout on every
	# install; it says nothing a user can act on.
	PYTHONWARNINGS=ignore $(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/beroepsplanner

# The checks first: they take seconds (mypy keeps its cache in .venv), the suite minutes.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s -o addopts="-ra" tests/benchmarks

translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(NL_SOURCES) -ts $(TS_NL) -no-obsolete -locations none
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -ts $(TS_EN) -pluralonly -source-language en \
		-target-language en -no-obsolete -locations none
	for ts in $(TS_FILES); do $(BIN)/pyside6-lrelease $$ts -qm $${ts%.ts}.qm; done

demo: $(STAMP)
	$(BIN)/beroepsplanner demo --db demo.db

screenshots: $(STAMP)
	$(BIN)/python scripts/screenshots.py

DIST_STAMP := $(VENV)/.dist-stamp
FROZEN := dist/Beroepsplanner/Beroepsplanner

$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[dist]"
	touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	$(BIN)/python -m PyInstaller --noconfirm --log-level WARN \
		--distpath dist --workpath build/pyinstaller installer.spec
	@du -sh dist/Beroepsplanner

# Every step must succeed; the frozen `check` must say what the source says. The
# program's settings and automatic back-ups go to the temporary folder, not the
# user's; BEROEPSPLANNER_QUIT_AFTER_MS closes the window after it has been shown, and a
# traceback or a message of the program (e.g. a translation not found) on stderr fails.
dist-check: dist
	@set -eu; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	export HOME="$$tmp/home" XDG_CONFIG_HOME="$$tmp/config" XDG_DATA_HOME="$$tmp/data"; \
	export QT_QPA_PLATFORM=offscreen; unset BEROEPSPLANNER_DB BEROEPSPLANNER_LANG; \
	db="$$tmp/demo.db"; \
	echo "dist-check: --version"; $(FROZEN) --version | grep -qx "beroepsplanner $$($(BIN)/python -c 'import beroepsplanner; print(beroepsplanner.__version__)')"; \
	echo "dist-check: demo"; $(FROZEN) demo --db "$$db" >/dev/null; \
	echo "dist-check: list chains --json"; $(FROZEN) list chains --json --db "$$db" > "$$tmp/chains.json"; \
	$(BIN)/python -c 'import json, sys; assert len(json.load(open(sys.argv[1]))) > 0' "$$tmp/chains.json"; \
	echo "dist-check: check"; \
	frozen=0; $(FROZEN) check --db "$$db" > "$$tmp/check-frozen.txt" || frozen=$$?; \
	source=0; $(BIN)/beroepsplanner check --db "$$db" > "$$tmp/check-source.txt" || source=$$?; \
	test "$$frozen" = "$$source"; diff "$$tmp/check-source.txt" "$$tmp/check-frozen.txt"; \
	echo "dist-check: print logbooks"; \
	$(FROZEN) print logbooks --class "Groep 6b" --out "$$tmp/logboeken.pdf" --db "$$db" >/dev/null; \
	head -c 5 "$$tmp/logboeken.pdf" | grep -q '%PDF-'; \
	echo "dist-check: import companies"; \
	printf 'Naam;Plaats;Beroepen\nBakkerij De Korenaar;Utrecht;bakker, verkoper\n' > "$$tmp/bedrijven.csv"; \
	$(FROZEN) import companies "$$tmp/bedrijven.csv" --db "$$db" >/dev/null; \
	$(FROZEN) list companies --json --db "$$db" | grep -q "Bakkerij De Korenaar"; \
	echo "dist-check: the window (offscreen)"; \
	BEROEPSPLANNER_QUIT_AFTER_MS=1000 timeout 120 $(FROZEN) --db "$$db" 2> "$$tmp/window.err"; \
	if grep -E "Traceback|beroepsplanner:" "$$tmp/window.err"; then exit 1; fi; \
	echo "dist-check: the frozen program works ($$(du -sh dist/Beroepsplanner | cut -f1))"

clean:
	rm -rf $(VENV) build dist .pytest_cache
