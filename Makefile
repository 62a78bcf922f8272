# Two commands do everything: `make run` (the demo site) and `make test` (every test).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test ci lint format check messages install bench eval-b1 eval-search clean-db

$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	touch $(STAMP)

install: $(STAMP)

# Translations are compiled with polib (a Python package), so no system gettext is needed.
messages: $(STAMP)
	$(PY) scripts/compile_messages.py

run: install messages
	$(PY) manage.py migrate --no-input -v 0
	$(PY) manage.py load_demo
	@$(PY) scripts/welcome.py $(HOST) $(PORT)
	@# The background worker (outgoing mail, search-index updates) runs beside the site.
	$(PY) manage.py db_worker --backend background --queue-name '*' -v 0 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install messages
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/lint-imports

format: install
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

check: install messages
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py makemigrations --check --dry-run
	$(PY) scripts/check_deploy.py

# What CI runs after starting PostgreSQL and Elasticsearch (see .ci/run): the README's test
# command (`make test`, every test against PostgreSQL, with Elasticsearch as the search engine
# when .ci/run sets SEARCH_BACKEND), the search tests on PostgreSQL's own full-text engine, then
# the non-browser tests again on the embedded SQLite default.
SEARCH_TESTS := tests/test_search_service.py tests/test_search_relevance.py \
	tests/test_search_evaluation.py
ci: lint check test
	env SEARCH_BACKEND=database $(PY) -m pytest -m "not browser" $(SEARCH_TESTS) $(PYTEST_ARGS)
	env -u DATABASE_URL -u SEARCH_BACKEND $(PY) -m pytest -m "not browser and not postgres and not elasticsearch" $(PYTEST_ARGS)

bench: install messages
	$(PY) -m bench $(BENCH_ARGS)
	$(PY) -m bench.search $(BENCH_SEARCH_ARGS)
	$(PY) -m bench.replay

# The B1 checker on its labelled Dutch/English/German set: accuracy, precision, recall, speed.
eval-b1: install
	$(PY) -m plainlanguage.evaluate

# Search relevance (nDCG@10, recall@20) of the directory, the API and the site search on a
# seeded fictional world, per engine: EVAL_SEARCH_ARGS="--engines sqlite".
eval-search: install
	$(PY) -m evaluation.search $(EVAL_SEARCH_ARGS)

# Lighthouse (from npm, pinned in audit/package-lock.json) against the demo site in Debian's Chromium.
audit: install messages
	npm ci --prefix audit --no-audit --no-fund --loglevel=error
	$(PY) audit/lighthouse.py

clean-db:
	rm -f db.sqlite3
	rm -rf media
