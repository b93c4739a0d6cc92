"""Stratified sampling statistics of a density table (CDM AR-TOOL03 and AR-TOOL14).

Two tables next to stratum_density's densities, for the survey plan and the report:

- **plan** (AR-TOOL03, number of plots and Neyman allocation):
  n = (t/E)² (Σ wᵢ sᵢ)², E the allowable error (% of the stratified mean Σ wᵢ bᵢ), t two-sided
  with df = n − M (M strata); the smallest integer n that meets its own rule
  (:func:`metering.statistics.smallest_integer`). Neyman from the *unrounded* n:
  nᵢ = n_unrounded · wᵢ sᵢ / Σ wᵢ sᵢ, each rounded up.
- **estimate** (AR-TOOL14, stratified mean and its uncertainty):
  b = Σ wᵢ bᵢ, SE = √(Σ wᵢ² sᵢ² / nᵢ), half-width = t · SE with df = Σ nᵢ − M, U = half-width / b.

Weights wᵢ are the strata's areas over the total area (AR-TOOL03 / AR-TOOL14: wᵢ = Aᵢ / A),
summed from the overlay pieces (parcel_change or parcel_stock output) when they are given
(:func:`stratum_areas`); otherwise each stratum weighs by its share of the plots (the survey
taken as proportional to area) and the table says so (``weight_basis``).

Pure Python (numpy, pandas); no qgis import.
"""

import math

import numpy as np
import pandas as pd

from .errors import MeteringError, Note
from .statistics import smallest_integer, t_two_sided
from .vocabulary import ALL, ChangeFlag

#: ``weight_basis`` values: strata weighted by their area, or by their share of the plots.
BASIS_AREA, BASIS_PLOTS = "area", "plots"

#: Columns of the plan table (one row per stratum, then the ``ALL`` row with the totals).
PLAN_COLUMNS = (
    "stratum", "weight", "weight_basis", "area_ha", "n", "mean", "sd", "n_required_unrounded",
    "n_required", "t", "df", "precision_pct", "confidence_pct", "pool",
)
#: Columns of the stratified-estimate table (one row per stratum, then ``ALL``: the stratified mean).
ESTIMATE_COLUMNS = (
    "stratum", "weight", "weight_basis", "area_ha", "n", "mean", "sd", "se", "t", "df", "half_width",
    "u_pct", "confidence_pct", "pool",
)

#: Separator of crossed strata, as metering.density writes them ("forest_arbor|420101").
_SEPARATOR = "|"


class SamplingInputError(MeteringError):
    """Bad areas input. kinds: ``areas_missing_fields`` (layer, fields)."""


def stratum_areas(pieces, role, stratum_field="object", layer=""):
    """{stratum: area (ha)} of the metering objects of year ``role`` (``base``/``target``).

    ``pieces``: the overlay pieces (``<role>_object``, ``change_flag`` and ``area_ha`` or
    ``area_m2``). Pieces absent in that year (``target_only`` for the base year, ``base_only``
    for the metering year) are left out. With a crossed ``stratum_field`` present in the pieces
    (e.g. ``county``) the keys are ``object|value`` and the per-object sums are added too
    (the density table holds both); without it the keys are the objects.
    """
    column = role + "_object"
    area_column = "area_ha" if "area_ha" in pieces.columns else "area_m2"
    missing = [c for c in (column, area_column) if c not in pieces.columns]
    if missing:
        raise SamplingInputError("areas_missing_fields", layer=layer, fields=[column, "area_ha or area_m2"])
    frame = pieces
    if "change_flag" in pieces.columns:
        absent = ChangeFlag.TARGET_ONLY if role == "base" else ChangeFlag.BASE_ONLY
        flags = pd.to_numeric(pieces["change_flag"], errors="coerce")
        frame = pieces[flags != int(absent)]
    area = pd.to_numeric(frame[area_column], errors="coerce").fillna(0.0)
    if area_column == "area_m2":
        area = area / 10000.0
    objects = frame[column].map(lambda v: None if v is None or pd.isna(v) else str(v))
    out = {str(k): float(v) for k, v in area.groupby(objects).sum().items() if k is not None}
    if stratum_field and stratum_field != "object" and stratum_field in frame.columns:
        values = frame[stratum_field].map(lambda v: None if v is None or pd.isna(v) else str(v))
        keys = [None if o is None or v is None else o + _SEPARATOR + v for o, v in zip(objects, values)]
        keyed = pd.Series(keys, index=frame.index)
        for k, v in area.groupby(keyed).sum().items():
            if k is not None:
                out[str(k)] = float(v)
    return out


def _rows(table, pool, areas):
    """The strata the statistics use: measured by plots, n ≥ 2, an sd, mean > 0.

    Finest strata first: crossed ``object|value`` rows when the table has them and (with
    areas) the areas know them, else the per-object rows.
    """
    rows = table[(table["pool"] == pool) & (table["source"] == "plots") & (table["n"] >= 2)
                 & table["sd"].notna() & (table["mean"] > 0)]
    is_crossed = rows["stratum"].astype(str).str.contains(_SEPARATOR, regex=False)
    crossed, plain = rows[is_crossed], rows[~is_crossed]
    if areas is not None:
        crossed = crossed[crossed["stratum"].isin(list(areas))]
        plain = plain[plain["stratum"].isin(list(areas))]
    return crossed if len(crossed) else plain


