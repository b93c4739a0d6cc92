"""``carbonmeter:accuracy_assessment``: accuracy of a classified map and its error-adjusted class areas."""

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterBand,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ..metering.errors import MeteringError
from ..metering.restoration import accuracy
from ..metering.restoration.report import ACCURACY_SECTION
from ..metering.vocabulary import M2_PER_HA
from .base import GROUP_RESTORATION, CarbonAlgorithm
from .qgis_io import write_table

CONFIDENCES = (0.90, 0.95, 0.99)


class AccuracyAssessmentAlgorithm(CarbonAlgorithm):
    MAP = "MAP"
    BAND = "BAND"
    MAP_LAYER = "MAP_LAYER"
    MAP_FIELD = "MAP_FIELD"
    MAP_REGION = "MAP_REGION"
    OUTSIDE_CLASS = "OUTSIDE_CLASS"
    POLYGON_RULE = "POLYGON_RULE"
    REFERENCE = "REFERENCE"
    REFERENCE_FIELD = "REFERENCE_FIELD"
    CONFIDENCE = "CONFIDENCE"
    REQUIRED_ACCURACY = "REQUIRED_ACCURACY"
    CONFUSION = "CONFUSION"
    STATISTICS = "STATISTICS"
    AREAS = "AREAS"

    GROUP_ID = GROUP_RESTORATION

    def name(self):
        return "accuracy_assessment"

    def displayName(self):  # noqa: N802
        return self.tr("Map accuracy and error-adjusted areas")

    def group(self):
        return self.tr("Ecological restoration")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Checks a classified map against reference samples: a raster (e.g. the trend class of ndvi_trend) or "
            "a polygon layer with a class field (e.g. the restoration types of restoration_areas). Confusion "
            "matrix, overall, user's and producer's accuracy and kappa, each with its confidence interval, and "
            "the error-adjusted (stratified) estimate of each class's area with its confidence interval, after "
            "Olofsson et al. (2014, Remote Sensing of Environment 148: 42–57). A map-based area count is biased by "
            "the map's errors; the error-adjusted area is not. The restoration guideline asks for an "
            "identification accuracy of at least 85 % (guideline 004 §4(一)).\n\n"
            "Convention: the map classes are the strata; the weights W_i are the mapped area shares, counted "
            "from the raster's pixels or summed from the map polygons' areas (m²; ellipsoidal when the layer's "
            "CRS is geographic), so the sample should be a stratified random sample by map class (or simple "
            "random). Kappa is reported on the estimated proportions because reviewers ask for it; Olofsson et "
            "al. advise against relying on it.\n\n"
            "Reference polygons: each polygon is one sample. By default (POLYGON_RULE largest share) its map class "
            "is the class covering the largest share of it (on a raster: the class of most pixel centres inside "
            "it; a polygon with no pixel centre inside is taken at its centroid); with area-weighted, the sample "
            "is split over the map classes in proportion to the share each covers (fractional counts). A "
            "reference point takes the class of the pixel or map polygon it falls in. Samples outside the map "
            "(or on nodata) are left out and counted in the log.\n\n"
            "Parameters:\n"
            "- Classified map raster (MAP) and band (BAND): integer class codes; nodata pixels are not mapped.\n"
            "- Or classified map polygons (MAP_LAYER) and their class field (MAP_FIELD, default "
            "restoration_type): classes compared as text with the reference field. Give MAP or MAP_LAYER, "
            "not both.\n"
            "- Mapped region (MAP_REGION, optional, with MAP_LAYER) and the class outside the map polygons "
            "(OUTSIDE_CLASS, default none): a polygon map of candidate areas (restoration_areas) covers only "
            "what it found; with the region it was made for, the rest of the region is the map class none "
            "(area: the region's minus the map polygons'), and reference samples there (class none, or a "
            "restoration type the map missed) assess omission. Without it, samples outside the map polygons "
            "are left out.\n"
            "- Reference samples (REFERENCE) and their class field (REFERENCE_FIELD): points or polygons, in any "
            "CRS; the same class codes as the map.\n"
            "- Polygon rule (POLYGON_RULE): largest share or area-weighted, for reference polygons.\n"
            "- Confidence (CONFIDENCE): 90, 95 or 99 % intervals (normal quantile).\n"
            "- Required accuracy (REQUIRED_ACCURACY, %): pass/fail bar of the overall accuracy (85 %).\n\n"
            "Outputs: CONFUSION (sample counts, map class by reference class), STATISTICS (overall accuracy "
            "and kappa, user's and producer's accuracy per class, each with SE and interval, pass/fail; with "
            "report_section = restoration_accuracy, a section of Export report through SECTIONS), AREAS "
            "(mapped area and error-adjusted area per class in ha, with SE and interval)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        def add(param, help_text):
            param.setHelp(help_text)
            self.addParameter(param)

        add(QgsProcessingParameterRasterLayer(self.MAP, self.tr("Classified map"), optional=True),
            self.tr("Raster of integer class codes in a projected CRS (pixel area in m²); or give MAP_LAYER."))
        add(QgsProcessingParameterBand(self.BAND, self.tr("Band"), 1, self.MAP, optional=True),
            self.tr("Band holding the class codes (the trend class is band 6 of ndvi_trend's output)."))
        add(QgsProcessingParameterFeatureSource(self.MAP_LAYER, self.tr("Classified map polygons"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
            self.tr("Polygon map with a class field (areas in m², ellipsoidal in a geographic CRS), e.g. "
                    "restoration_areas OUTPUT; instead of the raster MAP."))
        add(QgsProcessingParameterField(self.MAP_FIELD, self.tr("Map class field"), defaultValue="restoration_type",
                                        parentLayerParameterName=self.MAP_LAYER, optional=True),
            self.tr("Field of the map polygons holding the class (restoration_areas: restoration_type)."))
        add(QgsProcessingParameterFeatureSource(self.MAP_REGION, self.tr("Mapped region"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
            self.tr("Optional polygons of the whole region the polygon map was made for (e.g. the county, or the "
                    "parcel_change pieces): the part of it outside every map polygon is the map class "
                    "OUTSIDE_CLASS, so that missed areas (omission) are assessed. Polygons not overlapping each "
                    "other; only with MAP_LAYER."))
        add(QgsProcessingParameterString(self.OUTSIDE_CLASS, self.tr("Class outside the map polygons"),
                                         defaultValue="none", optional=True),
            self.tr("Map class of the mapped region outside every map polygon (with MAP_REGION); reference "
                    "samples of areas needing no restoration carry this class."))
        add(QgsProcessingParameterFeatureSource(self.REFERENCE, self.tr("Reference samples"),
                                                [QgsProcessing.SourceType.TypeVectorAnyGeometry]),
            self.tr("Reference points or polygons with the true class."))
        add(QgsProcessingParameterField(self.REFERENCE_FIELD, self.tr("Reference class field"),
                                        parentLayerParameterName=self.REFERENCE),
            self.tr("Field of the reference samples holding the class code (same codes as the map)."))
        add(QgsProcessingParameterEnum(self.POLYGON_RULE, self.tr("Reference polygon rule"),
                                       options=[self.tr("Class covering the largest share"),
                                                self.tr("Area-weighted")], defaultValue=0),
            self.tr("How a reference polygon is paired with the map: the map class covering its largest share "
                    "(one count), or split over the map classes by the share each covers (fractional counts)."))
        add(QgsProcessingParameterEnum(self.CONFIDENCE, self.tr("Confidence level"),
                                       options=[self.tr("90 %"), self.tr("95 %"), self.tr("99 %")], defaultValue=1),
            self.tr("Level of the confidence intervals."))
        add(QgsProcessingParameterNumber(self.REQUIRED_ACCURACY, self.tr("Required overall accuracy (%)"),
                                         QgsProcessingParameterNumber.Type.Double, 85.0, minValue=0.0,
                                         maxValue=100.0),
            self.tr("The map passes when its overall accuracy reaches this percentage (guideline: 85 %)."))
        for name, label in ((self.CONFUSION, self.tr("Confusion matrix")), (self.STATISTICS, self.tr("Accuracy")),
                            (self.AREAS, self.tr("Error-adjusted areas"))):
            add(QgsProcessingParameterFeatureSink(name, label, QgsProcessing.SourceType.TypeVector), label)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = self.parameterAsRasterLayer(parameters, self.MAP, context)
        polygons = self.parameterAsSource(parameters, self.MAP_LAYER, context)
        source = self.parameterAsSource(parameters, self.REFERENCE, context)
        if source is None:
            self.fail(self.invalidSourceError(parameters, self.REFERENCE))
        field = self.parameterAsString(parameters, self.REFERENCE_FIELD, context)
        rule = accuracy.POLYGON_RULES[self.parameterAsEnum(parameters, self.POLYGON_RULE, context)]
        confidence = CONFIDENCES[self.parameterAsEnum(parameters, self.CONFIDENCE, context)]
        required = self.parameterAsDouble(parameters, self.REQUIRED_ACCURACY, context)
        with self.core_errors():
            if (layer is None) == (polygons is None):
                raise MeteringError("accuracy_map_choice")
            if field not in source.fields().names():
                raise MeteringError("accuracy_reference_field", layer=source.sourceName(), field=field)
            if layer is not None:
                band = self.parameterAsInt(parameters, self.BAND, context) or 1
                samples, skipped = self._raster_samples(layer, band, source, field, context, feedback)
                counts_by_class, pixel_ha = mapped_class_areas(layer.source().split("|")[0], band)
                mapped_by_class = {c: n * pixel_ha for c, n in counts_by_class.items()}
            else:
                map_field = (self.parameterAsFields(parameters, self.MAP_FIELD, context) or ["restoration_type"])[0]
                region = self.parameterAsSource(parameters, self.MAP_REGION, context)
                outside = (self.parameterAsString(parameters, self.OUTSIDE_CLASS, context) or "none").strip()
                samples, skipped, mapped_by_class = self._polygon_samples(polygons, map_field, source, field,
                                                                          context, feedback, region, outside)
            if not samples:
                raise MeteringError("accuracy_no_samples")
            classes = sorted(set(mapped_by_class) | {r for r, _ in samples} | {m for _, o in samples for m in o},
                             key=lambda c: (str(type(c)), c))
            classes, counts = accuracy.overlap_counts(samples, classes, rule)
            mapped_ha = np.array([mapped_by_class.get(c, 0.0) for c in classes])
            keep = counts.sum(axis=1) > 0
            if not keep.all():
                dropped = [str(c) for c, k in zip(classes, keep) if not k]
                feedback.reportError(self.tr("Map classes without any reference sample, left out of the "
                                             "estimate: {0}.").format(", ".join(dropped)))
            classes = [c for c, k in zip(classes, keep) if k]
            counts = _restrict(counts, keep)
            result = accuracy.assess(counts, classes, mapped_ha[keep], confidence)
        if skipped:
            feedback.reportError(self.tr("{0} reference samples lie outside the map or on nodata and are left "
                                         "out.").format(skipped))
        passed = result.passes(required)
        feedback.pushInfo(self.tr("Overall accuracy {0:.1f} % ± {1:.1f} % ({2:.0f} % interval), kappa {3:.3f}: "
                                  "{4} the required {5:.0f} %.").format(
            100 * result.overall, 100 * result.z * result.overall_se, 100 * confidence, result.kappa,
            self.tr("meets") if passed else self.tr("does not meet"), required))
        tables = frames(result, passed, required, confidence)
        return {name: write_table(self, parameters, name, context, tables[name], feedback)
                for name in (self.CONFUSION, self.STATISTICS, self.AREAS)}

    @staticmethod
    def _label(source, feature, field, as_code):
        value = feature[field]
        if value is None or str(value).strip() in ("", "NULL") or not feature.hasGeometry():
            raise MeteringError("accuracy_reference_missing", layer=source.sourceName(), fid=feature.id(),
                                field=field)
        if not as_code:
            return str(value).strip()
        try:
            return int(round(float(value)))
        except ValueError:
            raise MeteringError("accuracy_reference_not_code", layer=source.sourceName(), fid=feature.id(),
                                field=field, value=str(value)) from None

    def _raster_samples(self, layer, band, source, field, context, feedback):
        """[(reference code, {map code: overlap})] and the number of samples off the map."""
        from osgeo import gdal

        provider = layer.dataProvider()
        request = QgsFeatureRequest().setDestinationCrs(layer.crs(), context.transformContext())
        ds = gdal.Open(layer.source().split("|")[0])
        rb = ds.GetRasterBand(band)
        nodata = rb.GetNoDataValue()
        gt = ds.GetGeoTransform()
        samples, skipped = [], 0
        total = max(source.featureCount(), 1)
        for k, feature in enumerate(source.getFeatures(request)):
            self.check_canceled(feedback)
            feedback.setProgress(80.0 * k / total)
            reference = self._label(source, feature, field, True)
            geom = feature.geometry()
            overlaps = {}
            if geom.type() == QgsWkbTypes.GeometryType.PolygonGeometry:
                box = geom.boundingBox()
                c0 = max(int((box.xMinimum() - gt[0]) // gt[1]), 0)
                c1 = min(int((box.xMaximum() - gt[0]) // gt[1]) + 1, ds.RasterXSize)
                r0 = max(int((box.yMaximum() - gt[3]) // gt[5]), 0)
                r1 = min(int((box.yMinimum() - gt[3]) // gt[5]) + 1, ds.RasterYSize)
                if c1 > c0 and r1 > r0:
                    arr = rb.ReadAsArray(c0, r0, c1 - c0, r1 - r0).astype(float)
                    valid = np.isfinite(arr) & ((arr != nodata) if nodata is not None else True)
                    codes = np.where(valid, np.round(arr), 0).astype(np.int64)
                    overlaps = accuracy.pixel_overlaps(codes, valid, gt[0] + c0 * gt[1], gt[3] + r0 * gt[5],
                                                       gt[1], gt[5], bytes(geom.asWkb()))
            if not overlaps:  # a point, or a polygon with no pixel centre inside: its centroid's pixel
                value, ok = provider.sample(geom.centroid().asPoint(), band)
                if ok and value == value and (nodata is None or value != nodata):
                    overlaps = {int(round(value)): 1.0}
            if not overlaps:
                skipped += 1
                continue
            samples.append((reference, overlaps))
        return samples, skipped

    def _polygon_samples(self, polygons, map_field, source, field, context, feedback, region=None,
                         outside="none"):
        """[(reference class, {map class: overlap m² or 1})], samples off the map, {map class: mapped ha}.

        With ``region``: the region outside every map polygon is the map class ``outside`` (its area: the
        region's minus the map polygons' inside it; a sample's share: its overlap with the region minus its
        overlap with the map polygons)."""
        if map_field not in polygons.fields().names():
            raise MeteringError("accuracy_map_field", layer=polygons.sourceName(), field=map_field)
        index = QgsSpatialIndex()
        geoms, labels = {}, {}
        for feature in polygons.getFeatures():
            self.check_canceled(feedback)
            if not feature.hasGeometry():
                continue
            value = feature[map_field]
            if value is None or str(value).strip() in ("", "NULL"):
                raise MeteringError("accuracy_map_class_missing", layer=polygons.sourceName(), fid=feature.id(),
                                    field=map_field)
            geoms[feature.id()] = QgsGeometry(feature.geometry())
            labels[feature.id()] = str(value).strip()
            index.addFeature(feature)
        area = _area_measure(polygons.sourceCrs(), context)
        mapped = accuracy.class_areas([labels[i] for i in geoms], [area(geoms[i]) / M2_PER_HA for i in geoms])
        request = QgsFeatureRequest().setDestinationCrs(polygons.sourceCrs(), context.transformContext())
        zones, zone_index = {}, QgsSpatialIndex()
        if region is not None:
            if outside in mapped:
                raise MeteringError("accuracy_outside_class", layer=polygons.sourceName(), value=outside)
            for feature in region.getFeatures(request):
                self.check_canceled(feedback)
                if feature.hasGeometry():
                    zones[feature.id()] = QgsGeometry(feature.geometry())
                    zone_index.addFeature(feature)
            inside_map = 0.0
            for zone in zones.values():
                for fid in index.intersects(zone.boundingBox()):
                    if geoms[fid].intersects(zone):
                        inside_map += area(geoms[fid].intersection(zone))
            mapped[outside] = max(sum(area(z) for z in zones.values()) - inside_map, 0.0) / M2_PER_HA
        samples, skipped = [], 0
        total = max(source.featureCount(), 1)
        for k, feature in enumerate(source.getFeatures(request)):
            self.check_canceled(feedback)
            feedback.setProgress(80.0 * k / total)
            reference = self._label(source, feature, field, False)
            geom = feature.geometry()
            is_polygon = geom.type() == QgsWkbTypes.GeometryType.PolygonGeometry
            overlaps = {}
            for fid in index.intersects(geom.boundingBox()):
                other = geoms[fid]
                if is_polygon:
                    share = area(other.intersection(geom)) if other.intersects(geom) else 0.0
                elif other.intersects(geom):
                    share = 1.0
                else:
                    share = 0.0
                if share > 0:
                    overlaps[labels[fid]] = overlaps.get(labels[fid], 0.0) + share
            if zones:
                in_region = 0.0
                for zid in zone_index.intersects(geom.boundingBox()):
                    zone = zones[zid]
                    if zone.intersects(geom):
                        in_region += area(zone.intersection(geom)) if is_polygon else 1.0
                if is_polygon:
                    rest = in_region - sum(overlaps.values())
                    if rest > 1e-9 * max(area(geom), 1.0):
                        overlaps[outside] = rest
                elif in_region > 0 and not overlaps:
                    overlaps[outside] = 1.0
            if not overlaps:
                skipped += 1
                continue
            samples.append((reference, overlaps))
        return samples, skipped, mapped


def _area_measure(crs, context):
    """Area in m² of a geometry in ``crs``: planar in a projected CRS, ellipsoidal in a geographic one."""
    if not crs.isGeographic():
        return lambda geom: geom.area()
    from qgis.core import QgsDistanceArea

    measure = QgsDistanceArea()
    measure.setSourceCrs(crs, context.transformContext())
    measure.setEllipsoid(crs.ellipsoidAcronym() or "EPSG:7030")
    return measure.measureArea


def _restrict(counts, keep):
    return counts[np.ix_(keep, keep)]


def mapped_class_areas(path, band):
    """({class: pixel count}, pixel area in ha) of one band, block by block (nodata not counted)."""
    from osgeo import gdal

    ds = gdal.Open(path)
    rb = ds.GetRasterBand(band)
    nodata = rb.GetNoDataValue()
    gt = ds.GetGeoTransform()
    counts = {}
    rows = max(1, 4_000_000 // max(ds.RasterXSize, 1))
    for row0 in range(0, ds.RasterYSize, rows):
        arr = rb.ReadAsArray(0, row0, ds.RasterXSize, min(rows, ds.RasterYSize - row0)).astype(float)
        ok = np.isfinite(arr)
        if nodata is not None:
            ok &= arr != nodata
        values, n = np.unique(np.round(arr[ok]).astype(np.int64), return_counts=True)
        for v, k in zip(values.tolist(), n.tolist()):
            counts[v] = counts.get(v, 0) + k
    return counts, abs(gt[1] * gt[5]) / 10000.0


def frames(result, passed, required, confidence=None):
    """The three output tables of a result; STATISTICS carries report_section = restoration_accuracy (its
    report section: metering/restoration/report.py) and the confidence level of its intervals."""
    cls = [str(c) for c in result.classes]
    # whole counts as integers; the fractional counts of area-weighted reference polygons as they are
    whole = np.allclose(result.counts, np.round(result.counts))
    counts = np.round(result.counts).astype(int) if whole else np.round(result.counts, 6)
    confusion = pd.DataFrame(counts, columns=["ref_" + c for c in cls])
    confusion.insert(0, "map_class", cls)
    confusion["total"] = counts.sum(axis=1)
    z = result.z
    rows = [{"measure": "overall", "class": "", "value": result.overall, "se": result.overall_se,
             "low": result.overall - z * result.overall_se, "high": result.overall + z * result.overall_se,
             "passed": int(passed), "required_pct": required},
            {"measure": "kappa", "class": "", "value": result.kappa, "se": result.kappa_se,
             "low": result.kappa - z * result.kappa_se, "high": result.kappa + z * result.kappa_se,
             "passed": None, "required_pct": None}]
    for k, c in enumerate(cls):
        for measure, value, se in (("users", result.users[k], result.users_se[k]),
                                   ("producers", result.producers[k], result.producers_se[k])):
            rows.append({"measure": measure, "class": c, "value": value, "se": se, "low": value - z * se,
                         "high": value + z * se, "passed": None, "required_pct": None})
    statistics = pd.DataFrame(rows)
    statistics["confidence_pct"] = None if confidence is None else 100.0 * confidence
    statistics["report_section"] = ACCURACY_SECTION
    areas = pd.DataFrame({"class": cls, "weight": result.weights, "mapped_ha": result.mapped_area,
                          "adjusted_ha": result.area, "se_ha": result.area_se,
                          "low_ha": result.area - z * result.area_se, "high_ha": result.area + z * result.area_se})
    return {"CONFUSION": confusion, "STATISTICS": statistics, "AREAS": areas}
