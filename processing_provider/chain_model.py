"""The shipped chain model as a first-class algorithm of the provider (issue 15).

A plain QgsProcessingModelAlgorithm shows its raw id (``carbon_metering_chain``) as display name
and puts itself in a group of its own, named by the untranslated string the .model3 stores. This
subclass lists it in the plugin's own parcel-metering group under a translated name. The model's
content (children, parameters) stays in models/*.model3, built by models/build_chain_model.py.
"""

import os
import re

from qgis.core import QgsApplication, QgsProcessingModelAlgorithm
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
        model.stored_description = self.stored_description
        model.localise_labels()
        return model

    def localise_labels(self):
        """Show each parameter's label and help, and the model's help, in the UI's language.

        The .model3 stores every label in both languages, "English (中文)" (the graphical modeler
        edits one string per label); the zh UI shows the Chinese part, the others the English one.
        The help of the model's own parameters is translated here (OWN_PARAMETER_HELP); a step's
        parameter exposed by the model shows that step's own translated help. The help panel of the
        dialog lists every parameter with its help (the model's help content, per parameter name).
        """
        from .messages import language

        chinese = language() == "zh"
        # the bilingual labels as loaded, kept (and handed to new instances) for a later language switch
        self.bilingual = getattr(self, "bilingual", None) or {
            d.name(): d.description() for d in self.parameterDefinitions()}
        own_help = own_parameter_help()
        step_help = {}
        for definition in self.parameterDefinitions():
            name = definition.name()
            label = self.bilingual.get(name, definition.description())
            definition.setDescription(label_in(label, chinese))
            if name in own_help:
                definition.setHelp(own_help[name])
            elif name in EXPOSED_STEP_PARAMETERS:
                text = step_parameter_help(EXPOSED_STEP_PARAMETERS[name], name, step_help)
                if text:
                    definition.setHelp(text)
        content = dict(self.helpContent())
        if self.stored_description is None:
            self.stored_description = content.get("ALG_DESC", "")
        content["ALG_DESC"] = description_in(self.stored_description, chinese)
        for definition in self.parameterDefinitions():
            if definition.help() and not definition.isDestination():
                content[definition.name()] = definition.help()
        self.setHelpContent(content)

    #: the model's description as the .model3 holds it (both languages), kept for a language switch
    stored_description = None


#: The steps' parameters the model exposes as its own (same name, default and help as the step's).
EXPOSED_STEP_PARAMETERS = {
    "MAPPING": "carbonmeter:parcel_change", "COUNTY_FIELD": "carbonmeter:parcel_change",
    "AREA_METHOD": "carbonmeter:parcel_change", "CORRELATION": "carbonmeter:uncertainty",
    "ITERATIONS": "carbonmeter:uncertainty", "SEED": "carbonmeter:uncertainty",
    "DISCOUNT": "carbonmeter:uncertainty"}


def own_parameter_help():
    """The help of the model's own parameters in the UI's language (English as the .model3 holds it)."""
    _translate = QCoreApplication.translate
    return {
        "BASE": _translate("ChainModel", "Land-survey parcels of the base year with a GB/T 21010 land-class "
                                         "code field."),
        "BASE_FIELD": _translate("ChainModel", "Field of BASE holding the land-class code (text, e.g. 0301)."),
        "TARGET": _translate("ChainModel", "Land-survey parcels of the metering year."),
        "TARGET_FIELD": _translate("ChainModel", "Field of TARGET holding the land-class code."),
        "PLOTS": _translate("ChainModel", "The survey GeoPackage's plots layer (tree, shrub, litter, deadwood "
                                          "and soil tables are read from the same GeoPackage)."),
        "BASE_YEAR": _translate("ChainModel", "The base year t1 (plots with this survey_year give the "
                                              "base-year densities). Required."),
        "TARGET_YEAR": _translate("ChainModel", "The metering year t2 (> t1; plots with this survey_year give "
                                                "the metering-year densities). Required."),
        "SOIL_DEPTH": _translate("ChainModel", "Soil organic carbon is summed to this depth, cm (IPCC: 30 cm)."),
        "CONFIDENCE": _translate("ChainModel", "Two-sided t confidence for the density half-widths "
                                               "(AR-TOOL14: 90 %)."),
        "TITLE": _translate("ChainModel", "Title of the PDF report and the workbook."),
        "LANGUAGE": _translate("ChainModel", "Language of sheet names and report text."),
    }


def step_parameter_help(alg_id, name, instances):
    """The help of a step's parameter in the UI's language (a fresh instance: its help strings are
    made when it is initialised); '' while the step is not registered yet (the provider loads the
    model again once it is)."""
    if alg_id not in instances:
        registered = QgsApplication.processingRegistry().algorithmById(alg_id)
        instances[alg_id] = registered.create() if registered is not None else None
    definition = instances[alg_id].parameterDefinition(name) if instances[alg_id] is not None else None
    return definition.help() if definition is not None else ""


def description_in(description, chinese):
    """The model description's paragraphs in one language (the .model3 holds an English paragraph,
    then a Chinese one); the whole text when it is not split so."""
    paragraphs = [p for p in (description or "").split("\n") if p.strip()]
    has_cjk = [bool(re.search("[\u4e00-\u9fff]{4}", p)) for p in paragraphs]
    chosen = [p for p, cjk in zip(paragraphs, has_cjk) if cjk == chinese]
    return "\n".join(chosen) if chosen and len(chosen) < len(paragraphs) else description


_BILINGUAL = re.compile(r"^(?P<en>.*\S)\s*\((?P<zh>[^()]*[\u4e00-\u9fff][^()]*)\)\s*$")


def label_in(label, chinese):
    """'Base year (基准年)' → '基准年' (chinese) or 'Base year'; other labels unchanged."""
    match = _BILINGUAL.match(label or "")
    if not match:
        return label
    return match.group("zh") if chinese else match.group("en")
