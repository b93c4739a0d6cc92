"""The reduction: county summaries into province tables, the uncertainty on aggregates, workbook, provenance.

- *Stock summary*: the rows of every county (county ≠ ALL) summed by county × object ×
  change group × pool (a county's rows come from its own task; summing is exact for
  counts, areas, stocks and sinks, NULL kept where no piece has a value), then the
  province rows (county ALL) as the sum over the counties: the same table parcel_stock's
  ``stock_summary`` gives for all pieces at once.
- *Uncertainty*: the counties' stratum-level cells (``aggregate_pieces``) concatenated,
  summed per cell and ordered as ``aggregate_pieces`` orders them (pool by pool, cells
  sorted), then ``build_model`` and ``evaluate`` exactly as the uncertainty algorithm
  calls them (Approach 1 and Monte Carlo on aggregates, never per piece).
- *Ground between counties* (docs/province.md): :func:`border_ground` finds the ground
  coded to one county in the base year and to another in the target year (a boundary moved,
  parcels recoded): each county meters it as one-year pieces (``base_only`` in the first,
  ``target_only`` in the second), outside ``all`` and the sink; the pairs are listed in
  ``border.csv`` and logged. :func:`claimed_twice` finds parcels delivered with the same
  geometry in the files of two counties and coded to each (both meter them): listed in
  ``duplicates.csv`` and logged; the province rows carry their count.
- *Missing counties*: a failed county, or one present in one year only, is listed in the
  county table with status ``missing`` and its reason; the province rows then carry
  ``complete = 0`` and the list of missing counties: never a silent partial sum.
"""

import datetime
import os
import platform

import numpy as np
import pandas as pd

from ..errors import Note
from ..files import atomic_output
from ..provenance import InputRecord, build_provenance
from ..report_tables import Column, ReportTable
from ..uncertainty import build_model, check_density_tables, density_factors, evaluate
from ..vocabulary import ALL, CHANGE_GROUPS, DC_PER_YEAR, POOLS, POOLS_WITH_TOTAL, SINK, STOCK_FACT_COLUMNS
from .task import PIECES, county_dir, frame_of, read_hashes, read_summary

CELL_KEYS = ["county", "base_object", "target_object", "base_key", "target_key"]
SUM_COLUMNS = ["n_pieces", "area_ha", "stock_base_tc", "stock_target_tc", DC_PER_YEAR]
SHEETS = {"province": ("全省", "Province"), "county": ("分县", "Counties"), "object": ("分县分地类", "County objects"),
          "uncertainty": ("不确定度", "Uncertainty"), "histogram": ("蒙特卡洛直方图", "MC histogram"),
          "border": ("跨县图斑", "Border ground"), "duplicates": ("重复图斑", "Claimed twice")}


def _sum(series):
    return series.sum(min_count=1)


def province_summary(summaries):
    """The stock summary of all counties (parcel_stock's SUMMARY over every piece), from the county summaries."""
    frames = [s for s in summaries if s is not None and len(s)]
    if not frames:
        return pd.DataFrame(columns=["county", "object", "pool", "change_group"] + SUM_COLUMNS + [SINK])
    rows = pd.concat(frames, ignore_index=True)
    facts = [c for c in rows.columns if c in STOCK_FACT_COLUMNS or c == "area_method"]
    rows = rows[rows["county"] != ALL]
    keys = ["county", "object", "change_group", "pool"]
    counties = rows.groupby(keys, sort=False)[SUM_COLUMNS].agg(_sum).reset_index()
    province = counties[counties["object"] != ALL].groupby(["object", "change_group", "pool"], sort=False)[
        SUM_COLUMNS].agg(_sum).reset_index()
    province.insert(0, "county", ALL)
    totals = counties[counties["object"] == ALL].groupby(["change_group", "pool"], sort=False)[SUM_COLUMNS].agg(
        _sum).reset_index()
    totals.insert(0, "county", ALL)
    totals.insert(1, "object", ALL)
    out = pd.concat([counties, province, totals], ignore_index=True)
    out["n_pieces"] = out["n_pieces"].astype(np.int64)
    out[SINK] = out[DC_PER_YEAR] * (44.0 / 12.0)
    order = {g: i for i, g in enumerate(CHANGE_GROUPS)}
    pools = {p: i for i, p in enumerate(POOLS_WITH_TOTAL)}
    out = out.assign(_k1=out["county"].map(lambda c: (c == ALL, c)), _k2=out["object"].map(lambda o: (o == ALL, o)),
                     _k3=out["change_group"].map(order), _k4=out["pool"].map(pools))
    out = out.sort_values(["_k1", "_k2", "_k3", "_k4"]).reset_index(drop=True)
    out = out[["county", "object", "pool", "change_group"] + SUM_COLUMNS + [SINK]]
    for column in facts:
        values = sorted({str(v) for f in frames for v in f[column].dropna()})
        first = next(f[column].iloc[0] for f in frames)
        out[column] = first if len(values) == 1 else ", ".join(values)
    return out


