"""Uncertainty of carbon density, stock and sink (IPCC 2006 GL vol. 1 ch. 3; Hubei spec ch. 9, app. E).

Two approaches, both at the IPCC convention U = half the 95 % confidence
interval as a percentage of the estimate:

- Approach 1, error propagation: products (eq. 3.1) and sums and differences
  (eq. 3.2), generalised so that terms sharing one uncertain factor (the same
  stratum density in two counties, or in both years) are added *before* they
  are squared - the first-order propagation with full correlation. For
  independent terms it is exactly eq. 3.2.
- Approach 2, Monte Carlo over stratum-level aggregates (never piece by
  piece): every uncertain factor is a relative multiplier with mean 1.

The uncertain factors (the model's "sources"):

- the mean density (t C/ha) of a stratum and pool, one factor per density
  table row; a stratum used in both years of the same table is *one* factor,
  drawn once per iteration for both years, so the sink is not inflated;
- the area of a *cell* (county x base stratum x target stratum): the same
  parcel area measures both years, so one area factor per cell serves both
  stock years; cells are independent of each other.

Stocks are in t C, the sink in t CO2e/a (positive = removal):
sink = (C_t2 - C_t1) / (t2 - t1) x 44/12.
"""

import math
import os
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .errors import MeteringError, report
from .statistics import normal_quantile, t_two_sided
from .vocabulary import (
    BASE_DENSITY,
    BASE_DENSITY_SHA256,
    BASE_YEAR,
    CO2_PER_C,
    M2_PER_HA,
    ONE_YEAR_FLAGS,
    POOLS,
    SAME_DENSITY_TABLE,
    STOCK_FACT_COLUMNS,
    TARGET_DENSITY,
    TARGET_DENSITY_SHA256,
    TARGET_YEAR,
    Distribution,
    stock_column,
)

#: z for the two-sided 95 % interval (IPCC: U = half the 95 % CI).
Z95 = normal_quantile(0.975)
#: z for the two-sided 90 % interval (CDM AR-TOOL14 states precision at 90 %).
Z90 = normal_quantile(0.95)

#: The distributions of the Monte Carlo factors, in the order of the DISTRIBUTION parameter.
DISTRIBUTIONS = Distribution.values()

#: Output quantities: the two stocks (t C), the correlated sink and, for
#: comparison, the sink with both years drawn independently (t CO2e/a).
QUANTITIES = ("stock_base", "stock_target", "sink", "sink_independent")
UNITS = {"stock_base": "t C", "stock_target": "t C", "sink": "t CO2e/a", "sink_independent": "t CO2e/a"}
LEVELS = ("county", "object", "pool", "total")

#: CDM AR-TOOL14 (v04.2) conservative discount: (upper bound of U in %, share
#: of the confidence half-width deducted). U above the last bound: all of it.
#: The bands are defined on U at 90 % confidence (the tool's precision), not on
#: the IPCC 95 % U used elsewhere here.
AR_TOOL14_DISCOUNT = ((10.0, 0.0), (15.0, 0.25), (20.0, 0.50), (30.0, 0.75))
#: Quantities on the baseline side of the discount (conservative = estimate + deduction); every
#: other quantity (the target stock, the sinks) is on the removals side (estimate - deduction).
DISCOUNT_BASELINE_QUANTITIES = ("stock_base",)


class UncertaintyError(MeteringError):
    """Input the uncertainty model cannot use (a :class:`MeteringError`).

    kinds: ``not_a_stock_layer`` (layer, fields), ``stock_not_numeric`` (layer, field, fid),
    ``stock_facts_mixed`` (layer, field, values), ``years_mismatch`` (layer, given_base,
    given_target, base, target), ``density_uncertainty_missing`` (table),
    ``density_u_invalid`` (table, key, pool), ``density_table_mismatch`` (layer, role, table,
    recorded, checksum), ``target_density_needed`` (layer, base, target),
    ``density_missing`` (layer, rows: [(year_role, key, pool)]).
    """


# --- Approach 1 building blocks ---------------------------------------------------------------


def u_product(*u_pct):
    """U % of a product of independent factors, IPCC 2006 vol. 1 eq. 3.1: sqrt(sum U_i^2)."""
    return math.sqrt(sum(float(u) ** 2 for u in u_pct))


def u_sum(values, u_pct):
    """U % of a sum or difference of independent terms, IPCC eq. 3.2.

    ``values`` carry their sign (a difference is a sum with a negative
    term): U = sqrt(sum (U_i x_i)^2) / |sum x_i|. NaN when the sum is 0.
    """
    values = np.asarray(values, dtype=float)
    u_pct = np.asarray(u_pct, dtype=float)
    total = values.sum()
    spread = math.sqrt(float(np.sum((u_pct * values) ** 2)))
    if total == 0:
        return math.nan if spread > 0 else 0.0
    return spread / abs(total)


