"""The ``carbonmeter`` Processing provider."""

import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..plugin.dependencies import missing_dependencies

PROVIDER_ID = "carbonmeter"


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
