"""`make demo` step: ecological restoration on the sample (sample/restoration/generate.py).

NDVI trend 2010–2023 per pixel (Theil–Sen, Mann–Kendall) → accuracy of the trend classes against
the reference points, with error-adjusted areas (Olofsson et al. 2014) and pass/fail against 85 % →
restoration areas (the trend, slope from the DEM, the land-use change of the sample county's
parcels 2020 → 2023 by parcel_change) → their identification accuracy (restoration types against the
reference squares of sample/restoration/reference_types.py, pass/fail against 85 %) → carbon benefit
2023–2043 with the local densities of the sample survey (plot_carbon → stratum_density, survey
year 2023), the degrading baseline of sample/restoration/degradation.csv (illustrative rates from
the planted NDVI decline) and the ±10 % plot check → a report (zh) with the restoration sections:
the two accuracy verdicts against 85 % and the carbon benefit.

The parcel chain (tools/demo.py) writes no parcel_change OUTPUT (only its change matrix), so this
step runs parcel_change itself on sample/county.gpkg (a few seconds). The report's parcel part is
the chain's parcel_stock when the chain ran first (``make demo``); run alone, this step computes
its own parcel_stock from the same pieces and densities.

    python -m carbon_metering.tools.demo_restoration --out out
"""

import argparse
import glob
import os
import sys

from . import fresh_outputs, run_with_qgis

TITLE = "Ecological restoration 生态修复 (NDVI trend, accuracy, areas, carbon benefit)"

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(PLUGIN_DIR, "sample", "restoration")
COUNTY = os.path.join(PLUGIN_DIR, "sample", "county.gpkg")
SURVEY = os.path.join(PLUGIN_DIR, "sample", "survey.gpkg")
BASE_YEAR, TARGET_YEAR = 2020, 2023
START_YEAR, HORIZON_YEAR = 2023, 2043
CHAIN_GPKG = "carbon_metering_demo.gpkg"


def run(out_dir, feedback=None):
    """Run the restoration algorithms; returns [(label, path)] of what they wrote under out_dir/restoration."""
    import processing

    out = os.path.join(out_dir, "restoration")
    dest = fresh_outputs(out)

    def step(alg, params):
        return processing.run("carbonmeter:" + alg, params, feedback=feedback)

    trend = step("ndvi_trend", {
        "INPUTS": sorted(glob.glob(os.path.join(SAMPLE, "ndvi_*.tif"))), "CONFIDENCE": 1, "MIN_YEARS": 5,
        "STABLE_SLOPE": 0.005, "OUTPUT": dest("ndvi_trend.tif")})
    check = step("accuracy_assessment", {
        "MAP": trend["OUTPUT"], "BAND": 6, "REFERENCE": os.path.join(SAMPLE, "reference_points.gpkg"),
        "REFERENCE_FIELD": "trend_class", "CONFIDENCE": 1, "REQUIRED_ACCURACY": 85,
        "CONFUSION": dest("confusion_matrix.csv"), "STATISTICS": dest("accuracy.csv"),
        "AREAS": dest("error_adjusted_areas.csv")})
    # Land-use change of the sample county: the pieces restoration_areas reads (PIECES).
    change = step("parcel_change", {
        "BASE": COUNTY + "|layername=dltb_{0}".format(BASE_YEAR), "BASE_FIELD": "DLBM",
        "TARGET": COUNTY + "|layername=dltb_{0}".format(TARGET_YEAR), "TARGET_FIELD": "DLBM",
        "OUTPUT": dest("parcel_change.gpkg"), "CHANGE_MATRIX": dest("change_matrix.csv")})
    areas = step("restoration_areas", {
        "TREND": trend["OUTPUT"], "DEM": os.path.join(SAMPLE, "dem.tif"), "PIECES": change["OUTPUT"],
        "OUTPUT": dest("restoration_areas.gpkg")})
    # Identification accuracy of the restoration areas (their types) against the reference squares of
    # sample/restoration/reference_types.py (guideline 004: ≥ 85 %).
    types = step("accuracy_assessment", {
        "MAP_LAYER": areas["OUTPUT"], "MAP_FIELD": "restoration_type",
        "REFERENCE": os.path.join(SAMPLE, "reference_types.gpkg"), "REFERENCE_FIELD": "restoration_type",
        "POLYGON_RULE": 0, "CONFIDENCE": 1, "REQUIRED_ACCURACY": 85,
        "CONFUSION": dest("confusion_matrix_types.csv"), "STATISTICS": dest("accuracy_types.csv"),
        "AREAS": dest("error_adjusted_areas_types.csv")})
    # Local densities: the sample survey's plots of the start year, by stratum (object).
    plots = step("plot_carbon", {"INPUT": SURVEY + "|layername=plots", "SOIL_DEPTH": 30,
                                 "OUTPUT": dest("plot_carbon.gpkg")})
    density = step("stratum_density", {"INPUT": plots["OUTPUT"], "YEAR": TARGET_YEAR, "CONFIDENCE": 0,
                                       "OUTPUT": dest("density_{0}.csv".format(TARGET_YEAR))})
    benefit = step("restoration_benefit", {
        "UNITS": areas["OUTPUT"], "TYPE_FIELD": "restoration_type", "BASELINE_FIELD": "target_object",
        "DENSITY": density["OUTPUT"], "START_YEAR": START_YEAR, "HORIZON_YEAR": HORIZON_YEAR,
        "TRANSITION_YEARS": 20, "DEGRADATION": os.path.join(SAMPLE, "degradation.csv"),
        "PLOTS": plots["OUTPUT"], "PLOT_FIELD": "total",
        "OUTPUT": dest("restoration_benefit.gpkg"), "TABLE": dest("restoration_benefit.csv")})
    chain = os.path.join(out_dir, CHAIN_GPKG)
    if os.path.exists(chain):  # make demo: the parcel chain ran first
        stock = chain + "|layername=parcel_stock"
    else:
        base = step("stratum_density", {"INPUT": plots["OUTPUT"], "YEAR": BASE_YEAR, "CONFIDENCE": 0,
                                        "OUTPUT": dest("density_{0}.csv".format(BASE_YEAR))})
        stock = step("parcel_stock", {
            "INPUT": change["OUTPUT"], "BASE_DENSITY": base["OUTPUT"], "TARGET_DENSITY": density["OUTPUT"],
            "KEY": 0, "BASE_YEAR": BASE_YEAR, "TARGET_YEAR": TARGET_YEAR, "OUTPUT": dest("parcel_stock.gpkg"),
            "SUMMARY": dest("stock_summary.csv")})["OUTPUT"]
    report = step("export_report", {
        "STOCK": stock, "SECTIONS": [check["STATISTICS"], types["STATISTICS"], benefit["TABLE"]],
        "TITLE": "示例县碳汇计量报告（含生态修复识别精度与固碳增汇）",
        "LANGUAGE": 0, "BASE_YEAR": BASE_YEAR, "TARGET_YEAR": TARGET_YEAR,
        "OUTPUT_XLSX": dest("report_with_restoration_section.xlsx"),
        "OUTPUT_PDF": dest("report_with_restoration_section.pdf")})
    return [
        ("NDVI trend NDVI 变化趋势 (Sen slope, Z, p, tau, n, class)", trend["OUTPUT"]),
        ("Confusion matrix 混淆矩阵", check["CONFUSION"]),
        ("Accuracy 精度 (pass/fail at 85 %)", check["STATISTICS"]),
        ("Error-adjusted areas 误差校正面积", check["AREAS"]),
        ("Parcel change 2020→2023 图斑变化", change["OUTPUT"]),
        ("Restoration areas 生态修复区域", areas["OUTPUT"]),
        ("Confusion matrix of the restoration types 修复类型混淆矩阵", types["CONFUSION"]),
        ("Identification accuracy 修复区域识别精度 (pass/fail at 85 %)", types["STATISTICS"]),
        ("Error-adjusted areas of the types 修复类型误差校正面积", types["AREAS"]),
        ("Densities {0} 分层碳密度".format(TARGET_YEAR), density["OUTPUT"]),
        ("Restoration benefit 固碳增汇效益 {0}–{1}".format(START_YEAR, HORIZON_YEAR), benefit["OUTPUT"]),
        ("Restoration benefit table 固碳增汇效益表", benefit["TABLE"]),
        ("Report with the restoration section 含生态修复章节的报告", report["OUTPUT_PDF"]),
        ("Workbook with the restoration sheet 含生态修复工作表的成果表", report["OUTPUT_XLSX"]),
    ]