def sample_mean_u_pct(mean, sd, n, confidence_pct=95.0):
    """U % of a sample mean: t(confidence, n - 1) x sd / sqrt(n) / mean x 100.

    CDM AR-TOOL14 uses 90 % (its worked example: n 34, mean 45.328,
    s 12.776 -> 8.18 %); IPCC uses 95 %.
    """
    if n < 2:
        raise ValueError("a sample mean needs at least two values for its uncertainty")
    half_width = t_two_sided(confidence_pct, n - 1) * sd / math.sqrt(n)
    return half_width / abs(mean) * 100.0


def u90_from_u95(u95_pct):
    """U % at 90 % from U % at 95 % for a normal error: U95 x 1.645 / 1.960 (Approach 1)."""
    return u95_pct * Z90 / Z95


def ar_tool14_discount_share(u_pct):
    """Share of the half-width AR-TOOL14 deducts at precision ``u_pct`` (%, 90 % confidence)."""
    if u_pct is None or not np.isfinite(u_pct):
        return 1.0
    for bound, share in AR_TOOL14_DISCOUNT:
        # a tolerance: 9 ± 1.35 is U = 15 % exactly, though 1.35 / 9 × 100 is 15.000000000000002 in floats
        if u_pct <= bound + 1e-9:
            return share
    return 1.0


def ar_tool14_discount(estimate, u_pct, removals=True):
    """Conservative estimate after the AR-TOOL14 discount.

    ``u_pct`` is the 90 % U (half the 90 % confidence interval in % of the
    estimate). Returns (deduction, conservative value). The deduction is the
    share of the 90 % half-width U x |estimate|; removals are reduced by it, baseline
    emissions increased (tool example: 60 +/- 9, U 15 % -> 2.25 -> 57.75 / 62.25).
    """
    share = ar_tool14_discount_share(u_pct)
    if estimate == 0 or share == 0:
        deduction = 0.0
    elif share == 1.0 and not np.isfinite(u_pct):
        deduction = abs(estimate)  # unknown precision: nothing can be claimed
    else:
        deduction = share * abs(estimate) * u_pct / 100.0
    return deduction, (estimate - deduction if removals else estimate + deduction)


def default_parameters(path=None):
    """``{parameter: value}`` from ``data/uncertainty_defaults.csv`` (each row cites its source)."""
    if path is None:
        path = os.path.join(os.path.dirname(__file__), "data", "uncertainty_defaults.csv")
    table = pd.read_csv(path, dtype={"parameter": str})
    return {row.parameter: float(row.value) for row in table.itertuples()}


# --- Inputs -----------------------------------------------------------------------------------


def density_factors(table):
    """Relative standard uncertainty of each stratum mean density of a :class:`DensityTable`.

    The table is the long stratum_density output (``mean`` and ``n, se`` and/or
    ``u_pct`` per key and pool). With n >= 2 and a standard error the 95 % half-width
    is t(95 %, n - 1) x se (small samples widen it); without them ``u_pct`` is read as a
    95 % half-width in % (IPCC convention). Returns ``stratum, pool, mean, u95_pct,
    sigma_rel, sampled`` (stratum = the table's key; sigma_rel = U95 / 1.96, the normal standard
    deviation that gives back U95; sampled: false for the rows stratum_density took from the
    default table, ``source`` "default").
    """
    if not table.has_uncertainty():
        raise UncertaintyError("density_uncertainty_missing", table=table.name)
    rows = []
    for rec in table.rows.to_dict("records"):
        pool = str(rec["pool"])
        if pool not in POOLS:
            continue  # "total" rows: the total is the sum of the pools here
        mean = float(rec["mean"])
        n, se, u_pct = _num(rec.get("n")), _num(rec.get("se")), _num(rec.get("u_pct"))
        # stratum_density marks the rows it filled from the default table (source "default", n 0)
        sampled = str(rec.get("source", "") or "").strip().lower() != "default"
        if mean == 0:
            u95 = 0.0
        elif n is not None and n >= 2 and se is not None:
            u95 = t_two_sided(95.0, n - 1) * se / abs(mean) * 100.0
        elif u_pct is not None:
            u95 = u_pct
        else:
            raise UncertaintyError("density_u_invalid", table=table.name, key=rec["key"], pool=pool)
        if u95 < 0:
            raise UncertaintyError("density_u_invalid", table=table.name, key=rec["key"], pool=pool)
        rows.append((rec["key"], pool, mean, u95, u95 / 100.0 / Z95, sampled))
    return pd.DataFrame(rows, columns=["stratum", "pool", "mean", "u95_pct", "sigma_rel", "sampled"])


def _num(value):
    try:
        if value is None or pd.isna(value):
            return None
        return float(value)
    except (TypeError, ValueError):
        return None


def stock_pools(columns):
    """The pools with both ``stock_base_<pool>_tc`` and ``stock_target_<pool>_tc`` columns (total excluded)."""
    return [p for p in POOLS if stock_column("base", p) in columns and stock_column("target", p) in columns]


