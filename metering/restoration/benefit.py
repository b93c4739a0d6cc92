"""Carbon benefit of restoration: stock with the measure minus stock without (methods.md §7).

Per restoration unit (a restoration_areas polygon) with its area ``area_ha``, its current object
(``baseline_object``) and the object it is restored to (``with_object``), over ``years`` =
horizon − start:

- without the measure (the baseline, the counterfactual kept explicit): the current object keeps
  its density, D_b, constant; or, where a degradation rate L (t C/ha/a per pool) is given for the
  current object, the stock keeps declining: D_b − L × years, never below 0;
- with the measure: the restoration type's target object; its density D_w is reached linearly over
  the transition period T from the current density at the start (IPCC 2006 GL vol. 4 eq. 2.25,
  default T = 20 years): D_b + (D_w − D_b) × min(years, T)/T, every pool (biomass, dead organic
  matter, soil) by the stock-difference method (IPCC 2006 GL vol. 4 ch. 2, eq. 2.5) with local
  densities (t C/ha, a DensityTable such as the stratum_density output). With growth parameters
  (``method='growth'``, t C/ha/a per pool) the biomass and dead organic matter grow from D_b at
  that rate instead, capped at D_w; soil still follows the transition period.

The target object of a type (when the units give none): :data:`TYPE_WITH_OBJECT`, and for
vegetation recovery (degraded vegetation, guideline 004 §3(四)) :data:`RECOVERY_OBJECT` by the
group of the current object. A type's target whose total density is below the current object's is
no restoration of that unit: the unit keeps its current object (``with_rule = kept_current``),
so conserving a forest never books a loss. A unit restored to its own object gains only where
the baseline degrades (give its degradation rate): :func:`zero_benefit_note` says so.

benefit (t C) = C_with(horizon) − C_baseline(horizon); annual sink increase (t C/a) =
benefit / (horizon − start); CO2e = C × 44/12. :func:`plot_check` compares the modelled current
density (D_b: the state the plots measure) with plot measurements: deviation % = (modelled −
measured) / measured × 100, flagged beyond ±10 % (guideline 004 §4(一): 碳储量评估偏差控制在
±10% 以内). Pure numpy/pandas; no qgis import.
"""

import numpy as np
import pandas as pd

from ..errors import MeteringError, Note
from ..vocabulary import CO2_PER_C, NON_METERED, POOLS, UNMAPPED

#: IPCC 2006 GL vol. 4 ch. 2 (eq. 2.25): default time dependence of SOC stock change factors, years.
IPCC_TRANSITION_YEARS = 20.0
#: Guideline 004 §4(一): modelled stock within ±10 % of the measurements.
DEVIATION_LIMIT_PCT = 10.0
#: Object a restoration type restores to, when the units name none (editable in the algorithm: WITH_FIELD).
TYPE_WITH_OBJECT = {
    "forest_restoration": "forest_arbor", "grassland_restoration": "grassland",
    "wetland_restoration": "wetland_marsh", "soil_water_conservation": "forest_shrub",
    "mine_rehabilitation": "grassland", "desertification_control": "forest_shrub",
    "rocky_desertification_control": "forest_shrub",
}
#: vegetation_recovery: degraded vegetation recovers to the closed cover of its own group (the group of
#: metering_objects.csv): forest land (shrub, other forest land — sparse forest, 疏林地, GB/T 21010 0307) to
#: arbor forest, bamboo stays bamboo; wetland to marsh; any other land (cropland, garden, built-up, bare) to
#: grassland, as mine rehabilitation. The no-downgrade rule keeps a denser current object.
RECOVERY_OBJECT = {"forest": "forest_arbor", "wetland": "wetland_marsh", "grassland": "grassland"}
RECOVERY_KEEP = ("forest_bamboo",)
RECOVERY_DEFAULT = "grassland"
BIOMASS_POOLS = tuple(p for p in POOLS if p != "soil")
SECTION_KEY = "restoration_benefit"
COLUMNS = ("unit", "restoration_type", "baseline_object", "with_object", "with_rule", "area_ha", "start_year",
           "horizon_year", "stock_baseline_tc", "stock_with_tc", "stock_with_soil_tc", "stock_baseline_soil_tc",
           "benefit_tc", "benefit_tc_per_ha", "sink_increase_tc_per_year", "sink_increase_tco2e_per_year",
           "method", "baseline", "transition_years", "plots", "measured_tc_per_ha", "modelled_tc_per_ha",
           "deviation_pct", "deviation_flag", "deviation_limit_pct", "report_section")


