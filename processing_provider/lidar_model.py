"""carbonmeter:lidar_model — plot carbon density against LiDAR metrics, per metering object."""

import datetime

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from ..metering import POOLS_WITH_TOTAL
from ..metering.errors import MeteringError, Note
from ..metering.files import atomic_output
from ..metering.lidar import model as core
from ..metering.lidar.metrics import METRIC_NAMES
from ..metering.lidar.options import ModelForm
from .base import GROUP_LIDAR, CarbonAlgorithm
from .lidar_common import layer_path, provenance
from .messages import object_words, pool_words
from .qgis_io import source_to_frame, write_table


class LidarModelAlgorithm(CarbonAlgorithm):
    GROUP_ID = GROUP_LIDAR
    PLOTS = "PLOTS"
    DENSITY_FIELD = "DENSITY_FIELD"
    OBJECT_FIELD = "OBJECT_FIELD"
    YEAR = "YEAR"
    FORM = "FORM"
    PREDICTORS = "PREDICTORS"
    BLOCK_SIZE = "BLOCK_SIZE"
    FOLDS = "FOLDS"
    OUTPUT_MODEL = "OUTPUT_MODEL"
    OUTPUT = "OUTPUT"
    RESIDUAL_PLOT = "RESIDUAL_PLOT"

    def name(self):
        return "lidar_model"

    def displayName(self):  # noqa: N802
        return self.tr("LiDAR density model (plots)")

    def group(self):
        return self.tr("LiDAR-assisted survey")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Fits plot carbon density (t C/ha, a pool or the total of plot_carbon) against LiDAR metrics of the "
            "same plots (the output of lidar_metrics over plot_carbon's plots), one model per metering object "
            "(Hubei spec appendix D: plot survey first, LiDAR in support; area-based approach).\n\n"
            "Forms: linear y = b0 + b1·x; log–log power ln y = b0 + b1·ln x, back-transformed with the "
            "Baskerville (1972) / Sprugel (1983) factor exp(σ²/2), σ² = SSE/(n − 2) of the log fit; multiple "
            "linear y = b0 + Σ bk·xk. Ordinary least squares; coefficient SE = √diag(σ²(XᵀX)⁻¹); R² on the "
            "fitted scale; RMSE = √mean((ŷ − y)²), relative RMSE = RMSE/ȳ × 100, bias = mean(ŷ − y) on the "
            "original scale; the same from leave-one-out and from spatially blocked cross-validation (square "
            "blocks of the block size from the origin of the CRS, blocks sorted by their column and row index "
            "and dealt to the folds in turn: deterministic). A model needs at least p + 2 plots with metrics "
            "(p coefficients); an object with fewer is refused with the reason; objects whose plots have no "
            "LiDAR metrics are skipped (log).\n\n"
            "Outputs: the model file (JSON: coefficients, covariance, σ², calibration ranges, the calibration "
            "plots' observations and predictions for the model-assisted estimate of lidar_density, the metric "
            "conventions and the provenance), a table of coefficients and fit statistics, and a residual plot "
            "(PNG, needs matplotlib)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFeatureSource(self.PLOTS, self.tr("Plots with densities and metrics"),
                                                [QgsProcessing.SourceType.TypeVector])
        p.setHelp(self.tr("Plots with the density field (t C/ha), the object field and metric fields: lidar_metrics "
                          "run on plot_carbon's output."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.DENSITY_FIELD, self.tr("Density field (t C/ha)"), defaultValue="total",
                                        parentLayerParameterName=self.PLOTS, optional=True,
                                        type=QgsProcessingParameterField.DataType.Numeric)
        p.setHelp(self.tr("The carbon density modelled, t C/ha: total or one pool (agb, bgb, …) of plot_carbon; its "
                          "name is the pool of the model and of the density table."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.OBJECT_FIELD, self.tr("Metering object field"), defaultValue="object",
                                        parentLayerParameterName=self.PLOTS, optional=True)
        p.setHelp(self.tr("One model per value of this field (the metering object, metering_objects.csv)."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.YEAR, self.tr("Survey year (only plots of this year)"),
                                         type=QgsProcessingParameterNumber.Type.Integer, optional=True,
                                         minValue=1900, maxValue=2200)
        p.setHelp(self.tr("When set, only plots whose survey_year equals it: the year of the LiDAR flight."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.FORM, self.tr("Model form"),
                                       options=[self.tr("linear"), self.tr("log–log power"),
                                                self.tr("multiple linear")],
                                       defaultValue=1)
        p.setHelp(self.tr("linear and power take one metric, multiple linear two or more; the power form is "
                          "corrected by exp(σ²/2) on back-transformation."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.PREDICTORS, self.tr("Metrics (predictors)"), defaultValue="p95",
                                        parentLayerParameterName=self.PLOTS, allowMultiple=True,
                                        type=QgsProcessingParameterField.DataType.Numeric)
        p.setHelp(self.tr("Metric fields of lidar_metrics (e.g. p95 in m, cover in %); see lidar_metrics for each "
                          "definition."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.BLOCK_SIZE, self.tr("Cross-validation block size (m)"),
                                         type=QgsProcessingParameterNumber.Type.Double, defaultValue=2000.0,
                                         minValue=1.0)
        p.setHelp(self.tr("Side of the square blocks of the spatially blocked cross-validation, in metres: plots of "
                          "one block are left out together, so spatial autocorrelation does not flatter the fit."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.FOLDS, self.tr("Cross-validation folds"),
                                         type=QgsProcessingParameterNumber.Type.Integer, defaultValue=5, minValue=2)
        p.setHelp(self.tr("Number of folds the blocks are dealt to (fewer when there are fewer blocks)."))
        self.addParameter(p)
        p = QgsProcessingParameterFileDestination(self.OUTPUT_MODEL, self.tr("Model file"), "JSON (*.json)")
        p.setHelp(self.tr("The fitted models as JSON, for lidar_density."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Model coefficients and fit"),
                                              QgsProcessing.SourceType.TypeVector)
        p.setHelp(self.tr("One row per model and coefficient: estimate, SE, n, R², RMSE, rRMSE %, bias, LOO and "
                          "blocked CV statistics (t C/ha)."))
        self.addParameter(p)
        p = QgsProcessingParameterFileDestination(self.RESIDUAL_PLOT, self.tr("Residual plot"), "PNG (*.png)",
                                                  optional=True, createByDefault=False)
        p.setHelp(self.tr("Observed vs predicted and residuals vs predicted per model (needs matplotlib)."))
        self.addParameter(p)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        started = datetime.datetime.now()
        source = self.parameterAsSource(parameters, self.PLOTS, context)
        if source is None:
            self.fail(self.invalidSourceError(parameters, self.PLOTS))
        y_field = self.parameterAsString(parameters, self.DENSITY_FIELD, context) or "total"
        obj_field = self.parameterAsString(parameters, self.OBJECT_FIELD, context) or "object"
        predictors = self.parameterAsFields(parameters, self.PREDICTORS, context)
        form = ModelForm.at(self.parameterAsEnum(parameters, self.FORM, context))
        block = self.parameterAsDouble(parameters, self.BLOCK_SIZE, context)
        folds = self.parameterAsInt(parameters, self.FOLDS, context)
        year = parameters.get(self.YEAR)
        model_path = self.parameterAsFileOutput(parameters, self.OUTPUT_MODEL, context)
        png = ""
        if parameters.get(self.RESIDUAL_PLOT):
            png = self.parameterAsFileOutput(parameters, self.RESIDUAL_PLOT, context)
        with self.core_errors():
            names = source.fields().names()
            need = [y_field, obj_field] + list(predictors) + (["survey_year"] if year not in (None, "") else [])
            missing = [n for n in need if n not in names]
            if missing:
                raise MeteringError("missing_fields", layer=source.sourceName(), fields=missing)
            unknown = [p for p in predictors if p not in METRIC_NAMES]
            if unknown:
                feedback.pushWarning(self.tr("Predictors {0} are not metrics of lidar_metrics; they are used as "
                                             "given.").format(", ".join(unknown)))
            pool_fields = [p for p in POOLS_WITH_TOTAL if p in names]
            frame = source_to_frame(source, fields=list(dict.fromkeys(need + pool_fields)), feedback=feedback,
                                    with_geometry=True,
                                    progress=(0, 20))
            if year not in (None, ""):
                frame = frame[frame["survey_year"].astype(str) == str(int(year))]
            frame["x_"] = [g.centroid().asPoint().x() for g in frame["geometry"]]
            frame["y_"] = [g.centroid().asPoint().y() for g in frame["geometry"]]
            models, notes = [], []
            for obj, part in frame.groupby(obj_field, sort=True):
                x = part[list(predictors)].apply(pd.to_numeric, errors="coerce").to_numpy(float)
                y = pd.to_numeric(part[y_field], errors="coerce").to_numpy(float)
                if not np.isfinite(x).all(axis=1).any():
                    notes.append(Note.info("object_without_metrics", object=obj, n=len(part)))
                    continue
                models.append(core.fit(x, y, part[["x_", "y_"]].to_numpy(float), form, list(predictors), obj=str(obj),
                                       pool=y_field, keys=part["fid"].tolist(), block_size=block, folds=folds,
                                       pools={p: pd.to_numeric(part[p], errors="coerce") for p in pool_fields}))
                self.check_canceled(feedback)
            if not models:
                raise MeteringError("no_plots_with_metrics", layer=source.sourceName(), fields=", ".join(predictors))
            self.log_notes(feedback, notes)
            for m in models:
                feedback.pushInfo(self.tr("{0}: n = {1}, R² = {2:.3f}, RMSE = {3:.2f} t C/ha ({4:.1f} %), LOO RMSE = "
                                          "{5:.2f}, blocked CV RMSE = {6:.2f} ({7} folds)").format(
                    object_words(m.object), m.n, m.r2, m.rmse, m.rrmse_pct, m.loo_rmse, m.cv_rmse, m.cv_folds))
            if png:  # before anything is written: all outputs or none
                from ..metering.lidar.deps import require

                require("matplotlib")
            rows = provenance(self.name(), {self.PLOTS: layer_path(parameters, self.PLOTS)},
                              {k: v for k, v in parameters.items()}, started, outputs={self.OUTPUT_MODEL: model_path})
            with atomic_output(model_path, ".json") as tmp:
                core.save_models(tmp, models, provenance=rows)
            results = {self.OUTPUT_MODEL: model_path}
            if png:
                from ..metering.lidar.residual_plot import residual_plot

                forms = dict(zip([f.value for f in ModelForm],
                                 [self.tr("linear"), self.tr("log–log power"), self.tr("multiple linear")]))
                words = {"fit": self.tr("fit"), "loo": self.tr("leave-one-out"),
                         "predicted": self.tr("predicted (t C/ha)"), "observed": self.tr("observed (t C/ha)"),
                         "residual": self.tr("residual (t C/ha)"), "blocked_cv": self.tr("blocked CV RMSE")}
                with atomic_output(png, ".png") as tmp:
                    residual_plot(tmp, models, words, lambda code: forms.get(code, pool_words(object_words(code))))
                results[self.RESIDUAL_PLOT] = png
        coefficients = pd.DataFrame(core.model_table(models))
        results[self.OUTPUT] = write_table(self, parameters, self.OUTPUT, context, coefficients, feedback)
        return results
