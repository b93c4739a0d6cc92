"""The shipped chain model as a first-class algorithm of the provider (issue 15).

A plain QgsProcessingModelAlgorithm shows its raw id (``carbon_metering_chain``) as display name
and puts itself in a group of its own, named by the untranslated string the .model3 stores. This
subclass lists it in the plugin's own parcel-metering group under a translated name. The model's
content (children, parameters) stays in models/*.model3, built by models/build_chain_model.py.
"""

import os

from qgis.core import QgsProcessingModelAlgorithm
from qgis.PyQt.QtCore import QCoreApplication, QUrl

from .base import GROUP_PARCEL


class ChainModel(QgsProcessingModelAlgorithm):
    def displayName(self):  # noqa: N802
        return QCoreApplication.translate("ChainModel", "Carbon metering chain (whole workflow)")

    def group(self):
        return QCoreApplication.translate("ChainModel", "Parcel carbon metering")

    def groupId(self):  # noqa: N802
        return GROUP_PARCEL

    def helpUrl(self):  # noqa: N802
        """The shipped document of the chain (docs/report.md, its chain-model section): no public site."""
        path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs", "report.md")
        return QUrl.fromLocalFile(path).toString()

    def createInstance(self):  # noqa: N802
        # As QgsProcessingModelAlgorithm::createInstance, keeping this class.
        model = ChainModel()
        model.loadVariant(self.toVariant())
        model.setSourceFilePath(self.sourceFilePath())
        return model
