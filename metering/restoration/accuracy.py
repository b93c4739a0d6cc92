"""Map accuracy and error-adjusted class areas (Olofsson et al. 2014, Remote Sensing of Environment 148: 42–57).

A map classified into classes 1…q is checked against reference labels at sample units chosen by
stratified random sampling with the map classes as strata (the good-practice design). With
n_ij the sample counts (map class i, reference class j), n_i· the row totals and W_i the share of
the mapped area in class i, the estimated area proportions are p̂_ij = W_i n_ij / n_i· (eq. 4),
and (methods.md §7; Olofsson 2014 eqs. 1–10):

- overall accuracy Ô = Σ_j p̂_jj, V(Ô) = Σ_i W_i² Û_i (1 − Û_i) / (n_i· − 1);
- user's accuracy Û_i = p̂_ii / p̂_i· = n_ii / n_i·, V(Û_i) = Û_i (1 − Û_i) / (n_i· − 1);
- producer's accuracy P̂_j = p̂_jj / p̂_·j, with the variance of eq. 7 (ratio estimator);
- error-adjusted area of class j Â_j = A p̂_·j, SE(p̂_·j) = √Σ_i W_i² (n_ij/n_i·)(1 − n_ij/n_i·)/(n_i· − 1);
- confidence intervals ± z · SE (z = 1.96 for 95 %).

Cohen's kappa is given as well because reviewers ask for it (Olofsson et al. advise against it):
it is computed on the estimated proportions p̂_ij, with the large-sample variance of Fleiss,
Cohen & Everitt (1969) on those proportions and the total sample size — an approximation that is
stated in the output. When no map areas are given, W_i = n_i· / n (the sample is taken as the
map's own proportions: a simple random sample).
"""

from dataclasses import dataclass

import numpy as np

from ..errors import MeteringError

#: The guideline's bar for identification accuracy (overall accuracy, %).
REQUIRED_ACCURACY_PCT = 85.0


@dataclass
class AccuracyResult:
    classes: list             # class labels, the order of every array below
    counts: np.ndarray        # n_ij (map i × reference j)
    weights: np.ndarray       # W_i
    proportions: np.ndarray   # p̂_ij
    overall: float
    overall_se: float
    users: np.ndarray
    users_se: np.ndarray
    producers: np.ndarray
    producers_se: np.ndarray
    kappa: float
    kappa_se: float
    area_share: np.ndarray    # p̂_·j
    area_share_se: np.ndarray
    area: np.ndarray          # Â_j in the unit of total_area (NaN without total_area)
    area_se: np.ndarray
    mapped_area: np.ndarray   # A W_i
    z: float                  # the normal quantile of the intervals

    def passes(self, required_pct=REQUIRED_ACCURACY_PCT):
        return self.overall * 100.0 >= required_pct


def confusion_matrix(mapped, reference, classes=None):
    """(classes, n_ij) from paired map and reference labels (equal length sequences)."""
    mapped, reference = list(mapped), list(reference)
    if len(mapped) != len(reference):
        raise MeteringError("accuracy_lengths_differ", mapped=len(mapped), reference=len(reference))
    if not mapped:
        raise MeteringError("accuracy_no_samples")
    if classes is None:
        classes = sorted(set(mapped) | set(reference), key=lambda c: (str(type(c)), c))
    index = {c: k for k, c in enumerate(classes)}
    counts = np.zeros((len(classes), len(classes)))
    for m, r in zip(mapped, reference):
        counts[index[m], index[r]] += 1
    return list(classes), counts


def assess(counts, classes=None, mapped_area=None, confidence=0.95):
    """Accuracy statistics and error-adjusted areas from the counts n_ij.

    ``mapped_area``: the mapped area of each class (any unit, e.g. ha or pixels), in the order of
    the rows; None: weights from the sample (W_i = n_i· / n) and no areas.
    """
    n = np.asarray(counts, dtype=float)
    q = n.shape[0]
    if n.shape != (q, q) or q == 0:
        raise MeteringError("accuracy_matrix_shape", shape=str(n.shape))
    classes = list(classes) if classes is not None else list(range(1, q + 1))
    row = n.sum(axis=1)
    if (row < 2).any():
        bad = [str(classes[k]) for k in np.flatnonzero(row < 2)]
        raise MeteringError("accuracy_too_few_samples", classes=", ".join(bad))
    if mapped_area is None:
        weights = row / row.sum()
        total = float("nan")
        mapped = np.full(q, np.nan)
    else:
        mapped = np.asarray(mapped_area, dtype=float)
        if mapped.shape != (q,) or (mapped < 0).any() or mapped.sum() <= 0:
            raise MeteringError("accuracy_bad_areas", expected=q)
        total = float(mapped.sum())
        weights = mapped / total
    z = _normal_quantile(0.5 + confidence / 2.0)
    share = n / row[:, None]                     # n_ij / n_i·
    p = weights[:, None] * share                 # p̂_ij
    p_col = p.sum(axis=0)                        # p̂_·j
    diag = np.diag(p)
    overall = float(diag.sum())
    users = np.diag(share)
    users_var = users * (1.0 - users) / (row - 1.0)
    overall_var = float((weights ** 2 * users_var).sum())
    producers = np.where(p_col > 0, diag / np.where(p_col > 0, p_col, 1.0), np.nan)

    # producer's accuracy variance, Olofsson 2014 eq. 7 (with N̂_·j = Σ_i N_i n_ij / n_i·; N ∝ W)
    producers_var = np.full(q, np.nan)
    for j in range(q):
        nj = (weights * share[:, j]).sum()
        if nj <= 0:
            continue
        first = weights[j] ** 2 * (1.0 - producers[j]) ** 2 * users[j] * (1.0 - users[j]) / (row[j] - 1.0)
        others = [weights[i] ** 2 * share[i, j] * (1.0 - share[i, j]) / (row[i] - 1.0) for i in range(q) if i != j]
        second = producers[j] ** 2 * sum(others)
        producers_var[j] = (first + second) / nj ** 2
    share_se = np.sqrt((weights[:, None] ** 2 * share * (1.0 - share) / (row[:, None] - 1.0)).sum(axis=0))

    # kappa on the estimated proportions; Fleiss, Cohen & Everitt (1969) large-sample variance
    pe = float((p.sum(axis=1) * p_col).sum())
    kappa = (overall - pe) / (1.0 - pe) if pe < 1 else float("nan")
    kappa_se = _kappa_se(p, overall, pe, float(row.sum()))
    return AccuracyResult(
        classes=classes, counts=n, weights=weights, proportions=p, overall=overall,
        overall_se=float(np.sqrt(overall_var)), users=users, users_se=np.sqrt(users_var),
        producers=producers, producers_se=np.sqrt(producers_var), kappa=float(kappa), kappa_se=kappa_se,
        area_share=p_col, area_share_se=share_se, area=total * p_col, area_se=total * share_se,
        mapped_area=mapped, z=z,
    )


