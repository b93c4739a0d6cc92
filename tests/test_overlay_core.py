"""The overlay core (metering.overlay.overlay_parcels) on hand-made WKB, without QGIS.

Every expected area is worked out by hand from the coordinates (axis-parallel
rectangles in metres), so the planar method gives it exactly. The same cases
run through carbonmeter:parcel_change in tests/test_overlay_through_qgis.py.
"""

import sys

import numpy as np
import pytest

shapely = pytest.importorskip("shapely", minversion="2")

from carbon_metering.metering.errors import Cancelled, MeteringError  # noqa: E402
from carbon_metering.metering.overlay import (  # noqa: E402
    CrsInfo,
    OverlayOptions,
    ParcelLayer,
    overlay_parcels,
)
from carbon_metering.metering.vocabulary import PIECE_COLUMNS  # noqa: E402

X0, Y0 = 38_500_000.0, 3_400_000.0  # CGCS2000 GK zone 38 (EPSG:4526), on the central meridian 114E
GK38 = CrsInfo(epsg=4526, geographic=False, name="EPSG:4526")


def box(x, y, w, h=None):
    h = w if h is None else h
    return shapely.box(X0 + x, Y0 + y, X0 + x + w, Y0 + y + h)


def layer(name, items, crs=GK38, county="420101001001", official=None):
    """A ParcelLayer from (geometry or WKT-less None, code) items; fids 1…n."""
    geoms = [g for g, _c in items]
    wkb = [None if g is None else shapely.to_wkb(g) for g in geoms]
    return ParcelLayer(name, wkb, np.arange(1, len(items) + 1), [c for _g, c in items],
                       [county[:6]] * len(items), official, crs)


def run(base, target, **options):
    options.setdefault("area_method", "planar")
    return overlay_parcels(base, target, OverlayOptions(**options))


def by_key(result):
    """{(base_code, target_code, flag): summed area_m2}"""
    acc = {}
    for row in result.frame.itertuples(index=False):
        key = (row.base_code, row.target_code, int(row.change_flag))
        acc[key] = acc.get(key, 0.0) + row.area_m2
    return acc


# ---------------------------------------------------------------- the hand-made cases (shared with QGIS)

