"""Parcel stock and sink (carbonmeter:parcel_stock and metering/stock.py).

Densities are made up round numbers so every stock can be checked by hand:
stock (t C) = density (t C/ha) × area (ha); ΔC = (C_t2 − C_t1)/(t2 − t1);
removals = ΔC × 44/12 (methods.md §3–4).
"""

import pandas as pd
import pytest

from carbon_metering.metering import POOLS, POOLS_WITH_TOTAL, stock
from carbon_metering.metering import density as density_core

# t C/ha; forest total 100 at t1, 110 at t2 (agb grows by 10); paddy total 50.
BASE = pd.DataFrame({
    "key": ["forest_arbor", "paddy"],
    "agb": [50.0, 4.0], "bgb": [10.0, 1.0], "deadwood": [2.0, 0.0], "litter": [3.0, 0.0], "soil": [35.0, 45.0],
})
TARGET = BASE.assign(agb=[60.0, 4.0])

# fid, base_code, target_code, base_object, target_object, change_flag, county, area_m2
PIECES = [
    (1, "0301", "0301", "forest_arbor", "forest_arbor", 0, "420101", 20000.0),  # unchanged 2 ha
    (2, "0101", "0301", "paddy", "forest_arbor", 1, "420101", 15000.0),  # paddy -> forest 1.5 ha
    (3, "0301", None, "forest_arbor", None, 2, "420102", 5000.0),  # base only 0.5 ha
    (4, None, "1001", None, "non_metered", 3, "420102", 3000.0),  # target only, not metered
    (5, "0101", "0101", "paddy", "paddy", 0, "420102", 10000.0),  # unchanged paddy 1 ha
    (6, "1001", "1001", "non_metered", "non_metered", 0, "420102", 40000.0),  # road, 4 ha
]
COLUMNS = ["fid", "base_code", "target_code", "base_object", "target_object", "change_flag", "county", "area_m2"]


def _pieces():
    return pd.DataFrame(PIECES, columns=COLUMNS)


def _stocks(target=TARGET):
    return stock.piece_stocks(
        _pieces(), stock.normalize_density_table(BASE), stock.normalize_density_table(target), "object",
        2020, 2023, density_core.metered_objects(),
    ).set_index("fid")


def test_pieces_by_hand():
    s = _stocks()
    # Unchanged forest, 2 ha: 100 × 2 = 200 t C -> 110 × 2 = 220 t C; ΔC = 20/3 t C/a.
    assert s.loc[1, "c_base_total"] == pytest.approx(200.0)
    assert s.loc[1, "c_target_total"] == pytest.approx(220.0)
    assert s.loc[1, "c_target_agb"] == pytest.approx(120.0)
    assert s.loc[1, "dc_per_year"] == pytest.approx(20.0 / 3)
    assert s.loc[1, "removals_co2e"] == pytest.approx(20.0 / 3 * 44 / 12)
    # Changed paddy -> forest, 1.5 ha: t1 by paddy 50 × 1.5 = 75, t2 by forest 110 × 1.5 = 165; ΔC = 30.
    assert (s.loc[2, "base_key"], s.loc[2, "target_key"]) == ("paddy", "forest_arbor")
    assert s.loc[2, "c_base_total"] == pytest.approx(75.0)
    assert s.loc[2, "c_base_soil"] == pytest.approx(45.0 * 1.5)
    assert s.loc[2, "c_target_total"] == pytest.approx(165.0)
    assert s.loc[2, "removals_co2e"] == pytest.approx(30.0 * 44 / 12)
    # Base only, 0.5 ha: 50 t C at t1, nothing at t2, no change computed.
    assert s.loc[3, "c_base_total"] == pytest.approx(50.0)
    assert pd.isna(s.loc[3, "c_target_total"]) and pd.isna(s.loc[3, "dc_per_year"])
    assert s.loc[3, "target_key"] is None
    # Target only, not metered: zero stock at t2 by definition, none at t1.
    assert s.loc[4, "c_target_total"] == 0.0 and pd.isna(s.loc[4, "c_base_total"])
    assert s.loc[4, "target_key"] == "non_metered"
    # A road stays a road: zero at both years, zero change (not an error).
    assert s.loc[6, "c_base_total"] == 0.0 and s.loc[6, "dc_per_year"] == 0.0
    # The piece total is the sum of the pools.
    pools = ["c_target_" + p for p in POOLS]
    assert (s[pools].sum(axis=1, min_count=1).fillna(-1) == s["c_target_total"].fillna(-1)).all()


