"""Restoration rule table (metering/restoration/rules.py) and slope (slope.py) on hand-made cases."""

import math

import numpy as np
import pandas as pd
import pytest

from carbon_metering.metering.errors import MeteringError
from carbon_metering.metering.restoration import rules as r
from carbon_metering.metering.restoration.slope import geographic_cell_size, slope_degrees
from carbon_metering.metering.vocabulary import TrendClass


def units(**columns):
    return pd.DataFrame(columns)


def test_shipped_rules_parse_and_every_rule_has_a_source():
    rules = r.read_rules()
    assert [x.rule_id for x in rules][:2] == ["R1", "R2"]
    assert all(x.source for x in rules)


def test_first_matching_rule_wins_with_its_factors():
    rules = r.read_rules()
    u = units(trend_class=[-2, 0, -1, 2, 0], slope_deg=[30, 25.0, 5, 16, 24.99],
              base_group=["forest", "cropland", "forest", "grassland", "cropland"],
              target_group=["cropland", "cropland", "cropland", "grassland", "cropland"],
              change_flag=[1, 0, 1, 0, 0], mining=[True, False, False, False, False])
    out = r.classify(u, rules)
    assert list(out["rule_id"].fillna("-")) == ["R1", "R2", "R3", "-", "-"]  # 25.0 counts (以上 includes 25)
    assert list(out["priority"]) == [1, 1, 1, 0, 0]
    assert out.loc[2, "factors"] == "trend=-2,-1; base=forest; target=cropland,non_metered; change_flag=1"
    assert out.loc[1, "restoration_type"] == "forest_restoration"


def test_nodata_trend_never_satisfies_a_trend_condition():
    rules = r.read_rules()
    out = r.classify(units(trend_class=[np.nan], slope_deg=[20.0], base_group=["forest"], target_group=["forest"],
                           change_flag=[0]), rules)
    assert out.loc[0, "rule_id"] is None
    out = r.classify(units(trend_class=[int(TrendClass.SIGNIFICANT_DECREASE)], slope_deg=[20.0],
                           base_group=["forest"], target_group=["forest"], change_flag=[0]), rules)
    assert out.loc[0, "rule_id"] == "R7"


def table(**change):
    row = {"rule_id": "X1", "order": "1", "trend": "", "slope_min": "", "slope_max": "", "base_group": "",
           "target_group": "", "change_flag": "", "constraint": "", "restoration_type": "forest_restoration",
           "priority": "1", "source": "test"}
    row.update(change)
    return pd.DataFrame([row])


@pytest.mark.parametrize("column,value", [("trend", "-3"), ("trend", "falling"), ("slope_min", "95"),
                                          ("base_group", "desert"), ("constraint", "park"),
                                          ("restoration_type", "tidy_up"), ("priority", "0"), ("source", ""),
                                          ("change_flag", "7")])
def test_bad_values_name_row_and_column(column, value):
    with pytest.raises(MeteringError) as info:
        r.parse_rules(table(**{column: value}), name="mine.csv")
    assert info.value.kind == "restoration_rule_value"
    assert info.value.details["row"] == 2 and info.value.details["column"] == column


def test_missing_column_and_duplicate_id():
    with pytest.raises(MeteringError) as info:
        r.parse_rules(table().drop(columns=["source"]))
    assert info.value.kind == "restoration_rule_columns" and info.value.details["fields"] == ["source"]
    with pytest.raises(MeteringError) as info:
        r.parse_rules(pd.concat([table(), table()]))
    assert info.value.kind == "restoration_rule_duplicate" and info.value.details["row"] == 3


def test_slope_of_a_plane_of_known_gradient():
    # z = 0.5 x + 0.2 y on a 30 m grid (rows go south: y decreases with the row index)
    rows, cols = np.mgrid[0:6, 0:7]
    x, y = cols * 30.0, -rows * 30.0
    s = slope_degrees(0.5 * x + 0.2 * y, 30.0, 30.0)
    expected = math.degrees(math.atan(math.hypot(0.5, 0.2)))
    assert np.allclose(s[1:-1, 1:-1], expected)
    assert np.isnan(s[0]).all() and np.isnan(s[:, -1]).all()  # edges are not extrapolated
    # 100 % gradient = 45°, also with rectangular cells
    s = slope_degrees(cols * 10.0, 10.0, 25.0)
    assert np.allclose(s[1:-1, 1:-1], 45.0)


