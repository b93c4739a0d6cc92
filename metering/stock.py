"""Parcel carbon stock and sink by stock change (Hubei spec ch. 8; methods.md §3–4).

Per piece of the base-year × metering-year overlay (``parcel_change`` output):

- stock per pool at each year = density (t C/ha) × area (ha), each year by its own
  key (metering object or land-class code). Unchanged pieces carry the same
  object at both dates; changed pieces are metered at t1 by the t1 object and at
  t2 by the t2 object;
- ΔC (t C/a) = (C_t2,total − C_t1,total) / (t2 − t1) (``dc_per_year_tc``); sink
  (``sink_tco2e``, t CO2e/a) = ΔC × 44/12, positive when carbon is taken up (docs/stock.md);
- non-metered and unmapped pieces have zero stock by definition (they are not
  metering objects); a metered key without a density is an error, never a zero;
- pieces present in one year only (change_flag 2 or 3) get a stock for that year
  only: no change can be computed for them (NULL), and the summary reports them
  in their own groups (``base_only``, ``target_only``) outside ``all``.

The ``total`` pool of a piece is the sum of its pool stocks. Codes are text.
Pure Python (numpy, pandas); no qgis import.
"""

import numpy as np
import pandas as pd

from .density import DensityTable, key_text, non_metered_density_rows, per_value
from .errors import MeteringError, Note, report
from .landclass import normalize_code
from .vocabulary import (
    ALL,
    AREA_METHOD,
    BASE_DENSITY,
    BASE_DENSITY_SHA256,
    BASE_YEAR,
    CHANGE_GROUPS,
    CO2_PER_C,
    DC_PER_YEAR,
    DENSITY_KEY,
    GROUP_ALL,
    GROUP_BY_FLAG,
    M2_PER_HA,
    POOLS,
    POOLS_WITH_TOTAL,
    SAME_DENSITY_TABLE,
    SINK,
    STOCK_FACT_COLUMNS,
    STOCK_INPUT_COLUMNS,
    SUMMARY_COLUMNS,
    TARGET_DENSITY,
    TARGET_DENSITY_SHA256,
    TARGET_YEAR,
    UNMAPPED,
    ChangeFlag,
    KeyKind,
    stock_column,
)

__all__ = ["ALL", "DensityTable", "StockInputError", "piece_stocks", "stock_notes", "stock_summary",
           "unmapped_pieces"]


class StockInputError(MeteringError):
    """Bad pieces or years for parcel_stock (a :class:`MeteringError`).

    kinds: ``missing_fields`` (layer, fields), ``bad_change_flag`` (layer, rows: [(fid, value)]),
    ``bad_area`` (layer, rows: [(fid, value)]), ``years_order`` (base, target),
    ``missing_density`` (rows: [(year_role, table, key, pieces, area_ha)]).
    """


def code_text(value):
    """A land-class code as text: '0101' stays '0101'; a number 101 read by a
    type-guessing reader becomes '0101' again (one rule for the whole plugin)."""
    return normalize_code(value.item() if isinstance(value, np.generic) else value)


def _flag(value):
    try:
        flag = int(value)
    except (TypeError, ValueError):
        return None
    return flag if flag in GROUP_BY_FLAG else None


def check_years(base_year, target_year):
    """(t1, t2) as ints; ``years_order`` unless t1 < t2."""
    if base_year is None or target_year is None or int(target_year) <= int(base_year):
        raise StockInputError("years_order", base=base_year, target=target_year)
    return int(base_year), int(target_year)


