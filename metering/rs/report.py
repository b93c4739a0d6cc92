"""The remote-sensing system's report sections (metering/report_sections.py protocol)."""

import pandas as pd

from ..report_sections import ReportSection
from ..vocabulary import Language
from .district import COLUMNS, SECTION_KEY

_LABELS = {
    "district": ("区域", "District"),
    "area_ha": ("面积 (ha)", "Area (ha)"),
    "vegetated_ha": ("植被面积 (ha)", "Vegetated area (ha)"),
    "vegetated_pct": ("植被覆盖比例 (%)", "Vegetated share (%)"),
    "sink_tc": ("碳汇量 (t C/a)", "Sink (t C/a)"),
    "sink_tco2e": ("碳汇量 (t CO2e/a)", "Sink (t CO2e/a)"),
    "sink_tc_per_ha": ("单位面积碳汇 (t C/ha/a)", "Sink per area (t C/ha/a)"),
    "share_pct": ("占全市比例 (%)", "Share of the city (%)"),
    "rank": ("排名", "Rank"),
    "grade_label": ("等级 (t C/ha/a)", "Grade (t C/ha/a)"),
}


def build_district_sink(frame, language):
    """The district_sink section: one row per district, ranked, with the method notes."""
    zh = Language.parse(language) is Language.ZH
    missing = [c for c in _LABELS if c not in frame.columns]
    if missing:
        from ..errors import MeteringError

        raise MeteringError("missing_fields", layer=SECTION_KEY, fields=missing)
    from ..report_sections import numeric_columns

    frame = numeric_columns(frame, [c for c in _LABELS if c not in ("district", "grade_label")], SECTION_KEY)
    frame["rank"] = frame["rank"].round().astype("Int64")  # a rank is a whole number, also from CSV text
    shown = frame.sort_values("rank")[list(_LABELS)].copy()
    shown.columns = [_LABELS[c][0 if zh else 1] for c in _LABELS]
    total = pd.DataFrame([{
        shown.columns[0]: "合计" if zh else "Total",
        shown.columns[1]: float(frame["area_ha"].sum()),
        shown.columns[2]: float(frame["vegetated_ha"].sum()),
        shown.columns[4]: float(frame["sink_tc"].sum()),
        shown.columns[5]: float(frame["sink_tco2e"].sum()),
    }])
    shown = pd.concat([shown, total], ignore_index=True)
    fmt = {shown.columns[i]: "#,##0.00" for i in (1, 2, 3, 4, 5, 6, 7)}
    if zh:
        title = "城市碳汇遥感评价：分区碳汇（DB4403/T 348）"
        notes = [
            "碳汇量 = Σ NEP × 像元面积，NEP = NPP − Rh（CASA 模型 NPP；Rh 按裴志永等 2010）；正值为碳汇。",
            "像元中心落在区内即计入该区；CO2e = C × 44/12。植被面积为年 NPP > 0 的像元面积。",
            "等级按单位面积碳汇 (t C/ha/a) 划分，分级界限见 docs/remote_sensing.md。",
        ]
    else:
        title = "Remote-sensing urban carbon sink: sink by district (DB4403/T 348)"
        notes = [
            "Sink = Σ NEP × pixel area, NEP = NPP − Rh (CASA NPP; Rh after Pei et al. 2010); positive = removal.",
            "A pixel counts in the district containing its centre; CO2e = C × 44/12. Vegetated area: pixels "
            "with annual NPP > 0.",
            "Grades by sink per area (t C/ha/a); the class breaks are documented in docs/remote_sensing.md.",
        ]
    return ReportSection(SECTION_KEY, title, shown, notes, fmt, sheet_name="district_sink")


BUILDERS = {SECTION_KEY: build_district_sink}

__all__ = ["BUILDERS", "COLUMNS", "build_district_sink"]
