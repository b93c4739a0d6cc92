"""Carbon benefit of restoration (metering/restoration/benefit.py) computed by hand."""

import numpy as np
import pandas as pd
import pytest

from carbon_metering.metering.density import DensityTable
from carbon_metering.metering.errors import MeteringError
from carbon_metering.metering.restoration.benefit import (
    add_plot_check,
    plot_check,
    restoration_benefit,
    zero_benefit_note,
)

DENSITY = DensityTable.parse(pd.DataFrame({
    "object": ["dry_land", "forest_arbor"],
    "agb": [2.0, 40.0], "bgb": [1.0, 8.0], "deadwood": [0.0, 2.0], "litter": [0.0, 3.0], "soil": [40.0, 60.0]}))
UNIT = pd.DataFrame({"unit": [1], "restoration_type": ["forest_restoration"], "baseline_object": ["dry_land"],
                     "with_object": ["forest_arbor"], "area_ha": [10.0]})


def test_stock_difference_with_transition_period_and_horizon():
    out = restoration_benefit(UNIT, DENSITY, 2020, 2030, transition_years=20).iloc[0]
    # baseline: dry land (2 + 1 + 0 + 0 + 40) × 10 ha = 430 t C, constant.
    # with: every pool from dry land towards forest_arbor over T = 20 years, 10 years in: share 1/2.
    # biomass + DOM 3 + (53 − 3)/2 = 28 t C/ha → 280 t C; soil 40 + (60 − 40)/2 = 50 → 500 t C.
    assert out["stock_baseline_tc"] == pytest.approx(430.0)
    assert out["stock_with_soil_tc"] == pytest.approx(500.0)
    assert out["stock_with_tc"] == pytest.approx(780.0)
    assert out["benefit_tc"] == pytest.approx(350.0)
    assert out["sink_increase_tc_per_year"] == pytest.approx(35.0)
    assert out["sink_increase_tco2e_per_year"] == pytest.approx(35.0 * 44 / 12)
    assert out["with_rule"] == "given" and out["baseline"] == "constant"
    # past the transition period the whole target density counts: 1130 − 430 = 700 t C over 25 years
    out = restoration_benefit(UNIT, DENSITY, 2020, 2045, transition_years=20).iloc[0]
    assert out["benefit_tc"] == pytest.approx(700.0) and out["sink_increase_tc_per_year"] == pytest.approx(28.0)


def test_growth_parameters_capped_at_the_restored_density():
    growth = {"forest_arbor": {"agb": 3.0, "bgb": 0.6}}
    out = restoration_benefit(UNIT, DENSITY, 2020, 2030, transition_years=20, growth=growth).iloc[0]
    # agb min(2 + 30, 40) = 32, bgb min(1 + 6, 8) = 7, dead wood and litter stay 0: 39 t C/ha; soil 50
    assert out["stock_with_tc"] == pytest.approx(390.0 + 500.0)
    out = restoration_benefit(UNIT, DENSITY, 2020, 2040, growth=growth).iloc[0]
    assert out["stock_with_tc"] == pytest.approx((40 + 8 + 0 + 0 + 60) * 10.0)  # agb capped at 40


# Local densities as stratum_density would give them (t C/ha): degraded shrub land and grassland.
RECOVERY = DensityTable.parse(pd.DataFrame({
    "object": ["forest_shrub", "forest_arbor", "grassland"],
    "agb": [6.0, 40.0, 1.5], "bgb": [2.0, 8.0, 6.0], "deadwood": [0.0, 2.0, 0.0], "litter": [2.0, 3.0, 0.5],
    "soil": [34.0, 60.0, 41.0]}))


