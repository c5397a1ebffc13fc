# producer: `make` sets up everything and builds every texts/*.txt and texts/*.json into output/<slug>/;
# `make test` runs the whole test suite (slow tests included). See README, "Batch builds with make".
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PRODUCER := $(VENV)/bin/producer
APT_PACKAGES := espeak-ng libespeak-ng1 ffmpeg default-jre-headless sox pandoc chromium fonts-dejavu-core
ACE_DIR := .tools/ace
VOICE ?= default
TEXTS_DIR ?= texts
OUT ?= output
# one kind of output for every book: make epub, make audio, ...; `all` is every format in one build per book
KINDS := epub audio readaloud daisy web
FORMATS.epub := epub
FORMATS.audio := m4b,mp3
FORMATS.readaloud := readaloud
FORMATS.daisy := daisy
FORMATS.web := web
# the installed producer: remade whenever a file of the package changes, so books depend on it
PRODUCER_STAMP := $(VENV)/.bytecode
BOOKS_MK = $(OUT)/.make/books.mk

.PHONY: all setup system-deps python-deps bytecode ace build check test reliability bench clean $(KINDS)
.DELETE_ON_ERROR:

all: build

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
	$(PY) -m pip install -q --disable-pip-version-check -e '.[test,cluster]' --config-settings editable_mode=compat
	touch $@

python-deps: $(VENV)/.installed

# Compiled bytecode for the package, as pip writes for an ordinary install: the editable install
# leaves it to the interpreter, which writes none under PYTHONDONTWRITEBYTECODE and then
# recompiles every module on each start (~50 ms per command).
$(VENV)/.bytecode: $(VENV)/.installed $(shell find producer -type f -not -path '*/__pycache__/*')
	$(PY) -m compileall -q producer >/dev/null
	touch $@

bytecode: $(VENV)/.bytecode

# Ace by DAISY (accessibility checker), only where Node >= 20 exists; `producer check` skips it otherwise.
ace:
	@if [ -x $(ACE_DIR)/node_modules/.bin/ace-cli ]; then exit 0; fi; \
	if command -v node >/dev/null && [ "$$(node -p 'process.versions.node.split(".")[0]')" -ge 20 ]; then \
		mkdir -p $(ACE_DIR) && cd $(ACE_DIR) && PUPPETEER_SKIP_DOWNLOAD=1 npm install --silent --no-audit --no-fund @daisy/ace-cli >/dev/null; \
	else echo "Node >= 20 not found: Ace by DAISY will be skipped by 'producer check'"; fi

# Each book's slug, source and input files (text, sidecar, voice profiles, lexicons), from `producer deps`;
# only read for the goals that build, and remade when a text, sidecar, profile or lexicon comes or goes.
ifneq ($(if $(MAKECMDGOALS),$(filter all build $(KINDS) $(OUT)/%,$(MAKECMDGOALS)),all),)
# the voice in use, as a file that changes only when VOICE does (a new voice rebuilds every book)
$(shell mkdir -p $(OUT)/.make && { [ "$$(cat $(OUT)/.make/voice 2>/dev/null)" = "$(VOICE)" ] || echo "$(VOICE)" > $(OUT)/.make/voice; })
$(BOOKS_MK): $(OUT)/.make/voice $(PRODUCER_STAMP) $(wildcard $(TEXTS_DIR) $(TEXTS_DIR)/*.toml voices voices/*.toml voices/lexicon/*.pls)
	$(PRODUCER) deps --voice $(VOICE) $(TEXTS_DIR) > $@.part && mv $@.part $@
include $(BOOKS_MK)
endif

# A book is rebuilt when one of its inputs or producer changed; its stamps live in its folder
# (.made-all, .made-epub, ...), so deleting the folder rebuilds it too.
$(foreach b,$(BOOKS),$(eval $(KINDS:%=$(OUT)/$(b)/.made-%) $(OUT)/$(b)/.made-all: $(DEPS.$(b)) $(OUT)/.make/voice $(PRODUCER_STAMP)))

build: $(BOOKS:%=$(OUT)/%/.made-all)

$(BOOKS:%=$(OUT)/%/.made-all): $(OUT)/%/.made-all: | setup
	$(PRODUCER) build --voice $(VOICE) --out $(OUT) $(SOURCE.$*)
	touch $(@D)/.made-all $(KINDS:%=$(@D)/.made-%)

define KIND_RULE
$(1): $$(BOOKS:%=$(OUT)/%/.made-$(1))
$$(BOOKS:%=$(OUT)/%/.made-$(1)): $(OUT)/%/.made-$(1): | setup
	$$(PRODUCER) build --formats $(FORMATS.$(1)) --voice $$(VOICE) --out $(OUT) $$(SOURCE.$$*)
	touch $$@
endef
$(foreach k,$(KINDS),$(eval $(call KIND_RULE,$(k))))

# make output/SLUG: one book, every format
.PHONY: $(BOOKS:%=$(OUT)/%)
$(BOOKS:%=$(OUT)/%): $(OUT)/%: $(OUT)/%/.made-all

check: setup
	$(PRODUCER) check $(OUT)

test: setup
	$(PY) -m pytest

# the reliability suite alone (also part of make test), with 20 kills instead of 5
reliability: setup
	RELIABILITY_KILLS=20 $(PY) -m pytest tests/reliability

bench: setup
	$(PY) bench/run.py

clean:
	rm -rf $(OUT)/*/ $(OUT)/.make $(OUT)/.*.lock .cache
