"""Carbon benefit of restoration: stock with the measure minus stock without (methods.md §7).

Per restoration unit (a restoration_areas polygon) with its area ``area_ha``, the object it is
restored to (``with_object``) and the object it stays without the measure (``baseline_object``,
the counterfactual kept explicit: the current land use persists, its stock constant):

- biomass and dead organic matter (agb, bgb, deadwood, litter), IPCC 2006 GL vol. 4 ch. 2
  stock-difference method (eq. 2.5) with local densities (t C/ha; a DensityTable, e.g. the
  stratum_density output): ``method='density'`` — the restored stock at the horizon is the
  with-object density; ``method='growth'`` — baseline density + growth (t C/ha/a per pool)
  × years, capped at the with-object density;
- soil organic carbon: the change from the baseline to the with-object soil density is spread
  linearly over the transition period D (IPCC 2006 GL vol. 4 eq. 2.25, default D = 20 years).

Stocks are evaluated at the ``horizon`` year from the ``start`` year of the measure:
benefit (t C) = C_with(horizon) − C_baseline(horizon); annual sink increase (t C/a) =
benefit / (horizon − start); CO2e = C × 44/12. :func:`plot_check` compares modelled densities
with plot measurements: deviation % = (modelled − measured) / measured × 100, flagged beyond
±10 % (guideline 004 §4(一): stock deviation within ±10 %). Pure numpy/pandas; no qgis import.
"""

import numpy as np
import pandas as pd

from ..errors import MeteringError
from ..vocabulary import CO2_PER_C, NON_METERED, POOLS, UNMAPPED

#: IPCC 2006 GL vol. 4 ch. 2 (eq. 2.25): default time dependence of SOC stock change factors, years.
IPCC_TRANSITION_YEARS = 20.0
#: Guideline 004 §4(一): modelled stock within ±10 % of the measurements.
DEVIATION_LIMIT_PCT = 10.0
#: Object a restoration type restores to, when the units name none (editable in the algorithm: WITH_FIELD).
#: vegetation_recovery keeps the baseline object (its stock recovers to that object's density).
TYPE_WITH_OBJECT = {
    "forest_restoration": "forest_arbor", "grassland_restoration": "grassland",
    "wetland_restoration": "wetland_marsh", "soil_water_conservation": "forest_shrub",
    "mine_rehabilitation": "grassland", "desertification_control": "forest_shrub",
    "rocky_desertification_control": "forest_shrub",
}
BIOMASS_POOLS = tuple(p for p in POOLS if p != "soil")
SECTION_KEY = "restoration_benefit"
COLUMNS = ("unit", "restoration_type", "baseline_object", "with_object", "area_ha", "start_year", "horizon_year",
           "stock_baseline_tc", "stock_with_tc", "stock_with_soil_tc", "stock_baseline_soil_tc", "benefit_tc",
           "benefit_tc_per_ha", "sink_increase_tc_per_year", "sink_increase_tco2e_per_year", "method",
           "transition_years", "plots", "measured_tc_per_ha", "modelled_tc_per_ha", "deviation_pct",
           "deviation_flag", "report_section")


def _density(means, key, what):
    if key in (NON_METERED, UNMAPPED) and key not in means.index:
        # built-up, bare, mining land and water: no stock by definition (Hubei spec appendix A; as stock.py)
        return pd.Series(0.0, index=list(POOLS))
    if key not in means.index:
        raise MeteringError("restoration_no_density", object=key, role=what, known=sorted(means.index))
    return means.loc[key, list(POOLS)].astype(float)


def unit_stocks(with_d, base_d, area_ha, years, transition_years=IPCC_TRANSITION_YEARS, growth=None):
    """(with, baseline) stocks per pool (t C, pandas Series) after ``years`` years of the measure."""
    if transition_years <= 0:
        raise MeteringError("restoration_parameter", parameter="transition_years", value=transition_years)
    with_c = pd.Series(0.0, index=list(POOLS))
    for pool in BIOMASS_POOLS:
        if growth is None:
            with_c[pool] = with_d[pool]
        else:
            g = float(growth.get(pool, 0.0))
            with_c[pool] = min(base_d[pool] + g * years, max(with_d[pool], base_d[pool]))
    share = min(max(years, 0.0), transition_years) / transition_years
    with_c["soil"] = base_d["soil"] + (with_d["soil"] - base_d["soil"]) * share
    return with_c * area_ha, base_d.astype(float) * area_ha