def test_vegetation_recovery_gains_under_the_stock_difference_method():
    units = pd.DataFrame({"unit": [1, 2], "restoration_type": ["vegetation_recovery"] * 2,
                          "baseline_object": ["forest_shrub", "grassland"], "with_object": [None, ""],
                          "area_ha": [4.0, 2.0]})
    table = restoration_benefit(units, RECOVERY, 2023, 2033, transition_years=20)
    shrub, grass = table.iloc[0], table.iloc[1]
    # degraded shrub forest recovers to arbor forest: 44 → 113 t C/ha, half-way after 10 of 20 years:
    # with 44 + (113 − 44)/2 = 78.5 t C/ha × 4 ha = 314 t C; baseline 44 × 4 = 176 t C; benefit 138 t C
    assert shrub["with_object"] == "forest_arbor" and shrub["with_rule"] == "type"
    assert shrub["stock_with_tc"] == pytest.approx(314.0) and shrub["stock_baseline_tc"] == pytest.approx(176.0)
    assert shrub["benefit_tc"] == pytest.approx(138.0)
    assert shrub["sink_increase_tco2e_per_year"] == pytest.approx(13.8 * 44 / 12)
    # grassland recovers as grassland: no benefit without a degrading baseline, and the run says so
    assert grass["with_object"] == "grassland" and grass["benefit_tc"] == pytest.approx(0.0)
    note = zero_benefit_note(table)
    assert note.kind == "restoration_zero_benefit" and note.details["units"] == 1 and note.details["area"] == 2.0
    # named by id and by the zh label of metering_objects.csv (草地), which the zh template shows
    assert note.details["objects"] == "grassland" and note.details["objects_zh"] == "草地"


def test_zero_benefit_warning_names_the_objects_in_chinese_under_the_zh_translator(qgis_app):
    from qgis.PyQt.QtCore import QCoreApplication

    from carbon_metering.metering.errors import Note
    from carbon_metering.plugin.i18n import load_translator
    from carbon_metering.processing_provider import messages

    note = Note.warning("restoration_zero_benefit", units=2, area=3.5, objects="forest_arbor, grassland",
                        objects_zh="乔木林、草地")
    english = messages.text(note.kind, note.details)
    assert "(forest_arbor, grassland)" in english and "草地" not in english
    translator = load_translator("zh_CN")
    try:
        chinese = messages.text(note.kind, note.details)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "（乔木林、草地）" in chinese and "forest_arbor" not in chinese


def test_degrading_baseline_gives_the_recovery_its_benefit():
    units = pd.DataFrame({"unit": [1], "restoration_type": ["vegetation_recovery"], "baseline_object": ["grassland"],
                          "with_object": [None], "area_ha": [2.0]})
    # without the measure the degraded grassland loses 0.2 t C/ha/a of agb (floored at 0) and 0.5 of soil
    loss = {"grassland": {"agb": 0.2, "soil": 0.5}}
    out = restoration_benefit(units, RECOVERY, 2023, 2033, transition_years=20, degradation=loss).iloc[0]
    # baseline after 10 years: agb max(1.5 − 2, 0) = 0, bgb 6, litter 0.5, soil 41 − 5 = 36 → 42.5 t C/ha × 2 = 85
    # with: grassland kept, 49 t C/ha × 2 = 98 t C; benefit 13 t C, 1.3 t C/a
    assert out["baseline"] == "degrading"
    assert out["stock_baseline_tc"] == pytest.approx(85.0) and out["stock_with_tc"] == pytest.approx(98.0)
    assert out["benefit_tc"] == pytest.approx(13.0) and out["sink_increase_tc_per_year"] == pytest.approx(1.3)
    assert zero_benefit_note(restoration_benefit(units, RECOVERY, 2023, 2033, degradation=loss)) is None


def test_a_less_dense_target_keeps_the_current_object():
    # soil and water conservation targets shrub forest; on arbor forest that would book a loss of
    # 113 − 44 t C/ha: the unit keeps arbor forest (the measure protects it), benefit 0
    units = pd.DataFrame({"unit": [1], "restoration_type": ["soil_water_conservation"],
                          "baseline_object": ["forest_arbor"], "area_ha": [3.0]})
    out = restoration_benefit(units, RECOVERY, 2023, 2043).iloc[0]
    assert out["with_object"] == "forest_arbor" and out["with_rule"] == "kept_current"
    assert out["benefit_tc"] == pytest.approx(0.0)
    # a with_object given by the user is taken as given, even a less dense one
    out = restoration_benefit(units.assign(with_object="forest_shrub"), RECOVERY, 2023, 2043).iloc[0]
    assert out["with_rule"] == "given" and out["benefit_tc"] == pytest.approx((44 - 113) * 3.0)
    # a given object needs no density for the type's target (wetland_marsh is not in RECOVERY)
    units = units.assign(restoration_type="wetland_restoration", with_object="forest_shrub")
    assert restoration_benefit(units, RECOVERY, 2023, 2043).iloc[0]["with_object"] == "forest_shrub"


