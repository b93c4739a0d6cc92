"""The change of carbon density from remeasured permanent plots (Hubei spec ch. 6: 充分复用已有固定样地).

A permanent plot (固定样地, ``permanent_id``) measured in the base year t1 and in the
metering year t2 measures the *change* of density directly. Its estimate is the mean of
the plot-level differences per year elapsed, and its variance is that of the
differences — far smaller than the sum of two independent stock variances when the
plots' densities are correlated between the dates, which they are.

Estimators (per stratum and pool; densities in t C/ha, changes in t C/ha/a):

- **paired**: dᵢ = (c₂ᵢ − c₁ᵢ) / (t₂ᵢ − t₁ᵢ) over the n plots measured at both dates;
  Δ̂ = mean(d), SE = sd(d)/√n (df = n − 1).
- **independent**: Δ̂ = (mean(c₂) − mean(c₁)) / (t₂ − t₁) over unpaired plots,
  SE² = (s₁²/n₁ + s₂²/n₂) / (t₂ − t₁)² (the two samples independent).
- **composite**: where a stratum has both, the inverse-variance weighted mean of the two
  estimates, Δ̂ = (w_p Δ̂_p + w_u Δ̂_u) / (w_p + w_u), w = 1/SE², SE = (w_p + w_u)^−½ —
  the composite estimator of continuous forest inventory with partial replacement
  (Schreuder, Gregoire & Wood 1993, *Sampling Methods for Multiresource Forest Inventory*,
  ch. 11; the two estimates come from disjoint plot sets, hence independent).

Approach 1 for a difference of two correlated estimates (IPCC 2006 GL vol. 1 ch. 3,
eq. 3.2 with a covariance term): h(X₂ − X₁) = √(h₁² + h₂² − 2ρ h₁ h₂), with hᵢ = Uᵢ·Xᵢ the
half-widths and ρ the correlation between the two years' estimates (0 independent samples,
1 the same factor).

Number of plots needed (CDM AR-TOOL03): the *smallest* n with n ≥ (t(n−1)·CV/E)².

Pure Python (numpy, pandas); no qgis import.
"""

import math

import numpy as np
import pandas as pd

from .errors import MeteringError, Note
from .statistics import normal_quantile, smallest_integer, t_two_sided

#: Estimator names, as the density table's ``estimator`` column holds them.
PAIRED, INDEPENDENT, COMPOSITE = "paired", "independent", "composite"

#: Default tolerance (m) between the two measurements' locations of one permanent plot.
LOCATION_TOLERANCE_M = 10.0


