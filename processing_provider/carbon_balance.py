"""carbonmeter:carbon_balance — emissions of the inventory against the ecological sinks per region (T/CI 231)."""

import datetime
import math
import os
import re

from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..metering.errors import MeteringError
from ..metering.inventory import balance as core
from ..metering.vocabulary import BALANCE_COLUMNS
from .base import GROUP_URBAN_MONITORING, CarbonAlgorithm
from .district_sink import _StyleLoader
from .qgis_compat import INTEGER, REAL, TEXT, make_field
from .qgis_io import close_sink, fields_for_frame, source_to_frame, write_frame, write_table

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STYLE = os.path.join(PLUGIN_DIR, "styles", "carbon_balance.qml")
_TEXT = {"region", "level", "name_zh", "name_en", "basis", "sink_source", "sink_key", "sink_kind", "sink_period",
         "report_section"}
_INT = {"year", "previous_year"}


def sink_table_name(layer, taken):
    """The name a SOURCE_MAP row uses for a SINKS table: its GeoPackage layer name, else the file's stem."""
    source = layer.source()
    match = re.search(r"layername=([^|]+)", source)
    path = re.sub(r"^file://", "", source.split("|")[0].split("?")[0])  # ogr's "|…", delimitedtext's "?…"
    name = match.group(1) if match else os.path.splitext(os.path.basename(path))[0]
    name = name or layer.name()
    base, n = name, 2
    while name in taken:
        name, n = "{0}#{1}".format(base, n), n + 1
    return name


def parse_years(text):
    """'2022, 2023' → [2022, 2023]; '' → None (every annual period of the inventory)."""
    parts = [p for p in re.split(r"[,;\s，、]+", str(text or "").strip()) if p]
    if not parts:
        return None
    if not all(re.fullmatch(r"\d{4}", p) for p in parts):
        raise MeteringError("balance_bad_years", value=text)
    return [int(p) for p in parts]


