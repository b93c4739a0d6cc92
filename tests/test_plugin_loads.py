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