def test_summary_totals_equal_density_times_area():
    s = _stocks()
    summary = stock.stock_summary(s.reset_index(), 2020, 2023)
    index = summary.set_index(["county", "object", "change_group", "pool"])
    # Forest at t2 (unchanged + changed, summarised under the target object): (2 + 1.5) ha × 110.
    assert index.loc[("ALL", "forest_arbor", "all", "total"), "stock_target_tc"] == pytest.approx(3.5 * 110)
    # ... at t1 those pieces held 2 × 100 + 1.5 × 50.
    assert index.loc[("ALL", "forest_arbor", "all", "total"), "stock_base_tc"] == pytest.approx(275.0)
    # Σ density × area per object and pool at t2, over every piece with a target year.
    for obj, area in (("forest_arbor", 3.5), ("paddy", 1.0)):
        for pool in POOLS:
            density = TARGET.set_index("key").loc[obj, pool]
            got = index.loc[("ALL", obj, "all", pool), "stock_target_tc"]
            assert got == pytest.approx(density * area), (obj, pool)
    # Changed and unchanged apart, all = both; one-year pieces outside "all".
    changed = index.loc[("420101", "forest_arbor", "changed", "total")]
    assert changed["area_ha"] == pytest.approx(1.5) and changed["dc_per_year_tc"] == pytest.approx(30.0)
    grand = index.loc[("ALL", "ALL", "all", "total")]
    assert grand["area_ha"] == pytest.approx(2 + 1.5 + 1 + 4)
    assert grand["stock_base_tc"] == pytest.approx(200 + 75 + 50)
    assert grand["removals_tco2e"] == pytest.approx((20.0 / 3 + 30.0) * 44 / 12)
    assert index.loc[("420102", "forest_arbor", "base_only", "total"), "stock_base_tc"] == pytest.approx(50.0)
    assert index.loc[("420102", "non_metered", "all", "total"), "stock_target_tc"] == 0.0
    assert set(summary["pool"]) == set(POOLS_WITH_TOTAL)
    assert list(summary.columns) == list(stock.SUMMARY_COLUMNS)


def test_missing_density_is_an_error_listing_key_pieces_area():
    base = BASE[BASE["key"] != "paddy"]
    with pytest.raises(stock.StockInputError) as info:
        stock.piece_stocks(_pieces(), stock.normalize_density_table(base), None, "object", 2020, 2023,
                           density_core.metered_objects())
    assert info.value.kind == "missing_density"
    # paddy at t1: pieces 2 (1.5 ha) and 5 (1 ha); at t2: piece 5.
    rows = {(r[0], r[1]): (r[2], r[3]) for r in info.value.details["rows"]}
    assert rows[("base", "paddy")] == (2, pytest.approx(2.5))
    assert rows[("target", "paddy")] == (1, pytest.approx(1.0))


def test_codes_stay_text_from_csv(tmp_path):
    path = tmp_path / "by_code.csv"
    path.write_text("key,agb,bgb,deadwood,litter,soil\n0101,4,1,0,0,45\n0301,50,10,2,3,35\n", encoding="utf-8")
    # A type-guessing reader turns 0101 into 101; the core restores it as text.
    guessed = pd.read_csv(path)
    assert guessed["key"].iloc[0] == 101
    table = stock.normalize_density_table(guessed, "code")
    assert list(table.index) == ["0101", "0301"]
    table = stock.normalize_density_table(pd.read_csv(path, dtype=str), "code")
    assert "0101" in table.index and 101 not in table.index
    assert stock.code_text(301.0) == "0301" and stock.code_text(" 0101 ") == "0101"
    s = stock.piece_stocks(_pieces(), table, None, "code", 2020, 2023, density_core.metered_objects())
    s = s.set_index("fid")
    assert s.loc[2, "base_key"] == "0101" and s.loc[2, "target_key"] == "0301"
    assert s.loc[2, "c_base_total"] == pytest.approx(75.0)


