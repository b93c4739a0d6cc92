"""carbonmeter:parcel_change run through Processing on hand-made layers with known areas."""

import hashlib
import os

import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingException

ALG = "carbonmeter:parcel_change"
X0, Y0 = 38_500_000.0, 3_400_000.0  # CGCS2000 GK zone 38 (EPSG:4526), on the central meridian 114E


def sq(x, y, w, h=None, code=None):
    """WKT of an axis-parallel rectangle at (X0 + x, Y0 + y)."""
    h = w if h is None else h
    x, y = X0 + x, Y0 + y
    return "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(x, y, x + w, y + h)


def write_layer(path, name, rows, epsg=4526, fields=("DLBM", "ZLDWDM"), driver="GPKG", options=(),
                geom_type=ogr.wkbMultiPolygon, types=None):
    """A layer written with OGR; rows are (wkt, {field: value})."""
    drv = ogr.GetDriverByName(driver)
    ds = drv.Open(str(path), 1) if os.path.exists(path) and driver == "GPKG" else drv.CreateDataSource(str(path))
    srs = None
    if epsg:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
    lyr = ds.CreateLayer(name, srs, geom_type, options=list(options))
    for f in fields:
        lyr.CreateField(ogr.FieldDefn(f, (types or {}).get(f, ogr.OFTString)))
    for wkt, attrs in rows:
        feat = ogr.Feature(lyr.GetLayerDefn())
        for k, v in attrs.items():
            if v is not None:
                feat.SetField(k, v)
        if wkt is not None:
            geom = ogr.CreateGeometryFromWkt(wkt)
            if geom_type == ogr.wkbMultiPolygon and geom.GetGeometryType() == ogr.wkbPolygon:
                geom = ogr.ForceToMultiPolygon(geom)
            feat.SetGeometry(geom)
        lyr.CreateFeature(feat)
    ds = None
    return "{0}|layername={1}".format(path, name) if driver == "GPKG" else str(path)


def rows(*items, county="420101001001"):
    return [(wkt, {"DLBM": code, "ZLDWDM": county}) for wkt, code in items]


def recording_feedback(cancel_after=None):
    """A feedback that records what the algorithm logs (and cancels after N progress steps)."""
    from qgis.core import QgsProcessingFeedback

    class RecordingFeedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []
            self.steps = 0
            self.values = []

        def pushInfo(self, text):  # noqa: N802
            self.lines.append(text)

        def pushWarning(self, text):  # noqa: N802
            self.lines.append(text)

        def setProgress(self, value):  # noqa: N802
            self.steps += 1
            self.values.append(value)
            if cancel_after is not None and self.steps >= cancel_after:
                self.cancel()
            super().setProgress(value)

        @property
        def text(self):
            return "\n".join(self.lines)

    return RecordingFeedback()


def run(base, target, feedback=None, **params):
    import processing

    args = {
        "BASE": base, "BASE_FIELD": "DLBM", "TARGET": target, "TARGET_FIELD": "DLBM",
        "AREA_METHOD": 1, "OUTPUT": "memory:", "CHANGE_MATRIX": "memory:",
    }
    args.update(params)
    return processing.run(ALG, args, feedback=feedback or recording_feedback())


def pieces(result):
    out = []
    for f in result["OUTPUT"].getFeatures():
        d = {k: f[k] for k in f.fields().names()}
        d["geom_area"] = f.geometry().area()
        out.append(d)
    return out


def by_key(ps):
    """{(base_code, target_code, flag): summed area_m2}"""
    acc = {}
    for p in ps:
        key = (none(p["base_code"]), none(p["target_code"]), p["change_flag"])
        acc[key] = acc.get(key, 0.0) + p["area_m2"]
    return acc


def none(v):
    from qgis.core import NULL

    return None if v is None or v == NULL else v


# ---------------------------------------------------------------- known areas


def test_squares_known_areas_flags_and_matrix(provider, tmp_path):
    # base: A [0,100]² 旱地, B [100,200]×[0,100] 乔木林地
    # target: A unchanged; B split at x=150 into 乔木林地 and 建制镇-style 0702; C [200,300] new 0404
    base = write_layer(tmp_path / "in.gpkg", "base", rows((sq(0, 0, 100), "0103"), (sq(100, 0, 100), "0301")))
    target = write_layer(tmp_path / "in.gpkg", "target", rows((sq(0, 0, 100), "0103"), (sq(100, 0, 50, 100), "0301"),
                                                             (sq(150, 0, 50, 100), "0702"), (sq(200, 0, 100), "0404")))
    result = run(base, target)
    ps = pieces(result)
    got = {(none(p["base_code"]), none(p["target_code"]), p["change_flag"]): p["area_m2"] for p in ps}
    assert got == pytest.approx({
        ("0103", "0103", 0): 10000.0,
        ("0301", "0301", 0): 5000.0,
        ("0301", "0702", 1): 5000.0,
        (None, "0404", 3): 10000.0,
    })
    changed = [p for p in ps if p["change_flag"] == 1][0]
    assert changed["change_type"] == "乔木林地→农村宅基地"
    assert changed["base_object"] == "forest_arbor" and changed["target_object"] == "non_metered"
    assert {p["county"] for p in ps} == {"420101"}
    assert {p["area_method"] for p in ps} == {"planar"}
    assert all(p["sliver"] == 0 for p in ps)
    # matrix in ha: forest_arbor → non_metered 0.5 ha; code level 0301→0702 0.5 ha
    m = {(f["level"], f["base"], f["target"]): f["area_ha"] for f in result["CHANGE_MATRIX"].getFeatures()}
    assert m[("object", "forest_arbor", "non_metered")] == pytest.approx(0.5)
    assert m[("code", "0103", "0103")] == pytest.approx(1.0)
    assert m[("object", "(none)", "grassland")] == pytest.approx(1.0)


def test_hole_is_target_only(provider, tmp_path):
    # base: 200 m square of 乔木林地 with a 100 m hole (30 000 m²); target: the full square as 旱地
    x, y = X0, Y0
    holed = ("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}),({4} {5},{6} {5},{6} {7},{4} {7},{4} {5}))"
             .format(x, y, x + 200, y + 200, x + 50, y + 50, x + 150, y + 150))
    base = write_layer(tmp_path / "in.gpkg", "base", rows((holed, "0301")))
    target = write_layer(tmp_path / "in.gpkg", "target", rows((sq(0, 0, 200), "0103")))
    got = by_key(pieces(run(base, target)))
    assert got == pytest.approx({("0301", "0103", 1): 30000.0, (None, "0103", 3): 10000.0})