def _weights(rows, areas):
    if areas is not None:
        area = np.asarray([float(areas[s]) for s in rows["stratum"]], dtype=float)
        return area, BASIS_AREA
    return np.asarray(rows["n"], dtype=float), BASIS_PLOTS


def sampling_tables(table, precision_pct=10.0, confidence_pct=90.0, areas=None, pool="total"):
    """The plan and the stratified estimate of ``pool`` from a stratum_density table.

    ``areas``: {stratum: ha} (:func:`stratum_areas`) or None (weights = plot shares).
    Returns ``(plan, estimate, notes)``: two DataFrames (PLAN_COLUMNS, ESTIMATE_COLUMNS),
    empty when no stratum has n ≥ 2 plots, and Notes: strata with an area left out of the
    weights because they have fewer than two plots (``sampling_strata_without_plots``);
    the weight basis is the tables' ``weight_basis``.
    """
    notes = []
    rows = _rows(table, pool, areas)
    if areas is not None:
        used = set(rows["stratum"])
        crossed = any(_SEPARATOR in s for s in used)
        idle = sorted(s for s, a in areas.items() if a > 0 and s not in used and (_SEPARATOR in s) == crossed)
        if idle:
            notes.append(Note.warning("sampling_strata_without_plots", strata=idle,
                                      area_ha=float(sum(areas[s] for s in idle))))
    area, basis = _weights(rows, areas)
    if rows.empty or area.sum() <= 0:
        return pd.DataFrame(columns=list(PLAN_COLUMNS)), pd.DataFrame(columns=list(ESTIMATE_COLUMNS)), notes
    w = area / area.sum()
    s = rows["sd"].to_numpy(dtype=float)
    b = rows["mean"].to_numpy(dtype=float)
    n_plots = rows["n"].to_numpy(dtype=float)
    strata = len(rows)
    area_ha = area if basis == BASIS_AREA else np.full(strata, np.nan)
    stratified_mean = float(np.sum(w * b))

    # --- plan (AR-TOOL03)
    allowable = precision_pct / 100.0 * stratified_mean
    ws = float(np.sum(w * s))
    factor = (ws / allowable) ** 2 if allowable > 0 else math.inf
    n = smallest_integer(lambda k: k >= t_two_sided(confidence_pct, k - strata) ** 2 * factor, strata + 1)
    t_plan = t_two_sided(confidence_pct, n - strata) if n is not None else math.nan
    unrounded = t_plan ** 2 * factor if n is not None else math.nan
    share = w * s / ws if ws > 0 else np.zeros(strata)
    n_i_unrounded = unrounded * share
    n_i = [int(math.ceil(x)) if np.isfinite(x) else None for x in n_i_unrounded]
    common = dict(precision_pct=precision_pct, confidence_pct=confidence_pct, pool=pool)
    plan = pd.DataFrame({
        "stratum": rows["stratum"].tolist(), "weight": w, "weight_basis": basis, "area_ha": area_ha,
        "n": n_plots.astype(int), "mean": b, "sd": s, "n_required_unrounded": n_i_unrounded,
        "n_required": n_i, "t": t_plan, "df": (n - strata) if n is not None else None, **common,
    })
    plan_total = dict(stratum=ALL, weight=1.0, weight_basis=basis,
                      area_ha=float(area.sum()) if basis == BASIS_AREA else math.nan, n=int(n_plots.sum()),
                      mean=stratified_mean, sd=math.nan, n_required_unrounded=unrounded, n_required=n,
                      t=t_plan, df=(n - strata) if n is not None else None, **common)
    plan = pd.concat([plan, pd.DataFrame([plan_total])], ignore_index=True)[list(PLAN_COLUMNS)]
    for column in ("n_required", "df"):
        plan[column] = pd.to_numeric(plan[column], errors="coerce").astype(float)

    # --- stratified estimate (AR-TOOL14)
    se_i = s / np.sqrt(n_plots)
    df = int(n_plots.sum()) - strata
    t_est = t_two_sided(confidence_pct, df) if df > 0 else math.nan
    se = float(math.sqrt(np.sum(w ** 2 * s ** 2 / n_plots)))
    half_width = t_est * se
    t_i = np.asarray([t_two_sided(confidence_pct, int(k) - 1) for k in n_plots])
    estimate = pd.DataFrame({
        "stratum": rows["stratum"].tolist(), "weight": w, "weight_basis": basis, "area_ha": area_ha,
        "n": n_plots.astype(int), "mean": b, "sd": s, "se": se_i, "t": t_i, "df": n_plots.astype(int) - 1,
        "half_width": t_i * se_i, "u_pct": t_i * se_i / b * 100.0, "confidence_pct": confidence_pct, "pool": pool,
    })
    total = dict(stratum=ALL, weight=1.0, weight_basis=basis, area_ha=plan_total["area_ha"],
                 n=int(n_plots.sum()), mean=stratified_mean, sd=math.nan, se=se, t=t_est, df=df,
                 half_width=half_width, u_pct=half_width / stratified_mean * 100.0,
                 confidence_pct=confidence_pct, pool=pool)
    estimate = pd.concat([estimate, pd.DataFrame([total])], ignore_index=True)[list(ESTIMATE_COLUMNS)]
    return plan, estimate, notes
