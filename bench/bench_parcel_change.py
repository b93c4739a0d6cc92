"""Time carbonmeter:parcel_change against native:intersection on one base/target pair.

Both algorithms run in this one process (QgsApplication initialised once,
Processing initialised, our provider registered), on the same GeoPackage
inputs, each writing a GeoPackage in a temporary folder.

Peak memory is the peak resident set size (VmHWM) of this process during each
run: the high-water mark is reset before each run by writing 5 to
/proc/self/clear_refs (Linux), so each figure is that algorithm's own peak
(including QGIS itself, about 150 MB).

Usage: python bench/bench_parcel_change.py DATA.gpkg [--json]
"""

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent


def _peak_rss_mb():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def _reset_peak():
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def init_qgis():
    """QgsApplication, Processing and the carbonmeter provider, once per process."""
    link = REPO / ".build" / "python"
    if str(link) not in sys.path:
        sys.path.insert(0, str(link))
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from carbon_metering.processing_provider.provider import CarbonMeteringProvider

    provider = CarbonMeteringProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def run_case(data, workdir):
    """Seconds and peak RSS (MB) of both algorithms on ``data`` (a GeoPackage with base/target)."""
    import processing
    from qgis.core import QgsProcessingFeedback, QgsVectorLayer

    base = "{0}|layername=base".format(data)
    target = "{0}|layername=target".format(data)
    n_base = QgsVectorLayer(base, "b", "ogr").featureCount()
    n_target = QgsVectorLayer(target, "t", "ogr").featureCount()
    result = {"data": str(data), "base": n_base, "target": n_target}
    runs = {
        "native": (
            "native:intersection",
            {"INPUT": base, "OVERLAY": target, "OUTPUT": os.path.join(workdir, "native.gpkg")},
        ),
        "parcel_change": (
            "carbonmeter:parcel_change",
            {
                "BASE": base, "BASE_FIELD": "DLBM", "TARGET": target, "TARGET_FIELD": "DLBM",
                "OUTPUT": os.path.join(workdir, "pc.gpkg"), "CHANGE_MATRIX": os.path.join(workdir, "pc_matrix.csv"),
            },
        ),
    }
    for key, (alg, params) in runs.items():
        reset = _reset_peak()
        t0 = time.perf_counter()
        out = processing.run(alg, params, feedback=QgsProcessingFeedback())
        seconds = time.perf_counter() - t0
        layer = QgsVectorLayer(out["OUTPUT"], key, "ogr")
        result[key] = {
            "seconds": seconds,
            "peak_mb": _peak_rss_mb() if reset else float("nan"),
            "features": layer.featureCount(),
        }
        del layer
    result["ratio"] = result["native"]["seconds"] / result["parcel_change"]["seconds"]
    result["core"] = run_core(data)
    return result


def read_parcels_gdal(data, name):
    """A layer of ``data`` as the overlay core's ParcelLayer, read with GDAL's Arrow stream (no QGIS)."""
    import numpy as np
    from osgeo import ogr

    from carbon_metering.metering.overlay import CrsInfo, ParcelLayer, counties_from_zldwdm

    ds = ogr.Open(str(data))
    lyr = ds.GetLayerByName(name)
    defn = lyr.GetLayerDefn()
    have = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    lyr.SetIgnoredFields([f for f in have if f not in ("DLBM", "ZLDWDM")])
    fids, wkb, codes, zl = [], [], [], []
    geom = lyr.GetGeometryColumn()
    for batch in lyr.GetArrowStreamAsNumPy(["INCLUDE_FID=YES", "MAX_FEATURES_IN_BATCH=65536"]):
        fids.append(np.asarray(batch[lyr.GetFIDColumn()], dtype=np.int64))
        g = batch[geom]
        wkb.extend(x.tobytes() for x in g) if g.dtype.kind == "V" else wkb.extend(bytes(x) for x in g)
        codes.extend(v.decode() if isinstance(v, bytes) else v for v in batch["DLBM"].tolist())
        zl.extend(v.decode() if isinstance(v, bytes) else v for v in batch["ZLDWDM"].tolist())
    srs = lyr.GetSpatialRef()
    epsg = int(srs.GetAuthorityCode(None)) if srs is not None and srs.GetAuthorityCode(None) else None
    crs = CrsInfo(epsg=epsg, geographic=bool(srs and srs.IsGeographic()), name="EPSG:{0}".format(epsg))
    return ParcelLayer(name, wkb, np.concatenate(fids), codes, counties_from_zldwdm(zl), None, crs)


def run_core(data):
    """The overlay core alone (no QGIS in the timed part): read with GDAL, then time overlay_parcels."""
    from carbon_metering.metering.overlay import overlay_parcels

    t0 = time.perf_counter()
    base, target = read_parcels_gdal(data, "base"), read_parcels_gdal(data, "target")
    read_seconds = time.perf_counter() - t0
    reset = _reset_peak()
    t0 = time.perf_counter()
    result = overlay_parcels(base, target)
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "read_seconds": read_seconds, "peak_mb": _peak_rss_mb() if reset else float("nan"),
            "features": result.report.pieces}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data")
    ap.add_argument("--json", action="store_true", help="print one JSON line (used by bench/run.py)")
    args = ap.parse_args(argv)
    app, _provider = init_qgis()
    with tempfile.TemporaryDirectory(prefix="bench_pc_") as workdir:
        result = run_case(os.path.abspath(args.data), workdir)
    if args.json:
        print("RESULT " + json.dumps(result))
    else:
        print(json.dumps(result, indent=2))
    app.exitQgis()


if __name__ == "__main__":
    main()