def stock_facts(pieces, layer=""):
    """The facts parcel_stock wrote on every piece (``STOCK_FACT_COLUMNS``), as a dict.

    ``stock_facts_mixed`` when a fact differs between pieces (layers of two runs merged).
    """
    missing = [c for c in STOCK_FACT_COLUMNS if c not in pieces.columns]
    if missing:
        raise UncertaintyError("not_a_stock_layer", layer=layer, fields=missing)
    facts = {}
    for column in STOCK_FACT_COLUMNS:
        values = pieces[column].dropna().unique()
        if len(values) > 1:
            raise UncertaintyError("stock_facts_mixed", layer=layer, field=column,
                                   values=sorted(str(v) for v in values))
        facts[column] = values[0] if len(values) else None
    for column in (BASE_YEAR, TARGET_YEAR, SAME_DENSITY_TABLE):
        facts[column] = None if facts[column] is None else int(facts[column])
    return facts


def check_years(facts, base_year=None, target_year=None, layer=""):
    """t2 - t1 (a) from the recorded years; a given year that differs from the recorded one is an error."""
    given = (base_year, target_year)
    recorded = (facts[BASE_YEAR], facts[TARGET_YEAR])
    if any(g is not None and int(g) != r for g, r in zip(given, recorded)):
        raise UncertaintyError("years_mismatch", layer=layer, given_base=base_year, given_target=target_year,
                               base=recorded[0], target=recorded[1])
    return float(recorded[1] - recorded[0])


def check_density_tables(facts, base, target=None, layer=""):
    """Whether the two years share one density factor set (correlated), from the recorded facts.

    Each given table must be the one parcel_stock used for its year (same checksum of the
    means). When parcel_stock used two different tables, the metering-year table must be
    given too. Returns True when one table serves both years.
    """
    for role, table, name, checksum in (("base", base, BASE_DENSITY, BASE_DENSITY_SHA256),
                                         ("target", target, TARGET_DENSITY, TARGET_DENSITY_SHA256)):
        if table is not None and table.checksum != facts[checksum]:
            raise UncertaintyError("density_table_mismatch", layer=layer, role=role, table=table.name,
                                   recorded=facts[name], checksum=table.checksum[:12],
                                   recorded_checksum=str(facts[checksum])[:12])
    if facts[SAME_DENSITY_TABLE]:
        return True
    if target is None:
        raise UncertaintyError("target_density_needed", layer=layer, base=facts[BASE_DENSITY],
                               target=facts[TARGET_DENSITY])
    return False


def one_year_pieces(pieces):
    """Mask of the pieces present in one year only (``change_flag`` 2 or 3, recorded by parcel_change).

    They have no stock change (parcel_stock leaves dc_per_year_tc NULL) and
    parcel_stock's SUMMARY keeps them out of ``all`` (groups base_only /
    target_only); the uncertainty model leaves them out the same way, or their
    missing year would count as a zero stock, a total loss or gain.
    """
    return pd.to_numeric(pieces["change_flag"], errors="coerce").isin([int(f) for f in ONE_YEAR_FLAGS])


def aggregate_pieces(pieces, pools):
    """Sum piece stocks (t C) per cell (county, objects, keys) and pool.

    Pieces present in one year only (:func:`one_year_pieces`) are left out, as in
    parcel_stock's SUMMARY group ``all``: the stocks and the sink here cover the
    pieces present in both years. Returns a long frame ``county, base_object,
    target_object, base_key, target_key, pool, c_base, c_target, area_ha``;
    zero-stock rows dropped.
    """
    pieces = pieces[~one_year_pieces(pieces)]
    keys = ["county", "base_object", "target_object", "base_key", "target_key"]
    if "dc_estimator" in pieces.columns:
        keys = keys + ["dc_estimator"]
    data = {k: pieces[k].to_numpy() for k in keys}
    value_cols = []
    for p in pools:
        data["b_" + p] = pieces[stock_column("base", p)].astype(float).fillna(0.0).to_numpy()
        data["t_" + p] = pieces[stock_column("target", p)].astype(float).fillna(0.0).to_numpy()
        value_cols += ["b_" + p, "t_" + p]
    area = pieces["area_m2"].astype(float).fillna(0.0).to_numpy() / M2_PER_HA if "area_m2" in pieces else 0.0
    data["area_ha"] = area
    # Group first (on a million pieces), tidy the keys afterwards (on a few hundred cells).
    cells = pd.DataFrame(data).groupby(keys, sort=False, dropna=False)[value_cols + ["area_ha"]].sum()
    cells = cells.reset_index()
    for k in keys:
        cells[k] = cells[k].where(cells[k].notna(), "").astype(str)
    # Cells can be NULL and "" for the same key: merge them, and sort so the result does not
    # depend on the order of the pieces.
    cells = cells.groupby(keys, sort=True)[value_cols + ["area_ha"]].sum().reset_index()
    long = []
    for p in pools:
        part = cells[keys + ["area_ha"]].copy()
        part["pool"] = p
        part["c_base"] = cells["b_" + p]
        part["c_target"] = cells["t_" + p]
        long.append(part)
    out = pd.concat(long, ignore_index=True)
    out = out[(out["c_base"] != 0) | (out["c_target"] != 0)].reset_index(drop=True)
    return out[keys + ["pool", "c_base", "c_target", "area_ha"]]


