"""Permanent plots and the paired change estimator (metering.change_estimator), by hand."""

import math

import pandas as pd
import pytest

from carbon_metering.metering import change_estimator as ce
from carbon_metering.metering.errors import MeteringError
from carbon_metering.metering.statistics import t_two_sided


def plots_frame():
    # three permanent plots measured in 2020 and 2023, one temporary plot each year,
    # one permanent plot lost (2020 only) and one new (2023 only)
    rows = [
        ("A20", 2020, "P1", "forest_arbor", 0.0, 0.0, 40.0),
        ("A23", 2023, "P1", "forest_arbor", 1.0, 0.0, 46.0),
        ("B20", 2020, "P2", "forest_arbor", 100.0, 0.0, 60.0),
        ("B23", 2023, "P2", "forest_arbor", 100.0, 2.0, 63.0),
        ("C20", 2020, "P3", "forest_arbor", 200.0, 0.0, 50.0),
        ("C23", 2023, "P3", "forest_arbor", 200.0, 0.0, 59.0),
        ("T20", 2020, None, "forest_arbor", 300.0, 0.0, 30.0),
        ("T23", 2023, "", "forest_arbor", 400.0, 0.0, 80.0),
        ("L20", 2020, "P4", "forest_arbor", 500.0, 0.0, 55.0),
        ("N23", 2023, "P5", "forest_arbor", 600.0, 0.0, 52.0),
    ]
    return pd.DataFrame(rows, columns=["plot_id", "survey_year", "permanent_id", "object", "x", "y", "total"])


def test_pairs_by_permanent_id_and_keeps_the_rest_unpaired():
    pairs, unpaired, notes = ce.pair_plots(plots_frame(), 2020, 2023, ["total"])
    assert sorted(pairs["permanent_id"]) == ["P1", "P2", "P3"]
    # (46 − 40)/3, (63 − 60)/3, (59 − 50)/3 t C/ha/a
    assert sorted(pairs["total_change"]) == pytest.approx([1.0, 2.0, 3.0])
    assert sorted(unpaired["plot_id"]) == ["L20", "N23", "T20", "T23"]
    assert notes == []


def test_paired_change_by_hand():
    # d = 1, 2, 3: mean 2, sd 1, SE 1/√3, half-width t(0.95, 2) × SE at 90 %
    est = ce.paired_change([2.0, 1.0, 3.0], confidence_pct=90.0)
    assert est["n"] == 3 and est["change"] == pytest.approx(2.0)
    assert est["se"] == pytest.approx(1 / math.sqrt(3))
    assert est["half_width"] == pytest.approx(2.919986 / math.sqrt(3), rel=1e-5)  # t(0.95, 2) = 2.919986


def test_independent_estimator_when_nothing_is_paired():
    frame = plots_frame().assign(permanent_id=None)
    pairs, unpaired, _ = ce.pair_plots(frame, 2020, 2023, ["total"])
    assert pairs.empty and len(unpaired) == len(frame)
    base = unpaired.loc[unpaired.survey_year == 2020, "total"]
    target = unpaired.loc[unpaired.survey_year == 2023, "total"]
    est = ce.independent_change(base, target, 3.0)
    assert est["change"] == pytest.approx((target.mean() - base.mean()) / 3.0)
    assert est["se"] == pytest.approx(math.sqrt(base.var() / len(base) + target.var() / len(target)) / 3.0)
    # the composite of an estimate with nothing is that estimate
    assert ce.composite_change(ce.paired_change([]), est) == est


def test_composite_weights_by_inverse_variance():
    p = {"estimator": "paired", "n": 10, "change": 2.0, "se": 0.5, "half_width": 1.0}
    u = {"estimator": "independent", "n": 20, "change": 4.0, "se": 1.0, "half_width": 2.0}
    c = ce.composite_change(p, u, confidence_pct=95.0)
    # w = 4 and 1: (4·2 + 1·4)/5 = 2.4, SE = 1/√5
    assert c["estimator"] == "composite" and c["change"] == pytest.approx(2.4)
    assert c["se"] == pytest.approx(1 / math.sqrt(5))
    assert c["half_width"] == pytest.approx(1.959964 / math.sqrt(5), rel=1e-6)


def test_problems_of_permanent_plots_are_reported():
    frame = plots_frame()
    frame.loc[frame.plot_id == "A23", "x"] = 50.0  # moved 50 m
    frame.loc[frame.plot_id == "B23", "object"] = "forest_shrub"  # another object
    extra = frame[frame.plot_id == "C20"].assign(plot_id="C20b")  # P3 twice in 2020
    pairs, unpaired, notes = ce.pair_plots(pd.concat([frame, extra]), 2020, 2023, ["total"], tolerance_m=10)
    kinds = sorted(n.kind for n in notes)
    assert kinds == ["permanent_plot_moved", "permanent_plot_object_changed", "permanent_plot_repeated"]
    assert pairs.empty
    moved = [n for n in notes if n.kind == "permanent_plot_moved"][0]
    assert moved.details["permanent_id"] == "P1" and moved.details["distance_m"] == 50.0


@pytest.mark.parametrize("rho, expected", [(0.0, math.sqrt(3.0 ** 2 + 4.0 ** 2)), (1.0, 1.0)])
def test_correlation_zero_and_one_are_the_independent_and_the_same_factor_cases(rho, expected):
    assert ce.difference_half_width(3.0, 4.0, rho) == pytest.approx(expected)


