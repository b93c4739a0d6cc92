"""carbonmeter:lidar_density — a saved LiDAR model applied wall-to-wall; the model-assisted stratum means."""

import datetime

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsRectangle,
)

from ..metering.errors import MeteringError
from ..metering.files import atomic_output
from ..metering.landclass import default_mapping, normalize_code
from ..metering.lidar import estimate as core
from ..metering.lidar import raster_io
from ..metering.lidar.model import load_models
from .base import GROUP_LIDAR, CarbonAlgorithm
from .lidar_common import layer_path, provenance, write_sidecar
from .messages import object_words, pool_words
from .qgis_compat import INTEGER, REAL, TEXT, make_field
from .qgis_io import close_sink, to_python, write_table

CONFIDENCE_LEVELS = (90.0, 95.0)
BANDS = ("density", "se", "out_of_range")


class LidarDensityAlgorithm(CarbonAlgorithm):
    GROUP_ID = GROUP_LIDAR
    MODEL = "MODEL"
    METRICS = "METRICS"
    PARCELS = "PARCELS"
    OBJECT_FIELD = "OBJECT_FIELD"
    CONFIDENCE = "CONFIDENCE"
    OUTPUT_RASTER = "OUTPUT_RASTER"
    OUTPUT_PARCELS = "OUTPUT_PARCELS"
    DENSITY_TABLE = "DENSITY_TABLE"
    ESTIMATES = "ESTIMATES"

    def name(self):
        return "lidar_density"

    def displayName(self):  # noqa: N802
        return self.tr("LiDAR density (wall-to-wall and model-assisted)")

    def group(self):
        return self.tr("LiDAR-assisted survey")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Applies the models of lidar_model to the metric raster of lidar_metrics (Hubei spec appendix D): the "
            "density ŷ (t C/ha) of every cell with its prediction standard error (a new plot-sized unit: √(σ² + "
            "x₀ᵀVx₀) for linear forms; for the power form the lognormal ŷ·√(exp(s²) − 1), s² = σ² + x₀ᵀVx₀ on the "
            "log scale) and a flag where a metric lies outside the range of the calibration plots (predicted, "
            "flagged and counted, never silently extrapolated). Cells take the model of their parcel's metering "
            "object; without parcels the single model of the file is applied to every cell.\n\n"
            "Per parcel: the mean of its cells' ŷ, with SE = √(gᵀVg + mean residual variance / N) (coefficient "
            "error shared by the cells, residual error of N independent cells), N and the flagged share.\n\n"
            "Per object (stratum): the model-assisted (regression, GREG) mean ȳ = mean of ŷ over the stratum's "
            "cells + mean of the calibration plots' residuals (y − ŷ), SE = s_e/√n (methods §9; Särndal et al. "
            "1992), beside the plots-only mean ȳ_s with SE = s_y/√n, half-widths t(n − 1) × SE and U %, and the "
            "efficiency (SE_plots/SE_GREG)². The density table holds the GREG means in the long layout of "
            "stratum_density (stratum = object, pool, n, mean, sd, se, half_width, u_pct, source = lidar_greg), "
            "with every pool, as parcel_stock needs: a model of total gives each pool the plots' share of it times "
            "the model-assisted total; a model of one pool completes the others with their plots-only statistics. "
            "parcel_stock accepts it as its density table and uncertainty reads its U %."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFile(self.MODEL, self.tr("Model file"), fileFilter="JSON (*.json)")
        p.setHelp(self.tr("The JSON model file written by lidar_model."))
        self.addParameter(p)
        p = QgsProcessingParameterRasterLayer(self.METRICS, self.tr("Metric raster"))
        p.setHelp(self.tr("The metric raster of lidar_metrics (bands named after the metrics), computed with the "
                          "same conventions and a cell of about the plot area."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(self.PARCELS, self.tr("Parcels"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        p.setHelp(self.tr("Polygons with the metering object of each (e.g. parcel_change output, target_object); "
                          "each gets the mean density of the cells whose centres it holds, and its object's "
                          "cells make the object's stratum. Only parcels meeting the metric raster's extent are read "
                          "and written."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.OBJECT_FIELD, self.tr("Metering object field of the parcels"),
                                        defaultValue="target_object", parentLayerParameterName=self.PARCELS,
                                        optional=True)
        p.setHelp(self.tr("Field of the parcels holding the metering object that selects the model, or a land-class "
                          "code field (DLBM), mapped to objects with the shipped landclass_mapping.csv."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.CONFIDENCE, self.tr("Confidence level"),
                                       options=[self.tr("90 %"), self.tr("95 %")], defaultValue=0)
        p.setHelp(self.tr("Two-sided level of the half-widths: 90 % as CDM AR-TOOL14, 95 % as IPCC 2006 GL vol. 1."))
        self.addParameter(p)
        p = QgsProcessingParameterRasterDestination(self.OUTPUT_RASTER, self.tr("Density raster"), optional=True)
        p.setHelp(self.tr("GeoTIFF bands density (t C/ha), se (t C/ha) and out_of_range (1 = a metric outside the "
                          "calibration range)."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(self.OUTPUT_PARCELS, self.tr("Parcel densities"),
                                              QgsProcessing.SourceType.TypeVectorPolygon, optional=True)
        p.setHelp(self.tr("The parcels with lidar_object, lidar_n_cells, lidar_density and lidar_se (t C/ha) and "
                          "lidar_out_of_range_pct (%)."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(self.DENSITY_TABLE, self.tr("Density table (for parcel_stock)"),
                                              QgsProcessing.SourceType.TypeVector, optional=True)
        p.setHelp(self.tr("The model-assisted mean density per object and pool in stratum_density's long layout."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(self.ESTIMATES, self.tr("Model-assisted and plots-only estimates"),
                                              QgsProcessing.SourceType.TypeVector, optional=True)
        p.setHelp(self.tr("Per object: plots-only and GREG means, SE, half-width, U % and the efficiency."))
        self.addParameter(p)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        started = datetime.datetime.now()
        model_path = self.parameterAsFile(parameters, self.MODEL, context)
        metrics_layer = self.parameterAsRasterLayer(parameters, self.METRICS, context)
        parcels = self.parameterAsSource(parameters, self.PARCELS, context)
        obj_field = self.parameterAsString(parameters, self.OBJECT_FIELD, context) or "target_object"
        confidence = CONFIDENCE_LEVELS[self.parameterAsEnum(parameters, self.CONFIDENCE, context)]
        with self.core_errors():
            models, _ = load_models(model_path)
            arrays, gt, wkt = raster_io.read_metric_raster(metrics_layer.source())
            shape = next(iter(arrays.values())).shape
            by_object = {m.object: m for m in models}
            cell_model = np.full(shape[0] * shape[1], -1, dtype=np.int64)
            parcel_index, objects = None, []
            if parcels is not None:
                if obj_field not in parcels.fields().names():
                    raise MeteringError("missing_fields", layer=parcels.sourceName(), fields=[obj_field])
                x0, dx, _, y0, _, dy = gt
                rect = QgsRectangle(x0, y0 + dy * shape[0], x0 + dx * shape[1], y0)
                request = QgsFeatureRequest().setFilterRect(rect).setInvalidGeometryCheck(
                    QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)  # GDAL rasterises invalid rings as drawn
                features = list(parcels.getFeatures(request))
                wkbs = [bytes(f.geometry().asWkb()) for f in features]
                objects = [str(to_python(f[obj_field]) or "") for f in features]
                if not set(objects) & set(by_object):  # land-class codes (DLBM): to objects by the shipped mapping
                    mapping = default_mapping().objects
                    objects = [mapping.get(normalize_code(o), o) for o in objects]
                    feedback.pushInfo(self.tr("{0} holds land-class codes: mapped to metering objects with "
                                              "landclass_mapping.csv.").format(obj_field))
                parcel_index = raster_io.rasterize_keys(wkbs, objects, gt, shape, wkt).ravel()
                model_of_parcel = np.array([models.index(by_object[o]) if o in by_object else -1 for o in objects]
                                           + [-1])
                cell_model = model_of_parcel[np.where(parcel_index >= 0, parcel_index, len(objects))]
            elif len(models) == 1:
                cell_model[:] = 0
            else:
                raise MeteringError("parcels_needed", models=", ".join(m.object for m in models))
            self.check_canceled(feedback)
            density = np.full(cell_model.size, np.nan)
            se = np.full(cell_model.size, np.nan)
            flag = np.zeros(cell_model.size)
            cells_of = {}
            for i, m in enumerate(models):
                sel = cell_model == i
                x = core.predictor_matrix(m, arrays, metrics_layer.name())[sel]
                yhat, s, f = core.predict_cells(m, x)
                density[sel], se[sel], flag[sel] = yhat, s, f
                cells_of[m.object] = yhat
                feedback.pushInfo(self.tr("{0}: {1} cells predicted, {2} outside the calibration range.").format(
                    object_words(m.object), int(np.isfinite(yhat).sum()), int(f.sum())))
            flag[~np.isfinite(density)] = np.nan
            estimates, notes = core.stratum_estimates(models, cells_of, confidence)
            self.log_notes(feedback, notes)
            if estimates.empty:
                raise MeteringError("no_cells_in_stratum")
            results = {}
            raster_out = self.parameterAsOutputLayer(parameters, self.OUTPUT_RASTER, context) \
                if parameters.get(self.OUTPUT_RASTER) else ""
            if raster_out:
                inputs = {self.MODEL: model_path, self.METRICS: layer_path(parameters, self.METRICS),
                          self.PARCELS: layer_path(parameters, self.PARCELS)}
                rows = provenance(self.name(), inputs, dict(parameters), started,
                                  outputs={self.OUTPUT_RASTER: raster_out})
                with atomic_output(raster_out, ".tif") as tmp:
                    raster_io.write_raster(tmp, {"density": density.reshape(shape), "se": se.reshape(shape),
                                                 "out_of_range": flag.reshape(shape)}, gt, wkt, list(BANDS),
                                           metadata={"provenance": rows})
                write_sidecar(raster_out, rows)
                results[self.OUTPUT_RASTER] = raster_out
            if parcels is not None and parameters.get(self.OUTPUT_PARCELS):
                results[self.OUTPUT_PARCELS] = self._parcels(parameters, context, parcels, features, objects, models,
                                                             by_object, arrays, parcel_index)
        for _, r in estimates.iterrows():
            feedback.pushInfo(self.tr("{0} {1}: plots only {2:.2f} ± {3:.2f} t C/ha (U {4:.1f} %), model-assisted "
                                      "{5:.2f} ± {6:.2f} (U {7:.1f} %), efficiency {8:.2f}").format(
                object_words(r["object"]), pool_words(r["pool"]), r["plots_mean"], r["plots_half_width"],
                r["plots_u_pct"], r["greg_mean"], r["greg_half_width"], r["greg_u_pct"], r["efficiency"]))
        if parameters.get(self.DENSITY_TABLE):
            results[self.DENSITY_TABLE] = write_table(self, parameters, self.DENSITY_TABLE, context,
                                                      core.density_table(estimates, models, confidence), feedback)
        if parameters.get(self.ESTIMATES):
            results[self.ESTIMATES] = write_table(self, parameters, self.ESTIMATES, context, estimates, feedback)
        return results

    def _parcels(self, parameters, context, parcels, features, objects, models, by_object, arrays, parcel_index):
        n = len(features)
        table = pd.DataFrame({"n_cells": np.zeros(n, np.int64), "density": np.nan, "se": np.nan,
                              "out_of_range_pct": np.nan})
        for m in models:
            mine = np.array([o == m.object for o in objects] + [False])
            sel = mine[np.where(parcel_index >= 0, parcel_index, n)]
            if not sel.any():
                continue
            x = core.predictor_matrix(m, arrays)[sel]
            part = core.parcel_means(m, x, parcel_index[sel], n)
            rows = np.array(mine[:n])
            table.loc[rows, :] = part.loc[rows, :].to_numpy()
        fields = QgsFields(parcels.fields())
        for f in (make_field("lidar_object", TEXT), make_field("lidar_n_cells", INTEGER),
                  make_field("lidar_density", REAL), make_field("lidar_se", REAL),
                  make_field("lidar_out_of_range_pct", REAL)):
            fields.append(f)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_PARCELS, context, fields, parcels.wkbType(),
                                          parcels.sourceCrs())
        if sink is None:
            self.fail(self.invalidSinkError(parameters, self.OUTPUT_PARCELS))
        for i, feature in enumerate(features):
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            r = table.iloc[i]
            known = objects[i] in by_object
            extra = [objects[i] if known else None, int(r["n_cells"]) if known else None]
            extra += [None if not known or r[c] != r[c] else float(r[c]) for c in ("density", "se", "out_of_range_pct")]
            out.setAttributes(list(feature.attributes()) + extra)
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        close_sink(sink)
        return dest
