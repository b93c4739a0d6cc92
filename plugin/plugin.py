"""The desktop plugin object that QGIS creates through ``classFactory``."""

import os
from functools import partial

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QAction, QMenu

from .dependencies import install_hint, missing_dependencies
from .i18n import load_translator

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
MENU_OBJECT_NAME = "mCarbonMeteringMenu"


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
        for alg in self._algorithms_in_chain_order():
            title = alg.displayName()
            if alg.name() == "carbon_metering_chain":
                title = self.tr("Run the whole metering chain (model)")
            action = QAction(alg.icon(), title, self.menu)
            action.setObjectName("carbonmeter_" + alg.name())
            action.triggered.connect(partial(self._open_algorithm, alg.id()))
            self.menu.addAction(action)
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
            ("county.gpkg", "dltb_2023", self.tr("Parcels 2023 (target year)")),
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
        if self.menu is not None:
            self.menu.deleteLater()
            self.menu = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
