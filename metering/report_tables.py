"""Result tables in the form of the Hubei spec's appendix F, as pandas frames.

Pure pandas (no qgis). Every table carries its zh/en headers, units and an
Excel number format per column as metadata, so the xlsx writer and the PDF
layout present the same numbers the same way.

Units: areas in ha, stocks in t C, stock change in t C/a, removals (sink) in
t CO2e/a (positive = carbon taken out of the atmosphere), densities in t C/ha.

Attribution of a piece (one overlay piece of parcel_change / parcel_stock):
- the base-year stock is counted under the piece's base-year object, the
  metering-year stock under its metering-year object (each date by its own
  object, Hubei spec ch. 8);
- the sink of a changed piece is reported under the metering-year object, as
  IPCC 2006 GL vol. 4 ch. 3 reports "land converted to X" under category X;
  a piece present only in the base year stays under its base-year object.
"""

import csv
import os
from dataclasses import dataclass, field

import pandas as pd

from . import POOLS_WITH_TOTAL
from . import vocabulary as v
from .errors import MeteringError
from .vocabulary import stock_column

DATA_DIR = os.path.join(os.path.dirname(__file__), "data")

#: Label of total rows (county or object).
ALL = "ALL"

FMT_AREA = "#,##0.00"
FMT_STOCK = "#,##0.00"
FMT_DENSITY = "0.000"
FMT_PCT = "0.0"
FMT_INT = "0"
FMT_TEXT = "@"

POOL_LABELS = {
    "agb": ("地上生物量", "Above-ground biomass"),
    "bgb": ("地下生物量", "Below-ground biomass"),
    "deadwood": ("枯死木", "Deadwood"),
    "litter": ("枯落物", "Litter"),
    "soil": ("土壤有机碳", "Soil organic carbon"),
    "total": ("合计", "Total"),
}

CHANGE_GROUP_LABELS = {
    "unchanged": ("未变化", "unchanged"),
    "changed": ("变化", "changed"),
    "all": ("全部", "all"),
}


@dataclass
class Column:
    """One column of a report table: its field name, headers, unit and number format."""

    name: str
    zh: str
    en: str
    unit: str = ""
    fmt: str = ""


@dataclass
class ReportTable:
    """A result table with the metadata a person needs to read it."""

    key: str
    title_zh: str
    title_en: str
    columns: list
    frame: pd.DataFrame
    note_zh: str = ""
    note_en: str = ""
    extra: dict = field(default_factory=dict)

    def title(self, language="zh"):
        return self.title_zh if language == "zh" else self.title_en

    def header(self, language="zh"):
        """Column headers in one language, with units in brackets."""
        out = []
        for c in self.columns:
            text = c.zh if language == "zh" else c.en
            out.append(f"{text} ({c.unit})" if c.unit else text)
        return out


def load_object_labels(path=None):
    """Metering object id -> (zh label, en label) from metering_objects.csv."""
    path = path or os.path.join(DATA_DIR, "metering_objects.csv")
    labels = {ALL: ("合计", "Total")}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            labels[row["object"]] = (row["object_zh"], row["object_en"])
    return labels


def object_label(obj, labels, language):
    if obj is None or (isinstance(obj, float) and pd.isna(obj)):
        return ""
    zh, en = labels.get(obj, (obj, obj))
    return zh if language == "zh" else en


def _text_col(name, zh, en):
    return Column(name, zh, en, "", FMT_TEXT)


def _num(frame, name):
    """A numeric column, missing values as 0 (a piece absent in a year holds no stock)."""
    if name not in frame.columns:
        return pd.Series(0.0, index=frame.index)
    return pd.to_numeric(frame[name], errors="coerce").fillna(0.0)


class ReportInputError(MeteringError):
    """An input table lacks fields (kind ``report_missing_fields``): ``table`` (stock, change_matrix,
    plots, density, uncertainty, histogram), ``label`` (the year label of a density table, else "")
    and ``fields`` (missing names)."""

    def __init__(self, table, fields, label=""):
        super().__init__("report_missing_fields", table=table, fields=list(fields), label=label)
        self.table, self.fields, self.label = table, list(fields), label


def _check_columns(frame, needed, table, label=""):
    missing = [c for c in needed if c not in frame.columns]
    if missing:
        raise ReportInputError(table, missing, label)


STOCK_PIECE_FIELDS = ("county", "base_object", "target_object", "change_flag", "area_m2")


