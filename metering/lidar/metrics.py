"""Point-cloud metrics with fixed, named definitions (Hubei spec appendix D; lidR / FUSION names).

Every metric is computed from the heights above ground ``z`` (m) of the returns of one group (a
plot footprint or a grid cell), after these fixed rules:

- Returns classified noise (ASPRS classes 7 and 18) are dropped when the cloud is read.
- Negative heights (returns a little below the interpolated ground) are set to 0.
- **Ground returns count** in every metric (as lidR ``stdmetrics`` on a normalised cloud); FUSION's
  GridMetrics leaves returns below its ``minht`` out of the height statistics: set ``min_height``
  to do the same (returns lower than it are left out of max … zpcum, never out of n/density/cover).
- Percentiles use Hyndman & Fan / R ``quantile`` type ``percentile_type`` (7 by default, as lidR
  and numpy's default "linear"): for the n sorted heights, h = (n − 1) p + 1 (1-based) and the
  value is interpolated between the order statistics ⌊h⌋ and ⌈h⌉.
- Canopy cover is the share, in %, of **first returns** higher than ``cover_threshold`` (2 m by
  default, lidR's ``pzabove2``; 1.3 m in some tables) among all first returns of the group.
- Cumulative-height proportions ``zpcum1`` … ``zpcum9`` (lidR's bins): the group's height range
  0 … max is cut into 10 equal layers; zpcum_i = % of the returns with z ≤ i · max / 10.

:data:`METRICS` lists each metric's name, unit, definition and its lidR and FUSION names.
"""

from dataclasses import dataclass

import numpy as np

from ..errors import MeteringError

#: ASPRS classification codes dropped when reading (7 low noise, 18 high noise, LAS 1.4).
NOISE_CLASSES = (7, 18)
#: ASPRS ground class.
GROUND_CLASS = 2

#: The percentiles computed, in percent.
PERCENTILES = (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 95, 99)
#: Number of layers of the cumulative-height proportions (lidR zpcum).
ZPCUM_LAYERS = 10


@dataclass(frozen=True)
class MetricDef:
    name: str
    unit: str
    definition: str
    lidr: str
    fusion: str


def _definitions():
    defs = [
        MetricDef("n", "returns", "number of returns in the group (all classes except noise, ground included)",
                  "n (npoints)", "Total all returns"),
        MetricDef("density", "returns/m²", "n divided by the group's area (footprint or cell)",
                  "density", "— (Total all returns / area)"),
        MetricDef("n_first", "returns", "number of first returns (return number 1)", "— (sum(ReturnNumber == 1))",
                  "Total first returns"),
        MetricDef("max", "m", "highest height", "zmax", "Elev maximum"),
        MetricDef("mean", "m", "mean height", "zmean", "Elev mean"),
        MetricDef("sd", "m", "standard deviation of the heights (n − 1 divisor)", "zsd", "Elev stddev"),
        MetricDef("cv", "ratio", "sd / mean", "— (zsd / zmean)", "Elev CV"),
    ]
    for p in PERCENTILES:
        lidr = "zq{0}".format(p) if p % 5 == 0 and p < 100 and p != 99 else "— (quantile(Z, {0}))".format(p / 100)
        text = "{0}th height percentile (R quantile type, 7 by default)".format(p)
        defs.append(MetricDef("p{0}".format(p), "m", text,
                              lidr, "Elev P{0:02d}".format(p)))
    defs.append(MetricDef("cover", "%", "share of first returns higher than the cover threshold among all first "
                          "returns", "pzabove2 (on first returns)", "Percentage first returns above <break>"))
    for i in range(1, ZPCUM_LAYERS):
        defs.append(MetricDef("zpcum{0}".format(i), "%", "share of returns with z ≤ {0}/10 of the group's max "
                              "height".format(i), "zpcum{0}".format(i), "—"))
    return tuple(defs)


#: Every metric, in output (table column / raster band) order.
METRICS = _definitions()
METRIC_NAMES = tuple(m.name for m in METRICS)


