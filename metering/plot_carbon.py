"""Carbon density per sample plot and pool (t C/ha) from survey measurements.

Pure Python (numpy, pandas). Inputs are DataFrames shaped like the survey
GeoPackage tables (``docs/dev/survey_schema.md``); an optional ``fid`` column
names rows in error messages. Formulas (``/work/shared/docs/methods.md`` §2):

- Trees (CDM AR-TOOL14 v04.2; LY/T 2253-2014). Volume route: V (m³) =
  f(D cm, H m), B_AG (t d.m.) = V × WD × BEF; allometric/culm route: B_AG =
  f(D, H) kg / 1000. B_BG = B_AG × R; C = B × CF. Live trees go to ``agb`` and
  ``bgb``; standing dead trees to ``deadwood`` as (B_AG + B_BG) × decay-class
  density reduction × CF_deadwood.
- Shrubs and herbs (harvest): dry mass = fresh mass × sample dry / sample
  fresh; B (t d.m./ha) = dry kg / quadrat m² × 10; mean over the quadrats of a
  layer, summed over layers; C_AG = B × CF, C_BG = B × R × CF (AR-TOOL14
  shrubs R_S 0.40, CF 0.47).
- Litter: B as above, C = B × CF_litter (0.37, verify).
- Lying dead wood: V = volume_m3, or π/4 × (D/100)² × L; C = V × WD × decay
  reduction × CF_deadwood (0.50, verify).
- Soil (HJ 658; NY/T 1121.4): SOCD_i (t C/ha) = SOC_i (g/kg) × BD_i (g/cm³) ×
  H_i (cm) × (1 − G_i) / 10 with SOC = SOM × 0.58 where only SOM is measured,
  layers clipped to the reporting depth and summed; depth not covered by any
  layer counts as 0 and is flagged (never extrapolated).

Tree and dead-wood totals are divided by the plot area (``plot_area_m2``);
quadrat pools by their quadrat areas. A pool without measurements in a plot
takes the default of the plot's metering object (``default_density.csv``,
flagged), or 0 when there is none (flagged) — unless the plot's optional
``pools_surveyed`` field lists a survey table feeding that pool: then the
pool was searched and nothing found, a measured zero (method
``measured_zero``). Survey tables feeding each pool: SURVEYED_TABLES.
"""

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import CO2_PER_C, POOLS, POOLS_WITH_TOTAL
from .parameters import DataProblem, MeteringDataError, _blank, _row_ids, evaluate_equation, numbers_or_problems
from .plausibility import implausible_values  # robustness (issue 16)
from .survey_schema import parse_code_list

M2_PER_HA = 10000.0
#: kg per m² to t per ha: 1 kg/m² × 10 000 m²/ha / 1000 kg/t.
KG_M2_TO_T_HA = 10.0
TREE_STATUS = ("live", "standing_dead")
SHRUB_LAYERS = ("shrub", "herb")
BULK_DENSITY_RANGE = (0.1, 2.2)  # g/cm³, survey schema
#: Plots field listing the survey tables searched on the plot (survey_codes.csv list surveyed_pool).
POOLS_SURVEYED_FIELD = "pools_surveyed"
#: Carbon pool -> the survey tables whose listing in pools_surveyed makes "no rows" a measured zero.
#: Standing dead trees are part of the tree tally; the deadwood pool counts as searched only when
#: lying dead wood was searched ("deadwood").
SURVEYED_TABLES = {"agb": ("trees", "shrub_herb"), "bgb": ("trees", "shrub_herb"), "deadwood": ("deadwood",),
                   "litter": ("litter",), "soil": ("soil",)}
SURVEYED_TABLES_ALL = ("trees", "shrub_herb", "litter", "deadwood", "soil")

#: English text per warning code; placeholders are the PlotWarning params.
WARNING_TEXT = {
    "default_used": "{pool}: no measurements, default {value} t C/ha of object '{object}' used",
    "no_data": "{pool}: no measurements and no default for object '{object}'; set to 0",
    "default_depth": "soil: the default is for 0–{other} cm, not the 0–{value} cm reporting depth",
    "soil_short": "soil: layers cover {value} cm of the 0–{other} cm reporting depth; the uncovered "
                  "depth counts as 0 (not extrapolated)",
    "gravel_assumed": "soil: gravel_pct empty in {value} layer(s), taken as 0",
    "decay_assumed": "deadwood: {value} piece(s) or standing dead tree(s) without decay class, "
                     "taken as class 1 (sound)",
    "group_default": "trees: species '{value}' has no parameters of its own; group default '{other}' used",
    "deadwood_wd_default": "deadwood: {value} piece(s) without a species wood density; default "
                           "{other} t/m³ used",
    "herb_roots": "herbs: root-shoot ratio {value} for object '{object}' (pool_factors row {other}; 0 = "
                  "herb roots not counted)",
    "ar_tool14_trees": "trees: AR-TOOL14 defaults for {value} tree(s): BEF {other}, R = exp(−1.085 + "
                       "0.9256 ln b)/b at b = {source} t d.m./ha",
}


