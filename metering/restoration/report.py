"""The restoration system's report sections (metering/report_sections.py protocol).

The restoration_benefit section sums the units by restoration type, current object and object
with the measure (the per-unit rows stay in the benefit layer and table): names in the report's
language, a total row, and notes on the method, the baseline and the ±10 % plot check. The
restoration_accuracy section is the STATISTICS table of accuracy_assessment: overall accuracy with
its interval and the pass/fail verdict against the required accuracy (guideline 004 §4(一): 85 %),
kappa, user's and producer's accuracy per class.
"""

import csv
import os

import pandas as pd

from ..errors import MeteringError
from ..report_sections import ReportSection, labelled, numeric_columns
from ..report_tables import FMT_AREA, FMT_INT, FMT_PCT, FMT_STOCK, FMT_TEXT, load_object_labels, object_label
from ..vocabulary import Language, TrendClass
from .benefit import COLUMNS as BENEFIT_COLUMNS
from .benefit import DEVIATION_LIMIT_PCT, SECTION_KEY
from .rules import CONSTRAINTS, RESTORATION_TYPES

#: The report section of accuracy_assessment's STATISTICS table.
ACCURACY_SECTION = "restoration_accuracy"
#: The names of the restoration types and trend classes (kind, code, zh, en, source).
NAMES_CSV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "restoration_names.csv")


def _names(kind):
    with open(NAMES_CSV, encoding="utf-8", newline="") as handle:
        return {row["code"]: (row["zh"], row["en"]) for row in csv.DictReader(handle) if row["kind"] == kind}


#: Trend classes (vocabulary.TrendClass, ndvi_trend band 6) by their value: (zh, en).
TREND_LABELS = _names("trend_class")
#: Restoration types (rules.RESTORATION_TYPES; guideline 004 §6 scope list): (zh, en).
TYPE_LABELS = _names("restoration_type")

#: The benefit section's columns (id, zh, en, unit, Excel format), as report_tables heads the parcel tables.
COLUMNS = (
    ("restoration_type", "修复类型", "Restoration type", "", FMT_TEXT),
    ("baseline_object", "现状（基线）对象", "Current (baseline) object", "", FMT_TEXT),
    ("with_object", "修复目标对象", "Object with the measure", "", FMT_TEXT),
    ("units", "单元数", "Units", "", FMT_INT),
    ("area_ha", "面积", "Area", "ha", FMT_AREA),
    ("stock_baseline_tc", "无措施基线碳储量", "Baseline stock without the measure", "t C", FMT_STOCK),
    ("stock_with_tc", "有措施碳储量", "Stock with the measure", "t C", FMT_STOCK),
    ("benefit_tc", "固碳增汇量", "Carbon benefit", "t C", FMT_STOCK),
    ("sink_increase_tco2e_per_year", "年增汇量", "Annual sink increase", "t CO2e/a", FMT_STOCK),
)
#: The accuracy section's columns.
ACCURACY_COLUMNS = (
    ("measure", "指标", "Measure", "", FMT_TEXT),
    ("class", "类别", "Class", "", FMT_TEXT),
    ("value", "估计值", "Estimate", "%", FMT_PCT),
    ("low", "区间下限", "Lower bound", "%", FMT_PCT),
    ("high", "区间上限", "Upper bound", "%", FMT_PCT),
)
#: accuracy_assessment STATISTICS columns and measures.
STATISTICS_COLUMNS = ("measure", "class", "value", "se", "low", "high", "passed", "required_pct", "confidence_pct")
MEASURES = {"overall": ("总体精度", "Overall accuracy"), "kappa": ("Kappa 系数", "Kappa"),
            "users": ("用户精度", "User's accuracy"), "producers": ("生产者精度", "Producer's accuracy")}
_KEYS = ("restoration_type", "baseline_object", "with_object")
_NUMBERS = ("area_ha", "stock_baseline_tc", "stock_with_tc", "benefit_tc", "sink_increase_tco2e_per_year")
#: Internal codes of these sections (report_sections.section_codes): the benefit and STATISTICS columns,
#: the restoration types, trend classes, constraints and the codes of the benefit table's cells, which the
#: Chinese report shows in words.
CODES = (frozenset(BENEFIT_COLUMNS) | set(STATISTICS_COLUMNS) | set(MEASURES) | set(RESTORATION_TYPES)
         | {m.name.lower() for m in TrendClass} | set(CONSTRAINTS)
         | {"kept_current", "degrading", ACCURACY_SECTION})


def type_label(value, language):
    """A restoration type in words (森林保护修复 / Forest restoration); an unknown value as it is."""
    zh, en = TYPE_LABELS.get(str(value), (str(value), str(value)))
    return zh if Language.parse(language) is Language.ZH else en


def class_label(value, language):
    """An accuracy class in words: a trend class value (2 → 显著增加) or a restoration type by its name;
    another class (the user's map codes) as it is."""
    code = "" if value is None or pd.isna(value) else str(value).strip()
    if code.endswith(".0"):
        code = code[:-2]
    label = TREND_LABELS.get(code) or TYPE_LABELS.get(code)
    return label[0 if Language.parse(language) is Language.ZH else 1] if label else code