# --- The model --------------------------------------------------------------------------------


@dataclass
class Model:
    """Terms (cell x pool) with the indexes of their uncertain factors."""

    terms: pd.DataFrame
    sigma_factor: np.ndarray  # relative sd of each density factor
    sigma_area: float  # relative sd of every cell's area
    n_cells: int
    years: float
    rows: pd.DataFrame  # level, name, quantity
    membership: dict = field(default_factory=dict)  # quantity -> (n_terms x n_rows_q) 0/1 matrix
    #: (base factor, target factor) index pairs of the same stratum and pool in two tables, and their
    #: correlation ρ (CORRELATION: 0 independent samples … 1 the same factor; default 0).
    pairs: np.ndarray = field(default_factory=lambda: np.zeros((0, 2), dtype=np.int64))
    correlation: float = 0.0
    #: factors that are a default value (not sampled): one number for both years, so even
    #: ``sink_independent`` does not draw them twice (only the plot samples are independent there).
    defaults: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))

    @property
    def sink_factor(self):
        """t C over the interval -> t CO2e/a."""
        return CO2_PER_C / self.years


def build_model(cells, base_density, target_density=None, area_u_pct=0.0, years=1.0, correlation=0.0,
                change=None):
    """Attach density and area factors to the aggregated cells.

    ``base_density`` / ``target_density`` come from :func:`density_factors`;
    without ``target_density`` the base table serves both years and a
    stratum used in both years shares one factor (correlated sink). With two
    tables, ``correlation`` ρ ∈ [0, 1] is the correlation between the factors of
    the same stratum and pool in the two tables (partly remeasured samples):
    0 independent samples (the default), 1 behaves as one shared factor when
    the two U are equal (IPCC 2006 GL vol. 1 ch. 3, eq. 3.2 with a covariance
    term: h² = h₁² + h₂² − 2ρ h₁ h₂ for a difference).

    A default value (a row stratum_density took from the default table: ``sampled`` false) that both tables hold
    with the same mean and U is one factor for both years, as with one table: it is the same
    number from the same source, not two samples, so its error cancels in the sink of unchanged
    land. ``sink_independent`` draws the two years' *sampled* factors independently, for comparison,
    but not a default value (one number, whether one table or two hold it).
    """
    from .change_estimator import difference_half_width

    difference_half_width(0.0, 0.0, float(correlation))  # correlation_out_of_range unless 0 ≤ ρ ≤ 1
    terms = cells.reset_index(drop=True).copy()
    base_index = {(s, p): i for i, (s, p) in enumerate(zip(base_density["stratum"], base_density["pool"]))}
    sigmas = list(base_density["sigma_rel"])
    defaults = list(~_sampled(base_density))
    pairs = []
    if target_density is None:
        target_index = base_index
    else:
        offset = len(sigmas)
        target_index = {
            (s, p): offset + i
            for i, (s, p) in enumerate(zip(target_density["stratum"], target_density["pool"]))
        }
        sigmas += list(target_density["sigma_rel"])
        defaults += list(~_sampled(target_density))
        shared = _shared_defaults(base_density, target_density)
        target_index.update({k: base_index[k] for k in shared})
        pairs = [(base_index[k], j) for k, j in target_index.items() if k in base_index and k not in shared]

    missing = []

    def lookup(index, key_col, stock_col):
        found = []
        for key, pool, stock in zip(terms[key_col], terms["pool"], terms[stock_col]):
            i = index.get((key, pool), -1)
            if i < 0 and stock != 0:
                missing.append((key_col, key, pool))
            found.append(i)
        return np.asarray(found, dtype=np.int64)

    fb = lookup(base_index, "base_key", "c_base")
    ft = lookup(target_index, "target_key", "c_target")
    if missing:
        raise UncertaintyError("density_missing", rows=sorted(set(missing)))
    # A zero stock needs no factor: point it at an extra factor with sd 0.
    sigmas.append(0.0)
    defaults.append(False)
    zero = len(sigmas) - 1
    terms["f_base"] = np.where(fb < 0, zero, fb)
    terms["f_target"] = np.where(ft < 0, zero, ft)
    # Terms whose sink came from the change density (parcel_stock dc_estimator): target stock = base stock
    # + change part; the change part carries the change factor, the rest the base factor (it is the base
    # stock); for the independent comparison the metering-year density x area.
    terms["c_change"] = 0.0
    terms["f_level"] = terms["f_target"]
    terms["f_change"] = zero
    target_means = (base_density if target_density is None else target_density).set_index(["stratum", "pool"])["mean"]
    terms["c_target_density"] = terms["c_target"]
    if change is not None and len(change) and "dc_estimator" in terms.columns:
        offset = len(sigmas)
        change_index = {(s, p): offset + i for i, (s, p) in enumerate(zip(change["stratum"], change["pool"]))}
        bad = change[~np.isfinite(change["sigma_rel"].astype(float))]
        sigmas += [0.0 if not np.isfinite(v) else float(v) for v in change["sigma_rel"]]
        defaults += [False] * len(change)
        for i, rec in enumerate(terms.itertuples()):
            k = (rec.base_key, rec.pool)
            if rec.dc_estimator in ("", "stock_difference") or k not in change_index:
                continue
            if k in set(zip(bad["stratum"], bad["pool"])):
                raise UncertaintyError("density_u_invalid", table="change", key=k[0], pool=k[1])
            terms.at[i, "c_change"] = rec.c_target - rec.c_base
            terms.at[i, "f_level"] = rec.f_base
            terms.at[i, "f_change"] = change_index[k]
            terms.at[i, "c_target_density"] = float(target_means.get((rec.target_key, rec.pool), 0.0)) * rec.area_ha
    cell_keys = [k for k in ("county", "base_object", "target_object", "base_key", "target_key", "dc_estimator")
                 if k in terms.columns]
    terms["cell"] = terms.groupby(cell_keys, sort=False).ngroup()
    if years is None or not years > 0:
        raise UncertaintyError("years_order", base=None, target=years)

    rows, membership = _reporting_rows(terms)
    return Model(
        terms=terms,
        sigma_factor=np.asarray(sigmas, dtype=float),
        sigma_area=float(area_u_pct) / 100.0 / Z95,
        n_cells=int(terms["cell"].max()) + 1 if len(terms) else 0,
        years=float(years),
        rows=rows,
        membership=membership,
        pairs=np.asarray(pairs, dtype=np.int64).reshape(-1, 2),
        correlation=float(correlation),
        defaults=np.asarray(defaults, dtype=bool),
    )


