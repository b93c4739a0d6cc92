"""The ``carbonmeter`` Processing provider."""

import glob
import os

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..metering.dependencies import missing_dependencies

PROVIDER_ID = "carbonmeter"
MODELS_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "models")


def _algorithm_classes():
    """All algorithm classes, imported only when the dependencies are there."""
    from .algorithms import ALGORITHMS

    return ALGORITHMS


class CarbonMeteringProvider(QgsProcessingProvider):
    def id(self):  # noqa: A003
        return PROVIDER_ID

    def name(self):
        return self.tr("Carbon Metering 碳汇计量")

    def longName(self):  # noqa: N802
        return self.tr("Carbon Metering 碳汇计量 (carbon stock and sink of land parcels)")

    def icon(self):
        return QIcon(os.path.join(os.path.dirname(os.path.dirname(__file__)), "icons", "icon.svg"))

    def tr(self, text):
        return QCoreApplication.translate("CarbonMeteringProvider", text)

    def loadAlgorithms(self):  # noqa: N802
        # Without pandas/openpyxl the algorithms cannot import their core; the
        # plugin itself still loads and tells the user what to install.
        if missing_dependencies():
            return
        for cls in _algorithm_classes():
            self.addAlgorithm(cls())
        self._load_models()

    def _load_models(self):
        """The shipped Processing models (models/*.model3), e.g. carbonmeter:carbon_metering_chain."""
        unresolved = False
        from .chain_model import ChainModel

        for path in sorted(glob.glob(os.path.join(MODELS_DIR, "*.model3"))):
            model = ChainModel() if os.path.basename(path) == "carbon_metering_chain.model3" else \
                QgsProcessingModelAlgorithm()
            if not model.fromFile(path):
                QgsMessageLog.logMessage(self.tr("Could not load the model {0}.").format(path), "Processing",
                                         Qgis.Warning)
                continue
            unresolved |= any(model.childAlgorithm(c).algorithm() is None for c in model.childAlgorithms())
            model.setSourceFilePath(path)
            if isinstance(model, ChainModel):
                model.localise_labels()
            self.addAlgorithm(model)
        if unresolved and not getattr(self, "_models_reloaded", False):
            # The model's children are this provider's algorithms, which the registry only finds once
            # the provider is registered; without them the model lacks its output parameters. Load
            # again right after registration.
            QgsApplication.processingRegistry().providerAdded.connect(self._reload_models)

    def _reload_models(self, provider_id):
        if provider_id != self.id():
            return
        QgsApplication.processingRegistry().providerAdded.disconnect(self._reload_models)
        self._models_reloaded = True  # once: refreshing re-emits providerAdded
        self.refreshAlgorithms()
