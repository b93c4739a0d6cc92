"""The whole chain on one parcel pair: parcel_change → parcel_stock → uncertainty → export_report.

Run as a new user would, step after step through ``processing.run`` in one process, every output
written to a GeoPackage in a temporary folder (the PDF report included); uncertainty with
100 000 Monte Carlo iterations. The density tables come from the sample county's survey
(``tools/demo.run_chain`` on ``sample/``, untimed): the chain's figures are not the point here,
its speed is. ``native:intersection`` runs on the same pair in the same process for the ratio.

Usage: python bench/bench_chain.py PAIR.gpkg   (layers base and target, bench/generate_pairs.py)
"""

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_parcel_change import _peak_rss_mb, _reset_peak, init_qgis  # noqa: E402

BASE_YEAR, TARGET_YEAR = 2020, 2023


def densities(workdir):
    """Plot carbon and density tables of the sample county (the shipped demo chain, untimed)."""
    from carbon_metering.tools.demo import run_chain

    repo = HERE.parent
    for name in ("county.gpkg", "survey.gpkg"):
        shutil.copy(repo / "sample" / name, workdir / name)
    results, _totals = run_chain(str(workdir / "county.gpkg"), str(workdir / "survey.gpkg"), str(workdir / "demo"))
    return results


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pair")
    ap.add_argument("--iterations", type=int, default=100_000)
    args = ap.parse_args(argv)
    app, _provider = init_qgis()
    import processing
    from qgis.core import QgsProcessingFeedback

    pair = os.path.abspath(args.pair)
    base, target = "{0}|layername=base".format(pair), "{0}|layername=target".format(pair)
    times = {}
    with tempfile.TemporaryDirectory(prefix="bench_chain_") as tmp:
        tmp = Path(tmp)
        demo = densities(tmp)
        out = str(tmp / "chain.gpkg")

        def table(name):
            return "ogr:dbname='{0}' table=\"{1}\" (geom)".format(out, name)

        def layer(name):
            return "{0}|layername={1}".format(out, name)

        steps = [
            ("parcel_change", "carbonmeter:parcel_change", {
                "BASE": base, "BASE_FIELD": "DLBM", "TARGET": target, "TARGET_FIELD": "DLBM",
                "OUTPUT": table("pieces"), "CHANGE_MATRIX": table("change_matrix")}),
            ("parcel_stock", "carbonmeter:parcel_stock", {
                "INPUT": layer("pieces"), "BASE_DENSITY": demo["density_base:density_base"],
                "TARGET_DENSITY": demo["density_target:density_target"], "KEY": 0, "BASE_YEAR": BASE_YEAR,
                "TARGET_YEAR": TARGET_YEAR, "OUTPUT": table("parcel_stock"), "SUMMARY": table("stock_summary")}),
            ("uncertainty", "carbonmeter:uncertainty", {
                "INPUT": layer("parcel_stock"), "BASE_DENSITY": demo["density_base:density_base"],
                "TARGET_DENSITY": demo["density_target:density_target"], "AREA_U": 5.0,
                "ITERATIONS": args.iterations, "SEED": 42, "DISTRIBUTION": 0, "DISCOUNT": False,
                "BASE_YEAR": BASE_YEAR, "TARGET_YEAR": TARGET_YEAR, "OUTPUT": table("uncertainty"),
                "HISTOGRAM": table("histogram")}),
            ("export_report", "carbonmeter:export_report", {
                "STOCK": layer("parcel_stock"), "SUMMARY": layer("stock_summary"),
                "CHANGE_MATRIX": layer("change_matrix"), "PLOTS": demo["plots:plot_carbon"],
                "BASE_DENSITY": demo["density_base:density_base"],
                "TARGET_DENSITY": demo["density_target:density_target"], "UNCERTAINTY": layer("uncertainty"),
                "HISTOGRAM": layer("histogram"), "BASE_YEAR": BASE_YEAR, "TARGET_YEAR": TARGET_YEAR,
                "TITLE": "Benchmark chain", "LANGUAGE": 0, "SOURCE_LAYERS": [base, target],
                "OUTPUT_XLSX": str(tmp / "report.xlsx"), "OUTPUT_PDF": str(tmp / "report.pdf")}),
        ]
        peak = 0.0
        for key, alg, params in steps:
            reset = _reset_peak()
            t0 = time.perf_counter()
            processing.run(alg, params, feedback=QgsProcessingFeedback())
            times[key] = time.perf_counter() - t0
            peak = max(peak, _peak_rss_mb() if reset else float("nan"))
        assert (tmp / "report.pdf").stat().st_size > 10_000
        t0 = time.perf_counter()
        processing.run("native:intersection", {"INPUT": base, "OVERLAY": target, "OUTPUT": str(tmp / "native.gpkg")},
                       feedback=QgsProcessingFeedback())
        native = time.perf_counter() - t0
    total = sum(times.values())
    print("whole chain on {0} (uncertainty {1} iterations, report with PDF)".format(os.path.basename(pair),
                                                                                   args.iterations))
    print(" | ".join(["step"] + list(times) + ["chain total", "native:intersection", "chain / native", "peak MB"]))
    print(" | ".join(["s"] + ["{0:.2f}".format(v) for v in times.values()]
                     + ["{0:.2f}".format(total), "{0:.2f}".format(native), "{0:.2f}x".format(total / native),
                        "{0:.0f}".format(peak)]))
    print("RESULT " + json.dumps({"steps": times, "total": total, "native": native, "peak_mb": peak}))
    app.exitQgis()


if __name__ == "__main__":
    main()
