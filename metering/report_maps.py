"""What the report's two maps draw, computed on whole columns (no qgis).

The PDF maps the sink per hectare of every piece in classes, the land-change pieces by the sign
of their sink and the county outlines. At 100 000 pieces, one map feature per piece made the
report slow to build, to render and to open; the pieces are therefore dissolved into cells (the
pieces alike in sink class, change category and county; the pieces of an overlay do not overlap,
so the union of a cell is a coverage union, fast in GEOS), and the maps draw the cells — the same
picture, since the classes are drawn without outlines. The county outlines are the unions of their
cells.

A cell whose union cannot be trusted (the GEOS call fails, or the union's area differs from the
sum of its pieces' areas) is drawn piece by piece instead; an outline that is not a valid polygon
(overlapping pieces) is made by QGIS's union instead; without shapely ≥ 2 every cell is drawn
piece by piece and every outline made by QGIS.
"""

import os
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .report_content import sink_classes
from .vocabulary import M2_PER_HA

#: Change categories of the land-change map, in legend order.
CHANGE_CATEGORIES = ("gain", "loss", "even", "unchanged")
#: |sink| (t CO2e/a) below which a changed piece counts as of unchanged stock.
EVEN_TCO2E = 1e-9
#: Relative difference between a union's area and its pieces' summed area above which the union is not used.
UNION_AREA_REL_TOL = 1e-6


def _numbers(values):
    """A column as float64, NULL and text that is no number as NaN, ±inf as NaN."""
    try:
        out = np.asarray(values, dtype=float)
    except (TypeError, ValueError):
        out = pd.to_numeric(pd.Series(list(values), dtype=object), errors="coerce").to_numpy(dtype=float)
    out = out.copy()
    out[~np.isfinite(out)] = np.nan
    return out


def sink_per_hectare(sink_tco2e, area_m2):
    """t CO2e/(ha·a) per piece (NaN without a finite sink or a non-zero area)."""
    sink, area = _numbers(sink_tco2e), _numbers(area_m2)
    with np.errstate(divide="ignore", invalid="ignore"):
        per_ha = sink / (area / M2_PER_HA)
    per_ha[~np.isfinite(per_ha) | (area == 0)] = np.nan
    return per_ha


def class_index(per_ha, classes):
    """Index into ``classes`` ([(low, high, label)], contiguous, low ≤ x < high) per value; -1 for none."""
    per_ha = np.asarray(per_ha, dtype=float)
    lows = np.array([c[0] for c in classes], dtype=float)
    highs = np.array([c[1] for c in classes], dtype=float)
    k = np.searchsorted(lows, per_ha, side="right") - 1
    ok = np.isfinite(per_ha) & (k >= 0)
    k = np.where(ok, k, 0)
    ok &= per_ha < highs[k]
    return np.where(ok, k, -1)


def change_category(change_flag, sink_tco2e):
    """Per piece: ``unchanged`` (flag 0), else ``gain``/``loss``/``even`` by the sign of its sink (NULL = 0)."""
    flag = _numbers(change_flag)
    sink = np.nan_to_num(_numbers(sink_tco2e), nan=0.0)
    out = np.where(sink > EVEN_TCO2E, "gain", np.where(sink < -EVEN_TCO2E, "loss", "even")).astype(object)
    out[flag == 0] = "unchanged"
    return out


def map_groups(sink_tco2e, area_m2, change_flag):
    """The maps' grouping of the pieces: (per_ha array, sink classes, class index per piece, change category)."""
    per_ha = sink_per_hectare(sink_tco2e, area_m2)
    classes = sink_classes(per_ha[np.isfinite(per_ha)].tolist())
    return per_ha, classes, class_index(per_ha, classes), change_category(change_flag, sink_tco2e)


def _shapely():
    try:
        import shapely
    except ImportError:
        return None
    try:
        return shapely if int(str(shapely.__version__).split(".")[0]) >= 2 else None
    except ValueError:
        return None