def piece_frame(pieces):
    """Normalise the parcel_stock pieces: numeric stocks, text objects, area in ha."""
    needed = list(STOCK_PIECE_FIELDS) + ["dc_per_year_tc", "sink_tco2e"]
    needed += [stock_column(r, p) for r in ("base", "target") for p in POOLS_WITH_TOTAL]
    _check_columns(pieces, needed, "stock")
    frame = pd.DataFrame(index=pieces.index)
    frame["county"] = pieces["county"].fillna("").astype(str)
    frame["base_object"] = pieces["base_object"].where(pieces["base_object"].notna(), None)
    frame["target_object"] = pieces["target_object"].where(pieces["target_object"].notna(), None)
    frame["change_flag"] = pd.to_numeric(pieces["change_flag"], errors="coerce").fillna(-1).astype(int)
    frame["area_ha"] = _num(pieces, "area_m2") / 10000.0
    for pool in POOLS_WITH_TOTAL:
        frame[stock_column("base", pool)] = _num(pieces, stock_column("base", pool))
        frame[stock_column("target", pool)] = _num(pieces, stock_column("target", pool))
    frame["dc_per_year_tc"] = _num(pieces, "dc_per_year_tc")
    frame["sink_tco2e"] = _num(pieces, "sink_tco2e")
    # Flag 3 (target only) has no base-year stock, flag 2 (base only) no metering-year stock.
    frame["in_base"] = frame["change_flag"].isin([0, 1, 2]) & frame["base_object"].notna()
    frame["in_target"] = frame["change_flag"].isin([0, 1, 3]) & frame["target_object"].notna()
    return frame


def _with_totals(frame, group_cols, value_cols):
    """Append per-first-key subtotal rows (other keys = ALL) and a grand total row."""
    parts = []
    first = group_cols[0]
    for key, sub in frame.groupby(first, sort=True):
        parts.append(sub.sort_values(group_cols[1:]) if len(group_cols) > 1 else sub)
        if len(group_cols) > 1:
            total = {c: ALL for c in group_cols[1:]}
            total[first] = key
            total.update({c: sub[c].sum() for c in value_cols})
            parts.append(pd.DataFrame([total]))
    grand = {c: ALL for c in group_cols}
    grand.update({c: frame[c].sum() for c in value_cols})
    parts.append(pd.DataFrame([grand]))
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=group_cols + value_cols)
    return out[group_cols + value_cols]


def county_totals(pieces):
    """Per county and for all counties: area, stock at both years (t C), ΔC (t C/a), removals (t CO2e/a)."""
    f = piece_frame(pieces)
    f["area_base_ha"] = f["area_ha"].where(f["in_base"], 0.0)
    f["area_target_ha"] = f["area_ha"].where(f["in_target"], 0.0)
    values = ["area_base_ha", "area_target_ha", "stock_base_total_tc", "stock_target_total_tc", "dc_per_year_tc",
              "sink_tco2e"]
    grouped = f.groupby("county", as_index=False)[values].sum()
    return _with_totals(grouped, ["county"], values)


def county_totals_table(pieces, language="zh"):
    frame = county_totals(pieces).rename(
        columns={"stock_base_total_tc": "stock_base_tc", "stock_target_total_tc": "stock_target_tc",
                 "dc_per_year_tc": "dc_per_year_tc", "sink_tco2e": "sink_tco2e"}
    )
    columns = [
        _text_col("county", "县级行政区", "County"),
        Column("area_base_ha", "基准年面积", "Area, base year", "ha", FMT_AREA),
        Column("area_target_ha", "计量年面积", "Area, metering year", "ha", FMT_AREA),
        Column("stock_base_tc", "基准年碳储量", "Stock, base year", "t C", FMT_STOCK),
        Column("stock_target_tc", "计量年碳储量", "Stock, metering year", "t C", FMT_STOCK),
        Column("dc_per_year_tc", "年碳储量变化", "Stock change per year", "t C/a", FMT_STOCK),
        Column("sink_tco2e", "碳汇量", "Sink", "t CO2e/a", FMT_STOCK),
    ]
    return ReportTable(
        "summary", "县级碳储量与碳汇量汇总", "County totals of carbon stock and sink", columns, frame,
        "碳汇量为正表示从大气中清除二氧化碳。", "A positive sink means CO2 removed from the atmosphere.",
    )


