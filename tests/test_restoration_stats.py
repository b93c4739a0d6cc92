"""NDVI trend statistics and map accuracy of the restoration system, on published numbers (no QGIS)."""

import itertools
import math

import numpy as np
import pytest

from carbon_metering.metering.errors import MeteringError
from carbon_metering.metering.restoration import accuracy as acc
from carbon_metering.metering.restoration import trend

# methods.md §7 worked example (14 values, one tie: 12.9 twice)
SERIES = [12.9, 14.8, 13.2, 15.7, 13.8, 15.6, 12.9, 11.0, 17.3, 15.9, 19.0, 18.3, 20.1, 21.7]


def test_mann_kendall_worked_example_with_a_tie():
    r = trend.trend_block(np.array(SERIES)[:, None], np.arange(2010, 2024))
    assert r.s[0] == 54
    assert r.var_s[0] == pytest.approx(332.667, abs=5e-4)     # (14·13·33 − 2·1·9)/18
    assert r.z[0] == pytest.approx(2.9058, abs=5e-5)           # (54 − 1)/√332.667
    assert r.p[0] == pytest.approx(0.0037, abs=5e-5)           # two-sided; one-sided 0.0018
    assert not r.p_exact[0]                                     # n = 14 > 10: normal approximation
    assert r.slope[0] == pytest.approx(0.5667, abs=5e-5)
    assert r.trend_class[0] == trend.TrendClass.SIGNIFICANT_INCREASE
    # tau-b: S / sqrt((n0 - n1) n0), n0 = 91, one tied pair
    assert r.tau[0] == pytest.approx(54 / math.sqrt(90 * 91))


@pytest.mark.parametrize("n", [3, 4, 5, 6, 7, 8])
def test_exact_null_distribution_equals_enumeration(n):
    counts = {}
    for perm in itertools.permutations(range(n)):
        s = sum(np.sign(perm[j] - perm[i]) for i in range(n) for j in range(i + 1, n))
        counts[s] = counts.get(s, 0) + 1
    total = math.factorial(n)
    tail = trend.exact_upper_tail(n)
    for s in counts:
        expected = sum(c for v, c in counts.items() if v >= s) / total
        assert tail[s] == pytest.approx(expected, rel=1e-12)
    # two-sided p of the largest S: both extreme orderings out of n!
    n0 = n * (n - 1) // 2
    assert trend.exact_two_sided_p(n0, n) == pytest.approx(2 / total)


def test_small_series_gets_the_exact_p():
    # 6 strictly increasing values: S = 15, exact two-sided p = 2/720; the normal one would be 0.0085
    r = trend.trend_block(np.arange(6.0)[:, None] * 0.01, np.arange(2018, 2024), confidence=0.95, min_years=5)
    assert r.p_exact[0] and r.p[0] == pytest.approx(2 / 720)
    assert r.z[0] == pytest.approx((15 - 1) / math.sqrt(6 * 5 * 17 / 18))


def test_sen_slope_with_a_gap_year_uses_the_actual_years():
    years = np.arange(2010, 2024)
    values = np.array(SERIES, dtype=float)
    values[5] = np.nan                                   # 2015 missing
    r = trend.trend_block(values[:, None], years, min_years=5)
    assert r.slope[0] == pytest.approx(trend.sen_slope_direct(values, years), rel=1e-12)
    assert r.n[0] == 13
    # on the index (the pymannkendall convention) the slope would differ: the axis is compressed
    kept = values[np.isfinite(values)]
    on_index = trend.sen_slope_direct(kept, np.arange(len(kept)))
    assert on_index != pytest.approx(r.slope[0], rel=1e-3)
    # intercept: the fitted value in the first year, median of x − slope·(t − t0)
    t = years[np.isfinite(values)]
    assert r.intercept[0] == pytest.approx(np.median(kept - r.slope[0] * (t - 2010)))