def test_geographic_cell_size_and_nodata():
    dx, dy = geographic_cell_size(0.0, 1.0, 1.0)
    assert dx == pytest.approx(111319.49, abs=0.01)  # equator: a · π/180
    assert dy == pytest.approx(6378137.0 * (1 - 0.00669438002290) * math.pi / 180, abs=0.01)  # M(0) = a(1 − e²), GRS 80
    dem = np.arange(25.0).reshape(5, 5)
    dem[2, 2] = np.nan
    s = slope_degrees(dem, 1.0, 1.0)
    assert np.isnan(s[1:4, 1:4]).all()
    with pytest.raises(MeteringError):
        slope_degrees(dem, 0.0, 1.0)


def test_pixels_outside_pieces_are_never_classified_and_steep_cropland_is_derived():
    rules = r.parse_rules(table(constraint="steep_cropland", rule_id="S"))
    pieces = pd.DataFrame({"base_object": ["dry_land", "forest_arbor"], "target_object": ["dry_land", "forest_arbor"],
                           "change_flag": [0, 0]})
    piece = np.array([[0, 0, 1, -1]])
    slope = np.array([[30.0, 10.0, 40.0, 40.0]])
    out = r.classify_pixels(np.zeros((1, 4)), slope, piece, pieces, {}, rules)
    assert out.tolist() == [[0, -1, -1, -1]]


def _raster(path, array, x0, y0, cell=30.0, descriptions=None, nodata=-9999.0):
    from osgeo import gdal, osr

    bands = array if array.ndim == 3 else array[None]
    ds = gdal.GetDriverByName("GTiff").Create(str(path), bands.shape[2], bands.shape[1], bands.shape[0],
                                              gdal.GDT_Float32)
    ds.SetGeoTransform((x0, cell, 0, y0, 0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4547)
    ds.SetProjection(srs.ExportToWkt())
    for i, a in enumerate(bands):
        b = ds.GetRasterBand(i + 1)
        b.WriteArray(a)
        b.SetNoDataValue(nodata)
        if descriptions:
            b.SetDescription(descriptions[i])
    ds = None
    return str(path)


def test_restoration_areas_algorithm_on_synthetic_rasters(provider, tmp_path):
    import processing
    from osgeo import ogr, osr
    from qgis.core import QgsVectorLayer

    from carbon_metering.metering.vocabulary import TREND_BANDS

    x0, y0 = 500000.0, 3380300.0  # 10 × 10 pixels of 30 m
    trend = np.zeros((6, 10, 10), dtype=np.float32)
    trend[5] = -2
    trend[5, 0, 0] = -9999.0  # a nodata trend pixel in the cropland piece: still steep cropland (R2 has no trend)
    trend[5, 9, 9] = -9999.0  # nodata in the forest piece: no rule
    t = _raster(tmp_path / "trend.tif", trend, x0, y0, descriptions=list(TREND_BANDS))
    rows, cols = np.mgrid[0:14, 0:14]
    dem = _raster(tmp_path / "dem.tif", (cols * 30.0 * 0.6).astype(np.float32), x0 - 60, y0 + 60)  # 30.96°
    path = str(tmp_path / "pieces.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4547)
    layer = ds.CreateLayer("pieces", srs, ogr.wkbPolygon)
    for name, kind in (("base_object", ogr.OFTString), ("target_object", ogr.OFTString),
                       ("change_flag", ogr.OFTInteger)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for (a, b), objects in (((0, 150), ("dry_land", "dry_land")), ((150, 300), ("forest_arbor", "forest_arbor"))):
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON(({0} {2},{1} {2},{1} {3},{0} {3},{0} {2}))".format(
            x0 + a, x0 + b, y0, y0 - 300)))
        f.SetField("base_object", objects[0])
        f.SetField("target_object", objects[1])
        f.SetField("change_flag", 0)
        layer.CreateFeature(f)
    ds = None
    out = processing.run("carbonmeter:restoration_areas", {
        "TREND": t, "DEM": dem, "PIECES": path + "|layername=pieces", "OUTPUT": str(tmp_path / "areas.gpkg")})
    result = QgsVectorLayer(out["OUTPUT"], "areas", "ogr")
    by_rule = {}
    for f in result.getFeatures():
        by_rule.setdefault(f["rule_id"], []).append(f)
    assert sorted(by_rule) == ["R2", "R7"]
    r2 = by_rule["R2"]
    assert sum(f["pixels"] for f in r2) == 50 and r2[0]["restoration_type"] == "forest_restoration"
    assert sum(f["area_ha"] for f in r2) == pytest.approx(50 * 900 / 10000)
    assert r2[0]["slope_mean_deg"] == pytest.approx(math.degrees(math.atan(0.6)), abs=1e-3)
    r7 = by_rule["R7"]
    assert sum(f["pixels"] for f in r7) == 49 and r7[0]["factors"] == "trend=-2; slope >= 15°"
