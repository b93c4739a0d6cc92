"""The desktop plugin object, in a fresh QGIS process with a minimal stand-in iface.

A separate process because the test session already registers a ``carbonmeter``
provider, and the plugin must register its own.
"""

import json
import os
import subprocess
import sys

from tests.conftest import REPO

SCRIPT = r'''
import json, sys
from qgis.core import QgsApplication
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtWidgets import QMainWindow, QMenu

if sys.argv[1] == "no_openpyxl":
    sys.modules["openpyxl"] = None

app = QgsApplication([], True)
app.initQgis()


class Iface:
    """Just what CarbonMeteringPlugin.initGui uses of QgisInterface."""

    def __init__(self):
        self.window = QMainWindow()
        self.bar = QgsMessageBar()
        self.help_menu = self.window.menuBar().addMenu("Help")
        self.pushed = []
        self.bar.pushMessage = lambda *args: self.pushed.append([str(a) for a in args])

    def mainWindow(self):
        return self.window

    def messageBar(self):
        return self.bar

    def firstRightStandardMenu(self):
        return self.help_menu

    def addDockWidget(self, area, dock):
        self.window.addDockWidget(area, dock)

    def removeDockWidget(self, dock):
        self.window.removeDockWidget(dock)

    def addToolBarIcon(self, action):
        self.toolbar_actions = getattr(self, "toolbar_actions", []) + [action.objectName()]

    def removeToolBarIcon(self, action):
        self.toolbar_actions.remove(action.objectName())

    def registerOptionsWidgetFactory(self, factory):
        self.options_factory = factory

    def unregisterOptionsWidgetFactory(self, factory):
        self.options_factory = None


from carbon_metering import classFactory

iface = Iface()
plugin = classFactory(iface)
plugin.initGui()
menu = iface.window.findChild(QMenu, "mCarbonMeteringMenu")
provider = QgsApplication.processingRegistry().providerById("carbonmeter")
result = {
    "menu": [a.objectName() for a in menu.actions()] if menu else None,
    "algorithms": len(provider.algorithms()) if provider else None,
    "pushed": iface.pushed,
    "toolbar": list(getattr(iface, "toolbar_actions", [])),
    "options_page": iface.options_factory.title() if getattr(iface, "options_factory", None) else None,
}
plugin.unload()
result["provider_after_unload"] = QgsApplication.processingRegistry().providerById("carbonmeter") is not None
print("RESULT " + json.dumps(result))
app.exitQgis()
'''


def run_plugin(mode):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO / ".build" / "python"))
    proc = subprocess.run([sys.executable, "-c", SCRIPT, mode], env=env, capture_output=True, text=True,
                          timeout=120)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    assert lines, proc.stdout[-2000:] + proc.stderr[-2000:]
    return json.loads(lines[0][len("RESULT "):])


def test_menu_lists_tools_in_chain_order():
    result = run_plugin("normal")
    names = [n for n in result["menu"] if n.startswith("carbonmeter_")]
    chain = ["carbonmeter_parcel_change", "carbonmeter_plot_carbon", "carbonmeter_stratum_density",
             "carbonmeter_parcel_stock", "carbonmeter_uncertainty", "carbonmeter_export_report"]
    assert [n for n in names if n in chain] == chain
    assert names.index("carbonmeter_create_survey") < names.index("carbonmeter_parcel_change")
    assert names.index("carbonmeter_carbon_metering_chain") > names.index("carbonmeter_export_report")
    assert result["pushed"] == []
    assert result["provider_after_unload"] is False
    # the workflow panel: first in the menu, a toolbar button, a page in Settings › Options
    assert names[0] == "carbonmeter_workflow_panel"
    assert result["toolbar"] == ["carbonmeter_workflow_panel"]
    assert result["options_page"] == "Carbon Metering"


def test_plugin_loads_and_names_a_missing_package():
    result = run_plugin("no_openpyxl")
    assert result["algorithms"] == 0
    assert len(result["pushed"]) == 1
    text = result["pushed"][0][1]
    assert "openpyxl" in text and "python3-openpyxl" in text and "pip install openpyxl" in text
    assert result["provider_after_unload"] is False
