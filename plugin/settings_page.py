"""The plugin's page in Settings › Options: default tables, output folder, organisation."""

import os

from qgis.core import QgsSettings
from qgis.gui import QgsFileWidget, QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QFormLayout, QLabel, QLineEdit

from .workflow_dock import SETTINGS_PREFIX

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

#: Setting name → default value.
DEFAULTS = {
    "out_dir": os.path.join(os.path.expanduser("~"), "carbon_metering"),
    "organisation": "",
    "mapping": "",
    "default_density": "",
}


_translate = QCoreApplication.translate  # literal context in every call: pylupdate extracts it


class SettingsPage(QgsOptionsPageWidget):
    """Output folder, the organisation named in reports, default parameter tables."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("CarbonMeteringSettingsPage")
        form = QFormLayout(self)
        settings = QgsSettings()
        self.out_dir = QgsFileWidget()
        self.out_dir.setStorageMode(QgsFileWidget.GetDirectory)
        self.organisation = QLineEdit()
        self.mapping = QgsFileWidget()
        self.mapping.setFilter(_translate("SettingsPage", "Tables (*.csv *.xlsx)"))
        self.default_density = QgsFileWidget()
        self.default_density.setFilter(_translate("SettingsPage", "Tables (*.csv *.xlsx)"))
        self.out_dir.setFilePath(settings.value(SETTINGS_PREFIX + "out_dir", DEFAULTS["out_dir"]))
        self.organisation.setText(settings.value(SETTINGS_PREFIX + "organisation", ""))
        self.mapping.setFilePath(settings.value(SETTINGS_PREFIX + "mapping", ""))
        self.default_density.setFilePath(settings.value(SETTINGS_PREFIX + "default_density", ""))
        form.addRow(_translate("SettingsPage", "Output folder of the workflow panel"), self.out_dir)
        form.addRow(_translate("SettingsPage", "Organisation (compiled by, in reports)"),
                    self.organisation)
        form.addRow(_translate("SettingsPage", "Land-class mapping table (empty: the shipped appendix-A table)"),
                    self.mapping)
        form.addRow(_translate("SettingsPage", "Default density table (empty: the shipped table)"),
                    self.default_density)
        note = QLabel(_translate("SettingsPage", "The workflow panel passes these to the chain's tools; "
                                                 "each tool's dialog still "
                         "lets you choose other tables for one run."))
        note.setWordWrap(True)
        form.addRow(note)

    def apply(self):
        settings = QgsSettings()
        settings.setValue(SETTINGS_PREFIX + "out_dir", self.out_dir.filePath())
        settings.setValue(SETTINGS_PREFIX + "organisation", self.organisation.text())
        settings.setValue(SETTINGS_PREFIX + "mapping", self.mapping.filePath())
        settings.setValue(SETTINGS_PREFIX + "default_density", self.default_density.filePath())


class SettingsPageFactory(QgsOptionsWidgetFactory):
    def __init__(self):
        super().__init__()
        self.setTitle(_translate("SettingsPage", "Carbon Metering"))

    def icon(self):
        return QIcon(os.path.join(PLUGIN_DIR, "icons", "icon.svg"))

    def createWidget(self, parent):  # noqa: N802 (QGIS API)
        return SettingsPage(parent)
