"""The plugin package, metadata and provider basics."""

import configparser
import sys

from tests.conftest import REPO


def test_metadata_has_repository_fields():
    cfg = configparser.ConfigParser()
    cfg.read(REPO / "metadata.txt", encoding="utf-8")
    general = cfg["general"]
    for key in ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email",
                "repository", "tracker", "tags", "category", "icon", "changelog"):
        assert general.get(key, "").strip(), key
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    assert general["name"] == "Carbon Metering 碳汇计量"
    assert (REPO / general["icon"]).exists()


def test_core_imports_without_qgis():
    """The science must not pull in qgis (batch runners call it without QGIS)."""
    import subprocess

    code = (
        "import sys, importlib, pkgutil\n"
        "sys.modules['qgis'] = None\n"
        "import carbon_metering.metering as m\n"
        "for info in pkgutil.iter_modules(m.__path__):\n"
        "    importlib.import_module('carbon_metering.metering.' + info.name)\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "ok" in out.stdout


def test_provider_id_and_name(provider):
    assert provider.id() == "carbonmeter"
    assert "Carbon Metering" in provider.name()


def test_missing_dependency_is_named(monkeypatch):
    from carbon_metering.plugin import dependencies

    monkeypatch.setitem(sys.modules, "openpyxl", None)
    missing = dependencies.missing_dependencies()
    assert missing == ["openpyxl"]
    hint = dependencies.install_hint(missing)
    assert "python3-openpyxl" in hint and "pip install openpyxl" in hint


def test_dependency_check_is_qgis_free_and_shared():
    # the provider and the plugin ask the same QGIS-free module; the provider no longer imports plugin/
    from carbon_metering.metering import dependencies as core
    from carbon_metering.plugin import dependencies

    assert dependencies.missing_dependencies is core.missing_dependencies
    provider_source = (REPO / "processing_provider" / "provider.py").read_text(encoding="utf-8")
    assert "plugin" not in [part for line in provider_source.splitlines() if line.startswith("from ")
                            for part in line.split()[1].split(".")]


def test_missing_shapely_is_named_with_install_commands(monkeypatch):
    from carbon_metering.metering import dependencies

    monkeypatch.setitem(sys.modules, "shapely", None)
    assert dependencies.missing_optional() == ["shapely>=2,<3"]
    # a shapely 1.8 (Debian 12's python3-shapely) counts as missing too
    import types

    monkeypatch.setitem(sys.modules, "shapely", types.SimpleNamespace(__version__="1.8.5"))
    assert dependencies.missing_optional() == ["shapely>=2,<3"]
    hint = dependencies.optional_install_hint("shapely>=2,<3")
    assert "OSGeo4W Shell" in hint and "Debian" in hint and "macOS" in hint and 'pip install "shapely>=2,<3"' in hint
    assert not dependencies.missing_dependencies()  # the plugin and provider still load


def test_parcel_change_without_shapely_says_what_to_install(provider, monkeypatch, sample_copy):
    import processing
    import pytest
    from qgis.core import QgsProcessingException

    path = sample_copy("county.gpkg")
    monkeypatch.setitem(sys.modules, "shapely", None)
    with pytest.raises(QgsProcessingException) as err:
        processing.run("carbonmeter:parcel_change", {
            "BASE": "{0}|layername=dltb_2020".format(path), "TARGET": "{0}|layername=dltb_2023".format(path),
            "OUTPUT": "memory:", "CHANGE_MATRIX": "memory:"})
    msg = str(err.value)
    assert "shapely>=2,<3" in msg and "OSGeo4W Shell" in msg