@dataclass
class PlotWarning:
    """A flag on one plot: ``code`` (key of WARNING_TEXT) and its values."""

    plot_id: str
    code: str
    params: dict

    def message(self, templates=None, words=None):
        """The warning's text by ``templates`` (code -> text); ``words(code, name, value)``, when given,
        shows a value in words (a pool or an object id by its name), returning the value otherwise."""
        template = (templates or WARNING_TEXT).get(self.code, WARNING_TEXT.get(self.code, self.code))
        values = {"pool": "", "value": "", "other": "", "object": "", "source": ""}
        values.update({k: _fmt(v if words is None else words(self.code, k, v)) for k, v in self.params.items()})
        return template.format(**values)


def _fmt(value):
    if isinstance(value, float):
        return "{:g}".format(round(value, 4))
    return "" if value is None else str(value)


@dataclass
class PoolDensities:
    """What each pool function returns.

    ``density``: DataFrame indexed by plot_id with density columns (t C/ha);
    ``method``: Series plot_id -> method text; ``warnings``: list of
    PlotWarning; ``sources``: dict "table:key" -> source text of the
    parameters used.
    """

    density: pd.DataFrame
    method: pd.Series
    warnings: list = field(default_factory=list)
    sources: dict = field(default_factory=dict)


@dataclass
class PlotCarbonResult:
    """``plots``: the plots rows plus the result columns; ``sources``: DataFrame
    (parameter, source) of every parameter row used; ``warnings``: PlotWarnings."""

    plots: pd.DataFrame
    sources: pd.DataFrame
    warnings: list
    #: SummaryLines: what holds for every plot of an object (a pool the survey design does not measure
    #: for that object, the herb root ratio), said once in the log instead of on every plot.
    summary: list = field(default_factory=list)


#: English text per summary code (SummaryLine params, plus ``count`` plots and ``field``, the pool's
#: method field ``method_<pool>``).
SUMMARY_TEXT = {
    "default_used": "{pool}: not surveyed on any of the {count} plot(s) of object '{object}'; its default "
                    "{value} t C/ha is used on each ({field} = default)",
    "herb_roots": "herbs: root-shoot ratio {value} for object '{object}' on {count} plot(s) (pool_factors row "
                  "{other}; 0 = herb roots not counted)",
}


@dataclass
class SummaryLine:
    """One statement about ``count`` plots of an object: ``code`` (key of SUMMARY_TEXT) and its values."""

    code: str
    count: int
    params: dict

    def message(self, templates=None, words=None):
        """The line's text by ``templates``; ``words`` as for PlotWarning.message."""
        template = (templates or SUMMARY_TEXT).get(self.code, SUMMARY_TEXT.get(self.code, self.code))
        values = {"pool": "", "value": "", "other": "", "object": "", "source": ""}
        values.update({k: _fmt(v if words is None else words(self.code, k, v)) for k, v in self.params.items()})
        values["count"] = self.count
        values["field"] = "method_" + str(self.params.get("pool", ""))  # the output field, by its name
        return template.format(**values)


def summarise_warnings(warnings, objects, measured_or_surveyed):
    """Split plot warnings into those that stay on their plot and SummaryLines.

    A pool's default on a plot is a gap worth flagging on that plot only when other plots of the same
    object measured or searched that pool; when none did, the survey design does not measure the pool
    for the object and one line says so. The herb root ratio depends on the object only: one line per
    object and ratio. ``objects``: plot_id -> object; ``measured_or_surveyed``: {pool: set of objects
    with at least one plot where the pool was measured or searched}.
    """
    keep, groups = [], {}
    for w in warnings:
        obj = objects.get(w.plot_id)
        if w.code == "default_used" and obj not in measured_or_surveyed.get(w.params.get("pool"), set()):
            key = ("default_used", obj, w.params.get("pool"), _fmt(w.params.get("value")))
        elif w.code == "herb_roots":
            key = ("herb_roots", obj, _fmt(w.params.get("value")), w.params.get("other"))
        else:
            keep.append(w)
            continue
        group = groups.setdefault(key, [w, set()])
        group[1].add(w.plot_id)
    summary = [SummaryLine(first.code, len(ids), dict(first.params)) for first, ids in groups.values()]
    return keep, summary


RESULT_COLUMNS = POOLS_WITH_TOTAL + ("total_co2e", "soil_depth_cm") + tuple(
    "method_" + p for p in POOLS) + ("warnings",)


def parameter_status(key, source, params):
    """``status`` of a parameter row used (``sourced``, ``transcribed_verify``, ``convention``,
    ``placeholder`` or ''), from the table's ``status`` column, else ``placeholder`` when the
    source says so."""
    table, _, name = str(key).partition(":")
    status = ""
    if table == "pool_factors" and getattr(params, "factor_table", None) is not None:
        factor, _, obj = name.partition("/")
        rows = params.factor_table[(params.factor_table["factor"] == factor) & (params.factor_table["object"] == obj)]
        status = rows["status"].iloc[-1] if len(rows) else ""
    elif table == "species_parameters" and "status" in params.species.columns and name in params.species.index:
        status = params.species.at[name, "status"]
    elif table == "default_density" and "status" in params.defaults.columns:
        obj, _, pool = name.partition("/")
        if (obj, pool) in params.defaults.index:
            status = params.defaults.at[(obj, pool), "status"]
    status = "" if _blank(status) else str(status)
    if not status and "placeholder" in str(source).lower():
        status = "placeholder"
    return status


