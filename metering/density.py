"""Stratum carbon densities from plot densities (Hubei spec ch. 6 and 9; CDM AR-TOOL14, AR-TOOL03).

Input: one row per plot with its metering ``object``, an optional stratum
value and the pool densities ``agb bgb deadwood litter soil total`` in t C/ha
(the ``plot_carbon`` output). Output: a long table, one row per stratum and
pool, with n, mean, sd, SE, the confidence half-width (t × SE, df = n − 1)
and U % = half-width / mean × 100. Objects without plots take the shipped
(or the user's) default densities, flagged ``source = default`` with their own,
larger uncertainty; so does a pool that no plot of a stratum measured (values
plot_carbon filled from the default table are not counted as observations).

Pure Python (numpy, pandas); no qgis import.
"""

import hashlib
import math
import os
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import plausibility
from .errors import MeteringError, Note, report
from .landclass import normalize_code
from .statistics import smallest_integer, t_two_sided
from .vocabulary import CONFIDENCE_PCT, DENSITY_COLUMNS, POOLS, POOLS_WITH_TOTAL, SURVEY_YEAR, KeyKind

DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
DEFAULT_DENSITY_CSV = os.path.join(DATA_DIR, "default_density.csv")
METERING_OBJECTS_CSV = os.path.join(DATA_DIR, "metering_objects.csv")

SOURCE_PLOTS = "plots"
SOURCE_DEFAULT = "default"

#: Separator between the object and the stratum value in crossed strata ("forest_arbor|420101").
STRATUM_SEPARATOR = "|"

#: plot_carbon's ``method_<pool>`` values for a pool it did not measure (filled, not observed).
FILLED_METHODS = ("default", "none")

#: Note of the per-object rows added to a crossed-strata table.
POOLED_NOTE = "all plots of the object pooled over the crossed strata"


class DensityInputError(MeteringError):
    """Bad plot, default-table or density-table input (a :class:`MeteringError`).

    kinds: ``missing_fields`` (layer, fields), ``plot_unknown_object`` (layer, rows: [(fid, object)]),
    ``plot_negative_density`` / ``plot_not_numeric`` (layer, rows: [(fid, pool, value)]),
    ``defaults_missing`` (table, pairs: [(object, pool)]), ``defaults_format`` (table, columns),
    ``defaults_not_numeric`` / ``defaults_negative`` (table, rows: [(row, object, pool, value)]),
    ``density_table_format`` (table, columns), ``density_not_numeric`` / ``density_negative``
    (table, rows: [(key, pool, value)]), ``density_duplicate`` (table, keys), ``density_incomplete``
    (table, rows: [(key, pools)]).
    """


# ---------------------------------------------------------------------------
# Parameter tables
# ---------------------------------------------------------------------------


def load_metering_objects(path=METERING_OBJECTS_CSV):
    """The metering objects table (object ids as text, ``metered`` as bool)."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    table["metered"] = table["metered"].str.strip() == "1"
    return table


def metered_objects(path=METERING_OBJECTS_CSV):
    """Ids of the objects whose carbon is metered (all but ``non_metered``/``unmapped``)."""
    table = load_metering_objects(path)
    return [o for o, m in zip(table["object"], table["metered"]) if m]


def load_default_density(path=DEFAULT_DENSITY_CSV):
    """The shipped default-density table, long: object, pool, mean (t C/ha), u_pct, source."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    return normalize_defaults(table)


def _first_present(columns, candidates):
    for name in candidates:
        if name in columns:
            return name
    return None