def test_years_and_bad_flags_rejected():
    table = stock.normalize_density_table(BASE)
    with pytest.raises(stock.StockInputError) as info:
        stock.piece_stocks(_pieces(), table, None, "object", 2023, 2020, density_core.metered_objects())
    assert info.value.kind == "years"
    pieces = _pieces()
    pieces.loc[0, "change_flag"] = 9
    with pytest.raises(stock.StockInputError) as info:
        stock.piece_stocks(pieces, table, None, "object", 2020, 2023, density_core.metered_objects())
    assert info.value.details["rows"] == [(1, 9)]


def test_long_density_table_from_stratum_density():
    plots = pd.DataFrame({
        "fid": [1, 2], "object": ["forest_arbor", "forest_arbor"],
        "agb": [40.0, 60.0], "bgb": [10.0, 10.0], "deadwood": [2.0, 2.0], "litter": [3.0, 3.0],
        "soil": [35.0, 35.0],
    })
    plots["total"] = plots[list(POOLS)].sum(axis=1)
    long = density_core.stratum_density(plots)
    wide = stock.normalize_density_table(long)
    assert wide.loc["forest_arbor", "agb"] == pytest.approx(50.0)
    assert set(density_core.metered_objects()) <= set(wide.index)


# ---------------------------------------------------------------------------
# Through Processing
# ---------------------------------------------------------------------------


def _piece_gpkg(path):
    """The PIECES as 10 m-wide rectangles in a GeoPackage (area_m2 is carried, not recomputed)."""
    from qgis.core import (
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsGeometry,
        QgsVectorFileWriter,
        QgsVectorLayer,
    )

    uri = ("Polygon?crs=EPSG:4526&field=base_code:string&field=target_code:string&field=base_object:string"
           "&field=target_object:string&field=change_flag:integer&field=change_type:string"
           "&field=county:string&field=area_m2:double&field=sliver:integer&field=area_method:string")
    layer = QgsVectorLayer(uri, "pieces", "memory")
    feats = []
    for i, (_, bc, tc, bo, to, flag, county, area) in enumerate(PIECES):
        feat = QgsFeature(layer.fields())
        feat.setAttributes([bc, tc, bo, to, flag, "", county, area, 0, "planar EPSG:4526"])
        x0 = 38500000 + i * 1000
        wkt = "POLYGON(({0} 3400000, {1} 3400000, {1} {2}, {0} {2}, {0} 3400000))"
        feat.setGeometry(QgsGeometry.fromWkt(wkt.format(x0, x0 + 10, 3400000 + area / 10)))
        feats.append(feat)
    layer.dataProvider().addFeatures(feats)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "pieces"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    return "{0}|layername=pieces".format(path)


