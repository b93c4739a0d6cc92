"""Uncertainty of stock and sink: IPCC 2006 GL vol. 1 ch. 3 Approaches 1 and 2, CDM AR-TOOL14 discount."""

import math

import numpy as np
import pandas as pd
import pytest

from carbon_metering.metering import CO2_PER_C, POOLS
from carbon_metering.metering import uncertainty as u
from carbon_metering.metering.density import DensityTable
from carbon_metering.metering.vocabulary import stock_column

# --- helpers -------------------------------------------------------------------------------------


def make_pieces(rows):
    """Pieces like parcel_stock's OUTPUT; rows: (county, base_obj, target_obj, base_key, target_key,
    area_ha, c_base_agb, c_target_agb); other pools zero, interval 5 years."""
    frame = pd.DataFrame(rows, columns=["county", "base_object", "target_object", "base_key", "target_key",
                                        "area_ha", "stock_base_agb_tc", "stock_target_agb_tc"])
    frame["area_m2"] = frame.pop("area_ha") * 10000.0
    for p in POOLS:
        if p != "agb":
            frame[stock_column("base", p)] = 0.0
            frame[stock_column("target", p)] = 0.0
    frame["change_flag"] = 0
    frame["dc_per_year_tc"] = (frame["stock_target_agb_tc"] - frame["stock_base_agb_tc"]) / 5.0
    frame["sink_tco2e"] = frame["dc_per_year_tc"] * CO2_PER_C
    return frame


def density(rows):
    """rows: (stratum, pool, mean, u_pct) with U read as a 95 % half-width (no n/se)."""
    return u.density_factors(table_of(pd.DataFrame(rows, columns=["stratum", "pool", "mean", "u_pct"])))


def table_of(frame, name="density"):
    """A long density table as the steps exchange it: parsed once into a DensityTable.

    Keys whose other pools the test leaves out get zero means (DensityTable wants every pool).
    """
    rows = [frame]
    for key in frame["stratum"].unique():
        have = set(frame.loc[frame["stratum"] == key, "pool"])
        rows += [pd.DataFrame({"stratum": [key], "pool": [p], "mean": [0.0], "u_pct": [0.0]})
                 for p in POOLS if p not in have]
    return DensityTable.parse(pd.concat(rows, ignore_index=True), "object", name)


def model_for(pieces, dens, area_u, years=5.0, target=None):
    cells = u.aggregate_pieces(pieces, u.stock_pools(pieces.columns))
    return u.build_model(cells, dens, target, area_u, years)


def row(table, level, name, quantity):
    sel = table[(table["level"] == level) & (table["name"] == name) & (table["quantity"] == quantity)]
    assert len(sel) == 1
    return sel.iloc[0]


# The methods.md illustration: 1000 ha of stratum A at 80 t C/ha; at the target year 62.5 ha of
# non-metered land became A too (85 000 t C). One density factor (A, agb) serves both years.
ILLUSTRATION = [
    ("420101", "forest_arbor", "forest_arbor", "A", "A", 1000.0, 80000.0, 80000.0),
    ("420101", "non_metered", "forest_arbor", None, "A", 62.5, 0.0, 5000.0),
    ("420101", "non_metered", "non_metered", None, None, 10.0, 0.0, 0.0),
]


# --- standards' worked examples ------------------------------------------------------------------


def test_ar_tool14_worked_example():
    # CDM AR-TOOL14 worked example: 34 plots, mean 45.328 t d.m./ha, s 12.776, 90 % -> SE 2.191,
    # t 1.692, half-width 3.707, U = 8.18 %.
    assert 12.776 / math.sqrt(34) == pytest.approx(2.191, abs=5e-4)
    assert u.sample_mean_u_pct(45.328, 12.776, 34, confidence_pct=90) == pytest.approx(8.18, abs=0.005)
    # IPCC's 95 % gives a wider interval for the same plots.
    assert u.sample_mean_u_pct(45.328, 12.776, 34) > 9.5


def test_ar_tool14_discount_example():
    # AR-TOOL14 appendix: 60 +/- 9 (U 15 %) -> 25 % of 9 = 2.25 deducted: 57.75 removals, 62.25 baseline.
    deduction, removals = u.ar_tool14_discount(60.0, 15.0, removals=True)
    assert deduction == pytest.approx(2.25)
    assert removals == pytest.approx(57.75)
    assert u.ar_tool14_discount(60.0, 15.0, removals=False)[1] == pytest.approx(62.25)


@pytest.mark.parametrize("u_pct, share", [(0, 0), (10, 0), (10.01, 0.25), (15, 0.25), (15.5, 0.5),
                                          (20, 0.5), (25, 0.75), (30, 0.75), (30.5, 1.0), (480, 1.0)])
def test_ar_tool14_discount_bands(u_pct, share):
    assert u.ar_tool14_discount_share(u_pct) == share
    assert u.ar_tool14_discount(100.0, u_pct)[0] == pytest.approx(share * u_pct)


def test_ar_tool14_band_bound_and_baseline_side():
    # AR-TOOL14: 9 ± 1.35 is U = 15 % exactly and falls in the 25 % band, although 1.35 / 9 × 100 is
    # 15.000000000000002 in floating point; the baseline side adds the deduction (estimate + deduction).
    u_pct = 1.35 / 9 * 100
    assert u.ar_tool14_discount_share(u_pct) == 0.25
    deduction, conservative = u.ar_tool14_discount(9.0, u_pct)
    assert deduction == pytest.approx(0.25 * 1.35) and conservative == pytest.approx(9.0 - 0.3375)
    assert u.ar_tool14_discount(9.0, u_pct, removals=False)[1] == pytest.approx(9.0 + 0.3375)


# --- Approach 1 ----------------------------------------------------------------------------------


def test_approach1_methods_illustration():
    # methods.md s. 5: 1000 ha +/- 5 % x 80 t C/ha +/- 20 % = 80 000 t C +/- 20.6 % (eq. 3.1) ...
    u_stock = u.u_product(5.0, 20.0)
    assert u_stock == pytest.approx(math.sqrt(25 + 400))
    assert round(u_stock, 1) == 20.6
    # ... and against 85 000 +/- 20.6 % the 5 000 t C change carries +/- 481 % as independent (eq. 3.2).
    u_change = u.u_sum([85000.0, -80000.0], [u_stock, u_stock])
    assert u_change == pytest.approx(u_stock * math.hypot(85000, 80000) / 5000)
    assert round(u_change) == 481