def normalize_defaults(frame, table=""):
    """A user or shipped default table as long rows: object, pool, mean, u_pct, source.

    Accepts long (``object``/``stratum``/``key``, ``pool``, ``mean``, optional ``u_pct``,
    ``source``) or wide (key column + the pool columns in t C/ha, optional ``u_pct``
    applying to all pools of the row). A missing ``u_pct`` is NaN (no uncertainty known).
    A mean or U % that is not a number, or is negative, is an error naming ``table``, the
    row (its ``fid`` when the table has one, else its 1-based position) and the value.
    """
    frame = frame.copy()
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    rows = frame["fid"].tolist() if "fid" in frame.columns else list(range(1, len(frame) + 1))
    key = _first_present(frame.columns, ("object", "stratum", "key"))
    if key is None:
        raise DensityInputError("defaults_format", table=table, columns=list(frame.columns))

    def part(pool, mean):
        return pd.DataFrame({
            "row": rows,
            "object": frame[key].astype(str).str.strip().tolist(),
            "pool": pool,
            "mean": list(mean),
            "u_pct": frame["u_pct"].tolist() if "u_pct" in frame.columns else np.nan,
            "source": frame["source"].tolist() if "source" in frame.columns else "",
        })

    if "pool" in frame.columns and "mean" in frame.columns:
        long = part(frame["pool"].astype(str).str.strip().str.lower().tolist(), frame["mean"])
    else:
        pools = [p for p in POOLS if p in frame.columns]
        if not pools:
            raise DensityInputError("defaults_format", table=table, columns=list(frame.columns))
        long = pd.concat([part(pool, frame[pool]) for pool in pools], ignore_index=True)
    long = long[long["pool"].isin(POOLS)].copy()
    for column in ("mean", "u_pct"):
        text = long[column].map(lambda v: "" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v))
        values = pd.to_numeric(long[column].replace("", np.nan), errors="coerce")
        bad = long[values.isna() & (text.str.strip() != "")]
        if column == "mean":
            bad = pd.concat([bad, long[values.isna() & (text.str.strip() == "")]])
        if len(bad):
            raise DensityInputError("defaults_not_numeric", table=table, column=column, rows=[
                (r.row, r.object, r.pool, r[column]) for _, r in bad.sort_index().iterrows()])
        negative = long[values < 0]
        if len(negative):
            raise DensityInputError("defaults_negative", table=table, column=column, rows=[
                (r.row, r.object, r.pool, v) for (_, r), v in zip(negative.iterrows(), values[values < 0])])
        long[column] = values
    # The one table of plausible ranges (metering/data/plausible_ranges.csv, default_density.mean):
    # a density no stand reaches is refused like a negative one (issue 16).
    plausibility.refuse("default_density", long[["mean"]], label=table, row_ids=long["row"].tolist())
    long["source"] = long["source"].fillna("").astype(str)
    return long.drop(columns=["row"]).reset_index(drop=True)


def missing_defaults(defaults, objects_table=None):
    """(object, pool) pairs of the metered objects that a normalised default table lacks."""
    objects_table = load_metering_objects() if objects_table is None else objects_table
    lookup = default_lookup(defaults)
    metered = [o for o, m in zip(objects_table["object"], objects_table["metered"]) if m]
    return [(o, p) for o in metered for p in POOLS if (o, p) not in lookup]


def check_default_table(frame, table=""):
    """A user default-density table as stratum_density reads it (``normalize_defaults``: format,
    numbers, negatives, plausible ranges), complete for every metered object (``defaults_missing``).
    check_inputs calls it before the chain runs; returns the normalised table."""
    defaults = normalize_defaults(frame.drop(columns=[c for c in ("fid",) if c in frame.columns]), table)
    missing = missing_defaults(defaults)
    if missing:
        raise DensityInputError("defaults_missing", table=table, pairs=missing)
    return defaults


def default_lookup(defaults):
    """{(object, pool): (mean t C/ha, u_pct, source)} from a normalised default table."""
    return {
        (r.object, r.pool): (float(r.mean), float(r.u_pct), r.source)
        for r in defaults.itertuples(index=False)
    }


# ---------------------------------------------------------------------------
# Statistics
# ---------------------------------------------------------------------------


def sample_statistics(values, confidence_pct=90.0):
    """n, mean, sd, SE, half-width and U % of plot densities (t C/ha).

    SE = s/√n; half-width = t(df = n − 1) × SE, two-sided at ``confidence_pct``
    (AR-TOOL14 §; Hubei spec ch. 9); U % = half-width / mean × 100. With n = 1
    the spread cannot be estimated: sd, SE, half-width and U are NaN.
    """
    x = np.asarray([v for v in values if v is not None and not pd.isna(v)], dtype=float)
    n = int(x.size)
    if n == 0:
        return dict(n=0, mean=math.nan, sd=math.nan, se=math.nan, half_width=math.nan, u_pct=math.nan)
    mean = float(x.mean())
    if n < 2:
        return dict(n=n, mean=mean, sd=math.nan, se=math.nan, half_width=math.nan, u_pct=math.nan)
    sd = float(x.std(ddof=1))
    se = sd / math.sqrt(n)
    half_width = t_two_sided(confidence_pct, n - 1) * se
    u_pct = half_width / mean * 100.0 if mean != 0 else math.nan
    return dict(n=n, mean=mean, sd=sd, se=se, half_width=half_width, u_pct=u_pct)


def plots_required(cv_pct, precision_pct=10.0, confidence_pct=90.0):
    """Number of plots for a target precision in one stratum (CDM AR-TOOL03).

    The smallest n ≥ 2 with n ≥ (t(n − 1) · CV / E)², CV and E in percent of the mean. The
    usual fixed-point iteration on the degrees of freedom can alternate between two values
    and stop on one that does not meet its own rule (CV 3 %, E 5 %: 2, where 4 is needed);
    the smallest n that meets it is returned instead. NaN when CV is unknown.
    """
    from .change_estimator import smallest_plots_required

    return smallest_plots_required(cv_pct, precision_pct, confidence_pct)


