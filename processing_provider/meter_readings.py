"""carbonmeter:meter_readings — smart-meter data → activity rows of the inventory, findings, emission warnings."""

import csv
import os
import re

import pandas as pd
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..metering.files import atomic_output
from ..metering.inventory import activity, meters
from ..metering.inventory.template import build_template
from . import qgis_io
from .base import GROUP_URBAN_MONITORING, CarbonAlgorithm

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STYLE = os.path.join(PLUGIN_DIR, "styles", "meter_warnings.qml")
#: PERIOD, BASIS and METHOD options in parameter order (index = position).
PERIODS = ("monthly", "yearly")
BASES = ("budget", "baseline")
METHODS = ("location", "market")
#: Inventory columns the warnings read (emission_inventory OUTPUT).
INVENTORY_COLUMNS = ("unit_type", "unit_id", "code", "carrier", "period")


class _WarningsStyle(QgsProcessingLayerPostProcessorInterface):
    """Applies styles/meter_warnings.qml to the warnings layer when QGIS loads it."""

    instance = None  # kept referenced: QGIS calls it after processAlgorithm has returned

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        layer.loadNamedStyle(STYLE)
        layer.triggerRepaint()

    @staticmethod
    def create():
        _WarningsStyle.instance = _WarningsStyle()
        return _WarningsStyle.instance


def write_activity(path, frame):
    """The activity rows as the template's xlsx (sheet activity, data from row 4) or a CSV of field ids."""
    rows = [{k: (v if v != "" else None) for k, v in rec.items()} for rec in frame[list(activity.FIELDS)].to_dict(
        "records")]
    if path.lower().endswith(".csv"):
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            out = csv.DictWriter(fh, list(activity.FIELDS), lineterminator="\n")
            out.writeheader()
            out.writerows(rows)  # amounts as the core wrote them (no trailing .0)
    else:
        for rec in rows:  # numbers in the workbook, not text
            rec["amount"] = float(rec["amount"]) if rec["amount"] is not None else None
        build_template(path, "zh", rows=rows)


def period_text(value):
    """A period cell as the inventory writes it ('2024', '2024-03'), also when a reader made it a number."""
    text = "" if value is None else str(value).strip()
    return re.sub(r"^(\d{4})\.0$", r"\1", text)