def test_approach1_sum_identities():
    # one term: its own U; n equal independent terms: U / sqrt(n); a zero total with spread: undefined.
    assert u.u_sum([7.0], [12.0]) == pytest.approx(12.0)
    assert u.u_sum([5.0] * 4, [10.0] * 4) == pytest.approx(10.0 / 2)
    assert u.u_sum([3.0, 4.0], [100.0, 100.0]) == pytest.approx(500.0 / 7.0)
    assert math.isnan(u.u_sum([5.0, -5.0], [10.0, 10.0]))


def test_model_single_cell_is_eq_3_1():
    pieces = make_pieces([("420101", "forest_arbor", "forest_arbor", "A", "A", 1000.0, 80000.0, 80000.0)])
    model = model_for(pieces, density([("A", "agb", 80.0, 20.0)]), area_u=5.0)
    est, u1 = u.approach1(model)
    table = model.rows.assign(estimate=est, u1_pct=u1)
    r = row(table, "total", "total", "stock_base")
    assert r["estimate"] == pytest.approx(80000.0)
    assert r["u1_pct"] == pytest.approx(u.u_product(20.0, 5.0))


def test_model_correlated_sink_by_hand():
    model = model_for(make_pieces(ILLUSTRATION), density([("A", "agb", 80.0, 20.0)]), area_u=5.0)
    table, hist = u.evaluate(model, iterations=0)
    sink = row(table, "total", "total", "sink")
    # sink = (85 000 - 80 000) t C / 5 a x 44/12
    assert sink["estimate"] == pytest.approx(5000.0 / 5.0 * 44.0 / 12.0)
    # Correlated: density A multiplies +85 000 and -80 000 -> 20 % of 5 000; cell areas: the
    # unchanged cell's cancels, the converted cell 5 % of 5 000.
    assert sink["u1_pct"] == pytest.approx(math.hypot(0.20 * 5000, 0.05 * 5000) / 5000 * 100)
    # Independent years: each stock's own Approach 1 half-width (density 20 % of the stock, area 5 %
    # of each cell), then eq. 3.2 over the two stocks.
    hw_base = math.hypot(0.20 * 80000, 0.05 * 80000)
    hw_target = math.sqrt((0.20 * 85000) ** 2 + (0.05 * 80000) ** 2 + (0.05 * 5000) ** 2)
    ind = row(table, "total", "total", "sink_independent")
    assert ind["u1_pct"] == pytest.approx(math.hypot(hw_base, hw_target) / 5000 * 100)
    assert ind["u1_pct"] > 20 * sink["u1_pct"]
    # Objects: base stock by base object, target stock and sink by target object.
    assert row(table, "object", "non_metered", "stock_base")["estimate"] == 0.0
    assert row(table, "object", "forest_arbor", "sink")["estimate"] == pytest.approx(sink["estimate"])
    assert np.isnan(sink["mc_mean"]) and hist.empty


def test_separate_target_table_is_independent():
    pieces = make_pieces(ILLUSTRATION)
    dens = density([("A", "agb", 80.0, 20.0)])
    model = model_for(pieces, dens, area_u=0.0, target=dens)
    est, u1 = u.approach1(model)
    table = model.rows.assign(u1_pct=u1)
    # Two independent density factors, no area error: eq. 3.2 over the two stocks.
    expected = math.hypot(0.2 * 85000, 0.2 * 80000) / 5000 * 100
    assert row(table, "total", "total", "sink")["u1_pct"] == pytest.approx(expected)


def test_density_factors_routes():
    dens = u.density_factors(table_of(pd.DataFrame({
        "stratum": ["A", "B", "C"], "pool": ["agb", "soil", "total"],
        "mean": [50.0, 40.0, 90.0], "n": [10, None, 10], "se": [2.0, None, 2.0], "u_pct": [1.0, 12.0, 1.0],
    })))
    a = dens[dens["stratum"] == "A"].iloc[0]
    # n >= 2 and se: t(95 %, 9) = 2.262 x 2 / 50
    assert a["u95_pct"] == pytest.approx(2.262157 * 2.0 / 50.0 * 100, rel=1e-5)
    assert a["sigma_rel"] == pytest.approx(a["u95_pct"] / 100 / 1.959964, rel=1e-5)
    assert dens[dens["stratum"] == "B"].iloc[0]["u95_pct"] == 12.0
    assert "total" not in set(dens["pool"])  # the total is the sum of the pools


def test_missing_density_is_reported():
    pieces = make_pieces([("420101", "forest_arbor", "forest_arbor", "A", "Z", 10.0, 800.0, 900.0)])
    with pytest.raises(u.UncertaintyError) as err:
        model_for(pieces, density([("A", "agb", 80.0, 20.0)]), area_u=5.0)
    assert err.value.kind == "density_missing"
    assert ("target_key", "Z", "agb") in err.value.details["rows"]


def test_years_and_tables_come_from_the_recorded_facts():
    pieces = make_pieces(ILLUSTRATION)
    base, target = table_of(pd.DataFrame([("A", "agb", 80.0, 20.0)], columns=["stratum", "pool", "mean", "u_pct"]),
                            "d2020"), None
    facts = {"base_year": 2018, "target_year": 2023, "base_density": "d2020", "base_density_sha256": base.checksum,
             "target_density": "d2020", "target_density_sha256": base.checksum, "same_density_table": 1,
             "density_key": "object"}
    for k, value in facts.items():
        pieces[k] = value
    recorded = u.stock_facts(pieces, "stock")
    assert u.check_years(recorded, None, None, "stock") == 5.0
    assert u.check_years(recorded, 2018, 2023, "stock") == 5.0
    with pytest.raises(u.UncertaintyError) as info:
        u.check_years(recorded, 2020, 2023, "stock")
    assert info.value.kind == "years_mismatch" and info.value.details["base"] == 2018
    assert u.check_density_tables(recorded, base, target, "stock") is True
    other = table_of(pd.DataFrame([("A", "agb", 81.0, 20.0)], columns=["stratum", "pool", "mean", "u_pct"]))
    with pytest.raises(u.UncertaintyError) as info:
        u.check_density_tables(recorded, other, None, "stock")
    assert info.value.kind == "density_table_mismatch"
    pieces.loc[0, "base_year"] = 2019
    with pytest.raises(u.UncertaintyError) as info:
        u.stock_facts(pieces, "stock")
    assert info.value.kind == "stock_facts_mixed"


# --- Approach 2 ----------------------------------------------------------------------------------


