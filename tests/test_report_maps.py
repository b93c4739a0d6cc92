"""What the report's maps draw (metering.report_maps): classes, change categories, dissolved groups."""

import math

import numpy as np
import pytest

from carbon_metering.metering import report_content as rc
from carbon_metering.metering import report_maps as rm

shapely = pytest.importorskip("shapely", minversion="2")


def _square(x, y, size=100.0):
    return shapely.box(x, y, x + size, y + size)


def test_sink_per_hectare_leaves_out_null_zero_area_and_text():
    per_ha = rm.sink_per_hectare([10.0, None, 5.0, "x", 3.0, float("inf")], [10000.0, 10000.0, 0.0, 20000.0, None,
                                                                            10000.0])
    assert per_ha[0] == pytest.approx(10.0)
    assert np.isnan(per_ha[1:]).all()


def test_class_index_is_classify():
    values = [-75.0, -50.0, -0.5, -1e-6, 0.0, 1e-7, 1e-6, 0.3, 2.0, 19.99, 20.0, 600.0, float("nan")]
    classes = rc.sink_classes([v for v in values if v == v])
    got = rm.class_index(np.array(values), classes).tolist()
    want = [rc.classify(v, classes) for v in values]
    assert got == [-1 if w is None else w for w in want]
    assert got[-1] == -1 and len(set(got[:-1])) > 4


def test_change_category_by_flag_and_sign():
    got = rm.change_category([0, 1, 1, 1, 3, None], [5.0, 5.0, -5.0, 0.0, None, 1.0]).tolist()
    assert got == ["unchanged", "gain", "loss", "even", "even", "gain"]


def test_pieces_alike_in_every_grouping_dissolve_into_one_geometry_of_their_area():
    # a 4 x 3 grid of 100 m squares in two classes (left columns a, right b) and two counties (rows);
    # a piece without geometry is left out
    squares = shapely.to_wkb([_square(100.0 * i, 100.0 * j) for j in range(3) for i in range(4)]).tolist()
    side = ["a" if i < 2 else "b" for j in range(3) for i in range(4)] + ["a"]
    county = ["c1" if j == 0 else "c2" for j in range(3) for i in range(4)] + ["c1"]
    cells = rm.dissolve(squares + [None], side, county)
    assert sorted(cell.keys for cell in cells) == [("a", "c1"), ("a", "c2"), ("b", "c1"), ("b", "c2")]
    assert [len(cell.members) for cell in cells] == [4, 4, 2, 2]  # largest first
    a2 = {cell.keys: cell for cell in cells}[("a", "c2")]
    assert shapely.from_wkb(a2.wkb()).equals(shapely.box(0, 100, 200, 300))
    # the outlines of a grouping from its cells
    outlines = rm.merge(cells, 1)
    assert shapely.from_wkb(outlines["c1"]).equals(shapely.box(0, 0, 400, 100))
    assert shapely.from_wkb(outlines["c2"]).equals(shapely.box(0, 100, 400, 300))
    whole = rm.merge(cells, 0)
    assert shapely.from_wkb(whole["a"]).area == pytest.approx(6e4, rel=1e-12)
    # a piece without a key in one grouping is in a cell of its own, left out of that grouping's outlines
    cells = rm.dissolve(squares, ["a"] * 11 + [None], ["c"] * 12)
    assert shapely.from_wkb(rm.merge(cells, 0)["a"]).area == pytest.approx(11e4)
    assert shapely.from_wkb(rm.merge(cells, 1)["c"]).area == pytest.approx(12e4)


def test_overlapping_pieces_give_no_outline():
    squares = shapely.to_wkb([_square(0, 0), _square(50, 0), _square(300, 0), _square(450, 0)]).tolist()
    cells = rm.dissolve(squares, ["x", "x", "y", "y"])
    by_key = {cell.keys[0]: cell for cell in cells}
    # filled in one colour the overlapping pieces look as drawn one by one; an outline would show them
    assert shapely.from_wkb(by_key["x"].wkb()).area == pytest.approx(2e4)
    outlines = rm.merge(cells, 0)
    assert outlines["x"] is None  # made by QGIS's union instead
    y = shapely.from_wkb(outlines["y"])
    assert y.is_valid and y.area == pytest.approx(2e4) and math.isclose(y.length, 800.0)  # two squares apart
