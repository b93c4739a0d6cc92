"""Overlay core: candidate pairs, flags, labels, official areas, matrix, GK CRS (no QGIS)."""

import numpy as np
import pandas as pd
import pytest

from carbon_metering.metering import gk_crs
from carbon_metering.metering.landclass import default_mapping
from carbon_metering.metering.overlay import (
    allocate_official_area,
    bbox_candidate_pairs,
    change_flags,
    change_labels,
    change_matrix,
    conservation_errors,
    official_parcel_area,
)


def _brute_force(a, b):
    pairs = set()
    for i, p in enumerate(a):
        for j, q in enumerate(b):
            if p[0] <= q[2] and q[0] <= p[2] and p[1] <= q[3] and q[1] <= p[3]:
                pairs.add((i, j))
    return pairs


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_bbox_pairs_equal_brute_force(seed):
    rng = np.random.default_rng(seed)

    def boxes(n):
        xy = rng.uniform(0, 1000, (n, 2))
        wh = rng.exponential(40, (n, 2))
        wh[:3] *= 20  # a few large parcels spanning many grid cells
        return np.column_stack([xy, xy + wh])

    a, b = boxes(150), boxes(170)
    ia, ib = bbox_candidate_pairs(a, b)
    got = list(zip(ia.tolist(), ib.tolist()))
    assert len(got) == len(set(got))  # each pair once
    assert set(got) == _brute_force(a, b)


def test_bbox_pairs_touching_and_empty():
    a = np.array([[0, 0, 10, 10]])
    b = np.array([[10, 0, 20, 10], [30, 30, 40, 40]])
    ia, ib = bbox_candidate_pairs(a, b)
    assert list(zip(ia, ib)) == [(0, 0)]
    assert len(bbox_candidate_pairs(a, np.empty((0, 4)))[0]) == 0


def test_change_flags():
    flags = change_flags(["0103", "0103", "0301", None, None], ["0103", "0301", None, "0404", None],
                         [1, 1, 1, 0, 1], [1, 1, 0, 1, 1])
    assert flags.tolist() == [0, 1, 2, 3, 0]


def test_change_labels_use_zh_names():
    m = default_mapping()
    labels = change_labels(m, ["0103", "0103", "0301", None, "9999"], ["0301", "0103", None, "0404", "0101"],
                           [1, 0, 2, 3, 1])
    assert labels == ["旱地→乔木林地", "旱地", "乔木林地→(无)", "(无)→其他草地", "9999→水田"]


def test_official_parcel_area_rules():
    # 三调: KCMJ = TBMJ × KCXS; TBDLMJ = TBMJ − KCMJ
    assert official_parcel_area(tbdlmj=920.0, tbmj=1000.0, kcmj=50.0) == 920.0
    assert official_parcel_area(tbmj=1000.0, kcmj=80.0) == 920.0
    assert official_parcel_area(tbmj=1000.0, kcxs=0.08) == pytest.approx(920.0)
    assert official_parcel_area(tbmj=1000.0, kcxs=8) == pytest.approx(920.0)
    assert official_parcel_area(tbmj=1000.0) == 1000.0
    assert official_parcel_area(tbmj=None) is None


def test_allocate_official_area_by_geometric_share():
    # parcel 0: survey area 900 m², pieces of 600 and 400 m² geometric → 540 and 360;
    # parcel 1: survey 100, one piece → 100; a piece of no parcel (-1) → 0
    out = allocate_official_area([600.0, 400.0, 77.0, 5.0], [0, 0, 1, -1], [900.0, 100.0])
    assert out.tolist() == pytest.approx([540.0, 360.0, 100.0, 0.0])


def test_change_matrix_object_and_code_levels():
    pieces = pd.DataFrame(
        {
            "base_code": ["0103", "0103", "0102", None],
            "target_code": ["0301", "0301", "0301", "0404"],
            "base_object": ["dry_land", "dry_land", "irrigated_land", None],
            "target_object": ["forest_arbor"] * 3 + ["grassland"],
            "area_m2": [10000.0, 5000.0, 2500.0, 20000.0],
        }
    )
    m = change_matrix(pieces)
    obj = m[m["level"] == "object"].set_index(["base", "target"])["area_ha"]
    assert obj[("dry_land", "forest_arbor")] == pytest.approx(1.5)
    assert obj[("irrigated_land", "forest_arbor")] == pytest.approx(0.25)
    assert obj[("(none)", "grassland")] == pytest.approx(2.0)
    code = m[m["level"] == "code"].set_index(["base", "target"])["area_ha"]
    assert code[("0103", "0301")] == pytest.approx(1.5)
    assert m.groupby("level")["area_ha"].sum().tolist() == pytest.approx([3.75, 3.75])


