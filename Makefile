# Two commands set everything up on a fresh machine with Python >= 3.11 and make:
#   make demo   creates .venv, installs rightsledger, runs it on the bundled examples
#   make test   creates or reuses .venv, installs the test dependencies, runs pytest
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check --quiet
DEMO_DB := demo.db

.PHONY: demo test bench cli-docs screenshots clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { \
	  echo "rightsledger needs Python 3.11 or newer; try: make PYTHON=python3.11 $(MAKECMDGOALS)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade 'pip>=25.1'

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[postgres]' --group test
	@touch $@

demo: $(VENV)/.installed
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/rightsledger ingest --db $(DEMO_DB) examples/chechnya
	$(BIN)/rightsledger documents --db $(DEMO_DB)
	$(BIN)/rightsledger extract --db $(DEMO_DB)
	$(BIN)/rightsledger claims --db $(DEMO_DB) --doc network-new-wave
	$(BIN)/rightsledger reconcile --db $(DEMO_DB)
	$(BIN)/rightsledger incidents --db $(DEMO_DB)
	$(BIN)/rightsledger report --db $(DEMO_DB) -o report.html
	@echo
	@echo "The ledger is in $(DEMO_DB). Next:"
	@echo "  . $(BIN)/activate"
	@echo "  rightsledger show --db $(DEMO_DB) novaya-gazeta-argun       # one document, as kept"
	@echo "  rightsledger claims --db $(DEMO_DB)                          # every claim, one per line"
	@echo "  rightsledger claims --db $(DEMO_DB) --jsonl > claims.jsonl   # claims-v1 JSON Lines"
	@echo "  rightsledger incident --db $(DEMO_DB) 2018-12-chechnya-detention   # one incident, traced"
	@echo "  rightsledger incidents --db $(DEMO_DB) --csv > incidents.csv       # ACLED-like export"
	@echo "Open report.html in a browser (it needs no network). To review claims in the web app:"
	@echo "  rightsledger user add --db $(DEMO_DB) ana --role analyst   # asks for a password"
	@echo "  rightsledger serve --db $(DEMO_DB)                          # then http://127.0.0.1:8000/"

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(VENV)/.installed
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/extraction/evaluate.py
	$(BIN)/python bench/extraction/figures.py
	$(BIN)/python bench/extraction/speed.py
	$(BIN)/python bench/india_police_events.py --processes 2
	$(BIN)/python bench/reconcile.py --check

# Rewrites the CLI reference in README.md from --help (a test checks it is current).
cli-docs: $(VENV)/.installed
	$(BIN)/python tools/cli_reference.py README.md

# Retakes docs/report.png and docs/review.png (needs Debian's chromium).
screenshots: $(VENV)/.installed-test
	$(BIN)/python tools/screenshots.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm report.html .pytest_cache