def plots_required_stratified(weights, sds, means, precision_pct=10.0, confidence_pct=90.0):
    """Total plots and Neyman allocation for a stratified survey (AR-TOOL03; methods.md §3).

    ``weights`` w_i are the strata's area shares (normalised here), ``sds`` s_i and
    ``means`` their plot sd and mean (t C/ha). The allowable error E is
    ``precision_pct`` of the stratified mean Σ w_i·mean_i. n = (t/E)² (Σ w_i s_i)²,
    iterated on df = n − M (M strata); n_i = n · w_i s_i / Σ w_i s_i (rounded up).
    Returns (n, [n_i]).
    """
    w = np.asarray(weights, dtype=float)
    w = w / w.sum()
    s = np.asarray(sds, dtype=float)
    mean = float(np.sum(w * np.asarray(means, dtype=float)))
    allowable = precision_pct / 100.0 * mean
    ws = float(np.sum(w * s))
    strata = len(w)
    factor = (ws / allowable) ** 2 if allowable > 0 else math.inf

    def satisfied(n):
        return n >= t_two_sided(confidence_pct, n - strata) ** 2 * factor

    # the smallest n ≥ M + 1 meeting its own rule (t decreases with n, so the rule, once met, stays met)
    n = smallest_integer(satisfied, strata + 1)
    # Neyman allocation from the unrounded total (t at the final df), each stratum rounded up
    unrounded = t_two_sided(confidence_pct, n - strata) ** 2 * factor
    allocation = [int(math.ceil(unrounded * wi * si / ws)) if ws > 0 else 0 for wi, si in zip(w, s)]
    return n, allocation


def stratified_plan(table, precision_pct=10.0, confidence_pct=90.0, pool="total", weights=None):
    """The stratified plot number for a density table (AR-TOOL03, Neyman allocation).

    Uses the rows of ``pool`` measured by plots with n >= 2 and an sd; in a table
    with crossed strata (``object|value``) only those finest strata (the pooled
    per-object rows would count the plots twice). ``weights`` {stratum: area} are
    the strata weights; without them each stratum weighs by its share of the
    plots (the survey taken as proportional to area). Returns None when no
    stratum qualifies, else dict(strata, weights (normalised), n, allocation)
    from :func:`plots_required_stratified`.
    """
    rows = table[(table["pool"] == pool) & (table["source"] == SOURCE_PLOTS) & (table["n"] >= 2)
                 & table["sd"].notna() & (table["mean"] > 0)]
    crossed = rows[rows["stratum"].astype(str).str.contains(STRATUM_SEPARATOR, regex=False)]
    if len(crossed):
        rows = crossed
    if weights is not None:
        rows = rows[rows["stratum"].isin(list(weights))]
    if rows.empty:
        return None
    w = [float(weights[s]) for s in rows["stratum"]] if weights is not None else [float(n) for n in rows["n"]]
    if sum(w) <= 0:
        return None
    n, allocation = plots_required_stratified(w, rows["sd"].tolist(), rows["mean"].tolist(), precision_pct,
                                              confidence_pct)
    total_w = sum(w)
    return dict(strata=list(rows["stratum"]), weights=[x / total_w for x in w], n=n, allocation=allocation)


def stratified_estimate(weights, means, sds, ns, confidence_pct=90.0):
    """Stratified mean and its uncertainty (AR-TOOL14: mean = Σ w_i b_i).

    u = t · √(Σ w_i² s_i² / n_i) / mean, t two-sided with df = Σ n_i − M.
    Returns dict(mean, se, half_width, u_pct, df).
    """
    w = np.asarray(weights, dtype=float)
    w = w / w.sum()
    b = np.asarray(means, dtype=float)
    s = np.asarray(sds, dtype=float)
    n = np.asarray(ns, dtype=float)
    mean = float(np.sum(w * b))
    se = float(math.sqrt(np.sum(w ** 2 * s ** 2 / n)))
    df = int(n.sum()) - len(w)
    half_width = t_two_sided(confidence_pct, df) * se
    return dict(mean=mean, se=se, half_width=half_width, u_pct=half_width / mean * 100.0, df=df)


def sum_uncertainty_pct(values, u_pcts):
    """U % of a sum of independent terms (IPCC 2006 GL vol. 1 eq. 3.2)."""
    x = np.asarray(values, dtype=float)
    u = np.asarray(u_pcts, dtype=float)
    total = float(x.sum())
    if total == 0:
        return math.nan
    return float(math.sqrt(np.sum((u * x) ** 2)) / abs(total))


# ---------------------------------------------------------------------------
# The stratum density table
# ---------------------------------------------------------------------------


