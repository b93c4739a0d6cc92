"""What the report's two maps draw, computed on whole columns (no qgis).

The PDF maps the sink per hectare of every piece in classes, the land-change pieces by the sign
of their sink and the county outlines. At 100 000 pieces, one map feature per piece made the
report slow to build, to render and to open; the pieces of one class are therefore drawn as one
dissolved geometry (the pieces of an overlay do not overlap, so the union of a class is a
coverage union, fast in GEOS) — the same picture, since the classes are drawn without outlines.

A group whose union cannot be trusted (the GEOS call fails, or the union's area differs from the
sum of its pieces' areas: overlapping or invalid pieces) is drawn piece by piece instead; without
shapely ≥ 2 every group is (``dissolve`` returns None and the caller draws the pieces).
"""

import os

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


def parse(wkb):
    """The pieces' geometries (shapely array, None where a WKB is None), or None without shapely ≥ 2."""
    shapely = _shapely()
    if shapely is None:
        return None
    geoms = np.empty(len(wkb), dtype=object)
    index = [k for k, b in enumerate(wkb) if b is not None]
    geoms[index] = shapely.from_wkb([wkb[k] for k in index], on_invalid="ignore")
    return geoms


def dissolve(geoms, *groupings):
    """Per grouping, {group: WKB of the union of its pieces, or None where the pieces are to be drawn one
    by one}; one dict if one grouping is given.

    ``geoms``: the pieces as ``parse`` gives them (None: no shapely, each answer is None);
    a grouping: one hashable key per piece (pieces with key None are left out). All groups are
    unioned in threads (GEOS releases the GIL), the largest first.
    """
    shapely = _shapely()
    if shapely is None or geoms is None:
        return None if len(groupings) == 1 else [None] * len(groupings)
    missing = shapely.is_missing(geoms)
    tasks = []
    for g, groups in enumerate(groupings):
        keys = pd.Series(list(groups), dtype=object)
        present = ~missing & keys.notna().to_numpy()
        for key, rows in keys[present].groupby(keys[present], sort=False).groups.items():
            tasks.append((g, key, np.asarray(rows, dtype=int)))
    tasks.sort(key=lambda task: -len(task[2]))

    def union(task):
        part = geoms[task[2]]
        return _union(shapely, part[~shapely.is_empty(part)])

    workers = max(1, min(4, os.cpu_count() or 1))
    if workers == 1 or len(tasks) < 2:
        unions = [union(task) for task in tasks]
    else:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(workers) as pool:
            unions = list(pool.map(union, tasks))
    out = [{} for _ in groupings]
    for (g, key, _rows), blob in zip(tasks, unions):
        out[g][key] = blob
    return out[0] if len(groupings) == 1 else out


def _union(shapely, geoms):
    if not len(geoms):
        return None
    try:
        union = shapely.coverage_union_all(geoms)
    except Exception:  # noqa: BLE001 - GEOS refused the coverage (e.g. badly noded pieces): draw them as they are
        return None
    pieces = float(shapely.area(geoms).sum())
    area = float(shapely.area(union))
    if union is None or shapely.is_empty(union) or not shapely.is_valid(union) or \
            abs(area - pieces) > UNION_AREA_REL_TOL * max(pieces, 1e-12):
        return None
    return shapely.to_wkb(union)