def several_cells():
    rows = []
    for county, share in (("420101", 1.0), ("420102", 0.6)):
        rows += [
            (county, "forest_arbor", "forest_arbor", "F1", "F2", 800 * share, 800 * share * 60,
             800 * share * 66),
            (county, "dry_land", "forest_arbor", "D1", "F2", 50 * share, 50 * share * 20, 50 * share * 66),
            (county, "dry_land", "dry_land", "D1", "D2", 300 * share, 300 * share * 20, 300 * share * 21),
        ]
    dens = density([("F1", "agb", 60.0, 2.0), ("F2", "agb", 66.0, 2.0), ("D1", "agb", 20.0, 3.0),
                    ("D2", "agb", 21.0, 3.0)])
    return make_pieces(rows), dens


def test_monte_carlo_converges_to_approach1_for_small_u():
    pieces, dens = several_cells()
    model = model_for(pieces, dens, area_u=1.0)
    table, _ = u.evaluate(model, iterations=40000, seed=7)
    stocks = table[table["quantity"].str.startswith("stock")]
    # Small independent U: the linearisation is exact enough; MC sampling error ~1 %.
    assert np.allclose(stocks["u2_pct"], stocks["u1_pct"], rtol=0.03)
    assert np.allclose(stocks["mc_mean"], stocks["estimate"], rtol=1e-3)
    sinks = table[table["quantity"] == "sink_independent"]
    assert np.allclose(sinks["u2_pct"], sinks["u1_pct"], rtol=0.04)
    assert np.allclose(table["mc_mean"], table["estimate"], rtol=0.01, atol=5.0)


def test_correlated_sink_is_narrower_than_independent():
    pieces = make_pieces(ILLUSTRATION)
    model = model_for(pieces, density([("A", "agb", 80.0, 20.0)]), area_u=5.0)
    table, hist = u.evaluate(model, iterations=20000, seed=1)
    sink = row(table, "total", "total", "sink")
    ind = row(table, "total", "total", "sink_independent")
    assert sink["u2_pct"] < ind["u2_pct"] / 10
    assert sink["u2_pct"] == pytest.approx(sink["u1_pct"], rel=0.05)
    assert ind["u2_pct"] == pytest.approx(ind["u1_pct"], rel=0.05)
    # the histogram is of the correlated total sink: all iterations, inside its range
    assert hist["count"].sum() == 20000
    assert hist["bin_low"].min() < sink["mc_p2_5"] < sink["mc_p97_5"] < hist["bin_high"].max()
    assert np.allclose(hist["bin_high"].to_numpy()[:-1], hist["bin_low"].to_numpy()[1:])


def test_fixed_seed_is_reproducible():
    pieces, dens = several_cells()
    model = model_for(pieces, dens, area_u=5.0)
    a = u.monte_carlo(model, 3000, seed=11, distribution="lognormal")
    assert a.shape == (3000, len(model.rows))
    assert np.array_equal(u.monte_carlo(model, 3000, seed=11, distribution="lognormal"), a)
    assert not np.array_equal(a, u.monte_carlo(model, 3000, seed=12, distribution="lognormal"))
    # The chunk size (memory) does not change the draws of an iteration.
    b = u.monte_carlo(model, 3000, seed=11, distribution="lognormal", chunk_elements=1000)
    assert np.allclose(a, b, rtol=1e-12)


def test_samples_add_up_across_levels():
    pieces, dens = several_cells()
    model = model_for(pieces, dens, area_u=5.0)
    samples = u.monte_carlo(model, 500, seed=3)
    rows = model.rows
    for quantity in u.QUANTITIES:
        total = samples[:, ((rows["quantity"] == quantity) & (rows["level"] == "total")).to_numpy()][:, 0]
        for level in ("county", "object", "pool"):
            part = samples[:, ((rows["quantity"] == quantity) & (rows["level"] == level)).to_numpy()]
            assert np.allclose(part.sum(axis=1), total)


@pytest.mark.parametrize("distribution", u.DISTRIBUTIONS)
def test_distributions_have_mean_one_and_sd(distribution):
    rng = np.random.Generator(np.random.PCG64(5))
    x = u.draw_factors(rng, np.array([0.05, 0.3]), 200000, distribution)
    tolerance = 0.02 if distribution == "truncated_normal" else 0.01
    assert x.mean(axis=0) == pytest.approx([1.0, 1.0], abs=tolerance)
    assert x[:, 0].std() == pytest.approx(0.05, rel=0.02)
    if distribution == "normal":
        assert x[:, 1].std() == pytest.approx(0.3, rel=0.02)
        assert (x[:, 1] < 0).any()  # the normal can go below zero at 30 %
    else:
        assert (x > 0).all()
    if distribution == "lognormal":
        assert x[:, 1].std() == pytest.approx(0.3, rel=0.03)
        assert np.median(x[:, 1]) < 1.0  # right-skewed


def test_lognormal_gives_asymmetric_bounds():
    pieces = make_pieces([("420101", "forest_arbor", "forest_arbor", "A", "A", 1000.0, 80000.0, 80000.0)])
    model = model_for(pieces, density([("A", "agb", 80.0, 60.0)]), area_u=0.0)
    table, _ = u.evaluate(model, iterations=20000, seed=2, distribution="lognormal")
    r = row(table, "total", "total", "stock_base")
    assert r["u2_high_pct"] > 1.3 * r["u2_low_pct"]
    assert r["u2_pct"] == pytest.approx((r["u2_low_pct"] + r["u2_high_pct"]) / 2)


