"""`make demo` step: ecological restoration (restoration guideline 004; methods.md §7) on the sample county.

ndvi_trend on sample/restoration/ndvi_*.tif → restoration_areas with the parcel_change pieces of
sample/county.gpkg and sample/restoration/dem.tif → accuracy_assessment against the reference
points → restoration_benefit with the shipped default densities. Outputs under out/restoration/.
"""

import glob
import os

TITLE = "Ecological restoration 生态修复 (restoration guideline)"

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(PLUGIN_DIR, "sample")
RESTORATION = os.path.join(SAMPLE, "restoration")


def run(out_dir, feedback=None):
    """Run the four algorithms; returns [(label, path)] of what they wrote under out_dir/restoration."""
    import processing

    out = os.path.join(out_dir, "restoration")
    os.makedirs(out, exist_ok=True)

    def dest(name):
        path = os.path.join(out, name)
        if os.path.exists(path):
            os.remove(path)
        return path

    county = os.path.join(SAMPLE, "county.gpkg")
    ndvi = sorted(glob.glob(os.path.join(RESTORATION, "ndvi_*.tif")))
    trend = processing.run("carbonmeter:ndvi_trend", {"INPUTS": ndvi, "OUTPUT": dest("ndvi_trend.tif")},
                           feedback=feedback)
    pieces = processing.run("carbonmeter:parcel_change", {
        "BASE": county + "|layername=dltb_2020", "BASE_FIELD": "DLBM",
        "TARGET": county + "|layername=dltb_2023", "TARGET_FIELD": "DLBM",
        "OUTPUT": dest("pieces.gpkg"), "CHANGE_MATRIX": dest("change_matrix.csv")}, feedback=feedback)
    areas = processing.run("carbonmeter:restoration_areas", {
        "TREND": trend["OUTPUT"], "DEM": os.path.join(RESTORATION, "dem.tif"), "PIECES": pieces["OUTPUT"],
        "OUTPUT": dest("restoration_areas.gpkg")}, feedback=feedback)
    outputs = [("NDVI trend NDVI 趋势", trend["OUTPUT"]), ("Restoration areas 生态修复区域", areas["OUTPUT"])]
    reference = sorted(glob.glob(os.path.join(RESTORATION, "reference*.gpkg")))
    if reference:
        # The parameter names of accuracy_assessment are the other branch's (restoration-trend); the
        # integrator checks them after the merge.
        accuracy = processing.run("carbonmeter:accuracy_assessment", {
            "MAP": areas["OUTPUT"], "MAP_FIELD": "restoration_type", "REFERENCE": reference[0],
            "OUTPUT": dest("accuracy.csv")}, feedback=feedback)
        outputs.append(("Accuracy 精度评价", accuracy["OUTPUT"]))
    density = os.path.join(PLUGIN_DIR, "metering", "data", "default_density.csv")
    benefit = processing.run("carbonmeter:restoration_benefit", {
        "UNITS": areas["OUTPUT"], "TYPE_FIELD": "restoration_type", "BASELINE_FIELD": "target_object",
        "DENSITY": density, "START_YEAR": 2023, "HORIZON_YEAR": 2043, "TRANSITION_YEARS": 20,
        "OUTPUT": dest("restoration_benefit.gpkg"), "TABLE": dest("restoration_benefit.csv")}, feedback=feedback)
    outputs += [("Restoration benefit 固碳增汇效益", benefit["OUTPUT"]),
                ("Benefit table 增汇效益表", benefit["TABLE"])]
    return outputs
