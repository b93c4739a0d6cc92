"""QGIS ↔ table adapter speed (processing_provider/qgis_io.py): attribute cells per second each way.

A table of 200 000 rows × 12 columns (4 text, 4 real, 4 integer, 5 % NULL) is written with
``write_frame`` into Processing sinks (a memory layer, a GeoPackage and a CSV file through
QgsVectorFileWriter) and with ``write_table`` into a GeoPackage file (SQLite), and read back with
``source_to_frame`` (an OGR layer: GDAL's Arrow stream) and with ``read_columns`` through
QgsFeatureRequest (the path of memory layers and other providers). Target: ≥ 1 M cells/s each way.

The "ceiling" rows are what PyQGIS's per-feature API costs by itself on the same table, with no
work of the adapter: creating the features and ``setAttributes`` (no sink), a sink's
``addFeatures`` of features built beforehand, and a loop over the memory layer's features calling
``attributes()``. A path through that API cannot be faster than its ceiling rows together.

Usage: python bench/bench_io.py [--rows N]
"""

import argparse
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from bench_parcel_change import init_qgis  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=200_000)
    args = ap.parse_args(argv)
    app, _provider = init_qgis()
    import numpy as np
    import pandas as pd
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsFeatureRequest,
        QgsFeatureSink,
        QgsProcessingContext,
        QgsProcessingUtils,
        QgsVectorFileWriter,
        QgsVectorLayer,
        QgsWkbTypes,
    )

    from carbon_metering.processing_provider.qgis_compat import kind_of_dtype
    from carbon_metering.processing_provider.qgis_io import (
        append_frame_to_geopackage,
        close_sink,
        fields_for_frame,
        read_columns,
        source_to_frame,
        write_frame,
    )

    n = args.rows
    rng = np.random.default_rng(0)
    cols = {}
    for k in range(4):
        text = np.array(["{0:04d}".format(v) for v in rng.integers(0, 1300, n)], dtype=object)
        text[rng.random(n) < 0.05] = None
        real = rng.uniform(0, 1e4, n)
        real[rng.random(n) < 0.05] = np.nan
        cols["t{0}".format(k)], cols["r{0}".format(k)] = text, real
        cols["i{0}".format(k)] = rng.integers(0, 10 ** 6, n)
    frame = pd.DataFrame(cols)
    cells = frame.size
    fields = fields_for_frame(frame)
    context = QgsProcessingContext()
    rows = []

    def sink_to(destination):
        sink, dest = QgsProcessingUtils.createFeatureSink(destination, context, fields, QgsWkbTypes.Type.NoGeometry,
                                                          QgsCoordinateReferenceSystem())
        return sink, dest

    def timed(name, fn):
        t0 = time.perf_counter()
        out = fn()
        rows.append((name, time.perf_counter() - t0))
        return out

    with tempfile.TemporaryDirectory(prefix="bench_io_") as tmp:
        path = os.path.join(tmp, "io.gpkg")
        # ceilings of the per-feature API: no adapter work in these
        prepared = _rows(frame)
        built = timed("ceiling: QgsFeature() + setAttributes of prepared rows (no sink)",
                      lambda: _features(prepared, QgsFeature))
        prepared = None
        sink, dest = sink_to("memory:")
        timed("ceiling: addFeatures of built features → memory layer sink",
              lambda: sink.addFeatures(built, QgsFeatureSink.Flag.FastInsert))
        sink = None
        sink, _dest = sink_to(os.path.join(tmp, "ceiling.csv"))
        timed("ceiling: addFeatures of built features → CSV sink (OGR's CSV writer)",
              lambda: (sink.addFeatures(built, QgsFeatureSink.Flag.FastInsert), close_sink(sink)))
        built = None
        memory_layer = QgsProcessingUtils.mapLayerFromString(dest, context)
        req = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        timed("ceiling: loop over a memory layer's features, attributes() each (nothing kept)",
              lambda: _each_attributes(memory_layer.getFeatures(req)))

        sink, dest = sink_to("memory:")
        timed("write_frame → memory layer sink (temporary outputs of models)", lambda: write_frame(sink, frame, fields))
        sink = None
        memory_layer = QgsProcessingUtils.mapLayerFromString(dest, context)
        assert memory_layer.featureCount() == n
        sink, _dest = sink_to(os.path.join(tmp, "io.csv"))
        timed("write_frame → CSV file sink", lambda: (write_frame(sink, frame, fields), close_sink(sink)))
        sink = None
        sink, _dest = sink_to(os.path.join(tmp, "sink.gpkg"))
        timed("write_frame → GeoPackage sink (the fallback of write_table)",
              lambda: (write_frame(sink, frame, fields), close_sink(sink)))
        sink = None
        # the way write_table fills a GeoPackage file destination: QGIS creates the empty table, SQLite
        # fills it in one transaction (qgis_io.append_frame_to_geopackage, metering/gpkg.py)
        opts = QgsVectorFileWriter.SaveVectorOptions()
        opts.driverName = "GPKG"
        opts.layerName = "t_sqlite"
        t0 = time.perf_counter()
        writer = QgsVectorFileWriter.create(path, fields, QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem(),
                                            QgsCoordinateTransformContext(), opts)
        del writer
        kinds = {f.name(): kind_of_dtype(frame[f.name()].dtype) for f in fields}
        assert append_frame_to_geopackage(path + "|layername=t_sqlite", frame, kinds, [None] * n,
                                          np.full((n, 4), np.nan))
        rows.append(("write_table → GeoPackage file (QGIS creates the table, SQLite fills it)",
                     time.perf_counter() - t0))
        check = QgsVectorLayer(path + "|layername=t_sqlite", "t", "ogr")
        assert check.featureCount() == n
        del check
        layer = QgsVectorLayer(os.path.join(tmp, "sink.gpkg"), "t", "ogr")
        back = timed("source_to_frame (OGR layer: GDAL Arrow stream → DataFrame)", lambda: source_to_frame(layer))
        assert len(back) == n and back["t0"].isna().sum() == pd.isna(frame["t0"]).sum()
        plain = timed("read_columns (OGR layer through QgsFeatureRequest, columns)",
                      lambda: read_columns(layer, list(frame.columns), allow_arrow=False))
        assert len(plain) == n
        plain = timed("read_columns (memory layer: QgsFeatureRequest, columns)",
                      lambda: read_columns(memory_layer, list(frame.columns)))
        assert len(plain) == n and sum(v is None for v in plain.values["t0"]) == pd.isna(frame["t0"]).sum()
        layer = memory_layer = None
    print("QGIS I/O: {0} rows × {1} columns = {2} attribute cells (processing_provider/qgis_io.py)".format(
        n, frame.shape[1], cells))
    print("direction | seconds | M cells/s")
    for name, seconds in rows:
        print("{0} | {1:.2f} | {2:.2f}".format(name, seconds, cells / seconds / 1e6))
    app.exitQgis()


def _each_attributes(features):
    for feature in features:
        feature.attributes()


def _rows(frame):
    """The rows of ``frame`` as lists of plain Python values (NULL as None)."""
    columns = [frame[c].astype(object).where(frame[c].notna(), None).tolist() for c in frame.columns]
    return list(map(list, zip(*columns)))


def _features(rows, feature_class):
    """One new feature per row with its attributes set."""
    out = []
    for attributes in rows:
        feature = feature_class()
        feature.setAttributes(attributes)
        out.append(feature)
    return out


if __name__ == "__main__":
    main()
