"""QGIS ↔ table adapter speed (processing_provider/qgis_io.py): attribute cells per second each way.

A table of 200 000 rows × 12 columns (4 text, 4 real, 4 integer, 5 % NULL) is written with
``write_frame`` into a GeoPackage sink (QgsVectorFileWriter) and read back with
``source_to_frame`` (an OGR layer: GDAL's Arrow stream) and with ``read_columns`` through
QgsFeatureRequest (the path of memory layers and other providers). Target: ≥ 1 M cells/s each way.

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
        QgsVectorFileWriter,
        QgsVectorLayer,
        QgsWkbTypes,
    )

    from carbon_metering.processing_provider.qgis_compat import kind_of_dtype
    from carbon_metering.processing_provider.qgis_io import (
        append_frame_to_geopackage,
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
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench_io_") as tmp:
        path = os.path.join(tmp, "io.gpkg")
        opts = QgsVectorFileWriter.SaveVectorOptions()
        opts.driverName = "GPKG"
        opts.layerName = "t"
        writer = QgsVectorFileWriter.create(path, fields, QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem(),
                                            QgsCoordinateTransformContext(), opts)
        t0 = time.perf_counter()
        write_frame(writer, frame, fields)
        del writer  # closes the file (part of writing)
        rows.append(("write_frame → GeoPackage (QGIS sink: CSV and other destinations)", time.perf_counter() - t0))
        # the way write_table fills a GeoPackage file destination: QGIS creates the empty table, SQLite
        # fills it in one transaction (qgis_io.append_frame_to_geopackage, metering/gpkg.py)
        opts.layerName = "t_sqlite"
        opts.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
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
        layer = QgsVectorLayer(path + "|layername=t", "t", "ogr")
        t0 = time.perf_counter()
        back = source_to_frame(layer)
        rows.append(("source_to_frame (OGR layer: GDAL Arrow stream → DataFrame)", time.perf_counter() - t0))
        assert len(back) == n and back["t0"].isna().sum() == pd.isna(frame["t0"]).sum()
        t0 = time.perf_counter()
        plain = read_columns(layer, list(frame.columns), allow_arrow=False)
        rows.append(("read_columns (any source: QgsFeatureRequest, columns)", time.perf_counter() - t0))
        assert len(plain) == n
        del layer
    print("QGIS I/O: {0} rows × {1} columns = {2} attribute cells (processing_provider/qgis_io.py)".format(
        n, frame.shape[1], cells))
    print("direction | seconds | M cells/s")
    for name, seconds in rows:
        print("{0} | {1:.2f} | {2:.2f}".format(name, seconds, cells / seconds / 1e6))
    app.exitQgis()


if __name__ == "__main__":
    main()
