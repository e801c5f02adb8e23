# Two commands on a fresh machine with Python 3.11 and make:
#   make demo   set up .venv and annotate the bundled sample with the bundled term base
#   make test   set up .venv and run the test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := examples/adsom-wg-danang-2020.vi.txt

.PHONY: setup demo test validate bench quality heldout lookups clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: setup
	$(BIN)/glossary annotate $(SAMPLE) --format inline

test: setup
	$(BIN)/python -m pytest -q

validate: setup
	$(BIN)/glossary validate

bench: setup
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/bench.py

quality: setup
	$(BIN)/python benchmarks/quality.py

# Recall, precision and lookup success on the bundled corpus and the held-out articles
# (tests/data/heldout); add DETAILS=1 to list every miss and false positive.
heldout: setup
	$(BIN)/python benchmarks/heldout.py $(if $(DETAILS),--details)

lookups: setup
	$(BIN)/python benchmarks/lookups.py
	$(BIN)/python benchmarks/lookups.py --cases tests/data/lookups-fresh.yaml

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