def test_non_metered_baseline_has_no_stock():
    # mining or built-up land (non_metered) restored to forest: the whole restored stock is the benefit
    out = restoration_benefit(UNIT.assign(baseline_object="non_metered"), DENSITY, 2020, 2040).iloc[0]
    assert out["stock_baseline_tc"] == 0.0 and out["benefit_tc"] == pytest.approx(530.0 + 600.0)  # 20 of 20 years


def test_growth_table_parsed_and_checked():
    from carbon_metering.metering.restoration.benefit import parse_growth

    growth = parse_growth(pd.DataFrame({"object": ["forest_arbor"] * 2, "pool": ["agb", "BGB"], "growth": [3, 0.6]}))
    assert growth == {"forest_arbor": {"agb": 3.0, "bgb": 0.6}}
    with pytest.raises(MeteringError) as info:
        parse_growth(pd.DataFrame({"object": ["x"], "pool": ["soil"], "growth": [1]}), "g.csv")
    assert info.value.kind == "restoration_growth_value" and info.value.details["column"] == "pool"
    with pytest.raises(MeteringError) as info:
        parse_growth(pd.DataFrame({"object": ["x"], "pool": ["agb"], "growth": [-1]}), "g.csv")
    assert info.value.details["row"] == 2 and info.value.details["column"] == "growth"


def test_errors_name_the_problem():
    with pytest.raises(MeteringError) as info:
        restoration_benefit(UNIT.assign(with_object="mangrove"), DENSITY, 2020, 2030)
    assert info.value.kind == "restoration_no_density" and info.value.details["object"] == "mangrove"
    with pytest.raises(MeteringError) as info:
        restoration_benefit(UNIT, DENSITY, 2030, 2030)
    assert info.value.kind == "restoration_horizon"


def test_deviation_flag_beyond_ten_percent():
    dev, flag = plot_check([110.0, 111.0, 85.0, 50.0, 5.0], [100.0, 100.0, 100.0, np.nan, 0.0])
    assert dev[:3] == pytest.approx([10.0, 11.0, -15.0])
    assert list(flag) == [False, True, True, False, False]  # exactly 10 % is within; no plot: no flag


def test_report_section_is_registered_and_totals_the_units():
    from carbon_metering.metering.report_sections import build_section

    table = restoration_benefit(pd.concat([UNIT, UNIT.assign(unit=2, area_ha=5.0)]), DENSITY, 2020, 2030)
    section = build_section(table.astype(str), "en")  # as read back from a CSV: text cells
    assert section.key == "restoration_benefit"
    assert section.table.iloc[-1]["Carbon benefit (t C)"] == pytest.approx(350.0 * 1.5)  # 35 t C/ha × 15 ha
    assert "20-year" in section.notes[1]


def test_plot_check_in_the_table_and_type_objects():
    from carbon_metering.metering.restoration.benefit import add_plot_check, with_objects

    table = restoration_benefit(UNIT, DENSITY, 2020, 2030)
    # the plots measure the current state: dry land, 2 + 1 + 40 = 43 t C/ha modelled
    checked = add_plot_check(table, [2], [40.0])
    assert checked.loc[0, "modelled_tc_per_ha"] == pytest.approx(43.0)
    assert checked.loc[0, "deviation_pct"] == pytest.approx((43 - 40) / 40 * 100)
    assert checked.loc[0, "deviation_flag"] == 0
    assert add_plot_check(table, [1], [50.0]).loc[0, "deviation_flag"] == 1  # −14 %
    assert with_objects(["forest_restoration", "vegetation_recovery", "vegetation_recovery"],
                        ["dry_land", "grassland", "forest_bamboo"]) == [
        ("forest_arbor", "type"), ("grassland", "type"), ("forest_bamboo", "type")]