# --------------------------------------------------------------------------- checks

def _empty(frame):
    return frame is None or len(frame) == 0


def _prepare(frame, table, columns, numeric, plot_ids, problems):
    """Copy ``frame``, check columns, coerce numbers, text plot ids, find orphans."""
    frame = frame.reset_index(drop=True).copy()
    missing = [c for c in columns if c not in frame.columns]
    for col in missing:
        problems.append(DataProblem("missing_column", table, field=col))
    if missing:
        return None, {}
    rows = dict(zip(frame.index, _row_ids(frame)))
    for col in numeric:
        if col not in frame.columns:
            frame[col] = np.nan
    frame = numbers_or_problems(frame, numeric, table, problems, rows)
    frame["plot_id"] = frame["plot_id"].map(_text)
    if plot_ids is not None:
        orphan = ~frame["plot_id"].isin(plot_ids)
        for idx in orphan[orphan].index:
            problems.append(DataProblem("orphan", table, rows[idx], "plot_id", frame.at[idx, "plot_id"]))
    return frame, rows


def _text(value):
    if _blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _need(frame, rows, table, col, problems, positive=True, allow_zero=False, mask=None):
    """Report empty or non-positive values of ``col`` (in rows where ``mask``)."""
    values = frame[col]
    sel = pd.Series(True, index=frame.index) if mask is None else mask
    for idx in frame.index[sel & values.isna()]:
        problems.append(DataProblem("required", table, rows[idx], col))
    if positive:
        bad = (values < 0) if allow_zero else (values <= 0)
        for idx in frame.index[sel & bad.fillna(False)]:
            problems.append(DataProblem("negative" if allow_zero else "not_positive", table,
                                        rows[idx], col, values[idx]))


def _decay_reduction(frame, rows, table, params, problems):
    """Density reduction per row from decay_class (blank -> class 1, counted)."""
    classes = pd.to_numeric(frame.get("decay_class", pd.Series(np.nan, index=frame.index)),
                            errors="coerce")
    known = set(int(k) for k in params.decay.index)
    for idx in frame.index[classes.notna() & ~classes.isin(known)]:
        problems.append(DataProblem("unknown_value", table, rows[idx], "decay_class", classes[idx],
                                    ", ".join(str(k) for k in sorted(known))))
    assumed = classes.isna()
    reduction = classes.fillna(1).map(
        lambda k: float(params.decay.at[int(k), "density_reduction"]) if int(k) in known else np.nan)
    return reduction, assumed


def _per_ha(totals_t, area_m2):
    """Plot totals (t C) to densities (t C/ha)."""
    return totals_t / (area_m2 / M2_PER_HA)


# --------------------------------------------------------------------------- plots

def prepare_plots(plots, table="plots"):
    """Validate the plots table; returns a copy with text plot ids (index kept)."""
    problems = []
    frame, rows = _prepare(plots, table, ("plot_id", "plot_area_m2"), ("plot_area_m2",), None, problems)
    if problems:
        raise MeteringDataError(problems)
    for idx in frame.index[frame["plot_id"].isna()]:
        problems.append(DataProblem("required", table, rows[idx], "plot_id"))
    dup = frame["plot_id"].duplicated(keep="first") & frame["plot_id"].notna()
    for idx in dup[dup].index:
        problems.append(DataProblem("duplicate_key", table, rows[idx], "plot_id", frame.at[idx, "plot_id"]))
    _need(frame, rows, table, "plot_area_m2", problems)
    if problems:
        raise MeteringDataError(problems)
    if "object" not in frame.columns:
        frame["object"] = None
    return frame


def surveyed_tables(plots, table="plots"):
    """plot_id -> set of survey tables listed in ``pools_surveyed`` (empty sets without the field).

    Raises MeteringDataError naming the row of a listed name that is no survey table.
    """
    if POOLS_SURVEYED_FIELD not in plots.columns:
        return {pid: set() for pid in plots["plot_id"]}
    problems, out = [], {}
    rows = dict(zip(plots.index, _row_ids(plots)))
    allowed = ", ".join(SURVEYED_TABLES_ALL)
    for idx, pid, text in zip(plots.index, plots["plot_id"], plots[POOLS_SURVEYED_FIELD]):
        codes, unknown = parse_code_list("surveyed_pool", text)
        for token in unknown:
            problems.append(DataProblem("unknown_value", table, rows[idx], POOLS_SURVEYED_FIELD, token, allowed))
        out[pid] = set(codes)
    if problems:
        raise MeteringDataError(problems)
    return out


def _areas(plots):
    return plots.set_index("plot_id")["plot_area_m2"]


# --------------------------------------------------------------------------- trees

def resolve_species(species_ids, params):
    """Map species ids to the parameter row to use: {species: (key, via_group)}; None if none."""
    out = {}
    for sp in species_ids:
        if sp in params.species.index:
            out[sp] = (sp, False)
            continue
        group = params.species_groups.get(sp)
        key = params.group_default(group) if group else None
        out[sp] = (key, True) if key is not None else None
    return out


