"""The remote-sensing system's report sections (metering/report_sections.py protocol)."""

import pandas as pd

from ..report_sections import ReportSection, labelled
from ..report_tables import FMT_AREA, FMT_INT, FMT_STOCK, FMT_TEXT
from ..vocabulary import Language
from .district import COLUMNS, SECTION_KEY

#: The shown columns (id, zh, en, unit, Excel format), as report_tables heads the parcel tables.
SHOWN = (
    ("district", "区域", "District", "", FMT_TEXT),
    ("area_ha", "面积", "Area", "ha", FMT_AREA),
    ("vegetated_ha", "植被面积", "Vegetated area", "ha", FMT_AREA),
    ("vegetated_pct", "植被覆盖比例", "Vegetated share", "%", FMT_STOCK),
    ("sink_tc", "碳汇量", "Sink", "t C/a", FMT_STOCK),
    ("sink_tco2e", "碳汇量", "Sink", "t CO2e/a", FMT_STOCK),
    ("sink_tc_per_ha", "单位面积碳汇", "Sink per area", "t C/ha/a", FMT_STOCK),
    ("share_pct", "占全市比例", "Share of the city", "%", FMT_STOCK),
    ("rank", "排名", "Rank", "", FMT_INT),
    ("grade_label", "等级", "Grade", "t C/ha/a", FMT_TEXT),
)
_LABELS = {c[0]: c for c in SHOWN}
#: Internal codes of this section (report_sections.section_codes): the district table's columns.
CODES = frozenset(COLUMNS)


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
    shown, columns, fmt = labelled(frame.sort_values("rank"), SHOWN, language)
    total = pd.DataFrame([{
        shown.columns[0]: "合计" if zh else "Total",
        shown.columns[1]: float(frame["area_ha"].sum()),
        shown.columns[2]: float(frame["vegetated_ha"].sum()),
        shown.columns[4]: float(frame["sink_tc"].sum()),
        shown.columns[5]: float(frame["sink_tco2e"].sum()),
    }])
    shown = pd.concat([shown, total], ignore_index=True)
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
    return ReportSection(SECTION_KEY, title, shown, notes, fmt, sheet_name="district_sink", columns=columns)


BUILDERS = {SECTION_KEY: build_district_sink}

__all__ = ["BUILDERS", "CODES", "COLUMNS", "SHOWN", "build_district_sink"]
