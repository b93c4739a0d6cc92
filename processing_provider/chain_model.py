"""The shipped chain model as a first-class algorithm of the provider (issue 15).

A plain QgsProcessingModelAlgorithm shows its raw id (``carbon_metering_chain``) as display name
and puts itself in a group of its own, named by the untranslated string the .model3 stores. This
subclass lists it in the plugin's own parcel-metering group under a translated name. The model's
content (children, parameters) stays in models/*.model3, built by models/build_chain_model.py.
"""

import os
import re

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
        # from the shipped file, which holds both languages' labels (this instance shows one of them)
        if not (self.sourceFilePath() and model.fromFile(self.sourceFilePath())):
            model.loadVariant(self.toVariant())
        model.setSourceFilePath(self.sourceFilePath())
        model.bilingual = dict(getattr(self, "bilingual", None) or {})
        model.localise_labels()
        return model

    def localise_labels(self):
        """Show each parameter label in the UI's language.

        The .model3 stores every label in both languages, "English (中文)" (the graphical modeler
        edits one string per label); the zh UI shows the Chinese part, the others the English one.
        """
        from .messages import language

        chinese = language() == "zh"
        # the bilingual labels as loaded, kept (and handed to new instances) for a later language switch
        self.bilingual = getattr(self, "bilingual", None) or {
            d.name(): d.description() for d in self.parameterDefinitions()}
        for definition in self.parameterDefinitions():
            label = self.bilingual.get(definition.name(), definition.description())
            definition.setDescription(label_in(label, chinese))


_BILINGUAL = re.compile(r"^(?P<en>.*\S)\s*\((?P<zh>[^()]*[\u4e00-\u9fff][^()]*)\)\s*$")


def label_in(label, chinese):
    """'Base year (基准年)' → '基准年' (chinese) or 'Base year'; other labels unchanged."""
    match = _BILINGUAL.match(label or "")
    if not match:
        return label
    return match.group("zh") if chinese else match.group("en")
