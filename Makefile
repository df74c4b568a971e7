# Two commands: `make run` serves the demo, `make test` runs every check and test.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
CHROMIUM ?= /usr/bin/chromium
HOST ?= 127.0.0.1:8000

.PHONY: run test install browser fonts vnu lint checks pytest clean bench wrk

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed

# Join links, QR codes on cards and links in messages use the address the demo is served on.
# Emails and texts go to the development outbox (outbox/), not the terminal.
RUN_ENV := DEBUG=true SITE_URL=http://$(HOST) EMAIL_PROVIDER=file TEXT_PROVIDER=file OUTBOX_DIR=outbox

# Printed letters use the DejaVu fonts (Welsh letters, curly quotes, the pound sign); without
# them letters still print, in plain letters.
fonts:
	@if [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then \
		true; \
	elif [ "$$(id -u)" = "0" ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core; \
	else \
		echo "For letters with every letter and sign: sudo apt-get install -y fonts-dejavu-core"; \
	fi

run: install fonts
	@$(RUN_ENV) $(PY) manage.py migrate --noinput -v 0
	@$(RUN_ENV) LOG_LEVEL=WARNING $(PY) manage.py seed_demo
	@echo "Open http://$(HOST)/ and sign in with one of the logins above (HOST=address:port to change it)."
	$(RUN_ENV) $(PY) manage.py runserver $(HOST)

# Debian's Chromium drives the browser tests; Playwright's own download cannot be used here.
browser:
	@if [ -x "$(CHROMIUM)" ]; then \
		echo "Chromium found at $(CHROMIUM)"; \
	elif [ "$$(id -u)" = "0" ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	else \
		echo "Chromium is missing: run 'sudo apt-get install -y chromium' (or set CHROMIUM=path)."; \
		exit 1; \
	fi

# wrk drives the benchmark; Debian packages it.
wrk:
	@if command -v wrk >/dev/null; then \
		echo "wrk found at $$(command -v wrk)"; \
	elif [ "$$(id -u)" = "0" ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; \
	else \
		echo "wrk is missing: run 'sudo apt-get install -y wrk'."; \
		exit 1; \
	fi

# Scale data, gunicorn and wrk, on SQLite and PostgreSQL (BENCH_DATABASE_URL, default
# postgres://postgres@127.0.0.1:5432/codesign_bench, dropped and made afresh): writes
# docs/performance.md. About 10 minutes.
bench: install wrk
	$(PY) -m bench.run

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

checks: install
	DJANGO_SETTINGS_MODULE=tests.settings $(PY) manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=tests.settings $(PY) manage.py makemigrations --check --dry-run

# The tests without a browser run in PYTEST_WORKERS processes (pytest-xdist; each has its own
# database, media folder, Redis database and bucket prefix: tests/settings.py). The browser
# tests run after them, in BROWSER_WORKERS processes, each with its own live server and
# Chromium (0 runs them in this one process); BROWSER_TESTS chooses which of them (a marker
# expression), so .ci/run can leave the every-page sweeps ("sweep") out of its second pass.
# pytest fails when a run collects no tests at all.
PYTEST_WORKERS ?= 2
BROWSER_WORKERS ?= 2
BROWSER_TESTS ?= browser

# The W3C's Nu HTML checker (vnu.jar), from the npm registry, checks every page of the demo is
# valid HTML; it needs Java.
VNU_VERSION := 26.9.27
VNU_JAR := .tools/node_modules/vnu-jar/build/dist/vnu.jar
vnu:
	@if ! command -v java >/dev/null; then \
		if [ "$$(id -u)" = "0" ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless; \
		else \
			echo "Java is missing: run 'sudo apt-get install -y default-jre-headless'."; exit 1; \
		fi; \
	fi
	@if [ ! -f "$(VNU_JAR)" ] && ! command -v npm >/dev/null; then \
		if [ "$$(id -u)" = "0" ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm; \
		else \
			echo "npm is missing: run 'sudo apt-get install -y npm'."; exit 1; \
		fi; \
	fi
	@if [ ! -f "$(VNU_JAR)" ]; then \
		npm install --silent --no-save --no-audit --no-fund --ignore-scripts --prefix .tools vnu-jar@$(VNU_VERSION); \
	fi

pytest: install browser fonts vnu
	$(PY) -m pytest -m "not browser" -n $(PYTEST_WORKERS)
	CHROMIUM_PATH=$(CHROMIUM) $(PY) -m pytest -m "$(BROWSER_TESTS)" -n $(BROWSER_WORKERS) --dist worksteal

test: lint checks pytest

clean:
	rm -rf $(VENV) staticfiles build .test-media *.egg-info .tools
