"""`make demo` step: ecological restoration on the sample (sample/restoration/generate.py).

NDVI trend 2010–2023 per pixel (Theil–Sen, Mann–Kendall) → accuracy of the trend classes against
the reference points, with error-adjusted areas (Olofsson et al. 2014).
"""

import glob
import os

TITLE = "Ecological restoration 生态修复 (NDVI trend, accuracy)"

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(PLUGIN_DIR, "sample", "restoration")


def run(out_dir, feedback=None):
    """Run ndvi_trend and accuracy_assessment; returns [(label, path)] of what they wrote under out_dir/restoration."""
    import processing

    out = os.path.join(out_dir, "restoration")
    os.makedirs(out, exist_ok=True)

    def dest(name):
        path = os.path.join(out, name)
        if os.path.exists(path):
            os.remove(path)
        return path

    trend = processing.run("carbonmeter:ndvi_trend", {
        "INPUTS": sorted(glob.glob(os.path.join(SAMPLE, "ndvi_*.tif"))), "CONFIDENCE": 1, "MIN_YEARS": 5,
        "STABLE_SLOPE": 0.005, "OUTPUT": dest("ndvi_trend.tif")}, feedback=feedback)
    check = processing.run("carbonmeter:accuracy_assessment", {
        "MAP": trend["OUTPUT"], "BAND": 6, "REFERENCE": os.path.join(SAMPLE, "reference_points.gpkg"),
        "REFERENCE_FIELD": "trend_class", "CONFIDENCE": 1, "REQUIRED_ACCURACY": 85,
        "CONFUSION": dest("confusion_matrix.csv"), "STATISTICS": dest("accuracy.csv"),
        "AREAS": dest("error_adjusted_areas.csv")}, feedback=feedback)
    return [
        ("NDVI trend NDVI 变化趋势 (Sen slope, Z, p, tau, n, class)", trend["OUTPUT"]),
        ("Confusion matrix 混淆矩阵", check["CONFUSION"]),
        ("Accuracy 精度", check["STATISTICS"]),
        ("Error-adjusted areas 误差校正面积", check["AREAS"]),
    ]