def test_multipart_and_base_only(provider, tmp_path):
    # base: one multipart parcel of two 50 m squares (2 × 2 500 m²) of 其他草地
    # target: covers the first square only, as 乔木林地 → the second is base only
    multi = ("MULTIPOLYGON((({0} {1},{2} {1},{2} {3},{0} {3},{0} {1})),"
             "(({4} {1},{5} {1},{5} {3},{4} {3},{4} {1})))").format(X0, Y0, X0 + 50, Y0 + 50, X0 + 500, X0 + 550)
    base = write_layer(tmp_path / "in.gpkg", "base", rows((multi, "0404")))
    target = write_layer(tmp_path / "in.gpkg", "target", rows((sq(0, 0, 50), "0301")))
    ps = pieces(run(base, target))
    assert by_key(ps) == pytest.approx({("0404", "0301", 1): 2500.0, ("0404", None, 2): 2500.0})
    assert [p["change_type"] for p in ps if p["change_flag"] == 2] == ["其他草地→(无)"]


def test_invalid_ring_repaired_and_counted(provider, tmp_path):
    # a bow-tie (self-intersecting ring) over a 100 m square: repaired to two triangles of 2 500 m²
    x, y = X0, Y0
    bowtie = "POLYGON(({0} {1},{2} {3},{2} {1},{0} {3},{0} {1}))".format(x, y, x + 100, y + 100)
    base = write_layer(tmp_path / "in.gpkg", "base", rows((bowtie, "0301"), (sq(200, 0, 10), "0301")))
    target = write_layer(tmp_path / "in.gpkg", "target", rows((sq(0, 0, 100), "0103"), (sq(200, 0, 10), "0301")))
    log = recording_feedback()
    got = by_key(pieces(run(base, target, log)))
    assert got == pytest.approx({("0301", "0103", 1): 5000.0, (None, "0103", 3): 5000.0, ("0301", "0301", 0): 100.0})
    assert "base: 1 invalid geometries repaired (feature ids 1)" in log.text


def test_sliver_flagged_not_dropped(provider, tmp_path):
    # target boundary moved 0.01 m: a 0.01 × 100 = 1 m² piece, below MIN_AREA = 5 m²
    base = write_layer(tmp_path / "in.gpkg", "base", rows((sq(0, 0, 100), "0103"), (sq(100, 0, 100), "0301")))
    target = write_layer(tmp_path / "in.gpkg", "target", rows((sq(0, 0, 100.01, 100), "0103"),
                                                             (sq(100.01, 0, 99.99, 100), "0301")))
    ps = pieces(run(base, target, MIN_AREA=5.0))
    slivers = [p for p in ps if p["sliver"] == 1]
    assert len(slivers) == 1
    assert slivers[0]["area_m2"] == pytest.approx(1.0, rel=1e-6)
    assert slivers[0]["change_type"] == "乔木林地→旱地"
    assert sum(p["area_m2"] for p in ps) == pytest.approx(20000.0)


def test_ellipsoidal_area_default(provider, tmp_path):
    # 1 km squares on the central meridian (k = 1) and 150 km east of it. GK scale there is
    # k = 1 + x²/(2R²) with R = sqrt(MN) ≈ 6.367e6 m at 30.7°N, so the planar area is larger than
    # the ellipsoidal one by k² − 1 ≈ (1.5e5)²/6.367e6² ≈ 5.55e-4.
    base = write_layer(tmp_path / "in.gpkg", "base", rows((sq(0, 0, 1000), "0103"), (sq(150_000, 0, 1000), "0103")))
    target = write_layer(tmp_path / "in.gpkg", "target", rows((sq(0, 0, 1000), "0103"), (sq(150_000, 0, 1000), "0103")))
    log = recording_feedback()
    result = run(base, target, log, AREA_METHOD=0)
    ps = sorted(pieces(result), key=lambda p: p["base_fid"])
    assert {p["area_method"] for p in ps} == {"ellipsoidal"}
    assert "Area method: ellipsoidal" in log.text
    assert ps[0]["area_m2"] == pytest.approx(1.0e6, rel=2e-5)
    assert ps[1]["geom_area"] / ps[1]["area_m2"] - 1 == pytest.approx(5.55e-4, abs=0.2e-4)


def test_official_area_reproduces_survey_totals(provider, tmp_path):
    # base parcel: TBMJ 10 000, KCMJ 800 → TBDLMJ 9 200 m² (geometric 10 000); target splits it into
    # 60 % / 40 % with TBDLMJ 6 000 and 4 100. Base shares: 9 200 × 0.6 = 5 520 and 3 680.
    fields = ("DLBM", "TBMJ", "KCMJ", "TBDLMJ")
    types = {"TBMJ": ogr.OFTReal, "KCMJ": ogr.OFTReal, "TBDLMJ": ogr.OFTReal}
    base = write_layer(tmp_path / "in.gpkg", "base",
                       [(sq(0, 0, 100), {"DLBM": "0103", "TBMJ": 10000.0, "KCMJ": 800.0})], fields=fields, types=types)
    target = write_layer(tmp_path / "in.gpkg", "target",
                         [(sq(0, 0, 60, 100), {"DLBM": "0103", "TBDLMJ": 6000.0}),
                          (sq(60, 0, 40, 100), {"DLBM": "0301", "TBDLMJ": 4100.0})], fields=fields, types=types)
    ps = sorted(pieces(run(base, target, AREA_METHOD=2)), key=lambda p: p["target_fid"])
    assert [p["area_method"] for p in ps] == ["official", "official"]
    assert [p["area_m2"] for p in ps] == pytest.approx([6000.0, 4100.0])
    assert [p["base_area_m2"] for p in ps] == pytest.approx([5520.0, 3680.0])
    assert sum(p["base_area_m2"] for p in ps) == pytest.approx(9200.0)


def test_county_from_zldwdm_two_counties(provider, tmp_path):
    base = write_layer(tmp_path / "in.gpkg", "base", rows((sq(0, 0, 100), "0103"), county="420101001001")
                       + rows((sq(100, 0, 100), "0103"), county="420102002002"))
    target = write_layer(tmp_path / "in.gpkg", "target", rows((sq(0, 0, 200, 100), "0103"), county="420101001001"))
    ps = pieces(run(base, target))
    # target's county wins where the piece has a target parcel
    assert {p["county"] for p in ps} == {"420101"}
    ps = pieces(run(target, base))
    assert sorted(p["county"] for p in ps) == ["420101", "420102"]