def _sampled(density):
    """Mask of the density_factors rows estimated from plots (all rows when the table says nothing)."""
    if "sampled" not in density.columns:
        return np.ones(len(density), dtype=bool)
    return density["sampled"].astype(bool).to_numpy()


def _shared_defaults(base_density, target_density):
    """The (stratum, pool) keys whose rows are the same default value in both tables (not sampled,
    equal mean and U): one factor for both years (:func:`build_model`)."""
    def defaults(frame):
        if "sampled" not in frame.columns:
            return {}
        rows = frame[~frame["sampled"].astype(bool)]
        return {(s, p): (float(m), float(u)) for s, p, m, u in
                zip(rows["stratum"], rows["pool"], rows["mean"], rows["u95_pct"])}

    base, target = defaults(base_density), defaults(target_density)
    return {k for k, (m, u) in target.items() if k in base
            and math.isclose(base[k][0], m, rel_tol=1e-12, abs_tol=0.0)
            and math.isclose(base[k][1], u, rel_tol=1e-12, abs_tol=1e-12)}


def _reporting_rows(terms):
    """Rows per quantity and their term-membership matrices.

    Objects: the base-year stock by base object, the metering-year stock and
    the sink by target object (the land use at the metering year, as IPCC
    reports "land converted to X" under X).
    """
    rows, membership = [], {}
    n = len(terms)
    for quantity in QUANTITIES:
        object_col = "base_object" if quantity == "stock_base" else "target_object"
        groups = [("county", "county"), ("object", object_col), ("pool", "pool")]
        cols = []
        for level, col in groups:
            for name in sorted(terms[col].unique()):
                cols.append((level, name, (terms[col] == name).to_numpy()))
        cols.append(("total", "total", np.ones(n, dtype=bool)))
        matrix = np.zeros((n, len(cols)))
        for j, (level, name, mask) in enumerate(cols):
            matrix[mask, j] = 1.0
            rows.append((level, name, quantity))
        membership[quantity] = matrix
    return pd.DataFrame(rows, columns=["level", "name", "quantity"]), membership


def estimates(model):
    """Point estimates for every row (t C, t CO2e/a)."""
    t = model.terms
    b = t["c_base"].to_numpy()
    c = t["c_target"].to_numpy()
    c_ind = t["c_target_density"].to_numpy() if "c_target_density" in t else c
    out = []
    for quantity in QUANTITIES:
        m = model.membership[quantity]
        if quantity == "stock_base":
            out.append(b @ m)
        elif quantity == "stock_target":
            out.append(c @ m)
        elif quantity == "sink":
            out.append((c - b) @ m * model.sink_factor)
        else:
            out.append((c_ind - b) @ m * model.sink_factor)
    return np.concatenate(out)