def build_restoration_benefit(frame, language):
    """The restoration_benefit section: one row per type × current object × object with the measure, a total
    and the method notes."""
    zh = Language.parse(language) is Language.ZH
    lang = "zh" if zh else "en"
    required = list(_KEYS) + list(_NUMBERS) + ["start_year", "horizon_year", "transition_years"]
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise MeteringError("missing_fields", layer=SECTION_KEY, fields=missing)
    optional = [c for c in ("plots", "deviation_flag") if c in frame.columns]
    frame = numeric_columns(frame, list(_NUMBERS) + ["start_year", "horizon_year", "transition_years"] + optional,
                            SECTION_KEY)
    frame = frame.assign(units=1)
    for c in _KEYS:
        frame[c] = frame[c].fillna("").astype(str)
    grouped = frame.groupby(list(_KEYS), sort=True)[["units"] + list(_NUMBERS)].sum().reset_index()
    grouped = grouped.sort_values(["restoration_type", "benefit_tc"], ascending=[True, False])
    objects = load_object_labels()
    grouped["restoration_type"] = [type_label(t, lang) for t in grouped["restoration_type"]]
    for c in ("baseline_object", "with_object"):
        grouped[c] = [object_label(o, objects, lang) for o in grouped[c]]
    shown, columns, fmt = labelled(grouped, COLUMNS, language)
    total = {shown.columns[0]: "合计" if zh else "Total", shown.columns[3]: int(frame["units"].sum())}
    for c in _NUMBERS:
        total[shown.columns[[spec[0] for spec in COLUMNS].index(c)]] = float(frame[c].sum())
    shown = pd.concat([shown.reset_index(drop=True), pd.DataFrame([total])], ignore_index=True)
    start, horizon = int(frame["start_year"].min()), int(frame["horizon_year"].max())
    period = float(frame["transition_years"].iloc[0])
    degrading = int((frame["baseline"] == "degrading").sum()) if "baseline" in frame.columns else 0
    kept = int((frame["with_rule"] == "kept_current").sum()) if "with_rule" in frame.columns else 0
    with_plots = int((frame["plots"] > 0).sum()) if "plots" in frame.columns else 0
    # the limit restoration_benefit used (DEVIATION_LIMIT), written into its table
    given = pd.to_numeric(frame.get("deviation_limit_pct", pd.Series([], dtype=float)), errors="coerce").dropna()
    limit = float(given.iloc[0]) if len(given) else DEVIATION_LIMIT_PCT
    flagged = int(frame.loc[frame["plots"] > 0, "deviation_flag"].sum()) if with_plots and \
        "deviation_flag" in frame.columns else 0
    if zh:
        title = "生态修复固碳增汇效益（{0}–{1} 年）".format(start, horizon)
        notes = ["增汇量 = 有修复措施的碳储量 − 无措施基线碳储量（{0}–{1} 年，储量差法，"
                 "IPCC 2006 第 4 卷第 2 章式 2.5，采用本地分层碳密度）。".format(start, horizon),
                 "有措施：修复单元自现状碳密度起，在 {0:g} 年过渡期内线性达到修复目标对象的碳密度"
                 "（各碳库；IPCC 2006 第 4 卷式 2.25）。目标对象碳密度低于现状对象时保留现状对象"
                 "（{1} 个单元），不计减汇。".format(period, kept),
                 "无措施基线：现状对象碳密度保持不变；给出退化速率的对象按该速率逐年下降（{0} 个单元）。"
                 "现状对象即为目标对象且基线不变的单元增汇量为 0。".format(degrading),
                 "样地核查：{0} 个含样地单元中 {1} 个的现状碳密度模型值与样地实测值偏差超过 ±{2:g} %"
                 "（指南：碳储量评估偏差控制在 ±10 % 以内）。".format(with_plots, flagged, limit),
                 "CO2e = C × 44/12；年增汇量 = 增汇量 ÷ 年数。逐单元结果见固碳增汇效益图层与表；方法与参数见 "
                 "docs/restoration_benefit.md。"]
    else:
        title = "Carbon benefit of ecological restoration ({0}–{1})".format(start, horizon)
        notes = ["Benefit = stock with the measure − stock without it ({0}–{1}; stock-difference method, IPCC 2006 GL "
                 "vol. 4 ch. 2 eq. 2.5, with local stratum densities).".format(start, horizon),
                 "With the measure: from its current density a unit reaches the density of the restoration type's "
                 "target object linearly over a {0:g}-year transition period (every pool; IPCC 2006 GL vol. 4 eq. "
                 "2.25). A target less dense than the current object is not used: the unit keeps its object ({1} "
                 "units), no loss is booked.".format(period, kept),
                 "Baseline without the measure: the current object's density stays constant; objects given a "
                 "degradation rate decline by it each year ({0} units). A unit whose target is its current object, "
                 "with a constant baseline, has no benefit.".format(degrading),
                 "Plot check: in {1} of {0} units with plots the modelled current density deviates from the plot "
                 "measurements beyond ±{2:g} % (guideline: stock deviation within ±10 %).".format(
                     with_plots, flagged, limit),
                 "CO2e = C × 44/12; annual sink increase = benefit / years. Per-unit results in the benefit layer and "
                 "table; method and parameters: docs/restoration_benefit.md."]
    return ReportSection(SECTION_KEY, title, shown, notes, fmt, sheet_name=SECTION_KEY, columns=columns)


