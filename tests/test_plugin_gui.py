"""The desktop plugin object with pytest-qgis's stand-in iface."""

import sys

import pytest
from qgis.PyQt.QtWidgets import QMenu


@pytest.fixture
def iface(qgis_iface, monkeypatch):
    # The stand-in iface has no firstRightStandardMenu(); QGIS's real one returns the Help menu.
    help_menu = qgis_iface.mainWindow().menuBar().addMenu("Help")
    monkeypatch.setattr(qgis_iface, "firstRightStandardMenu", lambda: help_menu, raising=False)
    return qgis_iface


def _load_plugin(iface):
    from carbon_metering import classFactory

    plugin = classFactory(iface)
    plugin.initGui()
    return plugin


def test_menu_lists_tools_in_chain_order(iface):
    plugin = _load_plugin(iface)
    try:
        menu = iface.mainWindow().findChild(QMenu, "mCarbonMeteringMenu")
        names = [a.objectName() for a in menu.actions() if a.objectName().startswith("carbonmeter_")]
        steps = [n for n in names if n in ("carbonmeter_parcel_change", "carbonmeter_plot_carbon",
                                          "carbonmeter_stratum_density", "carbonmeter_parcel_stock",
                                          "carbonmeter_uncertainty", "carbonmeter_export_report")]
        assert steps == ["carbonmeter_parcel_change", "carbonmeter_plot_carbon", "carbonmeter_stratum_density",
                         "carbonmeter_parcel_stock", "carbonmeter_uncertainty", "carbonmeter_export_report"]
        assert names.index("carbonmeter_create_survey") < names.index("carbonmeter_parcel_change")
        assert names.index("carbonmeter_carbon_metering_chain") > names.index("carbonmeter_export_report")
    finally:
        plugin.unload()


def test_plugin_loads_and_names_a_missing_package(iface, monkeypatch):
    from qgis.core import QgsApplication

    pushed = []
    monkeypatch.setattr(iface.messageBar(), "pushMessage", lambda *args: pushed.append(args))
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    plugin = _load_plugin(iface)
    try:
        provider = QgsApplication.processingRegistry().providerById("carbonmeter")
        assert provider is not None and provider.algorithms() == []
        assert len(pushed) == 1
        text = pushed[0][1]
        assert "openpyxl" in text and "python3-openpyxl" in text and "pip install openpyxl" in text
    finally:
        plugin.unload()