def approach1(model):
    """Approach 1 U % (95 %) of every row: the first-order propagation.

    Each source's exposure (the sum of the terms it multiplies, with sign)
    times its U, squared and added, rooted, over |estimate| - eq. 3.1 within
    a term (density x area), eq. 3.2 across terms, correlation kept by
    adding terms of a shared factor first. ``sink_independent`` treats the
    two years' stocks as independent: eq. 3.2 over the two stocks.
    """
    t = model.terms
    b = t["c_base"].to_numpy()
    c = t["c_target"].to_numpy()
    u_f = model.sigma_factor * Z95  # relative 95 % half-widths
    u_a = model.sigma_area * Z95
    nf = len(model.sigma_factor)
    fb, ft, cell = t["f_base"].to_numpy(), t["f_target"].to_numpy(), t["cell"].to_numpy()
    fl, fc = t["f_level"].to_numpy(), t["f_change"].to_numpy()
    ch = t["c_change"].to_numpy()
    c_ind = t["c_target_density"].to_numpy()

    def half_width(weights_base, weights_target, m, parts=None):
        # exposure of each factor for each row: sum over member terms
        exp_f = np.zeros((nf, m.shape[1]))
        exp_a = np.zeros((model.n_cells, m.shape[1]))
        for w, f in parts or ((weights_base, fb), (weights_target, ft)):
            if w is None:
                continue
            contrib = w[:, None] * m
            np.add.at(exp_f, f, contrib)
            np.add.at(exp_a, cell, contrib)
        hw2 = ((u_f[:, None] * exp_f) ** 2).sum(axis=0) + ((u_a * exp_a) ** 2).sum(axis=0)
        if model.correlation and len(model.pairs):
            i, j = model.pairs[:, 0], model.pairs[:, 1]
            hw2 = hw2 + 2.0 * model.correlation * ((u_f[i, None] * exp_f[i]) * (u_f[j, None] * exp_f[j])).sum(axis=0)
        return np.sqrt(np.maximum(hw2, 0.0))

    est = estimates(model)
    k = model.sink_factor
    hws = []
    for quantity in QUANTITIES:
        m = model.membership[quantity]
        if quantity == "stock_base":
            hws.append(half_width(b, None, m))
        elif quantity == "stock_target":
            hws.append(half_width(None, None, m, parts=((c - ch, fl), (ch, fc))))
        elif quantity == "sink":
            hws.append(half_width(None, None, m, parts=((-b * k, fb), ((c - ch) * k, fl), (ch * k, fc))))
        else:
            hw_b = half_width(b * k, None, m)
            hw_t = half_width(None, c_ind * k, m)
            hw2 = hw_b**2 + hw_t**2
            if model.defaults.any():
                # A default factor is one number in both years: its two exposures (−base, +target) add
                # before squaring, hw² gains −2 (u E_b)(u E_t) for it.
                exp_b, exp_t = np.zeros((nf, m.shape[1])), np.zeros((nf, m.shape[1]))
                np.add.at(exp_b, fb, (b * k)[:, None] * m)
                np.add.at(exp_t, ft, (c_ind * k)[:, None] * m)
                d = model.defaults
                hw2 = hw2 - 2.0 * ((u_f[d, None] ** 2) * exp_b[d] * exp_t[d]).sum(axis=0)
            hws.append(np.sqrt(np.maximum(hw2, 0.0)))
    hw = np.concatenate(hws)
    with np.errstate(divide="ignore", invalid="ignore"):
        u = np.where(est != 0, hw / np.abs(est) * 100.0, np.where(hw > 0, np.nan, 0.0))
    return est, u


# --- Approach 2 -------------------------------------------------------------------------------


def draw_factors(rng, sigma, size, distribution, out=None):
    """Relative multipliers with mean 1 and standard deviation ``sigma`` (array of columns).

    lognormal: matched mean and sd (s^2 = ln(1 + sigma^2), mu = -s^2/2);
    truncated_normal: N(1, sigma) redrawn where <= 0 (its mean then lies a
    little above 1 when sigma is large). ``out``: a float64 array of shape
    (size, len(sigma)) to draw into (the same numbers, no new array).
    """
    sigma = np.asarray(sigma, dtype=float)
    shape = (size, sigma.size)
    distribution = Distribution.parse(distribution).value
    if distribution not in ("normal", "lognormal", "truncated_normal"):
        raise ValueError("unknown distribution {0!r}".format(distribution))
    x = rng.standard_normal(shape) if out is None else rng.standard_normal(shape, out=out)
    if distribution == "lognormal":
        s2 = np.log1p(sigma**2)
        x *= np.sqrt(s2)
        x += -s2 / 2.0
        return np.exp(x, out=x)
    x *= sigma
    x += 1.0
    if distribution == "truncated_normal":
        bad = x <= 0
        for _ in range(1000):
            if not bad.any():
                break
            cols = np.nonzero(bad)[1]
            x[bad] = 1.0 + rng.standard_normal(cols.size) * sigma[cols]
            bad = x <= 0
        x[bad] = np.finfo(float).tiny  # only for absurd sigma
    return x