def pair_plots(plots, base_year, target_year, pools, id_field="permanent_id", tolerance_m=LOCATION_TOLERANCE_M):
    """Pair the plots measured at both years by their permanent id.

    ``plots``: one row per plot measurement with ``plot_id``, ``survey_year``, ``object``,
    ``id_field`` (empty for temporary plots), optional ``x``, ``y`` (m) and the ``pools``
    (t C/ha). Returns ``(pairs, unpaired, notes)``: ``pairs`` one row per permanent id with
    ``object``, ``years`` (elapsed, a) and per pool ``<pool>_base``, ``<pool>_target`` and
    ``<pool>_change`` (t C/ha/a); ``unpaired`` the measurements of either year that have no
    partner (temporary plots, lost plots, new plots); ``notes`` the problems found: a
    permanent id measured twice in one year (``permanent_plot_repeated``: both kept out of
    the pairs), measured with another object (``permanent_plot_object_changed``: not paired —
    the change of object is a land-use change, metered by the stock difference), or with
    locations farther apart than ``tolerance_m`` (``permanent_plot_moved``: not paired).
    """
    frame = plots.copy()
    if id_field not in frame.columns:
        frame[id_field] = None
    pid = frame[id_field].astype(object).where(frame[id_field].notna(), None)
    pid = pid.map(lambda v: str(v).strip() if v is not None and str(v).strip() else None)
    frame["_pid"] = pid
    years = pd.to_numeric(frame["survey_year"], errors="coerce")
    frame = frame[years.isin([base_year, target_year])].copy()
    notes = []
    permanent = frame[frame["_pid"].notna()]
    counts = permanent.groupby(["_pid", "survey_year"]).size()
    repeated = sorted({p for (p, _y), n in counts.items() if n > 1})
    for p in repeated:
        rows = permanent[permanent["_pid"] == p]
        notes.append(Note.warning("permanent_plot_repeated", permanent_id=p, plots=list(rows["plot_id"]),
                                  year=int(rows["survey_year"].mode().iloc[0])))
    ok = permanent[~permanent["_pid"].isin(repeated)]
    base = ok[ok["survey_year"] == base_year].set_index("_pid")
    target = ok[ok["survey_year"] == target_year].set_index("_pid")
    both = base.index.intersection(target.index)
    paired_ids = []
    for p in both:
        b, t = base.loc[p], target.loc[p]
        if str(b["object"]) != str(t["object"]):
            notes.append(Note.warning("permanent_plot_object_changed", permanent_id=p, base_object=b["object"],
                                      target_object=t["object"]))
            continue
        if {"x", "y"} <= set(frame.columns):
            distance = math.hypot(float(t["x"]) - float(b["x"]), float(t["y"]) - float(b["y"]))
            if distance > tolerance_m:
                notes.append(Note.warning("permanent_plot_moved", permanent_id=p, distance_m=round(distance, 1),
                                          tolerance_m=tolerance_m))
                continue
        paired_ids.append(p)
    elapsed = float(target_year - base_year)
    if elapsed <= 0:
        raise MeteringError("years_not_increasing", base_year=base_year, target_year=target_year)
    rows = []
    for p in paired_ids:
        b, t = base.loc[p], target.loc[p]
        row = {"permanent_id": p, "object": b["object"], "plot_base": b["plot_id"], "plot_target": t["plot_id"],
               "years": elapsed}
        for pool in pools:
            row[pool + "_base"] = float(b[pool])
            row[pool + "_target"] = float(t[pool])
            row[pool + "_change"] = (float(t[pool]) - float(b[pool])) / elapsed
        rows.append(row)
    pairs = pd.DataFrame(rows, columns=["permanent_id", "object", "plot_base", "plot_target", "years"]
                         + [f"{pool}_{s}" for pool in pools for s in ("base", "target", "change")])
    used = set(pairs["plot_base"]) | set(pairs["plot_target"])
    unpaired = frame[~frame["plot_id"].isin(used)].drop(columns="_pid")
    return pairs, unpaired, notes


def check_permanent_plots(plots, tolerance_m=LOCATION_TOLERANCE_M, id_field="permanent_id"):
    """The problems of a survey's permanent plots over all its years, as warnings (:class:`Note`).

    ``plots``: ``plot_id``, ``survey_year``, ``object``, ``id_field`` and optional ``x``, ``y`` (m, one
    CRS). Reported: an id measured more than once in one year (``permanent_plot_repeated``), with
    another object than at its first measurement (``permanent_plot_object_changed``), or farther
    than ``tolerance_m`` from its first measurement (``permanent_plot_moved``). The import reports
    them; stratum_density leaves such measurements out of the pairs (:func:`pair_plots`).
    """
    notes = []
    if id_field not in plots.columns or plots.empty:
        return notes
    frame = plots.copy()
    frame["_pid"] = [None if v is None or (isinstance(v, float) and math.isnan(v)) or not str(v).strip()
                     else str(v).strip() for v in frame[id_field]]
    frame = frame[frame["_pid"].notna()]
    frame["_year"] = pd.to_numeric(frame["survey_year"], errors="coerce")
    has_xy = {"x", "y"} <= set(frame.columns)
    for pid, group in frame.sort_values(["_pid", "_year"], kind="stable").groupby("_pid", sort=True):
        for year, same in group.groupby("_year", sort=True):
            if len(same) > 1:
                notes.append(Note.warning("permanent_plot_repeated", permanent_id=pid, plots=list(same["plot_id"]),
                                          year=int(year)))
        first = group.iloc[0]
        for rec in group.iloc[1:].itertuples():
            if str(rec.object) != str(first["object"]):
                notes.append(Note.warning("permanent_plot_object_changed", permanent_id=pid,
                                          base_object=first["object"], target_object=rec.object))
            if has_xy:
                try:
                    distance = math.hypot(float(rec.x) - float(first["x"]), float(rec.y) - float(first["y"]))
                except (TypeError, ValueError):
                    continue
                if distance > tolerance_m:
                    notes.append(Note.warning("permanent_plot_moved", permanent_id=pid,
                                              distance_m=round(distance, 1), tolerance_m=tolerance_m))
    return notes