def test_correlated_stocks_example_of_the_issue():
    # 1000 ha ± 5 % × 80 t C/ha ± 20 %: 80 000 t C ± √(5² + 20²) % (IPCC eq. 3.1); 85 000 t C ± 20.6 %;
    # ρ = 0.8: h = √(h₁² + h₂² − 2ρh₁h₂)
    x1, u1 = 1000 * 80.0, math.sqrt(5 ** 2 + 20 ** 2) / 100
    x2, u2 = 85000.0, 0.206
    h1, h2 = x1 * u1, x2 * u2
    h = ce.difference_half_width(h1, h2, 0.8)
    assert h == pytest.approx(math.sqrt(h1 ** 2 + h2 ** 2 - 1.6 * h1 * h2))
    assert h < ce.difference_half_width(h1, h2, 0.0)
    assert 100 * h / (x2 - x1) == pytest.approx(215.9, abs=0.1)
    with pytest.raises(MeteringError) as info:
        ce.difference_half_width(h1, h2, 1.5)
    assert info.value.kind == "correlation_out_of_range"


def test_plots_required_is_the_smallest_n_that_meets_its_own_rule():
    # CV 3 %, E 5 %, 90 %: n = 2 fails (t(1) = 6.314: 14.4 > 2), 3 fails (t(2) = 2.920: 3.07 > 3), 4 holds
    n = ce.smallest_plots_required(3.0, 5.0, 90.0)
    assert n == 4
    for m in (n - 1, n):
        rule = (t_two_sided(90.0, m - 1) * 3.0 / 5.0) ** 2
        assert (m >= rule) == (m == n)
    assert ce.smallest_plots_required(40.0, 10.0, 90.0) == 46  # t(45) = 1.679: (1.679·4)² = 45.1


def _remeasured():
    # P1..P3 measured in 2020 and 2023; T1 a temporary plot of 2020, N1 a new plot of 2023.
    return pd.DataFrame({
        "plot_id": ["a", "b", "c", "t1", "d", "e", "f", "n1"],
        "survey_year": [2020, 2020, 2020, 2020, 2023, 2023, 2023, 2023],
        "object": ["forest_arbor"] * 8,
        "permanent_id": ["P1", "P2", "P3", None, "P1", "P2", "P3", None],
        "agb": [40.0, 50.0, 60.0, 45.0, 46.0, 53.0, 69.0, 70.0],
    })


def test_change_density_paired_by_hand():
    """Differences 6, 3, 9 t C/ha over 3 a: 2, 1, 3 t C/ha/a; mean 2, sd 1, SE 1/√3 = 0.5774."""
    plots = _remeasured()
    plots = plots[plots["permanent_id"].notna()]
    table, notes = ce.change_density(plots, 2020, 2023, pools=["agb"])
    row = table.iloc[0]
    assert notes == [] and row["estimator"] == ce.PAIRED and row["n_pairs"] == 3
    assert row["change"] == pytest.approx(2.0) and row["se"] == pytest.approx(1 / math.sqrt(3))
    # 90 %: t(0.95, 2) = 2.919986
    assert row["half_width"] == pytest.approx(2.919986 / math.sqrt(3), rel=1e-5)
    # for comparison, independent: (56 − 50)/3 = 2, SE √(100/3 + 139/3)/3 = 2.9752 (s² 100 and 139)
    assert row["change_independent"] == pytest.approx(2.0)
    assert row["se_independent"] == pytest.approx(math.sqrt(100 / 3 + 139 / 3) / 3)


def test_change_density_composite_with_temporary_and_new_plots():
    """Paired 2 ± 0.5774 and unpaired (70 − 45)/3 = 8.333 without SE (one plot each): the paired row stays."""
    table, _ = ce.change_density(_remeasured(), 2020, 2023, pools=["agb"])
    row = table.iloc[0]
    assert row["estimator"] == ce.PAIRED and row["n_base"] == 1 and row["n_target"] == 1
    # two unpaired plots a year give the unpaired estimate an SE: composite
    extra = pd.DataFrame({"plot_id": ["t2", "n2"], "survey_year": [2020, 2023], "object": ["forest_arbor"] * 2,
                          "permanent_id": [None, None], "agb": [55.0, 60.0]})
    table, _ = ce.change_density(pd.concat([_remeasured(), extra]), 2020, 2023, pools=["agb"])
    row = table.iloc[0]
    # unpaired: (65 − 50)/3 = 5, SE √(50/2 + 50/2)/3 = 2.357; weights 3 and 0.18
    w_p, w_u = 3.0, 1 / (math.sqrt(50.0) / 3) ** 2
    assert row["estimator"] == ce.COMPOSITE
    assert row["change"] == pytest.approx((w_p * 2.0 + w_u * 5.0) / (w_p + w_u))
    assert row["se"] == pytest.approx(1 / math.sqrt(w_p + w_u))


def test_change_density_without_pairs_is_the_independent_estimator():
    """No permanent id: the change is the difference of the two years' means, the same as two density tables."""
    plots = _remeasured().assign(permanent_id=None)
    table, _ = ce.change_density(plots, 2020, 2023, pools=["agb"])
    row = table.iloc[0]
    base = plots.loc[plots["survey_year"] == 2020, "agb"]
    target = plots.loc[plots["survey_year"] == 2023, "agb"]
    assert row["estimator"] == ce.INDEPENDENT and row["n_pairs"] == 0
    assert row["change"] == pytest.approx((target.mean() - base.mean()) / 3)
    assert row["se"] == pytest.approx(math.sqrt(base.var() / 4 + target.var() / 4) / 3)
    assert row["change"] == row["change_independent"]