def _layer(tmp_path, name, geometry, fields, rows):
    """A small GeoPackage layer (EPSG:4547) from (WKT, {field: value}) rows."""
    from osgeo import ogr, osr

    path = str(tmp_path / (name + ".gpkg"))
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4547)
    layer = ds.CreateLayer(name, srs, geometry)
    for field, kind in fields:
        layer.CreateField(ogr.FieldDefn(field, kind))
    for wkt, values in rows:
        f = ogr.Feature(layer.GetLayerDefn())
        if wkt:
            f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for k, v in values.items():
            f.SetField(k, v)
        layer.CreateFeature(f)
    ds = None
    return path + "|layername=" + name


def test_algorithm_benefit_layer_table_and_plot_check(provider, tmp_path):
    import processing
    from osgeo import ogr
    from qgis.core import QgsVectorLayer

    square = "POLYGON((500000 3380000,500000 3380316.227766,500316.227766 3380316.227766,500316.227766 3380000,"
    square += "500000 3380000))"  # 10 ha
    units = _layer(tmp_path, "units", ogr.wkbPolygon, [("restoration_type", ogr.OFTString),
                                                       ("target_object", ogr.OFTString)],
                   [(square, {"restoration_type": "forest_restoration", "target_object": "dry_land"})])
    density = _layer(tmp_path, "density", ogr.wkbNone, [(c, ogr.OFTString if c == "object" else ogr.OFTReal)
                                                        for c in ("object", "agb", "bgb", "deadwood", "litter",
                                                                  "soil")],
                     [(None, {"object": "dry_land", "agb": 2, "bgb": 1, "deadwood": 0, "litter": 0, "soil": 40}),
                      (None, {"object": "forest_arbor", "agb": 40, "bgb": 8, "deadwood": 2, "litter": 3,
                              "soil": 60})])
    plots = _layer(tmp_path, "plots", ogr.wkbPoint, [("total", ogr.OFTReal)],
                   [("POINT(500100 3380100)", {"total": 40.0}), ("POINT(600000 3380100)", {"total": 1.0})])
    result = processing.run("carbonmeter:restoration_benefit", {
        "UNITS": units, "TYPE_FIELD": "restoration_type", "BASELINE_FIELD": "target_object", "DENSITY": density,
        "START_YEAR": 2020, "HORIZON_YEAR": 2030, "TRANSITION_YEARS": 20, "PLOTS": plots, "PLOT_FIELD": "total",
        "OUTPUT": str(tmp_path / "benefit.gpkg"), "TABLE": str(tmp_path / "benefit.csv")})
    layer = QgsVectorLayer(result["OUTPUT"], "b", "ogr")
    f = next(layer.getFeatures())
    assert f["with_object"] == "forest_arbor"
    assert f["area_ha"] == pytest.approx(10.0, rel=1e-6)
    assert f["benefit_tc"] == pytest.approx(350.0, rel=1e-5)  # as in the hand computation above
    # the plot inside measures 40 t C/ha against the current dry land's 43: +7.5 %, within ±10 %
    assert f["plots"] == 1 and f["deviation_pct"] == pytest.approx(7.5, rel=1e-4) and f["deviation_flag"] == 0
    assert f["deviation_limit_pct"] == pytest.approx(10.0)
    # a stricter limit (DEVIATION_LIMIT 5 %) flags the same +7.5 %, and the table says which limit it used
    strict = processing.run("carbonmeter:restoration_benefit", {
        "UNITS": units, "DENSITY": density, "START_YEAR": 2020, "HORIZON_YEAR": 2030, "TRANSITION_YEARS": 20,
        "PLOTS": plots, "PLOT_FIELD": "total", "DEVIATION_LIMIT": 5, "OUTPUT": str(tmp_path / "strict.gpkg"),
        "TABLE": str(tmp_path / "strict.csv")})
    s = next(QgsVectorLayer(strict["OUTPUT"], "s", "ogr").getFeatures())
    assert s["deviation_flag"] == 1 and s["deviation_limit_pct"] == pytest.approx(5.0)
    from carbon_metering.metering.report_sections import build_section

    section = build_section(pd.read_csv(strict["TABLE"]).astype(str), "en")
    assert "in 1 of 1 units with plots" in section.notes[3] and "beyond ±5 %" in section.notes[3]
    table = pd.read_csv(result["TABLE"])
    assert table["report_section"].tolist() == ["restoration_benefit"]
    # the field parameters left out (as qgis_process users do): their documented defaults are used
    # (restoration_type, target_object), with the same result
    again = processing.run("carbonmeter:restoration_benefit", {
        "UNITS": units, "DENSITY": density, "START_YEAR": 2020, "HORIZON_YEAR": 2030, "TRANSITION_YEARS": 20,
        "OUTPUT": str(tmp_path / "benefit_defaults.gpkg")})
    g = next(QgsVectorLayer(again["OUTPUT"], "d", "ogr").getFeatures())
    assert g["with_object"] == "forest_arbor" and g["benefit_tc"] == pytest.approx(f["benefit_tc"], rel=1e-12)


