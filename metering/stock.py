"""Parcel carbon stock and sink by stock change (Hubei spec ch. 8; methods.md §3–4).

Per piece of the base × target overlay (``parcel_change`` output):

- stock per pool at each year = density (t C/ha) × area (ha), each year by its own
  key (metering object or land-class code). Unchanged pieces carry the same
  object at both dates; changed pieces are metered at t1 by the t1 object and at
  t2 by the t2 object;
- ΔC (t C/a) = (C_t2,total − C_t1,total) / (t2 − t1); removals (t CO2e/a) = ΔC × 44/12,
  positive when carbon is taken up;
- non-metered and unmapped pieces have zero stock by definition (they are not
  metering objects); a metered key without a density is an error, never a zero;
- pieces present in one year only (change_flag 2 or 3) get a stock for that year
  only: no change can be computed for them (NULL), and the summary reports them
  in their own groups (``base_only``, ``target_only``) outside ``all``.

The ``total`` pool of a piece is the sum of its pool stocks. Codes are text.
Pure Python (numpy, pandas); no qgis import.
"""

import math

import numpy as np
import pandas as pd

from . import CO2_PER_C, POOLS, POOLS_WITH_TOTAL
from .landclass import normalize_code

KEY_OBJECT = "object"
KEY_CODE = "code"

FLAG_UNCHANGED, FLAG_CHANGED, FLAG_BASE_ONLY, FLAG_TARGET_ONLY = 0, 1, 2, 3
GROUP_BY_FLAG = {
    FLAG_UNCHANGED: "unchanged", FLAG_CHANGED: "changed",
    FLAG_BASE_ONLY: "base_only", FLAG_TARGET_ONLY: "target_only",
}
ALL = "ALL"

PIECE_FIELDS = ("base_code", "target_code", "base_object", "target_object", "change_flag", "county", "area_m2")
SUMMARY_COLUMNS = (
    "county", "object", "pool", "change_group", "n_pieces", "area_ha", "stock_base_tc", "stock_target_tc",
    "dc_per_year_tc", "removals_tco2e",
)

#: The object of a code missing from the land-class mapping (parcel_change).
UNMAPPED = "unmapped"


class StockInputError(ValueError):
    """Bad density table or pieces. ``kind`` says what; ``details`` holds the facts.

    kinds: ``table_format`` (columns), ``table_not_numeric`` (rows: [(key, pool, value)]),
    ``table_negative`` (rows), ``table_duplicate`` (keys), ``table_incomplete`` (rows: [(key, pools)]),
    ``missing_fields`` (fields), ``bad_flag`` (rows: [(fid, value)]), ``bad_area`` (rows: [(fid, value)]),
    ``years`` (base, target), ``missing_density`` (rows: [(year_role, key, pieces, area_ha)]).
    """

    def __init__(self, kind, **details):
        self.kind = kind
        self.details = details
        super().__init__("{0}: {1}".format(kind, details))


def code_text(value):
    """A land-class code as text: '0101' stays '0101'; a number 101 read by a
    type-guessing reader becomes '0101' again (one rule for the whole plugin)."""
    return normalize_code(value.item() if isinstance(value, np.generic) else value)


def key_text(value, key_kind):
    """A density-table or piece key as text (codes restored to four digits)."""
    if key_kind == KEY_CODE:
        return code_text(value)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip()
    return text or None


def normalize_density_table(frame, key_kind=KEY_OBJECT):
    """A density table as wide: index = key (text), columns = POOLS in t C/ha.

    Accepts the long ``stratum_density`` output (``stratum``, ``pool``, ``mean``, …;
    a ``key`` column may stand for ``stratum``) or a wide table (``key`` or
    ``object``/``code``/``stratum`` + pool columns). ``total`` is ignored: the
    piece total is recomputed as the sum of the pools.
    """
    frame = frame.copy()
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    frame = frame.drop(columns=[c for c in ("fid",) if c in frame.columns])
    candidates = ("key", "stratum", KEY_CODE if key_kind == KEY_CODE else KEY_OBJECT, "object", "code")
    key = next((c for c in candidates if c in frame.columns), None)
    if key is None:
        raise StockInputError("table_format", columns=list(frame.columns))
    if "pool" in frame.columns and "mean" in frame.columns:
        long = pd.DataFrame({
            "key": [key_text(v, key_kind) for v in frame[key]],
            "pool": frame["pool"].astype(str).str.strip().str.lower(),
            "value": frame["mean"],
        })
    else:
        pools = [p for p in POOLS if p in frame.columns]
        if not pools:
            raise StockInputError("table_format", columns=list(frame.columns))
        keys = [key_text(v, key_kind) for v in frame[key]]
        long = pd.concat(
            [pd.DataFrame({"key": keys, "pool": pool, "value": frame[pool].tolist()}) for pool in pools],
            ignore_index=True,
        )
    long = long[long["pool"].isin(POOLS) & long["key"].notna()].copy()
    values = pd.to_numeric(long["value"].replace("", np.nan), errors="coerce")
    bad = long[values.isna()]
    if len(bad):
        raise StockInputError("table_not_numeric", rows=[(r.key, r.pool, r.value) for r in bad.itertuples()])
    long["value"] = values
    negative = long[long["value"] < 0]
    if len(negative):
        raise StockInputError("table_negative", rows=[(r.key, r.pool, r.value) for r in negative.itertuples()])
    dup = long[long.duplicated(["key", "pool"], keep=False)]
    if len(dup):
        raise StockInputError("table_duplicate", keys=sorted(set(dup["key"])))
    wide = long.pivot(index="key", columns="pool", values="value")
    for pool in POOLS:
        if pool not in wide.columns:
            wide[pool] = np.nan
    wide = wide[list(POOLS)]
    incomplete = wide[wide.isna().any(axis=1)]
    if len(incomplete):
        raise StockInputError("table_incomplete", rows=[
            (k, [p for p in POOLS if pd.isna(incomplete.loc[k, p])]) for k in incomplete.index
        ])
    wide.index = wide.index.astype(str)
    wide.index.name = "key"
    wide.columns.name = None
    return wide


