"""`make demo` step: urban carbon monitoring (T/CI 231) on the sample city (sample/urban/generate_city.py).

emission_inventory on the activity data of 2022 and 2023; the smart-meter data of March 2024
(meter_readings → emission_inventory → meter_readings with the month's budgets: warnings);
district_sink of the remote-sensing NEP on the city's regions → carbon_balance of each region
against one sink source each:

    region  source                                            why
    420100  parcel chain, uncertainty row "total"             the city is the sample county
    420115  parcel chain, uncertainty row "420115"            the West District is county 420115
    420117  remote sensing, district_sink_district 420117     county 420117 is split in two districts:
    420116  remote sensing, district_sink_district 420116     its parcel total would serve both
    P01     remote sensing, district_sink_park P01            the park inside the East District

district_sink gives each pixel to one polygon, so the nested levels run apart (districts, park).
(the parcel chain ran first in `make demo`: out/carbon_metering_demo.gpkg; without it every region
takes the remote-sensing sink). The remote-sensing sink carries no uncertainty of its own: the source
map gives it 30 %, and the inventory 5 % — both assumptions of this demo, to be replaced by the
verification's and the inventory's own figures.
"""

import os

from . import fresh_outputs

TITLE = "Urban carbon monitoring 城市碳监测 (T/CI 231)"

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
URBAN = os.path.join(PLUGIN_DIR, "sample", "urban")
CITY = "420100"
YEARS = (2022, 2023)
RS_U_PCT = 30.0  # demo assumption (no U in district_sink)
EMISSION_U_PCT = 5.0  # demo assumption for the inventory's values
CHAIN_REGIONS = {CITY: "total", "420115": "420115"}
RS_REGIONS = ("420117", "420116", "P01")


def source_map_rows(chain_available):
    """The source map of the demo: (region, source, key, u_pct); sources are the sink tables' file names."""
    rows = []
    for region, key in CHAIN_REGIONS.items():
        if chain_available:
            rows.append((region, "uncertainty", key, ""))
        else:
            level = "city" if region == CITY else "district"
            rows.append((region, "district_sink_" + level, region, RS_U_PCT))
    rows += [(region, "district_sink_" + ("park" if region == "P01" else "district"), region, RS_U_PCT)
             for region in RS_REGIONS]
    return rows


def _meter_steps(dest, feedback):
    """Smart-meter data of March 2024 → activity → inventory → warnings against the month's budgets.

    Two runs of meter_readings, as a model would chain them: the first turns the readings into
    activity rows (and finds the planted gap, counter reset and duplicate), emission_inventory
    accounts them, the second compares each entity's emissions with its budget. The water meter's
    factor is a placeholder of the sample (sample/urban/local_factors.csv): the log lists it.
    """
    import processing

    readings = processing.run("carbonmeter:meter_readings", {
        "READINGS": os.path.join(URBAN, "meter_readings.csv"), "METERS": os.path.join(URBAN, "meters.csv"),
        "PERIOD": 0, "ACTIVITY": dest("meter_activity.xlsx"), "CONSUMPTION": dest("meter_consumption.csv"),
        "PROBLEMS": dest("meter_problems.csv")}, feedback=feedback)
    inventory = processing.run("carbonmeter:emission_inventory", {
        "INPUT": readings["ACTIVITY"], "LOCAL_FACTORS": os.path.join(URBAN, "local_factors.csv"),
        "CITY_NAME": CITY, "OUTPUT": dest("meter_inventory_2024_03.csv"),
        "FACTORS": dest("meter_factors_2024_03.csv"), "PROVENANCE": dest("meter_inventory_provenance.csv")},
        feedback=feedback)
    warnings = processing.run("carbonmeter:meter_readings", {
        "READINGS": os.path.join(URBAN, "meter_readings.csv"), "METERS": os.path.join(URBAN, "meters.csv"),
        "PERIOD": 0, "INVENTORY": inventory["OUTPUT"], "REFERENCE": os.path.join(URBAN, "budget_2024_03.csv"),
        "BASIS": 0, "ACTIVITY": dest("meter_activity.xlsx"), "WARNINGS": dest("meter_warnings.csv")},
        feedback=feedback)
    return [("Meter activity 表计活动数据", readings["ACTIVITY"]),
            ("Meter problems 表计数据问题（缺测/归零/重复）", readings["PROBLEMS"]),
            ("Inventory from the meters 表计排放清单 2024-03", inventory["OUTPUT"]),
            ("Emission warnings 碳排放预警", warnings["WARNINGS"])]


