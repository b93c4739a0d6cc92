"""``carbonmeter:accuracy_assessment``: accuracy of a classified map and its error-adjusted class areas."""

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateTransform,
    QgsProcessing,
    QgsProcessingParameterBand,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)

from ..metering.errors import MeteringError
from ..metering.restoration import accuracy
from ..metering.restoration.report import ACCURACY_SECTION
from .base import GROUP_RESTORATION, CarbonAlgorithm
from .qgis_io import write_table

CONFIDENCES = (0.90, 0.95, 0.99)


class AccuracyAssessmentAlgorithm(CarbonAlgorithm):
    MAP = "MAP"
    BAND = "BAND"
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
            "Checks a classified map (e.g. the trend class of ndvi_trend or a restoration-area raster) against "
            "reference samples: confusion matrix, overall, user's and producer's accuracy and kappa, each with "
            "its confidence interval, and the error-adjusted (stratified) estimate of each class's area with "
            "its confidence interval, after Olofsson et al. (2014, Remote Sensing of Environment 148: 42–57). "
            "A map-based pixel count is biased by the map's errors; the error-adjusted area is not. The "
            "restoration guideline asks for an identification accuracy of at least 85 %.\n\n"
            "Convention: the map classes are the strata; the weights W_i are the mapped area shares counted "
            "from the raster, so the sample should be a stratified random sample by map class (or simple "
            "random). Kappa is reported on the estimated proportions because reviewers ask for it; Olofsson "
            "et al. advise against relying on it.\n\n"
            "Parameters:\n"
            "- Classified map (MAP) and band (BAND): integer class codes; nodata pixels are not mapped.\n"
            "- Reference samples (REFERENCE) and their class field (REFERENCE_FIELD): points (polygons are "
            "taken at their centroid), in any CRS; a sample outside the map or on nodata is left out and "
            "counted in the log.\n"
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

        add(QgsProcessingParameterRasterLayer(self.MAP, self.tr("Classified map")),
            self.tr("Raster of integer class codes in a projected CRS (pixel area in m²)."))
        add(QgsProcessingParameterBand(self.BAND, self.tr("Band"), 1, self.MAP),
            self.tr("Band holding the class codes (the trend class is band 6 of ndvi_trend's output)."))
        add(QgsProcessingParameterFeatureSource(self.REFERENCE, self.tr("Reference samples"),
                                                [QgsProcessing.SourceType.TypeVectorAnyGeometry]),
            self.tr("Reference points (or polygons, at their centroid) with the true class."))
        add(QgsProcessingParameterField(self.REFERENCE_FIELD, self.tr("Reference class field"),
                                        parentLayerParameterName=self.REFERENCE),
            self.tr("Field of the reference samples holding the class code (same codes as the map)."))
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
        band = self.parameterAsInt(parameters, self.BAND, context) or 1
        source = self.parameterAsSource(parameters, self.REFERENCE, context)
        if source is None:
            self.fail(self.invalidSourceError(parameters, self.REFERENCE))
        field = self.parameterAsString(parameters, self.REFERENCE_FIELD, context)
        confidence = CONFIDENCES[self.parameterAsEnum(parameters, self.CONFIDENCE, context)]
        required = self.parameterAsDouble(parameters, self.REQUIRED_ACCURACY, context)
        path = layer.source().split("|")[0]
        with self.core_errors():
            mapped_labels, reference_labels, skipped = self._samples(layer, band, source, field, context)
            counts_by_class, pixel_ha = mapped_class_areas(path, band)
            classes = sorted(set(counts_by_class) | set(reference_labels))
            classes, counts = accuracy.confusion_matrix(mapped_labels, reference_labels, classes)
            mapped_ha = np.array([counts_by_class.get(c, 0) * pixel_ha for c in classes])
            keep = counts.sum(axis=1) > 0
            if not keep.all():
                dropped = [str(c) for c, k in zip(classes, keep) if not k]
                feedback.reportError(self.tr("Map classes without any reference sample, left out of the "
                                             "estimate: {0}.").format(", ".join(dropped)))
            classes = [c for c, k in zip(classes, keep) if k]
            counts = counts[keep][:, keep] if keep.all() else _restrict(counts, keep)
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

    def _samples(self, layer, band, source, field, context):
        if field not in source.fields().names():
            raise MeteringError("accuracy_reference_field", layer=source.sourceName(), field=field)
        provider = layer.dataProvider()
        transform = QgsCoordinateTransform(source.sourceCrs(), layer.crs(), context.transformContext())
        mapped, reference, skipped = [], [], 0
        for feature in source.getFeatures():
            value = feature[field]
            if value is None or str(value).strip() == "" or not feature.hasGeometry():
                raise MeteringError("accuracy_reference_missing", layer=source.sourceName(), fid=feature.id(),
                                    field=field)
            point = feature.geometry().centroid().asPoint()
            point = transform.transform(point)
            sample, ok = provider.sample(point, band)
            if not ok or sample != sample:
                skipped += 1
                continue
            mapped.append(int(round(sample)))
            try:
                reference.append(int(round(float(value))))
            except ValueError:
                raise MeteringError("accuracy_reference_not_code", layer=source.sourceName(), fid=feature.id(),
                                    field=field, value=str(value)) from None
        if not mapped:
            raise MeteringError("accuracy_no_samples")
        return mapped, reference, skipped


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
    confusion = pd.DataFrame(result.counts.astype(int), columns=["ref_" + c for c in cls])
    confusion.insert(0, "map_class", cls)
    confusion["total"] = result.counts.sum(axis=1).astype(int)
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