def _flag(value):
    try:
        flag = int(value)
    except (TypeError, ValueError):
        return None
    return flag if flag in GROUP_BY_FLAG else None


def piece_stocks(pieces, base_density, target_density=None, key_kind=KEY_OBJECT, base_year=None,
                 target_year=None, metered=None, progress=None):
    """Stocks (t C), stock change (t C/a) and removals (t CO2e/a) per piece.

    ``pieces``: the parcel_change pieces (``PIECE_FIELDS``; ``fid`` used in errors).
    ``base_density``/``target_density``: wide tables (``normalize_density_table``);
    the target defaults to the base. ``metered``: the metered object ids; a piece
    whose object is not in it has zero stock at that year. Returns a copy of
    ``pieces`` with ``area_ha``, ``base_key``, ``target_key``, ``c_base_<pool>``,
    ``c_target_<pool>`` (pools and total), ``dc_per_year`` and ``removals_co2e``.
    """
    missing = [f for f in PIECE_FIELDS if f not in pieces.columns]
    if missing:
        raise StockInputError("missing_fields", fields=missing)
    if base_year is None or target_year is None or int(target_year) <= int(base_year):
        raise StockInputError("years", base=base_year, target=target_year)
    years = int(target_year) - int(base_year)
    target_density = base_density if target_density is None else target_density
    metered = set(metered or ())
    out = pieces.copy()
    fids = out["fid"] if "fid" in out.columns else pd.Series(out.index, index=out.index)

    flags = [_flag(v) for v in out["change_flag"]]
    bad = [(fid, raw) for fid, raw, f in zip(fids, out["change_flag"], flags) if f is None]
    if bad:
        raise StockInputError("bad_flag", rows=bad)
    out["change_flag"] = flags
    area_m2 = pd.to_numeric(out["area_m2"], errors="coerce")
    bad = [(fid, raw) for fid, raw, a in zip(fids, out["area_m2"], area_m2) if pd.isna(a) or a < 0]
    if bad:
        raise StockInputError("bad_area", rows=bad)
    out["area_ha"] = area_m2 / 10000.0  # 1 ha = 10 000 m²

    flag = out["change_flag"]
    has_year = {"base": flag != FLAG_TARGET_ONLY, "target": flag != FLAG_BASE_ONLY}
    missing_rows = []
    for role, table in (("base", base_density), ("target", target_density)):
        objects = out[role + "_object"].map(lambda v: None if v is None or pd.isna(v) else str(v))
        source = objects if key_kind == KEY_OBJECT else out[role + "_code"]
        keys = pd.Series([key_text(v, key_kind) for v in source], index=out.index, dtype=object)
        is_metered = objects.isin(metered) & has_year[role]
        # Non-metered/unmapped pieces: zero stock by definition, key = their object.
        keys = keys.where(is_metered, objects)
        keys = keys.where(has_year[role], None)
        out[role + "_key"] = keys
        known = keys.isin(table.index)
        lacking = is_metered & ~known
        if lacking.any():
            grouped = out[lacking].assign(_key=keys[lacking]).groupby("_key")["area_ha"].agg(["count", "sum"])
            missing_rows += [(role, k, int(r["count"]), float(r["sum"])) for k, r in grouped.iterrows()]
            continue
        for pool in POOLS:
            density = keys.map(table[pool]).where(is_metered, 0.0).astype(float)
            stock = density * out["area_ha"]
            out["c_{0}_{1}".format(role, pool)] = stock.where(has_year[role], np.nan)
        pool_cols = ["c_{0}_{1}".format(role, p) for p in POOLS]
        out["c_{0}_total".format(role)] = out[pool_cols].sum(axis=1, min_count=1).where(has_year[role], np.nan)
        if progress is not None:
            progress(role)
    if missing_rows:
        raise StockInputError("missing_density", rows=missing_rows)

    both = has_year["base"] & has_year["target"]
    dc = (out["c_target_total"] - out["c_base_total"]) / years
    out["dc_per_year"] = dc.where(both, np.nan)
    out["removals_co2e"] = out["dc_per_year"] * CO2_PER_C
    return out