def paired_change(differences, confidence_pct=90.0):
    """Mean change, SE, half-width and n of plot-level differences (t C/ha/a each)."""
    d = np.asarray([v for v in differences if v is not None and not math.isnan(v)], dtype=float)
    n = len(d)
    if n == 0:
        return {"estimator": PAIRED, "n": 0, "change": math.nan, "se": math.nan, "half_width": math.nan}
    mean = float(d.mean())
    se = float(d.std(ddof=1) / math.sqrt(n)) if n > 1 else math.nan
    t = t_two_sided(confidence_pct, n - 1) if n > 1 else math.nan
    return {"estimator": PAIRED, "n": n, "change": mean, "se": se, "half_width": t * se}


def independent_change(base_values, target_values, years, confidence_pct=90.0):
    """Change from two independent samples: (mean₂ − mean₁)/Δt with SE² = (s₁²/n₁ + s₂²/n₂)/Δt².

    The half-width uses Welch–Satterthwaite degrees of freedom.
    """
    x1 = np.asarray(base_values, dtype=float)
    x2 = np.asarray(target_values, dtype=float)
    x1, x2 = x1[~np.isnan(x1)], x2[~np.isnan(x2)]
    n1, n2 = len(x1), len(x2)
    if n1 == 0 or n2 == 0:
        return {"estimator": INDEPENDENT, "n": n1 + n2, "change": math.nan, "se": math.nan, "half_width": math.nan}
    change = float(x2.mean() - x1.mean()) / years
    if n1 < 2 or n2 < 2:
        return {"estimator": INDEPENDENT, "n": n1 + n2, "change": change, "se": math.nan, "half_width": math.nan}
    v1, v2 = x1.var(ddof=1) / n1, x2.var(ddof=1) / n2
    se = math.sqrt(v1 + v2) / years
    df = (v1 + v2) ** 2 / (v1 ** 2 / (n1 - 1) + v2 ** 2 / (n2 - 1)) if v1 + v2 > 0 else n1 + n2 - 2
    return {"estimator": INDEPENDENT, "n": n1 + n2, "change": change, "se": se,
            "half_width": t_two_sided(confidence_pct, df) * se}


def composite_change(paired, independent, confidence_pct=90.0):
    """The inverse-variance composite of a paired and an independent change estimate.

    Either estimate without a usable SE leaves the other one as it is. The half-width of
    the composite uses z (its df is not defined in closed form); with few plots the paired
    or independent row alone is the conservative choice.
    """
    usable = [e for e in (paired, independent) if e and e["se"] and not math.isnan(e["se"]) and e["se"] > 0]
    if len(usable) < 2:
        return usable[0] if usable else paired
    w = [1.0 / e["se"] ** 2 for e in usable]
    change = sum(wi * e["change"] for wi, e in zip(w, usable)) / sum(w)
    se = 1.0 / math.sqrt(sum(w))
    z = normal_quantile(1.0 - (1.0 - confidence_pct / 100.0) / 2.0)
    return {"estimator": COMPOSITE, "n": sum(e["n"] for e in usable), "change": change, "se": se,
            "half_width": z * se}