def province_cells(cells):
    """The counties' cells as one ``aggregate_pieces`` frame (same sums, same order)."""
    frames = [c for c in cells if c is not None and len(c)]
    if not frames:
        return pd.DataFrame(columns=CELL_KEYS + ["pool", "c_base", "c_target", "area_ha"])
    long = pd.concat(frames, ignore_index=True)
    # pieces metered from a change table carry their estimator (aggregate_pieces keeps it as a key)
    keys = CELL_KEYS + (["dc_estimator"] if "dc_estimator" in long.columns else [])
    for k in keys:
        long[k] = long[k].where(long[k].notna(), "").astype(str)
    pools = [p for p in POOLS if p in set(long["pool"])]
    summed = long.groupby(keys + ["pool"], sort=True)[["c_base", "c_target", "area_ha"]].sum().reset_index()
    parts = []
    for p in pools:
        parts.append(summed[summed["pool"] == p])
    out = pd.concat(parts, ignore_index=True)
    out = out[(out["c_base"] != 0) | (out["c_target"] != 0)].reset_index(drop=True)
    return out[keys + ["pool", "c_base", "c_target", "area_ha"]]


def uncertainty(cells, facts, base_table, target_table, area_u_pct, iterations, seed, distribution, discount, bins,
                change=None):
    """(uncertainty table, histogram) as the uncertainty algorithm computes them from the pieces' cells
    (``change``: the :class:`~metering.change_estimator.ChangeTable` parcel_stock used, or None)."""
    same = check_density_tables(facts, base_table, target_table, "province")
    base_density = density_factors(base_table)
    target_density = None if same else density_factors(target_table)
    years = float(facts["target_year"] - facts["base_year"])
    model = build_model(cells, base_density, target_density, area_u_pct, years,
                        change=None if change is None else change.factors())
    table, hist = evaluate(model, iterations, seed, distribution, discount, bins=bins)
    for column in STOCK_FACT_COLUMNS:
        table[column] = facts[column]
    return table, hist


BORDER_COLUMNS = ["base_county", "target_county", "pieces", "area_ha", "stock_base_tc", "stock_target_tc",
                  "sink_if_paired_tco2e"]
_STOCK_COLUMNS = ["stock_base_total_tc", "stock_target_total_tc"]
CLAIMED_COLUMNS = ["year", "county", "other_county", "parcels"]


def _one_year_pieces(path):
    """(geometries, flags, areas m², stocks t C [n × (base, target) total], CrsInfo) of the base_only and
    target_only pieces of one county."""
    import pyogrio
    import shapely

    from .inputs import crs_info_of

    fields = set(pyogrio.read_info(path, layer="pieces")["fields"])
    stocks = [c for c in _STOCK_COLUMNS if c in fields]
    meta, _fids, geometry, data = pyogrio.raw.read(path, layer="pieces", columns=["change_flag", "area_m2"] + stocks,
                                                   where="change_flag IN (2, 3)")
    geoms = shapely.from_wkb(np.asarray(geometry, dtype=object)) if len(geometry) else np.empty(0, dtype=object)
    tc = np.full((len(geoms), 2), np.nan)
    for k, column in enumerate(_STOCK_COLUMNS):
        if column in stocks:
            tc[:, k] = np.asarray(data[2 + stocks.index(column)], dtype=float)
    return (geoms, np.asarray(data[0], dtype=np.int64), np.asarray(data[1], dtype=float), tc,
            crs_info_of(meta["crs"]))