def tree_carbon(trees, plots, params, table="trees"):
    """Trees per plot: ``agb``, ``bgb`` (live) and ``deadwood`` (standing dead), t C/ha.

    ``trees``: plot_id, species, dbh_cm, height_m, status (live |
    standing_dead), optional decay_class. ``plots``: from prepare_plots.
    """
    problems = []
    plots = prepare_plots(plots)
    cols = ("plot_id", "species", "dbh_cm", "height_m", "status")
    frame, rows = _prepare(trees, table, cols, ("dbh_cm", "height_m"), set(plots["plot_id"]), problems)
    if frame is None:
        raise MeteringDataError(problems)
    frame["species"] = frame["species"].map(_text)
    frame["status"] = frame["status"].map(_text)
    for idx in frame.index[frame["species"].isna()]:
        problems.append(DataProblem("required", table, rows[idx], "species"))
    bad_status = ~frame["status"].isin(TREE_STATUS)
    for idx in frame.index[bad_status]:
        problems.append(DataProblem("unknown_value", table, rows[idx], "status", frame.at[idx, "status"],
                                    ", ".join(TREE_STATUS)))
    _need(frame, rows, table, "dbh_cm", problems)

    resolved = resolve_species(frame["species"].dropna().unique(), params)
    warnings, sources = [], {}
    for idx in frame.index[frame["species"].notna()]:
        if resolved[frame.at[idx, "species"]] is None:
            problems.append(DataProblem("no_species_parameters", table, rows[idx], "species",
                                        frame.at[idx, "species"]))
    if problems:
        raise MeteringDataError(problems)

    keys = frame["species"].map(lambda s: resolved[s][0])
    p = params.species.loc[keys.tolist()].reset_index(drop=True)
    p.index = frame.index
    needs_h = (p["equation"] == "power_d2h") | (p["c"].fillna(0) != 0)
    _need(frame, rows, table, "height_m", problems, mask=needs_h)
    volume = p["route"] == "volume"
    # CDM AR-TOOL14 v04.2 tree defaults (methods.md §2): BEF 1.15 and R = exp(−1.085 + 0.9256 ln b)/b
    mode = getattr(params, "ar_tool14_trees", "off")
    if mode == "all":
        tool14 = volume.copy()
    elif mode == "missing":
        tool14 = volume & (p["bef"].isna() | p["r"].isna())
    else:
        tool14 = pd.Series(False, index=frame.index)
    for idx in frame.index[volume & (p["wd_t_m3"].isna() | (p["bef"].isna() & ~tool14))]:
        problems.append(DataProblem("missing_wood_density", table, rows[idx], "species", keys[idx]))
    dead = frame["status"] == "standing_dead"
    reduction, assumed = _decay_reduction(frame, rows, table, params, problems)
    if problems:
        raise MeteringDataError(problems)

    y = evaluate_equation(p["equation"], p["a"], p["b"], p["c"], frame["dbh_cm"], frame["height_m"])
    # Volume route: m³ × t/m³ × BEF; biomass routes give kg per tree.
    tool14_bef = params.factor("ar_tool14_bef")[0] if tool14.any() else math.nan
    bef = np.where(tool14, tool14_bef, p["bef"].fillna(0).to_numpy())
    b_ag = np.where(volume, y * p["wd_t_m3"].fillna(0) * bef, y / 1000.0)
    r = p["r"].to_numpy(dtype=float)
    if tool14.any():
        # b = the plot's live-tree above-ground biomass (t d.m./ha), the tool's stand-level argument
        live_b = pd.Series(np.where(dead, 0.0, b_ag), index=frame.index).groupby(frame["plot_id"]).sum()
        b_t_ha = live_b / (_areas(plots).reindex(live_b.index) / M2_PER_HA)
        from .parameters import ar_tool14_root_shoot

        r_plot = pd.Series(ar_tool14_root_shoot(b_t_ha.to_numpy()), index=b_t_ha.index)
        r = np.where(tool14, frame["plot_id"].map(r_plot).to_numpy(dtype=float), r)
    b_bg = b_ag * r
    cf = p["cf"].to_numpy()
    cf_dw = params.factors["deadwood_cf"]
    frame["c_agb"] = np.where(dead, 0.0, b_ag * cf)
    frame["c_bgb"] = np.where(dead, 0.0, b_bg * cf)
    frame["c_deadwood"] = np.where(dead, (b_ag + b_bg) * reduction.to_numpy() * cf_dw, 0.0)
    frame["route"] = p["route"].to_numpy()

    sums = frame.groupby("plot_id")[["c_agb", "c_bgb", "c_deadwood"]].sum()
    area = _areas(plots).reindex(sums.index)
    density = pd.DataFrame({
        "agb": _per_ha(sums["c_agb"], area),
        "bgb": _per_ha(sums["c_bgb"], area),
        "deadwood": _per_ha(sums["c_deadwood"], area),
    })
    # A tallied plot with only dead trees has measured live biomass 0, not "no data".
    density["has_trees"] = True
    density["has_dead"] = density.index.isin(frame.loc[dead, "plot_id"])
    method = frame.groupby("plot_id")["route"].agg(lambda r: "+".join(sorted(set(r))))

    for sp, (key, via_group) in ((s, v) for s, v in resolved.items()):
        sources["species_parameters:" + key] = params.species.at[key, "source"]
        if via_group:
            for plot in frame.loc[frame["species"] == sp, "plot_id"].unique():
                warnings.append(PlotWarning(plot, "group_default", {"value": sp, "other": key}))
    if tool14.any():
        _, key, source, _ = params.factor("ar_tool14_bef")
        sources["pool_factors:" + key] = source
        sources["ar_tool14:root_shoot"] = ("R = exp(−1.085 + 0.9256 ln b)/b, b in t d.m./ha: Cairns et al. 1997 "
                                           "Oecologia 111: 1-11, as adopted by CDM AR-TOOL14 v04.2 (clause to verify)")
        for plot, n in frame[tool14].groupby("plot_id").size().items():
            warnings.append(PlotWarning(plot, "ar_tool14_trees", {"value": int(n), "other": tool14_bef,
                                                                   "source": float(b_t_ha.get(plot, math.nan))}))
    for plot, n in frame[dead & assumed].groupby("plot_id").size().items():
        warnings.append(PlotWarning(plot, "decay_assumed", {"value": int(n)}))
    if dead.any():
        sources["pool_factors:deadwood_cf"] = params.factor_sources["deadwood_cf"]
        for k in frame.loc[dead, "decay_class"].fillna(1).unique() if "decay_class" in frame else [1]:
            sources["decay_classes:{0}".format(int(k))] = params.decay.at[int(k), "source"]
    return PoolDensities(density, method, warnings, sources)