def piece_stocks(pieces, base_density, target_density=None, base_year=None, target_year=None, metered=None,
                 layer="", progress=None, change=None):
    """Stocks (t C), stock change (t C/a) and sink (t CO2e/a) per piece.

    ``pieces``: the parcel_change pieces (``STOCK_INPUT_COLUMNS``; ``fid`` used in errors).
    ``base_density``/``target_density``: :class:`DensityTable` (the target defaults to the
    base); both must have the same key kind. ``metered``: the metered object ids; a piece
    whose object is not in it has zero stock at that year. Returns a copy of ``pieces``
    with ``STOCK_PIECE_COLUMNS`` (``area_ha``, ``base_key``, ``target_key``,
    ``stock_<year>_<pool>_tc``, ``dc_per_year_tc``, ``sink_tco2e``) and the facts
    ``STOCK_FACT_COLUMNS`` (years, both tables' name and checksum, whether they are one
    table, the key kind) on every row, so later steps read them instead of guessing.
    """
    missing = [f for f in STOCK_INPUT_COLUMNS if f not in pieces.columns]
    if missing:
        raise StockInputError("missing_fields", layer=layer, fields=missing)
    base_year, target_year = check_years(base_year, target_year)
    years = target_year - base_year
    target_density = base_density if target_density is None else target_density
    key_kind = base_density.key_kind
    metered = set(metered or ())
    out = pieces.copy()
    fids = out["fid"] if "fid" in out.columns else pd.Series(out.index, index=out.index)

    flags = per_value(out["change_flag"], _flag)
    bad = [(fid, raw) for fid, raw, f in zip(fids, out["change_flag"], flags) if f is None]
    if bad:
        raise StockInputError("bad_change_flag", layer=layer, rows=bad)
    out["change_flag"] = flags
    area_m2 = pd.to_numeric(out["area_m2"], errors="coerce")
    bad = [(fid, raw) for fid, raw, a in zip(fids, out["area_m2"], area_m2) if pd.isna(a) or a < 0]
    if bad:
        raise StockInputError("bad_area", layer=layer, rows=bad)
    out["area_ha"] = area_m2 / M2_PER_HA

    flag = out["change_flag"]
    has_year = {"base": flag != ChangeFlag.TARGET_ONLY, "target": flag != ChangeFlag.BASE_ONLY}
    missing_rows = []
    for step, (role, table) in enumerate((("base", base_density), ("target", target_density))):
        objects = pd.Series(per_value(out[role + "_object"], lambda v: None if v is None or pd.isna(v) else str(v)),
                            index=out.index, dtype=object)
        source = objects if key_kind is KeyKind.OBJECT else out[role + "_code"]
        keys = pd.Series(per_value(source, lambda v: key_text(v, key_kind)), index=out.index, dtype=object)
        is_metered = objects.isin(metered) & has_year[role]
        # Non-metered/unmapped pieces: zero stock by definition, key = their object.
        keys = keys.where(is_metered, objects)
        keys = keys.where(has_year[role], None)
        out[role + "_key"] = keys
        known = keys.isin(table.means.index)
        lacking = is_metered & ~known
        if lacking.any():
            grouped = out[lacking].assign(_key=keys[lacking]).groupby("_key")["area_ha"].agg(["count", "sum"])
            missing_rows += [(role, table.name, k, int(r["count"]), float(r["sum"])) for k, r in grouped.iterrows()]
            continue
        for pool in POOLS:
            density = keys.map(table.means[pool]).where(is_metered, 0.0).astype(float)
            out[stock_column(role, pool)] = (density * out["area_ha"]).where(has_year[role], np.nan)
        pool_cols = [stock_column(role, p) for p in POOLS]
        out[stock_column(role, "total")] = out[pool_cols].sum(axis=1, min_count=1).where(has_year[role], np.nan)
        report(progress, (step + 1) / 2.0)
    if missing_rows:
        raise StockInputError("missing_density", rows=missing_rows)
    if change is not None:
        _apply_change(out, change, years, metered)

    both = has_year["base"] & has_year["target"]
    dc = (out[stock_column("target", "total")] - out[stock_column("base", "total")]) / years
    out[DC_PER_YEAR] = dc.where(both, np.nan)
    out[SINK] = out[DC_PER_YEAR] * CO2_PER_C
    for column, value in _facts(base_density, target_density, base_year, target_year).items():
        out[column] = value
    return out