def border_ground(out_dir, results, min_area_m2=1.0, years=None):
    """Ground of one county in the base year and of another in the target year: (frame, notes).

    Reads the one-year pieces of the complete counties that have any (``base_only`` /
    ``target_only`` counts of their summaries), brings them to the first such county's CRS
    (pyproj) and intersects the base_only pieces of each county with the target_only pieces
    of the others (shapely STRtree). A pair's area is the base piece's metered area times
    the share of it the intersection covers, in ha; pairs under ``min_area_m2`` are slivers.
    What the ground's stock would be if it were paired (it is not: docs/province.md rule 1):
    ``stock_base_tc`` the base piece's total stock times the same share, ``stock_target_tc``
    the target piece's total stock times the share of the target piece the intersection
    covers, and ``sink_if_paired_tco2e`` their difference per year × 44/12 (``years``:
    (base year, target year); NaN without).
    """
    import shapely

    from .task import _reproject

    chunks, crs = [], None
    for county in sorted(results):
        r = results[county]
        if r.get("status") != "ok" or not (r.get("base_only") or r.get("target_only")):
            continue
        geoms, flags, areas, tc, info = _one_year_pieces(os.path.join(county_dir(out_dir, county), PIECES))
        if not len(geoms):
            continue
        if crs is None:
            crs = info
        elif info.epsg != crs.epsg or (info.epsg is None and info.wkt != crs.wkt):
            geoms = shapely.from_wkb(np.asarray(_reproject(list(shapely.to_wkb(geoms)), info, crs), dtype=object))
        chunks.append((county, geoms, flags, areas, tc))
    empty = pd.DataFrame(columns=BORDER_COLUMNS)
    if len(chunks) < 2:
        return empty, []
    base = [(c, g[f == 2], a[f == 2], tc[f == 2, 0]) for c, g, f, a, tc in chunks]
    target = [(c, g[f == 3], tc[f == 3, 1]) for c, g, f, a, tc in chunks]
    t_geoms = np.concatenate([g for _c, g, _t in target])
    t_county = np.concatenate([np.full(len(g), c, dtype=object) for c, g, _t in target])
    t_stock = np.concatenate([t for _c, _g, t in target])
    if not len(t_geoms):
        return empty, []
    tree = shapely.STRtree(t_geoms)
    rows = []
    for county, geoms, areas, b_stock in base:
        if not len(geoms):
            continue
        b_idx, t_idx = tree.query(geoms, predicate="intersects")
        other = t_county[t_idx] != county
        b_idx, t_idx = b_idx[other], t_idx[other]
        if not len(b_idx):
            continue
        common = shapely.area(shapely.intersection(geoms[b_idx], t_geoms[t_idx]))
        share = common / shapely.area(geoms[b_idx])
        area = share * areas[b_idx]
        keep = area >= float(min_area_m2)
        base_tc = share * b_stock[b_idx]
        target_tc = common / shapely.area(t_geoms[t_idx]) * t_stock[t_idx]
        for t_c, a, s1, s2 in zip(t_county[t_idx][keep], area[keep], base_tc[keep], target_tc[keep]):
            rows.append((county, t_c, a, s1, s2))
    if not rows:
        return empty, []
    pairs = pd.DataFrame(rows, columns=["base_county", "target_county", "area_m2", "stock_base_tc", "stock_target_tc"])
    frame = pairs.groupby(["base_county", "target_county"], sort=True).agg(
        pieces=("area_m2", "size"), area_ha=("area_m2", "sum"), stock_base_tc=("stock_base_tc", _sum),
        stock_target_tc=("stock_target_tc", _sum)).reset_index()
    frame["area_ha"] = frame["area_ha"] / 10000.0
    span = float(years[1]) - float(years[0]) if years else np.nan
    frame["sink_if_paired_tco2e"] = (frame["stock_target_tc"] - frame["stock_base_tc"]) / span * (44.0 / 12.0)
    notes = [Note.warning("province_border_ground", base_county=r.base_county, target_county=r.target_county,
                          pieces=int(r.pieces), area_ha="{0:.4f}".format(r.area_ha))
             for r in frame.itertuples(index=False)]
    return frame[BORDER_COLUMNS], notes


def claimed_twice(out_dir, results, years):
    """Parcels with the same geometry (WKB digest) metered by two counties in the same year: (frame, notes)."""
    loaded = {c: read_hashes(out_dir, c) for c in sorted(results) if results[c].get("status") == "ok"}
    loaded = {c: h for c, h in loaded.items() if h is not None}
    rows = []
    names = sorted(loaded)
    for role, year in zip(("base", "target"), years):
        if len(names) < 2:
            break
        digests = np.concatenate([loaded[c][role] for c in names])
        owner = np.concatenate([np.full(len(loaded[c][role]), k, dtype=np.int32) for k, c in enumerate(names)])
        order = np.argsort(digests, kind="stable")
        digests, owner = digests[order], owner[order]
        same = np.flatnonzero((digests[1:] == digests[:-1]) & (owner[1:] != owner[:-1]))
        if not len(same):
            continue
        pairs = pd.DataFrame({"a": owner[same], "b": owner[same + 1]})
        for (a, b), group in pairs.groupby(["a", "b"], sort=True):
            rows.append((int(year), names[a], names[b], int(len(group))))
    frame = pd.DataFrame(rows, columns=CLAIMED_COLUMNS)
    notes = [Note.warning("province_claimed_twice", year=r.year, county=r.county, other=r.other_county,
                          count=r.parcels) for r in frame.itertuples(index=False)]
    return frame, notes