def _kappa_se(p, po, pe, n_total):
    rows, cols = p.sum(axis=1), p.sum(axis=0)
    q = len(rows)
    # Fleiss, Cohen & Everitt (1969): Σ p_ii [(1 − pe) − (p_i· + p_·i)(1 − po)]²
    a = sum(p[i, i] * ((1 - pe) - (rows[i] + cols[i]) * (1 - po)) ** 2 for i in range(q))
    b = (1 - po) ** 2 * sum(p[i, j] * (cols[i] + rows[j]) ** 2 for i in range(q) for j in range(q) if i != j)
    c = (po * pe - 2 * pe + po) ** 2
    var = (a + b - c) / (n_total * (1 - pe) ** 4) if pe < 1 else float("nan")
    return float(np.sqrt(max(var, 0.0)))


def _normal_quantile(prob):
    """Standard normal quantile by bisection on erfc (exact to float precision; no scipy needed)."""
    import math

    if not 0.0 < prob < 1.0:
        raise ValueError(prob)
    lo, hi = -10.0, 10.0
    for _ in range(200):
        mid = (lo + hi) / 2.0
        if 0.5 * math.erfc(-mid / math.sqrt(2.0)) < prob:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2.0


#: How a reference polygon is paired with the map (the map's units inside it: map polygons or pixels).
#: largest_share (default): the polygon counts once, with the map class covering its largest share
#: (on a tie, the first class in the sorted order); area_weighted: it counts once in total, split over
#: the map classes in proportion to the share each covers (fractional counts n_ij).
POLYGON_RULES = ("largest_share", "area_weighted")


def overlap_counts(samples, classes=None, rule="largest_share"):
    """(classes, n_ij) from reference samples paired with the map by their overlaps.

    ``samples``: (reference label, {map label: overlap}) per sample. A point has one map label with
    overlap 1 (the class at the point); a polygon has the area (m², or a pixel count) of each map
    class inside it. A sample with no positive overlap must be left out by the caller (it lies outside
    the map). ``rule``: one of :data:`POLYGON_RULES`. Labels are compared as given (int codes of a
    raster or text classes of a polygon map, not mixed).
    """
    if rule not in POLYGON_RULES:
        raise MeteringError("bad_option", value=rule, option="rule", allowed=", ".join(POLYGON_RULES))
    samples = list(samples)
    if not samples:
        raise MeteringError("accuracy_no_samples")
    if classes is None:
        labels = {r for r, _ in samples} | {m for _, o in samples for m in o}
        classes = sorted(labels, key=lambda c: (str(type(c)), c))
    index = {c: k for k, c in enumerate(classes)}
    counts = np.zeros((len(classes), len(classes)))
    for ref, overlaps in samples:
        shares = {m: float(a) for m, a in overlaps.items() if float(a) > 0}
        total = sum(shares.values())
        if total <= 0:
            raise MeteringError("accuracy_no_overlap", reference=str(ref))
        if rule == "largest_share":
            best = max(shares.values())
            mapped = min((m for m, a in shares.items() if a == best), key=lambda c: index[c])
            counts[index[mapped], index[ref]] += 1.0
        else:
            for m, a in shares.items():
                counts[index[m], index[ref]] += a / total
    return list(classes), counts


def class_areas(labels, areas):
    """{map class: summed area} of a polygon map (one label and one area per polygon)."""
    out = {}
    for label, area in zip(labels, areas):
        out[label] = out.get(label, 0.0) + float(area)
    return out


def pixel_overlaps(codes, valid, x0, y0, dx, dy, polygon_wkb):
    """{class code: pixel count} of the pixels whose centres lie inside a polygon (WKB).

    ``codes``/``valid``: the window of the class raster and its mask of mapped pixels; (x0, y0) the
    window's upper-left corner and dx > 0, dy < 0 the pixel size in the polygon's CRS (a GDAL geotransform).
    A polygon smaller than a pixel may contain no centre: empty dict (the caller samples its centroid).
    """
    import shapely

    polygon = shapely.from_wkb(polygon_wkb)
    rows, cols = np.mgrid[0:codes.shape[0], 0:codes.shape[1]]
    x = x0 + (cols + 0.5) * dx
    y = y0 + (rows + 0.5) * dy
    inside = shapely.contains_xy(polygon, x, y) & valid
    values, n = np.unique(np.asarray(codes)[inside], return_counts=True)
    return {int(v): int(k) for v, k in zip(values.tolist(), n.tolist())}