def run(out_dir, feedback=None):
    """Run the urban steps; returns [(label, path)] of what they wrote under out_dir/urban."""
    import csv

    import processing

    out = os.path.join(out_dir, "urban")
    dest = fresh_outputs(out)

    inventories = []
    for year in YEARS:
        result = processing.run("carbonmeter:emission_inventory", {
            "INPUT": os.path.join(URBAN, "activity_{0}.xlsx".format(year)), "CITY_NAME": CITY,
            "OUTPUT": dest("inventory_{0}.gpkg".format(year)), "FACTORS": dest("factors_{0}.csv".format(year)),
            "REJECTED": dest("rejected_{0}.csv".format(year))}, feedback=feedback)
        inventories.append(result["OUTPUT"])
    outputs_meters = _meter_steps(dest, feedback)
    nep = os.path.join(out_dir, "rs", "nep_annual.tif")
    if not os.path.exists(nep):  # the remote-sensing step of make demo writes it; alone, run it here
        from . import demo_rs

        demo_rs.run(out_dir, feedback)
    regions = os.path.join(URBAN, "city.gpkg") + "|layername=regions"
    chain = os.path.join(out_dir, "carbon_metering_demo.gpkg")
    chain_available = os.path.exists(chain)
    # district_sink gives each pixel to one polygon: the nested levels (the park inside a district,
    # the districts inside the city) are summed in separate runs, one per level
    rs_tables = {}
    for level in ("district", "park") + (() if chain_available else ("city",)):
        name = "district_sink_{0}".format(level)
        rs = processing.run("carbonmeter:district_sink", {
            "NEP": nep, "DISTRICTS": regions + "|subset=\"level\" = '{0}'".format(level),
            "DISTRICT_FIELD": "region", "OUTPUT": dest(name + ".gpkg"), "TABLE": dest(name + ".csv")},
            feedback=feedback)
        rs_tables[level] = rs["TABLE"]
    sinks = list(rs_tables.values()) + ([chain + "|layername=uncertainty"] if chain_available else [])
    map_path = dest("sink_sources.csv")
    with open(map_path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["region", "source", "key", "u_pct"])
        writer.writerows(source_map_rows(chain_available))
    balance = processing.run("carbonmeter:carbon_balance", {
        "REGIONS": regions, "REGION_FIELD": "region", "LEVEL_FIELD": "level", "INVENTORY": inventories,
        "SINKS": sinks, "SOURCE_MAP": map_path, "YEARS": ", ".join(map(str, YEARS)), "BASIS": 0,
        "EMISSION_U": EMISSION_U_PCT, "OUTPUT": dest("carbon_balance.csv"),
        "LAYER": dest("carbon_balance.gpkg")}, feedback=feedback)
    outputs = [
        ("Inventory 2022 排放清单", inventories[0]),
        ("Inventory 2023 排放清单", inventories[1]),
        ("District sink (RS) 各区遥感碳汇", rs_tables["district"]),
        ("Park sink (RS) 园区遥感碳汇", rs_tables["park"]),
        ("Sink source of each region 碳汇来源对照表", map_path),
        ("Carbon balance 碳收支平衡", balance["OUTPUT"]),
        ("Carbon balance map 碳收支平衡图层 (styles/carbon_balance.qml)", balance["LAYER"]),
    ]
    outputs += outputs_meters
    if chain_available:  # the balance as a section of the chain's report
        report = processing.run("carbonmeter:export_report", {
            "STOCK": chain + "|layername=parcel_stock", "SECTIONS": [balance["OUTPUT"]],
            "TITLE": "示例市碳汇计量与碳收支平衡报告", "LANGUAGE": 0,
            "OUTPUT_XLSX": dest("report_with_balance.xlsx"), "OUTPUT_PDF": dest("report_with_balance.pdf")},
            feedback=feedback)
        outputs += [("Report with the balance section 含碳收支平衡章节的报告", report["OUTPUT_PDF"]),
                    ("Workbook with the balance sheet 含碳收支平衡工作表的成果表", report["OUTPUT_XLSX"])]
    return outputs
