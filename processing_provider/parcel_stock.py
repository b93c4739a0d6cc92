"""carbonmeter:parcel_stock — carbon stock at both years, stock change and removals per piece."""

from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..metering import POOLS_WITH_TOTAL
from ..metering import density as density_core
from ..metering import stock as core
from .base import CarbonAlgorithm
from .qgis_io import close_sink, fields_for_frame, source_to_frame, write_frame
from .stratum_density import _few

#: KEY enum options, in order.
KEY_KINDS = (core.KEY_OBJECT, core.KEY_CODE)


def _new_fields():
    """(name, QVariant type) of the fields parcel_stock adds to each piece."""
    fields = [("area_ha", QVariant.Double), ("base_key", QVariant.String), ("target_key", QVariant.String)]
    fields += [("c_base_" + p, QVariant.Double) for p in POOLS_WITH_TOTAL]
    fields += [("c_target_" + p, QVariant.Double) for p in POOLS_WITH_TOTAL]
    fields += [("dc_per_year", QVariant.Double), ("removals_co2e", QVariant.Double)]
    return fields


class ParcelStockAlgorithm(CarbonAlgorithm):
    INPUT = "INPUT"
    BASE_DENSITY = "BASE_DENSITY"
    TARGET_DENSITY = "TARGET_DENSITY"
    KEY = "KEY"
    BASE_YEAR = "BASE_YEAR"
    TARGET_YEAR = "TARGET_YEAR"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"

    def name(self):
        return "parcel_stock"

    def displayName(self):  # noqa: N802
        return self.tr("Parcel carbon stock and sink")

    def group(self):
        return self.tr("Parcel carbon metering")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Meters the carbon stock of every piece of the base × target overlay (the output of "
            "parcel_change) at the base and the target year, and its sink by stock change (Hubei spec "
            "ch. 8; IPCC 2006 GL vol. 4 stock-difference method).\n\n"
            "Stock per pool (t C) = density (t C/ha) × area (ha, from area_m2); each year uses its own "
            "density key: unchanged pieces the same object at both dates, changed pieces the base object "
            "at the base year and the target object at the target year. The total is the sum of the "
            "pools. dc_per_year (t C/a) = (total at target − total at base) / (target year − base year); "
            "removals_co2e (t CO2e/a) = dc_per_year × 44/12, positive when carbon is removed from the "
            "atmosphere. Non-metered and unmapped pieces have zero stock; codes not mapped to a metering "
            "object are listed in a warning with their pieces and area (fix the mapping and re-run "
            "parcel_change). Pieces that exist in one year "
            "only (change_flag 2 or 3) get a stock for that year only and no change. A metered object or "
            "code without a density stops the run with the list of keys, pieces and area.\n\n"
            "Parameters:\n"
            "- Pieces: the parcel_change output (base_code, target_code, base_object, target_object, "
            "change_flag, county, area_m2, area_method).\n"
            "- Base-year densities: table with a key column and the pool columns agb, bgb, deadwood, "
            "litter, soil in t C/ha (wide), or the stratum_density output (long). CSV, xlsx or any QGIS "
            "table; land-class codes are read as text.\n"
            "- Target-year densities: optional; the base-year table when empty.\n"
            "- Density key: object (tables keyed by metering object) or code (by land-class code). Crossed "
            "strata of stratum_density (object|value) are not keys: its per-object rows are used.\n"
            "- Base year, Target year: calendar years t1 < t2.\n\n"
            "Outputs: the pieces with area_ha, base_key, target_key, c_base_<pool> and c_target_<pool> "
            "(t C), dc_per_year (t C/a) and removals_co2e (t CO2e/a); and a summary table per county × "
            "object × pool × change_group (unchanged, changed, all = both; base_only, target_only for "
            "one-year pieces) with n_pieces, area_ha, stock_base_tc, stock_target_tc, dc_per_year_tc and "
            "removals_tco2e, including totals (county ALL, object ALL). Changed pieces are summarised "
            "under their target-year object (land converted to a category is reported under it)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        param = QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Pieces (parcel change)"), [QgsProcessing.SourceType.TypeVectorPolygon]
        )
        param.setHelp(self.tr("Polygon pieces of the base × target overlay, the output of parcel_change."))
        self.addParameter(param)

        param = QgsProcessingParameterFeatureSource(
            self.BASE_DENSITY, self.tr("Base-year densities"), [QgsProcessing.SourceType.TypeVector]
        )
        param.setHelp(self.tr("Density table for the base year in t C/ha: a key column and the pool columns "
                              "agb, bgb, deadwood, litter, soil, or the stratum_density output."))
        self.addParameter(param)

        param = QgsProcessingParameterFeatureSource(
            self.TARGET_DENSITY, self.tr("Target-year densities"), [QgsProcessing.SourceType.TypeVector], optional=True
        )
        param.setHelp(self.tr("Density table for the target year (same form). Empty: the base-year table."))
        self.addParameter(param)

        param = QgsProcessingParameterEnum(
            self.KEY, self.tr("Density key"), options=[self.tr("Metering object"), self.tr("Land-class code")],
            defaultValue=0,
        )
        param.setHelp(self.tr("Whether the density tables are keyed by metering object (base_object, "
                              "target_object) or by land-class code (base_code, target_code, text such as "
                              "0101)."))
        self.addParameter(param)

        param = QgsProcessingParameterNumber(
            self.BASE_YEAR, self.tr("Base year"), type=QgsProcessingParameterNumber.Type.Integer,
            defaultValue=2020, minValue=1900, maxValue=2200,
        )
        param.setHelp(self.tr("Calendar year t1 of the base land survey."))
        self.addParameter(param)

        param = QgsProcessingParameterNumber(
            self.TARGET_YEAR, self.tr("Target year"), type=QgsProcessingParameterNumber.Type.Integer,
            defaultValue=2023, minValue=1900, maxValue=2200,
        )
        param.setHelp(self.tr("Calendar year t2 of the metering (target) survey; must be later than the "
                              "base year."))
        self.addParameter(param)

        param = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Piece stocks"), QgsProcessing.SourceType.TypeVectorPolygon
        )
        param.setHelp(self.tr("The pieces with their stocks at both years (t C), dc_per_year (t C/a) and "
                              "removals_co2e (t CO2e/a)."))
        self.addParameter(param)

        param = QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("Stock and sink summary"), QgsProcessing.SourceType.TypeVector
        )
        param.setHelp(self.tr("Totals per county × object × pool × change group, with ALL total rows."))
        self.addParameter(param)

    def _error(self, error, pieces_name, table_name, target_table_name=None):
        d = error.details
        kind = error.kind
        if kind == "missing_fields":
            return self.tr("Layer {0} lacks the fields {1}: run parcel_change first, its output has them.").format(
                pieces_name, ", ".join(d["fields"]))
        if kind == "bad_flag":
            return self.tr("Layer {0}, field change_flag: values must be 0, 1, 2 or 3; bad (feature id, value): "
                           "{1}.").format(pieces_name, _few(d["rows"]))
        if kind == "bad_area":
            return self.tr("Layer {0}, field area_m2: empty or negative areas (feature id, value): {1}. "
                           "Re-run parcel_change.").format(pieces_name, _few(d["rows"]))
        if kind == "years":
            return self.tr("The target year ({0}) must be later than the base year ({1}).").format(
                d["target"], d["base"])
        if kind == "missing_density":
            # Each year is metered with its own table: name the one that lacks the key.
            names = {"base": table_name, "target": target_table_name or table_name}
            parts = []
            for role in ("base", "target"):
                rows = ["{0}: {1} pieces, {2:.4f} ha".format(r[1], r[2], r[3]) for r in d["rows"] if r[0] == role]
                if rows:
                    label = self.tr("base year") if role == "base" else self.tr("target year")
                    parts.append(self.tr("density table {0} ({1}) has no row for (key: pieces, area) {2}").format(
                        names[role], label, _few(rows)))
            return self.tr("No density for these metered keys: {0}. Add rows for them to that table or check "
                           "the Density key setting.").format("; ".join(parts))
        if kind == "table_format":
            return self.tr("Density table {0} needs a key column (key, stratum, object or code) and either "
                           "pool + mean or the pool columns agb, bgb, deadwood, litter, soil; it has: {1}.").format(
                table_name, ", ".join(d["columns"]))
        if kind == "table_not_numeric":
            return self.tr("Density table {0}: these densities (key, pool, value) are not numbers: {1}.").format(
                table_name, _few(d["rows"]))
        if kind == "table_negative":
            return self.tr("Density table {0}: negative densities (key, pool, value): {1}.").format(
                table_name, _few(d["rows"]))
        if kind == "table_duplicate":
            return self.tr("Density table {0}: these keys occur more than once: {1}. Keep one row per key "
                           "(and pool).").format(table_name, _few(d["keys"]))
        if kind == "table_incomplete":
            return self.tr("Density table {0}: these keys lack pools (key, pools): {1}.").format(
                table_name, _few(d["rows"]))
        return self.tr("Invalid input: {0}").format(str(error))

    def _read_table(self, parameters, name, context, feedback, key_kind, progress):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return None, None
        frame = source_to_frame(source, feedback=feedback, progress=progress)
        try:
            table = core.normalize_density_table(frame.drop(columns=["fid"]), key_kind)
        except core.StockInputError as error:
            self.fail(self._error(error, "", source.sourceName()))
        feedback.pushInfo(self.tr("Density table {0}: {1} keys.").format(source.sourceName(), len(table)))
        return table, source.sourceName()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            self.fail(self.invalidSourceError(parameters, self.INPUT))
        pieces_name = source.sourceName()
        key_kind = KEY_KINDS[self.parameterAsEnum(parameters, self.KEY, context)]
        base_year = self.parameterAsInt(parameters, self.BASE_YEAR, context)
        target_year = self.parameterAsInt(parameters, self.TARGET_YEAR, context)
        if target_year <= base_year:
            self.fail(self.tr("The target year ({0}) must be later than the base year ({1}).").format(
                target_year, base_year))

        names = {f.name() for f in source.fields()}
        missing = [f for f in core.PIECE_FIELDS if f not in names]
        if missing:
            self.fail(self.tr("Layer {0} lacks the fields {1}: run parcel_change first, its output has "
                              "them.").format(pieces_name, ", ".join(missing)))

        base_table, base_name = self._read_table(parameters, self.BASE_DENSITY, context, feedback, key_kind, (0, 5))
        if base_table is None:
            self.fail(self.invalidSourceError(parameters, self.BASE_DENSITY))
        target_table, target_name = self._read_table(parameters, self.TARGET_DENSITY, context, feedback,
                                                    key_kind, (5, 10))
        if target_table is None:
            target_table, target_name = base_table, base_name
            feedback.pushInfo(self.tr("No target-year table: the base-year densities serve both years."))

        pieces = source_to_frame(source, feedback=feedback, with_geometry=True, progress=(10, 50))
        feedback.pushInfo(self.tr("Read {0} pieces from {1}.").format(len(pieces), pieces_name))
        self.check_canceled(feedback)

        def step(role):
            self.check_canceled(feedback)
            feedback.setProgress(60 if role == "base" else 70)

        try:
            stocks = core.piece_stocks(pieces, base_table, target_table, key_kind, base_year, target_year,
                                       density_core.metered_objects(), progress=step)
        except core.StockInputError as error:
            self.fail(self._error(error, pieces_name, base_name, target_name))
        summary = core.stock_summary(stocks, base_year, target_year)

        unmapped = core.unmapped_pieces(stocks)
        if unmapped:
            rows = ["{0} {1}: {2} pieces, {3:.4f} ha".format(
                self.tr("base year") if r[0] == "base" else self.tr("target year"), r[1] or "NULL", r[2], r[3])
                for r in unmapped]
            feedback.pushWarning(self.tr("Land-class codes not mapped to a metering object have zero stock "
                                         "(year code: pieces, area): {0}. Add them to the land-class mapping "
                                         "table and re-run parcel_change; the SUMMARY lists them as object "
                                         "unmapped.").format(_few(rows)))

        if "area_method" in stocks.columns:
            methods = sorted({str(m) for m in stocks["area_method"].dropna()})
            feedback.pushInfo(self.tr("Areas from parcel_change, method: {0}.").format(", ".join(methods) or "-"))
        total = summary[(summary["county"] == core.ALL) & (summary["object"] == core.ALL)
                        & (summary["pool"] == "total") & (summary["change_group"] == "all")]
        if len(total):
            row = total.iloc[0]
            feedback.pushInfo(self.tr("All counties: stock {0:.2f} t C ({1}) → {2:.2f} t C ({3}); "
                                      "removals {4:.2f} t CO2e/a.").format(
                row["stock_base_tc"], base_year, row["stock_target_tc"], target_year, row["removals_tco2e"]))

        # Output fields: the input's (a previous run's result fields replaced) + the new ones.
        added = _new_fields()
        added_names = {n for n, _ in added}
        fields = QgsFields()
        for field in source.fields():
            if field.name().lower() != "fid" and field.name() not in added_names:
                fields.append(field)
        for name, kind in added:
            fields.append(QgsField(name, kind))
        summary_fields = fields_for_frame(summary)

        # Everything is computed: open both sinks, then write both, with no cancel in between,
        # so a run leaves both outputs whole or (failing before this point) none.
        self.check_canceled(feedback)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                          source.sourceCrs())
        if sink is None:
            self.fail(self.invalidSinkError(parameters, self.OUTPUT))
        summary_sink, summary_dest = self.parameterAsSink(parameters, self.SUMMARY, context, summary_fields,
                                                          QgsWkbTypes.Type.NoGeometry)
        if summary_sink is None:
            self.fail(self.invalidSinkError(parameters, self.SUMMARY))
        write_frame(sink, stocks, fields, geometries=stocks["geometry"].tolist(), feedback=feedback,
                    progress=(75, 95))
        write_frame(summary_sink, summary, summary_fields)
        close_sink(sink)
        close_sink(summary_sink)
        feedback.setProgress(100)
        return {self.OUTPUT: dest, self.SUMMARY: summary_dest}