@dataclass
class Cell:
    """The pieces sharing one key in every grouping: ``keys`` (one per grouping), ``members`` (piece
    positions) and ``union`` (their dissolved geometry, or None: draw the members one by one)."""

    keys: tuple
    members: list
    union: object = None

    # WKB of 2 dimensions: in the QGIS window shapely may run on QGIS's older GEOS, whose WKB
    # writer refuses shapely's default of more (the maps are flat anyway)

    def wkb(self):
        return None if self.union is None else _shapely().to_wkb(self.union, output_dimension=2)


def dissolve(wkb, *groupings):
    """The pieces dissolved per cell of all ``groupings`` together: a list of Cell, largest first.

    ``wkb``: one WKB (bytes, or None for a piece without geometry, left out) per piece; a
    grouping: one hashable key per piece (None allowed). The cells are unioned in threads (GEOS
    releases the GIL); without shapely ≥ 2 no cell has a union. A map colouring by one grouping
    draws the cells (same colour side by side looks as one area); ``merge`` makes a grouping's
    outlines from them.
    """
    keys = [list(groups) for groups in groupings]
    cells = {}
    for k, blob in enumerate(wkb):
        if blob is not None:
            cells.setdefault(tuple(column[k] for column in keys), []).append(k)
    out = sorted((Cell(key, members) for key, members in cells.items()), key=lambda cell: -len(cell.members))
    shapely = _shapely()
    if shapely is None or not out:
        return out
    geoms = np.empty(len(wkb), dtype=object)
    index = [k for k, blob in enumerate(wkb) if blob is not None]
    geoms[index] = shapely.from_wkb([wkb[k] for k in index], on_invalid="ignore")
    for cell, union in zip(out, _map(lambda c: _union(shapely, geoms[c.members]), out)):
        cell.union = union
    return out


def merge(cells, grouping):
    """{key of grouping ``grouping`` (an index into the cells' keys): the WKB of its pieces' union, made
    from its cells' unions, or None when a cell has none or the cells' union cannot be trusted}."""
    shapely = _shapely()
    groups = {}
    for cell in cells:
        if cell.keys[grouping] is not None:
            groups.setdefault(cell.keys[grouping], []).append(cell.union)
    tasks = list(groups.items())

    def union(task):
        parts = task[1]
        if shapely is None or any(part is None for part in parts):
            return None
        return _union(shapely, np.array(parts, dtype=object), outline=True)

    return {key: None if whole is None else shapely.to_wkb(whole, output_dimension=2)
            for (key, _parts), whole in zip(tasks, _map(union, tasks))}


def _map(func, items):
    """``[func(x) for x in items]`` in threads (the GEOS calls release the GIL)."""
    workers = max(1, min(4, os.cpu_count() or 1))
    if workers == 1 or len(items) < 2:
        return [func(x) for x in items]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(func, items))


def _union(shapely, geoms, outline=False):
    """The coverage union of ``geoms``, or None when it cannot be trusted (see the module's docstring).

    Pieces that overlap come out as overlapping parts: filled in one colour that looks as the pieces
    do, but an ``outline`` drawn of it would show them, so an outline must also be valid.
    """
    if shapely.is_missing(geoms).any():  # a WKB GEOS could not read: QGIS draws the pieces
        return None
    geoms = geoms[~shapely.is_empty(geoms)]
    if not len(geoms):
        return None
    try:
        union = shapely.coverage_union_all(geoms)
    except Exception:  # noqa: BLE001 - GEOS refused the coverage (e.g. badly noded pieces): draw them as they are
        return None
    pieces = float(shapely.area(geoms).sum())
    if union is None or shapely.is_empty(union) or \
            abs(float(shapely.area(union)) - pieces) > UNION_AREA_REL_TOL * max(pieces, 1e-12):
        return None
    if outline and not shapely.is_valid(union):
        return None
    return union