def test_discount_on_the_baseline_and_the_removals_side():
    model = model_for(make_pieces(ILLUSTRATION), density([("A", "agb", 80.0, 20.0)]), area_u=5.0)
    table, _ = u.evaluate(model, iterations=0, discount=True)
    sink = row(table, "total", "total", "sink")
    # U95 = sqrt(20² + 5²) = 20.6 %; AR-TOOL14's bands are on the 90 % U:
    # 20.6 x 1.645 / 1.960 = 17.3 % -> band 15-20 %: 50 % of the 90 % half-width deducted.
    u90 = sink["u1_pct"] * 1.644854 / 1.959964
    assert round(u90, 1) == 17.3
    assert sink["discount_u_pct"] == pytest.approx(u90, rel=1e-6)
    assert sink["discount_share"] == 0.5
    assert sink["discount"] == pytest.approx(0.5 * u90 / 100 * sink["estimate"], rel=1e-6)
    assert sink["conservative"] == pytest.approx(sink["estimate"] - sink["discount"])
    # AR-TOOL14 (methods.md §3, 60 ± 9 -> 57.75 removals / 62.25 baseline): the baseline stock is
    # raised, the target stock lowered by the same rule. Both stocks: U95 = √(20² + 5²) = 20.6 %,
    # U90 17.3 % -> 50 % of the 90 % half-width.
    base = row(table, "total", "total", "stock_base")
    target = row(table, "total", "total", "stock_target")
    for stock in (base, target):
        assert stock["discount_u_pct"] == pytest.approx(stock["u1_pct"] * 1.644854 / 1.959964, rel=1e-6)
        assert stock["discount_share"] == 0.5
        assert stock["discount"] == pytest.approx(0.5 * stock["discount_u_pct"] / 100 * stock["estimate"])
    assert base["conservative"] == pytest.approx(base["estimate"] + base["discount"])
    assert target["conservative"] == pytest.approx(target["estimate"] - target["discount"])
    assert not table["discount"].isna().any()


def test_discount_rescales_95_to_90_percent():
    # Approach 1: U90 = U95 x z(0.95)/z(0.975) = U95 x 1.645/1.960 (normal error).
    assert u.u90_from_u95(19.6) == pytest.approx(16.4485, abs=1e-3)
    # A U95 of 12 % is 10.07 % at 90 % (band 25 %), a U95 of 11.9 % is 9.99 % (no discount):
    # the 95 % U would have put both in the 25 % band.
    assert u.ar_tool14_discount_share(u.u90_from_u95(12.0)) == 0.25
    assert u.ar_tool14_discount_share(u.u90_from_u95(11.9)) == 0.0
    # Monte Carlo: the 90 % U is half the 5th-95th percentile range over |mean|.
    model = model_for(make_pieces(ILLUSTRATION), density([("A", "agb", 80.0, 20.0)]), area_u=5.0)
    table, _ = u.evaluate(model, iterations=5000, seed=9, discount=True)
    samples = u.monte_carlo(model, 5000, seed=9)
    col = np.nonzero(((model.rows["level"] == "total") & (model.rows["quantity"] == "sink")).to_numpy())[0][0]
    p5, p95 = np.percentile(samples[:, col], [5, 95])
    expected = (p95 - p5) / 2 / abs(samples[:, col].mean()) * 100
    sink = row(table, "total", "total", "sink")
    assert sink["discount_u_pct"] == pytest.approx(expected, rel=1e-9)
    assert sink["discount_u_pct"] < sink["u2_pct"]
    assert sink["discount"] == pytest.approx(
        u.ar_tool14_discount_share(expected) * expected / 100 * sink["estimate"], rel=1e-9)


def test_defaults_table_cites_sources():
    table = pd.read_csv(u.os.path.join(u.os.path.dirname(u.__file__), "data", "uncertainty_defaults.csv"))
    assert table["source"].str.len().min() > 10
    assert u.default_parameters()["area_u_pct"] == 5.0


# --- the algorithm through processing.run --------------------------------------------------------


def recorded_facts(density_text, years=(2018, 2023)):
    """The facts parcel_stock records: both years and the density table (one table for both years)."""
    import io

    table = DensityTable.parse(pd.read_csv(io.StringIO(density_text)), "object", "density")
    return {"base_year": years[0], "target_year": years[1], "base_density": "density",
            "base_density_sha256": table.checksum, "target_density": "density",
            "target_density_sha256": table.checksum, "same_density_table": 1, "density_key": "object"}


def pieces_layer(rows, density_text):
    from qgis.core import QgsFeature, QgsVectorLayer

    frame = make_pieces(rows)
    for name, value in recorded_facts(density_text).items():
        frame[name] = value
    texts = ("county", "base_object", "target_object", "base_key", "target_key", "base_density",
             "base_density_sha256", "target_density", "target_density_sha256", "density_key")
    ints = ("change_flag", "base_year", "target_year", "same_density_table")
    spec = ["{0}:string".format(c) for c in texts] + ["{0}:integer".format(c) for c in ints]
    spec += ["{0}:double".format(c) for c in frame.columns if c not in texts + ints]
    layer = QgsVectorLayer("None?" + "&".join("field=" + s for s in spec), "pieces", "memory")
    assert layer.isValid()
    feats = []
    for rec in frame.to_dict("records"):
        f = QgsFeature(layer.fields())
        for name, value in rec.items():
            f[name] = None if value is None or (isinstance(value, float) and math.isnan(value)) else value
        f["change_flag"] = 0 if rec["base_key"] == rec["target_key"] else 1
        feats.append(f)
    assert layer.dataProvider().addFeatures(feats)[0]
    return layer


def density_csv(tmp_path, text):
    from qgis.core import QgsVectorLayer

    path = tmp_path / "density.csv"
    path.write_text(text, encoding="utf-8")
    layer = QgsVectorLayer("file://{0}?delimiter=,&detectTypes=yes".format(path), "density", "delimitedtext")
    assert layer.isValid()
    return layer


def features(layer):
    from carbon_metering.processing_provider.qgis_io import to_python

    names = [f.name() for f in layer.fields()]
    return [dict(zip(names, map(to_python, f.attributes()))) for f in layer.getFeatures()]