def test_null_and_unknown_codes_are_unmapped_and_listed(provider, tmp_path):
    base = write_layer(tmp_path / "in.gpkg", "base", rows((sq(0, 0, 100), None), (sq(100, 0, 100), "7777"),
                                                         (sq(200, 0, 100), " 103")))
    target = write_layer(tmp_path / "in.gpkg", "target", rows((sq(0, 0, 300, 100), "0301")))
    log = recording_feedback()
    ps = pieces(run(base, target, log))
    objects = {none(p["base_code"]): p["base_object"] for p in ps}
    assert objects == {None: "unmapped", "7777": "unmapped", "0103": "dry_land"}
    assert "base: 1 parcels have a NULL land-class code; mapped to unmapped (feature ids 1)" in log.text
    assert "base: code 7777 is not in the mapping table; 1 parcels mapped to unmapped (feature ids 2)" in log.text


def test_user_mapping_table(provider, tmp_path):
    csv = tmp_path / "map.csv"
    csv.write_text("code,object\n103,grassland\n", encoding="utf-8")
    base = write_layer(tmp_path / "in.gpkg", "base", rows((sq(0, 0, 100), "0103")))
    target = write_layer(tmp_path / "in.gpkg", "target", rows((sq(0, 0, 100), "0101")))
    ps = pieces(run(base, target, MAPPING=str(csv)))
    assert (ps[0]["base_object"], ps[0]["target_object"]) == ("grassland", "paddy")
    bad = tmp_path / "bad.csv"
    bad.write_text("code,object\n0103,rice\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as err:
        run(base, target, MAPPING=str(bad))
    assert "bad" in str(err.value) and "rice" in str(err.value) and "row 1" in str(err.value)


# ---------------------------------------------------------------- bad input


def test_missing_field_named(provider, tmp_path):
    base = write_layer(tmp_path / "in.gpkg", "base", rows((sq(0, 0, 100), "0103")))
    target = write_layer(tmp_path / "in.gpkg", "target", rows((sq(0, 0, 100), "0103")))
    with pytest.raises(QgsProcessingException) as err:
        run(base, target, TARGET_FIELD="DLBM2023")
    msg = str(err.value)
    assert "target" in msg and "DLBM2023" in msg and "TARGET_FIELD" in msg and "ZLDWDM" in msg


def test_non_polygon_layer_named(provider, tmp_path):
    base = write_layer(tmp_path / "in.gpkg", "base", rows((sq(0, 0, 100), "0103")))
    pts = write_layer(tmp_path / "in.gpkg", "points", [("POINT({0} {1})".format(X0, Y0), {"DLBM": "0103"})],
                      geom_type=ogr.wkbPoint)
    with pytest.raises(QgsProcessingException) as err:
        run(base, pts)
    assert "points" in str(err.value) and "polygon" in str(err.value)


def test_empty_layer_named(provider, tmp_path):
    base = write_layer(tmp_path / "in.gpkg", "base", rows((sq(0, 0, 100), "0103")))
    empty = write_layer(tmp_path / "in.gpkg", "dltb_empty", [])
    with pytest.raises(QgsProcessingException) as err:
        run(base, empty)
    assert "dltb_empty" in str(err.value) and "empty" in str(err.value)


def test_different_crs_reprojected_and_logged(provider, tmp_path):
    # EPSG:4547 is the same zone 38 without the prefix: x' = x − 38 000 000
    base = write_layer(tmp_path / "in.gpkg", "base", rows((sq(0, 0, 100), "0103"), (sq(100, 0, 100), "0301")))
    shifted = [(sq(-38_000_000, 0, 150, 100), "0301"), (sq(-38_000_000 + 150, 0, 50, 100), "0301")]
    target = write_layer(tmp_path / "in.gpkg", "target", rows(*shifted), epsg=4547)
    log = recording_feedback()
    got = by_key(pieces(run(base, target, log)))
    assert got == pytest.approx({("0103", "0301", 1): 10000.0, ("0301", "0301", 0): 10000.0}, rel=1e-9)
    # same zone in the other family: shifted by exactly +38 000 000 m, not put through PROJ
    assert "target (EPSG:4547) is the same Gauss-Krüger zone as base (EPSG:4526)" in log.text
    assert "shifted by +38000000 m" in log.text


def test_crs_and_coordinates_disagree(provider, tmp_path):
    # zone-prefixed eastings (38 500 000) declared as EPSG:4547 (no prefix)
    base = write_layer(tmp_path / "in.gpkg", "base", rows((sq(0, 0, 100), "0103")), epsg=4547)
    target = write_layer(tmp_path / "in.gpkg", "target", rows((sq(0, 0, 100), "0103")))
    with pytest.raises(QgsProcessingException) as err:
        run(base, target)
    msg = str(err.value)
    assert "base" in msg and "EPSG:4547" in msg and "38500000" in msg and "EPSG:4526" in msg


def test_no_crs_derived_from_zone_prefix(provider, tmp_path):
    base = write_layer(tmp_path / "b.shp", "b", rows((sq(0, 0, 100), "0103")), epsg=None, driver="ESRI Shapefile",
                       geom_type=ogr.wkbPolygon)
    target = write_layer(tmp_path / "in.gpkg", "target", rows((sq(0, 0, 100), "0301")))
    log = recording_feedback()
    got = by_key(pieces(run(base, target, log)))
    assert got == pytest.approx({("0103", "0301", 1): 10000.0})
    assert "so EPSG:4526 is used" in log.text


def test_gbk_shapefile_without_cpg(provider, tmp_path):
    # a 三调-style .dbf in GBK with no .cpg: county names must come out as Chinese, not mojibake
    from osgeo import gdal

    path = tmp_path / "dltb.shp"
    # QGIS sets SHAPE_ENCODING="" (raw bytes); let OGR honour ENCODING=CP936 while writing
    old = gdal.GetConfigOption("SHAPE_ENCODING")
    gdal.SetConfigOption("SHAPE_ENCODING", None)
    try:
        write_layer(path, "dltb", [(sq(0, 0, 100), {"DLBM": "0103", "DLMC": "旱地", "XZQMC": "武昌区"})],
                    fields=("DLBM", "DLMC", "XZQMC"), driver="ESRI Shapefile", options=["ENCODING=CP936"],
                    geom_type=ogr.wkbPolygon)
    finally:
        gdal.SetConfigOption("SHAPE_ENCODING", old)
    cpg = tmp_path / "dltb.cpg"
    if cpg.exists():
        cpg.unlink()
    assert "武昌区".encode("gbk") in (tmp_path / "dltb.dbf").read_bytes()
    target = write_layer(tmp_path / "in.gpkg", "target", [(sq(0, 0, 100), {"DLBM": "0301", "XZQMC": "武昌区"})],
                         fields=("DLBM", "XZQMC"))
    log = recording_feedback()
    ps = pieces(run(str(path), target, log, COUNTY_FIELD="XZQMC"))
    assert [p["county"] for p in ps] == ["武昌区"]
    assert "read as GB18030" in log.text
    # with the code field holding class names (DLMC) the names still map
    ps = pieces(run(str(path), target, BASE_FIELD="DLMC", COUNTY_FIELD="XZQMC"))
    assert ps[0]["base_code"] == "0103" and ps[0]["change_type"] == "旱地→乔木林地"


def test_filegdb_input(provider, tmp_path):
    drv = ogr.GetDriverByName("OpenFileGDB")
    if drv is None or not drv.GetMetadataItem("DCAP_CREATE"):
        pytest.fail("GDAL's OpenFileGDB driver cannot write here; FileGDB input is untested")
    gdb = tmp_path / "dltb.gdb"
    write_layer(gdb, "DLTB", rows((sq(0, 0, 100), "0103")), driver="OpenFileGDB")
    target = write_layer(tmp_path / "in.gpkg", "target", rows((sq(0, 0, 100), "0103")))
    got = by_key(pieces(run("{0}|layername=DLTB".format(gdb), target)))
    assert got == pytest.approx({("0103", "0103", 0): 10000.0})


# ---------------------------------------------------------------- robustness


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_inputs_unchanged(provider, tmp_path):
    x, y = X0, Y0
    bowtie = "POLYGON(({0} {1},{2} {3},{2} {1},{0} {3},{0} {1}))".format(x, y, x + 100, y + 100)
    base = write_layer(tmp_path / "b.gpkg", "base", rows((bowtie, "0301"), (sq(100, 0, 100), "0103")))
    target = write_layer(tmp_path / "t.gpkg", "target", rows((sq(0, 0, 200, 100), "0103")), epsg=4547)
    # (the target is then also in a different CRS: reprojection must not touch the file)
    before = (_digest(tmp_path / "b.gpkg"), _digest(tmp_path / "t.gpkg"))
    with pytest.raises(QgsProcessingException):
        run(base, target)  # CRS/coordinates mismatch on the target: nothing written
    target = write_layer(tmp_path / "t2.gpkg", "target", rows((sq(0, 0, 200, 100), "0103")))
    before2 = _digest(tmp_path / "t2.gpkg")
    out = tmp_path / "out.gpkg"
    run(base, target, OUTPUT=str(out), CHANGE_MATRIX=str(tmp_path / "m.csv"))
    assert out.exists()
    assert (_digest(tmp_path / "b.gpkg"), _digest(tmp_path / "t.gpkg")) == before
    assert _digest(tmp_path / "t2.gpkg") == before2


def _grid(n, dx=0.0, code="0103"):
    return [(sq(i * 10 + dx, j * 10, 10), code) for i in range(n) for j in range(n)]


def _steps_before_writing(base, target):
    """Progress steps of a full run before the output files are opened (writing reports from 85 %)."""
    log = recording_feedback()
    run(base, target, log)
    return next(k for k, v in enumerate(log.values) if v >= 85)


# cancelling at any progress step before the files are opened leaves no output: early (reading),
# in the middle of the overlay, and at the last step before the files are created
@pytest.mark.parametrize("when", ["reading", "overlay", "last"])
def test_cancel_leaves_no_output(provider, tmp_path, when):
    base = write_layer(tmp_path / "in.gpkg", "base", rows(*_grid(30)))
    target = write_layer(tmp_path / "in.gpkg", "target", rows(*_grid(30, dx=3.0, code="0301")))
    before = _steps_before_writing(base, target)
    cancel_after = {"reading": 1, "overlay": before // 2, "last": before}[when]
    out, mat = tmp_path / "out.gpkg", tmp_path / "matrix.csv"
    log = recording_feedback(cancel_after=cancel_after)
    with pytest.raises(QgsProcessingException) as err:
        run(base, target, log, OUTPUT=str(out), CHANGE_MATRIX=str(mat))
    assert "Cancelled" in str(err.value)
    assert not out.exists() and not mat.exists()


def test_cancel_while_writing_finishes_the_files(provider, tmp_path):
    # the first step after the files are open: stopping there would leave half a file, so the
    # algorithm writes them whole. Pieces of the 3 m shifted 30 × 30 grid: 30 rows × (30 + 29)
    # intersections + 30 base-only + 30 target-only strips = 1 830.
    from qgis.core import QgsVectorLayer

    base = write_layer(tmp_path / "in.gpkg", "base", rows(*_grid(30)))
    target = write_layer(tmp_path / "in.gpkg", "target", rows(*_grid(30, dx=3.0, code="0301")))
    out, mat = tmp_path / "out.gpkg", tmp_path / "matrix.csv"
    first_write = _steps_before_writing(base, target) + 1
    run(base, target, recording_feedback(cancel_after=first_write), OUTPUT=str(out), CHANGE_MATRIX=str(mat))
    assert QgsVectorLayer(str(out), "out", "ogr").featureCount() == 1830
    assert QgsVectorLayer(str(mat), "m", "ogr").featureCount() == 6  # 3 object pairs + 3 code pairs


def test_shifted_grid_conserves_area(provider, tmp_path):
    # 30 × 30 parcels of 10 m (a 300 m square), the target shifted 3 m east: the overlap is
    # 297 m × 300 m = 89 100 m² 旱地→乔木林地, a 3 m × 300 m = 900 m² strip on each side only in one layer
    base = write_layer(tmp_path / "in.gpkg", "base", rows(*_grid(30)))
    target = write_layer(tmp_path / "in.gpkg", "target", rows(*_grid(30, dx=3.0, code="0301")))
    got = by_key(pieces(run(base, target)))
    assert got == pytest.approx({("0103", "0301", 1): 90000.0 - 900.0, ("0103", None, 2): 900.0,
                                 (None, "0301", 3): 900.0})


# ---------------------------------------------------------------- the sample county


def _class_areas(path, layer, field, measure):
    """{DLBM: summed area} of a layer, measured here independently of the algorithm."""
    from qgis.core import QgsVectorLayer

    from carbon_metering.metering.landclass import normalize_code

    lyr = QgsVectorLayer("{0}|layername={1}".format(path, layer), layer, "ogr")
    out = {}
    for f in lyr.getFeatures():
        g = f.geometry()
        if not g.isGeosValid():
            g = g.makeValid()
        code = normalize_code(none(f["DLBM"]))
        out[code] = out.get(code, 0.0) + (measure(g) if callable(measure) else (none(f[field]) or 0.0))
    return out


def _sums(ps, code_key, area_key):
    out = {}
    for p in ps:
        if p[area_key] > 0:
            code = none(p[code_key])
            out[code] = out.get(code, 0.0) + p[area_key]
    return out


def test_sample_county_area_conservation(provider, sample_copy):
    from qgis.core import QgsCoordinateReferenceSystem, QgsDistanceArea, QgsProject

    path = sample_copy("county.gpkg")
    log = recording_feedback()
    result = run("{0}|layername=dltb_2020".format(path), "{0}|layername=dltb_2023".format(path), log,
                 AREA_METHOD=0, MIN_AREA=1.0)
    ps = pieces(result)
    da = QgsDistanceArea()
    da.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4547"), QgsProject.instance().transformContext())
    da.setEllipsoid("EPSG:1024")  # CGCS2000
    base = _class_areas(path, "dltb_2020", None, da.measureArea)
    target = _class_areas(path, "dltb_2023", None, da.measureArea)
    got_base, got_target = _sums(ps, "base_code", "base_area_m2"), _sums(ps, "target_code", "target_area_m2")
    assert set(got_base) == set(base) and set(got_target) == set(target)
    for code, area in base.items():
        assert got_base[code] == pytest.approx(area, rel=1e-6), code
    for code, area in target.items():
        assert got_target[code] == pytest.approx(area, rel=1e-6), code
    # the pieces cover the union: the base area plus what only the target covers
    target_only = sum(p["area_m2"] for p in ps if p["change_flag"] == 3)
    assert sum(p["area_m2"] for p in ps) == pytest.approx(sum(base.values()) + target_only, rel=1e-6)
    assert "dltb_2020: area conserved per class" in log.text and "dltb_2023: area conserved per class" in log.text
    # the county's deliberate defects are reported, not fatal (sample/README.md)
    assert "dltb_2020: 1 invalid geometries repaired" in log.text
    assert "dltb_2020: 1 parcels have a NULL land-class code" in log.text
    assert "dltb_2020: code 0999 is not in the mapping table" in log.text
    assert sum(p["sliver"] for p in ps) >= 3
    assert {p["county"] for p in ps} == {"420115", "420117"}
    changed = sum(p["area_m2"] for p in ps if p["change_flag"] == 1) / sum(p["area_m2"] for p in ps)
    assert 0.03 < changed < 0.08  # the county changes class on 3–8 % of its area (docs/sample.md: about 4.4 %)


def test_sample_county_official_area_reproduces_tbdlmj(provider, sample_copy):
    path = sample_copy("county.gpkg")
    ps = pieces(run("{0}|layername=dltb_2020".format(path), "{0}|layername=dltb_2023".format(path), AREA_METHOD=2))
    for layer, code_key, area_key in (("dltb_2020", "base_code", "base_area_m2"),
                                      ("dltb_2023", "target_code", "target_area_m2")):
        survey = _class_areas(path, layer, "TBDLMJ", None)
        got = _sums(ps, code_key, area_key)
        for code, area in survey.items():
            assert got.get(code, 0.0) == pytest.approx(area, rel=1e-6), (layer, code)


def test_user_mapping_xlsx_with_numeric_codes(provider, tmp_path):
    # spreadsheets store 0301 as the number 301: it must still match 0301
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "mapping"
    sheet.append(["code", "object", "name_zh"])
    sheet.append([301, "forest_other", "乔木林地（按其他林地计）"])
    xlsx = tmp_path / "map.xlsx"
    book.save(xlsx)
    base = write_layer(tmp_path / "in.gpkg", "base", rows((sq(0, 0, 100), "0301")))
    target = write_layer(tmp_path / "in.gpkg", "target", rows((sq(0, 0, 100), "0103")))
    ps = pieces(run(base, target, MAPPING="{0}|layername=mapping".format(xlsx)))
    assert (ps[0]["base_object"], ps[0]["target_object"]) == ("forest_other", "dry_land")
    assert ps[0]["change_type"] == "乔木林地（按其他林地计）→旱地"


def test_mapping_error_is_structured_and_translatable(provider):
    import pandas as pd

    from carbon_metering.metering.errors import MeteringError
    from carbon_metering.metering.landclass import MappingError, mapping_from_frame
    from carbon_metering.processing_provider import messages

    with pytest.raises(MappingError) as err:
        mapping_from_frame(pd.DataFrame({"code": ["0101"], "object": ["rice"]}), {"paddy"}, label="my.csv")
    assert isinstance(err.value, MeteringError)  # the one error type of the core
    assert err.value.kind == "unknown_object"
    assert err.value.details == {"label": "my.csv", "row": 1, "object": "rice", "code": "0101", "objects": "paddy"}
    assert messages.text(err.value.kind, err.value.details) == (
        "my.csv, row 1: object 'rice' of code 0101 is not a metering object (one of paddy).")


def test_layer_without_geometries_named(provider, tmp_path):
    # features without geometry: their extent is empty (±1.8e308), so the CRS check must not run
    # on it; the user is told that the layer has no usable polygons, not that its CRS is wrong
    base = write_layer(tmp_path / "in.gpkg", "base", rows((sq(0, 0, 100), "0103")))
    bare = write_layer(tmp_path / "in.gpkg", "dltb_bare", rows((None, "0103"), (None, "0301")))
    with pytest.raises(QgsProcessingException) as err:
        run(base, bare)
    msg = str(err.value)
    assert "dltb_bare has no usable polygon geometries" in msg
    assert "e+308" not in msg and "do not fit" not in msg


def test_parcel_overlapping_a_paired_parcel(provider, tmp_path):
    # reviewer's hand case: base A = [0,100]² 0103; target: A unchanged (identical geometry, paired
    # directly) and B = [50,150]×[0,100] 0301, which overlaps A's right half (a topology error).
    # B ∩ A = [50,100]×[0,100] = 5 000 m² lies in the base parcel: 0103→0301 changed, not target only;
    # only B's rest [100,150]×[0,100] = 5 000 m² is target only.
    base = write_layer(tmp_path / "in.gpkg", "base", rows((sq(0, 0, 100), "0103")))
    target = write_layer(tmp_path / "in.gpkg", "target", rows((sq(0, 0, 100), "0103"), (sq(50, 0, 100), "0301")))
    log = recording_feedback()
    ps = pieces(run(base, target, log))
    assert by_key(ps) == pytest.approx({("0103", "0103", 0): 10000.0, ("0103", "0301", 1): 5000.0,
                                        (None, "0301", 3): 5000.0})
    # the overlapping target parcels (fids 1 and 2, 5 000 m² in common) are named
    assert "target: 1 pairs of parcels overlap each other (feature ids and overlap area: 1/2 (5000.000 m²))" \
        in log.text
    # pieces 20 000 m² against 15 000 m² covered: the excess is the overlap
    assert "The pieces sum to 20000.000 m² (planar), about 5000.000 m² more" in log.text


def test_overlap_within_layer_outside_other_layer_named(provider, tmp_path):
    # base parcels 1 = [0,100]² and 2 = [60,160]×[0,100] overlap on 40 × 100 = 4 000 m² where the target
    # (a far-away square, so everything is base only) has nothing: found through the base-only rests
    base = write_layer(tmp_path / "in.gpkg", "base", rows((sq(0, 0, 100), "0103"), (sq(60, 0, 100), "0301"),
                                                         (sq(1000, 0, 100), "0301")))
    target = write_layer(tmp_path / "in.gpkg", "target", rows((sq(1000, 0, 100), "0301")))
    log = recording_feedback()
    ps = pieces(run(base, target, log))
    assert sum(p["area_m2"] for p in ps if p["change_flag"] == 2) == pytest.approx(20000.0)
    assert "base: 1 pairs of parcels overlap each other (feature ids and overlap area: 1/2 (4000.000 m²))" \
        in log.text


def test_clean_coverages_cover_union_once(provider, tmp_path):
    base = write_layer(tmp_path / "in.gpkg", "base", rows((sq(0, 0, 100), "0103"), (sq(100, 0, 100), "0301")))
    target = write_layer(tmp_path / "in.gpkg", "target", rows((sq(0, 0, 100), "0103"), (sq(100, 0, 150, 100), "0301")))
    log = recording_feedback()
    ps = pieces(run(base, target, log))
    # base ∪ target = 250 m × 100 m
    assert sum(p["area_m2"] for p in ps) == pytest.approx(25000.0)
    assert "cover the area of either layer once" in log.text and "pairs of parcels overlap" not in log.text


def _flag_counts(result):
    counts = {}
    for f in result["OUTPUT"].getFeatures():
        counts[f["change_flag"]] = counts.get(f["change_flag"], 0) + 1
    return counts


@pytest.mark.parametrize("copy", ["zone_prefixed_4526", "filegdb"])
def test_sample_target_copy_gives_the_same_pieces(provider, sample_copy, tmp_path, copy):
    # the same 2023 parcels delivered another way differ only by rounding: converted to zone-prefixed
    # EPSG:4526 (x + 38 000 000 m through PROJ) or copied to a FileGDB (0.1 mm integer grid, clockwise
    # rings). Without snapping no parcel pairs and thousands of slivers appear; with it the pieces
    # and flags are those of the original run (±1 for a vertex pair at the tolerance's edge).
    from osgeo import gdal

    path = sample_copy("county.gpkg")
    base = "{0}|layername=dltb_2020".format(path)
    reference = _flag_counts(run(base, "{0}|layername=dltb_2023".format(path)))
    if copy == "filegdb":
        out = tmp_path / "dltb.gdb"
        gdal.VectorTranslate(str(out), str(path), format="OpenFileGDB", layers=["dltb_2023"])
        target = "{0}|layername=dltb_2023".format(out)
    else:
        out = tmp_path / "t4526.gpkg"
        gdal.VectorTranslate(str(out), str(path), format="GPKG", layers=["dltb_2023"], dstSRS="EPSG:4526")
        target = "{0}|layername=dltb_2023".format(out)
    log = recording_feedback()
    got = _flag_counts(run(base, target, log))
    assert set(got) == set(reference)
    for flag, n in reference.items():
        assert abs(got[flag] - n) <= 1, (flag, got, reference)
    assert sum(got.values()) == pytest.approx(sum(reference.values()), abs=1)
    # and snapping off shows the problem it solves
    raw = _flag_counts(run(base, target, SNAP_TOLERANCE=0.0))
    assert sum(raw.values()) > 2 * sum(reference.values())


def test_wrong_zone_declared_stops_with_crs_hint(provider, tmp_path):
    # plain eastings (500 000 ± …) declared EPSG:4546 (CM 111E) for the base and EPSG:4547 (CM 114E)
    # for the target: the same coordinates, but 3° (≈ 290 km) apart once in one CRS, so nothing overlaps
    plain = [(sq(-38_000_000, 0, 100), "0103")]
    base = write_layer(tmp_path / "in.gpkg", "base", rows(*plain), epsg=4546)
    target = write_layer(tmp_path / "in.gpkg", "target", rows(*plain), epsg=4547)
    with pytest.raises(QgsProcessingException) as err:
        run(base, target)
    msg = str(err.value)
    assert "base (EPSG:4546" in msg and "target (EPSG:4547" in msg and "wrong CRS" in msg
    assert "500000, 3400000 – 500100, 3400100" in msg  # the base extent, as given


def test_tiny_overlap_stops_with_crs_hint(provider, tmp_path):
    # extents touch but the squares share 0.5 m × 100 m = 50 m², 0.5 % of 10 000 m² (< 1 %)
    base = write_layer(tmp_path / "in.gpkg", "base", rows((sq(0, 0, 100), "0103")))
    target = write_layer(tmp_path / "in.gpkg", "target", rows((sq(99.5, 0, 100), "0103")))
    with pytest.raises(QgsProcessingException) as err:
        run(base, target)
    assert "overlap on only 0.50%" in str(err.value)
    # 2 % in common is accepted
    target = write_layer(tmp_path / "in.gpkg", "target2", rows((sq(98, 0, 100), "0103")))
    assert by_key(pieces(run(base, target)))[("0103", "0103", 0)] == pytest.approx(200.0)


def test_snapping_moves_target_onto_base_vertices_and_edges():
    # core level (metering.overlay.geometry), coordinates in metres. Base: squares A = [0,100]² and
    # B = [100,200]×[0,100] whose shared corner sits 0.4 mm above the line y = 100 (100, 100.0004).
    # Target: one rectangle [0,200]×[0,100] drawn 0.3 mm to the right (a rounded copy). With a 1 mm
    # tolerance its corners go onto the base corners and A/B's shared corner is put into its top edge,
    # so A ∪ B equals it: no 0.5 × 200 × 0.0004 = 0.04 m² sliver is left over.
    import numpy as np
    import shapely

    from carbon_metering.metering.overlay.geometry import snap_to_reference

    def geoms(*wkts):
        return np.array([shapely.multipolygons([shapely.from_wkt(w)]) for w in wkts], dtype=object)

    base = geoms("POLYGON((0 0,100 0,100 100.0004,0 100,0 0))", "POLYGON((100 0,200 0,200 100,100 100.0004,100 0))")
    target = geoms("POLYGON((0.0003 0,200.0003 0,200.0003 100,0.0003 100,0.0003 0))")
    none = np.zeros(1, dtype=bool)
    before = shapely.union_all(base).symmetric_difference(target[0]).area
    assert before > 0.05  # 0.0003 × 100 twice + the 0.04 m² wedge
    snapped, twins, moved, vertices = snap_to_reference(shapely, base, target, 0.001, none)
    assert (twins, moved) == (0, 1) and vertices >= 4
    assert shapely.get_num_coordinates(snapped[0]) == 7  # 5 + the base corners (100, 0) and (100, 100.0004)
    assert shapely.union_all(base).symmetric_difference(snapped[0]).area == pytest.approx(0.0, abs=1e-9)
    # a copy of A within the tolerance takes A's geometry as it is
    copy = geoms("POLYGON((0.0002 0,100 0,100 100.0004,0 100,0.0002 0))")
    snapped, twins, _m, _v = snap_to_reference(shapely, base, copy, 0.001, none)
    assert twins == 1 and shapely.equals_exact(snapped[0], base[0], 0.0)
    # tolerance 0: nothing moves
    assert snap_to_reference(shapely, base, target, 0.0, none)[1:] == (0, 0, 0)


def test_rounding_check_skips_exact_pairs_and_snaps_rounded_copies(provider, tmp_path):
    # base: 10 × 10 parcels of 10 m. An annual-change target from the same source: parcel (0, 0)
    # split in two along x = 5 (new vertices 5 m from any base vertex), the other 99 identical. Its
    # unmatched parcels' 2 × 5 ring vertices (closing vertex included) are 3 + 2 on base corners
    # (distance 0) and 2 + 3 at the split (5 m away): no rounding difference, so snapping is skipped
    # and the 99 + 2 pieces stay.
    base = write_layer(tmp_path / "in.gpkg", "base", rows(*_grid(10)))
    split = [(sq(0, 0, 5, 10), "0103"), (sq(5, 0, 5, 10), "0103")]
    target = write_layer(tmp_path / "in.gpkg", "annual", rows(*(split + _grid(10)[1:])))
    log = recording_feedback()
    ps = pieces(run(base, target, log))
    assert "Snapping skipped: no rounding differences between the layers (5 of 10 sampled target vertices " \
           "lie on a base vertex" in log.text
    assert "99 target parcels are identical to a base parcel" in log.text
    assert "Snapping (tolerance" not in log.text
    assert len(ps) == 101 and {p["change_flag"] for p in ps} == {0}
    # the same grid copied 0.05 mm to the east (a rounded copy): all 100 × 5 ring vertices lie
    # 0.00005 m from a base vertex, so snapping runs and every parcel takes its base twin's geometry
    shifted = write_layer(tmp_path / "in.gpkg", "shifted", rows(*_grid(10, dx=0.00005)))
    log = recording_feedback()
    ps = pieces(run(base, shifted, log))
    assert "Rounding differences found: 500 of 500 sampled target vertices (100.0 %) lie within 0.001 m" \
        in log.text
    assert "Snapping (tolerance 0.001 m): 100 target parcels match a base parcel" in log.text
    assert len(ps) == 100 and {p["change_flag"] for p in ps} == {0}
    assert sum(p["area_m2"] for p in ps) == pytest.approx(10 * 10 * 100.0)
    # without snapping the 0.05 mm strips between the columns stay as base/target-only slivers
    raw = pieces(run(base, shifted, SNAP_TOLERANCE=0.0))
    assert len(raw) > 100


# ---------------------------------------------------------------- the core's hand-made cases through QGIS


def _memory_layer(name, items, epsg=4526):
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:{0}".format(epsg), name, "memory")
    layer.dataProvider().addAttributes([QgsField("DLBM", QVariant.String), QgsField("ZLDWDM", QVariant.String)])
    layer.updateFields()
    features = []
    for geometry, code in items:
        f = QgsFeature(layer.fields())
        g = QgsGeometry()
        g.fromWkb(geometry.wkb)
        f.setGeometry(g)
        f.setAttributes([code, "420101001001"])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.mark.parametrize("source", ["gpkg", "memory"])
@pytest.mark.parametrize("name", ["moved_boundary", "hole", "multipart", "invalid_ring", "sliver", "identical_twins"])
def test_core_cases_give_the_same_pieces_through_qgis(provider, tmp_path, name, source):
    # tests/test_overlay_core.py's hand-made WKB, written to a GeoPackage (read through GDAL's Arrow
    # stream) or a memory layer (read through QgsFeatureRequest): the same pieces and areas as the core
    from tests.test_overlay_core import CASES, layer
    from tests.test_overlay_core import run as core_run

    base_items, target_items, expected = CASES[name]
    if source == "gpkg":
        base = write_layer(tmp_path / "in.gpkg", "base", rows(*[(g.wkt, c) for g, c in base_items]))
        target = write_layer(tmp_path / "in.gpkg", "target", rows(*[(g.wkt, c) for g, c in target_items]))
    else:
        base, target = _memory_layer("base", base_items), _memory_layer("target", target_items)
    ps = pieces(run(base, target))
    got = by_key(ps)
    assert set(got) == set(expected)
    for key, area in expected.items():
        assert got[key] == pytest.approx(area, rel=1e-12, abs=1e-9), key
    core = core_run(layer("base", base_items), layer("target", target_items)).frame
    assert sorted(p["area_m2"] for p in ps) == pytest.approx(sorted(core["area_m2"]), rel=1e-12)
    for p in ps:
        assert p["geom_area"] == pytest.approx(p["area_m2"], rel=1e-12)


# ---------------------------------------------------------------- issues 15 and 16 (inputs)


def test_code_fields_default_to_dlbm_when_omitted(provider, tmp_path):
    import processing

    base = write_layer(tmp_path / "in.gpkg", "base", rows((sq(0, 0, 100), "0103")))
    target = write_layer(tmp_path / "in.gpkg", "target", rows((sq(0, 0, 100), "0301")))
    result = processing.run(ALG, {"BASE": base, "TARGET": target, "AREA_METHOD": 1, "OUTPUT": "memory:",
                                  "CHANGE_MATRIX": "memory:"})
    assert by_key(pieces(result)) == pytest.approx({("0103", "0301", 1): 10000.0})


def test_area_column_as_code_field_stops_and_names_code_fields(provider, tmp_path):
    # TBMJ (a real-valued area) given as the code field: most values are no land-class codes
    base = write_layer(tmp_path / "in.gpkg", "base",
                       [(sq(100 * k, 0, 100), {"DLBM": "0103", "TBMJ": 10000.0 + 0.37 * k}) for k in range(5)],
                       fields=("DLBM", "TBMJ"), types={"TBMJ": ogr.OFTReal})
    target = write_layer(tmp_path / "in.gpkg", "target", rows((sq(0, 0, 500, 100), "0103")))
    with pytest.raises(QgsProcessingException) as err:
        run(base, target, BASE_FIELD="TBMJ")
    msg = str(err.value)
    assert "Field TBMJ of layer base does not hold land-class codes" in msg and "code-like fields of the layer: DLBM" \
        in msg


def test_geographic_crs_with_projected_coordinates_stops_with_probable_epsg(provider, tmp_path):
    # zone-38 coordinates (38 500 000 m) declared EPSG:4490 (CGCS2000 geographic)
    base = write_layer(tmp_path / "in.gpkg", "base", rows((sq(0, 0, 100), "0103")), epsg=4490)
    target = write_layer(tmp_path / "in.gpkg", "target", rows((sq(0, 0, 100), "0103")))
    with pytest.raises(QgsProcessingException) as err:
        run(base, target)
    msg = str(err.value)
    assert "declared in the geographic CRS EPSG:4490" in msg and "probably EPSG:4526" in msg


def test_real_geographic_layer_is_measured_on_the_ellipsoid_never_planar(provider, tmp_path):
    # a 0.001° × 0.001° cell at 30°N in EPSG:4490: planar areas would be in square degrees, so the planar
    # method is refused; the ellipsoidal one gives m² (QgsDistanceArea on CGCS2000): about
    # 111.3 km/° × 96.5 km/° × 1e-6 ≈ 10 700 m² (WGS84/CGCS2000 degree lengths at 30°N)
    wkt = "POLYGON((114 30,114.001 30,114.001 30.001,114 30.001,114 30))"
    base = write_layer(tmp_path / "in.gpkg", "base", [(wkt, {"DLBM": "0103"})], epsg=4490, fields=("DLBM",))
    target = write_layer(tmp_path / "in.gpkg", "target", [(wkt, {"DLBM": "0103"})], epsg=4490, fields=("DLBM",))
    with pytest.raises(QgsProcessingException) as err:
        run(base, target, AREA_METHOD=1)
    assert "planar areas need a projected CRS" in str(err.value)
    ps = pieces(run(base, target, AREA_METHOD=0))
    assert len(ps) == 1 and 10600.0 < ps[0]["area_m2"] < 10800.0


def test_expert_parameters_are_advanced(provider):
    from qgis.core import QgsApplication, QgsProcessingParameterDefinition

    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    advanced = QgsProcessingParameterDefinition.Flag.FlagAdvanced
    for name in ("SNAP_TOLERANCE", "MIN_AREA"):
        assert alg.parameterDefinition(name).flags() & advanced, name
    for name in ("BASE", "TARGET", "AREA_METHOD"):
        assert not alg.parameterDefinition(name).flags() & advanced, name


def test_project_layer_is_read_through_a_private_copy_never_reloaded(provider, tmp_path, monkeypatch):
    # reopen_geopackage_layer: a layer of the user's project is not reloaded from the worker thread;
    # a private layer on a fresh connection is returned instead (and parcel_change reads it)
    from qgis.core import QgsProject, QgsVectorDataProvider, QgsVectorLayer

    from carbon_metering.processing_provider.qgis_io import reopen_geopackage_layer

    uri = write_layer(tmp_path / "in.gpkg", "base", rows((sq(0, 0, 100), "0103")))
    layer = QgsVectorLayer(uri, "base", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        reloaded = []
        monkeypatch.setattr(QgsVectorDataProvider, "reloadData", lambda self: reloaded.append(self), raising=False)
        private = reopen_geopackage_layer(layer)
        assert private is not None and private is not layer and private.featureCount() == 1
        assert QgsProject.instance().mapLayer(private.id()) is None
        assert reloaded == []
        ps = pieces(run(layer, write_layer(tmp_path / "in.gpkg", "target", rows((sq(0, 0, 100), "0301")))))
        assert by_key(ps) == pytest.approx({("0103", "0301", 1): 10000.0})
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def _gpkg_dump(path):
    """Everything of a GeoPackage output but its table name and timestamp: schema, rows (geometry blobs
    byte for byte), R-tree entries, contents, feature count, sequence."""
    import sqlite3

    con = sqlite3.connect(str(path))
    (table,) = con.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'").fetchone()

    def anon(value):
        return value.replace(table, "T") if isinstance(value, str) else value

    out = {
        "schema": sorted(anon(r[0]) for r in con.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")),
        "rows": con.execute('SELECT * FROM "{0}" ORDER BY fid'.format(table)).fetchall(),
        "rtree": con.execute('SELECT * FROM "rtree_{0}_geom" ORDER BY id'.format(table)).fetchall(),
        "rtreecheck": con.execute("SELECT rtreecheck('rtree_{0}_geom')".format(table)).fetchone(),
        "contents": [tuple(map(anon, r)) for r in con.execute(
            "SELECT table_name, data_type, identifier, min_x, min_y, max_x, max_y, srs_id FROM gpkg_contents")],
        "count": [tuple(map(anon, r)) for r in con.execute("SELECT * FROM gpkg_ogr_contents")],
        "sequence": [tuple(map(anon, r)) for r in con.execute("SELECT * FROM sqlite_sequence")],
        "extensions": [tuple(map(anon, r)) for r in con.execute("SELECT * FROM gpkg_extensions")],
        "columns": [tuple(map(anon, r)) for r in con.execute("SELECT * FROM gpkg_geometry_columns")],
    }
    con.close()
    return out


def test_geopackage_output_is_the_file_the_sink_writes(provider, sample_copy, tmp_path, monkeypatch):
    # a GeoPackage file output is filled by SQLite in one transaction (metering/gpkg.py) instead of
    # QGIS's sink: the same rows, geometry bytes, R-tree entries, extent and counts as the sink gives
    from carbon_metering.processing_provider import qgis_io

    path = sample_copy("county.gpkg")
    base, target = "{0}|layername=dltb_2020".format(path), "{0}|layername=dltb_2023".format(path)
    fast = run(base, target, OUTPUT=str(tmp_path / "fast.gpkg"), CHANGE_MATRIX=str(tmp_path / "fast.csv"))
    calls = []
    monkeypatch.setattr(qgis_io, "append_frame_to_geopackage", lambda *a: calls.append(a) or False)
    run(base, target, OUTPUT=str(tmp_path / "slow.gpkg"), CHANGE_MATRIX=str(tmp_path / "slow.csv"))
    assert len(calls) == 1  # the fallback: the sink made anew and written feature by feature
    assert fast["OUTPUT"] == str(tmp_path / "fast.gpkg")
    a, b = _gpkg_dump(tmp_path / "fast.gpkg"), _gpkg_dump(tmp_path / "slow.gpkg")
    assert len(a["rows"]) > 1000 and a["rtreecheck"] == ("ok",)
    for key in a:
        assert a[key] == b[key], key
    assert (tmp_path / "fast.csv").read_bytes() == (tmp_path / "slow.csv").read_bytes()