def test_classes_min_years_and_stable_threshold():
    years = np.arange(2010, 2020)
    flat = 0.5 + 0.001 * np.array([0, 1, -1, 2, -2, 1, 0, -1, 2, 3])      # weak, not significant
    down = 0.8 - 0.02 * np.arange(10)
    few = np.full(10, np.nan)
    few[:3] = [0.1, 0.2, 0.3]
    block = np.stack([flat, down, few], axis=1)
    r = trend.trend_block(block, years, confidence=0.95, min_years=5, stable_slope=0.002)
    assert r.trend_class[0] == trend.TrendClass.STABLE
    assert r.trend_class[1] == trend.TrendClass.SIGNIFICANT_DECREASE
    assert np.isnan(r.trend_class[2]) and r.n[2] == 3
    # without a stable band the weak trend is a non-significant increase or decrease
    r0 = trend.trend_block(block, years, stable_slope=0.0)
    assert r0.slope[0] > 0 and r0.p[0] > 0.05
    assert r0.trend_class[0] == trend.TrendClass.INCREASE


def test_years_from_names():
    assert trend.years_from_names(["ndvi_2010.tif", "NDVI-2011_v2.tif"]) == [2010, 2011]
    assert trend.years_from_names(["a.tif", "ndvi_2011.tif"]) is None
    assert trend.years_from_names(["ndvi_2010.tif", "ndvi_2010b.tif"]) is None
    with pytest.raises(MeteringError) as info:
        trend.check_years([2012, 2011], 2)
    assert info.value.kind == "trend_years_order"


# Olofsson et al. (2014) RSE 148, section 5 numerical example: mapped areas in 30 m pixels, the
# sample counts of table 8; published: overall accuracy 0.947 ± 0.018, user's 0.88 / 0.73 / 0.93 / 0.96,
# producer's 0.75 / 0.85 / 0.93 / 0.96, areas 21 158 ± 6 158, 11 686 ± 3 756, 285 770 ± 15 510,
# 581 386 ± 16 282 ha (95 %).
OLOFSSON = [[66, 0, 5, 4], [0, 55, 8, 12], [1, 0, 153, 11], [2, 1, 9, 313]]
PIXELS = np.array([200000, 150000, 3200000, 6450000])


def test_olofsson_numerical_example():
    r = acc.assess(OLOFSSON, mapped_area=PIXELS * 0.09)
    assert r.overall == pytest.approx(0.947, abs=5e-4)
    assert r.z * r.overall_se == pytest.approx(0.018, abs=5e-4)
    assert r.users == pytest.approx([0.88, 0.733, 0.927, 0.963], abs=5e-4)
    assert r.producers == pytest.approx([0.75, 0.85, 0.93, 0.96], abs=6e-3)
    assert r.area == pytest.approx([21158, 11686, 285770, 581386], abs=1)
    assert r.z * r.area_se == pytest.approx([6158, 3756, 15510, 16282], abs=1)
    assert r.passes(85.0) and not r.passes(95.0)