def test_report_section_in_chinese_sums_by_type_and_objects():
    from carbon_metering.metering.report_sections import build_section

    units = pd.DataFrame({"unit": [1, 2, 3], "restoration_type": ["vegetation_recovery"] * 2 + ["forest_restoration"],
                          "baseline_object": ["forest_shrub", "forest_shrub", "forest_shrub"],
                          "with_object": [None, None, None], "area_ha": [4.0, 1.0, 2.0]})
    table = restoration_benefit(units, RECOVERY, 2023, 2033, transition_years=20)
    table = add_plot_check(table, [1, 0, 0], [40.0, np.nan, np.nan])  # modelled 44 vs 40: +10 %, not beyond
    section = build_section(table.astype(str), "zh")
    assert section.title == "生态修复固碳增汇效益（2023–2033 年）"
    rows = section.table
    # two groups (vegetation recovery 5 ha, forest restoration 2 ha, both shrub → arbor: 34.5 t C/ha) and the total
    assert list(rows["修复类型"]) == ["森林保护修复", "植被恢复", "合计"]  # the guideline's terms
    assert list(rows["现状（基线）对象"][:2]) == ["灌木林", "灌木林"] and rows["修复目标对象"][0] == "乔木林"
    assert list(rows["单元数"]) == [1, 2, 3]
    assert rows["固碳增汇量 (t C)"].tolist() == pytest.approx([69.0, 172.5, 241.5])
    assert "0 个的现状碳密度模型值" in section.notes[3] and "1 个含样地单元" in section.notes[3]
    assert "20 年过渡期" in section.notes[1]