def _apply_change(out, change, years, metered):
    """Unchanged pieces of an object with a change density: target stock = base stock + change × area × years.

    Per pool with a row in the change table (:class:`change_estimator.ChangeTable`); other pools keep
    the metering-year density. Writes ``dc_estimator`` and the change table's name and checksum.
    """
    from .vocabulary import CHANGE_DENSITY, CHANGE_DENSITY_SHA256, DC_ESTIMATOR, STOCK_DIFFERENCE

    unchanged = (out["change_flag"] == ChangeFlag.UNCHANGED) & out["base_key"].isin(set(change.keys())) & (
        out["base_key"] == out["target_key"]) & out["base_object"].isin(metered)
    estimator = {k: change.estimator(k) for k in change.keys()}
    out[DC_ESTIMATOR] = [estimator[k] if u else STOCK_DIFFERENCE for k, u in zip(out["base_key"], unchanged)]
    for pool in POOLS:
        rate = out["base_key"].map(lambda k, p=pool: change.changes.get((k, p), np.nan)).astype(float)
        use = unchanged & rate.notna()
        target = out[stock_column("base", pool)] + rate * out["area_ha"] * years
        out[stock_column("target", pool)] = target.where(use, out[stock_column("target", pool)])
    pool_cols = [stock_column("target", p) for p in POOLS]
    has = out["change_flag"] != ChangeFlag.BASE_ONLY
    out[stock_column("target", "total")] = out[pool_cols].sum(axis=1, min_count=1).where(has, np.nan)
    out[CHANGE_DENSITY] = change.name
    out[CHANGE_DENSITY_SHA256] = change.checksum


def _facts(base_density, target_density, base_year, target_year):
    return {
        BASE_YEAR: int(base_year), TARGET_YEAR: int(target_year),
        BASE_DENSITY: base_density.name, BASE_DENSITY_SHA256: base_density.checksum,
        TARGET_DENSITY: target_density.name, TARGET_DENSITY_SHA256: target_density.checksum,
        SAME_DENSITY_TABLE: int(base_density.same_as(target_density)),
        DENSITY_KEY: base_density.key_kind.value,
    }


def stock_notes(stocks, base_density, target_density, metered):
    """What a parcel_stock run tells its user (metering.errors.Note).

    - ``stock_unmapped_codes`` (warning): codes not mapped to a metering object
      (rows: [(year_role, code, pieces, area_ha)]), zero stock;
    - ``density_rows_not_metered`` (warning): density-table keys that only non-metered
      pieces carry (table, rows: [(key, pieces, area_ha)]): the rows are not used;
    - ``stock_area_method`` (info): the area method(s) of the pieces.
    """
    notes = []
    unmapped = unmapped_pieces(stocks)
    if unmapped:
        notes.append(Note.warning("stock_unmapped_codes", rows=unmapped))
    tables = [base_density] if target_density is None or base_density.same_as(target_density) else [
        base_density, target_density]
    for table in tables:
        idle = non_metered_density_rows(table, stocks, metered)
        if idle:
            notes.append(Note.warning("density_rows_not_metered", table=table.name, key_kind=table.key_kind.value,
                                      keys=[r[0] for r in idle], rows=idle,
                                      pieces=sum(r[1] for r in idle), area_ha=sum(r[2] for r in idle)))
    if AREA_METHOD in stocks.columns:
        methods = sorted({str(m) for m in stocks[AREA_METHOD].dropna()})
        notes.append(Note.info("stock_area_method", methods=", ".join(methods) or "-"))
    return notes


def unmapped_pieces(stocks):
    """Pieces whose land-class code was not mapped to an object, per year and code.

    A year's object ``unmapped`` (or empty) on a piece present in that year: the
    piece gets zero stock there, which understates the stock. Returns a list of
    (year_role, code, pieces, area_ha), codes as text ('' for a NULL code).
    """
    out = []
    flag = stocks["change_flag"]
    present = {"base": flag != ChangeFlag.TARGET_ONLY, "target": flag != ChangeFlag.BASE_ONLY}
    for role in ("base", "target"):
        objects = stocks[role + "_object"]
        unmapped = present[role] & pd.Series(
            per_value(objects, lambda v: v is None or pd.isna(v) or str(v) in ("", UNMAPPED)), index=objects.index,
            dtype=bool)
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
    return base_object if row_flag == ChangeFlag.BASE_ONLY else target_object