class CarbonBalanceAlgorithm(CarbonAlgorithm):
    REGIONS = "REGIONS"
    REGION_FIELD = "REGION_FIELD"
    LEVEL_FIELD = "LEVEL_FIELD"
    INVENTORY = "INVENTORY"
    SINKS = "SINKS"
    SOURCE_MAP = "SOURCE_MAP"
    YEARS = "YEARS"
    BASIS = "BASIS"
    EMISSION_U = "EMISSION_U"
    OUTPUT = "OUTPUT"
    LAYER = "LAYER"
    PROVENANCE = "PROVENANCE"
    GROUP_ID = GROUP_URBAN_MONITORING

    def name(self):
        return "carbon_balance"

    def displayName(self):  # noqa: N802
        return self.tr("Carbon balance of sources and sinks (T/CI 231)")

    def group(self):
        return self.tr("Urban carbon monitoring")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Sets the emissions of the emission inventory against the ecological carbon sinks per region "
            "(city, district/county, park) and year: T/CI 231-2023 section 5 table 1 (urban carbon sink per "
            "region, county and project boundary), section 6.1 (city - district - county - park accounting of "
            "sources and sinks) and 3.4 (carbon neutral: the balance of emissions and removals). All values in "
            "t CO2e/a.\n\n"
            "Net emission = E + R - S: E the level-1 emissions of the inventory (green electricity already "
            "negative), R the level-1 reductions (negative), S the sink (positive = removal). Where a region has "
            "a sink, the environmental-construction reductions (R3: green space, afforestation, wetland, soil "
            "and water conservation) are the same carbon as the sink: they are left out of R and shown in "
            "reduction_excluded_tco2e. Sink/emission ratio = S / (E + R); 1 or more means balanced. Year-on-year "
            "change against the previous year of the run, in t and %.\n\n"
            "Uncertainty of the net emission: IPCC 2006 GL vol. 1 ch. 3 Approach 1, sum rule (eq. 3.2), terms "
            "independent: U = sqrt((U_E E)^2 + (U_E R)^2 + (U_S S)^2) / |net|, U in % (half the 95 % interval). "
            "U_S: u1_pct of the uncertainty output, u_pct or se_tco2e (U = 1.96 SE / S) of a sink table, else "
            "the u_pct of the source map. An unknown U gives an unknown U of the net (a warning).\n\n"
            "Parameters:\n"
            "- REGIONS: region polygons; REGION_FIELD their code (the inventory's region or park code, or its "
            "city name); LEVEL_FIELD city, district (or county) or park (empty: the field level).\n"
            "- INVENTORY: the OUTPUT table(s) of Emission inventory, e.g. one per year (a period in two tables "
            "is an error).\n"
            "- SINKS: one or more sink tables: the uncertainty OUTPUT (county rows and the total, with U), the "
            "parcel_stock SUMMARY (county rows), the district_sink OUTPUT or TABLE, or any table with region, "
            "sink_tco2e and optionally u_pct or se_tco2e and year. A table is named by its layer name (the "
            "GeoPackage layer, else the file name without extension) or by its number in the list.\n"
            "- SOURCE_MAP (optional table): region, source (a sink table's name or number, or none for no sink) "
            "and optionally key (the row of that table, e.g. total for the uncertainty total; default the region "
            "code) and u_pct. Each region takes its sink from exactly one row of one table, so the same forest "
            "is never counted twice: a region not in the map takes the only table with a row keyed by its code; "
            "two tables with such a row, no table, two map rows for a region, or one sink row for two regions "
            "stop the run naming the region.\n"
            "- YEARS: e.g. 2022, 2023 (empty: every annual period of the inventory). A sink without a year is an "
            "annual rate applied to every year (its period is shown in sink_period).\n"
            "- BASIS: location- or market-based electricity emissions.\n"
            "- EMISSION_U: U of the inventory's values in % (empty: unknown).\n\n"
            "Outputs: OUTPUT, one row per region and year with report_section = carbon_balance (for Export "
            "report, SECTIONS); LAYER, the same rows on the region polygons, loaded with the style "
            "styles/carbon_balance.qml (net emission, diverging around balance). Details: "
            "docs/urban_monitoring.md.")

    def initAlgorithm(self, config=None):  # noqa: N802
        def add(param, help_text):
            param.setHelp(help_text)
            self.addParameter(param)

        add(QgsProcessingParameterFeatureSource(self.REGIONS, self.tr("Regions (city, districts, parks)"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon]),
            self.tr("Polygons of the city, its districts or counties and its parks."))
        add(QgsProcessingParameterField(self.REGION_FIELD, self.tr("Region code field"),
                                        parentLayerParameterName=self.REGIONS),
            self.tr("Code of each region as the inventory names it (region and park columns of the activity "
                    "data; the city name for the city)."))
        add(QgsProcessingParameterField(self.LEVEL_FIELD, self.tr("Level field"), parentLayerParameterName=self.REGIONS,
                                        optional=True),
            self.tr("city, district (or county) or park; empty: the field named level."))
        add(QgsProcessingParameterMultipleLayers(self.INVENTORY, self.tr("Emission inventory tables"),
                                                 QgsProcessing.SourceType.TypeVector),
            self.tr("The OUTPUT table(s) of Emission inventory (t CO2e per region and period), e.g. one per year; "
                    "a period in two tables is an error."))
        add(QgsProcessingParameterMultipleLayers(self.SINKS, self.tr("Sink tables"),
                                                 QgsProcessing.SourceType.TypeVector),
            self.tr("uncertainty OUTPUT, parcel_stock SUMMARY, district_sink OUTPUT/TABLE or a table with region "
                    "and sink_tco2e (t CO2e/a, positive = removal)."))
        add(QgsProcessingParameterFeatureSource(self.SOURCE_MAP, self.tr("Sink source of each region"),
                                                [QgsProcessing.SourceType.TypeVector], optional=True),
            self.tr("Table region, source (sink table name or number, or none), optional key and u_pct (%)."))
        add(QgsProcessingParameterString(self.YEARS, self.tr("Years"), optional=True, defaultValue=""),
            self.tr("Calendar years, comma-separated (empty: every annual period of the inventory)."))
        add(QgsProcessingParameterEnum(self.BASIS, self.tr("Electricity basis"),
                                       options=[self.tr("Location-based"), self.tr("Market-based")], defaultValue=0),
            self.tr("Which emission column of the inventory: location-based or market-based electricity."))
        add(QgsProcessingParameterNumber(self.EMISSION_U, self.tr("Uncertainty of the emissions (%)"),
                                         type=QgsProcessingParameterNumber.Type.Double, minValue=0.0, optional=True),
            self.tr("U of the inventory's emissions and reductions, % (half the 95 % interval); empty: unknown."))
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Carbon balance"),
                                              QgsProcessing.SourceType.TypeVector),
            self.tr("One row per region and year (t CO2e/a, U in %), report_section = carbon_balance."))
        add(QgsProcessingParameterFeatureSink(self.LAYER, self.tr("Carbon balance map"),
                                              QgsProcessing.SourceType.TypeVectorPolygon, optional=True),
            self.tr("The same rows on the region polygons, styled by net emission."))
        add(QgsProcessingParameterFeatureSink(self.PROVENANCE, self.tr("Provenance"),
                                              QgsProcessing.SourceType.TypeVector, optional=True),
            self.tr("Table without geometry: every input table and layer with its source, feature count and "
                    "SHA-256, every parameter, the plugin and QGIS versions."))

    def _regions(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.REGIONS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.REGIONS))
        code = self.parameterAsFields(parameters, self.REGION_FIELD, context)[0]
        levels = self.parameterAsFields(parameters, self.LEVEL_FIELD, context)
        level = levels[0] if levels else "level"
        names = [f.name() for f in source.fields()]
        if level not in names:
            raise MeteringError("missing_fields", layer=source.sourceName(), fields=[level])
        wanted = [code, level] + [n for n in ("name_zh", "name_en") if n in names and n not in (code, level)]
        frame = source_to_frame(source, fields=wanted, feedback=feedback, with_geometry=True)
        regions = frame.rename(columns={code: "region", level: "level"})
        return regions, source

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        started = datetime.datetime.now()
        with self.core_errors():
            regions, source = self._regions(parameters, context, feedback)
            inventory = {}
            for layer in self.parameterAsLayerList(parameters, self.INVENTORY, context) or []:
                inventory[sink_table_name(layer, inventory)] = source_to_frame(layer, feedback=feedback)
            sinks = {}
            for layer in self.parameterAsLayerList(parameters, self.SINKS, context) or []:
                self.check_canceled(feedback)
                sinks[sink_table_name(layer, sinks)] = source_to_frame(layer, feedback=feedback)
            feedback.pushInfo(self.tr("Sink tables: {0}").format(", ".join(sinks)))
            map_source = self.parameterAsSource(parameters, self.SOURCE_MAP, context)
            source_map = source_to_frame(map_source, feedback=feedback) if map_source is not None else None
            years = parse_years(self.parameterAsString(parameters, self.YEARS, context))
            u = parameters.get(self.EMISSION_U)
            u = None if u is None or u == "" else self.parameterAsDouble(parameters, self.EMISSION_U, context)
            basis = core.BASES[self.parameterAsEnum(parameters, self.BASIS, context)]
            table, notes = core.compute(regions.drop(columns=["geometry", "fid"]), inventory, sinks, source_map,
                                        years=years, basis=basis, emission_u_pct=u,
                                        progress=self.core_progress(feedback, 10, 80))
        self.log_notes(feedback, notes)
        self.check_canceled(feedback)
        # Everything is computed: open both sinks, then write both with no cancel in between, so a run
        # leaves both outputs whole or (failing before this point) none.
        table_fields = fields_for_frame(table)
        table_sink, table_dest = self.parameterAsSink(parameters, self.OUTPUT, context, table_fields,
                                                      QgsWkbTypes.Type.NoGeometry)
        if table_sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        out = {self.OUTPUT: table_dest}
        layer_sink = None
        if parameters.get(self.LAYER):
            fields = QgsFields()
            for column in BALANCE_COLUMNS:
                fields.append(make_field(column, TEXT if column in _TEXT else INTEGER if column in _INT else REAL))
            layer_sink, dest = self.parameterAsSink(parameters, self.LAYER, context, fields,
                                                    QgsWkbTypes.Type.MultiPolygon, source.sourceCrs())
            if layer_sink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, self.LAYER))
            out[self.LAYER] = dest
        write_frame(table_sink, table, table_fields)
        close_sink(table_sink)
        if layer_sink is not None:
            geometry_of = {}
            for code, geom in zip(regions["region"], regions["geometry"]):
                if geom is not None:
                    geom = type(geom)(geom)
                    geom.convertToMultiType()
                geometry_of[core._text(code)] = geom
            write_frame(layer_sink, table, fields, geometries=[geometry_of.get(r) for r in table["region"]],
                        feedback=feedback, progress=(85, 99))
            close_sink(layer_sink)
            if context.willLoadLayerOnCompletion(dest):
                context.layerToLoadOnCompletionDetails(dest).setPostProcessor(_StyleLoader.create(STYLE))
        city = table[table["level"] == "city"]
        for rec in city.itertuples(index=False):
            feedback.pushInfo(self.tr("{0} {1}: emissions {2:,.2f}, sink {3:,.2f}, net {4:,.2f} t CO2e/a{5}.").format(
                rec.region, rec.year, rec.emission_tco2e + rec.reduction_tco2e, rec.sink_tco2e,
                rec.net_emission_tco2e, "" if math.isnan(rec.u_net_pct) else " ± {0:.1f} %".format(rec.u_net_pct)))
        if parameters.get(self.PROVENANCE) is not None:
            read = [(self.REGIONS, self.parameterAsVectorLayer(parameters, self.REGIONS, context)),
                    (self.SOURCE_MAP, self.parameterAsVectorLayer(parameters, self.SOURCE_MAP, context))]
            for name in (self.INVENTORY, self.SINKS):
                read += [(name, layer) for layer in self.parameterAsLayerList(parameters, name, context)]
            out[self.PROVENANCE] = write_table(self, parameters, self.PROVENANCE, context, self.provenance_frame(
                parameters, context, started, layers=read, outputs={k: v for k, v in out.items()}))
        feedback.setProgress(100)
        return out
