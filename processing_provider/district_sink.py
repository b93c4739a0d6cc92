"""``carbonmeter:district_sink``: carbon sink per district from the annual NEP raster (DB4403/T 348)."""

import os

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..metering.errors import MeteringError, report
from ..metering.rs import district as core
from ..metering.vocabulary import M2_PER_HA
from . import rs_io
from .base import GROUP_REMOTE_SENSING, CarbonAlgorithm
from .nep import ANNUAL_BANDS
from .qgis_compat import INTEGER, REAL, TEXT, make_field
from .qgis_io import close_sink, write_frame, write_table

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STYLE = os.path.join(PLUGIN_DIR, "styles", "district_sink.qml")

_KINDS = {"district": TEXT, "grade_label": TEXT, "report_section": TEXT, "pixels": INTEGER,
          "nodata_pixels": INTEGER, "rank": INTEGER, "grade": INTEGER}


class _StyleLoader(QgsProcessingLayerPostProcessorInterface):
    """Applies the shipped QML style to the output layer when QGIS loads it."""

    instance = None  # kept referenced: QGIS calls it after processAlgorithm has returned

    def __init__(self, path):
        super().__init__()
        self.path = path

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        layer.loadNamedStyle(self.path)
        layer.triggerRepaint()

    @staticmethod
    def create(path):
        _StyleLoader.instance = _StyleLoader(path)
        return _StyleLoader.instance


