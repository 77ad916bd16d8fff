# The user interface of the project. On a fresh machine:
#   make reports   build every table and report from data/raw (creates .venv first)
#   make test      run the test suite (creates .venv first)
#   make lab       open JupyterLab on the notebooks (outputs never reach git: see .gitattributes)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# git's notebook filter and the hooks that keep `git status` clean (cscaucasus.notebook_git)
GITSTAMP := $(VENV)/.notebook-git-stamp
N ?= 5000
JOBS ?= 0
# sizes of the scale corpus of bench_stories.py (the 100k figure: SCALE=10000,30000,100000)
SCALE ?= 1000,10000

.PHONY: reports build test test-all lint bench accuracy lab clean-generated

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,dask]'
	touch $(STAMP)

$(GITSTAMP): $(STAMP) src/cscaucasus/notebook_git.py
	$(BIN)/python -m cscaucasus.notebook_git install $(BIN)/python
	touch $(GITSTAMP)

build: $(GITSTAMP)
	$(BIN)/cscaucasus build data/raw --out data/processed

reports: build
	$(BIN)/cscaucasus reports data/processed --out reports --jobs 2

test: $(GITSTAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	@# layers point one way, no import cycles: the contracts in pyproject.toml
	$(BIN)/lint-imports --no-cache
	@# complexity: every function is held to 25 by tests/test_house.py (with its allowlist)
	$(BIN)/radon cc -n E -s src

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_pipeline.py --n $(N) --jobs $(JOBS)
	$(BIN)/python benchmarks/bench_stories.py --n $(N) --scale $(SCALE)
	$(BIN)/python benchmarks/bench_reports.py

lab: $(GITSTAMP)
	$(BIN)/jupyter lab notebooks

accuracy: $(STAMP)
	$(BIN)/python benchmarks/accuracy.py

clean-generated:
	rm -rf data/processed/* reports/*