def test_algorithm_vegetation_recovery_degradation_and_plots_of_the_start_year(provider, tmp_path, log_feedback):
    import processing
    from osgeo import ogr
    from qgis.core import QgsVectorLayer

    def square(x0, side=316.227766):  # 10 ha
        return "POLYGON(({0} 3380000,{0} {2},{1} {2},{1} 3380000,{0} 3380000))".format(x0, x0 + side, 3380000 + side)

    units = _layer(tmp_path, "units", ogr.wkbPolygon, [("restoration_type", ogr.OFTString),
                                                       ("target_object", ogr.OFTString)],
                   [(square(500000), {"restoration_type": "vegetation_recovery", "target_object": "forest_shrub"}),
                    (square(501000), {"restoration_type": "vegetation_recovery", "target_object": "grassland"}),
                    (square(502000), {"restoration_type": "vegetation_recovery", "target_object": "forest_arbor"})])
    pools = ("agb", "bgb", "deadwood", "litter", "soil")
    density = _layer(tmp_path, "density", ogr.wkbNone,
                     [("object", ogr.OFTString)] + [(c, ogr.OFTReal) for c in pools],
                     [(None, dict(zip(("object",) + pools, row))) for row in
                      RECOVERY.means.reset_index().itertuples(index=False)])
    degradation = tmp_path / "degradation.csv"
    degradation.write_text("object,pool,loss,source\ngrassland,agb,0.2,test\ngrassland,soil,0.5,test\n",
                           encoding="utf-8")
    # plots in the shrub unit (current density 44 t C/ha): one of 2023 (46.2), one of 2020 (10, left out)
    plots = _layer(tmp_path, "plots", ogr.wkbPoint, [("total", ogr.OFTReal), ("survey_year", ogr.OFTInteger)],
                   [("POINT(500100 3380100)", {"total": 46.2, "survey_year": 2023}),
                    ("POINT(500200 3380100)", {"total": 10.0, "survey_year": 2020})])
    result = processing.run("carbonmeter:restoration_benefit", {
        "UNITS": units, "TYPE_FIELD": "restoration_type", "BASELINE_FIELD": "target_object", "DENSITY": density,
        "START_YEAR": 2023, "HORIZON_YEAR": 2033, "TRANSITION_YEARS": 20, "DEGRADATION": str(degradation),
        "PLOTS": plots, "PLOT_FIELD": "total", "OUTPUT": str(tmp_path / "benefit.gpkg")}, feedback=log_feedback)
    rows = {f["baseline_object"]: f for f in QgsVectorLayer(result["OUTPUT"], "b", "ogr").getFeatures()}
    # the hand computations of the core tests above, per 10 ha
    assert rows["forest_shrub"]["with_object"] == "forest_arbor"
    assert rows["forest_shrub"]["benefit_tc"] == pytest.approx(34.5 * 10, rel=1e-5)
    assert rows["grassland"]["baseline"] == "degrading"
    assert rows["grassland"]["benefit_tc"] == pytest.approx(6.5 * 10, rel=1e-5)
    assert rows["forest_arbor"]["benefit_tc"] == pytest.approx(0.0, abs=1e-6)
    # only the 2023 plot counts: (44 − 46.2)/46.2 = −4.76 %, not flagged
    assert rows["forest_shrub"]["plots"] == 1
    assert rows["forest_shrub"]["deviation_pct"] == pytest.approx((44 - 46.2) / 46.2 * 100, rel=1e-4)
    assert rows["forest_shrub"]["deviation_flag"] == 0
    assert any("forest_arbor" in w and "DEGRADATION" in w for w in log_feedback.warnings)


def test_accuracy_section_gives_the_verdict_against_85_percent(tmp_path):
    from carbon_metering.metering.report_sections import build_section
    from carbon_metering.metering.restoration import accuracy as acc
    from carbon_metering.processing_provider.accuracy_assessment import frames

    # the two-class example of test_restoration_stats: overall 87 %, passes 85 %, fails 90 %
    r = acc.assess([[8, 2], [1, 9]], classes=[2, -2], mapped_area=[30.0, 70.0], confidence=0.95)
    def as_read_back(table):  # the STATISTICS CSV as export_report reads it: text cells, empty for none
        path = tmp_path / "stats.csv"
        table.to_csv(path, index=False)
        return pd.read_csv(path, dtype=str, keep_default_na=False)

    section = build_section(as_read_back(frames(r, r.passes(85.0), 85.0, 0.95)["STATISTICS"]), "zh")
    assert section.key == "restoration_accuracy" and section.title == "生态修复区域识别精度"
    rows = section.table
    assert rows.iloc[0]["指标"] == "总体精度" and rows.iloc[0]["估计值 (%)"] == pytest.approx(87.0)
    assert {"显著增加", "显著减少"} <= set(rows["类别"])  # trend classes 2 and −2 by name
    assert "Kappa" not in " ".join(rows["指标"])  # a coefficient: in the notes
    assert section.notes[0].endswith("：达标。") and "95 % 置信区间" in section.notes[0]
    failed = as_read_back(frames(r, r.passes(90.0), 90.0, 0.95)["STATISTICS"])
    assert build_section(failed, "en").notes[0].endswith(": fail.")
    # a map of restoration types (accuracy_assessment on restoration_areas): named types, its own title and sheet
    t = acc.assess([[8, 2], [1, 9]], classes=["forest_restoration", "vegetation_recovery"], mapped_area=[30.0, 70.0])
    types = build_section(as_read_back(frames(t, t.passes(85.0), 85.0, 0.95)["STATISTICS"]), "zh")
    assert types.title == "生态修复区域识别精度（修复类型）" and types.sheet_name == "restoration_accuracy_types"
    assert {"森林保护修复", "植被恢复"} <= set(types.table["类别"])  # by name, no code
    assert section.sheet_name == "restoration_accuracy"