def county_table(results, summary):
    """One row per county: status, reason, pieces, seconds, peak MB and its totals (pool total, group all)."""
    total = summary[(summary["object"] == ALL) & (summary["pool"] == "total") & (summary["change_group"] == "all")]
    by_county = total.set_index("county")
    rows = []
    for county in sorted(results):
        r = results[county]
        row = {"county": county, "status": "complete" if r.get("status") == "ok" else "missing",
               "reason": "" if r.get("status") == "ok" else "{0}: {1}".format(r.get("kind", ""), r.get("message", "")),
               "pieces": int(r.get("pieces") or 0), "seconds": float(r.get("seconds") or 0.0),
               "peak_mb": float(r.get("peak_mb") or 0.0), "skipped": bool(r.get("skipped", False))}
        for column in ("area_ha", "stock_base_tc", "stock_target_tc", DC_PER_YEAR, SINK):
            row[column] = float(by_county.at[county, column]) if county in by_county.index else np.nan
        rows.append(row)
    return pd.DataFrame(rows)


def province_table(summary, counties, border=None, claimed=None):
    """The province level: the province rows (county ALL, object ALL) per change group and pool."""
    rows = summary[(summary["county"] == ALL) & (summary["object"] == ALL)].copy()
    rows["border_area_ha"] = float(border["area_ha"].sum()) if border is not None and len(border) else 0.0
    rows["claimed_twice_parcels"] = int(claimed["parcels"].sum()) if claimed is not None and len(claimed) else 0
    missing = counties.loc[counties["status"] != "complete", "county"].tolist()
    rows["counties_complete"] = int((counties["status"] == "complete").sum())
    rows["counties_missing"] = len(missing)
    rows["complete"] = int(not missing)
    rows["missing_counties"] = ", ".join(missing)
    return rows.drop(columns=["county", "object"]).reset_index(drop=True)


def object_table(summary):
    """County × object level (pool total, every change group)."""
    rows = summary[(summary["pool"] == "total")]
    return rows.reset_index(drop=True)


def _report(key, frame, language):
    zh, en = SHEETS[key]
    columns = [Column(c, c, c, "", "#,##0.000" if frame[c].dtype.kind == "f" else "") for c in frame.columns]
    return ReportTable(zh if language == "zh" else en, zh, en, columns, frame)


def write_workbook(path, tables, provenance, language="zh", title=""):
    """The result workbook: a sheet per level (province, county, county × object), uncertainty, provenance."""
    from ..xlsx_export import write_workbook as write

    reports = [_report(key, frame, language) for key, frame in tables if frame is not None]
    return write(path, reports, provenance, title=title, language=language)


def versions():
    """Versions of the libraries the run used (provenance)."""
    out = {"python": platform.python_version()}
    for name in ("numpy", "pandas", "shapely", "pyogrio", "pyproj", "dask", "distributed", "openpyxl"):
        try:
            module = __import__(name)
            out[name] = getattr(module, "__version__", "")
        except ImportError:
            out[name] = "(not installed)"
    try:
        import shapely

        out["geos"] = shapely.geos_version_string
    except ImportError:
        pass
    try:
        import pyogrio

        out["gdal"] = pyogrio.__gdal_version_string__
    except (ImportError, AttributeError):
        pass
    return out


def provenance(inputs, parameters, started, cluster, outputs):
    """The provenance table of the run: inputs with checksums, parameters, versions, the cluster."""
    records = [InputRecord(role, path, count, sha) for role, path, count, sha in inputs]
    table = build_provenance(records, parameters, "(none: province runner, no QGIS)", started,
                             datetime.datetime.now(), algorithm_id="carbon_metering.province", outputs=outputs)
    extra = [("version", k, v, "") for k, v in versions().items()]
    extra += [("cluster", k, str(v), "") for k, v in cluster.items()]
    return pd.concat([table, pd.DataFrame(extra, columns=table.columns)], ignore_index=True)


def load_county(out_dir, county):
    """(stock summary, cells, summary dict) of a complete county from its summary.json."""
    summary = read_summary(out_dir, county)
    return frame_of(summary["summary"]), frame_of(summary["cells"]), summary


def write_csv(path, frame):
    with atomic_output(path) as tmp:
        frame.to_csv(tmp, index=False, encoding="utf-8")


def output_paths(out_dir):
    return {name: os.path.join(out_dir, name) for name in (
        "province_summary.csv", "counties.csv", "uncertainty.csv", "histogram.csv", "provenance.csv",
        "border.csv", "duplicates.csv", "notes.csv", "province_result.xlsx")}