def difference_half_width(h1, h2, rho):
    """Half-width of X₂ − X₁ from the half-widths of X₁, X₂ and their correlation ρ ∈ [0, 1]."""
    if not 0.0 <= rho <= 1.0:
        raise MeteringError("correlation_out_of_range", value=rho)
    return math.sqrt(max(h1 * h1 + h2 * h2 - 2.0 * rho * h1 * h2, 0.0))


def smallest_plots_required(cv_pct, precision_pct=10.0, confidence_pct=90.0, n_max=100000):
    """The smallest n ≥ 2 with n ≥ (t(n−1) · CV / E)² (CDM AR-TOOL03).

    The iteration on the degrees of freedom can alternate between two values; the
    smallest n that satisfies its own rule is returned instead (t decreases with n, so
    the rule, once met, stays met). NaN for an undefined CV.
    """
    if cv_pct is None or math.isnan(cv_pct) or precision_pct <= 0:
        return math.nan
    if cv_pct == 0:
        return 2

    def satisfied(n):
        return n >= (t_two_sided(confidence_pct, n - 1) * cv_pct / precision_pct) ** 2

    n = smallest_integer(satisfied, 2, n_max)
    return math.nan if n is None else n


def change_density(plots, base_year, target_year, confidence_pct=90.0, pools=None,
                   tolerance_m=LOCATION_TOLERANCE_M):
    """The change-density table (``vocabulary.CHANGE_COLUMNS``), one row per object and pool.

    ``plots``: the plot_carbon output (``plot_id``, ``survey_year``, ``object``, ``permanent_id``,
    the pools in t C/ha, ``method_<pool>``; values plot_carbon filled from defaults are not
    observations and are left out). Per object and pool: the paired estimate from the plots
    measured at both years, the independent estimate from the unpaired plots (temporary, lost
    and new plots), and where both have an SE their composite; ``estimator`` names the one in
    ``change``. ``change_independent``/``se_independent`` are the independent estimate from *all*
    plots of the two years (what two separate density tables give), for comparison. Objects
    without plots in both years get no row. Returns ``(table, notes)``.
    """
    from .density import mask_filled_pools
    from .vocabulary import CHANGE_COLUMNS, POOLS_WITH_TOTAL

    pools = list(pools or POOLS_WITH_TOTAL)
    frame = mask_filled_pools(plots)
    for pool in pools:
        frame[pool] = pd.to_numeric(frame[pool], errors="coerce")
    frame["survey_year"] = pd.to_numeric(frame["survey_year"], errors="coerce")
    pairs, unpaired, notes = pair_plots(frame, base_year, target_year, pools, tolerance_m=tolerance_m)
    years = float(target_year - base_year)
    rows = []
    every = frame[frame["survey_year"].isin([base_year, target_year])]
    for obj in sorted(set(every["object"].astype(str))):
        p = pairs[pairs["object"].astype(str) == obj]
        u = unpaired[unpaired["object"].astype(str) == obj]
        e = every[every["object"].astype(str) == obj]
        for pool in pools:
            paired = paired_change(p[pool + "_change"].tolist(), confidence_pct) if len(p) else None
            ub = u.loc[u["survey_year"] == base_year, pool].to_numpy(dtype=float)
            ut = u.loc[u["survey_year"] == target_year, pool].to_numpy(dtype=float)
            indep = independent_change(ub, ut, years, confidence_pct)
            every_b = e.loc[e["survey_year"] == base_year, pool].to_numpy(dtype=float)
            every_t = e.loc[e["survey_year"] == target_year, pool].to_numpy(dtype=float)
            comparison = independent_change(every_b, every_t, years, confidence_pct)
            if paired is not None and paired["n"] and not math.isnan(indep["change"]):
                chosen = composite_change(paired, indep, confidence_pct)
            elif paired is not None and paired["n"]:
                chosen = paired
            else:
                chosen = comparison
            if math.isnan(chosen["change"]):
                continue
            note = {PAIRED: "mean of the paired differences per year", COMPOSITE:
                    "inverse-variance composite of the paired and the unpaired estimate (Schreuder et al. 1993)",
                    INDEPENDENT: "no remeasured plots: difference of the two years' means"}[chosen["estimator"]]
            hw = chosen["half_width"]
            rows.append({
                "stratum": obj, "object": obj, "pool": pool, "base_year": int(base_year),
                "target_year": int(target_year), "estimator": chosen["estimator"],
                "n_pairs": int(paired["n"]) if paired else 0,
                "n_base": int((~np.isnan(ub)).sum()), "n_target": int((~np.isnan(ut)).sum()),
                "change": chosen["change"], "se": chosen["se"], "half_width": hw,
                "u_pct": abs(hw / chosen["change"]) * 100.0 if chosen["change"] and not math.isnan(hw) else math.nan,
                "change_independent": comparison["change"], "se_independent": comparison["se"], "note": note,
            })
    return pd.DataFrame(rows, columns=list(CHANGE_COLUMNS)), notes


