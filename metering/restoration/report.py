"""The restoration system's report sections (metering/report_sections.py protocol)."""

import pandas as pd

from ..errors import MeteringError
from ..report_sections import ReportSection, numeric_columns
from ..vocabulary import Language
from .benefit import SECTION_KEY

_LABELS = {
    "unit": ("修复单元", "Unit"),
    "restoration_type": ("修复类型", "Restoration type"),
    "baseline_object": ("基线对象", "Baseline object"),
    "with_object": ("修复后对象", "Object with the measure"),
    "area_ha": ("面积 (ha)", "Area (ha)"),
    "stock_baseline_tc": ("基线碳储量 (t C)", "Baseline stock (t C)"),
    "stock_with_tc": ("修复后碳储量 (t C)", "Stock with the measure (t C)"),
    "benefit_tc": ("固碳增汇量 (t C)", "Carbon benefit (t C)"),
    "sink_increase_tco2e_per_year": ("年增汇量 (t CO2e/a)", "Annual sink increase (t CO2e/a)"),
}
_NUMBERS = ("area_ha", "stock_baseline_tc", "stock_with_tc", "benefit_tc", "sink_increase_tco2e_per_year")


def build_restoration_benefit(frame, language):
    """The restoration_benefit section: one row per unit and a total, with the method notes."""
    zh = Language.parse(language) is Language.ZH
    missing = [c for c in list(_LABELS) + ["start_year", "horizon_year", "transition_years"] if c not in frame.columns]
    if missing:
        raise MeteringError("missing_fields", layer=SECTION_KEY, fields=missing)
    frame = numeric_columns(frame, list(_NUMBERS) + ["start_year", "horizon_year", "transition_years"], SECTION_KEY)
    shown = frame[list(_LABELS)].copy()
    shown.columns = [_LABELS[c][0 if zh else 1] for c in _LABELS]
    total = {shown.columns[0]: "合计" if zh else "Total"}
    for c in _NUMBERS:
        total[_LABELS[c][0 if zh else 1]] = float(frame[c].sum())
    shown = pd.concat([shown, pd.DataFrame([total])], ignore_index=True)
    fmt = {_LABELS[c][0 if zh else 1]: "#,##0.00" for c in _NUMBERS}
    start, horizon = int(frame["start_year"].min()), int(frame["horizon_year"].max())
    period = float(frame["transition_years"].iloc[0])
    if zh:
        title = "生态修复固碳增汇效益（{0}–{1} 年）".format(start, horizon)
        notes = ["增汇量 = 有修复措施的碳储量 − 无措施基线碳储量（基线：现状地类延续，碳储量不变）；"
                 "储量差法（IPCC 2006 第 4 卷第 2 章）。",
                 "土壤有机碳变化在 {0:g} 年过渡期内线性分摊（IPCC 2006 第 4 卷式 2.25）；"
                 "CO2e = C × 44/12。".format(period),
                 "方法与参数见 docs/restoration_benefit.md。"]
    else:
        title = "Carbon benefit of ecological restoration ({0}–{1})".format(start, horizon)
        notes = ["Benefit = stock with the measure − stock without (baseline: the current land use persists, its "
                 "stock constant); stock-difference method (IPCC 2006 GL vol. 4 ch. 2).",
                 "Soil organic carbon changes spread linearly over a {0:g}-year transition period (IPCC 2006 GL "
                 "vol. 4 eq. 2.25); CO2e = C × 44/12.".format(period),
                 "Method and parameters: docs/restoration_benefit.md."]
    return ReportSection(SECTION_KEY, title, shown, notes, fmt, sheet_name=SECTION_KEY)


BUILDERS = {SECTION_KEY: build_restoration_benefit}