def test_accuracy_by_hand_on_two_classes():
    # map: 10 samples of class A (8 right), 10 of B (9 right); A covers 30 % of the map
    r = acc.assess([[8, 2], [1, 9]], classes=["A", "B"], mapped_area=[30.0, 70.0])
    p = np.array([[0.3 * 0.8, 0.3 * 0.2], [0.7 * 0.1, 0.7 * 0.9]])
    assert r.proportions == pytest.approx(p)
    assert r.overall == pytest.approx(0.24 + 0.63)
    assert r.users == pytest.approx([0.8, 0.9])
    assert r.producers == pytest.approx([0.24 / 0.31, 0.63 / 0.69])
    assert r.area == pytest.approx([31.0, 69.0])
    se_a = math.sqrt(0.3 ** 2 * 0.8 * 0.2 / 9 + 0.7 ** 2 * 0.1 * 0.9 / 9)
    assert r.area_se[0] == pytest.approx(100 * se_a)
    pe = 0.3 * 0.31 + 0.7 * 0.69
    assert r.kappa == pytest.approx((0.87 - pe) / (1 - pe))
    # kappa variance: Fleiss, Cohen & Everitt (1969) equals the delta-method form of Congalton & Green
    # (θ1 = po, θ2 = pe, θ3 = Σ p_ii (p_i· + p_·i), θ4 = Σ p_ij (p_j· + p_·i)²), n = 20: SE 0.17585
    rows, cols = p.sum(axis=1), p.sum(axis=0)
    t1, t2 = 0.87, pe
    t3 = sum(p[i, i] * (rows[i] + cols[i]) for i in range(2))
    t4 = sum(p[i, j] * (rows[j] + cols[i]) ** 2 for i in range(2) for j in range(2))
    var = (t1 * (1 - t1) / (1 - t2) ** 2 + 2 * (1 - t1) * (2 * t1 * t2 - t3) / (1 - t2) ** 3
           + (1 - t1) ** 2 * (t4 - 4 * t2 ** 2) / (1 - t2) ** 4) / 20
    assert r.kappa_se == pytest.approx(math.sqrt(var), rel=1e-9)
    assert r.kappa_se == pytest.approx(0.175854, abs=1e-6)
    # a perfect map: kappa 1 with no variance (the (1 − pe) term of the first sum matters here)
    perfect = acc.assess([[5, 0], [0, 7]], classes=["A", "B"], mapped_area=[30.0, 70.0])
    assert perfect.kappa == pytest.approx(1.0) and perfect.kappa_se == pytest.approx(0.0, abs=1e-12)
    classes, counts = acc.confusion_matrix(["A", "A", "B"], ["A", "B", "B"])
    assert classes == ["A", "B"] and counts.tolist() == [[1, 1], [0, 1]]
    with pytest.raises(MeteringError) as info:
        acc.assess([[1, 0], [0, 5]], classes=["A", "B"])
    assert info.value.kind == "accuracy_too_few_samples" and info.value.details["classes"] == "A"


def test_pymannkendall_own_test_values_on_its_monthly_rainfall_series():
    """pymannkendall's tests/test_pymannkendall.py ``test_original_test`` (mmhs013/pyMannKendall, MIT), on column
    Bogra of its tests/data/Monthly Rainfall.csv (360 months 1981–2010, 7 missing): s = −1959,
    var_s = 4889800.333333333, z = −0.8854562842589916, p = 0.37591058740506833, Tau = −0.03153167653875869,
    slope = −0.0064516129032258064. Its Tau is S / (n(n−1)/2) (tau-a) and its slope is on the index of the
    values left after dropping the missing months; ours is tau-b and on the months themselves."""
    import pandas as pd

    from tests.conftest import DATA

    x = pd.read_csv(DATA / "pymannkendall_monthly_rainfall_bogra.csv")["Bogra"].to_numpy(float)
    months = np.arange(len(x), dtype=float)
    r = trend.trend_block(x[:, None], months)
    n = int(np.isfinite(x).sum())
    assert n == 353 and r.n[0] == n
    assert r.s[0] == -1959
    assert r.var_s[0] == pytest.approx(4889800.333333333, rel=1e-12)
    assert r.z[0] == pytest.approx(-0.8854562842589916, rel=1e-10)
    assert r.p[0] == pytest.approx(0.37591058740506833, rel=1e-9) and not r.p_exact[0]
    assert r.s[0] / (n * (n - 1) / 2) == pytest.approx(-0.03153167653875869, rel=1e-12)
    assert abs(r.tau[0]) > abs(r.s[0] / (n * (n - 1) / 2))  # tau-b: the many tied zero months shrink the divisor
    # on the compressed index (pymannkendall) the slope is theirs; on the months the gaps are kept
    ok = np.isfinite(x)
    compressed = trend.trend_block(x[ok][:, None], np.arange(n, dtype=float))
    assert compressed.slope[0] == pytest.approx(-0.0064516129032258064, rel=1e-12)
    i, j = np.triu_indices(n, 1)
    t, v = months[ok], x[ok]
    assert r.slope[0] == pytest.approx(np.median((v[j] - v[i]) / (t[j] - t[i])), rel=1e-12)
    assert r.slope[0] != pytest.approx(compressed.slope[0], rel=1e-3)
