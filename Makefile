# The two quick-start commands: `make demo` (the main job) and `make test` (the test suite).
# Both create .venv and install kg from this repository's own files on first use.
VENV ?= .venv
PY := $(VENV)/bin/python
KG := $(VENV)/bin/kg

.PHONY: demo test install bench

# The main job needs only kg itself; the tests add the test extra (no ICU headers needed). The FollowTheMoney
# export is the optional `ftm` extra (PyICU: needs libicu-dev): `.venv/bin/pip install -e '.[ftm]'`; its tests
# skip without it.
$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed-test

demo: $(VENV)/.installed
	$(KG) neo4j up
	$(KG) import samples/facts/*.json
	$(KG) query breaches
	@$(KG) neo4j up 2>&1 >/dev/null | grep -E '^(Browser|Guide):' || true
	@echo "Log in to Neo4j Browser as neo4j (password: $$NEO4J_PASSWORD or ~/.config/kg/neo4j-password); the kg guide opens beside the editor (docs/browser.md)."

test: $(VENV)/.installed-test
	$(PY) -m pytest

bench: $(VENV)/.installed-test
	$(PY) -m bench
