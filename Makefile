# Two commands on a fresh machine with Python 3.11 and make:
#   make demo   set up .venv with glossary only and annotate the bundled sample
#   make test   set up .venv with the test extra and run the test suite
#               (the browser test needs Debian's chromium and chromium-driver; it skips without them)
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := examples/adsom-wg-danang-2020.vi.txt

.PHONY: setup demo test validate bench quality heldout lookups clean

# setup: the package and what the tests need; demo needs only the package.
setup: $(VENV)/.installed-test

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# The output ends with exactly one newline whether or not the sample does.
demo: $(VENV)/.installed
	@out="$$($(BIN)/glossary annotate $(SAMPLE) --format inline)" && printf '%s\n' "$$out"

test: setup
	$(BIN)/python -m pytest -q

validate: $(VENV)/.installed
	$(BIN)/glossary validate

bench: setup
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/bench.py
	$(BIN)/python benchmarks/startup.py

quality: setup
	$(BIN)/python benchmarks/quality.py

# Recall, precision and lookup success on the bundled corpus and the held-out articles
# (tests/data/heldout, tests/data/heldout2); add DETAILS=1 to list every miss and false positive.
heldout: setup
	$(BIN)/python benchmarks/heldout.py $(if $(DETAILS),--details)

lookups: setup
	$(BIN)/python benchmarks/lookups.py
	$(BIN)/python benchmarks/lookups.py --cases tests/data/lookups-fresh.yaml

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