def _density(means, key, what):
    if key in (NON_METERED, UNMAPPED) and key not in means.index:
        # built-up, bare, mining land and water: no stock by definition (Hubei spec appendix A; as stock.py)
        return pd.Series(0.0, index=list(POOLS))
    if key not in means.index:
        raise MeteringError("restoration_no_density", object=key, role=what, known=sorted(means.index))
    return means.loc[key, list(POOLS)].astype(float)


def _empty(value):
    return value is None or (isinstance(value, float) and np.isnan(value)) or str(value).strip() == ""


def type_object(restoration_type, baseline_object, groups=None):
    """The target object of ``restoration_type`` for a unit whose current object is ``baseline_object``."""
    t, b = str(restoration_type), str(baseline_object)
    if t == "vegetation_recovery":
        if b in RECOVERY_KEEP:
            return b
        if groups is None:
            from ..density import load_metering_objects

            table = load_metering_objects()
            groups = dict(zip(table["object"], table["group"]))
        return RECOVERY_OBJECT.get(groups.get(b, "unmapped"), RECOVERY_DEFAULT)
    return TYPE_WITH_OBJECT.get(t, b)


def with_objects(types, baseline_objects, density=None):
    """(object, rule) per unit: the type's target object (``type``), or the current object where the
    target's total density in ``density`` (a DensityTable) is lower (``kept_current``)."""
    from ..density import load_metering_objects

    table = load_metering_objects()
    groups = dict(zip(table["object"], table["group"]))
    out = []
    for t, b in zip(types, baseline_objects):
        w = type_object(t, b, groups)
        rule = "type"
        if density is not None and w != str(b):
            wd = _density(density.means, w, "with").sum()
            bd = _density(density.means, str(b), "baseline").sum()
            if wd < bd:
                w, rule = str(b), "kept_current"
        out.append((w, rule))
    return out


def unit_stocks(with_d, base_d, area_ha, years, transition_years=IPCC_TRANSITION_YEARS, growth=None, loss=None):
    """(with, baseline) stocks per pool (t C, pandas Series) after ``years`` years of the measure.

    ``with_d``, ``base_d``: densities (t C/ha per pool) of the target and the current object;
    ``growth``: None or {pool: t C/ha/a} (biomass and dead organic matter); ``loss``: None or
    {pool: t C/ha/a}, the baseline's degradation rate.
    """
    if transition_years <= 0:
        raise MeteringError("restoration_parameter", parameter="transition_years", value=transition_years)
    years = max(float(years), 0.0)
    share = min(years, transition_years) / transition_years
    with_c = base_d + (with_d - base_d) * share
    if growth is not None:
        for pool in BIOMASS_POOLS:
            g = float(growth.get(pool, 0.0))
            with_c[pool] = min(base_d[pool] + g * years, max(with_d[pool], base_d[pool]))
    base_c = base_d.astype(float).copy()
    if loss:
        for pool in POOLS:
            base_c[pool] = max(base_d[pool] - float(loss.get(pool, 0.0)) * years, 0.0)
    return with_c * area_ha, base_c * area_ha


