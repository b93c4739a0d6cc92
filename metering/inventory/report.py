"""The urban monitoring system's report sections (metering/report_sections.py protocol).

``carbon_balance``: the carbonmeter:carbon_balance OUTPUT (report_section = carbon_balance), one
row per region and year, as one workbook sheet and one PDF section of export_report (SECTIONS).
"""

from ..errors import MeteringError
from ..report_sections import ReportSection, labelled, numeric_columns
from ..report_tables import FMT_INT, FMT_STOCK, FMT_TEXT
from ..vocabulary import ALL, BALANCE_COLUMNS, Language
from .balance import NONE_SOURCE, SECTION_KEY

#: The shown columns (id, zh, en, unit, Excel format), as report_tables heads the parcel tables.
COLUMNS = (
    ("region", "区域", "Region", "", FMT_TEXT),
    ("name", "名称", "Name", "", FMT_TEXT),
    ("level", "层级", "Level", "", FMT_TEXT),
    ("year", "年份", "Year", "", FMT_INT),
    ("emission_tco2e", "碳排放", "Emissions", "t CO2e", FMT_STOCK),
    ("reduction_tco2e", "碳减排", "Reductions", "t CO2e", FMT_STOCK),
    ("sink_tco2e", "碳汇", "Sink", "t CO2e", FMT_STOCK),
    ("sink_source", "碳汇来源", "Sink source", "", FMT_TEXT),
    ("net_emission_tco2e", "净排放", "Net emission", "t CO2e", FMT_STOCK),
    ("u_net_pct", "净排放不确定度", "U of the net emission", "%", FMT_STOCK),
    ("sink_emission_ratio", "碳汇/排放比", "Sink / emission ratio", "", "0.000"),
    ("net_change_pct", "净排放同比变化", "Net emission, change on the previous year", "%", FMT_STOCK),
)
_LABELS = {c[0]: (c[1], c[2]) for c in COLUMNS}
_NUMBERS = ("emission_tco2e", "reduction_tco2e", "reduction_excluded_tco2e", "sink_tco2e", "net_emission_tco2e",
            "u_net_pct", "sink_emission_ratio", "net_change_pct", "year", "u_emission_pct")
_LEVEL_WORDS = {"city": ("市", "city"), "district": ("区/县", "district/county"), "park": ("园区", "park")}
#: What a sink came from (balance.sink_rows ``kind``), in words; the key follows in brackets.
_KIND_WORDS = {
    "uncertainty": ("地块碳汇计量（不确定度表）", "parcel metering (uncertainty table)"),
    "stock_summary": ("地块碳汇计量（汇总表）", "parcel metering (summary table)"),
    "district_sink": ("遥感分区碳汇", "remote-sensing district sink"),
}
_KEY_WORDS = {"total": ("全域", "whole area"), ALL: ("合计", "total")}
_NO_SINK = ("无碳汇", "no sink")
#: Internal codes of this section (report_sections.section_codes): the carbon_balance columns and the
#: codes its cells hold, which the Chinese report shows in words.
CODES = frozenset(BALANCE_COLUMNS) | set(_LEVEL_WORDS) | set(_KIND_WORDS) | {NONE_SOURCE, "location", "market"}


def sink_source_words(source, key, kind, zh):
    """The sink source of a row in words: 遥感分区碳汇（420116）, 地块碳汇计量（不确定度表）（全域）.

    ``kind`` is balance.sink_rows' kind (a table of another kind is named by its own name, the
    user's); ``key`` the row of that table (a region or county code, ``total``).
    """
    source, key, kind = (str(v).strip() if v is not None and v == v else "" for v in (source, key, kind))
    if source.lower() == NONE_SOURCE or (not source and not kind):
        return _NO_SINK[0 if zh else 1]
    word = _KIND_WORDS[kind][0 if zh else 1] if kind in _KIND_WORDS else source
    if key:
        word += ("（{0}）" if zh else " ({0})").format(_KEY_WORDS[key][0 if zh else 1] if key in _KEY_WORDS else key)
    return word


