# hubdocs: build, serve and test the multilingual Customer Success Hub help site.
# Quick start: `make serve` or `make test`. Everything installs itself into .venv/.

SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LANGUAGES := en fr de es pt
HOST ?= 127.0.0.1
PORT ?= 8000

# `make serve LANG=fr` previews one language. LANG is also the locale variable of the
# environment, so only a LANG given on the command line and naming a site language counts.
ifeq ($(origin LANG),command line)
PREVIEW_LANG := $(filter $(LANGUAGES),$(LANG))
ifeq ($(PREVIEW_LANG),)
$(error LANG=$(LANG) is not a site language; use one of: $(LANGUAGES))
endif
endif
# Recipes run with a sane locale whatever LANG was given.
RUN := env LANG=C.UTF-8 LC_ALL=C.UTF-8 NO_MKDOCS_2_WARNING=1

.PHONY: install serve site test browser-deps check lint lock catalogs bench eval versions serve-versions clean
NODE_STAMP := node_modules/.installed

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

serve: install
	$(RUN) $(if $(PREVIEW_LANG),HUBDOCS_PREVIEW_LANG=$(PREVIEW_LANG)) $(BIN)/mkdocs serve $(if $(PREVIEW_LANG),--dirty) -a $(HOST):$(PORT)

# One process per language (as many at once as processors), merged into the site the
# one-process `mkdocs build --strict --site-dir site` writes, byte for byte.
site: install
	$(RUN) $(BIN)/hubdocs build --site-dir site

check: install
	$(RUN) $(BIN)/hubdocs check

lint: install
	$(BIN)/ruff check hubdocs tests scripts bench eval
	$(BIN)/ruff format --check hubdocs tests scripts bench eval
	$(BIN)/mypy
	$(BIN)/mypy -p eval
	$(BIN)/lint-imports

browser-deps: $(NODE_STAMP)
	@bash scripts/install-browser.sh

# What the browser tests inject into pages (axe-core), from package-lock.json; only `make test`
# needs npm.
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $(NODE_STAMP)

test: install browser-deps lint
	$(RUN) $(BIN)/hubdocs glossary validate
	$(RUN) $(BIN)/hubdocs check
	$(RUN) $(BIN)/python -m pytest -n 2 $(PYTEST_ARGS)

LOCALES := overrides/locales
# Extract the theme's {% trans %} strings and the Key terms labels (N_ in
# hubdocs/glossary/labels.py), merge them into each language's catalog, compile.
catalogs: install
	mkdir -p $(LOCALES)
	$(BIN)/pybabel extract -F babel.cfg --no-location --sort-output --add-comments=TRANSLATORS: --project hubdocs -o $(LOCALES)/messages.pot overrides hubdocs/plugin/templates hubdocs/glossary/labels.py
	@for locale in fr de es pt_BR; do \
	  if [ -f $(LOCALES)/$$locale/LC_MESSAGES/messages.po ]; then \
	    $(BIN)/pybabel update --no-fuzzy-matching -i $(LOCALES)/messages.pot -d $(LOCALES) -l $$locale; \
	  else \
	    $(BIN)/pybabel init -i $(LOCALES)/messages.pot -d $(LOCALES) -l $$locale; \
	  fi; \
	done
	$(BIN)/pybabel compile --statistics -d $(LOCALES)

# Build and check cost against vanilla Material + static-i18n (BENCH_QUICK=1 for a small run).
bench: install
	$(RUN) $(BIN)/python -m bench.run

# Recall and false alarms of the checker on the labelled corpus of eval/cases/ (see eval/README.md).
eval: install
	$(RUN) $(BIN)/python -m eval.run

# Deploy the versions of versions.yml with mike to the local gh-pages branch (no push).
versions: install
	$(RUN) $(BIN)/python scripts/deploy_versions.py

serve-versions: versions
	$(RUN) $(BIN)/python scripts/serve_site.py --branch gh-pages --host $(HOST) --port $(PORT)

# Regenerate the lock file after changing dependencies in pyproject.toml.
lock: install
	$(BIN)/uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 -o requirements.lock

clean:
	rm -rf site .pytest_cache