def stock_by_county_object(pieces, language="zh", labels=None):
    """Appendix F form: stock per county × object × pool at the base and the metering year (t C).

    The base-year stock of a piece counts under its base object, the metering-year
    stock under its target object.
    """
    labels = labels or load_object_labels()
    f = piece_frame(pieces)
    base_cols = [stock_column("base", p) for p in POOLS_WITH_TOTAL]
    target_cols = [stock_column("target", p) for p in POOLS_WITH_TOTAL]
    base = f[f["in_base"]].rename(columns={"base_object": "object", "area_ha": "area_base_ha"})
    base = base.groupby(["county", "object"], as_index=False)[["area_base_ha"] + base_cols].sum()
    target = f[f["in_target"]].rename(columns={"target_object": "object", "area_ha": "area_target_ha"})
    target = target.groupby(["county", "object"], as_index=False)[["area_target_ha"] + target_cols].sum()
    merged = base.merge(target, on=["county", "object"], how="outer")
    values = ["area_base_ha"] + base_cols + ["area_target_ha"] + target_cols
    merged[values] = merged[values].fillna(0.0)
    merged["change_tc"] = merged["stock_target_total_tc"] - merged["stock_base_total_tc"]
    values.append("change_tc")
    frame = _with_totals(merged, ["county", "object"], values)
    frame.insert(2, "object_name", [object_label(o, labels, language) for o in frame["object"]])
    columns = [
        _text_col("county", "县级行政区", "County"),
        _text_col("object_name", "计量对象", "Metering object"),
        Column("area_base_ha", "基准年面积", "Area, base year", "ha", FMT_AREA),
    ]
    for pool in POOLS_WITH_TOTAL:
        zh, en = POOL_LABELS[pool]
        columns.append(
            Column(stock_column("base", pool), f"基准年{zh}碳储量", f"Base-year stock, {en.lower()}", "t C", FMT_STOCK)
        )
    columns.append(Column("area_target_ha", "计量年面积", "Area, metering year", "ha", FMT_AREA))
    for pool in POOLS_WITH_TOTAL:
        zh, en = POOL_LABELS[pool]
        columns.append(
            Column(stock_column("target", pool), f"计量年{zh}碳储量", f"Metering-year stock, {en.lower()}", "t C",
                   FMT_STOCK)
        )
    columns.append(Column("change_tc", "碳储量变化", "Stock change", "t C", FMT_STOCK))
    return ReportTable(
        "stock", "分县分计量对象碳储量（基准年与计量年）",
        "Carbon stock by county, metering object and pool (base and metering year)", columns, frame,
        "基准年碳储量按基准年计量对象统计，计量年碳储量按计量年计量对象统计。",
        "Base-year stock counted under the base-year object, metering-year stock under the metering-year object.",
    )


def sink_by_county_object(pieces, language="zh", labels=None):
    """Sink per county × change group × object (t C/a, t CO2e/a), unchanged and changed apart.

    Changed pieces are reported under their metering-year object (IPCC "land
    converted to X"); base-only pieces under their base-year object.
    """
    labels = labels or load_object_labels()
    f = piece_frame(pieces)
    f["change_group"] = f["change_flag"].map(lambda v: "unchanged" if v == 0 else "changed")
    f["object"] = f["target_object"].where(f["target_object"].notna(), f["base_object"])
    f["object"] = f["object"].fillna("unmapped")
    values = ["area_ha", "stock_base_total_tc", "stock_target_total_tc", "dc_per_year_tc", "sink_tco2e"]
    grouped = f.groupby(["county", "change_group", "object"], as_index=False)[values].sum()
    parts = []
    for county, sub in grouped.groupby("county", sort=True):
        for group in ("unchanged", "changed"):
            rows = sub[sub["change_group"] == group].sort_values("object")
            if len(rows):
                parts.append(rows)
                total = {"county": county, "change_group": group, "object": ALL}
                total.update({c: rows[c].sum() for c in values})
                parts.append(pd.DataFrame([total]))
        total = {"county": county, "change_group": "all", "object": ALL}
        total.update({c: sub[c].sum() for c in values})
        parts.append(pd.DataFrame([total]))
    for group in ("unchanged", "changed", "all"):
        rows = grouped if group == "all" else grouped[grouped["change_group"] == group]
        total = {"county": ALL, "change_group": group, "object": ALL}
        total.update({c: rows[c].sum() for c in values})
        parts.append(pd.DataFrame([total]))
    frame = pd.concat(parts, ignore_index=True)[["county", "change_group", "object"] + values]
    frame = frame.rename(columns={"stock_base_total_tc": "stock_base_tc", "stock_target_total_tc": "stock_target_tc",
                                  "dc_per_year_tc": "dc_per_year_tc", "sink_tco2e": "sink_tco2e"})
    frame.insert(3, "object_name", [object_label(o, labels, language) for o in frame["object"]])
    frame.insert(2, "change_group_name", [
        CHANGE_GROUP_LABELS[g][0 if language == "zh" else 1] for g in frame["change_group"]
    ])
    columns = [
        _text_col("county", "县级行政区", "County"),
        _text_col("change_group_name", "变化类别", "Change group"),
        _text_col("object_name", "计量对象", "Metering object"),
        Column("area_ha", "面积", "Area", "ha", FMT_AREA),
        Column("stock_base_tc", "基准年碳储量", "Stock, base year", "t C", FMT_STOCK),
        Column("stock_target_tc", "计量年碳储量", "Stock, metering year", "t C", FMT_STOCK),
        Column("dc_per_year_tc", "年碳储量变化", "Stock change per year", "t C/a", FMT_STOCK),
        Column("sink_tco2e", "碳汇量", "Sink", "t CO2e/a", FMT_STOCK),
    ]
    return ReportTable(
        "sink", "分县分计量对象碳汇量", "Carbon sink by county and metering object", columns, frame,
        "变化图斑按计量年计量对象统计（IPCC：转化为某类的土地计入该类）。",
        "Changed pieces are reported under their metering-year object (IPCC: land converted to X under X).",
    )


