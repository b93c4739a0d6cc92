"""carbonmeter:parcel_stock — carbon stock at both years, stock change and sink per piece (docs/stock.md)."""

from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ..metering import density as density_core
from ..metering import stock as core
from ..metering import vocabulary as v
from ..metering.errors import Note
from .base import CarbonAlgorithm
from .qgis_compat import INTEGER, REAL, TEXT, make_field
from .qgis_io import Output, fields_for_frame, source_to_frame, wkb_bounds


def _new_fields(with_change=False):
    """(name, field kind) of the fields parcel_stock adds to each piece (vocabulary order)."""
    kinds = {"base_key": TEXT, "target_key": TEXT}
    fields = [(name, kinds.get(name, REAL)) for name in v.STOCK_PIECE_COLUMNS]
    facts = {v.BASE_YEAR: INTEGER, v.TARGET_YEAR: INTEGER, v.SAME_DENSITY_TABLE: INTEGER}
    fields += [(name, facts.get(name, TEXT)) for name in v.STOCK_FACT_COLUMNS]
    if with_change:
        fields += [(v.DC_ESTIMATOR, TEXT)] + [(name, TEXT) for name in v.CHANGE_FACT_COLUMNS]
    return fields


class ParcelStockAlgorithm(CarbonAlgorithm):
    INPUT = "INPUT"
    BASE_DENSITY = "BASE_DENSITY"
    TARGET_DENSITY = "TARGET_DENSITY"
    CHANGE = "CHANGE"
    KEY = "KEY"
    BASE_YEAR = "BASE_YEAR"
    TARGET_YEAR = "TARGET_YEAR"
    OUTPUT = "OUTPUT"
    #: Loaded outputs get their translated name and shipped style (layer_style).
    OUTPUT_STYLES = {"OUTPUT": "parcel_stock", "SUMMARY": "stock_summary"}
    SUMMARY = "SUMMARY"

    def name(self):
        return "parcel_stock"

    def displayName(self):  # noqa: N802
        return self.tr("Parcel carbon stock and sink")

    def group(self):
        return self.tr("Parcel carbon metering")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Meters the carbon stock of every piece of the base-year × metering-year overlay (the output of "
            "parcel_change) at the base and the metering year, and its sink by stock change (Hubei spec "
            "ch. 8; IPCC 2006 GL vol. 4 stock-difference method).\n\n"
            "Stock per pool (t C) = density (t C/ha) × area (ha, from area_m2); each year uses its own "
            "density key: unchanged pieces the same object at both dates, changed pieces the base object "
            "at the base year and the target object at the metering year. The total is the sum of the "
            "pools. dc_per_year_tc (t C/a) = (total at target − total at base) / (metering year − base year); "
            "sink_tco2e (t CO2e/a) = dc_per_year_tc × 44/12, positive when carbon is removed from the "
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
            "- Metering-year densities: optional; the base-year table when empty. A table with a survey_year "
            "column (stratum_density output) must be of its year: the base-year "
            "table's survey_year equal to the base year, the metering-year table's to the metering year, else the "
            "run stops. Tables without that column (older or hand-made tables) are accepted, the log says "
            "their year is not checked.\n"
            "- Density key: object (tables keyed by metering object) or code (by land-class code). Crossed "
            "strata of stratum_density (object|value) are not keys: its per-object rows are used.\n"
            "- Base year, Metering year: calendar years t1 < t2.\n\n"
            "A density row for a key that only non-metered pieces carry (a pond code with soil carbon in a "
            "table keyed by code) is not used; a warning names those keys, their pieces and area: map the "
            "code to a metering object with MAPPING in parcel_change to meter it.\n\n"
            "Outputs: the pieces with area_ha, base_key, target_key, stock_base_<pool>_tc and "
            "stock_target_<pool>_tc (t C), dc_per_year_tc (t C/a) and sink_tco2e (t CO2e/a), and the facts of "
            "the run on every row (base_year, target_year, base_density, target_density and their "
            "SHA-256, same_density_table, density_key), which uncertainty and export_report read; and a "
            "summary table per county × "
            "object × pool × change_group (unchanged, changed, all = both; base_only, target_only for "
            "one-year pieces) with n_pieces, area_ha, stock_base_tc, stock_target_tc, dc_per_year_tc and "
            "sink_tco2e (and the same facts), including totals (county ALL, object ALL). Changed pieces are "
            "summarised "
            "under their metering-year object (land converted to a category is reported under it)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        param = QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Pieces (parcel change)"), [QgsProcessing.SourceType.TypeVectorPolygon]
        )
        param.setHelp(self.tr("Polygon pieces of the base-year × metering-year overlay, the output of parcel_change."))
        self.addParameter(param)

        param = QgsProcessingParameterFeatureSource(
            self.BASE_DENSITY, self.tr("Base-year densities"), [QgsProcessing.SourceType.TypeVector]
        )
        param.setHelp(self.tr("Density table for the base year in t C/ha: a key column and the pool columns "
                              "agb, bgb, deadwood, litter, soil, or the stratum_density output."))
        self.addParameter(param)

        param = QgsProcessingParameterFeatureSource(
            self.TARGET_DENSITY, self.tr("Metering-year densities"), [QgsProcessing.SourceType.TypeVector],
            optional=True
        )
        param.setHelp(self.tr("Density table for the metering year (same form). Empty: the base-year table."))
        self.addParameter(param)

        param = QgsProcessingParameterFeatureSource(
            self.CHANGE, self.tr("Change densities (permanent plots)"), [QgsProcessing.SourceType.TypeVector],
            optional=True)
        param.setHelp(self.tr("Optional change-density table (stratum_density CHANGE_OUTPUT, t C/ha/a, keyed by "
                              "object). Unchanged pieces of an object in it take their sink from the change: "
                              "target stock = base stock + change × area × years, per pool in the table; "
                              "changed pieces keep the two years' densities. The pieces get dc_estimator and "
                              "the change table's name and checksum."))
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
            minValue=1900, maxValue=2200,
        )
        # no default year: a year taken silently would label the whole result wrongly
        param.setHelp(self.tr("Calendar year t1 of the base land survey (required, no default)."))
        self.addParameter(param)

        param = QgsProcessingParameterNumber(
            self.TARGET_YEAR, self.tr("Metering year"), type=QgsProcessingParameterNumber.Type.Integer,
            minValue=1900, maxValue=2200,
        )
        param.setHelp(self.tr("Calendar year t2 of the metering-year survey; must be later than the "
                              "base year (required, no default)."))
        self.addParameter(param)

        param = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Piece stocks"), QgsProcessing.SourceType.TypeVectorPolygon
        )
        param.setHelp(self.tr("The pieces with their stocks at both years (t C), dc_per_year_tc (t C/a), "
                              "sink_tco2e (t CO2e/a) and the facts of the run (years, density tables)."))
        self.addParameter(param)

        param = QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("Stock and sink summary"), QgsProcessing.SourceType.TypeVector
        )
        param.setHelp(self.tr("Totals per county × object × pool × change group, with ALL total rows."))
        self.addParameter(param)

    def _read_table(self, parameters, name, context, feedback, key_kind, progress):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return None
        frame = source_to_frame(source, feedback=feedback, progress=progress)
        with self.core_errors():
            table = density_core.DensityTable.parse(frame.drop(columns=["fid"]), key_kind, source.sourceName())
        self.log_notes(feedback, [Note.info("density_table_read", table=table.name, keys=len(table.means),
                                            checksum=table.checksum[:12])])
        return table

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            self.fail(self.invalidSourceError(parameters, self.INPUT))
        pieces_name = source.sourceName()
        key_kind = v.KeyKind.at(self.parameterAsEnum(parameters, self.KEY, context))
        base_year = self.parameterAsInt(parameters, self.BASE_YEAR, context)
        target_year = self.parameterAsInt(parameters, self.TARGET_YEAR, context)
        with self.core_errors():
            core.check_years(base_year, target_year)
            names = {f.name() for f in source.fields()}
            missing = [f for f in v.STOCK_INPUT_COLUMNS if f not in names]
            if missing:
                raise core.StockInputError("missing_fields", layer=pieces_name, fields=missing)

        base_table = self._read_table(parameters, self.BASE_DENSITY, context, feedback, key_kind, (0, 5))
        if base_table is None:
            self.fail(self.invalidSourceError(parameters, self.BASE_DENSITY))
        target_table = self._read_table(parameters, self.TARGET_DENSITY, context, feedback, key_kind, (5, 10))
        with self.core_errors():
            # each table was computed for one survey year (stratum_density survey_year): not another's
            notes = density_core.check_table_year(base_table, base_year, self.BASE_YEAR)
            if target_table is not None:
                notes += density_core.check_table_year(target_table, target_year, self.TARGET_YEAR)
        self.log_notes(feedback, notes)
        if target_table is None:
            target_table = base_table
            self.log_notes(feedback, [Note.info("density_one_table", table=base_table.name)])

        change = None
        change_source = self.parameterAsSource(parameters, self.CHANGE, context)
        if change_source is not None:
            from ..metering.change_estimator import ChangeTable

            with self.core_errors():
                change = ChangeTable(source_to_frame(change_source, feedback=feedback).drop(columns=["fid"]),
                                     change_source.sourceName())
            feedback.pushInfo(self.tr("Change densities {0}: {1} objects (checksum {2}).").format(
                change.name, len(change.keys()), change.checksum[:12]))
        # geometries as WKB: written as read (a GeoPackage output filled by SQLite, or parsed once by the sink)
        pieces = source_to_frame(source, feedback=feedback, with_geometry="wkb", progress=(10, 50))
        self.log_notes(feedback, [Note.info("stock_pieces_read", layer=pieces_name, count=len(pieces))])
        self.check_canceled(feedback)

        metered = density_core.metered_objects()
        with self.core_errors():
            stocks = core.piece_stocks(pieces, base_table, target_table, base_year, target_year, metered,
                                       layer=pieces_name, progress=self.core_progress(feedback, 50, 70),
                                       change=change)
            summary = core.stock_summary(stocks)
        self.log_notes(feedback, core.stock_notes(stocks, base_table, target_table, metered))

        total = summary[(summary["county"] == v.ALL) & (summary["object"] == v.ALL)
                        & (summary["pool"] == "total") & (summary["change_group"] == v.GROUP_ALL)]
        if len(total):
            row = total.iloc[0]
            self.log_notes(feedback, [Note.info(
                "stock_totals", base_year=base_year, target_year=target_year, stock_base=row["stock_base_tc"],
                stock_target=row["stock_target_tc"], sink=row[v.SINK])])

        # Output fields: the input's (a previous run's result fields replaced) + the new ones.
        added = _new_fields(change is not None)
        added_names = {n for n, _ in added}
        fields = QgsFields()
        for field in source.fields():
            if field.name().lower() != "fid" and field.name() not in added_names:
                fields.append(field)
        for name, kind in added:
            fields.append(make_field(name, kind))
        summary_fields = fields_for_frame(summary)

        # Everything is computed: open both sinks, then write both, with no cancel in between,
        # so a run leaves both outputs whole or (failing before this point) none.
        self.check_canceled(feedback)
        output = Output(self, parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs())
        summary_output = Output(self, parameters, self.SUMMARY, context, summary_fields)
        wkb = stocks["geometry"].tolist()
        dest = output.write(stocks, wkb, wkb_bounds(wkb), feedback=feedback, progress=(75, 95))
        summary_dest = summary_output.write(summary)
        feedback.setProgress(100)
        return {self.OUTPUT: dest, self.SUMMARY: summary_dest}