def metric_help():
    """One line per metric: name (unit): definition [lidR …; FUSION …] (for help texts and docs)."""
    return "\n".join("{0} ({1}): {2} [lidR {3}; FUSION {4}]".format(m.name, m.unit, m.definition, m.lidr, m.fusion)
                     for m in METRICS)


# --- percentiles -----------------------------------------------------------------------------------


def _check_type(percentile_type):
    t = int(percentile_type)
    if t not in range(1, 10):
        raise MeteringError("bad_percentile_type", value=percentile_type)
    return t


def order_positions(n, p, percentile_type=7):
    """For groups of ``n`` sorted values: (lower index j0, upper index j1, weight g) of quantile ``p``.

    0-based indexes; the quantile is (1 − g) x[j0] + g x[j1] (Hyndman & Fan 1996, R ``quantile``).
    Types 1–3 are discontinuous (g is 0 or 1), 4–9 interpolate with h = n p + m(p).
    """
    t = _check_type(percentile_type)
    n = np.asarray(n, dtype=float)
    if t <= 3:
        m = -0.5 if t == 3 else 0.0
        np_ = n * p + m
        j = np.floor(np_)
        g = np_ - j
        if t == 1:
            gamma = (g > 0).astype(float)
        elif t == 2:
            gamma = np.where(g > 0, 1.0, 0.5)
        else:
            gamma = np.where((g == 0) & (j % 2 == 0), 0.0, 1.0)
    else:
        m = {4: 0.0, 5: 0.5, 6: p, 7: 1.0 - p, 8: (p + 1.0) / 3.0, 9: p / 4.0 + 3.0 / 8.0}[t]
        np_ = n * p + m
        j = np.floor(np_ + 1e-12 * np.maximum(n, 1))  # guard p·(n−1) landing a hair below an integer
        gamma = np_ - j
        gamma = np.clip(gamma, 0.0, 1.0)
    # x_j and x_{j+1} (1-based), clamped to 1 … n
    j0 = np.clip(j, 1, np.maximum(n, 1)) - 1
    j1 = np.clip(j + 1, 1, np.maximum(n, 1)) - 1
    return j0.astype(np.int64), j1.astype(np.int64), gamma


def quantile(values, p, percentile_type=7):
    """The ``p`` (0–1) quantile of ``values`` by R type ``percentile_type`` (NaN when empty)."""
    x = np.sort(np.asarray(values, dtype=float))
    if x.size == 0:
        return float("nan")
    j0, j1, g = order_positions(x.size, float(p), percentile_type)
    return float((1.0 - g) * x[int(j0)] + g * x[int(j1)])


# --- group metrics ---------------------------------------------------------------------------------


