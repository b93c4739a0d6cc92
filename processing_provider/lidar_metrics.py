"""carbonmeter:lidar_metrics — point-cloud (or CHM) metrics over plot footprints and over a grid."""

import datetime

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from ..metering.errors import MeteringError
from ..metering.files import atomic_output
from ..metering.lidar import compute, footprints, pointcloud, raster_io
from ..metering.lidar.metrics import METRIC_NAMES, METRICS, metric_help
from ..metering.lidar.options import HeightSource, MetricOptions
from .base import GROUP_LIDAR, CarbonAlgorithm
from .lidar_common import crs_wkt, is_point_layer, layer_path, polygon_rings, provenance, write_sidecar
from .qgis_compat import INTEGER, REAL, make_field
from .qgis_io import close_sink, to_python


def metric_fields():
    return [make_field(name, REAL) for name in METRIC_NAMES + ("footprint_m2",)]


class LidarMetricsAlgorithm(CarbonAlgorithm):
    GROUP_ID = GROUP_LIDAR
    POINT_CLOUD = "POINT_CLOUD"
    CHM = "CHM"
    NORMALISATION = "NORMALISATION"
    DTM = "DTM"
    PLOTS = "PLOTS"
    CELL_SIZE = "CELL_SIZE"
    EXTENT = "EXTENT"
    COVER_THRESHOLD = "COVER_THRESHOLD"
    PERCENTILE_TYPE = "PERCENTILE_TYPE"
    MIN_HEIGHT = "MIN_HEIGHT"
    DTM_RESOLUTION = "DTM_RESOLUTION"
    CHUNK_SIZE = "CHUNK_SIZE"
    PLOT_METRICS = "PLOT_METRICS"
    GRID_METRICS = "GRID_METRICS"
    OUTPUT_RASTER = "OUTPUT_RASTER"

    def name(self):
        return "lidar_metrics"

    def displayName(self):  # noqa: N802
        return self.tr("LiDAR metrics (plots and grid)")

    def group(self):
        return self.tr("LiDAR-assisted survey")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Computes area-based LiDAR metrics (Hubei spec appendix D, LiDAR survey and monitoring) from an "
            "airborne point cloud (LAS/LAZ 1.2–1.4, read block-wise with laspy) or from a canopy-height "
            "model (CHM) raster, over the footprints of survey plots and over a grid for wall-to-wall use.\n\n"
            "Heights above ground: from the classified ground returns (class 2: mean ground elevation per DTM "
            "cell, gaps filled from neighbouring cells, bilinear between cell centres; lidR triangulates "
            "instead), from a DTM raster (bilinear), or taken as they are when the cloud is already normalised. "
            "Noise (classes 7, 18) is dropped; negative heights count as 0. Ground returns count in every "
            "metric (lidR convention); FUSION's minht is the Minimum height parameter. Percentiles by R "
            "quantile type 7 unless chosen otherwise. Canopy cover: share of first returns above the cover "
            "threshold (2 m, lidR pzabove2). zpcum1…9: share of returns at or below i/10 of the max height.\n\n"
            "A point plot's footprint is the circle or square of its plot_shape and plot_area_m2 centred on "
            "it (rectangles as squares of the same area); polygon plots are their polygons. From a CHM each "
            "pixel counts as one first return at its height.\n\n"
            "Metrics (name, unit, definition, lidR and FUSION equivalents):\n{0}\n\n"
            "Outputs: the plots with the metric fields appended (the input attributes kept, so the output of "
            "plot_carbon feeds lidar_model), and a GeoTIFF with one band per metric (band description = metric "
            "name, the definitions in its metadata) and a .provenance.json beside it."
        ).format(metric_help())

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFile(self.POINT_CLOUD, self.tr("Point cloud (LAS/LAZ)"), optional=True,
                                       fileFilter="LAS/LAZ (*.las *.laz *.LAS *.LAZ)")
        p.setHelp(self.tr("Airborne LiDAR point cloud, LAS or LAZ 1.2–1.4, in the plots' projected CRS (metres). "
                          "Needs the Python packages laspy and lazrs. Give this or a CHM."))
        self.addParameter(p)
        p = QgsProcessingParameterRasterLayer(self.CHM, self.tr("Canopy-height model (CHM) raster"), optional=True)
        p.setHelp(self.tr("Instead of a point cloud: a CHM raster (m above ground); each pixel is one first return."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.NORMALISATION, self.tr("Heights above ground from"),
                                       options=[self.tr("classified ground returns (class 2)"), self.tr("DTM raster"),
                                                self.tr("cloud already normalised")], defaultValue=0)
        p.setHelp(self.tr("Classified ground: mean ground elevation per DTM cell of the DTM resolution, gaps "
                          "filled from neighbours, bilinear; DTM raster: bilinear in the given DTM; already "
                          "normalised: z is the height. Ignored for a CHM."))
        self.addParameter(p)
        p = QgsProcessingParameterRasterLayer(self.DTM, self.tr("DTM raster"), optional=True)
        p.setHelp(self.tr("Digital terrain model (m, same CRS as the cloud), for 'DTM raster'; returns outside it "
                          "are dropped and counted in the log."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(self.PLOTS, self.tr("Plots"), [QgsProcessing.SourceType.TypeVectorPoint,
                                                QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        p.setHelp(self.tr("Survey plots: points with plot_shape (circle, square, rectangle) and plot_area_m2 (m²), "
                          "as the survey GeoPackage plots layer or plot_carbon's output; or polygons."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.CELL_SIZE, self.tr("Grid cell size (m)"),
                                         type=QgsProcessingParameterNumber.Type.Double, defaultValue=25.8, minValue=1.0)
        p.setHelp(self.tr("Side of the grid cells in metres; the default 25.8 m gives cells of the 666.7 m² "
                          "(1 mu) plot area, so plot models apply to cells of the same support."))
        self.addParameter(p)
        p = QgsProcessingParameterExtent(self.EXTENT, self.tr("Grid extent"), optional=True)
        p.setHelp(self.tr("Extent of the metric raster (default: the cloud's or CHM's extent), snapped outwards "
                          "to multiples of the cell size."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.COVER_THRESHOLD, self.tr("Canopy cover height threshold (m)"),
                                         type=QgsProcessingParameterNumber.Type.Double, defaultValue=2.0, minValue=0.0)
        p.setHelp(self.tr("Cover = share of first returns higher than this (m): 2 m as lidR pzabove2; 1.3 m "
                          "(breast height) in some tables; FUSION lets the user set it."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.PERCENTILE_TYPE, self.tr("Percentile interpolation (R quantile type)"),
                                       options=[self.tr("type {0}").format(i) for i in range(1, 10)], defaultValue=6)
        p.setHelp(self.tr("Hyndman & Fan / R quantile type of the percentiles: 7 (default) as lidR and numpy "
                          "(linear between order statistics); 1 is the nearest-rank inverse of the ECDF."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.MIN_HEIGHT, self.tr("Minimum height for height metrics (m)"),
                                         type=QgsProcessingParameterNumber.Type.Double, optional=True, minValue=0.0)
        p.setHelp(self.tr("Empty (default): every return counts, ground included (lidR). A value: returns lower "
                          "than it are left out of max…zpcum, as FUSION's minht; n, density and cover keep them."))
        p.setFlags(p.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.DTM_RESOLUTION, self.tr("Ground DTM resolution (m)"),
                                         type=QgsProcessingParameterNumber.Type.Double, defaultValue=1.0, minValue=0.1)
        p.setHelp(self.tr("Cell size (m) of the DTM built from the classified ground returns."))
        p.setFlags(p.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.CHUNK_SIZE, self.tr("Points read per block"),
                                         type=QgsProcessingParameterNumber.Type.Integer, defaultValue=1000000,
                                         minValue=1000)
        p.setHelp(self.tr("Returns read at a time (laspy chunk iterator); memory grows with it (~60 bytes each)."))
        p.setFlags(p.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(self.PLOT_METRICS, self.tr("Plot metrics"),
                                              QgsProcessing.SourceType.TypeVectorAnyGeometry, optional=True)
        p.setHelp(self.tr("The plots with their attributes and the metric fields (units in the help)."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(self.GRID_METRICS, self.tr("Grid metrics table"),
                                              QgsProcessing.SourceType.TypeVectorPoint, optional=True,
                                              createByDefault=False)
        p.setHelp(self.tr("Optional: one point per grid cell with returns (at the cell centre) with row, col and the "
                          "metric fields; needs the metric raster output."))
        self.addParameter(p)
        p = QgsProcessingParameterRasterDestination(self.OUTPUT_RASTER, self.tr("Metric raster"), optional=True,
                                                    createByDefault=False)
        p.setHelp(self.tr("GeoTIFF, one float32 band per metric in the order of the help (nodata −9999)."))
        self.addParameter(p)

    def _conventions(self, opts):
        """The metric conventions as the log shows them: each by its parameter's label, values in words."""
        labels = {"cover_threshold_m": self.tr("Canopy cover height threshold (m)"),
                  "percentile_type": self.tr("Percentile interpolation (R quantile type)"),
                  "min_height_m": self.tr("Minimum height for height metrics (m)"),
                  "height_source": self.tr("Heights above ground from"),
                  "dtm_resolution_m": self.tr("Ground DTM resolution (m)"),
                  "ground_margin_m": self.tr("ground margin (m)")}
        sources = {"ground": self.tr("classified ground returns (class 2)"), "dtm": self.tr("DTM raster"),
                   "normalised": self.tr("cloud already normalised")}
        shown = []
        for key, value in opts.as_dict().items():
            if key == "height_source":
                value = sources.get(value, value)
            elif value is None:
                value = self.tr("none")
            shown.append("{0} = {1}".format(labels.get(key, key), value))
        return "; ".join(shown)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        started = datetime.datetime.now()
        self._grid_table_dest = None
        cloud = self.parameterAsFile(parameters, self.POINT_CLOUD, context)
        chm = self.parameterAsRasterLayer(parameters, self.CHM, context)
        source_plots = self.parameterAsSource(parameters, self.PLOTS, context)
        raster_out = self.parameterAsOutputLayer(parameters, self.OUTPUT_RASTER, context) \
            if parameters.get(self.OUTPUT_RASTER) else ""
        opts = MetricOptions(
            cover_threshold=self.parameterAsDouble(parameters, self.COVER_THRESHOLD, context),
            percentile_type=self.parameterAsEnum(parameters, self.PERCENTILE_TYPE, context) + 1,
            min_height=(self.parameterAsDouble(parameters, self.MIN_HEIGHT, context)
                        if parameters.get(self.MIN_HEIGHT) not in (None, "") else None),
            height_source=HeightSource.at(self.parameterAsEnum(parameters, self.NORMALISATION, context)),
            dtm_resolution=self.parameterAsDouble(parameters, self.DTM_RESOLUTION, context),
        )
        chunk = self.parameterAsInt(parameters, self.CHUNK_SIZE, context)
        cell = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        with self.core_errors():
            if not cloud and chm is None:
                raise MeteringError("no_lidar_input")
            if source_plots is None and not raster_out:
                raise MeteringError("no_lidar_output")
            ground_at = None
            if chm is not None:
                chunks = raster_io.chm_chunks(chm.source())
                bounds, total, wkt, _ = raster_io.raster_info(chm.source())
                opts.height_source = HeightSource.NORMALISED
            else:
                info = pointcloud.cloud_info(cloud)
                bounds, total, wkt = info.bounds, info.point_count, info.crs_wkt

                def chunks():
                    return pointcloud.iter_chunks(cloud, chunk)

                if opts.height_source is HeightSource.DTM:
                    dtm = self.parameterAsRasterLayer(parameters, self.DTM, context)
                    if dtm is None:
                        raise MeteringError("dtm_missing")
                    ground_at = raster_io.RasterSampler(dtm.source())
            feedback.pushInfo(self.tr("{0} returns or pixels; metric conventions: {1}").format(
                total, self._conventions(opts)))
            results = {}
            start, stop = (0, 50) if raster_out and source_plots is not None else (0, 100)
            if source_plots is not None:
                results[self.PLOT_METRICS] = self._plots(parameters, context, feedback, source_plots, chunks, opts,
                                                         ground_at, total, start, stop)
            if raster_out:
                results[self.OUTPUT_RASTER] = self._grid(parameters, context, feedback, chunks, opts, ground_at, total,
                                                         bounds, cell, wkt, raster_out, started, stop)
                if getattr(self, "_grid_table_dest", None):
                    results[self.GRID_METRICS] = self._grid_table_dest
        return results

    def _plots(self, parameters, context, feedback, source, chunks, opts, ground_at, total, start, stop):
        point = is_point_layer(source)
        names = [f.name() for f in source.fields()]
        if point:
            missing = [n for n in ("plot_shape", "plot_area_m2") if n not in names]
            if missing:
                raise MeteringError("missing_fields", layer=source.sourceName(), fields=missing)
        features, fps, notes = [], [], []
        for feature in source.getFeatures():
            geom = feature.geometry()
            if geom is None or geom.isEmpty():
                raise MeteringError("plot_without_geometry", layer=source.sourceName(), fid=feature.id())
            if point:
                pt = geom.asPoint() if not geom.isMultipart() else geom.asMultiPoint()[0]
                fp, more = footprints.point_footprint(feature.id(), pt.x(), pt.y(), to_python(feature["plot_shape"]),
                                                      to_python(feature["plot_area_m2"]), layer=source.sourceName())
                notes += more
            else:
                fp = footprints.polygon_footprint(feature.id(), polygon_rings(geom))
            features.append(feature)
            fps.append(fp)
        frame, more = compute.plot_metrics(chunks, fps, opts, ground_at, total,
                                           progress=self.core_progress(feedback, start, stop))
        self.log_notes(feedback, notes + more)
        fields = QgsFields(source.fields())
        for f in metric_fields():
            if fields.lookupField(f.name()) < 0:
                fields.append(f)
        self.check_canceled(feedback)
        sink, dest = self.parameterAsSink(parameters, self.PLOT_METRICS, context, fields, source.wkbType(),
                                          source.sourceCrs())
        if sink is None:
            self.fail(self.invalidSinkError(parameters, self.PLOT_METRICS))
        by_key = frame.set_index("key")
        for feature in features:
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            attrs = dict(zip(source.fields().names(), feature.attributes()))
            row = by_key.loc[feature.id()]
            for name in METRIC_NAMES + ("footprint_m2",):
                value = row[name]
                attrs[name] = None if value != value else float(value)
            out.setAttributes([attrs.get(n) for n in fields.names()])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        close_sink(sink)
        feedback.pushInfo(self.tr("Metrics of {0} plots written.").format(len(features)))
        return dest

    def _grid(self, parameters, context, feedback, chunks, opts, ground_at, total, bounds, cell, wkt, path, started,
              start):
        if parameters.get(self.EXTENT):
            rect = self.parameterAsExtent(parameters, self.EXTENT, context)
            bounds = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        grid = compute.GridSpec.covering(bounds, cell)
        crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context) if parameters.get(self.EXTENT) else None
        wkt = wkt or crs_wkt(crs)
        rows = provenance(self.name(), {self.POINT_CLOUD: self.parameterAsFile(parameters, self.POINT_CLOUD, context),
                                        self.CHM: layer_path(parameters, self.CHM),
                                        self.DTM: layer_path(parameters, self.DTM)},
                          {k: v for k, v in parameters.items() if k != self.OUTPUT_RASTER}, started,
                          outputs={self.OUTPUT_RASTER: path})
        meta = {"metric_options": opts.as_dict(), "metrics": [m.__dict__ for m in METRICS], "provenance": rows}
        want_table = bool(parameters.get(self.GRID_METRICS))
        cells = []

        with atomic_output(path, ".tif") as tmp:
            writer = raster_io.MetricRasterWriter(tmp, grid, METRIC_NAMES, wkt, meta)

            def sink(row0, values):
                writer.write_rows(row0, values)
                if want_table:
                    rows, cols = np.nonzero(values["n"] > 0)
                    cells.append((rows + row0, cols, {k: v[rows, cols] for k, v in values.items()}))

            try:
                result = compute.grid_metrics(chunks, grid, sink, opts, ground_at, total,
                                              progress=self.core_progress(feedback, start, 100))
            finally:
                writer.close()
        self.log_notes(feedback, result.notes)
        if want_table:
            sink_crs = QgsCoordinateReferenceSystem.fromWkt(wkt) if wkt else QgsCoordinateReferenceSystem()
            self._grid_table(parameters, context, grid, cells, sink_crs)
        write_sidecar(path, meta)
        feedback.pushInfo(self.tr("Metric raster {0}: {1} × {2} cells of {3} m, {4} with returns, {5} bands.").format(
            path, grid.ncols, grid.nrows, grid.cell, result.cells_with_returns, len(METRIC_NAMES)))
        return path

    def _grid_table(self, parameters, context, grid, cells, crs):
        fields = QgsFields()
        fields.append(make_field("row", INTEGER))
        fields.append(make_field("col", INTEGER))
        for f in metric_fields()[:-1]:
            fields.append(f)
        sink, dest = self.parameterAsSink(parameters, self.GRID_METRICS, context, fields, QgsWkbTypes.Type.Point, crs)
        if sink is None:
            self.fail(self.invalidSinkError(parameters, self.GRID_METRICS))
        for rows, cols, values in cells:
            for i in range(rows.size):
                out = QgsFeature(fields)
                x = grid.xmin + (cols[i] + 0.5) * grid.cell
                y = grid.ymax - (rows[i] + 0.5) * grid.cell
                out.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
                out.setAttributes([int(rows[i]), int(cols[i])] + [None if values[n][i] != values[n][i]
                                                                  else float(values[n][i]) for n in METRIC_NAMES])
                sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        close_sink(sink)
        self._grid_table_dest = dest
