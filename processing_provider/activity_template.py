"""carbonmeter:activity_template — write the xlsx activity-data template of the emission inventory."""

from qgis.core import QgsProcessingParameterEnum, QgsProcessingParameterFileDestination

from ..metering.files import atomic_output
from ..metering.inventory.template import build_template
from .base import GROUP_URBAN_MONITORING, CarbonAlgorithm


class ActivityTemplateAlgorithm(CarbonAlgorithm):
    LANGUAGE = "LANGUAGE"
    OUTPUT = "OUTPUT"
    GROUP_ID = GROUP_URBAN_MONITORING

    def name(self):
        return "activity_template"

    def displayName(self):  # noqa: N802
        return self.tr("Create activity-data template")

    def group(self):
        return self.tr("Urban carbon monitoring")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Writes the xlsx workbook in which activity data for the emission inventory are collected "
            "(T/CI 231-2023, tables 1 and 2; emission-factor method of the IPCC 2006 GL and the NDRC sector "
            "guidelines). Sheet activity: row 1 Chinese headers, row 2 English headers, row 3 the field ids, "
            "data from row 4: entity, district/county, park, indicator (a level-5 line of table 2 for "
            "emissions, a level-4 line for reductions, chosen from a list), energy carrier or gas (list), "
            "amount (>= 0; the indicator gives the sign: green electricity, hydrogen and reductions count "
            "negative), unit (list: t, kg, 10^4 m3, m3, L, kWh, MWh, GJ, TJ, tce, toe, t CO2e), period (2023 or "
            "2023-01), notation key (NO, NE, IE, C as in the GPC), and the optional denominators of the "
            "intensity indicators: output value (10^4 CNY), floor area (m2), population, vehicle-km (10^4), "
            "product output (t). Sheets indicators, carriers and units show the shipped tables.")

    def initAlgorithm(self, config=None):  # noqa: N802
        param = QgsProcessingParameterEnum(self.LANGUAGE, self.tr("Language of the lists"),
                                           options=[self.tr("Chinese"), self.tr("English")], defaultValue=0)
        param.setHelp(self.tr("Language of the indicator and carrier labels in the validation lists; the codes "
                              "in front of them are what the inventory reads."))
        self.addParameter(param)
        param = QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Activity-data template"),
                                                      self.tr("Excel workbook (*.xlsx)"))
        param.setHelp(self.tr("The workbook to write (.xlsx); written whole or not at all."))
        self.addParameter(param)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        language = "zh" if self.parameterAsEnum(parameters, self.LANGUAGE, context) == 0 else "en"
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        with self.core_errors():
            with atomic_output(path) as tmp:
                build_template(tmp, language)
        feedback.pushInfo(self.tr("Template written: {0}").format(path))
        return {self.OUTPUT: path}
