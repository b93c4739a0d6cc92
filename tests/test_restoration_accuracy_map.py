"""accuracy_assessment on a polygon map and with reference polygons: confusion matrices by hand.

The hand example (EPSG:4547, metres): map polygons A1 (x 0–100, y 0–100) and A2 (x 0–100, y 100–200)
of forest_restoration (2 ha), B (x 100–300, y 0–200) of grassland_restoration (4 ha): W = 1/3, 2/3.
Ten reference squares: r1–r4 in the forest stratum (r3 read as grassland; r4 straddles A1 (20 m of
its 30 m width) and B (10 m)), r5–r9 in the grassland stratum (r7 read as forest; r8 straddles A2
(10 m) and B (20 m)), r10 outside the map.

Largest share: n = [[3, 1], [1, 4]] (map forest, grassland × reference forest, grassland), so
p̂ = [[1/3·3/4, 1/3·1/4], [2/3·1/5, 2/3·4/5]] = [[1/4, 1/12], [2/15, 8/15]]; overall 1/4 + 8/15 = 47/60;
user's 3/4, 4/5; producer's (1/4)/(23/60) = 15/23, (8/15)/(37/60) = 32/37; error-adjusted areas
6 ha × 23/60 = 2.3 ha and 6 × 37/60 = 3.7 ha; V(Ô) = (1/3)²·(3/4·1/4)/3 + (2/3)²·(4/5·1/5)/4 = 89/3600,
which is also V(p̂_·forest) here (two classes). Area-weighted: r4 counts 2/3 forest, 1/3 grassland in
the map, r8 1/3 and 2/3: n = [[8/3, 4/3], [4/3, 11/3]], overall 1/3·2/3 + 2/3·11/15 = 32/45, forest
area 6 × (2/9 + 8/45) = 2.4 ha (Olofsson et al. 2014 eqs. 1–10 as in metering/restoration/accuracy.py).
"""

import math
import os

import numpy as np
import pytest

from carbon_metering.metering.errors import MeteringError
from carbon_metering.metering.restoration import accuracy as acc

X, Y = 500000.0, 3380000.0
F, G = "forest_restoration", "grassland_restoration"


def _box(x0, y0, x1, y1):
    return "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(X + x0, Y + y0, X + x1, Y + y1)


MAP = [(_box(0, 0, 100, 100), F), (_box(0, 100, 100, 200), F), (_box(100, 0, 300, 200), G)]
REFERENCE = [  # (x0, y0, x1, y1, reference class)
    (10, 10, 30, 30, F), (50, 120, 70, 140, F), (20, 150, 40, 170, G), (80, 40, 110, 60, F),
    (150, 10, 170, 30, G), (200, 100, 220, 120, G), (250, 150, 270, 170, F), (90, 150, 120, 170, G),
    (280, 50, 290, 60, G), (400, 10, 420, 30, G)]
# overlaps of r1–r9 with the map classes (m²), as the algorithm measures them
OVERLAPS = [(F, {F: 400}), (F, {F: 400}), (G, {F: 400}), (F, {F: 400, G: 200}), (G, {G: 400}), (G, {G: 400}),
            (F, {G: 400}), (G, {F: 200, G: 400}), (G, {G: 100})]


def test_overlap_counts_largest_share_and_area_weighted_by_hand():
    classes, n = acc.overlap_counts(OVERLAPS, rule="largest_share")
    assert classes == [F, G] and n.tolist() == [[3, 1], [1, 4]]
    r = acc.assess(n, classes, mapped_area=[2.0, 4.0])
    assert r.overall == pytest.approx(47 / 60)
    assert r.users == pytest.approx([3 / 4, 4 / 5])
    assert r.producers == pytest.approx([15 / 23, 32 / 37])
    assert r.area == pytest.approx([2.3, 3.7])
    assert r.overall_se == pytest.approx(math.sqrt(89 / 3600))
    assert r.area_se == pytest.approx([6 * math.sqrt(89 / 3600)] * 2)
    assert not r.passes(85.0)

    classes, w = acc.overlap_counts(OVERLAPS, rule="area_weighted")
    assert w == pytest.approx(np.array([[8 / 3, 4 / 3], [4 / 3, 11 / 3]]))
    r = acc.assess(w, classes, mapped_area=[2.0, 4.0])
    assert r.overall == pytest.approx(32 / 45) and r.area == pytest.approx([2.4, 3.6])
    # a tie goes to the first class in the sorted order
    assert acc.overlap_counts([(G, {G: 5, F: 5})], classes=[F, G])[1].tolist() == [[0, 1], [0, 0]]
    with pytest.raises(MeteringError) as info:
        acc.overlap_counts([(F, {F: 0})])
    assert info.value.kind == "accuracy_no_overlap"
    with pytest.raises(MeteringError) as info:
        acc.overlap_counts(OVERLAPS, rule="majority")
    assert info.value.kind == "bad_option"
    assert acc.class_areas([F, G, F], [1.0, 4.0, 1.0]) == {F: 2.0, G: 4.0}