def _percent(value):
    return float(value) * 100.0 if pd.notna(value) else float("nan")


def build_restoration_accuracy(frame, language):
    """The restoration_accuracy section: overall accuracy with its pass/fail verdict, kappa, user's and
    producer's accuracy per class, each with its interval (accuracy_assessment STATISTICS)."""
    zh = Language.parse(language) is Language.ZH
    missing = [c for c in ("measure", "class", "value", "low", "high", "passed", "required_pct")
               if c not in frame.columns]
    if missing:
        raise MeteringError("missing_fields", layer=ACCURACY_SECTION, fields=missing)
    frame = numeric_columns(frame, ["value", "low", "high", "passed", "required_pct"]
                            + (["confidence_pct"] if "confidence_pct" in frame.columns else []), ACCURACY_SECTION)
    rows = frame[frame["measure"].astype(str) != "kappa"].copy()  # a coefficient, not a percentage: in the notes
    rows["class"] = [class_label(c, language) for c in rows["class"]]
    rows["measure"] = [MEASURES.get(str(m), (str(m),) * 2)[0 if zh else 1] for m in rows["measure"]]
    for c in ("value", "low", "high"):
        rows[c] = [_percent(v) for v in rows[c]]
    shown, columns, fmt = labelled(rows, ACCURACY_COLUMNS, language)
    shown = shown.reset_index(drop=True)
    overall = frame[frame["measure"] == "overall"]
    if overall.empty:
        raise MeteringError("missing_fields", layer=ACCURACY_SECTION, fields=["overall"])
    o = overall.iloc[0]
    conf = frame["confidence_pct"].dropna() if "confidence_pct" in frame.columns else pd.Series([], dtype=float)
    conf_text = "{0:g} %".format(float(conf.iloc[0])) if len(conf) else ""
    passed = bool(o["passed"]) if pd.notna(o["passed"]) else None
    kappa = frame[frame["measure"] == "kappa"]
    k = kappa.iloc[0] if not kappa.empty else None
    required = float(o["required_pct"]) if pd.notna(o["required_pct"]) else 85.0
    # a map of restoration types (restoration_areas) or of trend classes (ndvi_trend): own title and sheet
    types = any(str(c).strip() in TYPE_LABELS for c in frame["class"].dropna())
    if zh:
        verdict = "达标" if passed else "未达标"
        title = "生态修复区域识别精度（修复类型）" if types else "生态修复区域识别精度"
        notes = ["总体精度 {0:.1f} %（{1} 置信区间 {2:.1f}–{3:.1f} %），要求不低于 {4:g} %（指南：识别精度达 85 % "
                 "以上）：{5}。".format(_percent(o["value"]), conf_text, _percent(o["low"]), _percent(o["high"]),
                                      required, verdict),
                 "精度按分层估计（Olofsson 等 2014，Remote Sensing of Environment 148: 42–57），以各图类面积占比加权。"
                 "NDVI 趋势类别与生态修复类型以其名称列出。误差校正面积见 AREAS 表。"]
        if k is not None:
            notes.append("Kappa 系数 {0:.3f}（区间 {1:.3f}–{2:.3f}），仅供参考（Olofsson 等不建议以其评价）。".format(
                float(k["value"]), float(k["low"]), float(k["high"])))
    else:
        verdict = "pass" if passed else "fail"
        title = ("Identification accuracy of the restoration areas (types)" if types
                 else "Identification accuracy of the restoration map")
        notes = ["Overall accuracy {0:.1f} % ({1} interval {2:.1f}–{3:.1f} %) against the required {4:g} % "
                 "(guideline: identification accuracy of 85 % and above): {5}.".format(
                     _percent(o["value"]), conf_text, _percent(o["low"]), _percent(o["high"]), required, verdict),
                 "Stratified estimates weighted by the mapped area shares (Olofsson et al. 2014, Remote Sensing of "
                 "Environment 148: 42–57). NDVI trend classes and restoration types are named. "
                 "Error-adjusted areas: the AREAS table."]
        if k is not None:
            notes.append("Kappa {0:.3f} (interval {1:.3f}–{2:.3f}), for reference only (Olofsson et al. advise "
                         "against relying on it).".format(float(k["value"]), float(k["low"]), float(k["high"])))
    return ReportSection(ACCURACY_SECTION, title, shown, notes, fmt,
                         sheet_name=ACCURACY_SECTION + ("_types" if types else ""), columns=columns)


BUILDERS = {SECTION_KEY: build_restoration_benefit, ACCURACY_SECTION: build_restoration_accuracy}
