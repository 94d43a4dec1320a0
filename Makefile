# Two commands for a newcomer: `make run` and `make test`. Both create .venv as needed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PYBABEL := $(VENV)/bin/pybabel
STAMP := $(VENV)/.installed
MO := $(patsubst %.po,%.mo,$(wildcard locales/*/LC_MESSAGES/messages.po))

.PHONY: run test quick check eval bench console locales extract update-catalogs clean compare-cyrillic review kept-baseline fold-clashes

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

%.mo: %.po $(STAMP)
	$(PYBABEL) compile --use-fuzzy --statistics -d locales -D messages -l $(word 2,$(subst /, ,$<)) 2>&1 | tail -n 1

locales: $(MO)

# The bot on Telegram when TELEGRAM_BOT_TOKEN is set, else the console chat.
run: $(STAMP) locales
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ]; then $(PY) -m bot run; else \
	  echo "TELEGRAM_BOT_TOKEN is not set: starting the console chat (see README)"; \
	  $(PY) -m bot console; fi

# The tests run on WORKERS processes (pytest-xdist; WORKERS=0 runs them in this one). A third
# worker on this 2-core machine made the same work cost more CPU and wall time (docs/
# benchmarks.md, sixth round). Tests that share a value computed once stay on one worker
# (--dist loadgroup, see tests/conftest.py).
# Bytecode is written even where PYTHONDONTWRITEBYTECODE is set: each worker would otherwise
# compile the bot and rewrite every test module's asserts again, about a second each run.
# Each test's temporary folder (its SQLite files) is in memory where /dev/shm exists: a new
# SQLite file waits 30-60 ms for this machine's disk, and `make quick` makes about 190 of
# them. TESTTMP=/tmp keeps them on disk.
WORKERS ?= 2
TESTTMP ?= $(firstword $(wildcard /dev/shm) $(TMPDIR) /tmp)
PYTEST := PYTHONDONTWRITEBYTECODE= TMPDIR=$(TESTTMP) $(PY) -m pytest --dist loadgroup

test: $(STAMP) locales
	$(VENV)/bin/ruff check bot tests
	$(PY) -m bot check --strict
	$(PYTEST) -n $(WORKERS)

# While developing: every test not marked slow (real-time waits, fault matrices, many processes).
quick: $(STAMP) locales
	$(PYTEST) -n $(WORKERS) -m "not slow" -q

# Maintainers: the rapidfuzz baseline's scores of the tune lines, committed so that a fresh
# clone's first test run does not compute them (bot/keptbaseline.py); after many phrasing
# or tune changes.
kept-baseline: $(STAMP)
	$(PY) -m bot.keptbaseline

# Maintainers: everyday words whose fold meets another word of the vocabulary ("good" and
# «год»), and the short questions that changes (bot/devtools/foldclash.py; ~1 minute).
fold-clashes: $(STAMP) locales
	$(PY) -m bot.devtools.foldclash

check eval bench console: $(STAMP) locales
	$(PY) -m bot $@

# Every generated Uzbek Cyrillic text beside its Latin, for a reader: build/uz-Cyrl-review.md
review: $(STAMP) locales
	$(PY) -m bot review

# The gold Uzbek Cyrillic list through this project, UzTransliterator and alifbo.
compare-cyrillic: $(STAMP)
	$(PY) -m pip install --quiet -e '.[compare]'
	$(PY) tools/cyrillic_compare.py

# Maintainers: after changing user-facing strings in bot/.
extract: $(STAMP)
	$(PYBABEL) extract --no-location --sort-output -F babel.cfg -k N_ -o locales/messages.pot bot
update-catalogs: extract
	$(PYBABEL) update --no-fuzzy-matching -N -i locales/messages.pot -d locales -D messages

clean:
	rm -rf $(VENV) locales/*/LC_MESSAGES/*.mo .pytest_cache
