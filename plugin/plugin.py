"""The desktop plugin object that QGIS creates through ``classFactory``."""

import os
from functools import partial

from qgis.core import Qgis, QgsApplication, QgsProcessingModelAlgorithm
from qgis.PyQt.QtCore import QCoreApplication, Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from .dependencies import install_hint, missing_dependencies
from .i18n import load_translator

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
MENU_OBJECT_NAME = "mCarbonMeteringMenu"
#: Processing groups whose tools sit in the menu itself (the chain's own model is in parcel_metering).
TOP_LEVEL_GROUPS = ("survey", "parcel_metering", "")


class CarbonMeteringPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.menu = None
        self.translator = load_translator()

    @staticmethod
    def tr(text):
        return QCoreApplication.translate("CarbonMeteringPlugin", text)

    def initProcessing(self):  # noqa: N802 (QGIS API)
        from ..processing_provider.provider import CarbonMeteringProvider

        provider = CarbonMeteringProvider()
        # addProvider refuses (and deletes) a second provider with the same id.
        self.provider = provider if QgsApplication.processingRegistry().addProvider(provider) else None

    def initGui(self):  # noqa: N802
        self.initProcessing()
        self.menu = QMenu(self.tr("Carbon Metering 碳汇计量"), self.iface.mainWindow().menuBar())
        self.menu.setObjectName(MENU_OBJECT_NAME)
        self._add_workflow_panel()
        self.menu.addSeparator()
        submenus = {}
        for alg in self._algorithms_in_chain_order():
            title = alg.displayName()
            if alg.name() == "carbon_metering_chain":
                title = self.tr("Run the whole metering chain (model)")
            # The parcel chain and its survey tools sit in the menu itself, each other system in a
            # submenu named after its Processing group.
            parent = self.menu
            if alg.groupId() not in TOP_LEVEL_GROUPS and not isinstance(alg, QgsProcessingModelAlgorithm):
                if alg.groupId() not in submenus:
                    submenus[alg.groupId()] = QMenu(alg.group(), self.menu)
                    submenus[alg.groupId()].setObjectName("mCarbonMetering_" + alg.groupId())
                parent = submenus[alg.groupId()]
            action = QAction(alg.icon(), title, parent)
            action.setObjectName("carbonmeter_" + alg.name())
            action.triggered.connect(partial(self._open_algorithm, alg.id()))
            parent.addAction(action)
        if submenus:
            self.menu.addSeparator()
            for submenu in submenus.values():
                self.menu.addMenu(submenu)
        self.menu.addSeparator()
        model_action = QAction(self.tr("Edit the metering chain in the graphical modeler"), self.menu)
        model_action.setObjectName("carbonmeter_open_chain_model")
        model_action.triggered.connect(self._open_chain_model)
        self.menu.addAction(model_action)
        sample_action = QAction(self.tr("Load the sample county"), self.menu)
        sample_action.setObjectName("carbonmeter_load_sample")
        sample_action.triggered.connect(self._load_sample)
        self.menu.addAction(sample_action)
        help_action = QAction(self.tr("Help and methods"), self.menu)
        help_action.triggered.connect(self._open_help)
        self.menu.addAction(help_action)
        menubar = self.iface.mainWindow().menuBar()
        menubar.insertMenu(self.iface.firstRightStandardMenu().menuAction(), self.menu)

        missing = missing_dependencies()
        if missing:
            self.iface.messageBar().pushMessage(
                self.tr("Carbon Metering"),
                self.tr("Missing Python packages: {0}. Install them, then restart QGIS.\n{1}").format(
                    ", ".join(missing), install_hint(missing)
                ),
                Qgis.MessageLevel.Warning,
                0,
            )

    def _add_workflow_panel(self):
        """The workflow dock, its menu entry and toolbar button, and the settings page."""
        from .settings_page import SettingsPageFactory
        from .workflow_dock import WorkflowDock

        self.dock = WorkflowDock(self.iface, self.iface.mainWindow())
        self.iface.addDockWidget(Qt.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock_action = self.dock.toggleViewAction()
        self.dock_action.setText(self.tr("Workflow panel"))
        self.dock_action.setIcon(QIcon(os.path.join(PLUGIN_DIR, "icons", "icon.svg")))
        self.dock_action.setObjectName("carbonmeter_workflow_panel")
        self.menu.addAction(self.dock_action)
        self.iface.addToolBarIcon(self.dock_action)
        self.settings_factory = SettingsPageFactory()
        self.iface.registerOptionsWidgetFactory(self.settings_factory)

    def _algorithms_in_chain_order(self):
        """The provider's algorithms as a surveyor meets them: survey, chain steps, then models."""
        if self.provider is None or not self.provider.algorithms():
            return []  # dependencies missing: initGui says which
        from ..processing_provider.algorithms import ALGORITHMS

        order = {cls().name(): i for i, cls in enumerate(ALGORITHMS)}
        return sorted(self.provider.algorithms(), key=lambda a: (order.get(a.name(), len(order)), a.name()))

    def _open_algorithm(self, algorithm_id, _checked=False):
        import processing

        processing.execAlgorithmDialog(algorithm_id)

    def _open_chain_model(self, _checked=False):
        from .model_actions import open_chain_model_in_modeler

        try:
            self._modeler = open_chain_model_in_modeler(self.iface.mainWindow())
        except RuntimeError as err:
            self.iface.messageBar().pushMessage(self.tr("Carbon Metering"), str(err), Qgis.MessageLevel.Critical, 5)

    def _load_sample(self, _checked=False):
        """Add the bundled sample county and survey to the project, to try the tools on."""
        from qgis.core import QgsProject, QgsVectorLayer

        sample_dir = os.path.join(PLUGIN_DIR, "sample")
        wanted = [
            ("county.gpkg", "dltb_2020", self.tr("Parcels 2020 (base year)")),
            ("county.gpkg", "dltb_2023", self.tr("Parcels 2023 (metering year)")),
            ("survey.gpkg", "plots", self.tr("Sample plots")),
        ]
        added = 0
        for filename, layername, title in wanted:
            path = os.path.join(sample_dir, filename)
            layer = QgsVectorLayer(f"{path}|layername={layername}", title, "ogr")
            if layer.isValid():
                QgsProject.instance().addMapLayer(layer)
                added += 1
        if not added:
            self.iface.messageBar().pushMessage(
                self.tr("Carbon Metering"),
                self.tr("The sample data is not in this installation ({0}).").format(sample_dir),
                Qgis.MessageLevel.Warning,
                5,
            )

    def _open_help(self):
        QDesktopServices.openUrl(QUrl.fromLocalFile(os.path.join(PLUGIN_DIR, "README.md")))

    def unload(self):
        if getattr(self, "dock", None) is not None:
            self.iface.removeToolBarIcon(self.dock_action)
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if getattr(self, "settings_factory", None) is not None:
            self.iface.unregisterOptionsWidgetFactory(self.settings_factory)
            self.settings_factory = None
        if self.menu is not None:
            self.menu.deleteLater()
            self.menu = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