# --------------------------------------------------------------------------- quadrats

def _quadrat_biomass(frame, group_cols):
    """Mean dry biomass (t d.m./ha) over the quadrats of each ``group_cols`` group."""
    frame = frame.copy()
    frame["dry_kg"] = frame["fresh_mass_kg"] * frame["sample_dry_g"] / frame["sample_fresh_g"]
    if "quadrat_id" not in frame.columns:
        frame["quadrat_id"] = None
    # Rows without a quadrat id are quadrats of their own.
    frame["quadrat_key"] = [q if not _blank(q) else "#row{0}".format(i)
                            for i, q in zip(frame.index, frame["quadrat_id"])]
    quadrats = frame.groupby(group_cols + ["quadrat_key"]).agg(
        dry_kg=("dry_kg", "sum"), area_m2=("quadrat_area_m2", "first"))
    quadrats["b_t_ha"] = quadrats["dry_kg"] / quadrats["area_m2"] * KG_M2_TO_T_HA
    return quadrats.groupby(level=group_cols)["b_t_ha"].mean()


def _check_harvest(frame, rows, table, problems):
    _need(frame, rows, table, "quadrat_area_m2", problems)
    _need(frame, rows, table, "fresh_mass_kg", problems, allow_zero=True)
    _need(frame, rows, table, "sample_fresh_g", problems)
    _need(frame, rows, table, "sample_dry_g", problems)
    wet = frame["sample_dry_g"] > frame["sample_fresh_g"]
    for idx in frame.index[wet.fillna(False)]:
        problems.append(DataProblem("dry_gt_fresh", table, rows[idx], "sample_dry_g",
                                    frame.at[idx, "sample_dry_g"], frame.at[idx, "sample_fresh_g"]))


HARVEST_NUMERIC = ("quadrat_area_m2", "fresh_mass_kg", "sample_fresh_g", "sample_dry_g")


def shrub_herb_carbon(shrub_herb, plots, params, table="shrub_herb"):
    """Shrub and herb layers by harvest: ``agb`` and ``bgb`` in t C/ha per plot."""
    problems = []
    plots = prepare_plots(plots)
    cols = ("plot_id", "layer") + HARVEST_NUMERIC
    frame, rows = _prepare(shrub_herb, table, cols, HARVEST_NUMERIC, set(plots["plot_id"]), problems)
    if frame is None:
        raise MeteringDataError(problems)
    frame["layer"] = frame["layer"].map(_text)
    for idx in frame.index[~frame["layer"].isin(SHRUB_LAYERS)]:
        problems.append(DataProblem("unknown_value", table, rows[idx], "layer", frame.at[idx, "layer"],
                                    ", ".join(SHRUB_LAYERS)))
    _check_harvest(frame, rows, table, problems)
    if problems:
        raise MeteringDataError(problems)
    biomass = _quadrat_biomass(frame, ["plot_id", "layer"]).reset_index()
    # Factors per metering object (pool_factors.csv rows with an object override the general row):
    # herb roots count on grassland (IPCC table 6.1 ratio), not under forest or on cropland (none).
    objects = plots.set_index("plot_id")["object"].map(_text) if "object" in plots.columns else \
        pd.Series(None, index=plots["plot_id"], dtype=object)
    sources, warnings = {}, []
    cf, r = [], []
    for plot, layer in zip(biomass["plot_id"], biomass["layer"]):
        obj = objects.get(plot)
        values = []
        for name in (layer + "_cf", layer + "_r"):
            value, key, source, _ = params.factor(name, obj)
            sources["pool_factors:" + key] = source
            values.append(value)
        cf.append(values[0])
        r.append(values[1])
        if layer == "herb":
            _, key, _, _ = params.factor("herb_r", obj)
            warnings.append(PlotWarning(plot, "herb_roots", {"value": values[1], "object": obj or "",
                                                              "other": key}))
    biomass["agb"] = biomass["b_t_ha"] * np.asarray(cf, dtype=float)
    biomass["bgb"] = biomass["b_t_ha"] * np.asarray(r, dtype=float) * np.asarray(cf, dtype=float)
    density = biomass.groupby("plot_id")[["agb", "bgb"]].sum()
    method = pd.Series("harvest", index=density.index)
    return PoolDensities(density, method, warnings, sources)