def _year_text(value):
    """A survey_year value as text ("2020" for 2020, 2020.0 and " 2020 "); None for NULL."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip()
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    if text.upper() in ("NULL", "NAN", "<NA>", "NONE"):  # an empty cell written out as text
        return None
    return text or None


def plots_of_year(plots, year=None, pool_years=False, layer=""):
    """The plots one year's densities come from; refuses to pool survey years silently.

    ``year`` given: the plots whose ``survey_year`` is that year; none → ``plots_year_missing``
    (the chain's year and the plots' years do not match), naming the years present.
    ``year`` None: all plots, unless they hold more than one survey year and ``pool_years`` is
    False → ``plots_years_pooled`` (a pooled mean is the density of no year; issue 15).
    """
    if "survey_year" not in plots.columns:
        if year is not None:
            raise DensityInputError("missing_fields", layer=layer, fields=["survey_year"])
        return plots
    years = [_year_text(v) for v in plots["survey_year"]]
    present = sorted({y for y in years if y is not None})
    if year is not None:
        keep = [y == str(int(year)) for y in years]
        if not any(keep) and len(plots):
            raise DensityInputError("plots_year_missing", layer=layer, year=int(year),
                                    years=", ".join(present) or "NULL")
        return plots[keep]
    if len(present) > 1 and not pool_years:
        raise DensityInputError("plots_years_pooled", layer=layer, years=", ".join(present))
    return plots


def survey_year_of(plots):
    """The one survey year of ``plots`` (int), or None: no survey_year field, no year, or several
    (pooled on purpose). stratum_density records it on its output (vocabulary.SURVEY_YEAR)."""
    if SURVEY_YEAR not in plots.columns:
        return None
    years = {_year_text(v) for v in plots[SURVEY_YEAR]} - {None}
    if len(years) != 1:
        return None
    year = years.pop()
    return int(year) if year.lstrip("-").isdigit() else None


def validate_plots(plots, objects_table=None, layer=""):
    """Check a plots frame (``fid``, ``object``, the pools); raise DensityInputError naming ``layer``."""
    missing = [f for f in ("object",) + POOLS_WITH_TOTAL if f not in plots.columns]
    if missing:
        raise DensityInputError("missing_fields", layer=layer, fields=missing)
    objects_table = load_metering_objects() if objects_table is None else objects_table
    metered = set(objects_table.loc[objects_table["metered"], "object"])
    fids = plots["fid"] if "fid" in plots.columns else pd.Series(plots.index, index=plots.index)
    bad = [(fid, obj) for fid, obj in zip(fids, plots["object"]) if obj not in metered]
    if bad:
        raise DensityInputError("plot_unknown_object", layer=layer, rows=bad)
    not_numeric, negative = [], []
    for pool in POOLS_WITH_TOTAL:
        raw = plots[pool]
        values = pd.to_numeric(raw, errors="coerce")
        for fid, r, v in zip(fids, raw, values):
            if pd.isna(v) and r is not None and not pd.isna(r) and str(r).strip() != "":
                not_numeric.append((fid, pool, r))
            elif not pd.isna(v) and v < 0:
                negative.append((fid, pool, v))
    if not_numeric:
        raise DensityInputError("plot_not_numeric", layer=layer, rows=not_numeric)
    if negative:
        raise DensityInputError("plot_negative_density", layer=layer, rows=negative)


def _default_row(stratum, obj, value, pool, lookup, note):
    mean, u_pct, source = lookup[(obj, pool)]
    return dict(
        stratum=stratum, object=obj, stratum_value=value, pool=pool, n=0, mean=mean,
        sd=math.nan, se=math.nan, half_width=mean * u_pct / 100.0, u_pct=u_pct,
        source=SOURCE_DEFAULT, n_required=math.nan, note=(note + "; " + source).strip("; "),
    )


def _default_total(rows):
    """The total row of a group of per-pool rows: Σ means, U by IPCC eq. 3.2."""
    first = rows[0]
    mean = sum(r["mean"] for r in rows)
    u_pct = sum_uncertainty_pct([r["mean"] for r in rows], [r["u_pct"] for r in rows])
    return dict(
        stratum=first["stratum"], object=first["object"], stratum_value=first["stratum_value"],
        pool="total", n=0, mean=mean, sd=math.nan, se=math.nan,
        half_width=mean * u_pct / 100.0 if not pd.isna(u_pct) else math.nan, u_pct=u_pct,
        source=SOURCE_DEFAULT, n_required=math.nan, note="sum of the default pools; U by IPCC eq. 3.2",
    )


def stratum_label(obj, value, stratum_field):
    """The stratum id: the object, or ``object|value`` when crossed with another field."""
    if stratum_field in (None, "", "object") or value is None or pd.isna(value) or str(value) == obj:
        return obj
    return "{0}{1}{2}".format(obj, STRATUM_SEPARATOR, value)


def mask_filled_pools(plots):
    """Pool values plot_carbon did not measure, as NaN.

    plot_carbon fills a pool without measurements with the object's default
    density (``method_<pool>`` = ``default``) or 0 (``none``). Such a value is not
    an observation: counted as one it would shrink the stratum's sd and U %.
    Pools without a ``method_<pool>`` column are left as they are. Returns a copy.
    """
    plots = plots.copy()
    for pool in POOLS:
        column = "method_" + pool
        if column not in plots.columns:
            continue
        method = plots[column].map(lambda v: "" if v is None or pd.isna(v) else str(v).strip().lower())
        plots[pool] = plots[pool].where(~method.isin(FILLED_METHODS), np.nan)
    return plots


def _composite_total(stratum, obj, value, pool_rows, n_plots, note):
    """The total row as the sum of the pool rows: mean = Σ pool means (t C/ha),
    half-width = √Σ half-width² (IPCC 2006 GL vol. 1 eq. 3.2, pools independent)."""
    mean = sum(r["mean"] for r in pool_rows)
    half_width = math.sqrt(sum(r["half_width"] ** 2 for r in pool_rows))
    u_pct = half_width / mean * 100.0 if mean != 0 else math.nan
    source = SOURCE_PLOTS if any(r["source"] == SOURCE_PLOTS for r in pool_rows) else SOURCE_DEFAULT
    return dict(
        stratum=stratum, object=obj, stratum_value=value, pool="total", n=n_plots, mean=mean,
        sd=math.nan, se=math.nan, half_width=half_width, u_pct=u_pct, source=source,
        n_required=math.nan, note=note,
    )


def _stratum_rows(stratum, obj, value, group, lookup, confidence_pct, target_precision_pct, extra_note=""):
    """The rows (pools, then total) of one stratum from its plots."""

    def with_extra(note):
        return "; ".join(x for x in (note, extra_note) if x)

    rows = []
    for pool in POOLS:
        stats = sample_statistics(group[pool].tolist(), confidence_pct)
        if stats["n"] == 0:
            rows.append(_default_row(stratum, obj, value, pool, lookup, with_extra("no plot values for this pool")))
            continue
        note = ""
        if stats["n"] == 1:
            stats["u_pct"] = lookup[(obj, pool)][1]
            stats["half_width"] = stats["mean"] * stats["u_pct"] / 100.0
            note = "n = 1: spread not estimable; U % from the default table"
        rows.append(_plot_row(stratum, obj, value, pool, stats, target_precision_pct, confidence_pct,
                              with_extra(note)))

    # The plot totals are a sample of the total only where every pool of every plot was
    # measured; otherwise a total would mix observations with default fills.
    complete = bool(group[list(POOLS)].notna().to_numpy().all()) and bool(group["total"].notna().all())
    if not complete:
        rows.append(_composite_total(stratum, obj, value, rows, len(group), with_extra(
            "sum of the pool means (some pools not measured in every plot); U by IPCC eq. 3.2")))
        return rows
    stats = sample_statistics(group["total"].tolist(), confidence_pct)
    note = ""
    if stats["n"] == 1:
        stats["u_pct"] = sum_uncertainty_pct([lookup[(obj, p)][0] for p in POOLS],
                                             [lookup[(obj, p)][1] for p in POOLS])
        stats["half_width"] = stats["mean"] * stats["u_pct"] / 100.0
        note = "n = 1: spread not estimable; U % from the default table"
    rows.append(_plot_row(stratum, obj, value, "total", stats, target_precision_pct, confidence_pct,
                          with_extra(note)))
    return rows


def _plot_row(stratum, obj, value, pool, stats, target_precision_pct, confidence_pct, note):
    cv_pct = stats["sd"] / stats["mean"] * 100.0 if stats["n"] >= 2 and stats["mean"] > 0 else math.nan
    return dict(
        stratum=stratum, object=obj, stratum_value=value, pool=pool, n=stats["n"],
        mean=stats["mean"], sd=stats["sd"], se=stats["se"], half_width=stats["half_width"],
        u_pct=stats["u_pct"], source=SOURCE_PLOTS,
        n_required=plots_required(cv_pct, target_precision_pct, confidence_pct), note=note,
    )


def stratum_density(plots, stratum_field="object", confidence_pct=90.0, target_precision_pct=10.0,
                    defaults=None, objects_table=None, progress=None, layer="", defaults_name="",
                    survey_year=None):
    """The stratum density table (long), see the module docstring.

    ``plots``: DataFrame with ``object``, the pools (t C/ha), ``stratum_field`` and,
    when present, ``method_<pool>``: values filled by plot_carbon (``default`` or
    ``none``) are not observations and are left out (``mask_filled_pools``).
    ``defaults``: a normalised default table (``normalize_defaults``); the shipped
    one when None. Every metered object without any plot gets default rows.
    Strata with n = 1 keep the plot value as mean; sd/SE/half-width are NaN and
    U % is taken from the default table for that object and pool (noted).
    A pool with no plot values in a stratum falls back to the default (noted).
    The ``total`` row is the statistics of the plot totals when every plot of the
    stratum has every pool measured; otherwise it is the sum of the pool rows'
    means, with half-width √Σ half-width² (IPCC 2006 GL vol. 1 eq. 3.2).

    With a crossed ``stratum_field`` (not ``object``) the table holds the crossed
    strata ``object|value`` (plots with a value) *and* one row set per object
    with all its plots pooled (stratum = object), so the table can key
    parcel_stock by object.
    ``progress``: the metering.errors progress callback (may ask to stop: ``Cancelled``).
    ``layer``/``defaults_name`` name the plots layer and the default table in errors.
    ``survey_year``: the year the plots were surveyed (``survey_year_of``), written on every row
    (``survey_year``, NULL when None) so that parcel_stock can check it against its years.
    """
    objects_table = load_metering_objects() if objects_table is None else objects_table
    validate_plots(plots, objects_table, layer)
    defaults = load_default_density() if defaults is None else defaults
    lookup = default_lookup(defaults)
    metered = [o for o, m in zip(objects_table["object"], objects_table["metered"]) if m]
    missing_defaults = [(o, p) for o in metered for p in POOLS if (o, p) not in lookup]
    if missing_defaults:
        raise DensityInputError("defaults_missing", table=defaults_name, pairs=missing_defaults)

    plots = plots.copy()
    for pool in POOLS_WITH_TOTAL:
        plots[pool] = pd.to_numeric(plots[pool], errors="coerce")
    plots = mask_filled_pools(plots)
    field = stratum_field or "object"
    crossed = field != "object"
    values = plots[field] if field in plots.columns else pd.Series([None] * len(plots), index=plots.index)
    plots["_value"] = [None if v is None or pd.isna(v) else str(v) for v in values]
    plots["_stratum"] = [stratum_label(o, v, field) for o, v in zip(plots["object"], plots["_value"])]

    # (stratum, object, stratum value, plots, note)
    groups = []
    if crossed:
        with_value = plots[plots["_stratum"] != plots["object"]]
        for stratum, group in with_value.groupby("_stratum", sort=True):
            groups.append((stratum, group["object"].iloc[0], group["_value"].iloc[0], group, ""))
    for obj, group in plots.groupby("object", sort=True):
        groups.append((obj, obj, obj, group, POOLED_NOTE if crossed else ""))
    groups.sort(key=lambda g: g[0])

    rows = []
    for index, (stratum, obj, value, group, note) in enumerate(groups):
        report(progress, index / max(len(groups), 1))
        rows.extend(_stratum_rows(stratum, obj, value, group, lookup, confidence_pct, target_precision_pct,
                                  note))

    with_plots = set(plots["object"])
    for obj in metered:
        if obj in with_plots:
            continue
        pool_rows = [_default_row(obj, obj, obj, pool, lookup, "no plots for this object") for pool in POOLS]
        rows.extend(pool_rows)
        rows.append(_default_total(pool_rows))

    table = pd.DataFrame(rows, columns=[c for c in DENSITY_COLUMNS if c != CONFIDENCE_PCT])
    table[CONFIDENCE_PCT] = float(confidence_pct)
    table["n"] = table["n"].astype("int64")
    table["n_required"] = table["n_required"].astype("float64")
    table[SURVEY_YEAR] = pd.array([None if survey_year is None else int(survey_year)] * len(table), dtype="Int64")
    return table


# ---------------------------------------------------------------------------
# The density table parcel_stock, uncertainty and the report read
# ---------------------------------------------------------------------------


def per_value(values, function):
    """``[function(v) for v in values]`` computed once per distinct value (same type and value).

    Parcel columns repeat a few codes, objects and counties over many pieces: this keeps
    row-wise conversions cheap on a county of 10⁵ pieces without changing what they give.
    """
    memo = {}
    out = []
    for v in values:
        key = (type(v), v)
        try:
            out.append(memo[key])
        except KeyError:
            out.append(memo.setdefault(key, function(v)))
        except TypeError:  # unhashable value
            out.append(function(v))
    return out


def key_text(value, key_kind):
    """A density-table or piece key as text (land-class codes restored to four digits: 101 → '0101')."""
    if KeyKind.parse(key_kind) is KeyKind.CODE:
        return normalize_code(value.item() if isinstance(value, np.generic) else value)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip()
    return text or None


#: Columns of a long density row that carry its uncertainty (stratum_density output).
_UNCERTAINTY_FIELDS = ("n", "sd", "se", "half_width", "u_pct")


@dataclass(frozen=True)
class DensityTable:
    """One density table, parsed once (:meth:`parse`) and read by stock, uncertainty and the report.

    ``means``: index = key (text), columns = POOLS, t C/ha. ``rows``: long, one row per key
    and pool (``key``, ``pool``, ``mean`` and, where the table has them, ``stratum``, ``n``,
    ``sd``, ``se``, ``half_width``, ``u_pct``, ``source`` …; ``total`` rows kept for the report).
    ``checksum``: SHA-256 of the means (key, pool, value), so two steps can tell whether
    they read the same table whatever its file format. ``survey_year``: the year the table
    was computed for (its ``survey_year`` column, stratum_density output), None when the
    table has no such column or it is empty (older tables, hand-made tables, pooled years).
    """

    name: str
    key_kind: KeyKind
    means: pd.DataFrame
    rows: pd.DataFrame
    checksum: str
    survey_year: object = None

    @property
    def keys(self):
        return list(self.means.index)

    def has_uncertainty(self):
        """True when every pool row has ``n`` and ``se`` or a ``u_pct`` (stratum_density output)."""
        return ({"n", "se"} <= set(self.rows.columns)) or "u_pct" in self.rows.columns

    @classmethod
    def parse(cls, frame, key_kind=KeyKind.OBJECT, name=""):
        """A DensityTable from a long stratum_density output (``stratum``/``key``, ``pool``,
        ``mean`` …) or a wide table (``key``/``object``/``code``/``stratum`` + pool columns).

        ``total`` is not a density of its own (a piece's total is the sum of its pools).
        Errors name the table ``name``: format, non-numeric, negative, duplicate, incomplete.
        """
        from .names import resolve_object, resolve_pool

        key_kind = KeyKind.parse(key_kind)
        frame = frame.copy()
        frame.columns = [str(c).strip().lower() for c in frame.columns]
        # wide tables may name their pool columns in words (地上生物量, Soil organic carbon)
        frame.columns = [resolve_pool(c) if resolve_pool(c) in POOLS_WITH_TOTAL else c for c in frame.columns]
        frame = frame.drop(columns=[c for c in ("fid",) if c in frame.columns])
        survey_year = table_survey_year(frame, name)
        own = "code" if key_kind is KeyKind.CODE else "object"
        key = next((c for c in ("key", "stratum", own, "object", "code") if c in frame.columns), None)
        if key is None:
            raise DensityInputError("density_table_format", table=name, columns=list(frame.columns))
        if key_kind is KeyKind.OBJECT:
            # keys in words: 乔木林 / Arbor forest / 乔木林地 (its land class) → forest_arbor
            frame[key] = [resolve_object(v) if isinstance(v, str) else v for v in frame[key]]
        if "pool" in frame.columns and "mean" in frame.columns:
            long = frame.drop(columns=[key]) if key not in ("stratum", "object") else frame.copy()
            long.insert(0, "key", [key_text(v, key_kind) for v in frame[key]])
            long["pool"] = [resolve_pool(p) for p in long["pool"].astype(str)]
            long = long.rename(columns={"mean": "_raw"})
        else:
            pools = [p for p in POOLS if p in frame.columns]
            if not pools:
                raise DensityInputError("density_table_format", table=name, columns=list(frame.columns))
            keys = [key_text(v, key_kind) for v in frame[key]]
            long = pd.concat([pd.DataFrame({"key": keys, "pool": pool, "_raw": frame[pool].tolist()})
                              for pool in pools], ignore_index=True)
        long = long[long["pool"].isin(POOLS_WITH_TOTAL) & long["key"].notna()].copy()
        values = pd.to_numeric(long["_raw"].replace("", np.nan), errors="coerce")
        bad = long[values.isna()]
        if len(bad):
            raise DensityInputError("density_not_numeric", table=name,
                                    rows=[(r.key, r.pool, r._raw) for r in bad.itertuples()])
        long["mean"] = values
        long = long.drop(columns=["_raw"])
        negative = long[long["mean"] < 0]
        if len(negative):
            raise DensityInputError("density_negative", table=name,
                                    rows=[(r.key, r.pool, r.mean) for r in negative.itertuples()])
        pools = long[long["pool"] != "total"]
        plausibility.refuse("default_density", pools[["mean"]], label=name,
                            row_ids=["{0} {1}".format(k, p) for k, p in zip(pools["key"], pools["pool"])])
        for column in _UNCERTAINTY_FIELDS:
            if column in long.columns:
                long[column] = pd.to_numeric(long[column].replace("", np.nan), errors="coerce")
        pools_only = long[long["pool"] != "total"]
        dup = pools_only[pools_only.duplicated(["key", "pool"], keep=False)]
        if len(dup):
            raise DensityInputError("density_duplicate", table=name, keys=sorted(set(dup["key"])))
        wide = pools_only.pivot(index="key", columns="pool", values="mean")
        for pool in POOLS:
            if pool not in wide.columns:
                wide[pool] = np.nan
        wide = wide[list(POOLS)]
        incomplete = wide[wide.isna().any(axis=1)]
        if len(incomplete):
            raise DensityInputError("density_incomplete", table=name, rows=[
                (k, [p for p in POOLS if pd.isna(incomplete.loc[k, p])]) for k in incomplete.index])
        wide.index = wide.index.astype(str)
        wide.index.name = "key"
        wide.columns.name = None
        digest = hashlib.sha256()
        for k in sorted(wide.index):
            for pool in POOLS:
                digest.update("{0}\t{1}\t{2!r}\n".format(k, pool, float(wide.at[k, pool])).encode("utf-8"))
        return cls(name=str(name or ""), key_kind=key_kind, means=wide, rows=long.reset_index(drop=True),
                   checksum=digest.hexdigest(), survey_year=survey_year)

    def same_as(self, other):
        """True when ``other`` holds the same means (the same table, whatever its file)."""
        return other is not None and other.checksum == self.checksum


def table_survey_year(frame, name=""):
    """The ``survey_year`` of a density table (int), None without the column or with no value in it.

    A value that is no calendar year (``density_year_invalid``) or several years in one table
    (``density_several_years``) is an error naming the table: such a table is the density of no
    one year.
    """
    if SURVEY_YEAR not in frame.columns:
        return None
    texts = [_year_text(v) for v in frame[SURVEY_YEAR]]
    years = set()
    for row, text in enumerate(texts, start=1):
        if text is None:
            continue
        if not text.isdigit():
            raise DensityInputError("density_year_invalid", table=name, row=row, column=SURVEY_YEAR, value=text)
        years.add(int(text))
    if len(years) > 1:
        raise DensityInputError("density_several_years", table=name, column=SURVEY_YEAR,
                                years=", ".join(str(y) for y in sorted(years)))
    return years.pop() if years else None


def check_table_year(table, year, parameter):
    """The notes of checking ``table`` (a DensityTable) against the chain's ``year``.

    ``parameter``: the year parameter the table is for (BASE_YEAR, TARGET_YEAR). A table computed
    for another survey year stops the run (``density_year_mismatch``: the densities of one year would
    meter another); a table without a survey year (older or hand-made tables) is accepted with an
    info note saying its year is not checked.
    """
    if table.survey_year is None:
        return [Note.info("density_year_unknown", table=table.name, year=int(year), parameter=parameter)]
    if int(table.survey_year) != int(year):
        raise DensityInputError("density_year_mismatch", table=table.name, table_year=int(table.survey_year),
                                year=int(year), parameter=parameter)
    return [Note.info("density_year_checked", table=table.name, year=int(year))]


def non_metered_density_rows(table, pieces, metered):
    """Density-table keys that only non-metered pieces carry (a Note, never silently dropped).

    With ``KeyKind.CODE`` a table row for a code the mapping sends to ``non_metered``
    or ``unmapped`` (a pond with soil carbon, say) is not used: such pieces have zero
    stock by definition. Returns [(key, pieces, area_ha)] of those keys, sorted.
    ``pieces`` needs ``<role>_code``, ``<role>_object``, ``change_flag``, ``area_ha``.
    """
    from .vocabulary import ChangeFlag

    metered = set(metered)
    hits = []
    for role, absent in (("base", ChangeFlag.TARGET_ONLY), ("target", ChangeFlag.BASE_ONLY)):
        present = pd.to_numeric(pieces["change_flag"], errors="coerce") != int(absent)
        objects = pd.Series(per_value(pieces[role + "_object"], lambda v: None if v is None or pd.isna(v) else str(v)),
                            index=pieces.index, dtype=object)
        source = pieces[role + "_code"] if table.key_kind is KeyKind.CODE else objects
        keys = pd.Series(per_value(source, lambda v: key_text(v, table.key_kind)), index=pieces.index, dtype=object)
        idle = present & ~objects.isin(metered) & keys.isin(table.means.index)
        if idle.any():
            hits.append(pd.DataFrame({"key": keys[idle], "area_ha": pieces.loc[idle, "area_ha"].astype(float)}))
    if not hits:
        return []
    grouped = pd.concat(hits).groupby("key", sort=True)["area_ha"].agg(["count", "sum"])
    return [(k, int(r["count"]), float(r["sum"])) for k, r in grouped.iterrows()]
