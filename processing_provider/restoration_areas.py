"""``carbonmeter:restoration_areas``: restoration areas by the shipped, editable rule table (guideline 004)."""

import math
import os
import uuid

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from ..metering.errors import MeteringError
from ..metering.restoration import rules as core
from ..metering.restoration.slope import geographic_cell_size, slope_degrees
from ..metering.vocabulary import M2_PER_HA, TREND_CLASS_BAND
from . import rs_io
from .base import GROUP_RESTORATION, CarbonAlgorithm
from .district_sink import _StyleLoader
from .qgis_compat import INTEGER, REAL, TEXT, make_field
from .qgis_io import close_sink

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STYLE = os.path.join(PLUGIN_DIR, "styles", "restoration_areas.qml")
OUT_FIELDS = (("rule_id", TEXT), ("restoration_type", TEXT), ("priority", INTEGER), ("factors", TEXT),
              ("base_object", TEXT), ("target_object", TEXT), ("change_flag", INTEGER), ("slope_mean_deg", REAL),
              ("pixels", INTEGER), ("area_m2", REAL), ("area_ha", REAL), ("source", TEXT))


class RestorationAreasAlgorithm(CarbonAlgorithm):
    TREND = "TREND"
    DEM = "DEM"
    PIECES = "PIECES"
    PROTECTED = "PROTECTED"
    MINING = "MINING"
    RULES = "RULES"
    OUTPUT = "OUTPUT"

    GROUP_ID = GROUP_RESTORATION
    HELP_DOC = "docs/restoration_benefit.md"

    def name(self):
        return "restoration_areas"

    def displayName(self):  # noqa: N802
        return self.tr("Restoration areas")

    def group(self):
        return self.tr("Ecological restoration")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Identifies the areas that need ecological restoration from terrain, land-use change and vegetation "
            "dynamics (restoration guideline 004 §3(四); methods.md §7) by an editable rule table; each rule "
            "names its source. Per pixel of the NDVI trend grid: the trend class (ndvi_trend band 6: 2 "
            "significant increase, 1 increase, 0 stable, −1 decrease, −2 significant decrease), the slope in "
            "degrees (Horn 1981, from the DEM on its own grid, then bilinear to the trend grid; a geographic DEM "
            "gets its cell size in metres per row on the CGCS2000 ellipsoid), the land-use transition of the "
            "parcel_change piece containing the pixel centre (groups of base and target objects, change flag) "
            "and the constraint layers (protected areas, mining land; steep cropland = cropland on slopes ≥ 25°, "
            "水土保持法 第二十条). The first rule (in table order) whose conditions all hold gives the restoration "
            "type and priority; pixels outside every piece are not classified.\n\n"
            "Parameters:\n"
            "- TREND: ndvi_trend OUTPUT (6 bands). DEM: elevations in metres. PIECES: parcel_change OUTPUT "
            "(base_object, target_object, change_flag).\n"
            "- PROTECTED, MINING: optional polygon layers. RULES: optional CSV (default the shipped "
            "metering/restoration/data/restoration_rules.csv).\n\n"
            "Output: polygons on the trend grid (one per connected patch of one rule within one piece) with "
            "rule_id, restoration_type, priority, factors (the conditions that held), base_object, "
            "target_object, change_flag, slope_mean_deg, pixels, area_m2, area_ha (pixel count × pixel area), "
            "source; styled by restoration type (styles/restoration_areas.qml). Details in "
            "docs/restoration_benefit.md."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        def add(param, help_text):
            param.setHelp(help_text)
            self.addParameter(param)

        poly = [QgsProcessing.SourceType.TypeVectorPolygon]
        add(QgsProcessingParameterRasterLayer(self.TREND, self.tr("NDVI trend")),
            self.tr("ndvi_trend OUTPUT: band 6 holds the trend class. Its grid is the output grid."))
        add(QgsProcessingParameterRasterLayer(self.DEM, self.tr("DEM")),
            self.tr("Digital elevation model, elevations in metres; slope in degrees is computed from it."))
        add(QgsProcessingParameterFeatureSource(self.PIECES, self.tr("Overlay pieces"), poly),
            self.tr("parcel_change OUTPUT with base_object, target_object and change_flag."))
        add(QgsProcessingParameterFeatureSource(self.PROTECTED, self.tr("Protected areas"), poly, optional=True),
            self.tr("Optional protected-area polygons (constraint 'protected')."))
        add(QgsProcessingParameterFeatureSource(self.MINING, self.tr("Mining land"), poly, optional=True),
            self.tr("Optional mining-land polygons (constraint 'mining')."))
        add(QgsProcessingParameterFile(self.RULES, self.tr("Rule table (CSV)"), extension="csv", optional=True),
            self.tr("Editable rule table; empty: the shipped metering/restoration/data/restoration_rules.csv."))
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Restoration areas"),
                                              QgsProcessing.SourceType.TypeVectorPolygon),
            self.tr("Restoration polygons with type, priority, triggering factors and area."))

    def _wkbs(self, source, crs, context):
        if source is None:
            return []
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        return [bytes(f.geometry().asWkb()) for f in source.getFeatures(request) if f.hasGeometry()]

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        trend_layer = self.parameterAsRasterLayer(parameters, self.TREND, context)
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        pieces_source = self.parameterAsSource(parameters, self.PIECES, context)
        rules_path = self.parameterAsFile(parameters, self.RULES, context) or None
        crs = trend_layer.crs()
        with self.core_errors():
            rules = core.read_rules(rules_path)
            tds = rs_io.open_dataset(rs_io.layer_paths([trend_layer])[0], self.TREND)
            if tds.RasterCount < TREND_CLASS_BAND:
                raise MeteringError("rs_band_count", raster=self.TREND, bands=tds.RasterCount,
                                    expected=TREND_CLASS_BAND)
            grid = rs_io.Grid(tds)
            pixel_area = grid.pixel_area_m2(self.TREND)
            trend = rs_io.GdalSource(tds, self.TREND).read(0, grid.height)[TREND_CLASS_BAND - 1]
            slope_ds = _slope_dataset(rs_io.open_dataset(rs_io.layer_paths([dem_layer])[0], self.DEM))
            aligned, notes = rs_io.align(slope_ds, grid, self.DEM, "bilinear")
            self.log_notes(feedback, notes)
            slope = rs_io.GdalSource(aligned, self.DEM).read(0, grid.height)[0]
        feedback.setProgress(30)
        names = ("base_object", "target_object", "change_flag")
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        rows, wkbs = [], []
        for f in pieces_source.getFeatures(request):
            self.check_canceled(feedback)
            rows.append({n: f[n] for n in names})
            wkbs.append(bytes(f.geometry().asWkb()) if f.hasGeometry() else None)
        import pandas as pd

        pieces = pd.DataFrame(rows, columns=list(names))
        piece = rs_io.burn_zones(wkbs, grid, 0, grid.height) if wkbs else np.full((grid.height, grid.width), -1)
        masks = {}
        for name, key in ((self.PROTECTED, "protected"), (self.MINING, "mining")):
            w = self._wkbs(self.parameterAsSource(parameters, name, context), crs, context)
            if w:
                masks[key] = rs_io.burn_zones(w, grid, 0, grid.height) >= 0
        feedback.setProgress(50)
        with self.core_errors():
            rule_index = core.classify_pixels(trend, slope, piece, pieces, masks, rules)
        combined = np.where(rule_index >= 0, piece * (len(rules) + 1) + rule_index + 1, 0)
        fields = QgsFields()
        for name, kind in OUT_FIELDS:
            fields.append(make_field(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.MultiPolygon,
                                          crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        total = 0.0
        for value, wkb, pixels in _polygonize(combined, grid):
            self.check_canceled(feedback)
            p, k = divmod(int(value), len(rules) + 1)
            rule = rules[k - 1]
            rec = pieces.iloc[p]
            geom = QgsGeometry()
            geom.fromWkb(wkb)
            geom.convertToMultiType()
            mask = combined == value
            feat = QgsFeature(fields)
            feat.setGeometry(geom)
            area = pixels * pixel_area
            total += area
            feat.setAttributes([rule.rule_id, rule.restoration_type, rule.priority, _factors(rule),
                                _text(rec["base_object"]), _text(rec["target_object"]), _int(rec["change_flag"]),
                                float(np.nanmean(np.where(mask, slope, np.nan))) if np.isfinite(slope[mask]).any()
                                else None, int(pixels), area, area / M2_PER_HA, rule.source])
            sink.addFeature(feat)
        close_sink(sink)
        if context.willLoadLayerOnCompletion(dest):
            context.layerToLoadOnCompletionDetails(dest).setPostProcessor(_StyleLoader.create(STYLE))
        feedback.pushInfo(self.tr("Restoration areas: {0:,.2f} ha.").format(total / M2_PER_HA))
        return {self.OUTPUT: dest}


def _text(v):
    return None if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)


def _int(v):
    try:
        return int(v)
    except (TypeError, ValueError):
        return None


def _factors(rule):
    """The conditions of ``rule`` as classify() words them (one unit that meets them all)."""
    import pandas as pd

    unit = {"trend_class": min(rule.trend) if rule.trend else 0,
            "slope_deg": rule.slope_min, "base_group": min(rule.base_group) if rule.base_group else "forest",
            "target_group": min(rule.target_group) if rule.target_group else "forest",
            "change_flag": min(rule.change_flag) if rule.change_flag else 0}
    unit.update({c: True for c in core.CONSTRAINTS})
    return core.classify(pd.DataFrame([unit]), [rule]).iloc[0]["factors"]


def _slope_dataset(dem):
    """Slope (degrees) of a DEM dataset as an in-memory GeoTIFF on the DEM's own grid."""
    band = dem.GetRasterBand(1)
    z = band.ReadAsArray().astype(np.float64)
    nd = band.GetNoDataValue()
    if nd is not None:
        z[z == nd] = np.nan
    gt = dem.GetGeoTransform()
    srs = osr.SpatialReference()
    srs.ImportFromWkt(dem.GetProjection() or "")
    if not dem.GetProjection():
        raise MeteringError("rs_grid_not_projected", raster="DEM")
    if srs.IsGeographic():
        lat = gt[3] + gt[5] * (np.arange(dem.RasterYSize) + 0.5)
        dx, dy = geographic_cell_size(lat, gt[1], gt[5])
        dy = float(np.mean(dy))
    else:
        unit = srs.GetLinearUnits()
        dx, dy = abs(gt[1]) * unit, abs(gt[5]) * unit
    s = slope_degrees(z, dx, dy)
    path = "/vsimem/restoration_slope_{0}.tif".format(uuid.uuid4().hex)
    out = gdal.GetDriverByName("GTiff").Create(path, dem.RasterXSize, dem.RasterYSize, 1, gdal.GDT_Float32)
    out.SetGeoTransform(gt)
    out.SetProjection(dem.GetProjection())
    b = out.GetRasterBand(1)
    b.SetNoDataValue(rs_io.NODATA)
    b.WriteArray(np.where(np.isfinite(s), s, rs_io.NODATA).astype(np.float32))
    out.FlushCache()
    return out


def _polygonize(combined, grid):
    """(value, WKB, pixel count) of each connected patch of one non-zero value of ``combined``."""
    mem = gdal.GetDriverByName("MEM").Create("", grid.width, grid.height, 1, gdal.GDT_Int32)
    mem.SetGeoTransform(grid.transform)
    if grid.wkt:
        mem.SetProjection(grid.wkt)
    band = mem.GetRasterBand(1)
    band.WriteArray(combined.astype(np.int32))
    band.SetNoDataValue(0)
    vds = ogr.GetDriverByName("Memory").CreateDataSource("patches")
    layer = vds.CreateLayer("patches", None, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("value", ogr.OFTInteger))
    gdal.Polygonize(band, band, layer, 0, [], callback=None)
    counts = np.bincount(combined.ravel())
    for f in layer:
        geom = f.GetGeometryRef()
        value = f.GetField("value")
        cell = abs(grid.transform[1] * grid.transform[5])
        pixels = int(round(geom.GetArea() / cell)) if cell else int(counts[value])
        yield value, bytes(geom.ExportToWkb()), pixels