def litter_carbon(litter, plots, params, table="litter"):
    """Litter by harvest quadrats: ``litter`` in t C/ha per plot (B × CF_litter)."""
    problems = []
    plots = prepare_plots(plots)
    cols = ("plot_id",) + HARVEST_NUMERIC
    frame, rows = _prepare(litter, table, cols, HARVEST_NUMERIC, set(plots["plot_id"]), problems)
    if frame is None:
        raise MeteringDataError(problems)
    _check_harvest(frame, rows, table, problems)
    if problems:
        raise MeteringDataError(problems)
    biomass = _quadrat_biomass(frame, ["plot_id"])
    density = pd.DataFrame({"litter": biomass * params.factors["litter_cf"]})
    method = pd.Series("harvest", index=density.index)
    return PoolDensities(density, method, [], {"pool_factors:litter_cf": params.factor_sources["litter_cf"]})


# --------------------------------------------------------------------------- dead wood

def deadwood_carbon(deadwood, plots, params, table="deadwood"):
    """Lying dead wood: ``deadwood`` in t C/ha per plot (V × WD × reduction × CF)."""
    problems = []
    plots = prepare_plots(plots)
    numeric = ("diameter_cm", "length_m", "volume_m3")
    frame, rows = _prepare(deadwood, table, ("plot_id",), numeric, set(plots["plot_id"]), problems)
    if frame is None:
        raise MeteringDataError(problems)
    has_volume = frame["volume_m3"].notna()
    has_size = frame["diameter_cm"].notna() & frame["length_m"].notna()
    for idx in frame.index[~has_volume & ~has_size]:
        problems.append(DataProblem("deadwood_size", table, rows[idx], "volume_m3"))
    for col in numeric:
        bad = frame[col] <= 0
        for idx in frame.index[bad.fillna(False)]:
            problems.append(DataProblem("not_positive", table, rows[idx], col, frame.at[idx, col]))
    reduction, assumed = _decay_reduction(frame, rows, table, params, problems)
    if problems:
        raise MeteringDataError(problems)

    # Pieces measured by diameter and length are taken as cylinders.
    cylinder = math.pi / 4.0 * (frame["diameter_cm"] / 100.0) ** 2 * frame["length_m"]
    volume_m3 = frame["volume_m3"].where(has_volume, cylinder)
    species = frame["species"].map(_text) if "species" in frame.columns else \
        pd.Series(None, index=frame.index, dtype=object)
    resolved = resolve_species(species.dropna().unique(), params)

    def wood_density(sp):
        hit = resolved.get(sp) if sp is not None else None
        return params.species.at[hit[0], "wd_t_m3"] if hit else np.nan

    wd = species.map(wood_density).astype(float)
    default_wd = params.factors["deadwood_wd_t_m3"]
    wd_default = wd.isna()
    wd = wd.fillna(default_wd)
    frame["c_t"] = volume_m3 * wd * reduction * params.factors["deadwood_cf"]
    sums = frame.groupby("plot_id")["c_t"].sum()
    density = pd.DataFrame({"deadwood": _per_ha(sums, _areas(plots).reindex(sums.index))})
    method = pd.Series("lying", index=density.index)

    warnings = []
    for plot, n in frame[assumed].groupby("plot_id").size().items():
        warnings.append(PlotWarning(plot, "decay_assumed", {"value": int(n)}))
    for plot, n in frame[wd_default].groupby("plot_id").size().items():
        warnings.append(PlotWarning(plot, "deadwood_wd_default", {"value": int(n), "other": default_wd}))
    sources = {"pool_factors:deadwood_cf": params.factor_sources["deadwood_cf"]}
    if wd_default.any():
        sources["pool_factors:deadwood_wd_t_m3"] = params.factor_sources["deadwood_wd_t_m3"]
    for hit in resolved.values():
        if hit:
            sources["species_parameters:" + hit[0]] = params.species.at[hit[0], "source"]
    for k in frame.get("decay_class", pd.Series(dtype=float)).fillna(1).unique():
        if int(k) in params.decay.index:
            sources["decay_classes:{0}".format(int(k))] = params.decay.at[int(k), "source"]
    return PoolDensities(density, method, warnings, sources)


# --------------------------------------------------------------------------- soil

SOIL_NUMERIC = ("layer_top_cm", "layer_bottom_cm", "soc_g_kg", "som_g_kg", "bulk_density_g_cm3", "gravel_pct")


