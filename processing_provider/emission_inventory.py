"""carbonmeter:emission_inventory — activity data × factor library → inventory over T/CI 231 table 2."""

import datetime

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ..metering.inventory import activity, factors, inventory
from . import messages, qgis_io
from .base import GROUP_URBAN_MONITORING, CarbonAlgorithm

OUTPUTS = ("OUTPUT", "ROWS", "INTENSITY", "FACTORS", "REJECTED", "PROVENANCE")


class EmissionInventoryAlgorithm(CarbonAlgorithm):
    INPUT = "INPUT"
    ELECTRICITY_SET = "ELECTRICITY_SET"
    GRID_REGION = "GRID_REGION"
    GWP_SET = "GWP_SET"
    LOCAL_FACTORS = "LOCAL_FACTORS"
    MODE = "MODE"
    CITY_NAME = "CITY_NAME"
    GROUP_ID = GROUP_URBAN_MONITORING

    def name(self):
        return "emission_inventory"

    def displayName(self):  # noqa: N802
        return self.tr("Emission inventory (T/CI 231)")

    def group(self):
        return self.tr("Urban carbon monitoring")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Accounts emissions by the emission-factor method (E = activity x factor; IPCC 2006 GL vol. 2; NDRC "
            "sector guidelines) over the indicator system of T/CI 231-2023 table 2, per entity, park, district "
            "and city and per period, at every level (1 emissions/reductions ... 5 the carrier, and the carrier "
            "itself), direct and indirect apart. Fuels: NCV x carbon content x oxidation x 44/12 (GB/T 32150 "
            "appendix A). Electricity in t CO2/MWh: location-based (the set's provincial factor, else national) "
            "and market-based (residual mix) side by side; green electricity, hydrogen and reductions negative. "
            "Gases: GWP100 of IPCC AR5 or AR6. Rejected rows are listed with sheet, row, column and reason; "
            "every factor row used is in the factors table.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.library = factors.load_library()
        self.electricity_sets = factors.set_options(self.library, "electricity")
        self.gwp_sets = factors.set_options(self.library, "gwp")
        param = QgsProcessingParameterFile(self.INPUT, self.tr("Activity data (.xlsx template or .csv)"))
        param.setHelp(self.tr("Workbook made by 'Create activity-data template' (sheet activity) or a CSV with "
                              "the field ids as header."))
        self.addParameter(param)
        param = QgsProcessingParameterEnum(self.ELECTRICITY_SET, self.tr("Grid factor set (issuer, data year)"),
                                           options=[label for _, label in self.electricity_sets], defaultValue=0)
        param.setHelp(self.tr("Which official grid factors: MEE/NBS 2022 data, MEE/NBS 2021 data, or the MEE "
                              "0.5703 of the 2023-2025 reporting notice (t CO2/MWh)."))
        self.addParameter(param)
        param = QgsProcessingParameterString(self.GRID_REGION, self.tr("Grid region (province code)"),
                                             defaultValue="CN")
        param.setHelp(self.tr("CN for the national factor, a GB/T 2260 province code (42 = Hubei) or a regional "
                              "grid id (grid_central) for the location-based factor."))
        self.addParameter(param)
        param = QgsProcessingParameterEnum(self.GWP_SET, self.tr("GWP set"),
                                           options=[label for _, label in self.gwp_sets], defaultValue=0)
        param.setHelp(self.tr("GWP100 values for the non-CO2 gases of table 1 (IPCC AR6 or AR5)."))
        self.addParameter(param)
        param = QgsProcessingParameterFile(self.LOCAL_FACTORS, self.tr("Local factors (CSV)"), optional=True,
                                           extension="csv")
        param.setHelp(self.tr("Factor rows in the library's columns; a local row overrides the set's row of the "
                              "same quantity. Duplicated entries are an error."))
        self.addParameter(param)
        param = QgsProcessingParameterEnum(
            self.MODE, self.tr("Mode"), options=[self.tr("All or nothing"), self.tr("Valid rows only")],
            defaultValue=0)
        param.setHelp(self.tr("All or nothing: any rejected row stops the run. Valid rows: rejected rows are left "
                              "out and listed."))
        self.addParameter(param)
        param = QgsProcessingParameterString(self.CITY_NAME, self.tr("City name"), defaultValue="city")
        param.setHelp(self.tr("unit_id of the whole-city rows."))
        self.addParameter(param)
        labels = {"OUTPUT": self.tr("Inventory"), "ROWS": self.tr("Activity rows with factors"),
                  "INTENSITY": self.tr("Intensities"), "FACTORS": self.tr("Factor rows used"),
                  "REJECTED": self.tr("Rejected rows"), "PROVENANCE": self.tr("Provenance")}
        for name in OUTPUTS:
            param = QgsProcessingParameterFeatureSink(name, labels[name], QgsProcessing.SourceType.TypeVector,
                                                      optional=name != "OUTPUT")
            param.setHelp(self.tr("Table without geometry (see docs/urban_monitoring.md for its columns)."))
            self.addParameter(param)
        self.parameterDefinition("PROVENANCE").setHelp(self.tr(
            "Table without geometry: the activity file and local factors with absolute path and SHA-256, every "
            "parameter, the plugin and QGIS versions, the factor sets chosen and the sources of the shipped "
            "tables (placeholders listed apart); the factor rows themselves are in the factors table."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        started = datetime.datetime.now()
        path = self.parameterAsFile(parameters, self.INPUT, context)
        local = self.parameterAsFile(parameters, self.LOCAL_FACTORS, context)
        mode = (inventory.MODE_ALL_OR_NOTHING if self.parameterAsEnum(parameters, self.MODE, context) == 0
                else inventory.MODE_VALID_ROWS)
        with self.core_errors():
            library = factors.load_library(local_paths=[local] if local else ())
            selection = factors.Selection(
                electricity=self.electricity_sets[self.parameterAsEnum(parameters, self.ELECTRICITY_SET, context)][0],
                grid_region=self.parameterAsString(parameters, self.GRID_REGION, context).strip() or "CN",
                gwp=self.gwp_sets[self.parameterAsEnum(parameters, self.GWP_SET, context)][0])
            frame = activity.read_activity(path)
            result = inventory.compute(frame, library, selection, mode=mode,
                                       city_name=self.parameterAsString(parameters, self.CITY_NAME, context),
                                       progress=self.core_progress(feedback, 0, 80))
        self.log_notes(feedback, result.notes)
        self.check_canceled(feedback)
        tables = {"OUTPUT": result.inventory, "ROWS": result.rows, "INTENSITY": result.intensities,
                  "FACTORS": result.factors_used,
                  "REJECTED": inventory.rejected_frame(result.rejected, messages.text)}
        if parameters.get("PROVENANCE") is not None:
            chosen = {"electricity_set": selection.electricity, "grid_region": selection.grid_region,
                      "gwp_set": selection.gwp, "fuel_set": selection.fuel, "heat_set": selection.heat}
            tables["PROVENANCE"] = self.provenance_frame(
                dict(parameters, **chosen), context, started, files=(self.INPUT, self.LOCAL_FACTORS),
                extra_sources={"factors_used": result.factors_used})
        out = {}
        for name in OUTPUTS:
            if parameters.get(name) is not None:
                out[name] = qgis_io.write_table(self, parameters, name, context, tables[name], feedback)
        return out
