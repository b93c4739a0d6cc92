"""``carbonmeter:rs_verification``: ground verification of a remote-sensing raster at plots (DB4403/T 348)."""

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBand,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..metering.files import atomic_output
from ..metering.rs import verification as core
from . import rs_io
from .base import GROUP_REMOTE_SENSING, CarbonAlgorithm
from .qgis_compat import INTEGER, REAL, TEXT, make_field
from .qgis_io import close_sink, write_frame, write_table

#: Default pass threshold on the relative RMSE (%): a placeholder, the interpretation of
#: DB4403/T 348 at hand states no accuracy figure; set the one your evaluation prescribes.
DEFAULT_THRESHOLD_PCT = 20.0


class RsVerificationAlgorithm(CarbonAlgorithm):
    RASTER = "RASTER"
    BAND = "BAND"
    PLOTS = "PLOTS"
    GROUND_FIELD = "GROUND_FIELD"
    ID_FIELD = "ID_FIELD"
    UNIT = "UNIT"
    THRESHOLD = "THRESHOLD"
    OUTLIER_Z = "OUTLIER_Z"
    OUTPUT = "OUTPUT"
    STATISTICS = "STATISTICS"
    SCATTER = "SCATTER"

    GROUP_ID = GROUP_REMOTE_SENSING

    def name(self):
        return "rs_verification"

    def displayName(self):  # noqa: N802
        return self.tr("Ground verification of remote-sensing results")

    def group(self):
        return self.tr("Remote-sensing carbon sink")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Compares a remote-sensing result (e.g. annual NPP or NEP, g C/m²/a) with ground values of "
            "sample plots: the ground-verification step (地面核查) of DB4403/T 348—2023. Point plots take the "
            "pixel they fall in; polygon plots the mean of the pixels whose centres lie inside (the pixel at "
            "the centroid when none does).\n\n"
            "Statistics over the plots with both values: n, bias = mean(RS − ground), RMSE, relative RMSE = "
            "RMSE / mean(ground) × 100 %, MAE, R² (squared Pearson correlation), the least-squares line "
            "RS = slope × ground + intercept. A plot is an outlier when its standardised residual exceeds "
            "OUTLIER_Z. The verification passes when the relative RMSE ≤ THRESHOLD.\n\n"
            "Parameters:\n"
            "- RASTER and BAND: the remote-sensing raster and its band (casa_npp OUTPUT_ANNUAL, or nep "
            "OUTPUT_ANNUAL band 1 or 4).\n"
            "- PLOTS: point or polygon layer of plots, reprojected to the raster CRS on the fly.\n"
            "- GROUND_FIELD: the plot's ground value in the unit of the raster band (e.g. plot NPP or stock "
            "change from the survey converted to g C/m²/a). ID_FIELD (optional): the plot id shown in the "
            "outputs (default the feature id).\n"
            "- UNIT: unit label of both values (empty: the band's unit).\n"
            "- THRESHOLD (%): pass/fail limit on the relative RMSE; default 20 %, a placeholder (the "
            "interpretation of the standard at hand gives no figure; use the one your evaluation "
            "prescribes). OUTLIER_Z: standardised-residual limit, default 2.\n\n"
            "Outputs: OUTPUT, the plots with rs_value, ground_value, residual (RS − ground), z_residual, "
            "outlier (1/0), pixels; STATISTICS, one row per statistic (statistic, value) including passed; "
            "SCATTER (optional PNG, needs matplotlib), the pairs with the 1:1 and regression lines and the "
            "outliers marked. Methods and conventions: docs/remote_sensing.md, appendix A."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        def add(param, help_text, advanced=False):
            param.setHelp(help_text)
            if advanced:
                param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(param)

        add(QgsProcessingParameterRasterLayer(self.RASTER, self.tr("Remote-sensing raster")),
            self.tr("The raster to verify, e.g. annual NPP of CASA NPP (g C/m²/a)."))
        add(QgsProcessingParameterBand(self.BAND, self.tr("Band"), defaultValue=1, parentLayerParameterName=self.RASTER,
                                       optional=True),
            self.tr("Band of the raster holding the value to verify."))
        add(QgsProcessingParameterFeatureSource(
            self.PLOTS, self.tr("Plots"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]),
            self.tr("Ground plots: points (the pixel at the point) or polygons (mean of the pixels inside)."))
        add(QgsProcessingParameterField(self.GROUND_FIELD, self.tr("Ground value field"),
                                        parentLayerParameterName=self.PLOTS,
                                        type=QgsProcessingParameterField.DataType.Numeric),
            self.tr("Numeric field with the plot's ground value, in the unit of the raster band."))
        add(QgsProcessingParameterField(self.ID_FIELD, self.tr("Plot id field"), parentLayerParameterName=self.PLOTS,
                                        optional=True),
            self.tr("Field naming each plot in the outputs; empty: the feature id."))
        add(QgsProcessingParameterString(self.UNIT, self.tr("Unit"), optional=True),
            self.tr("Unit label of the values (e.g. g C/m²/a); empty: the unit stored in the band."))
        add(QgsProcessingParameterNumber(self.THRESHOLD, self.tr("Pass threshold: relative RMSE (%)"),
                                         QgsProcessingParameterNumber.Type.Double,
                                         defaultValue=DEFAULT_THRESHOLD_PCT, minValue=0.0),
            self.tr("The verification passes when RMSE / mean(ground) × 100 is at most this (%). Default 20 % "
                    "is a placeholder: set the figure your evaluation prescribes."))
        add(QgsProcessingParameterNumber(self.OUTLIER_Z, self.tr("Outlier limit (standardised residual)"),
                                         QgsProcessingParameterNumber.Type.Double, defaultValue=2.0, minValue=0.0),
            self.tr("A plot whose residual lies more than this many standard deviations from the mean "
                    "residual is listed as an outlier (it stays in the statistics)."), advanced=True)
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Verified plots"),
                                              QgsProcessing.SourceType.TypeVectorAnyGeometry),
            self.tr("The plots with the sampled value, ground value, residual, z_residual and outlier flag."))
        add(QgsProcessingParameterFeatureSink(self.STATISTICS, self.tr("Verification statistics"),
                                              QgsProcessing.SourceType.TypeVector),
            self.tr("n, unit, bias, rmse, rrmse_pct, mae, r2, slope, intercept, outliers, threshold_pct, passed."))
        add(QgsProcessingParameterFileDestination(self.SCATTER, self.tr("Scatter plot"), self.tr("PNG files (*.png)"),
                                                  optional=True, createByDefault=False),
            self.tr("Optional PNG scatter plot of remote-sensing against ground values (needs matplotlib)."))
        self.addOutput(QgsProcessingOutputBoolean("PASSED", self.tr("Verification passed")))
        self.addOutput(QgsProcessingOutputNumber("RRMSE_PCT", self.tr("Relative RMSE (%)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = self.parameterAsRasterLayer(parameters, self.RASTER, context)
        band = self.parameterAsInt(parameters, self.BAND, context) or 1
        source = self.parameterAsSource(parameters, self.PLOTS, context)
        ground_field = self.parameterAsFields(parameters, self.GROUND_FIELD, context)[0]
        id_fields = self.parameterAsFields(parameters, self.ID_FIELD, context)
        unit = self.parameterAsString(parameters, self.UNIT, context)
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        outlier_z = self.parameterAsDouble(parameters, self.OUTLIER_Z, context)
        scatter = self.parameterAsFileOutput(parameters, self.SCATTER, context)
        with self.core_errors():
            ds = rs_io.open_dataset(rs_io.layer_paths([layer])[0], self.RASTER)
        if band > ds.RasterCount:
            raise QgsProcessingException(self.tr("The raster has {0} bands; choose a band from 1 to {0}.").format(
                ds.RasterCount))
        unit = unit or ds.GetRasterBand(band).GetUnitType() or ""
        request = QgsFeatureRequest().setDestinationCrs(layer.crs(), context.transformContext())
        ids, rs_values, ground, pixels, features = [], [], [], [], []
        total = max(source.featureCount(), 1)
        for i, feature in enumerate(source.getFeatures(request)):
            self.check_canceled(feedback)
            feedback.setProgress(80.0 * i / total)
            geom = feature.geometry()
            value = feature[ground_field]
            ids.append(str(feature[id_fields[0]]) if id_fields else str(feature.id()))
            ground.append(float(value) if value not in (None, "") and value == value else np.nan)
            if geom is None or geom.isEmpty():
                rs_values.append(np.nan)
                pixels.append(0)
            elif geom.type() == QgsWkbTypes.GeometryType.PolygonGeometry:
                c = geom.centroid().asPoint()
                v, n = rs_io.zonal_mean(ds, band, geom.asWkb(), (c.x(), c.y()))
                rs_values.append(v)
                pixels.append(n)
            else:
                p = geom.centroid().asPoint() if geom.isMultipart() else geom.asPoint()
                rs_values.append(float(rs_io.sample_points(ds, band, [(p.x(), p.y())])[0]))
                pixels.append(int(np.isfinite(rs_values[-1])))
            features.append(feature)
        with self.core_errors():
            result = core.verify(ids, rs_values, ground, threshold_pct=threshold, outlier_z=outlier_z, unit=unit,
                                 pixels=pixels)
            if scatter:
                with atomic_output(scatter, suffix=".png") as tmp:
                    core.scatter_png(tmp, result, rs_label=self.tr("remote sensing"), ground_label=self.tr("ground"),
                                     words={"plots": self.tr("plots"), "outliers": self.tr("outliers")})
        self.log_notes(feedback, result.notes)

        fields = QgsFields()
        for name, kind in (("plot_id", TEXT), ("rs_value", REAL), ("ground_value", REAL), ("residual", REAL),
                           ("z_residual", REAL), ("outlier", INTEGER), ("pixels", INTEGER), ("unit", TEXT)):
            fields.append(make_field(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(), layer.crs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        frame = result.plots.assign(unit=unit)
        write_frame(sink, frame, fields, geometries=[f.geometry() for f in features])
        close_sink(sink)
        stats = result.statistics_frame()
        stats_dest = write_table(self, parameters, self.STATISTICS, context, stats)
        s = result.statistics
        feedback.pushInfo(self.tr("n = {0}, bias = {1:.2f}, RMSE = {2:.2f}, rRMSE = {3:.1f} %, MAE = {4:.2f}, "
                                  "R² = {5:.3f} ({6}).").format(s["n"], s["bias"], s["rmse"], s["rrmse_pct"],
                                                                s["mae"], s["r2"], unit))
        out = {self.OUTPUT: dest, self.STATISTICS: stats_dest, "PASSED": s["passed"], "RRMSE_PCT": s["rrmse_pct"]}
        if scatter:
            out[self.SCATTER] = scatter
        return out