def soil_carbon(soil, plots, params, depth_cm, table="soil"):
    """Soil organic carbon to ``depth_cm`` (cm): ``soil`` in t C/ha per plot.

    Per layer SOCD = SOC (g/kg) × BD (g/cm³) × H (cm) × (1 − gravel %/100) / 10,
    H being the part of the layer above ``depth_cm``. Plots whose layers
    cover less than ``depth_cm`` are flagged; the gap counts as 0.
    """
    if depth_cm is None or not depth_cm > 0:
        raise ValueError("depth_cm must be a positive number of centimetres")
    problems = []
    plots = prepare_plots(plots)
    cols = ("plot_id", "layer_top_cm", "layer_bottom_cm", "bulk_density_g_cm3")
    frame, rows = _prepare(soil, table, cols, SOIL_NUMERIC, set(plots["plot_id"]), problems)
    if frame is None:
        raise MeteringDataError(problems)
    _need(frame, rows, table, "layer_top_cm", problems, allow_zero=True)
    _need(frame, rows, table, "layer_bottom_cm", problems)
    thin = frame["layer_bottom_cm"] <= frame["layer_top_cm"]
    for idx in frame.index[thin.fillna(False)]:
        problems.append(DataProblem("bottom_le_top", table, rows[idx], "layer_bottom_cm",
                                    frame.at[idx, "layer_bottom_cm"], frame.at[idx, "layer_top_cm"]))
    no_c = frame["soc_g_kg"].isna() & frame["som_g_kg"].isna()
    for idx in frame.index[no_c]:
        problems.append(DataProblem("soil_carbon_missing", table, rows[idx], "soc_g_kg"))
    for col in ("soc_g_kg", "som_g_kg"):
        for idx in frame.index[(frame[col] <= 0).fillna(False)]:
            problems.append(DataProblem("not_positive", table, rows[idx], col, frame.at[idx, col]))
    low, high = BULK_DENSITY_RANGE
    bd = frame["bulk_density_g_cm3"]
    for idx in frame.index[bd.isna()]:
        problems.append(DataProblem("required", table, rows[idx], "bulk_density_g_cm3"))
    for idx in frame.index[((bd < low) | (bd > high)).fillna(False)]:
        problems.append(DataProblem("out_of_range", table, rows[idx], "bulk_density_g_cm3", bd[idx],
                                    "{0}–{1}".format(low, high)))
    gravel = frame["gravel_pct"]
    for idx in frame.index[((gravel < 0) | (gravel > 100)).fillna(False)]:
        problems.append(DataProblem("out_of_range", table, rows[idx], "gravel_pct", gravel[idx], "0–100"))
    ordered = frame.sort_values(["plot_id", "layer_top_cm"])
    previous_bottom = ordered.groupby("plot_id")["layer_bottom_cm"].shift()
    overlap = (ordered["layer_top_cm"] < previous_bottom).fillna(False)
    for idx in ordered.index[overlap]:
        problems.append(DataProblem("layers_overlap", table, rows[idx], "layer_top_cm",
                                    frame.at[idx, "layer_top_cm"], frame.at[idx, "plot_id"]))
    if problems:
        raise MeteringDataError(problems)

    som_to_soc = params.factors["som_to_soc"]
    soc_g_kg = frame["soc_g_kg"].fillna(frame["som_g_kg"] * som_to_soc)
    h_cm = (np.minimum(frame["layer_bottom_cm"], depth_cm) - frame["layer_top_cm"]).clip(lower=0)
    gravel_fraction = gravel.fillna(0) / 100.0
    frame["socd"] = soc_g_kg * bd * h_cm * (1 - gravel_fraction) / 10.0
    frame["h_cm"] = h_cm
    sums = frame.groupby("plot_id")[["socd", "h_cm"]].sum()
    density = pd.DataFrame({"soil": sums["socd"]})
    method = pd.Series("layers", index=density.index)

    warnings = []
    for plot, covered in sums["h_cm"].items():
        if covered < depth_cm - 1e-9:
            warnings.append(PlotWarning(plot, "soil_short",
                                        {"value": float(covered), "other": float(depth_cm)}))
    for plot, n in frame[gravel.isna()].groupby("plot_id").size().items():
        warnings.append(PlotWarning(plot, "gravel_assumed", {"value": int(n)}))
    sources = {}
    if frame["soc_g_kg"].isna().any():
        sources["pool_factors:som_to_soc"] = params.factor_sources["som_to_soc"]
    return PoolDensities(density, method, warnings, sources)


# --------------------------------------------------------------------------- assembly