def test_algorithm_end_to_end(provider, tmp_path):
    import processing

    text = ("stratum,pool,n,mean,sd,se,half_width,u_pct,source\nA,agb,,80,,,,20,test\nA,bgb,,0,,,,0,test\n"
            "A,deadwood,,0,,,,0,test\nA,litter,,0,,,,0,test\nA,soil,,0,,,,0,test\nA,total,,80,,,,20,test\n")
    pieces = pieces_layer(ILLUSTRATION, text)
    dens = density_csv(tmp_path, text)
    before = features(pieces)
    result = processing.run("carbonmeter:uncertainty", {
        "INPUT": pieces, "BASE_DENSITY": dens, "AREA_U": 5.0, "ITERATIONS": 4000, "SEED": 42,
        "DISTRIBUTION": 0, "DISCOUNT": True, "OUTPUT": "TEMPORARY_OUTPUT", "HISTOGRAM": "TEMPORARY_OUTPUT",
    })
    assert features(pieces) == before  # input untouched
    out = features(result["OUTPUT"])
    for name in ("level", "name", "quantity", "estimate", "u1_pct", "mc_mean", "mc_p2_5", "mc_p97_5",
                 "u2_pct", "discount"):
        assert name in out[0]
    by = {(r["level"], r["name"], r["quantity"]): r for r in out}
    sink = by[("total", "total", "sink")]
    # the interval recorded by parcel_stock (2018 → 2023, 5 a): 5 000 t C / 5 a x 44/12
    assert sink["estimate"] == pytest.approx(5000 / 5 * 44 / 12)
    assert sink["u1_pct"] == pytest.approx(u.u_product(20.0, 5.0))
    assert sink["u2_pct"] == pytest.approx(sink["u1_pct"], rel=0.08)
    # AR-TOOL14 on the 90 % U (5th-95th percentiles), about U95 x 1.645/1.960 = 17.3 % -> 50 %.
    assert sink["discount_u_pct"] == pytest.approx(sink["u2_pct"] * 1.644854 / 1.959964, rel=0.08)
    assert sink["discount_share"] == 0.5
    assert sink["discount"] == pytest.approx(0.5 * sink["discount_u_pct"] / 100 * sink["estimate"])
    assert by[("total", "total", "sink_independent")]["u2_pct"] > 10 * sink["u2_pct"]
    assert by[("county", "420101", "stock_base")]["estimate"] == pytest.approx(80000.0)
    assert by[("pool", "agb", "stock_target")]["estimate"] == pytest.approx(85000.0)
    # AR-TOOL14 on the baseline side too: the base stock is raised by its discount (estimate + deduction)
    base = by[("total", "total", "stock_base")]
    assert base["conservative"] == pytest.approx(base["estimate"] + base["discount"]) and base["discount"] > 0
    hist = features(result["HISTOGRAM"])
    assert sum(r["count"] for r in hist) == 4000
    assert min(r["bin_low"] for r in hist) < sink["mc_p2_5"]


