"""metering/gpkg.py: filling an empty GeoPackage table with SQLite (no QGIS), read back through GDAL."""

import math
import sqlite3

import numpy as np
import pytest
from osgeo import ogr, osr

from carbon_metering.metering import gpkg

shapely = pytest.importorskip("shapely")

ogr.UseExceptions()
X0, Y0 = 38_500_000.0, 3_400_000.0


def empty_table(path, name="pieces"):
    """An empty GeoPackage feature table as GDAL creates it (R-tree, triggers, gpkg_ogr_contents)."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4526)
    lyr = ds.CreateLayer(name, srs, ogr.wkbMultiPolygon)
    for field, kind in (("code", ogr.OFTString), ("flag", ogr.OFTInteger), ("area", ogr.OFTReal),
                        ("src", ogr.OFTInteger64)):
        lyr.CreateField(ogr.FieldDefn(field, kind))
    ds = None
    return path


def squares(n, seed=0):
    """n multipolygon squares of 1–30 m scattered over 2 km, as 2-D WKB, with their bounds."""
    rng = np.random.default_rng(seed)
    x = X0 + rng.uniform(0, 2000, n)
    y = Y0 + rng.uniform(0, 2000, n)
    w = rng.uniform(1, 30, n)
    geoms = shapely.multipolygons([[shapely.box(a, b, a + c, b + c)] for a, b, c in zip(x, y, w)])
    return shapely.to_wkb(geoms, output_dimension=2, byte_order=1), shapely.bounds(geoms)


def columns(n):
    flags = np.arange(n) % 4
    area = np.linspace(0.5, 900.0, n)
    area[3] = np.nan  # stored as NULL
    src = np.ma.MaskedArray(np.arange(n, dtype=np.int64) + 2 ** 40, mask=np.arange(n) % 7 == 0)
    code = np.array(["01{0:02d}".format(k % 5) if k % 11 else None for k in range(n)], dtype=object)
    return {"code": code, "flag": flags, "area": area, "src": src}


def test_features_read_back_through_gdal_identical(tmp_path):
    path = empty_table(tmp_path / "out.gpkg")
    n = 3000
    wkb, bounds = squares(n)
    cols = columns(n)
    gpkg.append_features(str(path), "pieces", cols, wkb, bounds)
    ds = ogr.Open(str(path))
    lyr = ds.GetLayerByName("pieces")
    assert lyr.GetFeatureCount() == n
    extent = (bounds[:, 0].min(), bounds[:, 2].max(), bounds[:, 1].min(), bounds[:, 3].max())
    assert lyr.GetExtent() == pytest.approx(extent, rel=1e-14)  # GDAL reads it back through text
    con = sqlite3.connect(str(path))
    stored = con.execute("SELECT min_x, max_x, min_y, max_y FROM gpkg_contents").fetchone()
    assert stored == pytest.approx(extent, rel=1e-15)  # as GDAL stores it: sqlite3_mprintf("%.18g")
    assert stored == con.execute("SELECT " + ", ".join(["CAST(printf('%.18g', ?) AS REAL)"] * 4), extent).fetchone()
    for k, feat in enumerate(lyr):
        assert feat.GetFID() == k + 1
        assert bytes(feat.GetGeometryRef().ExportToIsoWkb(ogr.wkbNDR)) == wkb[k]
        assert feat["code"] == cols["code"][k]
        assert feat["flag"] == cols["flag"][k]
        assert (feat["area"] is None) if k == 3 else feat["area"] == cols["area"][k]
        assert feat["src"] == (None if cols["src"].mask[k] else int(cols["src"].data[k]))


def test_rtree_is_valid_and_answers_like_a_scan(tmp_path):
    path = empty_table(tmp_path / "out.gpkg")
    n = 5000  # three levels of 51-cell nodes
    wkb, bounds = squares(n, seed=1)
    gpkg.append_features(str(path), "pieces", columns(n), wkb, bounds)
    con = sqlite3.connect(str(path))
    assert con.execute("SELECT rtreecheck('rtree_pieces_geom')").fetchone() == ("ok",)
    assert con.execute("SELECT count(*) FROM rtree_pieces_geom").fetchone() == (n,)
    ds = ogr.Open(str(path))
    lyr = ds.GetLayerByName("pieces")
    rng = np.random.default_rng(2)
    for _ in range(40):
        x, y, w = X0 + rng.uniform(-50, 2000), Y0 + rng.uniform(-50, 2000), rng.choice([0.5, 20.0, 300.0])
        lyr.SetSpatialFilterRect(x, y, x + w, y + w)
        got = sorted(f.GetFID() for f in lyr)
        hit = (bounds[:, 0] <= x + w) & (bounds[:, 2] >= x) & (bounds[:, 1] <= y + w) & (bounds[:, 3] >= y)
        assert got == (np.flatnonzero(hit) + 1).tolist()


def test_table_stays_editable_by_gdal(tmp_path):
    # the triggers dropped for the load are back: GDAL's later inserts and deletes keep the R-tree and count
    path = empty_table(tmp_path / "out.gpkg")
    wkb, bounds = squares(400, seed=3)
    gpkg.append_features(str(path), "pieces", columns(400), wkb, bounds)
    ds = ogr.Open(str(path), 1)
    lyr = ds.GetLayerByName("pieces")
    feat = ogr.Feature(lyr.GetLayerDefn())
    feat.SetGeometry(ogr.CreateGeometryFromWkt(
        "MULTIPOLYGON((({0} {1},{2} {1},{2} {3},{0} {3},{0} {1})))".format(X0 - 500, Y0 - 500, X0 - 490, Y0 - 490)))
    lyr.CreateFeature(feat)
    lyr.DeleteFeature(7)
    ds = None
    con = sqlite3.connect(str(path))
    assert con.execute("SELECT rtreecheck('rtree_pieces_geom')").fetchone() == ("ok",)
    assert con.execute("SELECT feature_count FROM gpkg_ogr_contents").fetchone() == (400,)
    assert con.execute("SELECT max(fid) FROM pieces").fetchone() == (401,)
    ids = [r[0] for r in con.execute("SELECT id FROM rtree_pieces_geom WHERE maxx < ?", (X0 - 400,))]
    assert ids == [401]
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"rtree_pieces_geom_insert", "trigger_insert_feature_count_pieces"} <= names


def test_rtree_bounds_round_as_sqlite_does():
    # SQLite stores float32 boxes rounded outwards (ext/rtree/rtree.c rtreeValueDown/Up): compare with
    # what SQLite's own R-tree keeps for the same doubles
    rng = np.random.default_rng(4)
    lo = np.concatenate([rng.uniform(-1e7, 1e7, 500), [0.1, -0.1, 38_512_345.678901, 3.0, -3.0]])
    b = np.column_stack([lo, lo - 1.3, lo + 0.7, lo + 2.9])  # minx miny maxx maxy
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)")
    con.executemany("INSERT INTO r VALUES (?, ?, ?, ?, ?)",
                    [(k, r[0], r[2], r[1], r[3]) for k, r in enumerate(b.tolist())])
    stored = np.array(con.execute("SELECT minx, maxx, miny, maxy FROM r ORDER BY id").fetchall())
    assert np.array_equal(gpkg.rtree_bounds(b).astype(np.float64), stored)


def test_refuses_a_table_that_is_not_empty_and_writes_nothing(tmp_path):
    path = empty_table(tmp_path / "out.gpkg")
    wkb, bounds = squares(10)
    gpkg.append_features(str(path), "pieces", columns(10), wkb, bounds)
    with pytest.raises(gpkg.NotAppendableError):
        gpkg.append_features(str(path), "pieces", columns(10), wkb, bounds)
    path2 = empty_table(tmp_path / "out2.gpkg")
    with pytest.raises(gpkg.NotAppendableError):
        gpkg.append_features(str(path2), "pieces", {"no_such": [1] * 10}, wkb, bounds)
    con = sqlite3.connect(str(path2))
    assert con.execute("SELECT count(*) FROM pieces").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'pieces'"
                       ).fetchone()[0] >= 2
    assert gpkg.feature_table(str(path2)) == "pieces"


def test_geometry_blob_header():
    wkb, bounds = squares(2)
    blob = gpkg.geometry_blobs(wkb, bounds, 4526)[1]
    assert blob[:4] == b"GP\x00\x03"
    assert int.from_bytes(blob[4:8], "little") == 4526
    env = np.frombuffer(blob[8:40], dtype="<f8")
    assert env.tolist() == [bounds[1, 0], bounds[1, 2], bounds[1, 1], bounds[1, 3]]
    assert blob[40:] == wkb[1]
    assert not any(math.isnan(v) for v in env)


def test_table_output_filled_by_sqlite_equals_the_sink_path(provider, tmp_path, monkeypatch):
    """A table output into a GeoPackage file (write_table: QGIS creates it, SQLite fills it) holds
    the same rows, types and NULLs as the same table written through QGIS's sink (a CSV)."""
    import processing
    from qgis.core import QgsVectorLayer

    from carbon_metering.processing_provider.qgis_io import source_to_frame

    csv = tmp_path / "activity.csv"
    csv.write_text(
        "entity,region,park,indicator,carrier,amount,unit,period,notation,output_value\n"
        "F1,D1,P1,E5.1.D.gas,natural_gas,2,10⁴ m³,2023,,100\n"
        "F1,D1,P1,E5.1.I.power,electricity,500000,kWh,2023,,100\n"
        "F2,D2,,E3.1.I.power,electricity,300,MWh,2023,,\n", encoding="utf-8")
    common = {"INPUT": str(csv), "GRID_REGION": "42", "MODE": 1, "CITY_NAME": "city"}
    filled_tables = []
    append = gpkg.append_features
    monkeypatch.setattr(gpkg, "append_features", lambda path, table, *a: (filled_tables.append(table),
                                                                          append(path, table, *a))[1])
    gpkg_out = processing.run("carbonmeter:emission_inventory", dict(common, OUTPUT=str(tmp_path / "inv.gpkg"),
                                                                     ROWS=str(tmp_path / "rows.gpkg")))
    csv_out = processing.run("carbonmeter:emission_inventory", dict(common, OUTPUT=str(tmp_path / "inv.csv")))
    assert filled_tables == ["inv", "rows"]  # both tables went the SQLite way, not the sink's
    layer = QgsVectorLayer(gpkg_out["OUTPUT"], "inv", "ogr")
    assert layer.isValid() and layer.featureCount() > 10
    filled = source_to_frame(layer).drop(columns=["fid"], errors="ignore")
    # no sqlite fallback happened: the table is the one QGIS created, with GDAL's feature count
    con = sqlite3.connect(str(tmp_path / "inv.gpkg"))
    (count,) = con.execute("SELECT feature_count FROM gpkg_ogr_contents").fetchone()
    (data_type,) = con.execute("SELECT data_type FROM gpkg_contents").fetchone()
    con.close()
    assert count == layer.featureCount() and data_type == "attributes"
    through_sink = source_to_frame(QgsVectorLayer(csv_out["OUTPUT"], "c", "ogr")).drop(columns=["fid"], errors="ignore")
    assert list(filled.columns) == list(through_sink.columns)
    for column in filled.columns:
        a, b = filled[column], through_sink[column]
        if a.dtype.kind == "f" or b.dtype.kind == "f":
            assert np.allclose(a.astype(float), b.astype(float), equal_nan=True), column
        else:
            assert [None if v != v else str(v) for v in a] == [None if v != v else str(v) for v in b], column