def group_metrics(group, z, first, n_groups, area, cover_threshold=2.0, percentile_type=7, min_height=None):
    """All :data:`METRICS` for each of ``n_groups`` groups, vectorised (no loop over groups).

    ``group``: int array (group index of each return, 0 … n_groups − 1); ``z``: heights above ground
    (m); ``first``: bool array (first return); ``area``: m² of each group (scalar or array).
    Returns a dict metric name → float array of length ``n_groups`` (NaN where a group has no
    return, or no first return for ``cover``).
    """
    _check_type(percentile_type)
    group = np.asarray(group, dtype=np.int64)
    z = np.maximum(np.asarray(z, dtype=float), 0.0)
    first = np.asarray(first, dtype=bool)
    out = {}
    nan = np.full(n_groups, np.nan)
    n_all = np.bincount(group, minlength=n_groups).astype(float)
    out["n"] = n_all
    out["density"] = n_all / np.asarray(area, dtype=float)
    n_first = np.bincount(group, weights=first, minlength=n_groups)
    out["n_first"] = n_first
    above = first & (z > float(cover_threshold))
    cover = nan.copy()
    has_first = n_first > 0
    cover[has_first] = np.bincount(group, weights=above, minlength=n_groups)[has_first] / n_first[has_first] * 100.0

    if min_height is not None:
        keep = z >= float(min_height)
        group, z = group[keep], z[keep]
    order = np.lexsort((z, group))
    g_sorted, z_sorted = group[order], z[order]
    n = np.bincount(g_sorted, minlength=n_groups)
    start = np.concatenate(([0], np.cumsum(n)[:-1]))
    has = n > 0
    with np.errstate(invalid="ignore", divide="ignore"):
        total = np.bincount(g_sorted, weights=z_sorted, minlength=n_groups)
        mean = np.where(has, total / np.maximum(n, 1), np.nan)
        dev2 = np.bincount(g_sorted, weights=(z_sorted - mean[g_sorted]) ** 2, minlength=n_groups)
        sd = np.where(n > 1, np.sqrt(dev2 / np.maximum(n - 1, 1)), np.nan)
        zmax = np.where(has, z_sorted[np.maximum(start + n - 1, 0)] if z_sorted.size else np.nan, np.nan)
        out["max"] = zmax
        out["mean"] = mean
        out["sd"] = sd
        out["cv"] = np.where(mean > 0, sd / mean, np.nan)
        for p in PERCENTILES:
            values = nan.copy()
            if z_sorted.size:
                j0, j1, g = order_positions(n[has], p / 100.0, percentile_type)
                s = start[has]
                values[has] = (1.0 - g) * z_sorted[s + j0] + g * z_sorted[s + j1]
            out["p{0}".format(p)] = values
        out["cover"] = cover
        for i in range(1, ZPCUM_LAYERS):
            values = nan.copy()
            if z_sorted.size:
                limit = zmax[g_sorted] * i / ZPCUM_LAYERS
                below = np.bincount(g_sorted, weights=z_sorted <= limit, minlength=n_groups)
                values[has] = below[has] / n[has] * 100.0
            out["zpcum{0}".format(i)] = values
    return {name: out[name] for name in METRIC_NAMES}


def cloud_metrics(z, first=None, area=1.0, **options):
    """The metrics of one set of returns (a dict name → float); see :func:`group_metrics`."""
    z = np.asarray(z, dtype=float)
    first = np.ones(z.size, dtype=bool) if first is None else np.asarray(first, dtype=bool)
    result = group_metrics(np.zeros(z.size, dtype=np.int64), z, first, 1, area, **options)
    return {k: float(v[0]) for k, v in result.items()}


# --- vertical profile ------------------------------------------------------------------------------


def layer_profile(counts_top_down):
    """Per layer (listed from the top down): the share of the returns reaching it that stop in it, and its gap fraction.

    With n_i the returns in layer i and N_i = n_i + n_(i+1) + … the returns in it and below (all
    pulses that reached layer i), interception_i = n_i / N_i and gap_i = 1 − interception_i =
    N_(i+1) / N_i, which is the gap fraction lidR's ``gap_fraction_profile`` reports (there from the
    bottom up, as cumsum(lower) / cumsum(including)). Example: 10, 5, 5, 10 returns → interception
    0.33, 0.25, 0.33, 1 and gap fraction 0.67, 0.75, 0.67, 0 (the bottom layer stops all).
    """
    n = np.asarray(counts_top_down, dtype=float)
    if n.ndim != 1 or np.any(n < 0):
        raise MeteringError("bad_layer_counts", value=list(np.atleast_1d(counts_top_down)))
    reaching = np.cumsum(n[::-1])[::-1]
    with np.errstate(invalid="ignore", divide="ignore"):
        interception = np.where(reaching > 0, n / reaching, np.nan)
    return interception, 1.0 - interception


def gap_fraction_profile(z, dz=1.0, z0=2.0):
    """Layer bottoms (m) from the top down, interception and gap fraction of the layers above ``z0``.

    Layers of ``dz`` m from ``z0`` up to the highest return; see :func:`layer_profile`.
    """
    z = np.asarray(z, dtype=float)
    z = z[z >= z0]
    if z.size == 0:
        return np.array([]), np.array([]), np.array([])
    top = z0 + dz * max(1, int(np.ceil((z.max() - z0) / dz + 1e-9)))
    edges = np.arange(z0, top + dz / 2, dz)
    counts, _ = np.histogram(z, bins=edges)
    interception, gap = layer_profile(counts[::-1])
    return edges[:-1][::-1], interception, gap