def change_matrix(pieces=None, matrix=None, language="zh", labels=None):
    """Area (ha) by base object (rows) × target object (columns), with row and column totals.

    Taken from parcel_change's CHANGE_MATRIX (rows with level = object) when
    given, else summed from the pieces.
    """
    labels = labels or load_object_labels()
    if matrix is not None and len(matrix):
        _check_columns(matrix, ["level", "base", "target", "area_ha"], "change_matrix")
        long = matrix[matrix["level"].astype(str) == "object"][["base", "target", "area_ha"]].copy()
        long["area_ha"] = pd.to_numeric(long["area_ha"], errors="coerce").fillna(0.0)
    else:
        f = piece_frame(pieces)
        long = pd.DataFrame({
            "base": f["base_object"].fillna("(none)"),
            "target": f["target_object"].fillna("(none)"),
            "area_ha": f["area_ha"],
        })
    long["base"] = long["base"].fillna("(none)").astype(str)
    long["target"] = long["target"].fillna("(none)").astype(str)
    wide = long.pivot_table(index="base", columns="target", values="area_ha", aggfunc="sum", fill_value=0.0)
    wide[ALL] = wide.sum(axis=1)
    wide.loc[ALL] = wide.sum(axis=0)
    wide = wide.reset_index().rename(columns={"base": "base_object"})
    wide.columns.name = None
    wide.insert(1, "base_name", [
        ("（无）" if language == "zh" else "(none)") if o == "(none)" else object_label(o, labels, language)
        for o in wide["base_object"]])
    columns = [_text_col("base_name", "基准年计量对象", "Base-year object")]
    for name in wide.columns[2:]:
        zh, en = ("（无）", "(none)") if name == "(none)" else labels.get(name, (name, name))
        columns.append(Column(name, f"计量年：{zh}", f"Metering year: {en}", "", FMT_AREA))
    return ReportTable(
        "change_matrix", "地类（计量对象）变化矩阵（ha）", "Change matrix of metering objects (ha)", columns, wide,
        "行：基准年计量对象；列：计量年计量对象；单位 ha。",
        "Rows: base-year object; columns: metering-year object; ha.",
    )


def plot_summary(plots, language="zh", labels=None):
    """Plots per survey year × object: number of plots and mean density per pool (t C/ha)."""
    labels = labels or load_object_labels()
    _check_columns(plots, ["object"] + list(POOLS_WITH_TOTAL), "plots")
    f = plots.copy()
    if "survey_year" not in f.columns:
        f["survey_year"] = None
    f["survey_year"] = f["survey_year"].map(lambda v: "" if v is None or pd.isna(v) else str(int(v)))
    f["object"] = f["object"].fillna("unmapped").astype(str)
    for pool in POOLS_WITH_TOTAL:
        f[pool] = pd.to_numeric(f[pool], errors="coerce")
    grouped = f.groupby(["survey_year", "object"])
    frame = grouped[list(POOLS_WITH_TOTAL)].mean().reset_index()
    frame.insert(2, "n", grouped.size().values)
    frame.insert(2, "object_name", [object_label(o, labels, language) for o in frame["object"]])
    columns = [_text_col("survey_year", "调查年度", "Survey year"),
               _text_col("object_name", "计量对象", "Metering object"),
               Column("n", "样地数", "Plots", "", FMT_INT)]
    for pool in POOLS_WITH_TOTAL:
        zh, en = POOL_LABELS[pool]
        columns.append(Column(pool, f"{zh}平均碳密度", f"Mean density, {en.lower()}", "t C/ha", FMT_DENSITY))
    return ReportTable("plots", "样地碳密度汇总", "Plot carbon density summary", columns, frame)


