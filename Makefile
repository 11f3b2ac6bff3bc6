# The README's two commands (`make run`, `make test`) and the checks; .ci/run calls `make test`.
VENV := .venv
BIN := $(VENV)/bin
CODE := graph api ingest dipgraph tests
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: venv seed run system-deps lint test typecheck

venv: $(VENV)/.installed

# Reinstalls only when pyproject.toml is newer than the stamp; a failed install leaves no stamp.
$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || python3 -m venv $(VENV)
	$(BIN)/python -m pip install -e ".[test]"
	touch $@

seed: venv
	$(BIN)/dipgraph ingest seeds/events seeds/000_33d1ed684b20675d.txt

run: seed
	$(BIN)/dipgraph serve --host 127.0.0.1 --port 8000

# Java 17 and Maven run the real Neo4j that the test suite starts (scripts/neo4j-local).
system-deps:
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

test: venv system-deps lint
	$(BIN)/python -m pytest -q

typecheck: venv
	$(BIN)/mypy