def test_pixel_overlaps_count_the_pixel_centres_inside():
    import shapely

    codes = np.array([[1, 1, 2], [1, 1, 2], [1, 2, 2]])
    valid = np.ones_like(codes, dtype=bool)
    valid[2, 2] = False  # nodata
    square = shapely.to_wkb(shapely.box(0, -30, 30, 0))  # the 3 × 3 window of 10 m pixels
    assert acc.pixel_overlaps(codes, valid, 0.0, 0.0, 10.0, -10.0, square) == {1: 5, 2: 3}
    # a polygon inside one pixel holds no centre
    assert acc.pixel_overlaps(codes, valid, 0.0, 0.0, 10.0, -10.0, shapely.to_wkb(shapely.box(1, -4, 3, -2))) == {}


def _layer(tmp_path, name, geometry, rows, field="cls"):
    from osgeo import ogr, osr

    path = str(tmp_path / (name + ".gpkg"))
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4547)
    layer = ds.CreateLayer(name, srs, geometry)
    layer.CreateField(ogr.FieldDefn(field, ogr.OFTString))
    for wkt, value in rows:
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        f.SetField(field, value)
        layer.CreateFeature(f)
    ds = None
    return path


def _run(tmp_path, params, feedback=None):
    import processing

    out = {k: str(tmp_path / (k.lower() + ".csv")) for k in ("CONFUSION", "STATISTICS", "AREAS")}
    for path in out.values():
        if os.path.exists(path):
            os.remove(path)
    result = processing.run("carbonmeter:accuracy_assessment", dict(params, **out), feedback=feedback)
    import pandas as pd

    return {k: pd.read_csv(result[k]) for k in out}


@pytest.mark.parametrize("geometry", ["polygons", "centroids"])
def test_polygon_map_against_reference_polygons_and_points(provider, tmp_path, log_feedback, geometry):
    from osgeo import ogr

    map_path = _layer(tmp_path, "areas", ogr.wkbPolygon, MAP, field="restoration_type")
    if geometry == "polygons":
        ref = _layer(tmp_path, "ref", ogr.wkbPolygon, [(_box(*r[:4]), r[4]) for r in REFERENCE])
    else:  # the squares' centres: r4's lies in A1 (forest), r8's in B (grassland): the largest-share counts
        ref = _layer(tmp_path, "ref", ogr.wkbPoint, [("POINT({0} {1})".format(X + (r[0] + r[2]) / 2,
                                                                              Y + (r[1] + r[3]) / 2), r[4])
                                                     for r in REFERENCE])
    tables = _run(tmp_path, {"MAP_LAYER": map_path, "MAP_FIELD": "restoration_type", "REFERENCE": ref,
                             "REFERENCE_FIELD": "cls", "REQUIRED_ACCURACY": 85}, log_feedback)
    confusion = tables["CONFUSION"].set_index("map_class")
    assert confusion.loc[F, ["ref_" + F, "ref_" + G]].tolist() == [3, 1]
    assert confusion.loc[G, ["ref_" + F, "ref_" + G]].tolist() == [1, 4]
    stats = tables["STATISTICS"]
    overall = stats[stats["measure"] == "overall"].iloc[0]
    assert overall["value"] == pytest.approx(47 / 60) and overall["passed"] == 0
    assert overall["se"] == pytest.approx(math.sqrt(89 / 3600))
    users = stats[stats["measure"] == "producers"].set_index("class")["value"]
    assert users[F] == pytest.approx(15 / 23) and users[G] == pytest.approx(32 / 37)
    areas = tables["AREAS"].set_index("class")
    assert areas["mapped_ha"].tolist() == pytest.approx([2.0, 4.0])
    assert areas["adjusted_ha"].tolist() == pytest.approx([2.3, 3.7])
    assert any("1 reference samples lie outside the map" in e for e in log_feedback.errors)