class ChangeTable:
    """A change-density table (stratum_density CHANGE_OUTPUT), parsed once for parcel_stock and uncertainty.

    ``rows``: key, pool, change (t C/ha/a), se, n_pairs, estimator (pools only, finite changes);
    ``checksum``: SHA-256 of (key, pool, change), written into parcel_stock's outputs.
    """

    def __init__(self, frame, name=""):
        import hashlib

        from .vocabulary import POOLS

        frame = frame.copy()
        frame.columns = [str(c).strip().lower() for c in frame.columns]
        key = "stratum" if "stratum" in frame.columns else "object"
        missing = [c for c in (key, "pool", "change", "estimator") if c not in frame.columns]
        if missing:
            raise MeteringError("change_table_format", table=name, columns=list(frame.columns))
        rows = pd.DataFrame({
            "key": frame[key].astype(str).str.strip(), "pool": frame["pool"].astype(str).str.strip().str.lower(),
            "change": pd.to_numeric(frame["change"], errors="coerce"),
            "se": pd.to_numeric(frame["se"], errors="coerce") if "se" in frame.columns else np.nan,
            "n_pairs": pd.to_numeric(frame.get("n_pairs", 0), errors="coerce"),
            "estimator": frame["estimator"].astype(str)})
        rows = rows[rows["pool"].isin(POOLS) & rows["change"].notna()].reset_index(drop=True)
        self.name, self.rows = str(name or ""), rows
        self.changes = {(k, p): float(c) for k, p, c in zip(rows["key"], rows["pool"], rows["change"])}
        digest = hashlib.sha256()
        for (k, p) in sorted(self.changes):
            digest.update("{0}\t{1}\t{2!r}\n".format(k, p, self.changes[(k, p)]).encode("utf-8"))
        self.checksum = digest.hexdigest()

    def keys(self):
        return sorted({k for k, _p in self.changes})

    def estimator(self, key):
        """The estimator of ``key`` (the most common over its pools)."""
        found = self.rows.loc[self.rows["key"] == key, "estimator"]
        return found.mode().iloc[0] if len(found) else None

    def factors(self):
        """``stratum, pool, change, u95_pct, sigma_rel`` (95 % U of the change: t(n − 1) for paired rows, z
        otherwise; sigma_rel = U95 / 1.96 as for the density factors)."""
        from .statistics import t_two_sided

        z95 = normal_quantile(0.975)
        out = []
        for rec in self.rows.itertuples():
            if rec.change == 0 or rec.se is None or math.isnan(rec.se):
                u95 = 0.0 if rec.change == 0 else math.nan
            else:
                t = t_two_sided(95.0, rec.n_pairs - 1) if rec.estimator == PAIRED and rec.n_pairs >= 2 else z95
                u95 = t * rec.se / abs(rec.change) * 100.0
            out.append((rec.key, rec.pool, rec.change, u95, u95 / 100.0 / z95))
        return pd.DataFrame(out, columns=["stratum", "pool", "change", "u95_pct", "sigma_rel"])
