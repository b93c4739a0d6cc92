"""District evaluation of the carbon sink (DB4403/T 348 城市碳汇评价分析; methods.md §6).

The NEP raster (nep OUTPUT_ANNUAL: band 2, t C/a per pixel; band 4, annual NPP) is summed per
district: a pixel belongs to the district that contains its centre (the zone raster the QGIS side
burns with GDAL). Sink of a district = Σ NEP × pixel area (methods.md §6); positive = removal.

Grades of the sink per unit area (t C/ha/a) use ``breaks`` b1 < b2 < … : grade 1 is
sink ≤ b1, grade k is b(k-1) < sink ≤ b(k), the last grade sink > b(last). The default breaks
(0, 1, 2, 4 t C/ha/a) are a placeholder of this plugin: the standard's interpretation at hand
gives no class breaks; set the ones your evaluation prescribes.
"""

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..errors import MeteringError, Note
from ..vocabulary import CO2_PER_C, M2_PER_HA

SECTION_KEY = "district_sink"
DEFAULT_BREAKS = (0.0, 1.0, 2.0, 4.0)
BREAKS_SOURCE = "placeholder (no class breaks in the DB4403/T 348 interpretation at hand)"

#: Columns of the district table, in order (the report section and the style read them).
COLUMNS = (
    "district", "area_ha", "vegetated_ha", "vegetated_pct", "pixels", "nodata_pixels", "sink_tc",
    "sink_tco2e", "sink_tc_per_ha", "sink_tco2e_per_ha", "share_pct", "rank", "grade", "grade_label",
    "report_section",
)


class ZoneSums:
    """Running per-zone sums over blocks (zone index −1 = outside every district)."""

    def __init__(self, n_zones):
        self.n = int(n_zones)
        self.sink_tc = np.zeros(self.n)
        self.pixels = np.zeros(self.n, dtype=np.int64)
        self.valid = np.zeros(self.n, dtype=np.int64)
        self.vegetated = np.zeros(self.n, dtype=np.int64)

    def add(self, zones, sink_tc, npp_annual):
        z = np.asarray(zones).astype(np.int64).ravel()
        inside = z >= 0
        z = z[inside]
        s = np.asarray(sink_tc, dtype=float).ravel()[inside]
        npp = np.asarray(npp_annual, dtype=float).ravel()[inside]
        ok = np.isfinite(s)
        self.pixels += np.bincount(z, minlength=self.n)
        self.valid += np.bincount(z[ok], minlength=self.n)
        self.sink_tc += np.bincount(z[ok], weights=s[ok], minlength=self.n)
        self.vegetated += np.bincount(z[ok & (npp > 0)], minlength=self.n)


def parse_breaks(text):
    """Breaks from a comma-separated text ('' = the defaults); strictly increasing."""
    if text is None or not str(text).strip():
        return DEFAULT_BREAKS
    try:
        values = tuple(float(v) for v in str(text).replace(";", ",").split(",") if v.strip())
    except ValueError:
        raise MeteringError("rs_bad_breaks", value=text) from None
    if not values or any(b <= a for a, b in zip(values, values[1:])):
        raise MeteringError("rs_bad_breaks", value=text)
    return values


def grade_labels(breaks):
    """Label of each grade: '≤ b1', 'b1–b2', …, '> bn' (t C/ha/a)."""
    labels = ["≤ {0:g}".format(breaks[0])]
    labels += ["{0:g}–{1:g}".format(a, b) for a, b in zip(breaks, breaks[1:])]
    labels.append("> {0:g}".format(breaks[-1]))
    return labels


@dataclass
class DistrictResult:
    table: pd.DataFrame
    notes: list = field(default_factory=list)


def district_table(names, areas_ha, sums, pixel_area_m2, breaks=DEFAULT_BREAKS):
    """The district table (COLUMNS) from the per-zone sums; ``areas_ha`` are the polygons' areas."""
    pixel_ha = float(pixel_area_m2) / M2_PER_HA
    areas = np.asarray(areas_ha, dtype=float)
    sink = sums.sink_tc.copy()
    with np.errstate(divide="ignore", invalid="ignore"):
        per_ha = np.where(areas > 0, sink / areas, np.nan)
    city = float(sink.sum())
    share = sink / city * 100.0 if city > 0 else np.full(len(sink), np.nan)
    order = np.argsort(-sink, kind="stable")
    rank = np.empty(len(sink), dtype=int)
    rank[order] = np.arange(1, len(sink) + 1)
    grade = np.searchsorted(np.asarray(breaks, dtype=float), per_ha, side="left") + 1
    labels = grade_labels(breaks)
    frame = pd.DataFrame({
        "district": [str(n) for n in names],
        "area_ha": areas,
        "vegetated_ha": sums.vegetated * pixel_ha,
        "vegetated_pct": np.where(areas > 0, sums.vegetated * pixel_ha / np.where(areas > 0, areas, 1) * 100, np.nan),
        "pixels": sums.pixels,
        "nodata_pixels": sums.pixels - sums.valid,
        "sink_tc": sink,
        "sink_tco2e": sink * CO2_PER_C,
        "sink_tc_per_ha": per_ha,
        "sink_tco2e_per_ha": per_ha * CO2_PER_C,
        "share_pct": share,
        "rank": rank,
        "grade": np.where(np.isfinite(per_ha), grade, 0),
        "grade_label": [labels[g - 1] if np.isfinite(v) else "" for g, v in zip(grade, per_ha)],
        "report_section": SECTION_KEY,
    })
    notes = []
    empty = [n for n, p in zip(frame["district"], sums.pixels) if p == 0]
    if empty:
        notes.append(Note.warning("rs_district_no_pixels", districts=empty))
    if city <= 0:
        notes.append(Note.warning("rs_city_not_sink", total=round(city, 3)))
    partial = [n for n, p, v in zip(frame["district"], sums.pixels, sums.valid) if p and v < p]
    if partial:
        notes.append(Note.info("rs_district_nodata", districts=partial))
    return DistrictResult(frame[list(COLUMNS)], notes)