def correlate_factors(f, pairs, rho, sigma, distribution):
    """The metering-year factors of ``pairs`` (base, target columns) given correlation ``rho`` with their
    base-year factors: the normal scores are mixed, z₂' = ρ z₁ + √(1 − ρ²) z₂, and mapped back.

    Normal and truncated normal: z = (f − 1)/σ (a truncated draw stays positive: clipped to the
    smallest float); lognormal: z = (ln f + s²/2)/s, s² = ln(1 + σ²). Returns a copy.
    """
    f = f.copy()
    i, j = pairs[:, 0], pairs[:, 1]
    keep = (sigma[i] > 0) & (sigma[j] > 0)
    i, j = i[keep], j[keep]
    if not len(i):
        return f
    distribution = Distribution.parse(distribution).value
    if distribution == "lognormal":
        s1, s2 = np.sqrt(np.log1p(sigma[i] ** 2)), np.sqrt(np.log1p(sigma[j] ** 2))
        z1 = (np.log(f[:, i]) + s1 ** 2 / 2.0) / s1
        z2 = (np.log(f[:, j]) + s2 ** 2 / 2.0) / s2
        z = rho * z1 + math.sqrt(1.0 - rho * rho) * z2
        f[:, j] = np.exp(-s2 ** 2 / 2.0 + z * s2)
    else:
        z1 = (f[:, i] - 1.0) / sigma[i]
        z2 = (f[:, j] - 1.0) / sigma[j]
        z = rho * z1 + math.sqrt(1.0 - rho * rho) * z2
        f[:, j] = 1.0 + z * sigma[j]
        if distribution == "truncated_normal":
            f[:, j] = np.maximum(f[:, j], np.finfo(float).tiny)
    return f


