"""What the filed report says besides the appendix F tables (pure pandas, no qgis).

- county names beside the codes (``data/county_names.csv``, or a user table);
- the stock by pool at both years, and the stock change by transition
  (base object → target object, t CO2e/a — the view Trends.Earth users know);
- the classes of the sink-per-hectare map (half-open, never overlapping);
- the uncertainty statement: is the sink significantly different from zero,
  the conservative figure after the CDM AR-TOOL14 discount, the main
  contributors to the uncertainty;
- the method statement (equations per pool, values used, soil depth, area
  method, mapping) and the list of unverified or placeholder defaults the run
  used;
- the display words of the internal codes (``dry_land`` → 旱地, ``ALL`` →
  合计, ``stock_base`` → 基准年碳储量 …) and :func:`internal_codes_in`, which
  finds a code left in a deliverable.

Units as in report_tables: ha, t C, t C/a, t CO2e/a; sink per hectare in
t CO2e/(ha·a). A positive sink is a removal.
"""

import csv
import math
import os
import re

import numpy as np
import pandas as pd

from . import POOLS, POOLS_WITH_TOTAL
from .report_tables import (
    ALL,
    FMT_AREA,
    FMT_STOCK,
    POOL_LABELS,
    Column,
    ReportTable,
    _text_col,
    load_object_labels,
    object_label,
    piece_frame,
)
from .vocabulary import CO2_PER_C, stock_column

DATA_DIR = os.path.join(os.path.dirname(__file__), "data")
COUNTY_NAMES_CSV = os.path.join(DATA_DIR, "county_names.csv")

#: Display words of the codes that reach a report (zh, en).
TOTAL = ("合计", "Total")
NONE = ("（无）", "(none)")
QUANTITY_LABELS = {
    "stock_base": ("基准年碳储量", "Stock, base year"),
    "stock_target": ("计量年碳储量", "Stock, metering year"),
    "sink": ("碳汇量（上报）", "Sink (filed)"),
    "sink_independent": ("碳汇量（两期独立）", "Sink (years independent)"),
}
LEVEL_LABELS = {
    "total": ("全域", "Whole area"),
    "county": ("县级行政区", "County"),
    "object": ("计量对象", "Metering object"),
    "pool": ("碳库", "Pool"),
}
SOURCE_LABELS = {
    "plots": ("样地实测", "Measured plots"),
    "default": ("缺省值", "Default value"),
}
STATUS_LABELS = {
    "sourced": ("已核对来源", "checked against its source"),
    "transcribed_verify": ("转录待核实", "transcribed, to verify"),
    "convention": ("约定", "convention"),
    "placeholder": ("占位值", "placeholder"),
}
AREA_METHOD_LABELS = {
    "ellipsoidal": ("椭球面积（CGCS2000 椭球，同三调图斑面积算法）",
                    "ellipsoidal (CGCS2000 ellipsoid, as 三调 measures parcel areas)"),
    "planar": ("平面面积（图层投影坐标系）", "planar (the layer's projected CRS)"),
    "official": ("官方面积（图斑地类面积 TBDLMJ 按几何比例分摊）",
                 "official (each parcel's TBDLMJ shared by geometric proportion)"),
}
FACTOR_LABELS = {
    "shrub_r": ("灌木根茎比", "shrub root-shoot ratio"),
    "shrub_cf": ("灌木含碳率", "shrub carbon fraction"),
    "herb_r": ("草本根茎比", "herb root-shoot ratio"),
    "herb_cf": ("草本含碳率", "herb carbon fraction"),
    "litter_cf": ("枯落物含碳率", "litter carbon fraction"),
    "deadwood_cf": ("枯死木含碳率", "dead-wood carbon fraction"),
    "deadwood_wd_t_m3": ("枯死木基本密度", "dead-wood basic density"),
    "som_to_soc": ("有机质换算有机碳系数", "SOM to SOC factor"),
    "ar_tool14_bef": ("AR-TOOL14 生物量扩展因子", "AR-TOOL14 biomass expansion factor"),
    "area_u_pct": ("面积不确定度", "area uncertainty"),
    "iterations": ("蒙特卡洛迭代次数", "Monte Carlo iterations"),
    "seed": ("随机数种子", "random seed"),
    "histogram_bins": ("直方图组数", "histogram bins"),
}


def pick(pair, language):
    """The zh or en word of a (zh, en) pair."""
    return pair[0] if language == "zh" else pair[1]