def test_conservation_errors():
    assert conservation_errors([60.0, 40.0, 50.0], ["a", "a", "b"], [100.0, 50.0], ["a", "b"]) == []
    errors = conservation_errors([60.0, 40.01, 50.0], ["a", "a", "b"], [100.0, 50.0], ["a", "b"])
    assert [e[0] for e in errors] == ["a"]
    assert errors[0][3] == pytest.approx(1e-4)


def test_gk_epsg_families():
    # EPSG:4526 = CGCS2000 3-degree GK zone 38 (prefixed); EPSG:4547 = CM 114E (zone 38, no prefix)
    assert gk_crs.prefixed_epsg(38) == 4526 and gk_crs.plain_epsg(38) == 4547
    assert gk_crs.prefixed_epsg(25) == 4513 and gk_crs.plain_epsg(45) == 4554
    assert gk_crs.family(4526) == ("prefixed", 38) and gk_crs.family(4547) == ("plain", 38)
    assert gk_crs.family(4490) is None


@pytest.mark.parametrize(
    "epsg, xmin, xmax, expected",
    [
        (4526, 38_400_000, 38_600_000, ("ok", None)),
        (4547, 400_000, 600_000, ("ok", None)),
        (4547, 38_400_000, 38_600_000, ("mismatch", 4526)),  # prefix in a no-prefix CRS
        (4526, 400_000, 600_000, ("mismatch", 4547)),  # no prefix in a prefixed CRS
        (4526, 39_400_000, 39_600_000, ("mismatch", 4527)),  # zone 39 coordinates, zone 38 CRS
        (None, 38_400_000, 38_600_000, ("derived", 4526)),
        (None, 400_000, 600_000, ("unknown", None)),
        (3857, 12_700_000, 12_800_000, ("ok", None)),  # not GK: not checked
    ],
)
def test_gk_check_extent(epsg, xmin, xmax, expected):
    assert gk_crs.check_extent(epsg, xmin, xmax) == expected


def test_change_matrix_null_code_is_not_no_parcel():
    # piece 1: a real base parcel with a NULL code (1 ha) → 0301; piece 2: no base parcel (2 ha) → 0301.
    # They must stay apart: "NULL" → 0301 1 ha, "(none)" → 0301 2 ha (not 3 ha under "(none)").
    pieces = pd.DataFrame(
        {
            "base_code": [None, None, "0103"],
            "target_code": ["0301", "0301", None],
            "base_object": ["unmapped", None, "dry_land"],
            "target_object": ["forest_arbor", "forest_arbor", None],
            "area_m2": [10000.0, 20000.0, 5000.0],
            "base_fid": [7, None, 8],
            "target_fid": [3, 4, None],
        }
    )
    m = change_matrix(pieces)
    code = m[m["level"] == "code"].set_index(["base", "target"])["area_ha"]
    assert code[("NULL", "0301")] == pytest.approx(1.0)
    assert code[("(none)", "0301")] == pytest.approx(2.0)
    assert code[("0103", "(none)")] == pytest.approx(0.5)
    obj = m[m["level"] == "object"].set_index(["base", "target"])["area_ha"]
    assert obj[("unmapped", "forest_arbor")] == pytest.approx(1.0)
    assert obj[("(none)", "forest_arbor")] == pytest.approx(2.0)
    assert obj[("dry_land", "(none)")] == pytest.approx(0.5)


def test_zone_shift_between_families():
    # zone 38: EPSG:4526 (prefixed, x = 38 500 000 on the CM) ↔ EPSG:4547 (plain, x = 500 000)
    assert gk_crs.zone_shift(4526, 4547) == -38.0e6
    assert gk_crs.zone_shift(4547, 4526) == 38.0e6
    assert gk_crs.zone_shift(4526, 4526) is None  # same CRS: nothing to shift
    assert gk_crs.zone_shift(4526, 4546) is None  # other zone (CM 111E): a real transform
    assert gk_crs.zone_shift(4490, 4547) is None