def test_area_weighted_reference_polygons(provider, tmp_path):
    from osgeo import ogr

    map_path = _layer(tmp_path, "areas", ogr.wkbPolygon, MAP, field="restoration_type")
    ref = _layer(tmp_path, "ref", ogr.wkbPolygon, [(_box(*r[:4]), r[4]) for r in REFERENCE])
    tables = _run(tmp_path, {"MAP_LAYER": map_path, "REFERENCE": ref, "REFERENCE_FIELD": "cls",
                             "POLYGON_RULE": 1})   # MAP_FIELD left out: its default restoration_type
    confusion = tables["CONFUSION"].set_index("map_class")
    assert confusion.loc[F, ["ref_" + F, "ref_" + G]].tolist() == pytest.approx([8 / 3, 4 / 3], abs=1e-6)
    assert confusion.loc[G, "total"] == pytest.approx(5.0)
    stats = tables["STATISTICS"]
    assert stats[stats["measure"] == "overall"].iloc[0]["value"] == pytest.approx(32 / 45, abs=1e-6)
    assert tables["AREAS"].set_index("class")["adjusted_ha"].tolist() == pytest.approx([2.4, 3.6], abs=1e-5)


def test_raster_map_against_reference_polygons(provider, tmp_path):
    """Raster 4 × 2 of 10 m pixels, codes [[1, 1, 2, 2], [1, 2, 2, 2]] (W = 3/8, 5/8). q1 covers the 2 × 2
    left block (centres 1, 1, 1, 2: map 1; reference 1), q2 the left column (1, 1; reference 2), q3 the right
    block (2; reference 2), q4 lies inside pixel (1, 1) with no centre: its centroid's pixel, 2 (reference 2).
    n = [[1, 1], [0, 2]]; overall 3/8 · 1/2 + 5/8 · 1 = 0.8125."""
    from osgeo import gdal, ogr, osr

    path = str(tmp_path / "map.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, 4, 2, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((X, 10.0, 0.0, Y + 20, 0.0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4547)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(255)
    ds.GetRasterBand(1).WriteArray(np.array([[1, 1, 2, 2], [1, 2, 2, 2]], dtype=np.uint8))
    ds = None
    ref = _layer(tmp_path, "ref", ogr.wkbPolygon, [(_box(0, 0, 20, 20), "1"), (_box(0, 0, 10, 20), "2"),
                                                    (_box(20, 0, 40, 20), "2"), (_box(12, 2, 14, 4), "2")])
    tables = _run(tmp_path, {"MAP": path, "BAND": 1, "REFERENCE": ref, "REFERENCE_FIELD": "cls"})
    confusion = tables["CONFUSION"].set_index("map_class")
    assert confusion.loc[1, ["ref_1", "ref_2"]].tolist() == [1, 1]
    assert confusion.loc[2, ["ref_1", "ref_2"]].tolist() == [0, 2]
    stats = tables["STATISTICS"]
    assert stats[stats["measure"] == "overall"].iloc[0]["value"] == pytest.approx(0.8125)
    assert tables["AREAS"]["mapped_ha"].tolist() == pytest.approx([0.03, 0.05])


def test_map_given_twice_or_not_at_all_is_refused(provider, tmp_path):
    from osgeo import ogr
    from qgis.core import QgsProcessingException

    map_path = _layer(tmp_path, "areas", ogr.wkbPolygon, MAP, field="restoration_type")
    ref = _layer(tmp_path, "ref", ogr.wkbPolygon, [(_box(*r[:4]), r[4]) for r in REFERENCE])
    with pytest.raises(QgsProcessingException) as info:
        _run(tmp_path, {"REFERENCE": ref, "REFERENCE_FIELD": "cls"})
    assert "either as a raster (MAP) or as polygons (MAP_LAYER)" in str(info.value)
    with pytest.raises(QgsProcessingException) as info:
        _run(tmp_path, {"MAP_LAYER": map_path, "MAP_FIELD": "cls", "REFERENCE": ref, "REFERENCE_FIELD": "cls"})
    assert "no field cls" in str(info.value)


def test_mapped_region_gives_the_class_outside_the_map_polygons(provider, tmp_path):
    """With the region x 0–400, y 0–200 (8 ha) the 2 ha outside the map polygons are the map class none
    (W = 2/8, 4/8, 2/8). Four more reference squares there: n1, n2 read as none, n3 as grassland (an area the
    map missed), n4 straddles B (200 m²) and the rest of the region (300 m²): largest share none, read as
    none. r10 lies outside the region: still left out. n = [[3, 1, 0], [1, 4, 0], [0, 1, 3]];
    p̂ = [[3/16, 1/16, 0], [1/10, 4/10, 0], [0, 1/16, 3/16]]; overall 3/16 + 4/10 + 3/16 = 0.775;
    p̂_·grassland = 1/16 + 4/10 + 1/16 = 0.525: 4.2 ha (the map's 4 ha plus the missed part), producer's
    0.4/0.525; none 8 × 3/16 = 1.5 ha."""
    from osgeo import ogr

    map_path = _layer(tmp_path, "areas", ogr.wkbPolygon, MAP, field="restoration_type")
    region = _layer(tmp_path, "region", ogr.wkbPolygon, [(_box(0, 0, 400, 200), "county")])
    more = [(320, 20, 340, 40, "none"), (350, 150, 370, 170, "none"), (330, 100, 350, 120, G),
            (290, 100, 315, 120, "none")]
    ref = _layer(tmp_path, "ref", ogr.wkbPolygon, [(_box(*r[:4]), r[4]) for r in REFERENCE + more])
    tables = _run(tmp_path, {"MAP_LAYER": map_path, "REFERENCE": ref, "REFERENCE_FIELD": "cls",
                             "MAP_REGION": region})   # OUTSIDE_CLASS left out: none
    confusion = tables["CONFUSION"].set_index("map_class")
    assert confusion.loc["none", ["ref_" + F, "ref_" + G, "ref_none"]].tolist() == [0, 1, 3]
    assert confusion.loc[G, ["ref_" + F, "ref_" + G, "ref_none"]].tolist() == [1, 4, 0]
    stats = tables["STATISTICS"]
    assert stats[stats["measure"] == "overall"].iloc[0]["value"] == pytest.approx(0.775)
    producers = stats[stats["measure"] == "producers"].set_index("class")["value"]
    assert producers[G] == pytest.approx(0.4 / 0.525)
    areas = tables["AREAS"].set_index("class")
    assert areas["mapped_ha"].tolist() == pytest.approx([2.0, 4.0, 2.0])
    assert areas["adjusted_ha"].tolist() == pytest.approx([2.3, 4.2, 1.5])


def test_polygon_map_in_a_geographic_crs_gives_ellipsoidal_areas(provider, tmp_path):
    """The map of the hand example in EPSG:4490 (CGCS2000 geographic), the reference squares in EPSG:4547: the
    samples are reprojected onto the map and the mapped areas measured on the ellipsoid (2 and 4 ha within
    0.1 %, the scale error of the Gauss–Krüger projection near its central meridian being far smaller)."""
    from osgeo import ogr, osr

    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(4547)
    dst.ImportFromEPSG(4490)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(src, dst)
    rows = []
    for wkt, cls in MAP:
        geom = ogr.CreateGeometryFromWkt(wkt)
        geom.Segmentize(10.0)
        geom.Transform(transform)
        rows.append((geom.ExportToWkt(), cls))
    path = str(tmp_path / "geographic.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer("areas", dst, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("restoration_type", ogr.OFTString))
    for wkt, cls in rows:
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        f.SetField("restoration_type", cls)
        layer.CreateFeature(f)
    ds = None
    ref = _layer(tmp_path, "ref", ogr.wkbPolygon, [(_box(*r[:4]), r[4]) for r in REFERENCE])
    tables = _run(tmp_path, {"MAP_LAYER": path, "REFERENCE": ref, "REFERENCE_FIELD": "cls"})
    confusion = tables["CONFUSION"].set_index("map_class")
    assert confusion.loc[F, ["ref_" + F, "ref_" + G]].tolist() == [3, 1]
    assert tables["AREAS"]["mapped_ha"].tolist() == pytest.approx([2.0, 4.0], rel=1e-3)