# -- county names --------------------------------------------------------------------------------
def load_county_names(path=None, table=None):
    """County code → (zh name, en name).

    The shipped ``data/county_names.csv`` (code, name_zh, name_en, source), then the rows of
    ``table`` (a DataFrame with ``county`` and ``name`` or ``name_zh``/``name_en``, e.g. the
    report's COUNTY_NAMES table) over it.
    """
    names = {}
    with open(path or COUNTY_NAMES_CSV, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            names[row["county"].strip()] = (row["name_zh"].strip(), row["name_en"].strip())
    if table is not None and len(table):
        code_col = next((c for c in ("county", "code", "XZQDM", "xzqdm") if c in table.columns), table.columns[0])
        for _, row in table.iterrows():
            code = "" if pd.isna(row[code_col]) else str(row[code_col]).strip()
            if not code:
                continue
            zh = next((str(row[c]) for c in ("name_zh", "name", "XZQMC", "xzqmc") if c in table.columns
                       and not pd.isna(row[c])), "")
            en = str(row["name_en"]) if "name_en" in table.columns and not pd.isna(row["name_en"]) else zh
            names[code] = (zh, en or zh)
    return names


def county_name(code, names, language):
    """The county's name in ``language`` ('' when not known); 合计 / Total for ALL."""
    if code == ALL:
        return pick(TOTAL, language)
    return pick(names.get(str(code), ("", "")), language)


def add_county_names(table, names, language):
    """``table`` with a county-name column right after its ``county`` code column (in place)."""
    if "county" not in table.frame.columns or "county_name" in table.frame.columns:
        return table
    position = list(table.frame.columns).index("county") + 1
    table.frame.insert(position, "county_name", [
        "" if c == ALL else county_name(c, names, language) for c in table.frame["county"]])
    at = next(i for i, c in enumerate(table.columns) if c.name == "county") + 1
    table.columns.insert(at, _text_col("county_name", "县级行政区名称", "County name"))
    return table


# -- display of codes ------------------------------------------------------------------------------
def display(value, language, labels=None):
    """A code cell as shown: ALL → 合计, (none) → （无）, object and pool ids → names."""
    if not isinstance(value, str):
        return value
    if value == ALL:
        return pick(TOTAL, language)
    if value == "(none)":
        return pick(NONE, language)
    for table in (QUANTITY_LABELS, SOURCE_LABELS):
        if value in table:
            return pick(table[value], language)
    if value in POOL_LABELS:
        return pick(POOL_LABELS[value], language)
    labels = labels if labels is not None else load_object_labels()
    if value in labels:
        return pick(labels[value], language)
    return value


#: Column-specific words (a level "county" or a pool "soil" is a code only in these columns).
_COLUMN_WORDS = {"level": LEVEL_LABELS, "quantity": QUANTITY_LABELS, "source": SOURCE_LABELS, "pool": POOL_LABELS}


def display_rows(table, language, labels=None):
    """The rows of ``table``'s shown columns as lists, code cells in words (ALL → 合计, dry_land → 旱地)."""
    labels = labels if labels is not None else load_object_labels()
    from .report_tables import CHANGE_GROUP_LABELS

    words = dict(_COLUMN_WORDS, change_group=CHANGE_GROUP_LABELS)
    names = [c.name for c in table.columns]
    out = []
    for values in table.frame[names].itertuples(index=False):
        row = []
        for name, value in zip(names, values):
            if isinstance(value, str) and name in words and value in words[name]:
                value = pick(words[name][value], language)
            elif isinstance(value, str):
                value = display(value, language, labels)
            row.append(value)
        out.append(row)
    return out


def key_words(table, key, language, labels=None):
    """A parameter-table row key in words: ``forest_arbor/agb`` → 乔木林 / 地上生物量, species and factors
    by their names; other keys (land-class codes, list names) as they are."""
    if not isinstance(key, str) or not key:
        return key
    labels = labels if labels is not None else load_object_labels()
    parts = key.split("/")
    out = []
    for part in parts:
        if part in labels or part in POOL_LABELS:
            out.append(display(part, language, labels))
        elif part in FACTOR_LABELS:
            out.append(pick(FACTOR_LABELS[part], language))
        elif table == "species_parameters.csv" or table == "species.csv":
            out.append(pick(_species_names().get(part, (part, part)), language))
        elif table == "plausible_ranges.csv" and part in _survey_tables():
            out.append(pick(_survey_tables()[part], language))
        else:
            out.append(part)
    return " / ".join(out)


def _survey_tables():
    from .survey_schema import SCHEMA

    return {name: (table.zh, table.en) for name, table in SCHEMA.items()}


def _species_names():
    names = {}
    with open(os.path.join(DATA_DIR, "species.csv"), encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            names[row["species"]] = (row["name_zh"], row["name_en"])
    return names


# -- stock by pool and by transition --------------------------------------------------------------
def stock_by_pool(pieces, language="zh", names=None):
    """Stock per county and pool at both years (t C) and its change (t C/a, t CO2e/a)."""
    names = names if names is not None else load_county_names()
    f = piece_frame(pieces)
    years = _years(pieces)
    rows = []
    for county, sub in list(f.groupby("county", sort=True)) + [(ALL, f)]:
        for pool in POOLS_WITH_TOTAL:
            base = float(sub.loc[sub["in_base"], stock_column("base", pool)].sum())
            target = float(sub.loc[sub["in_target"], stock_column("target", pool)].sum())
            dc = (target - base) / years if years else float("nan")
            rows.append({"county": county, "county_name": "" if county == ALL else county_name(county, names, language),
                         "pool": pool,
                         "pool_name": pick(POOL_LABELS[pool], language), "stock_base_tc": base,
                         "stock_target_tc": target, "change_tc": target - base, "dc_per_year_tc": dc,
                         "sink_tco2e": dc * CO2_PER_C})
    frame = pd.DataFrame(rows)
    columns = [
        _text_col("county", "县级行政区代码", "County code"),
        _text_col("county_name", "县级行政区名称", "County name"),
        _text_col("pool_name", "碳库", "Pool"),
        Column("stock_base_tc", "基准年碳储量", "Stock, base year", "t C", FMT_STOCK),
        Column("stock_target_tc", "计量年碳储量", "Stock, metering year", "t C", FMT_STOCK),
        Column("change_tc", "碳储量变化", "Stock change", "t C", FMT_STOCK),
        Column("dc_per_year_tc", "年碳储量变化", "Stock change per year", "t C/a", FMT_STOCK),
        Column("sink_tco2e", "碳汇量", "Sink", "t CO2e/a", FMT_STOCK),
    ]
    return ReportTable(
        "stock_pools", "分县分碳库碳储量（基准年与计量年）", "Carbon stock by county and pool (base and metering year)",
        columns, frame,
        "基准年碳储量计入基准年存在的图斑，计量年碳储量计入计量年存在的图斑。",
        "Base-year stock over the pieces present in the base year, metering-year stock over those of the "
        "metering year.",
    )


def _years(pieces):
    """t2 − t1 in years from the recorded base_year / target_year (None when not recorded)."""
    if "base_year" not in pieces.columns or "target_year" not in pieces.columns:
        return None
    base = pd.to_numeric(pieces["base_year"], errors="coerce").dropna().unique()
    target = pd.to_numeric(pieces["target_year"], errors="coerce").dropna().unique()
    if len(base) != 1 or len(target) != 1 or target[0] <= base[0]:
        return None
    return float(target[0] - base[0])


def transitions(pieces, language="zh", labels=None):
    """Stock change by transition base object → target object (ha, t C/a, t CO2e/a).

    Changed pieces one row per transition, largest |sink| first, then the unchanged pieces
    one row per object ("乔木林 → 乔木林"), then the totals of both groups and of all.
    """
    labels = labels or load_object_labels()
    f = piece_frame(pieces)
    f["base"] = f["base_object"].fillna("(none)")
    f["target"] = f["target_object"].fillna("(none)")
    f["changed"] = f["change_flag"] != 0
    values = ["area_ha", "dc_per_year_tc", "sink_tco2e"]
    parts = []
    for changed in (True, False):
        sub = f[f["changed"] == changed]
        if not len(sub):
            continue
        grouped = sub.groupby(["base", "target"], as_index=False)[values].sum()
        grouped = grouped.reindex(grouped["sink_tco2e"].abs().sort_values(ascending=False).index)
        grouped["change_group"] = "changed" if changed else "unchanged"
        parts.append(grouped)
        total = {"base": ALL, "target": ALL, "change_group": grouped["change_group"].iloc[0]}
        total.update({c: grouped[c].sum() for c in values})
        parts.append(pd.DataFrame([total]))
    grand = {"base": ALL, "target": ALL, "change_group": "all"}
    grand.update({c: f[c].sum() for c in values})
    parts.append(pd.DataFrame([grand]))
    frame = pd.concat(parts, ignore_index=True)
    group_words = {"changed": ("变化图斑", "changed pieces"), "unchanged": ("未变化图斑", "unchanged pieces"),
                   "all": ("全部图斑", "all pieces")}
    frame["group_name"] = [pick(group_words[g], language) for g in frame["change_group"]]

    def name(code):
        return pick(NONE, language) if code == "(none)" else object_label(code, labels, language)

    frame["transition"] = [
        pick(TOTAL, language) if b == ALL else "{0} → {1}".format(name(b), name(t))
        for b, t in zip(frame["base"], frame["target"])
    ]
    with np.errstate(divide="ignore", invalid="ignore"):
        frame["sink_per_ha"] = np.where(frame["area_ha"] > 0, frame["sink_tco2e"] / frame["area_ha"], np.nan)
    columns = [
        _text_col("group_name", "图斑类别", "Pieces"),
        _text_col("transition", "地类转换（基准年 → 计量年）", "Transition (base → metering year)"),
        Column("area_ha", "面积", "Area", "ha", FMT_AREA),
        Column("dc_per_year_tc", "年碳储量变化", "Stock change per year", "t C/a", FMT_STOCK),
        Column("sink_tco2e", "碳汇量", "Sink", "t CO2e/a", FMT_STOCK),
        Column("sink_per_ha", "单位面积碳汇量", "Sink per hectare", "t CO2e/(ha·a)", "0.000"),
    ]
    return ReportTable(
        "transitions", "按地类转换统计的碳储量变化", "Stock change by land-class transition", columns, frame,
        "碳汇量为正表示清除；（无）表示该期不存在该图斑。",
        "A positive sink is a removal; (none): the piece does not exist in that year.",
    )


# -- map classes -------------------------------------------------------------------------------------
#: Class bounds of the sink per hectare (t CO2e/(ha·a)): 1-2-5 steps.
_STEPS = tuple(m * 10.0 ** k for k in range(-2, 5) for m in (1, 2, 5))


def _inner_bounds(extreme, count):
    """Up to ``count`` rising bounds below ``extreme``: the 1-2-5 steps nearest under extreme/2, /20, …"""
    bounds = set()
    for j in range(count):
        limit = extreme / (2.0 * 10 ** j)
        below = [s for s in _STEPS if s <= limit]
        if below:
            bounds.add(below[-1])
    return sorted(bounds)


def sink_classes(values, classes_per_side=3, zero=1e-6):
    """Non-overlapping classes of sink per hectare: [(low, high, label)], low ≤ x < high.

    Emissions (x < 0) and removals (x > 0) each get up to ``classes_per_side`` classes on 1-2-5
    bounds; |x| < ``zero`` is its own class "0". Labels use ≤ and < so no value fits two classes;
    the outermost class of each side is open ("< −50", "≥ 50") so no value is left out.
    """
    finite = [float(v) for v in values if v is not None and np.isfinite(v)]
    low = min(finite) if finite else 0.0
    high = max(finite) if finite else 0.0
    out = []
    if low <= -zero:
        bounds = _inner_bounds(-low, classes_per_side - 1)
        edges = [-math.inf] + [-b for b in reversed(bounds)] + [-zero]
        for a, b in zip(edges[:-1], edges[1:]):
            if a == -math.inf:
                label = "x < {0}".format(_num(b)) if b != -zero else "x < 0"
            else:
                label = "{0} ≤ x < {1}".format(_num(a), "0" if b == -zero else _num(b))
            out.append((a, b, label))
    out.append((-zero, zero, "0"))
    if high >= zero:
        bounds = _inner_bounds(high, classes_per_side - 1)
        edges = [zero] + bounds + [math.inf]
        for a, b in zip(edges[:-1], edges[1:]):
            if b == math.inf:
                label = "x ≥ {0}".format(_num(a)) if a != zero else "x > 0"
            else:
                label = "{0} < x < {1}".format("0", _num(b)) if a == zero else "{0} ≤ x < {1}".format(_num(a), _num(b))
            out.append((a, b, label))
    return out


def classify(value, classes):
    """Index of the class holding ``value`` (None for a missing value)."""
    if value is None or not np.isfinite(value):
        return None
    for i, (low, high, _) in enumerate(classes):
        if low <= value < high:
            return i
    return None


def _num(x):
    text = "{0:,g}".format(x) if abs(x) < 1 else "{0:,.0f}".format(x)
    return text.replace("-", "−")


# -- uncertainty statement ---------------------------------------------------------------------------
def _total_row(frame, quantity):
    rows = frame[(frame["level"].astype(str) == "total") & (frame["quantity"].astype(str) == quantity)]
    return rows.iloc[0] if len(rows) else None


def _float(value):
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return value if np.isfinite(value) else None


#: The change estimators of stratum_density's change table (metering/change_estimator.py), as the report names them.
ESTIMATOR_NAMES = {
    "paired": ("固定样地配对变化量估计", "paired change estimator of the remeasured permanent plots"),
    "composite": ("固定样地配对与非配对样地的组合估计", "composite of the paired and the unpaired plots"),
    "independent": ("两期样地均值之差", "difference of the two years' plot means"),
}


def estimator_facts(pieces):
    """Which estimator produced the filed sink, from parcel_stock's pieces (``dc_estimator``, ``area_m2``).

    ``change_estimators``: the change-table estimators used on unchanged pieces (sorted; empty when
    parcel_stock had no change table), ``change_area_ha`` their area, ``area_ha`` the pieces' area.
    None without the pieces.
    """
    from .vocabulary import DC_ESTIMATOR, M2_PER_HA, STOCK_DIFFERENCE

    if pieces is None or not len(pieces):
        return None
    area = pd.to_numeric(pieces.get("area_m2", pd.Series(0.0, index=pieces.index)), errors="coerce").fillna(0.0)
    if DC_ESTIMATOR not in pieces.columns:
        return {"change_estimators": [], "change_area_ha": 0.0, "area_ha": float(area.sum()) / M2_PER_HA}
    est = pieces[DC_ESTIMATOR].where(pieces[DC_ESTIMATOR].notna(), "").astype(str).str.strip()
    used = (est != "") & (est != STOCK_DIFFERENCE)
    return {"change_estimators": sorted(set(est[used])), "change_area_ha": float(area[used].sum()) / M2_PER_HA,
            "area_ha": float(area.sum()) / M2_PER_HA}


def uncertainty_facts(frame, pieces=None):
    """The figures of the uncertainty statement, from the uncertainty OUTPUT (None when absent).

    ``estimate``, ``u1_pct``, ``u2_pct``, ``low``, ``high`` (Monte Carlo 2.5/97.5 %, else the
    Approach 1 interval), ``significant`` (the 95 % interval excludes 0), ``u90_pct``,
    ``discount``, ``conservative``, ``discount_share``, ``discount_from`` ('table': the uncertainty
    run applied it; 'report': recomputed here from Approach 1 U95 × 1.645/1.960, AR-TOOL14),
    ``contributors`` [(object, share of variance)], ``independent_u_pct``, ``independent_estimate``
    (the sink under independent samples of the two years) and ``estimators`` (:func:`estimator_facts`
    of ``pieces``, parcel_stock's OUTPUT, or None).
    """
    from .uncertainty import ar_tool14_discount, ar_tool14_discount_share, u90_from_u95

    if frame is None or not len(frame) or "quantity" not in frame.columns:
        return None
    row = _total_row(frame, "sink")
    if row is None:
        return None
    estimate = _float(row.get("estimate"))
    u1 = _float(row.get("u1_pct"))
    u2 = _float(row.get("u2_pct"))
    low, high = _float(row.get("mc_p2_5")), _float(row.get("mc_p97_5"))
    if (low is None or high is None) and estimate is not None and u1 is not None:
        low, high = estimate - abs(estimate) * u1 / 100.0, estimate + abs(estimate) * u1 / 100.0
    significant = None if low is None or high is None else bool(low > 0 or high < 0)
    facts = {"estimate": estimate, "u1_pct": u1, "u2_pct": u2, "low": low, "high": high,
             "significant": significant}
    given = _float(row.get("discount"))
    if given is not None and _float(row.get("conservative")) is not None:
        facts.update(discount=given, conservative=_float(row.get("conservative")),
                     u90_pct=_float(row.get("discount_u_pct")), discount_share=_float(row.get("discount_share")),
                     discount_from="table")
    elif estimate is not None:
        u90 = u90_from_u95(u1) if u1 is not None else math.nan
        deduction, conservative = ar_tool14_discount(estimate, u90, removals=True)
        facts.update(discount=deduction, conservative=conservative, u90_pct=u90 if np.isfinite(u90) else None,
                     discount_share=ar_tool14_discount_share(u90), discount_from="report")
    independent = _total_row(frame, "sink_independent")
    facts["independent_u_pct"] = None if independent is None else _float(independent.get("u1_pct"))
    facts["independent_estimate"] = None if independent is None else _float(independent.get("estimate"))
    facts["estimators"] = estimator_facts(pieces)
    facts["contributors"] = contributors(frame)
    return facts


def estimator_statement(facts, language="zh"):
    """Sentences naming the estimator of the filed sink and both uncertainties: under that estimator
    and under independent samples of the two years (for comparison)."""
    zh = language == "zh"
    out = []
    est = facts.get("estimators")
    u_used = facts.get("u1_pct")
    if est is not None:
        if est["change_estimators"]:
            names = [pick(ESTIMATOR_NAMES.get(e, (e, e)), language) for e in est["change_estimators"]]
            share = est["change_area_ha"] / est["area_ha"] * 100.0 if est["area_ha"] else None
            out.append(("上报碳汇量的估计方法：未变化图斑（{0} ha，占 {1}%）的碳汇量取碳密度变化量 × 面积，"
                        "碳密度变化量采用{2}（两期复测的固定样地）；地类变化图斑取两期计量对象碳密度之差。"
                        "按此估计方法，碳汇量不确定度"
                        "（方法 1）U = {3}%。" if zh else
                        "Estimator of the filed sink: on unchanged parcels ({0} ha, {1} % of the area) the sink is the "
                        "change density × area, the change density from the {2} (permanent plots measured at both "
                        "dates); on parcels whose land class changed, the difference of the two objects' densities. "
                        "Under this estimator the sink's U (Approach 1) is {3} %.").format(
                _fmt(est["change_area_ha"]), _fmt(share, 1), "、".join(names) if zh else "; ".join(names),
                _fmt(u_used, 1)))
        else:
            out.append(("上报碳汇量的估计方法：两期碳储量之差（基准年与计量年碳密度分别估计，未使用固定样地碳密度变化表）。"
                        "碳汇量不确定度（方法 1）U = {0}%。" if zh else
                        "Estimator of the filed sink: the difference of the two years' stocks (each year's densities "
                        "estimated separately; no change-density table of permanent plots was used). The sink's U "
                        "(Approach 1) is {0} %.").format(_fmt(u_used, 1)))
    if facts.get("independent_u_pct") is not None:
        estimate = facts.get("independent_estimate")
        out.append(("对照：若两期样地按独立样本处理（两期碳密度各自独立估计，碳汇量为两期碳储量之差），"
                    "碳汇量为 {0} t CO2e/a，不确定度（方法 1）U = {1}%（仅供比较，上报值采用上述估计方法）。" if zh else
                    "For comparison: were the two years' plots independent samples (each year's densities estimated "
                    "independently, the sink the difference of the two stocks), the sink would be {0} t CO2e/a with "
                    "U (Approach 1) {1} % (the filed figure uses the estimator above).").format(
            _fmt(estimate), _fmt(facts["independent_u_pct"], 1)))
    return out


def contributors(frame, quantity="sink", level="object", top=3):
    """The objects whose uncertainty weighs most on ``quantity``: [(name, share of variance)].

    Share of object i = (U1_i × |x_i|)² / Σ_j (U1_j × |x_j|)² over the object rows (IPCC 2006
    GL vol. 1 eq. 3.2 terms; the objects' density factors are independent strata, the shared
    area factor is neglected here).
    """
    rows = frame[(frame["level"].astype(str) == level) & (frame["quantity"].astype(str) == quantity)]
    if not len(rows):
        return []
    estimate = pd.to_numeric(rows["estimate"], errors="coerce").abs()
    u = pd.to_numeric(rows["u1_pct"], errors="coerce")
    var = ((u / 100.0 * estimate) ** 2).fillna(0.0)
    if var.sum() <= 0:
        return []
    share = var / var.sum()
    order = share.sort_values(ascending=False).index[:top]
    return [(str(rows.at[i, "name"]), float(share[i])) for i in order if share[i] > 0]


def _fmt(x, digits=2):
    return "—" if x is None else "{0:,.{1}f}".format(x, digits)


def uncertainty_statement(facts, language="zh", labels=None):
    """The uncertainty statement as sentences (the report's language)."""
    labels = labels or load_object_labels()
    if facts is None:
        return [pick(("未提供不确定度评定结果：碳汇量是否显著不为零、保守估计值均无法给出"
                      "（运行“不确定度评定”算法后加入）。",
                      "No uncertainty results were given: whether the sink differs from zero and its "
                      "conservative figure cannot be stated (run the uncertainty algorithm to add them)."),
                     language)]
    zh = language == "zh"
    out = []
    interval = "[{0}, {1}]".format(_fmt(facts["low"]), _fmt(facts["high"]))
    u_text = _fmt(facts["u2_pct"] if facts["u2_pct"] is not None else facts["u1_pct"], 1)
    if facts["significant"] is None:
        out.append("碳汇量 {0} t CO2e/a，置信区间无法给出。".format(_fmt(facts["estimate"])) if zh else
                   "Sink {0} t CO2e/a; no confidence interval available.".format(_fmt(facts["estimate"])))
    elif facts["significant"]:
        out.append(("碳汇量 {0} t CO2e/a，95% 置信区间 {1} t CO2e/a（不确定度 U = {2}%），不含零："
                    "碳汇量在 95% 置信水平上显著不为零。" if zh else
                    "Sink {0} t CO2e/a, 95 % interval {1} t CO2e/a (U = {2} %), which excludes zero: the sink "
                    "is significantly different from zero at 95 % confidence.").format(
            _fmt(facts["estimate"]), interval, u_text))
    else:
        out.append(("碳汇量 {0} t CO2e/a，95% 置信区间 {1} t CO2e/a（不确定度 U = {2}%），包含零："
                    "碳汇量在 95% 置信水平上与零无显著差异，不能据此声明净清除。" if zh else
                    "Sink {0} t CO2e/a, 95 % interval {1} t CO2e/a (U = {2} %), which includes zero: the sink "
                    "is not significantly different from zero at 95 % confidence; no net removal can be "
                    "claimed from it.").format(_fmt(facts["estimate"]), interval, u_text))
    share = facts.get("discount_share")
    share_text = "—" if share is None else "{0:.0f}%".format(share * 100)
    how = pick(("由不确定度算法计算", "as applied by the uncertainty algorithm"), language) \
        if facts.get("discount_from") == "table" else \
        pick(("由方法 1 的 95% 不确定度换算为 90%（× 1.645/1.960）后计算", "from the Approach 1 U95 rescaled to "
              "90 % (× 1.645/1.960)"), language)
    out.append(("保守性扣减（CDM AR-TOOL14，90% 置信水平 U = {0}%，扣减置信区间半宽的 {1}，{2}）：扣减 {3} t CO2e/a，"
                "保守碳汇量 {4} t CO2e/a。" if zh else
                "Conservative figure (CDM AR-TOOL14, U at 90 % = {0} %, {1} of the half-width deducted, {2}): "
                "{3} t CO2e/a deducted, conservative sink {4} t CO2e/a.").format(
        _fmt(facts.get("u90_pct"), 1), share_text, how, _fmt(facts.get("discount")), _fmt(facts.get("conservative"))))
    if facts.get("contributors"):
        parts = ["{0} {1:.0f}%".format(object_label(name, labels, language), share * 100)
                 for name, share in facts["contributors"]]
        out.append(("不确定度的主要来源（按计量对象的方差贡献，方法 1）：{0}。" if zh else
                    "Main contributors to the uncertainty (share of the variance by metering object, "
                    "Approach 1): {0}.").format("、".join(parts) if zh else ", ".join(parts)))
    out += estimator_statement(facts, language)
    return out


# -- method statement ----------------------------------------------------------------------------------
POOL_EQUATIONS = {
    "agb": ("地上生物量：乔木 B = V × WD × BEF（材积 V 由二元材积式 V = a·D^b·H^c）或异速生长方程，"
            "竹 B = a·D^b（每株），"
            "灌草 B 为收获法干重；C = B × CF",
            "Above-ground biomass: trees B = V × WD × BEF (stem volume V = a·D^b·H^c) or an allometric equation, "
            "bamboo B = a·D^b per culm, shrubs and herbs by harvest (dry mass); C = B × CF"),
    "bgb": ("地下生物量：B_BG = B_AG × R（根茎比），C = B_BG × CF",
            "Below-ground biomass: B_BG = B_AG × R (root-shoot ratio), C = B_BG × CF"),
    "deadwood": ("枯死木：立木按活立木方程计算并按腐朽等级折减，倒木 V × WD × 折减系数；C = B × CF_枯死木",
                 "Deadwood: standing dead trees by the living-tree equations reduced by decay class, lying "
                 "dead wood V × WD × reduction; C = B × CF_deadwood"),
    "litter": ("枯落物：收获法干重 × CF_枯落物", "Litter: harvested dry mass × CF_litter"),
    "soil": ("土壤有机碳：SOC = Σ 有机碳含量 × 容重 × 厚度 × (1 − 砾石含量)（或 SOM × 0.58），计至统计深度",
             "Soil organic carbon: SOC = Σ SOC content × bulk density × depth × (1 − gravel) (or SOM × 0.58), "
             "down to the reporting depth"),
}


def method_statement(language="zh", facts=None):
    """The method statement as paragraphs: steps, equations per pool and the run's parameters.

    ``facts``: base_year, target_year, soil_depth_cm (list), area_method, mapping (text),
    density_tables (text), confidence (text), factors [(name, value, unit)].
    """
    facts = facts or {}
    zh = language == "zh"
    years = ""
    if facts.get("base_year") and facts.get("target_year"):
        years = "（{0}–{1} 年）".format(facts["base_year"], facts["target_year"]) if zh else \
            " ({0}–{1})".format(facts["base_year"], facts["target_year"])
    out = [(
        "以基准年与计量年国土调查图斑叠加识别地类变化{0}，按计量对象与碳库（地上生物量、地下生物量、枯死木、枯落物、"
        "土壤有机碳）由样地调查计算分层平均碳密度（t C/ha），无样地的层采用缺省碳密度并列于下文；图斑碳储量 = 碳密度 × "
        "面积（t C），未变化图斑两期采用同一计量对象，变化图斑各期按各自计量对象计算；年碳储量变化 ΔC = "
        "(C计量年 − C基准年)/(t2 − t1)（t C/a），碳汇量 = ΔC × 44/12（t CO2e/a），为正表示清除。"
        "不确定度按 IPCC 2006 指南第 1 卷第 3 章方法 1（误差传递）与方法 2（蒙特卡洛）评定。"
        "依据：湖北省《陆域国土空间碳汇计量技术规范》（第 4–9 章、"
        "附录 F）；CDM AR-TOOL14；IPCC 2006 GL。" if zh else
        "Base-year and metering-year land-survey parcels are overlaid to find land-class change{0}. Stratum mean "
        "densities (t C/ha) per metering object and pool (above- and below-ground biomass, deadwood, litter, soil "
        "organic carbon) come from the sample plots; strata without plots take default densities, listed below. "
        "Piece stock = density × area (t C); unchanged pieces use the same object at both dates, changed pieces "
        "each date's own object. Stock change ΔC = (C_t2 − C_t1)/(t2 − t1) (t C/a); sink = ΔC × 44/12 "
        "(t CO2e/a), positive = removal. Uncertainty after IPCC 2006 GL vol. 1 ch. 3, approach 1 (error "
        "propagation) and approach 2 (Monte Carlo). Sources: Hubei land-space carbon-sink metering "
        "specification (ch. 4–9, appendix F); CDM AR-TOOL14; IPCC 2006 GL.").format(years)]
    out.append(pick(("各碳库计算式：", "Equations per pool:"), language) + (" " if not zh else "") +
               ("；" if zh else "; ").join(pick(POOL_EQUATIONS[p], language) for p in POOLS) +
               ("。" if zh else "."))
    items = []
    depth = facts.get("soil_depth_cm")
    if depth:
        items.append(pick(("土壤统计深度 {0} cm", "soil reporting depth {0} cm"), language).format(
            "、".join(_depth(d) for d in depth) if zh else ", ".join(_depth(d) for d in depth)))
    method = facts.get("area_method")
    if method:
        items.append(pick(("面积算法：{0}", "area method: {0}"), language).format(
            pick(AREA_METHOD_LABELS.get(method, (method, method)), language)))
    if facts.get("mapping"):
        items.append(pick(("地类对照表：{0}", "land-class mapping: {0}"), language).format(facts["mapping"]))
    if facts.get("density_tables"):
        items.append(pick(("碳密度表：{0}", "density tables: {0}"), language).format(facts["density_tables"]))
    for name, value, unit in facts.get("factors", []):
        label = pick(FACTOR_LABELS.get(name, (name, name)), language)
        items.append("{0} {1}{2}".format(label, value, "" if unit in ("", "ratio", "-") else " " + unit))
    if items:
        out.append(pick(("本次计量所用参数：", "Parameters of this run: "), language) +
                   ("；" if zh else "; ").join(items) + ("。" if zh else "."))
    return out


def _depth(value):
    return "{0:g}".format(float(value))


def mapping_text(pieces, language="zh"):
    """How the land classes were mapped: the mapping recorded on the pieces, else the shipped table."""
    import hashlib

    for name in ("mapping", "mapping_table"):
        if name in pieces.columns:
            values = sorted({str(v) for v in pieces[name].dropna()})
            if values:
                sha = ""
                if "mapping_sha256" in pieces.columns:
                    shas = sorted({str(v)[:12] for v in pieces["mapping_sha256"].dropna()})
                    sha = " (SHA-256 {0})".format(", ".join(shas)) if shas else ""
                return ", ".join(values) + sha
    path = os.path.join(DATA_DIR, "landclass_mapping.csv")
    with open(path, "rb") as handle:
        digest = hashlib.sha256(handle.read()).hexdigest()[:12]
    return pick(("图斑未记录所用对照表；随插件对照表 landclass_mapping.csv 的 SHA-256 前 12 位为 {0}",
                 "not recorded on the pieces; the shipped landclass_mapping.csv has SHA-256 {0}…"),
                language).format(digest)


# -- unverified and placeholder defaults ----------------------------------------------------------------
def defaults_used(density_tables=None, plots=None, uncertainty_given=False, language="zh", labels=None,
                  data_dir=DATA_DIR):
    """The shipped values this run used whose status is not ``sourced`` (or whose U is a placeholder).

    - default densities of the strata that took them (density tables, ``source`` = default) and of
      plots whose pool was filled by a default (plot_carbon ``method_<pool>`` = default);
    - the pool factors and species parameters when plots were computed (all of their rows: which
      species the plots held is in plot_carbon's log, not in its output);
    - the uncertainty defaults when uncertainty results are reported.

    Returns a ReportTable (key ``defaults``): table, item, value, unit, status, source.
    """
    labels = labels or load_object_labels()
    rows = []
    densities = pd.read_csv(os.path.join(data_dir, "default_density.csv"), dtype=str, keep_default_na=False)
    used = set()
    for frame in (density_tables or {}).values():
        if frame is None or "source" not in frame.columns:
            continue
        key = "object" if "object" in frame.columns else "stratum"
        for _, row in frame[frame["source"].astype(str) == "default"].iterrows():
            if str(row.get("pool")) != "total":
                used.add((str(row[key]), str(row["pool"])))
    if plots is not None and "object" in plots.columns:
        for pool in POOLS:
            column = "method_" + pool
            if column in plots.columns:
                for obj in plots.loc[plots[column].astype(str) == "default", "object"].dropna().unique():
                    used.add((str(obj), pool))
    for _, row in densities.iterrows():
        key = (row["object"], row["pool"])
        if key not in used:
            continue
        statuses = [s for s in (row.get("status", ""), "u:" + row.get("u_status", "") if row.get("u_status") else "")
                    if s and s not in ("sourced", "u:sourced")]
        if not statuses:
            continue
        item = "{0} / {1}".format(object_label(row["object"], labels, language), pick(POOL_LABELS[row["pool"]],
                                                                                      language))
        rows.append(("default_density.csv", item, "{0} (U {1}%)".format(row["mean"], row["u_pct"]), "t C/ha",
                     _status_text(statuses, language), row["source"]))
    if plots is not None and len(plots):
        factors = pd.read_csv(os.path.join(data_dir, "pool_factors.csv"), dtype=str, keep_default_na=False)
        for _, row in factors.iterrows():
            if row.get("status", "") in ("sourced", "convention", ""):
                continue
            item = pick(FACTOR_LABELS.get(row["factor"], (row["factor"], row["factor"])), language)
            if row.get("object"):
                item += " ({0})".format(object_label(row["object"], labels, language))
            rows.append(("pool_factors.csv", item, row["value"], row["unit"], _status_text([row["status"]], language),
                         row["source"]))
        species = pd.read_csv(os.path.join(data_dir, "species_parameters.csv"), dtype=str, keep_default_na=False)
        names = pd.read_csv(os.path.join(data_dir, "species.csv"), dtype=str, keep_default_na=False)
        species_names = {r["species"]: (r["name_zh"], r["name_en"]) for _, r in names.iterrows()}
        for _, row in species.iterrows():
            if row.get("status", "") in ("sourced", "convention", ""):
                continue
            item = pick(species_names.get(row["species"], (row["species"], row["species"])), language)
            value = "a={0} b={1} c={2} WD={3} BEF={4} R={5} CF={6}".format(
                row["a"], row["b"], row["c"], row["wd_t_m3"], row["bef"], row["r"], row["cf"])
            rows.append(("species_parameters.csv", item, value, "", _status_text([row["status"]], language),
                         row["source"]))
    if uncertainty_given:
        defaults = pd.read_csv(os.path.join(data_dir, "uncertainty_defaults.csv"), dtype=str, keep_default_na=False)
        for _, row in defaults.iterrows():
            if row.get("status", "") in ("sourced", "convention", ""):
                continue
            item = pick(FACTOR_LABELS.get(row["parameter"], (row["parameter"], row["parameter"])), language)
            rows.append(("uncertainty_defaults.csv", item, row["value"], row["unit"],
                         _status_text([row["status"]], language), row["source"]))
    frame = pd.DataFrame(rows, columns=["table", "item", "value", "unit", "status", "source"])
    columns = [
        _text_col("table", "参数表", "Parameter table"),
        _text_col("item", "参数", "Parameter"),
        _text_col("value", "取值", "Value"),
        _text_col("unit", "单位", "Unit"),
        _text_col("status", "状态", "Status"),
        _text_col("source", "来源", "Source"),
    ]
    return ReportTable(
        "defaults", "本次计量使用的待核实或占位缺省值", "Unverified or placeholder defaults used by this run", columns,
        frame,
        "上报前应以正式文献或地方参数核对并替换这些取值（可复制参数表修改后传入相应算法）。",
        "Check these values against the official tables or local parameters before filing (copy the table, edit it "
        "and pass it to the algorithm that reads it).",
    )


def _status_text(statuses, language):
    words = []
    for s in statuses:
        if s.startswith("u:"):
            words.append(pick(("不确定度", "U"), language) + " " + pick(STATUS_LABELS.get(s[2:], (s[2:], s[2:])),
                                                                        language))
        else:
            words.append(pick(STATUS_LABELS.get(s, (s, s)), language))
    return ("；" if language == "zh" else "; ").join(words)


# -- internal codes in a deliverable ----------------------------------------------------------------------
def internal_codes(labels=None):
    """Every internal code that must not reach a Chinese deliverable: object ids, pools, quantities …,
    and the column ids and cell codes of the other systems' report sections (their ``CODES``)."""
    labels = labels or load_object_labels()
    codes = {k for k in labels if k != ALL} | set(POOLS_WITH_TOTAL) | set(QUANTITY_LABELS) | set(SOURCE_LABELS)
    codes |= {"unchanged", "changed", "non_metered", "unmapped", "ALL", "pieces", "piece"}
    codes |= {stock_column(r, p) for r in ("base", "target") for p in POOLS_WITH_TOTAL}
    codes |= {"dc_per_year_tc", "sink_tco2e", "stratum_value", "u2_low_pct", "u2_high_pct", "discount_share",
              "discount_u_pct", "change_group", "area_ha", "area_m2"}
    from .report_sections import SECTION_COLUMN, section_codes

    codes |= section_codes() | {SECTION_COLUMN}  # the other systems' sections (carbon_balance, district_sink …)
    return codes


#: A code inside a sentence: snake_case words (dry_land, stock_base) and these words.
_ALWAYS = ("ALL", "pieces", "piece")


def internal_codes_in(text, labels=None, cells=None):
    """The internal codes found in ``text`` (a sheet's cells or a PDF's text), sorted.

    A snake_case code (``dry_land``, ``stock_base``, ``sink_independent``) or ``ALL``/``pieces`` is
    found anywhere as a whole word; a short code that is also an English word (``plots``,
    ``default``, ``soil``, ``total``) only when it is a whole cell — pass the cells as ``cells``,
    or ``text`` whose cells pdftotext ``-layout`` separated by two or more spaces. A word of a file
    path (after ``/`` or ``\\``) or of a layer source (after ``=``, ``|layername=…``) is not a code:
    input files and layers keep the names their users gave them.
    """
    codes = internal_codes(labels)
    found = set()
    for code in codes:
        if "_" in code or code in _ALWAYS:
            # a word of a file path (/data/district_sink.csv) or of a layer source (…|layername=stock_summary)
            # is the user's name, not a code
            if re.search(r"(?<![A-Za-z0-9_/\\=]){0}(?![A-Za-z0-9_])".format(re.escape(code)), text or ""):
                found.add(code)
    pieces = cells if cells is not None else [c.strip() for line in (text or "").splitlines()
                                              for c in re.split(r"\s{2,}", line)]
    for cell in pieces:
        cell = str(cell).strip()
        if cell in codes:
            found.add(cell)
    return sorted(found)
