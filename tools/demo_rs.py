"""`make demo` step: the remote-sensing urban carbon sink (DB4403/T 348) on the sample stack.

CASA NPP → Rh and NEP → ground verification against the sample plots → sink per district,
from the synthetic monthly stack of the sample county in sample/rs/ (sample/generate_rs.py).
"""

import os

from . import fresh_outputs

TITLE = "Remote-sensing carbon sink 遥感碳汇 (DB4403/T 348)"

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RS = os.path.join(PLUGIN_DIR, "sample", "rs")


def run(out_dir, feedback=None):
    """Run the four algorithms; returns [(label, path)] of what they wrote under out_dir/rs."""
    import processing

    out = os.path.join(out_dir, "rs")
    dest = fresh_outputs(out)

    def sample(name):
        return os.path.join(RS, name)

    npp = processing.run("carbonmeter:casa_npp", {
        "NDVI": sample("ndvi.tif"), "TEMPERATURE": sample("temperature.tif"),
        "PRECIPITATION": sample("precipitation.tif"), "RADIATION": sample("radiation.tif"),
        "VEGETATION": sample("vegetation.tif"), "OUTPUT": dest("npp_monthly.tif"),
        "OUTPUT_ANNUAL": dest("npp_annual.tif")}, feedback=feedback)
    nep = processing.run("carbonmeter:nep", {
        "NPP": npp["OUTPUT"], "TEMPERATURE": sample("temperature.tif"),
        "PRECIPITATION": sample("precipitation.tif"), "OUTPUT": dest("nep_monthly.tif"),
        "OUTPUT_ANNUAL": dest("nep_annual.tif")}, feedback=feedback)
    check = processing.run("carbonmeter:rs_verification", {
        "RASTER": npp["OUTPUT_ANNUAL"], "PLOTS": sample("plots.gpkg") + "|layername=plots",
        "GROUND_FIELD": "npp_ground", "OUTPUT": dest("verification.gpkg"),
        "STATISTICS": dest("verification_statistics.csv"), "SCATTER": dest("verification_scatter.png")},
        feedback=feedback)
    district = processing.run("carbonmeter:district_sink", {
        "NEP": nep["OUTPUT_ANNUAL"], "DISTRICTS": sample("districts.gpkg") + "|layername=districts",
        "DISTRICT_FIELD": "district", "OUTPUT": dest("district_sink.gpkg"), "TABLE": dest("district_sink.csv")},
        feedback=feedback)
    outputs = []
    # The report section: the chain's report (the parcel chain ran first in make demo) with the
    # district table added as its remote-sensing section.
    stock = os.path.join(out_dir, "carbon_metering_demo.gpkg")
    if os.path.exists(stock):
        report = processing.run("carbonmeter:export_report", {
            "STOCK": stock + "|layername=parcel_stock", "SECTIONS": [district["TABLE"]],
            "TITLE": "示例县碳汇计量报告（含遥感碳汇）", "LANGUAGE": 0,
            "OUTPUT_XLSX": dest("report_with_rs_section.xlsx"), "OUTPUT_PDF": dest("report_with_rs_section.pdf")},
            feedback=feedback)
        outputs = [("Report with the RS section 含遥感章节的报告", report["OUTPUT_PDF"]),
                   ("Workbook with the RS sheet 含遥感工作表的成果表", report["OUTPUT_XLSX"])]
    return [
        ("Monthly NPP 月 NPP (g C/m²/month)", npp["OUTPUT"]),
        ("Annual NEP 年 NEP (g C/m²/a)", nep["OUTPUT_ANNUAL"]),
        ("Ground verification 地面验证", check["STATISTICS"]),
        ("Verification scatter 验证散点图", check["SCATTER"]),
        ("District sink 分区碳汇", district["OUTPUT"]),
        ("District table 分区碳汇表", district["TABLE"]),
    ] + outputs