class DistrictSinkAlgorithm(CarbonAlgorithm):
    NEP = "NEP"
    DISTRICTS = "DISTRICTS"
    DISTRICT_FIELD = "DISTRICT_FIELD"
    BREAKS = "BREAKS"
    OUTPUT = "OUTPUT"
    TABLE = "TABLE"

    GROUP_ID = GROUP_REMOTE_SENSING

    def name(self):
        return "district_sink"

    def displayName(self):  # noqa: N802
        return self.tr("District carbon sink evaluation")

    def group(self):
        return self.tr("Remote-sensing carbon sink")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Evaluates the urban carbon sink per district from the annual NEP raster: the evaluation and "
            "analysis step (城市碳汇评价分析) of DB4403/T 348—2023. Sink of a district = Σ NEP × pixel area "
            "(methods.md §6) over the pixels whose centres fall in the district; positive = removal.\n\n"
            "Per district: total sink (t C/a and t CO2e/a, CO2e = C × 44/12 as in the IPCC 2006 "
            "Guidelines), sink per unit area (t C/ha/a and t CO2e/ha/a over the district's planar area in "
            "the raster CRS), vegetated area (pixels with annual NPP > 0, ha and %), share of the city's "
            "total sink (%), rank (1 = largest sink) and grade by sink per area.\n\n"
            "Parameters:\n"
            "- NEP: the annual output of Net ecosystem productivity (OUTPUT_ANNUAL, 4 bands: NEP g C/m²/a, "
            "NEP t C/a per pixel, Rh, NPP).\n"
            "- DISTRICTS: district polygons (reprojected to the raster CRS); DISTRICT_FIELD names them.\n"
            "- BREAKS: class breaks of the sink per area in t C/ha/a, comma-separated and increasing; grade "
            "1 is ≤ the first break, the last grade > the last break. Default 0, 1, 2, 4: a placeholder of "
            "this plugin (the interpretation of the standard at hand gives no class breaks).\n\n"
            "Outputs: OUTPUT, the districts with district, area_ha, vegetated_ha, vegetated_pct, pixels, "
            "nodata_pixels, sink_tc, sink_tco2e, sink_tc_per_ha, sink_tco2e_per_ha, share_pct, rank, grade, "
            "grade_label; loaded with the shipped style styles/district_sink.qml (colours by grade). "
            "TABLE: the same rows with report_section = district_sink, for Export report (SECTIONS). "
            "Details in docs/remote_sensing.md, appendix A."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        def add(param, help_text):
            param.setHelp(help_text)
            self.addParameter(param)

        add(QgsProcessingParameterRasterLayer(self.NEP, self.tr("Annual NEP")),
            self.tr("OUTPUT_ANNUAL of Net ecosystem productivity (band 2: NEP in t C/a per pixel; band 4: NPP)."))
        add(QgsProcessingParameterFeatureSource(self.DISTRICTS, self.tr("Districts"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon]),
            self.tr("District (or any evaluation-unit) polygons."))
        add(QgsProcessingParameterField(self.DISTRICT_FIELD, self.tr("District name field"),
                                        parentLayerParameterName=self.DISTRICTS),
            self.tr("Field with the district's name or code."))
        add(QgsProcessingParameterString(self.BREAKS, self.tr("Grade breaks (t C/ha/a)"), optional=True,
                                         defaultValue="0, 1, 2, 4"),
            self.tr("Increasing class breaks of the sink per area, comma-separated, in t C/ha/a "
                    "(default 0, 1, 2, 4: a placeholder)."))
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("District sink"),
                                              QgsProcessing.SourceType.TypeVectorPolygon),
            self.tr("The districts with their sink, per-area sink, vegetated area, share, rank and grade."))
        add(QgsProcessingParameterFeatureSink(self.TABLE, self.tr("District sink table"),
                                              QgsProcessing.SourceType.TypeVector, optional=True),
            self.tr("The same rows without geometry, with report_section = district_sink (Export report)."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = self.parameterAsRasterLayer(parameters, self.NEP, context)
        source = self.parameterAsSource(parameters, self.DISTRICTS, context)
        name_field = self.parameterAsFields(parameters, self.DISTRICT_FIELD, context)[0]
        with self.core_errors():
            breaks = core.parse_breaks(self.parameterAsString(parameters, self.BREAKS, context))
            ds = rs_io.open_dataset(rs_io.layer_paths([layer])[0], self.NEP)
            check_nep_annual(ds)
            grid = rs_io.Grid(ds)
            pixel_area = grid.pixel_area_m2(self.NEP)
        request = QgsFeatureRequest().setDestinationCrs(layer.crs(), context.transformContext())
        names, areas, wkbs, geometries = [], [], [], []
        for feature in source.getFeatures(request):
            self.check_canceled(feedback)
            geom = feature.geometry()
            names.append(str(feature[name_field]))
            areas.append(geom.area() / M2_PER_HA if geom is not None and not geom.isEmpty() else 0.0)
            wkbs.append(bytes(geom.asWkb()) if geom is not None and not geom.isEmpty() else None)
            geometries.append(geom)
        with self.core_errors():
            result = zone_sums(ds, grid, names, areas, wkbs, pixel_area, breaks,
                               progress=self.core_progress(feedback, 0, 90))
        self.log_notes(feedback, result.notes)
        table = result.table
        fields = QgsFields()
        for column in core.COLUMNS:
            if column != "report_section":
                fields.append(make_field(column, _KINDS.get(column, REAL)))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.MultiPolygon,
                                          layer.crs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for g in geometries:
            if g is not None:
                g.convertToMultiType()
        write_frame(sink, table, fields, geometries=geometries)
        close_sink(sink)
        out = {self.OUTPUT: dest}
        if parameters.get(self.TABLE):
            out[self.TABLE] = write_table(self, parameters, self.TABLE, context, table)
        if context.willLoadLayerOnCompletion(dest):
            context.layerToLoadOnCompletionDetails(dest).setPostProcessor(_StyleLoader.create(STYLE))
        feedback.pushInfo(self.tr("City total: {0:,.2f} t C/a ({1:,.2f} t CO2e/a) over {2} districts.").format(
            float(table["sink_tc"].sum()), float(table["sink_tco2e"].sum()), len(table)))
        return out


def check_nep_annual(ds):
    """The raster must be nep's OUTPUT_ANNUAL (its band descriptions say so)."""
    found = [ds.GetRasterBand(i + 1).GetDescription() for i in range(ds.RasterCount)]
    if tuple(found[:len(ANNUAL_BANDS)]) != ANNUAL_BANDS:
        raise MeteringError("rs_not_nep_annual", raster="NEP", bands=found, expected=list(ANNUAL_BANDS))


def zone_sums(ds, grid, names, areas, wkbs, pixel_area, breaks, progress=None, block_rows=256):
    """Per-district sums over the NEP raster strip by strip, then the district table."""
    sums = core.ZoneSums(len(names))
    src = rs_io.GdalSource(ds, "NEP")
    parts = [(r, min(block_rows, grid.height - r)) for r in range(0, grid.height, block_rows)]
    for i, (r0, n) in enumerate(parts):
        report(progress, i / len(parts))
        zones = rs_io.burn_zones(wkbs, grid, r0, n)
        arr = src.read(r0, n)
        sums.add(zones, arr[1], arr[3])
    report(progress, 1.0)
    return core.district_table(names, np.asarray(areas), sums, pixel_area, breaks)