def unmapped_pieces(stocks):
    """Pieces whose land-class code was not mapped to an object, per year and code.

    A year's object ``unmapped`` (or empty) on a piece present in that year: the
    piece gets zero stock there, which understates the stock. Returns a list of
    (year_role, code, pieces, area_ha), codes as text ('' for a NULL code).
    """
    out = []
    flag = stocks["change_flag"]
    present = {"base": flag != FLAG_TARGET_ONLY, "target": flag != FLAG_BASE_ONLY}
    for role in ("base", "target"):
        objects = stocks[role + "_object"]
        unmapped = present[role] & objects.map(lambda v: v is None or pd.isna(v) or str(v) in ("", UNMAPPED))
        if not unmapped.any():
            continue
        codes = [code_text(v) or "" for v in stocks.loc[unmapped, role + "_code"]]
        grouped = stocks.loc[unmapped].assign(_code=codes).groupby("_code", sort=True)["area_ha"].agg(
            ["count", "sum"])
        out += [(role, code, int(r["count"]), float(r["sum"])) for code, r in grouped.iterrows()]
    return out


def summary_object(row_flag, base_object, target_object):
    """The object a piece is summarised under: the target object (IPCC 2006 GL
    vol. 4 ch. 3: land converted to a category is reported under that category),
    the base object for pieces that exist in the base year only."""
    return base_object if row_flag == FLAG_BASE_ONLY else target_object


def stock_summary(stocks, base_year, target_year):
    """Totals per county × object × pool × change group, with 'ALL' total rows.

    Groups: ``unchanged``, ``changed``, ``all`` (= unchanged + changed) and, when
    present, ``base_only`` / ``target_only`` (one-year pieces, not in ``all``).
    Fields: SUMMARY_COLUMNS (number of pieces, area ha, stocks t C, ΔC t C/a,
    removals t CO2e/a). Pieces with an unmapped code at the year they are
    summarised under appear as object ``unmapped`` (zero stock).
    """
    years = int(target_year) - int(base_year)
    frame = stocks.copy()
    frame["county"] = frame["county"].map(lambda v: "" if v is None or pd.isna(v) else str(v))
    frame["_object"] = [
        summary_object(f, b, t) for f, b, t in zip(frame["change_flag"], frame["base_object"], frame["target_object"])
    ]
    frame["_object"] = frame["_object"].map(lambda v: UNMAPPED if v is None or pd.isna(v) or str(v) == "" else str(v))
    frame["_group"] = frame["change_flag"].map(GROUP_BY_FLAG)
    parts = [frame, frame[frame["change_flag"].isin([FLAG_UNCHANGED, FLAG_CHANGED])].assign(_group="all")]
    frame = pd.concat(parts, ignore_index=True)

    rows = []
    for pool in POOLS_WITH_TOTAL:
        base_col, target_col = "c_base_" + pool, "c_target_" + pool
        data = pd.DataFrame({
            "county": frame["county"], "object": frame["_object"], "change_group": frame["_group"],
            "area_ha": frame["area_ha"], "stock_base_tc": frame[base_col], "stock_target_tc": frame[target_col],
        })
        comparable = frame[base_col].notna() & frame[target_col].notna()
        data["_dc"] = ((frame[target_col] - frame[base_col]) / years).where(comparable, np.nan)
        for county_all in (False, True):
            for object_all in (False, True):
                d = data.copy()
                if county_all:
                    d["county"] = ALL
                if object_all:
                    d["object"] = ALL
                agg = d.groupby(["county", "object", "change_group"], sort=True).agg(
                    n_pieces=("area_ha", "size"),
                    area_ha=("area_ha", "sum"),
                    stock_base_tc=("stock_base_tc", lambda s: s.sum(min_count=1)),
                    stock_target_tc=("stock_target_tc", lambda s: s.sum(min_count=1)),
                    dc_per_year_tc=("_dc", lambda s: s.sum(min_count=1)),
                ).reset_index()
                agg["pool"] = pool
                rows.append(agg)
    summary = pd.concat(rows, ignore_index=True)
    summary["removals_tco2e"] = summary["dc_per_year_tc"] * CO2_PER_C
    order = {"unchanged": 0, "changed": 1, "all": 2, "base_only": 3, "target_only": 4}
    pool_order = {p: i for i, p in enumerate(POOLS_WITH_TOTAL)}
    summary["_k1"] = summary["county"].map(lambda c: (c == ALL, c))
    summary["_k2"] = summary["object"].map(lambda o: (o == ALL, o))
    summary["_k3"] = summary["change_group"].map(order)
    summary["_k4"] = summary["pool"].map(pool_order)
    summary = summary.sort_values(["_k1", "_k2", "_k3", "_k4"]).reset_index(drop=True)
    return summary[list(SUMMARY_COLUMNS)]
