"""Carbon benefit of restoration (metering/restoration/benefit.py) computed by hand."""

import numpy as np
import pandas as pd
import pytest

from carbon_metering.metering.density import DensityTable
from carbon_metering.metering.errors import MeteringError
from carbon_metering.metering.restoration.benefit import plot_check, restoration_benefit

DENSITY = DensityTable.parse(pd.DataFrame({
    "object": ["dry_land", "forest_arbor"],
    "agb": [2.0, 40.0], "bgb": [1.0, 8.0], "deadwood": [0.0, 2.0], "litter": [0.0, 3.0], "soil": [40.0, 60.0]}))
UNIT = pd.DataFrame({"unit": [1], "restoration_type": ["forest_restoration"], "baseline_object": ["dry_land"],
                     "with_object": ["forest_arbor"], "area_ha": [10.0]})


def test_stock_difference_with_transition_period_and_horizon():
    out = restoration_benefit(UNIT, DENSITY, 2020, 2030, transition_years=20).iloc[0]
    # baseline: (2 + 1 + 0 + 0 + 40) × 10 = 430 t C; with: biomass 53 × 10 = 530, soil 40 + 20 × 10/20 = 50 → 500
    assert out["stock_baseline_tc"] == pytest.approx(430.0)
    assert out["stock_with_soil_tc"] == pytest.approx(500.0)
    assert out["stock_with_tc"] == pytest.approx(1030.0)
    assert out["benefit_tc"] == pytest.approx(600.0)
    assert out["sink_increase_tc_per_year"] == pytest.approx(60.0)
    assert out["sink_increase_tco2e_per_year"] == pytest.approx(60.0 * 44 / 12)
    # past the transition period the whole soil change counts: 530 + 600 − 430 = 700 over 25 years
    out = restoration_benefit(UNIT, DENSITY, 2020, 2045, transition_years=20).iloc[0]
    assert out["benefit_tc"] == pytest.approx(700.0) and out["sink_increase_tc_per_year"] == pytest.approx(28.0)


def test_growth_parameters_capped_at_the_restored_density():
    growth = {"forest_arbor": {"agb": 3.0, "bgb": 0.6}}
    out = restoration_benefit(UNIT, DENSITY, 2020, 2030, transition_years=20, growth=growth).iloc[0]
    # agb min(2 + 30, 40) = 32, bgb min(1 + 6, 8) = 7, dead wood and litter stay 0: 39 t C/ha; soil 50
    assert out["stock_with_tc"] == pytest.approx(390.0 + 500.0)
    out = restoration_benefit(UNIT, DENSITY, 2020, 2040, growth=growth).iloc[0]
    assert out["stock_with_tc"] == pytest.approx((40 + 8 + 0 + 0 + 60) * 10.0)  # agb capped at 40


def test_non_metered_baseline_has_no_stock():
    # mining or built-up land (non_metered) restored to forest: the whole restored stock is the benefit
    out = restoration_benefit(UNIT.assign(baseline_object="non_metered"), DENSITY, 2020, 2040).iloc[0]
    assert out["stock_baseline_tc"] == 0.0 and out["benefit_tc"] == pytest.approx(530.0 + 600.0)


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
    assert section.table.iloc[-1]["Carbon benefit (t C)"] == pytest.approx(900.0)
    assert "20-year" in section.notes[1]


def test_plot_check_in_the_table_and_type_objects():
    from carbon_metering.metering.restoration.benefit import add_plot_check, with_objects

    table = restoration_benefit(UNIT, DENSITY, 2020, 2030)  # modelled 1030 t C / 10 ha = 103 t C/ha
    checked = add_plot_check(table, [2], [90.0])
    assert checked.loc[0, "deviation_pct"] == pytest.approx((103 - 90) / 90 * 100)
    assert checked.loc[0, "deviation_flag"] == 1
    assert with_objects(["forest_restoration", "vegetation_recovery"], ["dry_land", "grassland"]) == [
        "forest_arbor", "grassland"]


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
                   [("POINT(500100 3380100)", {"total": 100.0}), ("POINT(600000 3380100)", {"total": 1.0})])
    result = processing.run("carbonmeter:restoration_benefit", {
        "UNITS": units, "TYPE_FIELD": "restoration_type", "BASELINE_FIELD": "target_object", "DENSITY": density,
        "START_YEAR": 2020, "HORIZON_YEAR": 2030, "TRANSITION_YEARS": 20, "PLOTS": plots, "PLOT_FIELD": "total",
        "OUTPUT": str(tmp_path / "benefit.gpkg"), "TABLE": str(tmp_path / "benefit.csv")})
    layer = QgsVectorLayer(result["OUTPUT"], "b", "ogr")
    f = next(layer.getFeatures())
    assert f["with_object"] == "forest_arbor"
    assert f["area_ha"] == pytest.approx(10.0, rel=1e-6)
    assert f["benefit_tc"] == pytest.approx(600.0, rel=1e-5)  # as in the hand computation above
    assert f["plots"] == 1 and f["deviation_pct"] == pytest.approx(3.0, rel=1e-4) and f["deviation_flag"] == 0
    table = pd.read_csv(result["TABLE"])
    assert table["report_section"].tolist() == ["restoration_benefit"]