def build_carbon_balance(frame, language):
    """The carbon_balance section: regions × years (city first), with the method notes."""
    zh = Language.parse(language) is Language.ZH
    need = [c for c in _LABELS if c != "name"] + ["name_zh", "name_en", "reduction_excluded_tco2e", "basis",
                                                  "u_emission_pct"]
    missing = [c for c in need if c not in frame.columns]
    if missing:
        raise MeteringError("missing_fields", layer=SECTION_KEY, fields=missing)
    frame = numeric_columns(frame, list(_NUMBERS), SECTION_KEY)
    frame["year"] = frame["year"].round().astype("Int64")
    frame["name"] = [(z if zh else e) or (e if zh else z) for z, e in
                     zip(frame["name_zh"].fillna("").astype(str), frame["name_en"].fillna("").astype(str))]
    frame["level"] = [_LEVEL_WORDS.get(str(v), (str(v), str(v)))[0 if zh else 1] for v in frame["level"]]
    kinds = frame["sink_kind"] if "sink_kind" in frame.columns else [""] * len(frame)
    keys = frame["sink_key"] if "sink_key" in frame.columns else [""] * len(frame)
    frame["sink_source"] = [sink_source_words(s, k, t, zh) for s, k, t in zip(frame["sink_source"], keys, kinds)]
    shown, columns, fmt = labelled(frame, COLUMNS, language)
    years = sorted({int(y) for y in frame["year"].dropna()})
    span = "–".join(str(y) for y in (years[:1] + years[-1:] if len(years) > 1 else years))
    basis = ", ".join(sorted(set(frame["basis"].astype(str))))
    u_e = sorted({float(u) for u in frame["u_emission_pct"].dropna()})
    excluded = -float(frame["reduction_excluded_tco2e"].sum())  # R3 is negative: the amount left out
    if zh:
        title = "城市碳收支平衡（T/CI 231—2023，{0} 年）".format(span)
        basis_zh = {"location": "位置", "market": "市场"}.get(basis, basis)
        notes = [
            "净排放 = 碳排放 + 碳减排（负值）− 碳汇；碳汇/排放比 ≥ 1 即碳收支平衡（T/CI 231—2023 第 3.4 条、"
            "第 5 章表 1、第 6.1 条）。电力排放按{0}法。".format(basis_zh),
            "每个区域的碳汇只取自一个来源（来源对照表），同一片森林不重复计入；有碳汇的区域不计环境建设类减排（R3），"
            "本表共剔除 {0:,.2f} t CO2e。".format(excluded),
            "不确定度按 IPCC 2006 第 1 卷第 3 章方法 1 的加和公式（式 3.2）合成，各项独立；排放不确定度取 {0}。".format(
                "、".join("{0:g} %".format(u) for u in u_e) if u_e else "未给出"),
        ]
    else:
        title = "Urban carbon balance (T/CI 231—2023, {0})".format(span)
        notes = [
            "Net emission = emissions + reductions (negative) − sink; a sink/emission ratio of 1 or more is a "
            "balance (T/CI 231—2023 3.4, section 5 table 1, 6.1). Electricity emissions {0}-based.".format(basis),
            "Each region takes its sink from one source (the source map), so no forest is counted twice; where a "
            "region has a sink, environmental-construction reductions (R3) are left out: {0:,.2f} t CO2e in this "
            "table.".format(excluded),
            "Uncertainty by IPCC 2006 GL vol. 1 ch. 3 Approach 1, sum rule (eq. 3.2), terms independent; "
            "U of the emissions: {0}.".format(", ".join("{0:g} %".format(u) for u in u_e) if u_e else "not given"),
        ]
    return ReportSection(SECTION_KEY, title, shown.reset_index(drop=True), notes, fmt, sheet_name=SECTION_KEY,
                         columns=columns)


BUILDERS = {SECTION_KEY: build_carbon_balance}

__all__ = ["BUILDERS", "CODES", "COLUMNS", "build_carbon_balance", "sink_source_words"]