class MeterReadingsAlgorithm(CarbonAlgorithm):
    READINGS = "READINGS"
    METERS = "METERS"
    PERIOD = "PERIOD"
    GAP_FACTOR = "GAP_FACTOR"
    INVENTORY = "INVENTORY"
    REFERENCE = "REFERENCE"
    BASIS = "BASIS"
    THRESHOLDS = "THRESHOLDS"
    METHOD = "METHOD"
    ENTITIES = "ENTITIES"
    ENTITY_FIELD = "ENTITY_FIELD"
    ACTIVITY = "ACTIVITY"
    CONSUMPTION = "CONSUMPTION"
    PROBLEMS = "PROBLEMS"
    WARNINGS = "WARNINGS"
    WARNINGS_LAYER = "WARNINGS_LAYER"
    GROUP_ID = GROUP_URBAN_MONITORING

    def name(self):
        return "meter_readings"

    def displayName(self):  # noqa: N802
        return self.tr("Smart-meter readings and emission warnings (T/CI 231)")

    def group(self):
        return self.tr("Urban carbon monitoring")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Turns smart-meter data (water, electricity, gas, heat, cooling, fuel) into the activity data of "
            "the emission inventory and warns when an entity's emissions run ahead of its budget or baseline: the "
            "online monitoring of T/CI 231-2023 clause 5 table 1 (smart water, electricity and gas meters; "
            "monitored media water, electricity, gas, cooling, heat, oil; carbon-emission warning as a function "
            "of the monitoring system) and clause 6.2 (regular reporting of the accounted emissions per "
            "city, district/county, park and entity).\n\n"
            "Steps: each meter's series is checked for duplicates (same meter and timestamp; the first row is "
            "kept), counter resets (a cumulative reading lower than the one before: rolled over at the meter's "
            "rollover value, else restarted at zero) and gaps (an interval longer than GAP_FACTOR x the meter's "
            "median interval); every finding names the meter and the timestamp. Consumption per interval is "
            "shared over the months or years it spans in proportion to time (a reading at 00:00 of the 1st "
            "closes the previous month) and summed per entity, indicator, carrier, unit and period.\n\n"
            "Conventions (the standard is silent): over a gap, a cumulative meter's consumption is kept (the "
            "counter went on counting) and the gap reported; an interval meter's value is the consumption of "
            "the median interval ending at its timestamp, and its gap is missing data, shown by coverage "
            "(the measured share of the period, 0-1). Warning thresholds are ratios emission / reference; the "
            "default 0.9, 1.0, 1.1 is a placeholder of this plugin (the standard gives no thresholds).\n\n"
            "Warnings (optional): emissions per entity and period of the chosen PERIOD (level 1 total E of the "
            "INVENTORY, t CO2e, "
            "location- or market-based) / the REFERENCE budget or baseline (t CO2e) = ratio; level 0 normal below "
            "the first threshold, 1 attention, 2 warning, 3 alarm from the third; -1 when the period has no "
            "reference. Details and columns in docs/urban_monitoring.md.")

    def initAlgorithm(self, config=None):  # noqa: N802
        def add(param, help_text):
            param.setHelp(help_text)
            self.addParameter(param)

        tables = self.tr("CSV or Excel (*.csv *.xlsx)")
        add(QgsProcessingParameterFile(self.READINGS, self.tr("Meter readings (.csv or .xlsx)"), fileFilter=tables),
            self.tr("One row per meter and timestamp: meter_id, timestamp (ISO, e.g. 2024-03-01 00:00), and either "
                    "reading (cumulative counter, in the meter's unit) or consumption (use in the interval ending "
                    "at the timestamp). The meter columns (entity, region, park, indicator, medium, carrier, unit, "
                    "rollover) may be in this file instead of a meter table."))
        add(QgsProcessingParameterFile(self.METERS, self.tr("Meter table (.csv or .xlsx)"), optional=True,
                                       fileFilter=tables),
            self.tr("One row per meter_id: entity, region (district/county code), park, indicator (a level-5 line "
                    "of T/CI 231 table 2, e.g. E3.1.I.power), medium (water, electricity, gas, heat, cooling, "
                    "fuel), carrier (needed for fuel; otherwise the medium's carrier), unit (kWh, MWh, m³, 10⁴ m³, "
                    "GJ, t, L …) and rollover (the value at which the counter starts again from 0; empty if "
                    "unknown)."))
        add(QgsProcessingParameterEnum(self.PERIOD, self.tr("Period"),
                                       options=[self.tr("Monthly"), self.tr("Yearly")], defaultValue=0),
            self.tr("Periods of the activity rows: calendar months (2024-03) or calendar years (2024)."))
        add(QgsProcessingParameterNumber(self.GAP_FACTOR, self.tr("Gap factor"),
                                         QgsProcessingParameterNumber.Type.Double,
                                         defaultValue=meters.DEFAULT_GAP_FACTOR, minValue=1.0),
            self.tr("An interval longer than this many times the meter's median interval is a gap (> 1; "
                    "default 1.5: in a regular series one missing reading, an interval of twice the usual one, is a "
                    "gap)."))
        add(QgsProcessingParameterFeatureSource(self.INVENTORY, self.tr("Emission inventory (for warnings)"),
                                                [QgsProcessing.SourceType.TypeVector], optional=True),
            self.tr("The OUTPUT table of Emission inventory (unit_type, unit_id, code, carrier, period, "
                    "emission_location_tco2e, emission_market_tco2e); its entity totals (code E) are compared "
                    "with the reference. Give it together with REFERENCE."))
        add(QgsProcessingParameterFile(self.REFERENCE, self.tr("Budget or baseline (.csv or .xlsx)"), optional=True,
                                       fileFilter=tables),
            self.tr("Columns entity, period (empty = every period of that entity), reference_tco2e (t CO2e per "
                    "period, > 0; one row per entity and period)."))
        add(QgsProcessingParameterEnum(self.BASIS, self.tr("Reference is a"),
                                       options=[self.tr("Budget"), self.tr("Baseline")], defaultValue=0),
            self.tr("What the reference stands for (written into the basis column): an emission budget or a "
                    "baseline (e.g. the same period of a base year)."))
        add(QgsProcessingParameterString(self.THRESHOLDS, self.tr("Warning thresholds (ratios)"), optional=True,
                                         defaultValue="0.9, 1.0, 1.1"),
            self.tr("Three increasing ratios emission / reference at which levels 1 attention, 2 warning and "
                    "3 alarm start (dimensionless; default 0.9, 1.0, 1.1, a placeholder of this plugin)."))
        add(QgsProcessingParameterEnum(self.METHOD, self.tr("Electricity accounting"),
                                       options=[self.tr("Location-based"), self.tr("Market-based")],
                                       defaultValue=0),
            self.tr("Which of the inventory's totals is compared: location-based (grid factor of the region) or "
                    "market-based (residual mix), t CO2e."))
        add(QgsProcessingParameterFeatureSource(self.ENTITIES, self.tr("Entity polygons (for the warnings layer)"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
            self.tr("Polygons of the entities (buildings, enterprises, communities …); the warnings layer gets "
                    "one feature per entity and period with the entity's polygon."))
        add(QgsProcessingParameterField(self.ENTITY_FIELD, self.tr("Entity id field"), optional=True,
                                        parentLayerParameterName=self.ENTITIES),
            self.tr("Field of ENTITIES holding the entity ids used in the meter table (e.g. E01)."))
        add(QgsProcessingParameterFileDestination(self.ACTIVITY, self.tr("Activity data"),
                                                  self.tr("Excel workbook (*.xlsx);;CSV (*.csv)")),
            self.tr("The activity rows in the format Emission inventory reads (the template's xlsx, or a CSV with "
                    "the field ids as header); amounts in the meters' units, the meter ids and the coverage in "
                    "note. Written whole or not at all."))
        for name, label, text, default in (
                (self.CONSUMPTION, self.tr("Consumption per meter and period"),
                 self.tr("One row per meter and period: amount (meter's unit), n_readings, coverage (0-1), gaps, "
                         "resets, duplicates."), True),
                (self.PROBLEMS, self.tr("Gaps, resets and duplicates"),
                 self.tr("One row per finding: meter_id, timestamp, kind (meter_gap, meter_reset, "
                         "meter_duplicate), value, detail."), True),
                (self.WARNINGS, self.tr("Emission warnings"),
                 self.tr("One row per entity and period: emission_tco2e, reference_tco2e, basis, ratio, level "
                         "(0-3, -1 without reference), level_name. Needs INVENTORY and REFERENCE."), False)):
            param = QgsProcessingParameterFeatureSink(name, label, QgsProcessing.SourceType.TypeVector,
                                                      optional=True, createByDefault=default)
            add(param, text)
        add(QgsProcessingParameterFeatureSink(self.WARNINGS_LAYER, self.tr("Emission warnings layer"),
                                              QgsProcessing.SourceType.TypeVectorPolygon, optional=True,
                                              createByDefault=False),
            self.tr("The warnings on the entity polygons (needs ENTITIES), loaded with the shipped style "
                    "styles/meter_warnings.qml (colours by level)."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        monthly = PERIODS[self.parameterAsEnum(parameters, self.PERIOD, context)] == "monthly"
        gap_factor = self.parameterAsDouble(parameters, self.GAP_FACTOR, context)
        readings_path = self.parameterAsFile(parameters, self.READINGS, context)
        meters_path = self.parameterAsFile(parameters, self.METERS, context)
        reference_path = self.parameterAsFile(parameters, self.REFERENCE, context)
        inventory_source = self.parameterAsSource(parameters, self.INVENTORY, context)
        entities = self.parameterAsSource(parameters, self.ENTITIES, context)
        entity_field = (self.parameterAsFields(parameters, self.ENTITY_FIELD, context) or [""])[0]
        wants_warnings = parameters.get(self.WARNINGS) is not None or parameters.get(self.WARNINGS_LAYER) is not None
        if (inventory_source is None) != (not reference_path) or (wants_warnings and inventory_source is None):
            self.fail(self.tr("Warnings need both INVENTORY (the Emission inventory table) and REFERENCE (the "
                              "budget or baseline table): give both or neither."))
        wants_layer = parameters.get(self.WARNINGS_LAYER) is not None
        if (entities is not None or wants_layer) and (inventory_source is None or entities is None or not entity_field):
            self.fail(self.tr("The warnings layer needs ENTITIES with ENTITY_FIELD (the field of the entity ids) "
                              "and the warning inputs INVENTORY and REFERENCE."))
        activity_path = self.parameterAsFileOutput(parameters, self.ACTIVITY, context)
        if not activity_path.lower().endswith((".xlsx", ".csv")):
            self.fail(self.tr("Activity data {0}: write a .xlsx or a .csv file.").format(activity_path))

        feedback.setProgress(2)
        with self.core_errors():
            readings = meters.read_table(readings_path)
            table = meters.read_table(meters_path) if meters_path else None
            self.check_canceled(feedback)
            feedback.setProgress(10)
            result = meters.meter_activity(readings, table, monthly=monthly, gap_factor=gap_factor)
            warnings = None
            if inventory_source is not None:
                thresholds = meters.parse_thresholds(self.parameterAsString(parameters, self.THRESHOLDS, context))
                method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
                inv = self._inventory(inventory_source, method, feedback)
                emissions = meters.entity_emissions(inv, method)
                # the inventory sums months into years too: compare the periods of the chosen PERIOD only
                emissions = emissions[emissions["period"].str.fullmatch(r"\d{4}-\d{2}" if monthly else r"\d{4}")]
                warnings = meters.warnings(emissions, meters.read_table(reference_path), thresholds,
                                           BASES[self.parameterAsEnum(parameters, self.BASIS, context)])
        self.log_notes(feedback, result.notes)
        geometries = self._entity_geometries(entities, entity_field, feedback) if entities is not None else None
        self.check_canceled(feedback)
        feedback.setProgress(60)

        with self.core_errors():
            with atomic_output(activity_path) as tmp:
                write_activity(tmp, result.activity)
        out = {self.ACTIVITY: activity_path}
        feedback.setProgress(75)
        tables = {self.CONSUMPTION: result.consumption, self.PROBLEMS: result.problems, self.WARNINGS: warnings}
        for name, frame in tables.items():
            if parameters.get(name) is not None and frame is not None:
                out[name] = qgis_io.write_table(self, parameters, name, context, frame, feedback)
        if warnings is not None:
            levels = warnings["level_name"].value_counts()
            names = {"normal": self.tr("normal"), "attention": self.tr("attention"), "warning": self.tr("warning"),
                     "alarm": self.tr("alarm"), "no_reference": self.tr("no reference")}
            feedback.pushInfo(self.tr("Warning levels (entity-periods): {0}.").format(", ".join(
                "{0} {1}".format(names[name], int(levels.get(name, 0))) for name in meters.LEVELS + ("no_reference",))))
        if wants_layer:
            out[self.WARNINGS_LAYER] = self._warnings_layer(parameters, context, feedback, entities, entity_field,
                                                            geometries, warnings)
        feedback.setProgress(100)
        return out

    def _inventory(self, source, method, feedback):
        """The inventory table's columns the warnings read, periods as text."""
        needed = INVENTORY_COLUMNS + ("emission_{0}_tco2e".format(method),)
        names = [f.name() for f in source.fields()]
        missing = [c for c in needed if c not in names]
        if missing:
            self.fail(self.tr("The inventory table {0} lacks the columns {1}: use the OUTPUT of Emission "
                              "inventory.").format(source.sourceName(), ", ".join(missing)))
        frame = qgis_io.source_to_frame(source, list(needed), feedback)
        for col in ("unit_type", "unit_id", "code", "carrier"):
            frame[col] = frame[col].fillna("").astype(str).str.strip()
        frame["period"] = [period_text(p) for p in frame["period"]]
        # a CSV read through OGR gives text: numbers again, and a total that is no number is named
        column = needed[-1]
        values = pd.to_numeric(frame[column].map(lambda v: v if v not in (None, "") else None), errors="coerce")
        totals = (frame["unit_type"] == "entity") & (frame["code"] == "E") & (frame["carrier"] == "")
        bad = totals & values.isna()
        if bad.any():
            first = frame[bad].iloc[0]
            self.fail(self.tr("The inventory table {0}, feature {1} (entity {2}, period {3}): {4} is not a "
                              "number.").format(source.sourceName(), first["fid"], first["unit_id"], first["period"],
                                                column))
        frame[column] = values
        return frame

    def _entity_geometries(self, entities, entity_field, feedback):
        """Entity id → its polygon (checked before any output is written: one polygon per entity)."""
        geometries = {}
        for feature in entities.getFeatures(QgsFeatureRequest()):
            self.check_canceled(feedback)
            key = str(feature[entity_field]).strip()
            if key in geometries:
                self.fail(self.tr("Entity layer: the id {0} in field {1} belongs to more than one polygon (feature "
                                  "{2}); keep one polygon per entity.").format(key, entity_field, feature.id()))
            geom = feature.geometry()
            geom.convertToMultiType()
            geometries[key] = geom
        return geometries

    def _warnings_layer(self, parameters, context, feedback, entities, entity_field, geometries, warnings):
        """One feature per warning row whose entity is a polygon of ENTITIES (its geometry)."""
        unmatched = sorted(set(warnings["entity"]) - set(geometries))
        if unmatched:
            feedback.pushWarning(self.tr("Entities without a polygon in {0} (left out of the warnings layer): "
                                         "{1}.").format(entity_field, ", ".join(unmatched)))
        rows = warnings[warnings["entity"].isin(set(geometries))].reset_index(drop=True)
        fields = qgis_io.fields_for_frame(warnings)
        sink, dest = self.parameterAsSink(parameters, self.WARNINGS_LAYER, context, fields,
                                          QgsWkbTypes.Type.MultiPolygon, entities.sourceCrs())
        if sink is None:
            self.fail(self.invalidSinkError(parameters, self.WARNINGS_LAYER))
        qgis_io.write_frame(sink, rows, fields, geometries=[geometries[e] for e in rows["entity"]])
        qgis_io.close_sink(sink)
        if context.willLoadLayerOnCompletion(dest):
            context.layerToLoadOnCompletionDetails(dest).setPostProcessor(_WarningsStyle.create())
        return dest
