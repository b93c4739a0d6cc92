"""NDVI trend per pixel: Theil–Sen slope on the actual years and the Mann–Kendall test.

Sources (methods.md §7): Mann (1945), Kendall (1975), the variance with tie correction
Var(S) = [n(n−1)(2n+5) − Σ_t t(t−1)(2t+5)] / 18, Z with continuity correction; Sen (1968) for the
slope. What is done exactly, where peers approximate:

- Sen's slope is the median of (x_j − x_i) / (year_j − year_i) over the pairs of *valid* years:
  a missing or nodata year is a gap on the time axis, not a shift of the later years (computing
  the slope on the index, as pymannkendall does, compresses the axis across a gap).
- Intercept: median over valid years of x_i − slope · (year_i − year_0), year_0 the first year
  of the series, i.e. the fitted value in the first year (Conover's median form).
- Two-sided p: exact null distribution of S for n ≤ ``EXACT_MAX_N`` valid years without ties
  (the distribution of the number of inversions of a random permutation, Mahonian numbers,
  computed by recursion); tie-corrected normal approximation with continuity correction above,
  and for tied series at any n (the exact distribution then depends on the tie structure; with
  float NDVI ties are rare, and the result says which p each pixel got in ``p_exact``).
  Thresholds come from these p-values, never from |Z| > 1.96 alone.
- Kendall's τ is τ_b against time: S / √((n₀ − n₁) · n₀), n₀ = n(n−1)/2, n₁ = Σ t(t−1)/2 over
  tie groups of the values (years never tie).

Everything is vectorised over pixels: a block is an array (years, pixels) with NaN for missing.
"""

import math
import re
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache

import numpy as np

from ..errors import MeteringError

#: Largest number of valid years with an exact p-value (the issue asks for n ≤ 10 at least).
EXACT_MAX_N = 10

#: Output bands of ndvi_trend, in this order (band descriptions).
BANDS = ("sen_slope", "z", "p", "tau", "n_valid", "trend_class")


class TrendClass(IntEnum):
    """Codes of the trend-class band (also used by the restoration rules)."""

    SIGNIFICANT_DECREASE = -2
    DECREASE = -1
    STABLE = 0
    INCREASE = 1
    SIGNIFICANT_INCREASE = 2


@dataclass
class TrendBlock:
    """Per-pixel results of one block (1-D arrays over the block's pixels; NaN where n < min_years)."""

    slope: np.ndarray        # Sen's slope, NDVI per year
    intercept: np.ndarray    # fitted NDVI in the first year of the series
    s: np.ndarray            # Mann–Kendall S
    var_s: np.ndarray        # tie-corrected variance of S
    z: np.ndarray            # Z with continuity correction
    p: np.ndarray            # two-sided p
    p_exact: np.ndarray      # bool: p from the exact distribution
    tau: np.ndarray          # Kendall's tau-b
    n: np.ndarray            # number of valid years (int)
    trend_class: np.ndarray  # TrendClass codes (float, NaN where no result)