def restoration_benefit(units, density, start_year, horizon_year, transition_years=IPCC_TRANSITION_YEARS,
                        growth=None, degradation=None):
    """The benefit table (COLUMNS) of ``units`` (``unit``, ``restoration_type``, ``baseline_object``,
    ``with_object``, ``area_ha``) with the densities of ``density`` (a DensityTable keyed by object).

    An empty ``with_object`` (or no such column) takes the type's target (:func:`with_objects`).
    ``growth``: None (stock difference, D_w reached over the transition period) or
    {object: {pool: t C/ha/a}}; ``degradation``: None or {object: {pool: t C/ha/a}}, the loss rate of
    the current object without the measure (the baseline then declines).
    """
    years = float(horizon_year) - float(start_year)
    if years <= 0:
        raise MeteringError("restoration_horizon", start_year=start_year, horizon_year=horizon_year)
    records = units.to_dict("records")
    open_ = [r for r in records if _empty(r.get("with_object"))]  # the type decides (given objects are kept)
    by_type = iter(with_objects([r.get("restoration_type") for r in open_],
                                [str(r["baseline_object"]) for r in open_], density))
    rows = []
    for rec in records:
        base_key = str(rec["baseline_object"])
        if _empty(rec.get("with_object")):
            with_key, with_rule = next(by_type)
        else:
            with_key, with_rule = str(rec["with_object"]).strip(), "given"
        with_d = _density(density.means, with_key, "with")
        base_d = _density(density.means, base_key, "baseline")
        g = None if growth is None else growth.get(with_key, {})
        loss = (degradation or {}).get(base_key)
        area = float(rec["area_ha"])
        w, b = unit_stocks(with_d, base_d, area, years, transition_years, g, loss)
        benefit = float(w.sum() - b.sum())
        rows.append({
            "unit": rec.get("unit"), "restoration_type": rec.get("restoration_type"),
            "baseline_object": base_key, "with_object": with_key, "with_rule": with_rule,
            "area_ha": area, "start_year": int(start_year), "horizon_year": int(horizon_year),
            "stock_baseline_tc": float(b.sum()), "stock_with_tc": float(w.sum()),
            "stock_with_soil_tc": float(w["soil"]), "stock_baseline_soil_tc": float(b["soil"]),
            "benefit_tc": benefit,
            "benefit_tc_per_ha": benefit / area if area > 0 else np.nan,
            "sink_increase_tc_per_year": benefit / years,
            "sink_increase_tco2e_per_year": benefit / years * CO2_PER_C,
            "method": "density" if growth is None else "growth",
            "baseline": "degrading" if loss and any(float(v) > 0 for v in loss.values()) else "constant",
            "transition_years": float(transition_years),
            # the plot check compares what the plots measure: the current object's density
            "plots": 0, "measured_tc_per_ha": np.nan, "modelled_tc_per_ha": float(base_d.sum()),
            "deviation_pct": np.nan, "deviation_flag": 0, "deviation_limit_pct": DEVIATION_LIMIT_PCT,
            "report_section": SECTION_KEY,
        })
    return pd.DataFrame(rows, columns=list(COLUMNS))


def zero_benefit_note(table):
    """A warning Note when units are restored to their own object with a constant baseline (no benefit
    under the stock-difference method), else None. The objects are named by id (``objects``) and by
    their zh labels of metering_objects.csv (``objects_zh``, which the zh template shows)."""
    from ..report_tables import load_object_labels, object_label

    same = table[(table["with_object"].astype(str) == table["baseline_object"].astype(str))
                 & (table["baseline"] == "constant") & (table["method"] == "density")]
    if same.empty:
        return None
    ids = sorted(set(same["baseline_object"].astype(str)))
    labels = load_object_labels()
    return Note.warning("restoration_zero_benefit", units=len(same), area=round(float(same["area_ha"].sum()), 2),
                        objects=", ".join(ids), objects_zh="、".join(object_label(o, labels, "zh") for o in ids))


def add_plot_check(table, plots, measured, limit_pct=DEVIATION_LIMIT_PCT):
    """``table`` with the plot check filled: ``plots`` (count per row) and ``measured`` (mean plot
    total density, t C/ha, NaN where none) against ``modelled_tc_per_ha``."""
    table = table.copy()
    table["plots"] = np.asarray(plots, dtype=int)
    table["measured_tc_per_ha"] = np.asarray(measured, dtype=float)
    dev, flag = plot_check(table["modelled_tc_per_ha"], table["measured_tc_per_ha"], limit_pct)
    table["deviation_pct"] = dev
    table["deviation_flag"] = flag.astype(int)
    table["deviation_limit_pct"] = float(limit_pct)
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
    return _parse_rates(frame, name, "growth", BIOMASS_POOLS, "restoration_growth_value")


def parse_degradation(frame, name=""):
    """{object: {pool: t C/ha/a}} from a table ``object, pool, loss``: the baseline's degradation rate
    of the current object without the measure (pools agb, bgb, deadwood, litter, soil; loss ≥ 0).
    Errors: ``restoration_degradation_value`` with the line and the column."""
    return _parse_rates(frame, name, "loss", tuple(POOLS), "restoration_degradation_value")


def _parse_rates(frame, name, column, pools, kind):
    frame = frame.copy()
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    missing = [c for c in ("object", "pool", column) if c not in frame.columns]
    if missing:
        raise MeteringError("missing_fields", layer=name, fields=missing)
    out = {}
    for i, rec in enumerate(frame.to_dict("records")):
        pool = str(rec["pool"]).strip().lower()
        if pool not in pools:
            raise MeteringError(kind, table=name, row=i + 2, column="pool", value=rec["pool"])
        try:
            g = float(rec[column])
        except (TypeError, ValueError):
            g = float("nan")
        if not np.isfinite(g) or g < 0:
            raise MeteringError(kind, table=name, row=i + 2, column=column, value=rec[column])
        out.setdefault(str(rec["object"]).strip(), {})[pool] = g
    return out
