"""`make demo`: run the whole chain model on the sample county and print the county totals.

    python -m carbon_metering.tools.demo --out out

Inputs: sample/county.gpkg (layers dltb_2020, dltb_2023, code field DLBM) and
sample/survey.gpkg (layer plots and its survey tables). Outputs under --out:
carbon_metering_demo.gpkg (every table and layer of the chain), carbon_metering_demo.xlsx
and carbon_metering_demo.pdf. Headless: no QGIS desktop needed.
"""

import argparse
import os
import sys

from . import run_with_qgis

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(PLUGIN_DIR, "sample")
MODEL_ID = "carbonmeter:carbon_metering_chain"
STEM = "carbon_metering_demo"

#: Model outputs (childId:outputName) written as GeoPackage tables; True = with geometry.
GPKG_OUTPUTS = {
    "stock:parcel_stock": ("parcel_stock", True),
    "stock:stock_summary": ("stock_summary", False),
    "change:change_matrix": ("change_matrix", False),
    "plots:plot_carbon": ("plot_carbon", True),
    "density_base:density_base": ("density_base", False),
    "density_target:density_target": ("density_target", False),
    "density_base:density_change": ("density_change", False),
    "uncertainty:uncertainty": ("uncertainty", False),
    "uncertainty:histogram": ("histogram", False),
}


def chain_parameters(county, survey, out_dir, base_year=2020, target_year=2023, language=0, model=None):
    """The model's parameters for a run on ``county``/``survey`` writing under ``out_dir``."""
    gpkg = os.path.join(out_dir, STEM + ".gpkg")
    params = {
        "BASE": f"{county}|layername=dltb_{base_year}",
        "BASE_FIELD": "DLBM",
        "TARGET": f"{county}|layername=dltb_{target_year}",
        "TARGET_FIELD": "DLBM",
        "PLOTS": f"{survey}|layername=plots",
        "BASE_YEAR": base_year,
        "TARGET_YEAR": target_year,
        "SOIL_DEPTH": 30,
        "CONFIDENCE": 0,
        "TITLE": "示例县碳汇计量报告 Sample county carbon metering report",
        "LANGUAGE": language,
        "report:xlsx": os.path.join(out_dir, STEM + ".xlsx"),
        "report:pdf": os.path.join(out_dir, STEM + ".pdf"),
    }
    names = {d.name() for d in model.parameterDefinitions()} if model is not None else set(GPKG_OUTPUTS)
    for output, (table, geometry) in GPKG_OUTPUTS.items():
        if output in names:  # the uncertainty outputs exist only when the model has that step
            params[output] = "ogr:dbname='{0}' table=\"{1}\"{2}".format(gpkg, table, " (geom)" if geometry else "")
    return params


def run_chain(county, survey, out_dir, feedback=None, context=None, **kwargs):
    """Run the chain model (provider must be registered); returns (results, county totals frame)."""
    import processing
    from qgis.core import QgsApplication, QgsVectorLayer

    from ..metering.report_tables import county_totals
    from ..processing_provider.qgis_io import source_to_frame

    os.makedirs(out_dir, exist_ok=True)
    for suffix in (".gpkg", ".xlsx", ".pdf"):
        path = os.path.join(out_dir, STEM + suffix)
        if os.path.exists(path):
            os.remove(path)  # a fresh GeoPackage: tables are created, never appended to
    model = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    if model is None:
        raise RuntimeError(f"{MODEL_ID} is not registered")
    params = chain_parameters(county, survey, out_dir, model=model, **kwargs)
    results = processing.run(MODEL_ID, params, feedback=feedback, context=context)
    stock = QgsVectorLayer(results["stock:parcel_stock"], "parcel_stock", "ogr")
    names = [f.name() for f in stock.fields() if f.name() != "fid"]
    totals = county_totals(source_to_frame(stock, fields=names))
    return results, totals