def stock_summary(stocks):
    """Totals per county × object × pool × change group, with 'ALL' total rows.

    Groups: ``unchanged``, ``changed``, ``all`` (= unchanged + changed) and, when
    present, ``base_only`` / ``target_only`` (one-year pieces, not in ``all``).
    Fields: SUMMARY_COLUMNS (number of pieces, area ha, stocks t C, ΔC t C/a,
    sink t CO2e/a), then the run's facts (``STOCK_FACT_COLUMNS``, read from ``stocks``)
    and ``area_method``. Pieces with an unmapped code at the year they are summarised
    under appear as object ``unmapped`` (zero stock).
    """
    years = int(stocks[TARGET_YEAR].iloc[0]) - int(stocks[BASE_YEAR].iloc[0]) if len(stocks) else 1
    frame = stocks.copy()
    frame["county"] = per_value(frame["county"], lambda v: "" if v is None or pd.isna(v) else str(v))
    frame["_object"] = [
        summary_object(f, b, t) for f, b, t in zip(frame["change_flag"], frame["base_object"], frame["target_object"])
    ]
    frame["_object"] = per_value(frame["_object"],
                                 lambda v: UNMAPPED if v is None or pd.isna(v) or str(v) == "" else str(v))
    frame["_group"] = frame["change_flag"].map(GROUP_BY_FLAG)
    both = frame["change_flag"].isin([ChangeFlag.UNCHANGED, ChangeFlag.CHANGED])
    parts = [frame, frame[both].assign(_group=GROUP_ALL)]
    frame = pd.concat(parts, ignore_index=True)
    # the keys as categoricals (sorted categories: the same groups in the same order, same sums) so the
    # 24 groupings below do not hash the text of every piece again; back to text in the result
    keys = {c: pd.Categorical(frame[c].astype(object)) for c in ("county", "_object", "_group")}

    rows = []
    for pool in POOLS_WITH_TOTAL:
        base_col, target_col = stock_column("base", pool), stock_column("target", pool)
        data = pd.DataFrame({
            "county": keys["county"], "object": keys["_object"], "change_group": keys["_group"],
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
                grouped = d.groupby(["county", "object", "change_group"], sort=True, observed=True)
                # NULL where no piece of the group has a value (min_count=1); areas are never NULL
                agg = grouped[["area_ha", "stock_base_tc", "stock_target_tc", "_dc"]].sum(min_count=1)
                agg.insert(0, "n_pieces", grouped.size())
                agg = agg.reset_index()
                for key in ("county", "object", "change_group"):
                    agg[key] = agg[key].astype(object)
                agg["pool"] = pool
                rows.append(agg)
    summary = pd.concat(rows, ignore_index=True)
    summary = summary.rename(columns={"_dc": DC_PER_YEAR})
    summary[SINK] = summary[DC_PER_YEAR] * CO2_PER_C
    order = {g: i for i, g in enumerate(CHANGE_GROUPS)}
    pool_order = {p: i for i, p in enumerate(POOLS_WITH_TOTAL)}
    summary["_k1"] = summary["county"].map(lambda c: (c == ALL, c))
    summary["_k2"] = summary["object"].map(lambda o: (o == ALL, o))
    summary["_k3"] = summary["change_group"].map(order)
    summary["_k4"] = summary["pool"].map(pool_order)
    summary = summary.sort_values(["_k1", "_k2", "_k3", "_k4"]).reset_index(drop=True)
    summary = summary[list(SUMMARY_COLUMNS)]
    for column in STOCK_FACT_COLUMNS + (AREA_METHOD,):
        if column in stocks.columns and len(stocks):
            values = sorted({str(v) for v in stocks[column].dropna()})
            summary[column] = stocks[column].iloc[0] if len(values) == 1 else ", ".join(values)
    return summary