DENSITY_COLUMNS = [
    ("stratum", "层", "Stratum", "", FMT_TEXT),
    ("object", "计量对象", "Metering object", "", FMT_TEXT),
    ("stratum_value", "分层取值", "Stratum value", "", FMT_TEXT),
    ("pool", "碳库", "Pool", "", FMT_TEXT),
    ("n", "样地数", "Plots n", "", FMT_INT),
    ("mean", "平均碳密度", "Mean density", "t C/ha", FMT_DENSITY),
    ("sd", "标准差", "Standard deviation", "t C/ha", FMT_DENSITY),
    ("se", "标准误", "Standard error", "t C/ha", FMT_DENSITY),
    ("half_width", "置信区间半宽", "Confidence half-width", "t C/ha", FMT_DENSITY),
    ("u_pct", "不确定度", "Uncertainty U", "%", FMT_PCT),
    ("source", "来源", "Source", "", FMT_TEXT),
    ("n_required", "所需样地数", "Plots required", "", FMT_INT),
    ("note", "说明", "Note", "", FMT_TEXT),
]

#: Facts parcel_stock / uncertainty record on every row (years, density tables and their
#: checksums): the provenance holds them, the result sheets do not repeat them per row.
#: Facts the steps write on their rows for later steps and the provenance, not shown in the tables.
FACT_COLUMNS = v.STOCK_FACT_COLUMNS + (v.AREA_METHOD, v.CONFIDENCE_PCT) + v.UNCERTAINTY_RUN_COLUMNS


def stratum_densities(tables):
    """stratum_density outputs ({label: frame}, e.g. base/metering year) as one long table."""
    parts = []
    for label, frame in tables.items():
        if frame is None:
            continue
        _check_columns(frame, ["stratum", "pool", "mean"], "density", label)
        part = frame.drop(columns=[c for c in ("fid",) if c in frame.columns]).copy()
        part.insert(0, "table", label)
        parts.append(part)
    frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=["table"])
    columns = [_text_col("table", "年度", "Year")]
    known = {c[0] for c in DENSITY_COLUMNS}
    for name, zh, en, unit, fmt in DENSITY_COLUMNS:
        if name in frame.columns:
            columns.append(Column(name, zh, en, unit, fmt))
    # survey_year (the year the table was computed for) is what the column "table" (年度) already says
    columns += [Column(c, c, c) for c in frame.columns
                if c not in known and c not in ("table", "survey_year") and c not in FACT_COLUMNS]
    return ReportTable(
        "density", "分层碳密度及其不确定度", "Stratum carbon densities with uncertainty", columns, frame,
        "来源：样地实测 = 由本次样地计算，缺省值 = 缺省碳密度表（其中待核实或占位的取值另列一表）。",
        "Source: measured plots = computed from this run's plots; default value = the default-density table "
        "(its unverified or placeholder values are listed in a table of their own).",
    )


UNCERTAINTY_COLUMNS = [
    ("level", "层级", "Level", "", FMT_TEXT),
    ("name", "名称", "Name", "", FMT_TEXT),
    ("quantity", "量", "Quantity", "", FMT_TEXT),
    ("estimate", "估计值", "Estimate", "t C | t CO2e/a", FMT_STOCK),
    ("u1_pct", "不确定度（方法1）", "U, approach 1", "%", FMT_PCT),
    ("mc_mean", "蒙特卡洛均值", "Monte Carlo mean", "t C | t CO2e/a", FMT_STOCK),
    ("mc_p2_5", "2.5%分位数", "2.5th percentile", "t C | t CO2e/a", FMT_STOCK),
    ("mc_p97_5", "97.5%分位数", "97.5th percentile", "t C | t CO2e/a", FMT_STOCK),
    ("u2_pct", "不确定度（方法2）", "U, approach 2", "%", FMT_PCT),
    ("u2_low_pct", "下侧不确定度（方法2）", "Lower U, approach 2", "%", FMT_PCT),
    ("u2_high_pct", "上侧不确定度（方法2）", "Upper U, approach 2", "%", FMT_PCT),
    ("discount_u_pct", "90%置信水平不确定度", "U at 90 % confidence", "%", FMT_PCT),
    ("discount_share", "扣减比例", "Share deducted", "", "0.00"),
    ("discount", "保守性扣减", "Conservativeness discount", "t CO2e/a", FMT_STOCK),
    ("conservative", "保守碳汇量", "Conservative sink", "t CO2e/a", FMT_STOCK),
    ("unit", "单位", "Unit", "", FMT_TEXT),
]