def plot_carbon(plots, trees, shrub_herb, litter, deadwood, soil, params, depth_cm=30.0,
                warning_templates=None, labels=None, words=None):
    """Carbon density per plot and pool (t C/ha) with method and warnings.

    Tables may be None or empty (no measurements of that kind). Returns a
    PlotCarbonResult whose ``plots`` holds the plots columns (result columns
    of an earlier run replaced) followed by RESULT_COLUMNS: ``agb bgb
    deadwood litter soil total`` (t C/ha), ``total_co2e`` (t CO2e/ha),
    ``soil_depth_cm``, ``method_<pool>`` (measurement route,
    ``measured_zero``, ``default`` or ``none``) and ``warnings`` (text,
    "; "-separated). Raises
    MeteringDataError listing every problem found in any table.
    ``labels`` (table -> name) says how tables are named in messages;
    ``warning_templates`` (code -> text) may translate the warnings, ``words`` (see
    PlotWarning.message) name their pools, objects and species.
    """
    labels = labels or {}
    plots = prepare_plots(plots, table=labels.get("plots", "plots"))
    problems = []
    # robustness (issue 16): values outside metering/data/plausible_ranges.csv are refused, also when
    # the survey was edited outside the forms (metering/plausibility.py).
    problems.extend(implausible_values({"plots": plots, "trees": trees, "shrub_herb": shrub_herb, "litter": litter,
                                        "deadwood": deadwood, "soil": soil}, labels))
    try:
        surveyed = surveyed_tables(plots, table=labels.get("plots", "plots"))
    except MeteringDataError as exc:
        problems.extend(exc.problems)
    parts = {}
    calls = (("trees", tree_carbon, trees, ()), ("shrub_herb", shrub_herb_carbon, shrub_herb, ()),
             ("litter", litter_carbon, litter, ()), ("deadwood", deadwood_carbon, deadwood, ()),
             ("soil", soil_carbon, soil, (depth_cm,)))
    for name, func, table, extra in calls:
        if _empty(table):
            continue
        try:
            parts[name] = func(table, plots, params, *extra, table=labels.get(name, name))
        except MeteringDataError as exc:
            problems.extend(exc.problems)
    if problems:
        raise MeteringDataError(problems)

    ids = pd.Index(plots["plot_id"])
    out = pd.DataFrame(index=ids)
    methods = pd.DataFrame(index=ids)
    measured = pd.DataFrame(False, index=ids, columns=list(POOLS))
    for pool in POOLS:
        out[pool] = 0.0
        methods[pool] = ""

    def add(pool, part_name, column, flag=None):
        part = parts.get(part_name)
        if part is None:
            return
        values = part.density[column].reindex(ids)
        has = values.notna() if flag is None else part.density[flag].reindex(ids).fillna(False).astype(bool)
        out.loc[has, pool] += values[has]
        route = part.method.reindex(ids) if pool != "deadwood" or part_name != "trees" else \
            pd.Series("standing_dead", index=ids)
        for pid in ids[has]:
            text = route.get(pid)
            if isinstance(text, str) and text:
                methods.at[pid, pool] = "+".join(x for x in (methods.at[pid, pool], text) if x)
        measured.loc[has, pool] = True

    add("agb", "trees", "agb", "has_trees")
    add("bgb", "trees", "bgb", "has_trees")
    add("agb", "shrub_herb", "agb")
    add("bgb", "shrub_herb", "bgb")
    add("deadwood", "trees", "deadwood", "has_dead")
    add("deadwood", "deadwood", "deadwood")
    add("litter", "litter", "litter")
    add("soil", "soil", "soil")

    warnings = [w for part in parts.values() for w in part.warnings]
    sources = {k: v for part in parts.values() for k, v in part.sources.items()}
    objects = plots.set_index("plot_id")["object"].map(_text)
    for pool in POOLS:
        for pid in ids[~measured[pool]]:
            if surveyed[pid] & set(SURVEYED_TABLES[pool]):
                # Searched and nothing found: a measurement of 0, not a gap to fill.
                methods.at[pid, pool] = "measured_zero"
                continue
            obj = objects.get(pid)
            found = params.default_for(obj, pool) if obj is not None else None
            if found is None:
                methods.at[pid, pool] = "none"
                warnings.append(PlotWarning(pid, "no_data", {"pool": pool, "object": obj or ""}))
                continue
            value, default_depth, source = found
            out.at[pid, pool] = value
            methods.at[pid, pool] = "default"
            sources["default_density:{0}/{1}".format(obj, pool)] = source
            warnings.append(PlotWarning(pid, "default_used", {"pool": pool, "value": value,
                                                              "object": obj, "source": source}))
            if pool == "soil" and default_depth is not None and abs(default_depth - depth_cm) > 1e-9:
                warnings.append(PlotWarning(pid, "default_depth", {"value": float(depth_cm),
                                                                   "other": default_depth}))

    covered = {pool: {objects.get(pid) for pid in ids[measured[pool]]} |
               {objects.get(pid) for pid in ids if surveyed[pid] & set(SURVEYED_TABLES[pool])} for pool in POOLS}
    warnings, summary = summarise_warnings(warnings, objects, covered)
    out["total"] = out[list(POOLS)].sum(axis=1)
    out["total_co2e"] = out["total"] * CO2_PER_C
    out["soil_depth_cm"] = float(depth_cm)
    for pool in POOLS:
        out["method_" + pool] = methods[pool]
    text = {pid: [] for pid in ids}
    for w in warnings:
        text[w.plot_id].append(w.message(warning_templates, words))
    out["warnings"] = [("; ".join(text[pid]) if text[pid] else None) for pid in ids]

    keep = [c for c in plots.columns if c not in RESULT_COLUMNS]
    result = plots[keep].copy()
    for col in RESULT_COLUMNS:
        result[col] = out[col].to_numpy()
    src = pd.DataFrame(sorted(sources.items()), columns=["parameter", "source"])
    src["status"] = [parameter_status(k, v, params) for k, v in zip(src["parameter"], src["source"])]
    return PlotCarbonResult(result, src, warnings, summary)