def restoration_benefit(units, density, start_year, horizon_year, transition_years=IPCC_TRANSITION_YEARS,
                        growth=None):
    """The benefit table (COLUMNS) of ``units`` (``unit``, ``restoration_type``, ``baseline_object``,
    ``with_object``, ``area_ha``) with the densities of ``density`` (a DensityTable keyed by object).

    ``growth``: None (stock-difference with the with-object density) or {object: {pool: t C/ha/a}}.
    """
    years = float(horizon_year) - float(start_year)
    if years <= 0:
        raise MeteringError("restoration_horizon", start_year=start_year, horizon_year=horizon_year)
    rows = []
    for rec in units.to_dict("records"):
        with_d = _density(density.means, str(rec["with_object"]), "with")
        base_d = _density(density.means, str(rec["baseline_object"]), "baseline")
        g = None if growth is None else growth.get(str(rec["with_object"]), {})
        w, b = unit_stocks(with_d, base_d, float(rec["area_ha"]), years, transition_years, g)
        benefit = float(w.sum() - b.sum())
        rows.append({
            "unit": rec.get("unit"), "restoration_type": rec.get("restoration_type"),
            "baseline_object": rec["baseline_object"], "with_object": rec["with_object"],
            "area_ha": float(rec["area_ha"]), "start_year": int(start_year), "horizon_year": int(horizon_year),
            "stock_baseline_tc": float(b.sum()), "stock_with_tc": float(w.sum()),
            "stock_with_soil_tc": float(w["soil"]), "stock_baseline_soil_tc": float(b["soil"]),
            "benefit_tc": benefit,
            "benefit_tc_per_ha": benefit / float(rec["area_ha"]) if float(rec["area_ha"]) > 0 else np.nan,
            "sink_increase_tc_per_year": benefit / years,
            "sink_increase_tco2e_per_year": benefit / years * CO2_PER_C,
            "method": "density" if growth is None else "growth", "transition_years": float(transition_years),
            "plots": 0, "measured_tc_per_ha": np.nan, "modelled_tc_per_ha": float(w.sum()) / float(rec["area_ha"])
            if float(rec["area_ha"]) > 0 else np.nan, "deviation_pct": np.nan, "deviation_flag": 0,
            "report_section": SECTION_KEY,
        })
    return pd.DataFrame(rows, columns=list(COLUMNS))


def with_objects(types, baseline_objects):
    """The object each unit is restored to: TYPE_WITH_OBJECT of its type, else its baseline object."""
    return [TYPE_WITH_OBJECT.get(str(t), b) for t, b in zip(types, baseline_objects)]


def add_plot_check(table, plots, measured, limit_pct=DEVIATION_LIMIT_PCT):
    """``table`` with the plot check filled: ``plots`` (count per row) and ``measured`` (mean plot
    total density, t C/ha, NaN where none) against ``modelled_tc_per_ha``."""
    table = table.copy()
    table["plots"] = np.asarray(plots, dtype=int)
    table["measured_tc_per_ha"] = np.asarray(measured, dtype=float)
    dev, flag = plot_check(table["modelled_tc_per_ha"], table["measured_tc_per_ha"], limit_pct)
    table["deviation_pct"] = dev
    table["deviation_flag"] = flag.astype(int)
    return table


def plot_check(modelled, measured, limit_pct=DEVIATION_LIMIT_PCT):
    """Deviation of modelled from measured stock (or density): % and a flag beyond ±``limit_pct``.

    ``modelled`` and ``measured`` are aligned arrays; a unit without a measurement (NaN) or with
    a measured value of 0 gets NaN and no flag.
    """
    m = np.asarray(modelled, dtype=float)
    o = np.asarray(measured, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        dev = np.where(np.isfinite(o) & (o != 0), (m - o) / o * 100.0, np.nan)
    flag = np.isfinite(dev) & (np.abs(dev) > limit_pct)
    return dev, flag


def parse_growth(frame, name=""):
    """{object: {pool: t C/ha/a}} from a table ``object, pool, growth`` (one row per object and pool).

    ``pool`` one of agb, bgb, deadwood, litter (soil follows the transition period); growth ≥ 0.
    Errors name the line (2 = first data line) and the column (``restoration_growth_value``).
    """
    frame = frame.copy()
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    missing = [c for c in ("object", "pool", "growth") if c not in frame.columns]
    if missing:
        raise MeteringError("missing_fields", layer=name, fields=missing)
    out = {}
    for i, rec in enumerate(frame.to_dict("records")):
        pool = str(rec["pool"]).strip().lower()
        if pool not in BIOMASS_POOLS:
            raise MeteringError("restoration_growth_value", table=name, row=i + 2, column="pool", value=rec["pool"])
        try:
            g = float(rec["growth"])
        except (TypeError, ValueError):
            g = float("nan")
        if not np.isfinite(g) or g < 0:
            raise MeteringError("restoration_growth_value", table=name, row=i + 2, column="growth",
                                value=rec["growth"])
        out.setdefault(str(rec["object"]).strip(), {})[pool] = g
    return out
