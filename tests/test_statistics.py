"""Student's t quantiles against published table values."""

import math

import pytest

from carbon_metering.metering.statistics import normal_quantile, t_cdf, t_quantile, t_two_sided


@pytest.mark.parametrize(
    "p, df, expected",
    [
        # Classic t-table values (e.g. any statistics textbook's table of t_{p, df}).
        (0.975, 1, 12.706),
        (0.975, 2, 4.303),
        (0.95, 10, 1.812),
        (0.975, 10, 2.228),
        (0.975, 30, 2.042),
        (0.995, 5, 4.032),
        (0.95, 120, 1.658),
    ],
)
def test_t_quantile_matches_tables(p, df, expected):
    assert t_quantile(p, df) == pytest.approx(expected, abs=5e-4)


def test_ar_tool14_example_t_value():
    # CDM AR-TOOL14 worked example: n = 34 plots, 90 % two-sided, df = 33 -> t = 1.692.
    assert t_two_sided(90, 33) == pytest.approx(1.692, abs=5e-4)


def test_cdf_and_quantile_are_inverse_and_symmetric():
    for df in (1, 3, 7.5, 50):
        for p in (0.6, 0.9, 0.99):
            q = t_quantile(p, df)
            assert t_cdf(q, df) == pytest.approx(p, abs=1e-10)
            assert t_quantile(1 - p, df) == pytest.approx(-q, abs=1e-9)


def test_normal_limit():
    assert normal_quantile(0.975) == pytest.approx(1.959964, abs=1e-6)
    assert t_quantile(0.975, 1e7) == pytest.approx(normal_quantile(0.975), abs=1e-5)
    assert math.isclose(t_two_sided(95, 1e7), 1.96, abs_tol=1e-3)


def test_bad_arguments_raise():
    with pytest.raises(ValueError):
        t_quantile(1.0, 5)
    with pytest.raises(ValueError):
        t_two_sided(100, 5)
    with pytest.raises(ValueError):
        t_cdf(1.0, 0)