def years_from_names(names):
    """The 4-digit year (1900–2099) in each file name, or None when a name has none or two differ.

    Returns a list of ints when every name holds exactly one year and the years are distinct.
    """
    years = []
    for name in names:
        found = set(re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", str(name)))
        if len(found) != 1:
            return None
        years.append(int(found.pop()))
    return years if len(set(years)) == len(years) else None


def check_years(years, n_rasters):
    """Years as floats in input order; strictly increasing, one per raster."""
    years = [float(y) for y in years]
    if len(years) != n_rasters:
        raise MeteringError("trend_years_count", years=len(years), rasters=n_rasters)
    for k in range(1, len(years)):
        if not years[k] > years[k - 1]:
            raise MeteringError("trend_years_order", position=k + 1, year=years[k], previous=years[k - 1])
    return np.asarray(years)


@lru_cache(maxsize=None)
def exact_upper_tail(n):
    """P(S ≥ s) under H0 for n untied values, as a dict {s: probability} (s from −n₀ to n₀ step 2).

    S = n₀ − 2I with I the number of inversions of a uniformly random permutation; the counts of
    permutations by I are the Mahonian numbers, built one element at a time (inserting the k-th
    element adds 0 … k−1 inversions).
    """
    counts = np.array([1], dtype=object)  # exact integers: 10! fits, but keep it exact for any n
    for k in range(2, n + 1):
        new = np.zeros(len(counts) + k - 1, dtype=object)
        for add in range(k):
            new[add:add + len(counts)] += counts
        counts = new
    total = math.factorial(n)
    n0 = n * (n - 1) // 2
    # I = 0 … n0 ↔ S = n0 … −n0; P(S ≥ s) = P(I ≤ (n0 − s)/2)
    cumulative = np.cumsum(counts)
    return {n0 - 2 * i: float(cumulative[i]) / total for i in range(n0 + 1)}


def exact_two_sided_p(s, n):
    """Two-sided exact p of S = s for n untied values: P(|S| ≥ |s|) = 2 P(S ≥ |s|), at most 1."""
    tail = exact_upper_tail(int(n))
    return min(1.0, 2.0 * tail[abs(int(s))]) if s != 0 else 1.0


def _normal_two_sided(z):
    erfc = np.frompyfunc(math.erfc, 1, 1)
    return erfc(np.abs(z) / math.sqrt(2.0)).astype(float)


def trend_block(values, years, confidence=0.95, min_years=5, stable_slope=0.0):
    """Sen slope, Mann–Kendall statistics and trend class for a block.

    ``values``: array (n_years, pixels) with NaN for missing; ``years``: the n_years years
    (strictly increasing). ``confidence``: two-sided level of "significant"; ``min_years``:
    pixels with fewer valid years get NaN; ``stable_slope`` (NDVI/yr, ≥ 0): a non-significant
    trend with |slope| below it is "stable".
    """
    x = np.asarray(values, dtype=float)
    if x.ndim == 1:
        x = x[:, None]
    t = np.asarray(years, dtype=float)
    n_years, pixels = x.shape
    valid = np.isfinite(x)
    n = valid.sum(axis=0)
    i_idx, j_idx = np.triu_indices(n_years, k=1)
    both = valid[i_idx] & valid[j_idx]
    diff = x[j_idx] - x[i_idx]                      # (pairs, pixels)
    sign = np.where(both, np.sign(diff), 0.0)
    s = sign.sum(axis=0)

    # tie groups: c_k = how many valid values equal x_k (itself included); Σ_groups f(t) = Σ_k f(c_k)/c_k
    equal = both & (diff == 0)
    c = valid.astype(float)
    np.add.at(c, i_idx, equal)
    np.add.at(c, j_idx, equal)
    with np.errstate(invalid="ignore", divide="ignore"):
        tie_var = np.where(valid, (c - 1.0) * (2.0 * c + 5.0), 0.0).sum(axis=0)   # Σ_t t(t−1)(2t+5)
        tie_pairs = np.where(valid, (c - 1.0) / 2.0, 0.0).sum(axis=0)               # Σ_t t(t−1)/2
    var_s = (n * (n - 1.0) * (2.0 * n + 5.0) - tie_var) / 18.0
    with np.errstate(invalid="ignore", divide="ignore"):
        z = np.where(s > 0, (s - 1.0) / np.sqrt(var_s), np.where(s < 0, (s + 1.0) / np.sqrt(var_s), 0.0))
        z = np.where(var_s > 0, z, 0.0)
        n0 = n * (n - 1.0) / 2.0
        tau = s / np.sqrt((n0 - tie_pairs) * n0)
    p = _normal_two_sided(z)
    untied = equal.sum(axis=0) == 0
    exact = untied & (n >= 2) & (n <= EXACT_MAX_N)
    for k in np.unique(n[exact]):
        tail = exact_upper_tail(int(k))
        sel = exact & (n == k)
        p[sel] = [min(1.0, 2.0 * tail[abs(int(v))]) if v != 0 else 1.0 for v in s[sel]]

    with np.errstate(invalid="ignore", divide="ignore"):
        slopes = np.where(both, diff / (t[j_idx] - t[i_idx])[:, None], np.nan)
    have_pairs = both.any(axis=0)
    slope = np.full(pixels, np.nan)
    if have_pairs.any():
        slope[have_pairs] = np.nanmedian(slopes[:, have_pairs], axis=0)
    with np.errstate(invalid="ignore"):
        residual = np.where(valid, x - slope[None, :] * (t - t[0])[:, None], np.nan)
    intercept = np.full(pixels, np.nan)
    some = valid.any(axis=0)
    if some.any():
        intercept[some] = np.nanmedian(residual[:, some], axis=0)

    alpha = 1.0 - float(confidence)
    significant = p < alpha
    up = s > 0
    cls = np.where(significant, np.where(up, 2.0, -2.0),
                   np.where(np.abs(slope) < stable_slope, 0.0,
                            np.where(slope > 0, 1.0, np.where(slope < 0, -1.0, 0.0))))
    enough = n >= max(int(min_years), 2)
    nan = np.nan
    out = TrendBlock(
        slope=np.where(enough, slope, nan), intercept=np.where(enough, intercept, nan),
        s=np.where(enough, s, nan), var_s=np.where(enough, var_s, nan), z=np.where(enough, z, nan),
        p=np.where(enough, p, nan), p_exact=exact & enough, tau=np.where(enough, tau, nan),
        n=n.astype(np.int64), trend_class=np.where(enough, cls, nan),
    )
    return out


def sen_slope_direct(values, years):
    """Sen's slope of one series by the O(n²) definition (for checks): NaN values are gaps."""
    pts = [(float(t), float(v)) for t, v in zip(years, values) if v is not None and np.isfinite(v)]
    slopes = [(pts[j][1] - pts[i][1]) / (pts[j][0] - pts[i][0]) for i in range(len(pts))
              for j in range(i + 1, len(pts))]
    return float(np.median(slopes)) if slopes else float("nan")


def block_rows_for(width, n_years, budget=256 * 1024 * 1024):
    """Rows per strip so that the pair arrays (about 5 of pairs × pixels float64) stay within budget."""
    pairs = max(n_years * (n_years - 1) // 2, 1)
    per_row = max(int(width), 1) * pairs * 8 * 5
    return max(1, int(budget // per_row))


@dataclass
class TrendRun:
    """What run_trend did: the years used, the NDVI scale, pixel counts per class, notes."""

    years: list
    ndvi_scale: float
    valid_pixels: int = 0
    exact_pixels: int = 0
    class_counts: dict = None
    notes: list = None


def detect_ndvi_scale(sample):
    """1 for NDVI in −1…1, 1e-4 for NDVI stored ×10 000 (MODIS/Landsat products), from a sample array."""
    finite = np.asarray(sample, dtype=float)
    finite = finite[np.isfinite(finite)]
    if not finite.size:
        return 1.0
    return 1e-4 if np.nanmax(np.abs(finite)) > 1.5 else 1.0


def run_trend(source, years, write, confidence=0.95, min_years=5, stable_slope=0.0, ndvi_scale=None,
              scale_sample=None, block_rows=None, progress=None):
    """The trend bands over a whole stacked source (bands = years), strip by strip.

    ``source``: an object with ``bands, height, width, read(row0, nrows)`` (metering.rs.blocks);
    ``write(row0, array (6, nrows, width))`` receives the bands of ``BANDS``.
    """
    from ..errors import Note, report

    years = list(check_years(years, source.bands))
    if ndvi_scale is None:
        ndvi_scale = detect_ndvi_scale(scale_sample) if scale_sample is not None else 1.0
    notes = []
    if ndvi_scale != 1.0:
        notes.append(Note.info("trend_ndvi_scaled", scale=ndvi_scale))
    rows = block_rows or block_rows_for(source.width, len(years))
    counts = {int(c): 0 for c in TrendClass}
    valid = exact = 0
    for row0 in range(0, source.height, rows):
        nrows = min(rows, source.height - row0)
        block = np.asarray(source.read(row0, nrows), dtype=float) * ndvi_scale
        finite = np.isfinite(block)
        bad = finite & ((block < -1.0) | (block > 1.0))
        if bad.any():
            b = np.argwhere(bad)[0]
            raise MeteringError("trend_ndvi_out_of_range", band=int(b[0]) + 1, year=int(years[b[0]]),
                                row=int(b[1]) + row0, col=int(b[2]), value=float(block[tuple(b)] / ndvi_scale))
        flat = block.reshape(len(years), -1)
        r = trend_block(flat, years, confidence, min_years, stable_slope)
        out = np.stack([r.slope, r.z, r.p, r.tau, np.where(np.isfinite(r.slope), r.n, np.nan), r.trend_class])
        write(row0, out.reshape(len(BANDS), nrows, source.width))
        ok = np.isfinite(r.trend_class)
        valid += int(ok.sum())
        exact += int(r.p_exact.sum())
        for code in counts:
            counts[code] += int((r.trend_class[ok] == code).sum())
        report(progress, (row0 + nrows) / source.height)
    if valid == 0:
        notes.append(Note.warning("trend_no_valid_pixels", min_years=int(min_years)))
    return TrendRun([int(y) if float(y).is_integer() else y for y in years], ndvi_scale, valid, exact, counts, notes)
