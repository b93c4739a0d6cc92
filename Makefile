# The one entry point: CI and people run the same targets.
SHELL := /bin/bash
PY_SYSTEM := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
BUILD := .build
LINKDIR := $(BUILD)/python
OUT := out
# Debian packages a fresh Debian 12 machine lacks (QGIS 3.22 LTR, qgis_process, Xvfb, Qt tools).
DEB_PACKAGES := python3-qgis qgis-providers qgis python3-venv python3-pandas python3-openpyxl \
	xvfb xauth fonts-wqy-microhei poppler-utils qttools5-dev-tools pyqt5-dev-tools python3-yaml python3-matplotlib
export QT_QPA_PLATFORM ?= offscreen
export PYTHONPATH := $(CURDIR)/$(LINKDIR)$(if $(PYTHONPATH),:$(PYTHONPATH))
export QGIS_PLUGINPATH := $(CURDIR)/$(LINKDIR)
export PYTHONDONTWRITEBYTECODE := 1
# pyproj in a venv looks for PROJ's data under the venv first; Debian's proj-data is here.
export PROJ_DATA ?= /usr/share/proj
# The province runner's own environment (no Debian site packages, no QGIS): dask[distributed], pyogrio,
# shapely 2, pinned numpy/pandas (requirements-province.txt; docs/province.md).
PROVINCE_VENV := .venv-province
PROVINCE_PY := $(PROVINCE_VENV)/bin/python

.PHONY: setup test demo bench lint transup transcompile package sample clean deps link province

setup: deps $(VENV)/.installed $(PROVINCE_VENV)/.installed link transcompile

# Installs the Debian packages only when one is missing, so a second run is quick.
deps:
	@missing=$$(for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages: $$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q --no-install-recommends $$missing; \
	fi

$(VENV)/.installed: requirements-dev.txt requirements-qgis.txt
	$(PY_SYSTEM) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	if grep -qv '^\s*\(#\|$$\)' requirements-qgis.txt; then \
	  $(PY) -m pip install -q --disable-pip-version-check --no-deps -r requirements-qgis.txt; fi
	touch $@

$(PROVINCE_VENV)/.installed: requirements-province.txt
	$(PY_SYSTEM) -m venv $(PROVINCE_VENV)
	$(PROVINCE_PY) -m pip install -q --disable-pip-version-check -r requirements-province.txt
	touch $@

# Tests and make link the checkout as `carbon_metering`, whatever the folder is called.
link:
	@mkdir -p $(LINKDIR)
	@ln -sfn $(CURDIR) $(LINKDIR)/carbon_metering

test: setup
	$(PY) -m pytest -q tests --ignore=tests/province
	env -u PROJ_DATA $(PROVINCE_PY) -m pytest -q -p no:cacheprovider tests/province

# The province runner in its environment: make province ARGS='--base … --target … --plots … --out …'
province: $(PROVINCE_VENV)/.installed link
	env -u PROJ_DATA $(PROVINCE_PY) -m carbon_metering.province $(ARGS)

demo: setup
	$(PY) -m carbon_metering.tools.demo --out $(OUT)

bench: setup
	$(PY) bench/run.py $(BENCH_ARGS)

lint: setup
	$(VENV)/bin/ruff check .

sample: setup
	$(PY) sample/generate_county.py --out sample
	$(PY) sample/generate_plots.py --out sample
	$(PY) sample/generate_lidar.py --out sample/lidar

transup: deps
	pylupdate5 -noobsolete $$(git ls-files '*.py' '*.ui' | grep -v -e '^tests/' -e '^bench/' -e '^sample/') -ts i18n/carbonmeter_zh.ts i18n/carbonmeter_en.ts
	$(PY_SYSTEM) tools/ts_fill.py --zh-json docs/dev/i18n/*.json || true

transcompile: deps
	@for ts in i18n/*.ts; do [ -e "$$ts" ] && lrelease -silent "$$ts" -qm "$${ts%.ts}.qm" || true; done

package: transcompile
	@mkdir -p $(BUILD)
	@rm -f $(BUILD)/carbon_metering.zip
	git archive --format=zip --prefix=carbon_metering/ -o $(BUILD)/carbon_metering.zip HEAD
	@$(PY_SYSTEM) -c "import glob, zipfile; z = zipfile.ZipFile('$(BUILD)/carbon_metering.zip', 'a'); \
	  [z.write(f, 'carbon_metering/' + f) for f in sorted(glob.glob('i18n/*.qm'))]; z.close()"
	@echo "Plugin zip: $(BUILD)/carbon_metering.zip"

clean:
	rm -rf $(BUILD) $(OUT) .pytest_cache