def test_algorithm_names_missing_density(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    text = "stratum,pool,mean,u_pct\n" + "".join("B,{0},80,20\n".format(p) for p in POOLS)
    dens = density_csv(tmp_path, text)
    with pytest.raises(QgsProcessingException) as err:
        processing.run("carbonmeter:uncertainty", {
            "INPUT": pieces_layer(ILLUSTRATION, text), "BASE_DENSITY": dens, "ITERATIONS": 10,
            "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "'A', 'agb'" in str(err.value)


def test_algorithm_rejects_non_stock_input(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    dens = density_csv(tmp_path, "stratum,pool,mean,u_pct\nA,agb,80,20\n")
    with pytest.raises(QgsProcessingException) as err:
        processing.run("carbonmeter:uncertainty", {
            "INPUT": dens, "BASE_DENSITY": dens, "ITERATIONS": 10, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "county" in str(err.value)


def test_algorithm_help_and_parameters(provider):
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById("carbonmeter:uncertainty")
    names = [p.name() for p in alg.parameterDefinitions()]
    for name in ("INPUT", "BASE_DENSITY", "TARGET_DENSITY", "AREA_U", "ITERATIONS", "SEED", "DISTRIBUTION",
                 "DISCOUNT", "OUTPUT", "HISTOGRAM"):
        assert name in names
    assert all(p.help() for p in alg.parameterDefinitions())
    assert "eq. 3.1" in alg.shortHelpString() and "AR-TOOL14" in alg.shortHelpString()
    assert alg.parameterDefinition("AREA_U").defaultValue() == 5.0
    assert alg.group() == "Parcel carbon metering"


def test_algorithm_years_parameters_and_no_histogram(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    text = "stratum,pool,n,mean,se,u_pct\nA,agb,10,80,4,\n" + "".join(
        "A,{0},10,0,0,\n".format(p) for p in POOLS if p != "agb")
    dens = density_csv(tmp_path, text)
    pieces = pieces_layer(ILLUSTRATION, text)
    # A year that differs from the one parcel_stock recorded stops the run.
    with pytest.raises(QgsProcessingException, match="2018"):
        processing.run("carbonmeter:uncertainty", {
            "INPUT": pieces, "BASE_DENSITY": dens, "ITERATIONS": 0, "BASE_YEAR": 2020, "TARGET_YEAR": 2022,
            "OUTPUT": "TEMPORARY_OUTPUT"})
    result = processing.run("carbonmeter:uncertainty", {
        "INPUT": pieces, "BASE_DENSITY": dens, "AREA_U": 0.0, "ITERATIONS": 0,
        "BASE_YEAR": 2018, "TARGET_YEAR": 2023, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "HISTOGRAM" not in result or not result["HISTOGRAM"]
    by = {(r["level"], r["name"], r["quantity"]): r for r in features(result["OUTPUT"])}
    sink = by[("total", "total", "sink")]
    assert sink["estimate"] == pytest.approx(5000 / 5 * 44 / 12)
    assert by[("total", "total", "sink")]["base_year"] == 2018  # the facts travel on to the report
    # n 10, se 4: U = t(95 %, 9) x 4 / 80; no area error; the density factor is shared by both years
    assert sink["u1_pct"] == pytest.approx(2.262157 * 4 / 80 * 100, rel=1e-5)
    assert sink["mc_mean"] is None and sink["discount"] is None


# --- consistency with parcel_stock ---------------------------------------------------------------

# fid, base_code, target_code, base_object, target_object, change_flag, county, area_m2: every flag,
# and metered one-year pieces (3: forest lost, 4: forest new) whose missing year must not count as 0.
FLAG_PIECES = [
    (1, "0301", "0301", "forest_arbor", "forest_arbor", 0, "420101", 20000.0),
    (2, "0101", "0301", "paddy", "forest_arbor", 1, "420101", 15000.0),
    (3, "0301", None, "forest_arbor", None, 2, "420102", 5000.0),
    (4, None, "0301", None, "forest_arbor", 3, "420102", 8000.0),
    (5, "0101", "0101", "paddy", "paddy", 0, "420102", 10000.0),
]
BASE_DENSITY = ("stratum,pool,mean,u_pct\n"
                "forest_arbor,agb,50,10\nforest_arbor,bgb,10,10\nforest_arbor,deadwood,2,40\n"
                "forest_arbor,litter,3,40\nforest_arbor,soil,35,20\n"
                "paddy,agb,4,30\npaddy,bgb,1,30\npaddy,deadwood,0,40\npaddy,litter,0,40\npaddy,soil,45,20\n")
TARGET_DENSITY = BASE_DENSITY.replace("forest_arbor,agb,50,10", "forest_arbor,agb,60,10")


def _stock_then_uncertainty(tmp_path, two_tables, feedback=None, give_target=True):
    import processing

    from tests.test_stock import _piece_gpkg

    base = tmp_path / "base_density.csv"
    base.write_text(BASE_DENSITY, encoding="utf-8")
    target = tmp_path / "target_density.csv"
    target.write_text(TARGET_DENSITY, encoding="utf-8")
    stock = processing.run("carbonmeter:parcel_stock", {
        "INPUT": _piece_gpkg(tmp_path / "pieces.gpkg", FLAG_PIECES), "BASE_DENSITY": str(base),
        "TARGET_DENSITY": str(target) if two_tables else None, "KEY": 0, "BASE_YEAR": 2020,
        "TARGET_YEAR": 2023, "OUTPUT": str(tmp_path / "stock.gpkg"), "SUMMARY": str(tmp_path / "summary.gpkg"),
    })
    params = {"INPUT": stock["OUTPUT"], "BASE_DENSITY": str(base), "AREA_U": 5.0, "ITERATIONS": 0,
              "OUTPUT": "TEMPORARY_OUTPUT"}
    if two_tables and give_target:
        params["TARGET_DENSITY"] = str(target)
    result = processing.run("carbonmeter:uncertainty", params, feedback=feedback)
    return stock, result


def test_sink_and_stocks_equal_parcel_stock_summary(provider, tmp_path, log_feedback):
    from qgis.core import QgsVectorLayer

    from carbon_metering.processing_provider.qgis_io import source_to_frame

    stock, result = _stock_then_uncertainty(tmp_path, two_tables=True, feedback=log_feedback)
    summary = source_to_frame(QgsVectorLayer(stock["SUMMARY"], "s", "ogr"))
    grand = summary[(summary["county"] == "ALL") & (summary["object"] == "ALL") & (summary["pool"] == "total")
                    & (summary["change_group"] == "all")].iloc[0]
    by = {(r["level"], r["name"], r["quantity"]): r for r in features(result["OUTPUT"])}
    assert by[("total", "total", "sink")]["estimate"] == pytest.approx(grand["sink_tco2e"])
    assert by[("total", "total", "stock_base")]["estimate"] == pytest.approx(grand["stock_base_tc"])
    assert by[("total", "total", "stock_target")]["estimate"] == pytest.approx(grand["stock_target_tc"])
    # By hand (forest 100 -> 110 t C/ha, paddy 50): pieces 1, 2, 5 only (the one-year pieces 3 and 4
    # are outside "all"): base 2 x 100 + 1.5 x 50 + 1 x 50 = 325; target 2 x 110 + 1.5 x 110 + 50 = 435;
    # sink (435 - 325) / 3 a x 44/12.
    assert grand["stock_base_tc"] == pytest.approx(325.0)
    assert by[("total", "total", "stock_target")]["estimate"] == pytest.approx(435.0)
    assert by[("total", "total", "sink")]["estimate"] == pytest.approx(110.0 / 3 * 44 / 12)
    assert any("one year only" in m and m.startswith("2 pieces") for m in log_feedback.infos)
    assert not log_feedback.warnings  # two tables, both given: nothing to warn about


def test_one_year_pieces_are_left_out_of_the_cells():
    pieces = make_pieces([
        ("420101", "forest_arbor", "forest_arbor", "A", "A", 10.0, 800.0, 900.0),
        ("420101", "forest_arbor", None, "A", None, 5.0, 400.0, None),
        ("420101", None, "forest_arbor", None, "A", 4.0, None, 360.0),
    ])
    pieces["change_flag"] = [0, 2, 3]
    pieces.loc[1:, "dc_per_year_tc"] = None
    for p in POOLS:
        if p != "agb":
            pieces.loc[1, stock_column("target", p)] = None
            pieces.loc[2, stock_column("base", p)] = None
    # the flags parcel_change recorded say which pieces exist in one year only (never NaN patterns)
    assert list(u.one_year_pieces(pieces)) == [False, True, True]
    cells = u.aggregate_pieces(pieces, POOLS)
    assert cells["c_base"].sum() == pytest.approx(800.0) and cells["c_target"].sum() == pytest.approx(900.0)


def test_two_tables_recorded_but_only_one_given_stops(provider, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="TARGET_DENSITY"):
        _stock_then_uncertainty(tmp_path, two_tables=True, give_target=False)


def test_a_density_table_other_than_the_recorded_one_stops(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    stock, _ = _stock_then_uncertainty(tmp_path, two_tables=False)
    other = tmp_path / "other.csv"
    other.write_text(TARGET_DENSITY, encoding="utf-8")
    with pytest.raises(QgsProcessingException) as info:
        processing.run("carbonmeter:uncertainty", {"INPUT": stock["OUTPUT"], "BASE_DENSITY": str(other),
                                                    "ITERATIONS": 0, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "other" in str(info.value) and "base_density" in str(info.value)


def test_no_correlation_warning_with_one_table(provider, tmp_path, log_feedback):
    _stock_then_uncertainty(tmp_path, two_tables=False, feedback=log_feedback)
    assert not [w for w in log_feedback.warnings if "TARGET_DENSITY" in w]


def _two_stock_model(rho, same_table=False):
    """1000 ha ± 5 % × 80 t C/ha ± 20 % (80 000 t C ± 20.6 %) and × 85 t C/ha ± 20 % (85 000 t C ± 20.6 %)."""
    import pandas as pd

    from carbon_metering.metering import uncertainty as un

    cells = pd.DataFrame({"county": ["c"], "base_object": ["forest_arbor"], "target_object": ["forest_arbor"],
                          "base_key": ["forest_arbor"], "target_key": ["forest_arbor"], "pool": ["agb"],
                          "c_base": [80000.0], "c_target": [85000.0], "area_ha": [1000.0]})

    def table(mean):
        return pd.DataFrame({"stratum": ["forest_arbor"], "pool": ["agb"], "mean": [mean], "u95_pct": [20.0],
                             "sigma_rel": [0.20 / un.Z95]})

    model = un.build_model(cells, table(80.0), None if same_table else table(85.0), area_u_pct=5.0, years=1.0,
                           correlation=rho)
    est, u1 = un.approach1(model)
    rows = model.rows.assign(estimate=est, u1=u1)
    return model, rows[rows["level"] == "total"].set_index("quantity")


def test_correlation_between_the_two_years_by_hand():
    """IPCC eq. 3.2 with covariance: h = √(h₁² + h₂² − 2ρh₁h₂) for the density part, the area shared.

    Density half-widths 16 000 and 17 000 t C; the shared area factor contributes 5 % × 5 000 = 250 t C.
    ρ = 0.8: √(16000² + 17000² − 2·0.8·16000·17000 + 250²) = 10 481.5 t C, U = 209.6 % of 5 000 t C.
    """
    _model, rows = _two_stock_model(0.8)
    assert rows.loc["stock_base", "u1"] == pytest.approx(math.hypot(5, 20), rel=1e-9)  # 20.6 %
    assert rows.loc["stock_target", "u1"] == pytest.approx(math.hypot(5, 20), rel=1e-9)
    hw = math.sqrt(16000.0 ** 2 + 17000.0 ** 2 - 2 * 0.8 * 16000.0 * 17000.0 + 250.0 ** 2)
    assert hw == pytest.approx(10481.5, abs=0.1)
    assert rows.loc["sink", "u1"] == pytest.approx(hw / 5000.0 * 100.0, rel=1e-9)
    # sink_independent stays at ρ = 0 whatever CORRELATION says: the two stocks' U 20.6 % each, added
    assert rows.loc["sink_independent", "u1"] == pytest.approx(
        math.hypot(0.206155 * 80000.0, 0.206155 * 85000.0) / 5000.0 * 100.0, rel=1e-5)


def test_correlation_zero_and_one_reproduce_two_tables_and_one_table():
    """ρ = 0 is today's two independent tables; ρ = 1 with equal U is today's one shared factor."""
    _m, independent = _two_stock_model(0.0)
    assert independent.loc["sink", "u1"] == pytest.approx(
        math.sqrt(16000.0 ** 2 + 17000.0 ** 2 + 250.0 ** 2) / 5000.0 * 100.0, rel=1e-9)
    _m, full = _two_stock_model(1.0)
    # one table for both years: 80 and 85 t C/ha cannot share a table, so compare with the formula of one
    # factor of U 20 % on the difference: √((0.2·5000)² + 250²) = 1030.8 t C, U 20.6 %
    assert full.loc["sink", "u1"] == pytest.approx(math.hypot(1000.0, 250.0) / 5000.0 * 100.0, rel=1e-9)


def test_correlation_in_the_monte_carlo_matches_approach1():
    from carbon_metering.metering import uncertainty as un

    model, rows = _two_stock_model(0.8)
    samples = un.monte_carlo(model, 40000, seed=3)
    mean, lo, hi, u, _ul, _uh = un.summarise_samples(samples)
    j = list(model.rows.index[(model.rows["level"] == "total") & (model.rows["quantity"] == "sink")])[0]
    assert u[j] == pytest.approx(rows.loc["sink", "u1"], rel=0.05)


def test_correlation_out_of_range_is_refused():
    from carbon_metering.metering.errors import MeteringError

    with pytest.raises(MeteringError) as info:
        _two_stock_model(1.5)
    assert info.value.kind == "correlation_out_of_range"


def test_sink_from_the_change_density_and_its_own_uncertainty():
    """One unchanged 100 ha forest piece, 2020 → 2023; densities 50 ± 20 % and 56 ± 20 % t C/ha (agb only),
    paired change 2 t C/ha/a, SE 0.2 from 10 pairs. Sink = 2 × 100 × 44/12 = 733.3 t CO2e/a with
    U = t(95 %, 9) × 0.2 / 2 = 22.6 %; independent samples: (5600 − 5000)/3 × 44/12 = 733.3 with
    U = √(1000² + 1120²)/600 = 250 %."""
    import pandas as pd

    from carbon_metering.metering import change_estimator as ce
    from carbon_metering.metering import stock
    from carbon_metering.metering import uncertainty as un
    from carbon_metering.metering.density import DensityTable
    from carbon_metering.metering.statistics import t_two_sided

    def density(mean):
        rows = [{"stratum": "forest_arbor", "pool": p, "mean": mean if p == "agb" else 0.0, "n": 0,
                 "u_pct": 20.0 if p == "agb" else 0.0} for p in ("agb", "bgb", "deadwood", "litter", "soil")]
        return DensityTable.parse(pd.DataFrame(rows), name="d{0}".format(mean))

    pieces = pd.DataFrame({"base_code": ["0301"], "target_code": ["0301"], "base_object": ["forest_arbor"],
                           "target_object": ["forest_arbor"], "change_flag": [0], "county": ["420101"],
                           "area_m2": [1_000_000.0]})
    change = ce.ChangeTable(pd.DataFrame({"stratum": ["forest_arbor"], "pool": ["agb"], "change": [2.0],
                                          "se": [0.2], "n_pairs": [10], "estimator": ["paired"]}), name="chg")
    base, target = density(50.0), density(56.0)
    stocks = stock.piece_stocks(pieces, base, target, 2020, 2023, metered={"forest_arbor"}, change=change)
    assert stocks["dc_estimator"].tolist() == ["paired"] and stocks["change_density"].iloc[0] == "chg"
    assert stocks["stock_target_agb_tc"].iloc[0] == pytest.approx(5000.0 + 2.0 * 100 * 3)
    assert stocks["sink_tco2e"].iloc[0] == pytest.approx(2.0 * 100 * 44 / 12)
    cells = un.aggregate_pieces(stocks, ["agb"])
    model = un.build_model(cells, un.density_factors(base), un.density_factors(target), 0.0, 3.0,
                           change=change.factors())
    est, u1 = un.approach1(model)
    rows = model.rows.assign(estimate=est, u1=u1)
    total = rows[rows["level"] == "total"].set_index("quantity")
    assert total.loc["sink", "estimate"] == pytest.approx(733.333, rel=1e-5)
    assert total.loc["sink", "u1"] == pytest.approx(t_two_sided(95.0, 9) * 0.2 / 2.0 * 100.0, rel=1e-9)
    assert total.loc["sink_independent", "estimate"] == pytest.approx(600.0 / 3 * 44 / 12)
    assert total.loc["sink_independent", "u1"] == pytest.approx(math.hypot(1000.0, 1120.0) / 600.0 * 100.0)
    samples = un.monte_carlo(model, 20000, seed=1)
    _m, _lo, _hi, u2, _a, _b = un.summarise_samples(samples)
    j = list(model.rows.index[(model.rows["level"] == "total") & (model.rows["quantity"] == "sink")])[0]
    assert u2[j] == pytest.approx(total.loc["sink", "u1"], rel=0.05)  # sigma from the same U95


def test_processing_stock_and_uncertainty_with_change_table(provider, tmp_path, log_feedback):
    """Forest agb change 3 t C/ha/a (SE 0.3, 10 pairs) on the unchanged forest piece (2 ha, 3 a): its target
    agb stock is 50 × 2 + 3 × 2 × 3 = 118 t C instead of 60 × 2 = 120; the changed paddy → forest piece keeps
    the two densities; the uncertainty needs the same change table and reports sink_independent."""
    import processing
    from qgis.core import QgsVectorLayer

    from carbon_metering.processing_provider.qgis_io import source_to_frame
    from tests.test_stock import _piece_gpkg

    base = tmp_path / "base_density.csv"
    base.write_text(BASE_DENSITY, encoding="utf-8")
    target = tmp_path / "target_density.csv"
    target.write_text(TARGET_DENSITY, encoding="utf-8")
    change = tmp_path / "change.csv"
    change.write_text("stratum,object,pool,estimator,n_pairs,change,se\n"
                      "forest_arbor,forest_arbor,agb,paired,10,3,0.3\n", encoding="utf-8")
    stock = processing.run("carbonmeter:parcel_stock", {
        "INPUT": _piece_gpkg(tmp_path / "pieces.gpkg", FLAG_PIECES), "BASE_DENSITY": str(base),
        "TARGET_DENSITY": str(target), "CHANGE": str(change), "KEY": 0, "BASE_YEAR": 2020,
        "TARGET_YEAR": 2023, "OUTPUT": str(tmp_path / "stock.gpkg"), "SUMMARY": str(tmp_path / "summary.gpkg"),
    })
    pieces = source_to_frame(QgsVectorLayer(stock["OUTPUT"], "p", "ogr"))
    first = pieces[pieces["change_flag"] == 0].sort_values("area_m2", ascending=False).iloc[0]
    assert first["dc_estimator"] == "paired" and first["change_density"] == "change"
    assert first["stock_target_agb_tc"] == pytest.approx(118.0)
    changed = pieces[pieces["change_flag"] == 1].iloc[0]
    assert changed["dc_estimator"] == "stock_difference" and changed["stock_target_agb_tc"] == pytest.approx(90.0)
    params = {"INPUT": stock["OUTPUT"], "BASE_DENSITY": str(base), "TARGET_DENSITY": str(target), "AREA_U": 5.0,
              "ITERATIONS": 0, "OUTPUT": "TEMPORARY_OUTPUT"}
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="change densities"):
        processing.run("carbonmeter:uncertainty", params)
    result = processing.run("carbonmeter:uncertainty", dict(params, CHANGE=str(change)), feedback=log_feedback)
    by = {(r["level"], r["name"], r["quantity"]): r for r in features(result["OUTPUT"])}
    sink, independent = by[("total", "total", "sink")], by[("total", "total", "sink_independent")]
    # the change estimate is better known than the difference of two 10 % densities
    assert sink["u1_pct"] < independent["u1_pct"]
    assert independent["estimate"] != pytest.approx(sink["estimate"])


def test_demo_prints_both_sinks_and_the_estimator():
    import pandas as pd

    from carbon_metering.tools.demo import sink_uncertainty_lines

    table = pd.DataFrame({"level": ["total", "total"], "name": ["total", "total"],
                          "quantity": ["sink", "sink_independent"], "estimate": [733.33, 733.33],
                          "u1_pct": [22.6, 250.0], "u2_pct": [float("nan"), float("nan")]})
    lines = sink_uncertainty_lines(table, ["paired", "stock_difference"])
    assert lines[0] == "Filed sink from: change density (paired) on unchanged pieces"
    assert "±22.6 %" in lines[1] and "independent" in lines[2] and "±250.0 %" in lines[2]
    assert sink_uncertainty_lines(table, [])[0] == "Filed sink from: stock difference of two density tables"



def test_default_rows_of_two_tables_are_one_factor():
    """Issue 10: a density both tables took from the default table (source "default", the same mean and U)
    is one number from one source, not two samples: one factor for both years, so on unchanged land its
    error cancels in the sink. A row estimated from plots in each table stays two independent factors."""
    # 1000 ha of A unchanged, stock 80 000 t C in both years (80 t C/ha ± 20 %), over 5 a; no area error.
    pieces = make_pieces([("420101", "forest_other", "forest_other", "A", "A", 1000.0, 80000.0, 80000.0)])

    def factors(source, mean=80.0):
        frame = pd.DataFrame({"stratum": ["A"], "pool": ["agb"], "mean": [mean], "u_pct": [20.0], "source": [source]})
        return u.density_factors(table_of(frame))

    def total_sink(model, iterations=20000, quantity="sink"):
        est, u1 = u.approach1(model)
        j = int(np.nonzero(((model.rows["level"] == "total") & (model.rows["quantity"] == quantity)).to_numpy())[0][0])
        return est[j], u1[j], u.monte_carlo(model, iterations, seed=1)[:, j]

    shared = model_for(pieces, factors("default"), area_u=0.0, target=factors("default"))
    estimate, u1, draws = total_sink(shared)
    assert estimate == 0.0 and u1 == 0.0  # the one factor multiplies +80 000 and −80 000 t C
    assert np.allclose(draws, 0.0)
    agb = [k for k, (s_, p) in enumerate(zip(shared.terms["base_key"], shared.terms["pool"])) if p == "agb"][0]
    assert shared.terms.at[agb, "f_base"] == shared.terms.at[agb, "f_target"]
    # Nor is a default drawn twice for the independent-samples comparison: only plot samples are independent.
    estimate, u1, draws = total_sink(shared, 2000, "sink_independent")
    assert estimate == 0.0 and u1 == 0.0 and np.allclose(draws, 0.0)
    # Estimated from plots in each table: two factors; the sink's sd is √2 × 20 %/1.96 × 80 000 t C / 5 a × 44/12.
    sampled = model_for(pieces, factors("plots"), area_u=0.0, target=factors("plots"))
    sd = math.sqrt(2.0) * 0.20 / 1.959964 * 80000.0 / 5.0 * CO2_PER_C
    for quantity in ("sink", "sink_independent"):
        _estimate, _u1, draws = total_sink(sampled, quantity=quantity)
        assert draws.std() == pytest.approx(sd, rel=0.03), quantity
    # Another default mean is not the same number: two factors.
    other = model_for(pieces, factors("default"), area_u=0.0, target=factors("default", 85.0))
    assert other.terms.at[agb, "f_base"] != other.terms.at[agb, "f_target"]