def test_processing_end_to_end_by_code(provider, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    from carbon_metering.processing_provider.stratum_density import frame_without_fid_field

    pieces = _piece_gpkg(tmp_path / "pieces.gpkg")
    base = tmp_path / "base.csv"
    base.write_text("key,agb,bgb,deadwood,litter,soil,source\n0101,4,1,0,0,45,test\n0301,50,10,2,3,35,test\n",
                    encoding="utf-8")
    target = tmp_path / "target.csv"
    target.write_text("key,agb,bgb,deadwood,litter,soil\n0101,4,1,0,0,45\n0301,60,10,2,3,35\n", encoding="utf-8")
    result = processing.run("carbonmeter:parcel_stock", {
        "INPUT": pieces, "BASE_DENSITY": str(base), "TARGET_DENSITY": str(target), "KEY": 1,
        "BASE_YEAR": 2020, "TARGET_YEAR": 2023,
        "OUTPUT": str(tmp_path / "stock.gpkg"), "SUMMARY": str(tmp_path / "summary.gpkg"),
    })
    out = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert out.featureCount() == len(PIECES) and out.geometryType() == 2  # polygons, copied
    frame = frame_without_fid_field(out).set_index("base_code", drop=False)
    names = [f.name() for f in out.fields()]
    for pool in POOLS_WITH_TOTAL:
        assert "c_base_" + pool in names and "c_target_" + pool in names
    assert "area_method" in names and "removals_co2e" in names
    changed = frame[frame["change_flag"] == 1].iloc[0]
    assert changed["base_key"] == "0101" and changed["target_key"] == "0301"
    assert changed["c_target_total"] == pytest.approx(165.0)
    assert changed["removals_co2e"] == pytest.approx(30.0 * 44 / 12)

    summary = frame_without_fid_field(QgsVectorLayer(result["SUMMARY"], "s", "ogr"))
    grand = summary[(summary["county"] == "ALL") & (summary["object"] == "ALL")
                    & (summary["change_group"] == "all") & (summary["pool"] == "total")].iloc[0]
    assert grand["stock_target_tc"] == pytest.approx(3.5 * 110 + 1.0 * 50)
    assert QgsVectorLayer(pieces, "p", "ogr").featureCount() == len(PIECES)  # input untouched


def test_processing_missing_code_names_key(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    pieces = _piece_gpkg(tmp_path / "pieces.gpkg")
    base = tmp_path / "base.csv"
    base.write_text("key,agb,bgb,deadwood,litter,soil\n0301,50,10,2,3,35\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as info:
        processing.run("carbonmeter:parcel_stock", {
            "INPUT": pieces, "BASE_DENSITY": str(base), "KEY": 1, "BASE_YEAR": 2020, "TARGET_YEAR": 2023,
            "OUTPUT": str(tmp_path / "stock.gpkg"), "SUMMARY": str(tmp_path / "summary.gpkg"),
        })
    message = str(info.value)
    assert "0101" in message and "2.5" in message
    assert not (tmp_path / "stock.gpkg").exists()  # nothing written


def test_processing_chain_from_stratum_density(provider, tmp_path):
    """stratum_density's table feeds parcel_stock directly (KEY = object)."""
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    uri = "Point?crs=EPSG:4526&field=object:string&field=survey_year:integer" + "".join(
        "&field={0}:double".format(p) for p in POOLS_WITH_TOTAL)
    plots = QgsVectorLayer(uri, "plots", "memory")
    feats = []
    for i, agb in enumerate((40.0, 60.0)):
        feat = QgsFeature(plots.fields())
        feat.setAttributes(["forest_arbor", 2020, agb, 10.0, 2.0, 3.0, 35.0, agb + 50.0])
        feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(38500000 + i, 3400000)))
        feats.append(feat)
    plots.dataProvider().addFeatures(feats)
    dens = processing.run("carbonmeter:stratum_density", {"INPUT": plots, "OUTPUT": str(tmp_path / "d.gpkg")})
    result = processing.run("carbonmeter:parcel_stock", {
        "INPUT": _piece_gpkg(tmp_path / "pieces.gpkg"), "BASE_DENSITY": dens["OUTPUT"], "KEY": 0,
        "BASE_YEAR": 2020, "TARGET_YEAR": 2023, "OUTPUT": "memory:", "SUMMARY": "memory:",
    })
    feats = {f["base_code"]: f for f in result["OUTPUT"].getFeatures() if f["change_flag"] == 0}
    # Forest plots: mean agb 50 + bgb 10 + deadwood 2 + litter 3 + soil 35 = 100 t C/ha × 2 ha.
    assert feats["0301"]["c_base_total"] == pytest.approx(200.0)
    # Paddy has no plots: the shipped default density × 1 ha.
    paddy = density_core.load_default_density()
    paddy_total = paddy.loc[paddy["object"] == "paddy", "mean"].sum()
    assert feats["0101"]["c_base_total"] == pytest.approx(paddy_total)