#: name → (base items, target items, {(base code, target code, flag): m²}); used by both test modules.
CASES = {
    # A = [0,100]² 旱地 and B = [100,200]×[0,100] 乔木林地; the target moves their boundary to x = 150:
    # A's 10 000 m² stay 0103, B's left half 5 000 m² becomes 0103, its right half stays 0301
    "moved_boundary": (
        [(box(0, 0, 100), "0103"), (box(100, 0, 100), "0301")],
        [(box(0, 0, 150, 100), "0103"), (box(150, 0, 50, 100), "0301")],
        {("0103", "0103", 0): 10000.0, ("0301", "0103", 1): 5000.0, ("0301", "0301", 0): 5000.0},
    ),
    # the target parcel has a 20 × 20 hole (a pond cut out of it in the new survey, not yet drawn):
    # 10 000 − 400 = 9 600 m² in both years, the hole's 400 m² base only
    "hole": (
        [(box(0, 0, 100), "0301")],
        [(shapely.Polygon(box(0, 0, 100).exterior.coords, [box(40, 40, 20).exterior.coords]), "0301")],
        {("0301", "0301", 0): 9600.0, ("0301", None, 2): 400.0},
    ),
    # a two-part target parcel (two 50 × 50 squares) over one base square: both parts in one piece,
    # the rest of the base square (10 000 − 2 × 2 500) is base only
    "multipart": (
        [(box(0, 0, 100), "0103")],
        [(shapely.MultiPolygon([box(0, 0, 50), box(50, 50, 50)]), "0404")],
        {("0103", "0404", 1): 5000.0, ("0103", None, 2): 5000.0},
    ),
    # a self-intersecting "bow-tie" ring (0,0)-(100,100)-(100,0)-(0,100): repaired by make_valid into two
    # triangles of 2 500 m² each; the target square covers it, so 5 000 m² in both years, 5 000 target only
    "invalid_ring": (
        [(shapely.Polygon([(X0, Y0), (X0 + 100, Y0 + 100), (X0 + 100, Y0), (X0, Y0 + 100)]), "0103")],
        [(box(0, 0, 100), "0103")],
        {("0103", "0103", 0): 5000.0, (None, "0103", 3): 5000.0},
    ),
    # the target boundary 0.5 m to the right of the base boundary: a 0.5 × 100 = 50 m² sliver
    "sliver": (
        [(box(0, 0, 100), "0103"), (box(100, 0, 100), "0301")],
        [(box(0, 0, 100.5, 100), "0103"), (box(100.5, 0, 99.5, 100), "0301")],
        {("0103", "0103", 0): 10000.0, ("0301", "0103", 1): 50.0, ("0301", "0301", 0): 9950.0},
    ),
    # identical twins: the same two squares in both years (paired by their WKB, no intersection)
    "identical_twins": (
        [(box(0, 0, 100), "0103"), (box(100, 0, 100), "0301")],
        [(box(0, 0, 100), "0103"), (box(100, 0, 100), "0305")],
        {("0103", "0103", 0): 10000.0, ("0301", "0305", 1): 10000.0},
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hand_made_cases_exact_areas(name):
    base_items, target_items, expected = CASES[name]
    result = run(layer("base", base_items), layer("target", target_items))
    got = by_key(result)
    assert set(got) == set(expected)
    for key, area in expected.items():
        assert got[key] == pytest.approx(area, rel=1e-12, abs=1e-9), key
    assert list(result.frame.columns) == list(PIECE_COLUMNS)
    assert len(result.geometry) == len(result.frame)
    # each piece's geometry has the area written on it
    assert np.allclose(shapely.area(shapely.from_wkb(result.geometry)), result.frame["area_m2"], rtol=1e-12)
    assert result.report.conserved


def test_report_counts_pairs_and_slivers():
    base_items, target_items, _ = CASES["sliver"]
    result = run(layer("base", base_items), layer("target", target_items), min_area=100.0)
    rep = result.report
    assert (rep.pieces, rep.unchanged, rep.changed, rep.base_only, rep.target_only) == (3, 2, 1, 0, 0)
    assert rep.slivers == 1  # the 50 m² piece, below 100 m²
    assert result.frame.loc[result.frame["area_m2"] < 100, "sliver"].tolist() == [1]
    assert rep.identical_pairs == 0 and rep.overlap_share == pytest.approx(1.0)
    assert rep.planar_total_m2 == pytest.approx(20000.0)


def test_identical_twins_paired_without_intersection():
    base_items, target_items, _ = CASES["identical_twins"]
    result = run(layer("base", base_items), layer("target", target_items))
    assert result.report.identical_pairs == 2
    assert result.frame["base_fid"].tolist() == [1, 2] and result.frame["target_fid"].tolist() == [1, 2]


def test_invalid_ring_repaired_and_named():
    base_items, target_items, _ = CASES["invalid_ring"]
    result = run(layer("base", base_items), layer("target", target_items))
    assert result.report.base.repaired_fids == [1] and result.report.target.repaired_fids == []
    assert any(n.kind == "overlay_repaired" and n.details["fids"] == [1] for n in result.notes)


def test_empty_and_null_geometries_skipped_and_listed():
    base = layer("base", [(box(0, 0, 100), "0103"), (None, "0103"), (shapely.Polygon(), "0103")])
    result = run(base, layer("target", [(box(0, 0, 100), "0103")]))
    assert result.report.base.skipped_fids == [2, 3] and result.report.base.parcels == 1
    with pytest.raises(MeteringError) as err:
        run(layer("bare", [(None, "0103")]), layer("target", [(box(0, 0, 100), "0103")]))
    assert err.value.kind == "overlay_no_parcels" and err.value.details["layer"] == "bare"


def test_overlap_within_a_layer_is_reported():
    # target parcels 1 = [0,100]² and 2 = [50,150]×[0,100] overlap on 50 × 100 = 5 000 m²
    base = layer("base", [(box(0, 0, 100), "0103")])
    target = layer("target", [(box(0, 0, 100), "0103"), (box(50, 0, 100), "0301")])
    result = run(base, target)
    assert result.report.target.overlaps == [(1, 2, pytest.approx(5000.0))]
    assert result.report.base.overlaps == []
    assert result.report.overlap_excess_m2 == pytest.approx(5000.0)
    assert by_key(result) == pytest.approx({("0103", "0103", 0): 10000.0, ("0103", "0301", 1): 5000.0,
                                            (None, "0301", 3): 5000.0})


def test_null_and_unknown_codes_listed():
    base = layer("base", [(box(0, 0, 100), None), (box(100, 0, 100), "7777"), (box(200, 0, 100), 101)])
    target = layer("target", [(box(0, 0, 300, 100), "0101")])
    result = run(base, target)
    assert result.report.base.null_code_fids == [1]
    assert result.report.base.unknown_codes == {"7777": [2]}
    # numeric 101 is read as the code 0101 (GB/T 21010 text codes)
    assert by_key(result)[("0101", "0101", 0)] == pytest.approx(10000.0)
    assert set(result.frame["base_object"]) >= {"unmapped"}


def test_counties_and_official_area_shares():
    # official: base parcel TBDLMJ 9 000 m² shared 60 / 40 between its two pieces by geometric area
    base = layer("base", [(box(0, 0, 100), "0103")], official=np.array([9000.0]))
    target = layer("target", [(box(0, 0, 60, 100), "0103"), (box(60, 0, 40, 100), "0301")],
                   official=np.array([np.nan, 3900.0]))
    result = run(base, target, area_method="official")
    # the target's first parcel has no survey area: its planar 6 000 m² is used (and listed)
    assert result.report.target.official_missing_fids == [1]
    frame = result.frame.sort_values("target_fid")
    assert frame["base_area_m2"].tolist() == pytest.approx([5400.0, 3600.0])
    assert frame["target_area_m2"].tolist() == pytest.approx([6000.0, 3900.0])
    assert frame["area_m2"].tolist() == pytest.approx([6000.0, 3900.0])
    assert set(frame["county"]) == {"420101"}


def test_zone_families_shifted_by_the_prefix():
    # the target in EPSG:4547 (CM 114E, no prefix) is the same zone 38 as the base in EPSG:4526
    plain = CrsInfo(epsg=4547, geographic=False, name="EPSG:4547")
    target = ParcelLayer("target", [shapely.to_wkb(shapely.box(500000, Y0, 500100, Y0 + 100))], [1], ["0103"],
                         None, None, plain)
    result = run(layer("base", [(box(0, 0, 100), "0103")]), target)
    assert result.report.zone_shift_m == 38_000_000.0
    assert result.report.identical_pairs == 1
    with pytest.raises(MeteringError) as err:
        run(layer("base", [(box(0, 0, 100), "0103")]),
            ParcelLayer("t", target.wkb, [1], ["0103"], crs=CrsInfo(epsg=3857, name="EPSG:3857")))
    assert err.value.kind == "overlay_crs_differ"


def test_disjoint_layers_stop_with_crs_hint():
    with pytest.raises(MeteringError) as err:
        run(layer("base", [(box(0, 0, 100), "0103")]), layer("target", [(box(99.5, 0, 100), "0103")]))
    assert err.value.kind == "overlay_disjoint" and err.value.details["share"] == pytest.approx(0.005)


def test_planar_refused_in_a_geographic_crs():
    geo = CrsInfo(epsg=4490, geographic=True, name="EPSG:4490")
    square = [(shapely.box(114.0, 30.0, 114.001, 30.001), "0103")]
    with pytest.raises(MeteringError) as err:
        run(layer("base", square, crs=geo), layer("target", square, crs=geo))
    assert err.value.kind == "overlay_planar_geographic"


def test_ellipsoidal_area_on_the_central_meridian_is_planar():
    # on the central meridian of a GK zone (k0 = 1) a 100 m square has its planar area to ~1e-10
    # (Snyder 1987 eq. 8-11: k = k0 (1 + x²/(2ρν) …), x ≈ 0 here)
    result = run(layer("base", [(box(0, 0, 100), "0103")]), layer("target", [(box(0, 0, 100), "0103")]),
                 area_method="ellipsoidal")
    assert result.report.area_formula == "gauss_kruger"
    assert result.frame["area_m2"].iloc[0] == pytest.approx(10000.0, rel=1e-9)


def test_snapping_pairs_a_rounded_copy():
    # the target is the base copied 0.05 mm to the east: with snapping every parcel pairs as unchanged
    grid = [(box(10 * i, 10 * j, 10), "0103") for i in range(5) for j in range(5)]
    shifted = [(shapely.transform(g, lambda xy: xy + [0.00005, 0.0]), c) for g, c in grid]
    result = run(layer("base", grid), layer("target", shifted))
    snap = result.report.snapping
    assert snap.applied and snap.rounding == snap.sampled and snap.twins == 25
    assert result.report.pieces == 25 and result.report.unchanged == 25
    raw = run(layer("base", grid), layer("target", shifted), snap_tolerance=0.0)
    assert raw.report.pieces > 25 and not raw.report.snapping.applied


def test_progress_reaches_one_and_cancel_raises():
    seen = []
    base_items, target_items, _ = CASES["moved_boundary"]
    overlay_parcels(layer("b", base_items), layer("t", target_items), progress=lambda f: seen.append(f) and False)
    assert seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        overlay_parcels(layer("b", base_items), layer("t", target_items), progress=lambda f: f > 0.3)


def test_core_imports_without_qgis_and_without_shapely_says_so(monkeypatch):
    monkeypatch.setitem(sys.modules, "shapely", None)
    base_items, target_items, _ = CASES["moved_boundary"]
    with pytest.raises(MeteringError) as err:
        run(layer("b", base_items), layer("t", target_items))
    assert err.value.kind == "missing_package" and "shapely" in err.value.details["package"]
