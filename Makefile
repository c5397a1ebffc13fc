# producer: `make` sets up everything and builds every texts/*.txt into output/;
# `make test` runs the whole test suite (slow tests included).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PRODUCER := $(VENV)/bin/producer
APT_PACKAGES := espeak-ng libespeak-ng1 ffmpeg default-jre-headless sox pandoc chromium fonts-dejavu-core
ACE_DIR := .tools/ace
TEXTS := $(wildcard texts/*.txt)
SLUGS := $(basename $(notdir $(TEXTS)))
EPUBS := $(foreach s,$(SLUGS),output/$(s)/$(s).epub)

.PHONY: all setup system-deps python-deps bytecode ace build check test bench clean
.DELETE_ON_ERROR:

all: setup build

setup: system-deps python-deps bytecode ace

# Debian packages: installed when we are root with apt, otherwise the exact command is printed.
system-deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing Debian packages: $$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	else \
		echo "missing Debian packages; run: sudo apt-get install $$missing"; \
	fi

# Editable in compat mode: the checkout goes on sys.path through a .pth line, which costs
# nothing at start-up; the default mode's import hook loads ~10 ms of modules in every command.
$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -e '.[test]' --config-settings editable_mode=compat
	touch $@

python-deps: $(VENV)/.installed

# Compiled bytecode for the package, as pip writes for an ordinary install: the editable install
# leaves it to the interpreter, which writes none under PYTHONDONTWRITEBYTECODE and then
# recompiles every module on each start (~50 ms per command).
$(VENV)/.bytecode: $(VENV)/.installed $(shell find producer -name '*.py')
	$(PY) -m compileall -q producer >/dev/null
	touch $@

bytecode: $(VENV)/.bytecode

# Ace by DAISY (accessibility checker), only where Node >= 20 exists; `producer check` skips it otherwise.
ace:
	@if [ -x $(ACE_DIR)/node_modules/.bin/ace-cli ]; then exit 0; fi; \
	if command -v node >/dev/null && [ "$$(node -p 'process.versions.node.split(".")[0]')" -ge 20 ]; then \
		mkdir -p $(ACE_DIR) && cd $(ACE_DIR) && PUPPETEER_SKIP_DOWNLOAD=1 npm install --silent --no-audit --no-fund @daisy/ace-cli >/dev/null; \
	else echo "Node >= 20 not found: Ace by DAISY will be skipped by 'producer check'"; fi

build: setup
	$(PRODUCER) build $(TEXTS)

check: setup
	$(PRODUCER) check output

test: setup
	$(PY) -m pytest

bench: setup
	for b in bench/bench_*.py; do $(PY) $$b || exit 1; done

clean:
	rm -rf output/*/ .cache
