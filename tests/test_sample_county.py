"""The sample county (sample/county.gpkg) and the benchmark pair generator.

The county is checked as a surveyor would check 三调 / 年度变更 DLTB data: schema,
CRS, the 田坎 arithmetic, the deliberate defects, clean coverage elsewhere and
the share of area whose land class changed (by an overlay done here with QGIS
geometry operations, independent of the generator).
"""

import importlib.util
import re
import shutil

import pytest

from tests.conftest import REPO, SAMPLE

YEARS = ("dltb_2020", "dltb_2023")
FIELDS = ("DLBM", "DLMC", "ZLDWDM", "TBBH", "TBMJ", "KCXS", "KCMJ", "TBDLMJ")


def _load_module(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def county(qgis_app, tmp_path_factory):
    """Both layers of a copy of sample/county.gpkg, with features read once."""
    from qgis.core import QgsVectorLayer

    dst = tmp_path_factory.mktemp("county") / "county.gpkg"
    shutil.copy(SAMPLE / "county.gpkg", dst)
    out = {}
    for name in YEARS:
        layer = QgsVectorLayer("{}|layername={}".format(dst, name), name, "ogr")
        assert layer.isValid(), name
        out[name] = (layer, list(layer.getFeatures()))
    yield out
    # Drop the layers now: a layer outliving QgsApplication.exitQgis() segfaults.
    out.clear()


def test_sample_file_is_small_and_committed():
    size = (SAMPLE / "county.gpkg").stat().st_size
    assert 0 < size < 5_000_000


def test_counts_crs_and_extent(county):
    for name in YEARS:
        layer, feats = county[name]
        assert 3000 <= len(feats) <= 8000, (name, len(feats))
        assert layer.crs().authid() == "EPSG:4547"
        ext = layer.extent()
        # About 20 km x 20 km around (500 000, 3 380 000), CM 114E without zone prefix.
        assert 488_000 < ext.xMinimum() < 492_000 and 508_000 < ext.xMaximum() < 512_000
        assert 3_368_000 < ext.yMinimum() < 3_372_000 and 3_388_000 < ext.yMaximum() < 3_392_000


def test_fields_and_types(county):
    from qgis.PyQt.QtCore import QVariant

    expected = {"DLBM": QVariant.String, "DLMC": QVariant.String, "ZLDWDM": QVariant.String,
                "TBBH": QVariant.String, "TBMJ": QVariant.Double, "KCXS": QVariant.Double,
                "KCMJ": QVariant.Double, "TBDLMJ": QVariant.Double}
    for name in YEARS:
        layer, feats = county[name]
        fields = layer.fields()
        for fname, ftype in expected.items():
            idx = fields.lookupField(fname)
            assert idx >= 0, (name, fname)
            assert fields[idx].type() == ftype, (name, fname)
        counties = set()
        keys = set()
        for f in feats:
            z = f["ZLDWDM"]
            assert len(z) == 19 and z.isdigit() and z.endswith("0000000"), z
            counties.add(z[:6])
            key = (z, f["TBBH"])
            assert key not in keys, key  # TBBH unique per village
            keys.add(key)
            if f["DLBM"]:
                assert re.fullmatch(r"\d{2}[0-9H]\d", f["DLBM"]), f["DLBM"]
        assert counties == {"420115", "420117"}


def test_kcxs_arithmetic(county):
    """KCMJ = TBMJ x KCXS and TBDLMJ = TBMJ - KCMJ (三调 field rules), 2-decimal m²."""
    for name in YEARS:
        _, feats = county[name]
        sloping = 0
        for f in feats:
            tbmj, kcxs, kcmj, tbdlmj = f["TBMJ"], f["KCXS"], f["KCMJ"], f["TBDLMJ"]
            assert tbdlmj == pytest.approx(tbmj - kcmj, abs=0.011), f.id()
            assert kcmj == pytest.approx(tbmj * kcxs, abs=0.011), f.id()
            if f["DLBM"] in ("0102", "0103") and kcxs > 0:
                assert 0.02 <= kcxs <= 0.15
                sloping += 1
            elif f["DLBM"] not in ("0101", "0102", "0103"):
                assert kcxs == 0, (f.id(), f["DLBM"])
        assert sloping > 50


def test_tbmj_is_ellipsoidal_area(county):
    """TBMJ equals the area on the CGCS2000 ellipsoid (EPSG:1024) within 1 cm²."""
    from qgis.core import QgsDistanceArea, QgsProject

    layer, feats = county["dltb_2020"]
    da = QgsDistanceArea()
    da.setSourceCrs(layer.crs(), QgsProject.instance().transformContext())
    assert da.setEllipsoid("EPSG:1024")
    checked = 0
    for f in feats[::97]:
        if f.geometry().isGeosValid():
            assert f["TBMJ"] == pytest.approx(da.measureArea(f.geometry()), abs=0.006)
            checked += 1
    assert checked > 30
    # Total about the 20 km x 20 km extent (400 km²).
    assert sum(f["TBMJ"] for f in feats) == pytest.approx(400e6, rel=0.02)


def _defects(feats):
    invalid = [f for f in feats if not f.geometry().isGeosValid()]
    multi = [f for f in feats if f.geometry().constGet().numGeometries() > 1]
    null = [f for f in feats if f["DLBM"] is None or f["DLBM"] == "" or
            (hasattr(f["DLBM"], "isNull") and f["DLBM"].isNull())]
    unknown = [f for f in feats if f["DLBM"] == "0999"]
    slivers = [f for f in feats if f.geometry().area() < 1.0]
    return invalid, multi, null, unknown, slivers


def test_defects_present_in_both_years_and_documented(county):
    readme = (SAMPLE / "README.md").read_text(encoding="utf-8")
    for name in YEARS:
        invalid, multi, null, unknown, slivers = _defects(county[name][1])
        assert len(invalid) == 1 and len(multi) == 1 and len(null) == 1 and len(unknown) == 1
        assert 2 <= len(slivers) <= 5
        for f in slivers:
            assert 0 < f.geometry().area() < 1.0
        for f in invalid + multi + null + unknown + slivers:
            # README table cells read "ZLDWDM \| TBBH" (pipe escaped in markdown).
            pattern = r"{} \\?\| {}\b".format(f["ZLDWDM"], f["TBBH"])
            assert re.search(pattern, readme), (name, f["ZLDWDM"], f["TBBH"])


def test_coverage_clean_apart_from_defects(county):
    """Valid parcels neither overlap nor leave gaps: the union's area equals the sum
    of the parts, and its only hole is where the bow-tie parcel is."""
    from qgis.core import QgsGeometry

    for name in YEARS:
        feats = county[name][1]
        valid = [f.geometry() for f in feats if f.geometry().isGeosValid()]
        bowtie = [f.geometry() for f in feats if not f.geometry().isGeosValid()][0]
        union = QgsGeometry.unaryUnion(valid)
        parts_area = sum(g.area() for g in valid)
        assert union.area() == pytest.approx(parts_area, abs=1.0)
        assert not union.isMultipart()
        poly = union.constGet()
        assert poly.numInteriorRings() == 1, poly.numInteriorRings()
        hole = QgsGeometry(poly.interiorRing(0).clone())
        assert hole.boundingBox().intersects(bowtie.boundingBox())


def _class_change_share(base_feats, target_feats):
    """Share of the target area whose DLBM differs from the base (overlay)."""
    from qgis.core import QgsSpatialIndex

    index = QgsSpatialIndex()
    base = {}
    for f in base_feats:
        if f.geometry().isGeosValid():
            index.addFeature(f)
            base[f.id()] = f
    changed = total = 0.0
    for t in target_feats:
        g = t.geometry()
        if not g.isGeosValid():
            continue
        total += g.area()
        wkb = g.asWkb()
        for fid in index.intersects(g.boundingBox()):
            b = base[fid]
            if b["DLBM"] == t["DLBM"]:
                continue
            if b.geometry().asWkb() == wkb:
                changed += g.area()
                continue
            changed += g.intersection(b.geometry()).area()
    return changed / total


def test_class_change_share_between_years(county):
    share = _class_change_share(county["dltb_2020"][1], county["dltb_2023"][1])
    assert 0.03 <= share <= 0.08, share


def test_most_parcels_unchanged(county):
    base = {(f["ZLDWDM"], f["TBBH"]): f for f in county["dltb_2020"][1]}
    target = county["dltb_2023"][1]
    same = sum(1 for t in target if (t["ZLDWDM"], t["TBBH"]) in base
               and base[(t["ZLDWDM"], t["TBBH"])].geometry().asWkb() == t.geometry().asWkb()
               and base[(t["ZLDWDM"], t["TBBH"])]["DLBM"] == t["DLBM"])
    assert same / len(target) > 0.8
    # ... but real edits exist: new numbers, and parcels of 2020 that are gone.
    assert len(target) - same > 100
    assert len({k for k in base} - {(t["ZLDWDM"], t["TBBH"]) for t in target}) > 100


# --------------------------------------------------------------------------- bench pairs
@pytest.fixture(scope="module")
def pairs():
    return _load_module(REPO / "bench" / "generate_pairs.py", "generate_pairs")


def _read_gpkg(path, layer_name):
    from osgeo import ogr

    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName(layer_name)
    rows = []
    for f in layer:
        rows.append((tuple(f.GetField(k) for k in FIELDS), bytes(f.GetGeometryRef().ExportToWkb())))
    srs = layer.GetSpatialRef()
    return rows, srs.GetAuthorityCode(None)


def test_make_pair_is_deterministic(pairs, tmp_path):
    for kind in ("annual", "redrawn"):
        a, b = tmp_path / "a_{}.gpkg".format(kind), tmp_path / "b_{}.gpkg".format(kind)
        pairs.make_pair(a, 300, kind, seed=3)
        pairs.make_pair(b, 300, kind, seed=3)
        for name in ("base", "target"):
            rows_a, epsg = _read_gpkg(a, name)
            rows_b, _ = _read_gpkg(b, name)
            assert epsg == "4547"
            assert rows_a == rows_b
            assert 250 <= len(rows_a) <= 350
        other = tmp_path / "c.gpkg"
        pairs.make_pair(other, 300, kind, seed=4)
        assert _read_gpkg(other, "base")[0] != _read_gpkg(a, "base")[0]


def test_make_pair_annual_and_redrawn_geometry(pairs, tmp_path):
    from osgeo import ogr

    for kind in ("annual", "redrawn"):
        path = tmp_path / "p.gpkg"
        pairs.make_pair(path, 400, kind)
        base, _ = _read_gpkg(path, "base")
        target, _ = _read_gpkg(path, "target")
        shared = {w for _, w in base} & {w for _, w in target}
        if kind == "annual":
            # Most parcels byte-identical, a few percent edited.
            assert 0.8 * len(base) < len(shared) < 0.98 * len(base)
        else:
            assert not shared
        # Both layers are exact coverages of the same rectangle: parts add up to the union.
        for rows in (base, target):
            geoms = [ogr.CreateGeometryFromWkb(w) for _, w in rows]
            coll = ogr.Geometry(ogr.wkbMultiPolygon)
            for g in geoms:
                assert g.IsValid()
                coll.AddGeometry(g)
            union = coll.UnionCascaded()
            total = sum(g.GetArea() for g in geoms)
            assert union.GetArea() == pytest.approx(total, rel=1e-9)
            env = union.GetEnvelope()
            assert union.GetArea() == pytest.approx((env[1] - env[0]) * (env[3] - env[2]), rel=1e-9)
            for attrs, _w in rows:
                tbmj, kcmj, tbdlmj = attrs[4], attrs[6], attrs[7]
                assert tbdlmj == pytest.approx(tbmj - kcmj, abs=0.011)


def test_committed_sample_is_the_generators_output(tmp_path, county):
    """Regenerating (fixed seed, as `make sample` does, in its own process) gives the
    committed features exactly: the file is reproducible and not edited by hand."""
    import subprocess
    import sys

    run = subprocess.run([sys.executable, str(SAMPLE / "generate_county.py"), "--out", str(tmp_path)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    changed = float(re.search(r"changed_class_pct: ([0-9.]+)", run.stdout).group(1))
    assert 3.0 <= changed <= 8.0  # the generator's own cell bookkeeping agrees
    for name in YEARS:
        fresh, epsg = _read_gpkg(tmp_path / "county.gpkg", name)
        assert epsg == "4547"
        committed = [tuple(f[k] for k in FIELDS) for f in county[name][1]]
        # QGIS reads a NULL text as None (or an invalid QVariant); compare as None.
        committed = [tuple(None if v is None or (hasattr(v, "isNull") and v.isNull()) else v
                           for v in row) for row in committed]
        assert [a for a, _ in fresh] == committed


# -- the sample survey (sample/survey.gpkg, sample/generate_plots.py) -----------------------------
@pytest.fixture(scope="module")
def survey_plots(qgis_app):
    """The committed survey's plots (attributes and point coordinates) as a DataFrame."""
    import pandas as pd
    from osgeo import ogr

    ds = ogr.Open(str(SAMPLE / "survey.gpkg"))
    layer = ds.GetLayerByName("plots")
    rows = []
    for f in layer:
        g = f.GetGeometryRef()
        rows.append({"plot_id": f.GetField("plot_id"), "survey_year": f.GetField("survey_year"),
                     "permanent_id": f.GetField("permanent_id"), "plot_type": f.GetField("plot_type"),
                     "object": f.GetField("object"), "x": g.GetX(), "y": g.GetY()})
    return pd.DataFrame(rows)


def _object_at(path, layer_name, points):
    """The metering object (metering/data/landclass_mapping.csv) of the parcel of ``layer_name`` under each point."""
    import csv

    from osgeo import ogr

    with open(REPO / "metering" / "data" / "landclass_mapping.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    code = [c for c in rows[0] if c != "object" and "code" in c][0]
    to_object = {r[code].strip(): r["object"] for r in rows}
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName(layer_name)
    found = []
    for x, y in points:
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(x, y)
        layer.SetSpatialFilter(point)
        hit = [to_object.get(str(f.GetField("DLBM")).strip()) for f in layer if f.GetGeometryRef().Contains(point)]
        found.append(hit[0] if hit else None)
    return found


def test_survey_has_remeasured_permanent_plots(survey_plots):
    """Issue 10: most plots are permanent, measured in 2020 and remeasured in 2023 under one
    permanent_id, the same object, within the 10 m location tolerance and inside a parcel of that
    object in both years; a few temporary plots, one plot lost after 2020 and one new in 2023."""
    import math

    plots = survey_plots
    assert set(plots["survey_year"]) == {2020, 2023}
    permanent = plots[plots["permanent_id"].notna() & (plots["permanent_id"] != "")]
    assert (permanent["plot_type"] == "permanent").all()
    temporary = plots.drop(permanent.index)
    assert (temporary["plot_type"] == "temporary").all() and 0 < len(temporary) <= 0.05 * len(plots)
    counts = permanent.groupby("permanent_id")["survey_year"].agg(lambda y: tuple(sorted(y)))
    assert (counts.map(len) <= 2).all()  # never measured twice in one year
    paired = counts[counts == (2020, 2023)].index
    assert len(paired) >= 0.9 * len(counts) and 2 * len(paired) >= 0.9 * len(plots)
    assert list(counts[counts == (2020,)].index) == ["GD-forest_arbor-19"]  # lost
    assert list(counts[counts == (2023,)].index) == ["GD-grassland-19"]  # new
    both = permanent[permanent["permanent_id"].isin(paired)].set_index(["permanent_id", "survey_year"])
    base, target = both.xs(2020, level="survey_year"), both.xs(2023, level="survey_year").loc[paired]
    base = base.loc[paired]
    assert (base["object"] == target["object"]).all()
    assert (base["plot_id"] != target["plot_id"]).all()  # every measurement has its own plot id
    moved = [math.hypot(a - b, c - d) for a, b, c, d in zip(base["x"], target["x"], base["y"], target["y"])]
    assert max(moved) <= 10.0 and max(moved) > 0  # GPS re-location, within the tolerance
    assert base.groupby("object").size().min() >= 15  # every main object has its pairs
    # On unchanged land: the same object in dltb_2020 and dltb_2023 under the plot.
    county = SAMPLE / "county.gpkg"
    assert _object_at(county, "dltb_2020", zip(base["x"], base["y"])) == list(base["object"])
    assert _object_at(county, "dltb_2023", zip(target["x"], target["y"])) == list(target["object"])


def test_remeasured_trees_grew(qgis_app):
    """The 2023 tally of a permanent arbor plot is the 2020 tally grown: same number of stems or a few
    more (ingrowth), larger mean diameter, a few trees died."""
    from osgeo import ogr

    ds = ogr.Open(str(SAMPLE / "survey.gpkg"))
    trees = {}
    for f in ds.GetLayerByName("trees"):
        trees.setdefault(f.GetField("plot_id"), []).append((f.GetField("dbh_cm"), f.GetField("status")))
    grew = 0
    for n in range(1, 19):
        before, after = trees["2020-forest_arbor-{0:02d}".format(n)], trees["2023-forest_arbor-{0:02d}".format(n)]
        assert len(after) >= len(before)
        live_before = [d for d, s in before if s == "live"]
        assert sum(s == "live" for _, s in after) <= len(live_before) + (len(after) - len(before))
        mean = sum(d for d, _ in after[:len(before)]) / len(before)
        grew += mean > sum(d for d, _ in before) / len(before)
    assert grew == 18


def test_committed_survey_is_the_generators_output(qgis_app):
    """The survey generator is seeded: its tables equal the committed field-sheet workbook."""
    from carbon_metering.metering import field_sheets

    gen = _load_module(SAMPLE / "generate_plots.py", "generate_plots")
    fresh = gen.make_tables(str(SAMPLE / "county.gpkg"))
    committed = field_sheets.read_workbook(SAMPLE / "field_sheets.xlsx")
    for name, frame in fresh.items():
        book = committed[name]
        assert len(book) == len(frame), name
        assert list(book["plot_id"].astype(str)) == list(frame["plot_id"].astype(str)), name
    plots = committed["plots"].set_index("plot_id")
    for rec in fresh["plots"].itertuples():
        assert float(plots.at[rec.plot_id, "x"]) == pytest.approx(rec.x)
        given = plots.at[rec.plot_id, "permanent_id"]
        given = given.strip() if isinstance(given, str) else ""  # an empty cell reads as NaN or None
        assert given == (rec.permanent_id or "")