def _generic_columns(frame, spec):
    known = {c[0] for c in spec}
    columns = [Column(*c) for c in spec if c[0] in frame.columns]
    for name in frame.columns:
        if name not in known and name != "fid" and name not in FACT_COLUMNS:
            kind = frame[name].dtype.kind
            columns.append(Column(name, name, name, "", FMT_STOCK if kind == "f" else ""))
    return columns


def uncertainty_table(frame):
    """The uncertainty algorithm's OUTPUT (IPCC 2006 GL vol. 1 ch. 3, approaches 1 and 2)."""
    _check_columns(frame, ["level", "name", "quantity", "estimate"], "uncertainty")
    columns = _generic_columns(frame, UNCERTAINTY_COLUMNS)
    return ReportTable(
        "uncertainty", "不确定度评定结果", "Uncertainty results", columns, frame[[c.name for c in columns]],
        "碳储量单位 t C，碳汇量单位 t CO2e/a；U 为95%置信区间半宽占估计值的百分比。“碳汇量（上报）”为上报碳汇量"
        "（所用估计方法：有碳密度变化表时未变化图斑取固定样地配对变化量，否则为两期碳储量之差）；“碳汇量（两期独立）”"
        "为按两期独立样本计算的碳汇量及其不确定度，供比较。",
        "Stocks in t C, sinks in t CO2e/a; U = half the 95 % interval as % of the estimate. \"Sink (filed)\" is "
        "the filed sink (the estimator used: the paired change of permanent plots on unchanged pieces when a "
        "change table was given, else the stock difference); \"Sink (years independent)\" is the sink and its U "
        "under independent samples of the two years, for comparison.",
    )


def histogram_table(frame):
    """The Monte Carlo histogram of the total sink (bin bounds t CO2e/a, counts)."""
    _check_columns(frame, ["bin_low", "bin_high", "count"], "histogram")
    columns = [Column("bin_low", "组下限", "Bin low", "t CO2e/a", FMT_STOCK),
               Column("bin_high", "组上限", "Bin high", "t CO2e/a", FMT_STOCK),
               Column("count", "频数", "Count", "", FMT_INT)]
    out = frame[["bin_low", "bin_high", "count"]].copy()
    return ReportTable("histogram", "碳汇量蒙特卡洛分布", "Monte Carlo distribution of the total sink", columns, out)


SUMMARY_COLUMNS = [
    ("county", "县级行政区", "County", "", FMT_TEXT),
    ("object", "计量对象", "Metering object", "", FMT_TEXT),
    ("pool", "碳库", "Pool", "", FMT_TEXT),
    ("change_group", "变化类别", "Change group", "", FMT_TEXT),
    ("n_pieces", "图斑数", "Pieces", "", FMT_INT),
    ("area_ha", "面积", "Area", "ha", FMT_AREA),
    ("stock_base_tc", "基准年碳储量", "Stock, base year", "t C", FMT_STOCK),
    ("stock_target_tc", "计量年碳储量", "Stock, metering year", "t C", FMT_STOCK),
    ("dc_per_year_tc", "年碳储量变化", "Stock change per year", "t C/a", FMT_STOCK),
    ("sink_tco2e", "碳汇量", "Sink", "t CO2e/a", FMT_STOCK),
]


def stock_summary_table(frame):
    """parcel_stock's SUMMARY table, shown as it came (county × object × pool × change group)."""
    columns = _generic_columns(frame, SUMMARY_COLUMNS)
    return ReportTable(
        "stock_summary", "碳储量与碳汇量分类汇总（parcel_stock）",
        "Stock and sink summary by county, object and pool (parcel_stock)", columns,
        frame[[c.name for c in columns]],
    )