def sink_uncertainty_lines(uncertainty, estimators):
    """Lines for the total sink under the estimator used and under independent samples.

    ``uncertainty``: the uncertainty OUTPUT as a frame; ``estimators``: the pieces' ``dc_estimator``
    values (empty when parcel_stock used no change table).
    """
    used = sorted({str(e) for e in estimators if e and str(e) != "stock_difference"})
    label = ("change density ({0}) on unchanged pieces".format(", ".join(used)) if used
             else "stock difference of two density tables")
    lines = ["Filed sink from: " + label]
    total = uncertainty[uncertainty["level"] == "total"].set_index("quantity")
    for quantity, title in (("sink", "sink (estimator used)"), ("sink_independent", "sink (independent samples)")):
        if quantity not in total.index:
            continue
        row = total.loc[quantity]
        mc = "" if row.get("u2_pct") is None or row.get("u2_pct") != row.get("u2_pct") else \
            ", Monte Carlo ±{0:.1f} %".format(row["u2_pct"])
        lines.append("  {0:<28} {1:>14,.2f} t CO2e/a  Approach 1 ±{2:.1f} %{3}".format(
            title, row["estimate"], row["u1_pct"], mc))
    return lines


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default="out", help="output folder (default: out)")
    parser.add_argument("--county", default=os.path.join(SAMPLE, "county.gpkg"))
    parser.add_argument("--survey", default=os.path.join(SAMPLE, "survey.gpkg"))
    parser.add_argument("--language", choices=("zh", "en"), default="zh")
    args = parser.parse_args(argv)
    for path in (args.county, args.survey):
        if not os.path.exists(path):
            print(f"Missing input {path}: run `make sample` (or merge main) first.", file=sys.stderr)
            return 1

    return run_with_qgis(lambda feedback: _run_all(args, feedback))


def _run_all(args, feedback):
    """The chain and the other systems' demo steps (QGIS initialised); the exit status."""
    out_dir = os.path.abspath(args.out)
    try:
        results, totals = run_chain(args.county, args.survey, out_dir, feedback=feedback,
                                    language=0 if args.language == "zh" else 1)
    except Exception as err:  # noqa: BLE001 (a command-line tool reports any failure plainly)
        print(f"The chain failed: {err}", file=sys.stderr)
        return 1
    print()
    print("Outputs:")
    print("  GeoPackage: " + os.path.join(out_dir, STEM + ".gpkg"))
    print("  Workbook:   " + results["report:xlsx"])
    print("  PDF report: " + results["report:pdf"])
    print()
    print("County totals (stock in t C, sink in t CO2e/a, positive = removal):")
    print("  {0:<8} {1:>16} {2:>16} {3:>16}".format("county", "stock base", "stock target", "sink"))
    for row in totals.itertuples(index=False):
        print("  {0:<8} {1:>16,.2f} {2:>16,.2f} {3:>16,.2f}".format(
            row.county, row.stock_base_total_tc, row.stock_target_total_tc, row.sink_tco2e))
    try:
        from qgis.core import QgsVectorLayer

        from ..processing_provider.qgis_io import source_to_frame

        frame = source_to_frame(QgsVectorLayer(results["uncertainty:uncertainty"], "u", "ogr"))
        stock = QgsVectorLayer(results["stock:parcel_stock"], "parcel_stock", "ogr")
        names = [f.name() for f in stock.fields()]
        estimators = source_to_frame(stock, fields=["dc_estimator"])["dc_estimator"] if "dc_estimator" in names \
            else []
        print()
        for line in sink_uncertainty_lines(frame, estimators):
            print(line)
    except (KeyError, ImportError) as err:
        print(f"  (no uncertainty output: {err})")
    # The other systems' demo steps: every tools/demo_<system>.py has
    # run(out_dir, feedback) -> [(label, path), ...] and runs on the bundled samples.
    status = 0
    for module in _system_demos():
        print()
        print("{0}:".format(module.TITLE))
        try:
            outputs = module.run(out_dir, feedback)
        except Exception as err:  # noqa: BLE001 (one system failing does not hide the others' outputs)
            print(f"  {module.TITLE} failed: {err}", file=sys.stderr)
            status = 1
            continue
        for label, path in outputs:
            print("  {0}: {1}".format(label, path))
    return status


def _system_demos():
    """The demo steps of the other systems (tools/demo_*.py), in file-name order."""
    import glob
    import importlib

    modules = []
    for path in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "demo_*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        modules.append(importlib.import_module("." + name, __package__))
    return modules


if __name__ == "__main__":
    sys.exit(main())