def summary_lines(out_dir):
    """Totals of the benefit table and the accuracy verdict, for the console."""
    import pandas as pd

    out = os.path.join(out_dir, "restoration")
    lines = []
    table = pd.read_csv(os.path.join(out, "restoration_benefit.csv"))
    by_type = table.groupby("restoration_type")[["area_ha", "benefit_tc", "sink_increase_tco2e_per_year"]].sum()
    lines.append("  {0:<26} {1:>10} {2:>14} {3:>16}".format("type", "area ha", "benefit t C", "sink t CO2e/a"))
    for t, row in by_type.iterrows():
        lines.append("  {0:<26} {1:>10,.1f} {2:>14,.1f} {3:>16,.1f}".format(
            t, row["area_ha"], row["benefit_tc"], row["sink_increase_tco2e_per_year"]))
    for name, what in (("accuracy.csv", "trend classes"), ("accuracy_types.csv", "restoration areas (types)")):
        stats = pd.read_csv(os.path.join(out, name))
        o = stats[stats["measure"] == "overall"].iloc[0]
        lines.append("  accuracy of the {0}: {1:.1f} % ({2:.1f}–{3:.1f} %), {4} against {5:g} %".format(
            what, 100 * o["value"], 100 * o["low"], 100 * o["high"], "pass" if int(o["passed"]) else "FAIL",
            o["required_pct"]))
    checked = table[table["plots"] > 0]
    lines.append("  plot check: {0} of {1} units with plots beyond ±10 %".format(
        int(checked["deviation_flag"].sum()), len(checked)))
    return lines


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default="out", help="output folder (default: out)")
    args = parser.parse_args(argv)
    return run_with_qgis(lambda feedback: _run_alone(os.path.abspath(args.out), feedback))


def _run_alone(out_dir, feedback):
    try:
        outputs = run(out_dir, feedback)
    except Exception as err:  # noqa: BLE001 (a command-line tool reports any failure plainly)
        print(f"{TITLE} failed: {err}", file=sys.stderr)
        return 1
    print()
    for label, path in outputs:
        print("  {0}: {1}".format(label, path))
    for line in summary_lines(out_dir):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
