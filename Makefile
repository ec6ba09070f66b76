# The front door: `make run` starts the app, `make test` checks everything.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
OFFSCREEN := QT_QPA_PLATFORM=offscreen

.PHONY: run test lint typecheck pytest bench translations update-translations screenshots dist clean

$(STAMP): pyproject.toml requirements.lock tools/ensure-system-libs.sh
	bash tools/ensure-system-libs.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==25.3" "setuptools==80.9.0"
	$(BIN)/python -m pip install --quiet --no-build-isolation -c requirements.lock -e '.[dev,dist]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(STAMP) translations
	bash tools/ensure-system-libs.sh --display
	$(BIN)/dischargeplanner $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks tools installer
	$(BIN)/ruff format --check src tests benchmarks tools installer

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) translations
	$(OFFSCREEN) $(BIN)/python -m pytest -q $(PYTEST_ARGS)

test: lint typecheck pytest

# Refresh the .ts source files from the code (keeps finished translations); English plain
# messages are their source text, filled in; the list printed after is what is left to translate.
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find src -name '*.py') -ts $(foreach l,nb nn en,resources/translations/dischargeplanner_$(l).ts)
	$(BIN)/python tools/translations.py --fill-english || true

bench: $(STAMP) translations
	$(OFFSCREEN) $(BIN)/python benchmarks/startup.py

screenshots: $(STAMP) translations
	$(OFFSCREEN) $(BIN)/python tools/screenshots.py $(or $(OUT),screenshots)

# The frozen one-folder program in dist/dischargeplanner, then its smoke test in a fresh data folder
# (set up from the environment, as a silent install would; no sockets, nothing written outside the
# data folder and the settings file: installer/check_frozen.sh), then the MSI compiled from its WiX
# source against the bundle (here only a check of the installer script: the files are Linux ones),
# then the sizes.
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
dist: $(STAMP) translations
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller installer/dischargeplanner.spec
	bash tools/ensure-build-tools.sh
	bash installer/check_frozen.sh dist/dischargeplanner build/frozen-check
	mkdir -p build/msi
	find dist/dischargeplanner -type f | sort | wixl-heat --var var.SourceDir -p dist/dischargeplanner/ \
		--component-group AppFiles --directory-ref INSTALLDIR --win64 > build/msi/files.wxs
	wixl -a x64 -D Version=$(VERSION) -D SourceDir=dist/dischargeplanner -D Win64=yes \
		-o dist/dischargeplanner.msi installer/dischargeplanner.wxs build/msi/files.wxs
	du -sh dist/dischargeplanner dist/dischargeplanner.msi

clean:
	rm -rf $(VENV) $(QM) .mypy_cache .ruff_cache .pytest_cache build dist