def monte_carlo(model, iterations, seed=42, distribution="normal", chunk_elements=2_000_000, progress=None):
    """Approach 2: ``iterations`` draws of all factors, in chunks so memory stays small.

    Per iteration the density factors of the base year are drawn once and,
    for the correlated ``sink``, reused for the same (table, stratum, pool)
    in the metering year; cell areas likewise. ``sink_independent`` draws a
    second, independent set for the metering year. Returns an array
    (iterations x rows) of the sampled row totals, in the order of
    ``model.rows``. ``progress``: the metering.errors callback (True = stop: ``Cancelled``).
    """
    # One stream per factor set: a generator fills (n, k) arrays row by row, so the draws of
    # iteration i do not depend on the chunk size (normal and lognormal: bit-identical).
    streams = [np.random.Generator(np.random.PCG64(s)) for s in np.random.SeedSequence(seed).spawn(4)]
    t = model.terms
    b = t["c_base"].to_numpy()
    c = t["c_target"].to_numpy()
    fb, ft, cell = t["f_base"].to_numpy(), t["f_target"].to_numpy(), t["cell"].to_numpy()
    fl, fc = t["f_level"].to_numpy(), t["f_change"].to_numpy()
    ch = t["c_change"].to_numpy()
    c_ind = t["c_target_density"].to_numpy()
    sig_f = model.sigma_factor
    sig_a = np.full(max(model.n_cells, 1), model.sigma_area)
    k = model.sink_factor
    # sink rows share the metering-year grouping: sink = (target - base) @ M_target x k, so base is
    # aggregated once with both groupings and the differences are taken on the (few) rows.
    m_base, m_target = model.membership["stock_base"], model.membership["stock_target"]
    m_base_both = np.concatenate([m_base, m_target], axis=1)
    nb = m_base.shape[1]
    samples = np.empty((iterations, nb + 3 * m_target.shape[1]))
    step = max(1, int(chunk_elements // max(len(t), len(sig_f), 1)))
    # Buffers reused by every chunk, the products formed in place in the same order as
    # (f[:, fb] * area * b): the same numbers without a fresh array per operation.
    step = min(step, iterations)
    f1_buf, f2_buf = np.empty((step, len(sig_f))), np.empty((step, len(sig_f)))
    a1_buf, a2_buf = np.empty((step, len(sig_a))), np.empty((step, len(sig_a)))
    area_buf, term_buf, term2_buf = np.empty((step, len(t))), np.empty((step, len(t))), np.empty((step, len(t)))
    c_level = c - ch
    done = 0
    while done < iterations:
        n = min(step, iterations - done)
        f1 = draw_factors(streams[0], sig_f, n, distribution, out=f1_buf[:n])
        if model.correlation and len(model.pairs):
            f1 = correlate_factors(f1, model.pairs, model.correlation, sig_f, distribution)
        a1 = draw_factors(streams[1], sig_a, n, distribution, out=a1_buf[:n])
        f2 = draw_factors(streams[2], sig_f, n, distribution, out=f2_buf[:n])
        if model.defaults.any():
            f2[:, model.defaults] = f1[:, model.defaults]  # a default value is not drawn twice
        a2 = draw_factors(streams[3], sig_a, n, distribution, out=a2_buf[:n])
        area, term, term2 = area_buf[:n], term_buf[:n], term2_buf[:n]
        np.take(a1, cell, axis=1, out=area)
        np.take(f1, fb, axis=1, out=term)
        term *= area
        term *= b
        base_rows = term @ m_base_both
        np.take(f1, fl, axis=1, out=term)
        term *= c_level
        np.take(f1, fc, axis=1, out=term2)
        term2 *= ch
        term += term2
        term *= area
        target_rows = term @ m_target
        np.take(f2, ft, axis=1, out=term)
        term *= np.take(a2, cell, axis=1, out=area)
        term *= c_ind
        target_ind_rows = term @ m_target
        base_by_target = base_rows[:, nb:]
        parts = (base_rows[:, :nb], target_rows, (target_rows - base_by_target) * k,
                 (target_ind_rows - base_by_target) * k)
        samples[done:done + n] = np.concatenate(parts, axis=1)
        done += n
        report(progress, done / iterations)
    return samples


def summarise_samples(samples):
    """mean, 2.5 / 97.5 percentiles and U % (symmetric and low / high) per column."""
    mean = samples.mean(axis=0)
    p_lo, p_hi = np.percentile(samples, [2.5, 97.5], axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        denom = np.abs(mean)
        u = np.where(denom > 0, (p_hi - p_lo) / 2.0 / denom * 100.0, np.nan)
        u_low = np.where(denom > 0, (mean - p_lo) / denom * 100.0, np.nan)
        u_high = np.where(denom > 0, (p_hi - mean) / denom * 100.0, np.nan)
    return mean, p_lo, p_hi, u, u_low, u_high


def histogram(values, bins=40):
    """Equal-width histogram ``bin_low, bin_high, count`` of a sample."""
    counts, edges = np.histogram(values, bins=bins)
    return pd.DataFrame({"bin_low": edges[:-1], "bin_high": edges[1:], "count": counts.astype(np.int64)})


# --- Everything together ----------------------------------------------------------------------


def evaluate(model, iterations=10000, seed=42, distribution="normal", discount=False, bins=40,
             progress=None):
    """The uncertainty table and the histogram of the total correlated sink.

    Table fields: ``level, name, quantity, unit, estimate, u1_pct, mc_mean,
    mc_p2_5, mc_p97_5, u2_pct, u2_low_pct, u2_high_pct, discount_u_pct,
    discount_share, discount, conservative``. The discount (AR-TOOL14) is
    applied to every row from its 90 % U (``discount_u_pct``): the Monte Carlo
    5th-95th percentiles, or the Approach 1 U95 x 1.645/1.960 when there are no
    iterations; ``conservative`` = estimate + discount for the baseline stock
    (``stock_base``), estimate - discount for the target stock and the sinks.
    """
    table = model.rows.copy()
    table["unit"] = [UNITS[q] for q in table["quantity"]]
    est, u1 = approach1(model)
    table["estimate"] = est
    table["u1_pct"] = u1
    hist = pd.DataFrame({"bin_low": [], "bin_high": [], "count": []})
    for col in ("mc_mean", "mc_p2_5", "mc_p97_5", "u2_pct", "u2_low_pct", "u2_high_pct"):
        table[col] = np.nan
    if iterations and iterations > 0:
        samples = monte_carlo(model, int(iterations), seed, distribution, progress=progress)
        mean, lo, hi, u, ul, uh = summarise_samples(samples)
        table["mc_mean"], table["mc_p2_5"], table["mc_p97_5"] = mean, lo, hi
        table["u2_pct"], table["u2_low_pct"], table["u2_high_pct"] = u, ul, uh
        total_sink = np.nonzero(((table["quantity"] == "sink") & (table["level"] == "total")).to_numpy())[0]
        if total_sink.size:
            hist = histogram(samples[:, total_sink[0]], bins=bins)
    for col in ("discount_u_pct", "discount_share", "discount", "conservative"):
        table[col] = np.nan
    if discount:
        # AR-TOOL14's bands are on the 90 % U: Monte Carlo from the 5th-95th percentiles,
        # Approach 1 rescaled from 95 % (normal: x 1.645 / 1.960). The conservative side of each
        # quantity (AR-TOOL14 v04.2, "conservative"): the baseline stock raised (estimate + deduction),
        # the target stock and the sink (removals) lowered (estimate - deduction).
        use_mc = iterations and iterations > 0
        rows = np.arange(len(table))
        if use_mc:
            p5, p95 = np.percentile(samples[:, rows], [5.0, 95.0], axis=0)
            denom = np.abs(samples[:, rows].mean(axis=0))
            with np.errstate(divide="ignore", invalid="ignore"):
                u90 = np.where(denom > 0, (p95 - p5) / 2.0 / denom * 100.0, np.nan)
        else:
            u90 = u90_from_u95(table["u1_pct"].to_numpy()[rows])
        for i, u in zip(rows, u90):
            estimate = table.at[i, "estimate"]
            removals = table.at[i, "quantity"] not in DISCOUNT_BASELINE_QUANTITIES
            deduction, conservative = ar_tool14_discount(estimate, u, removals=removals)
            table.at[i, "discount_u_pct"] = u
            table.at[i, "discount_share"] = ar_tool14_discount_share(u)
            table.at[i, "discount"] = deduction
            table.at[i, "conservative"] = conservative
    return table, hist
