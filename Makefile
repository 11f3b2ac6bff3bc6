# The README's two commands (`make run`, `make test`) and the checks; .ci/run calls `make test`.
VENV := .venv
BIN := $(VENV)/bin
CODE := graph api ingest dipgraph tests
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: venv seed web run system-deps lint test typecheck

venv: $(VENV)/.installed

# Reinstalls only when pyproject.toml is newer than the stamp; a failed install leaves no stamp.
$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || python3 -m venv $(VENV)
	$(BIN)/python -m pip install -e ".[test]"
	touch $@

seed: venv
	$(BIN)/dipgraph ingest seeds/

# The web page (api/web) is built into api/web/dist; rebuilt only when its sources or lockfile change.
WEB := api/web
WEB_SOURCES := $(WEB)/package.json $(WEB)/package-lock.json $(WEB)/index.html $(WEB)/vite.config.js \
	$(wildcard $(WEB)/src/*)

web: $(WEB)/dist/.built

$(WEB)/dist/.built: $(WEB_SOURCES)
	cd $(WEB) && npm ci && npm run build
	touch $@

run: seed web
	$(BIN)/dipgraph serve --host 127.0.0.1 --port 8000

# Java 17 and Maven run the real Neo4j that the test suite starts (scripts/neo4j-local);
# Debian's chromium runs the browser tests (tests/web; Playwright never downloads a browser).
system-deps:
	@if [ -x /usr/bin/chromium ]; then \
		:; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; \
	else \
		echo "Chromium is needed for the browser tests: sudo apt-get install chromium" >&2; \
		exit 1; \
	fi
	@if command -v java >/dev/null 2>&1 && command -v mvn >/dev/null 2>&1; then \
		exit 0; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y openjdk-17-jdk-headless maven; \
	else \
		echo "Java 17 and Maven are needed for the Neo4j tests:" \
			"sudo apt-get install openjdk-17-jdk-headless maven" >&2; \
		exit 1; \
	fi

lint: venv
	$(BIN)/ruff check $(CODE)
	$(BIN)/ruff format --check $(CODE)

test: venv system-deps web lint typecheck
	$(BIN)/python -m pytest -q

typecheck: venv
	$(BIN)/mypy
