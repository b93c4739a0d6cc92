"""CASA factors on hand-computed single pixels (methods.md §6; DB4403/T 348 NPP acquisition).

Every expected number below is worked out in the comment next to it from the formula of
methods.md §6, not taken from the code.
"""

import math
import subprocess
import sys

import numpy as np
import pytest

from carbon_metering.metering.errors import MeteringError
from carbon_metering.metering.rs import blocks, casa, nep, read_class_table

C = 1.1814
# Tε2 at T = Topt: 1.1814 / (1 + e^-2) / (1 + e^-3) = 1.1814 / 1.135335 / 1.049787 = 0.991224
TE2_AT_TOPT = 0.9912236
HALF = TE2_AT_TOPT / 2  # 0.495612


def test_core_package_imports_without_qgis():
    code = ("import sys\nsys.modules['qgis'] = None\n"
            "import carbon_metering.metering.rs.casa, carbon_metering.metering.rs.blocks\n"
            "import carbon_metering.metering.rs.nep, carbon_metering.metering.rs.verification\n"
            "import carbon_metering.metering.rs.district, carbon_metering.metering.rs.report\nprint('ok')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0 and "ok" in out.stdout, out.stderr


def test_te2_at_optimum_and_half_rule_both_sides():
    topt = np.array(20.0)
    assert casa.t_epsilon2(topt, 20.0) == pytest.approx(TE2_AT_TOPT, abs=1e-6)
    # T − Topt = +10.5 > 10: half rule.
    assert casa.t_epsilon2(topt, 30.5) == pytest.approx(HALF, abs=1e-6)
    # T − Topt = −14 < −13: half rule.
    assert casa.t_epsilon2(topt, 6.0) == pytest.approx(HALF, abs=1e-6)
    # T − Topt = +10 exactly (strict): formula 1.1814/(1+e^{0.2·0})/(1+e^{0.3·0}) = 1.1814/2/2 ... no:
    # 0.2(Topt−10−T) = 0.2(20−10−30) = −4 → 1+e^−4 = 1.018316; 0.3(−20−10+30) = 0 → 2;
    # 1.1814 / 1.018316 / 2 = 0.580076
    assert casa.t_epsilon2(topt, 30.0) == pytest.approx(0.580076, abs=1e-6)


def test_te2_at_exactly_minus_13_uses_the_formula_strict():
    # T = 7, Topt = 20: 0.2(20−10−7) = 0.6 → 1+e^0.6 = 2.822119; 0.3(−20−10+7) = −6.9 → 1.001008;
    # 1.1814 / 2.822119 / 1.001008 = 0.418200
    assert casa.t_epsilon2(np.array(20.0), 7.0) == pytest.approx(0.418200, abs=1e-6)
    inclusive = casa.CasaOptions(te2_edge_inclusive=True)
    assert casa.t_epsilon2(np.array(20.0), 7.0, inclusive) == pytest.approx(HALF, abs=1e-6)


def test_te2_divides_by_both_exponential_terms():
    # The precedence bug (1.1814 / (1 + e^a) * (1 + e^b)) exceeds 1 (at T = Topt + 10: 1.1814/1.0183 × 2
    # = 2.32); the formula stays below 1 everywhere (its maximum, slightly off Topt, is 0.9966).
    t = np.linspace(-5, 45, 501)
    v = casa.t_epsilon2(np.full_like(t, 25.0), t)
    assert v.max() < 1.0 and v.min() > 0
    assert casa.t_epsilon2(np.array(25.0), 35.0) == pytest.approx(C / (1 + math.exp(-4)) / 2, abs=1e-9)


def test_te1_and_frost_zero_at_minus_10_inclusive():
    # Topt = 25: 0.8 + 0.5 − 0.0005·625 = 0.9875
    te1 = casa.t_epsilon1(np.array(25.0), np.array([-10.0, -9.99, 5.0]))
    assert te1.tolist() == pytest.approx([0.0, 0.9875, 0.9875])


def test_w_epsilon_forms_and_edges():
    # P = 100, PET = 80: Rn = sqrt(8000)(0.369 + 0.598 sqrt(0.8)) = 89.4427 × 0.903866 = 80.8444;
    # EET = P Rn (P² + Rn² + P Rn) / ((P + Rn)(P² + Rn²)) = 66.5597
    assert casa.actual_evapotranspiration(100.0, 80.0) == pytest.approx(66.5597, abs=1e-3)
    # Zhu: 0.5 + 0.5 × 66.5597 / ((66.5597 + 80)/2) = 0.954148
    assert casa.w_epsilon(100.0, 80.0) == pytest.approx(0.954148, abs=1e-5)
    potter = casa.CasaOptions(water_stress=casa.WaterStress.POTTER)
    # Potter: 0.5 + 0.5 × 66.5597 / 80 = 0.915998
    assert casa.w_epsilon(100.0, 80.0, potter) == pytest.approx(0.915998, abs=1e-5)
    # P = 0, PET > 0: EET = 0 → Wε = 0.5 (both forms), never NaN.
    assert casa.w_epsilon(0.0, 80.0) == 0.5
    assert casa.w_epsilon(0.0, 80.0, potter) == 0.5
    # PET = 0 (T ≤ 0 under Thornthwaite): no demand → Wε = 1, with or without rain.
    assert casa.w_epsilon(50.0, 0.0) == 1.0
    assert casa.w_epsilon(0.0, 0.0) == 1.0


def test_fpar_clipping_and_mean_of_forms():
    # Class range NDVI 0.1–0.8 → SR 1.2222–9.0. NDVI = 0.45:
    # FPAR_NDVI = (0.35/0.7)(0.949) + 0.001 = 0.4755; SR = 1.45/0.55 = 2.636364,
    # FPAR_SR = (2.636364 − 1.222222)/(9 − 1.222222) × 0.949 + 0.001 = 0.173545; mean 0.324523
    lo, hi = 0.1, 0.8
    srl, srh = casa.simple_ratio(lo), casa.simple_ratio(hi)
    f = casa.fpar(np.array([0.45, 0.95, -0.2]), lo, hi, srl, srh)
    assert f[0] == pytest.approx(0.324523, abs=1e-5)
    # NDVI above the range: both forms clip to 0.95; below: both to 0.001.
    assert f[1] == pytest.approx(0.95) and f[2] == pytest.approx(0.001)


def test_scaled_ndvi_detected_and_divided():
    assert casa.detect_ndvi_scale(np.array([1200, 8500, -300])) == 10000.0
    assert casa.detect_ndvi_scale(np.array([0.12, 0.85])) == 1.0


def test_thornthwaite_pet_hand_computed():
    # Constant 10 °C every month: (10/5)^1.514 = 2.855828, I = 34.26994;
    # a = 6.75e-7 I³ − 7.71e-5 I² + 1.792e-2 I + 0.49239 = 0.027169 − 0.090548 + 0.614117 + 0.49239 = 1.043128
    # PET = 16 (100 / 34.26994)^1.043128 = 16 × 3.05735 ... = 48.93 mm
    t = np.full((12, 1, 1), 10.0)
    pet = casa.thornthwaite_pet(t)
    heat = 12 * 2.0 ** 1.514
    a = 6.75e-7 * heat ** 3 - 7.71e-5 * heat ** 2 + 1.792e-2 * heat + 0.49239
    assert pet[0, 0, 0] == pytest.approx(16 * (100 / heat) ** a, rel=1e-9)
    assert 45 < pet[0, 0, 0] < 52
    # T ≤ 0 → 0; T ≥ 26.5 → Willmott et al. 1985: −415.85 + 32.24·30 − 0.43·900 = 164.35
    t2 = np.array([-2, 0, 5, 10, 15, 20, 25, 30, 24, 18, 10, 3], dtype=float).reshape(12, 1, 1)
    p2 = casa.thornthwaite_pet(t2)[:, 0, 0]
    assert p2[0] == 0 and p2[1] == 0 and p2[7] == pytest.approx(164.35)
    # Day-length variant at the equator in March (N ≈ 12 h, 31 days): factor ≈ 31/30.
    f = casa.daylength_factor(np.zeros((1, 1)), (12, 1, 1))
    assert f[2, 0, 0] == pytest.approx(31 / 30, rel=0.01)


def _pixel_stack():
    """One pixel, 12 months: NDVI peaks in July (ties resolved to the first)."""
    ndvi = np.array([.2, .25, .3, .4, .5, .6, .7, .7, .6, .4, .3, .2]).reshape(12, 1, 1)
    t = np.array([-12, -10, 5, 12, 18, 24, 28, 28.5, 22, 15, 8, 2], dtype=float).reshape(12, 1, 1)
    p = np.array([0, 50, 80, 120, 150, 200, 180, 120, 80, 60, 40, 20], dtype=float).reshape(12, 1, 1)
    sol = np.full((12, 1, 1), 400.0)
    return ndvi, t, p, sol


def test_one_pixel_npp_is_the_product_of_its_factors():
    ndvi, t, p, sol = _pixel_stack()
    lut = casa.ClassLookup(np.array([3.0]), np.array([0.985]), np.array([0.1]), np.array([0.8]))
    idx = np.zeros((1, 1), dtype=int)
    out = casa.casa_block(ndvi, t, p, sol, idx, lut, factors=True)
    assert np.all(np.isfinite(out["npp"]))
    # Topt = T of July (first of the two 0.7 months) = 28 °C.
    topt = 28.0
    te1 = 0.8 + 0.02 * topt - 0.0005 * topt ** 2  # 0.968
    assert out["te1"][0, 0, 0] == 0.0 and out["te1"][1, 0, 0] == 0.0  # −12 and −10 °C
    assert out["te1"][2, 0, 0] == pytest.approx(te1)
    # January: T − Topt = −40 → half rule; P = 0 → Wε = 0.5 unless PET = 0 (T < 0 → PET = 0 → 1).
    assert out["te2"][0, 0, 0] == pytest.approx(HALF, abs=1e-6)
    assert out["we"][0, 0, 0] == 1.0
    assert out["npp"][0, 0, 0] == 0.0  # frozen month
    m = 6  # July: NPP = SOL × FPAR × 0.5 × Tε1 Tε2 Wε εmax
    expected = 400 * out["fpar"][m, 0, 0] * 0.5 * te1 * out["te2"][m, 0, 0] * out["we"][m, 0, 0] * 0.985
    assert out["npp"][m, 0, 0] == pytest.approx(expected)
    assert out["te2"][m, 0, 0] == pytest.approx(TE2_AT_TOPT, abs=1e-6)
    assert out["annual"][0, 0] == pytest.approx(out["npp"][:, 0, 0].sum())


def test_nodata_in_any_month_or_input_propagates():
    ndvi, t, p, sol = _pixel_stack()
    stack = [np.repeat(a, 2, axis=2) for a in (ndvi, t, p, sol)]
    stack[2][4, 0, 1] = np.nan  # one month of precipitation missing in pixel 2
    lut = casa.ClassLookup(np.array([3.0]), np.array([0.985]), np.array([0.1]), np.array([0.8]))
    out = casa.casa_block(*stack, np.zeros((1, 2), dtype=int), lut)
    assert np.isfinite(out["annual"][0, 0]) and np.isnan(out["annual"][0, 1])
    assert np.all(np.isnan(out["npp"][:, 0, 1]))
    out2 = casa.casa_block(*stack, np.array([[-1, 0]]), lut)
    assert np.isnan(out2["annual"][0, 0])


def test_percentiles_nearest_rank_and_class_errors():
    values = np.array([1.0, 2.0])
    classes = np.array([[1, 1, 2, 2, 2]], dtype=float)
    idx = casa.class_index(classes, values)
    ndvi = np.broadcast_to(np.array([[0.1, 0.3, 0.2, 0.4, 0.6]]), (12, 1, 5))
    hist = casa.ndvi_histogram(ndvi, idx, 2)
    assert hist.sum() == 60
    # Class 2 values 0.2, 0.4, 0.6 (× 12): 5 % rank = ceil(1.8) = 2 → 0.2; 95 % rank ceil(34.2) = 35 → 0.6
    assert casa.histogram_percentile(hist[1], 5) == pytest.approx(0.2)
    assert casa.histogram_percentile(hist[1], 95) == pytest.approx(0.6)
    with pytest.raises(MeteringError) as info:
        casa.class_index(np.array([[1, 7]], dtype=float), values)
    assert info.value.kind == "rs_class_not_in_table" and info.value.details["values"] == [7]


def test_shipped_class_table_has_a_source_per_row_and_flags_placeholders():
    table = read_class_table()
    assert table["source"].str.strip().astype(bool).all()
    assert (table.loc[table["placeholder"] == 1, "source"].str.startswith("PLACEHOLDER")).all()
    # εmax of evergreen broadleaf forest: 0.985 g C/MJ (methods.md §6, Zhu et al.).
    assert float(table.loc[table["class"] == 3, "emax"].iloc[0]) == 0.985


def test_rh_pei_hand_computed():
    # T = 20, R = 100: 0.22 (e^{1.824} + ln 32.45) × 30 × 0.465 = 0.22 (6.196997 + 3.479723) × 13.95 = 29.6968
    assert nep.rh_pei(20.0, 100.0) == pytest.approx(0.22 * (math.exp(1.824) + math.log(32.45)) * 13.95)
    assert nep.rh_pei(20.0, 100.0) == pytest.approx(29.6968, abs=1e-3)
    # R = 0: ln(1) = 0, the temperature term alone.
    assert nep.rh_pei(0.0, 0.0) == pytest.approx(0.22 * 13.95)


def test_run_casa_equals_the_block_function_and_stops_on_bad_input():
    rng = np.random.default_rng(1)
    ndvi, t, p, sol = (np.repeat(np.repeat(a, 6, axis=1), 5, axis=2) for a in _pixel_stack())
    ndvi = np.clip(ndvi + rng.normal(0, 0.05, ndvi.shape), -1, 1)
    veg = np.where(rng.random((6, 5)) < 0.5, 3.0, 7.0)
    veg[0, 0] = np.nan
    table = read_class_table()
    written = {}

    def write(name, row0, arr):
        written.setdefault(name, []).append((row0, arr))

    sources = {"NDVI": blocks.ArraySource(ndvi * 10000), "TEMPERATURE": blocks.ArraySource(t),
               "PRECIPITATION": blocks.ArraySource(p), "RADIATION": blocks.ArraySource(sol),
               "VEGETATION": blocks.ArraySource(veg)}
    run = blocks.run_casa(sources, table, write, block_rows=2, scale_sample=ndvi * 10000)
    assert run.ndvi_scale == 10000.0
    npp = np.concatenate([a for _, a in written["npp"]], axis=1)
    values = np.sort(table["class"].to_numpy(dtype=float))
    hist = casa.ndvi_histogram(ndvi, casa.class_index(veg, values), len(values))
    lut, _ = casa.class_lookup(table, hist)
    whole = casa.casa_block(ndvi, t, p, sol, casa.class_index(veg, values), lut)
    np.testing.assert_allclose(npp, whole["npp"], equal_nan=True)
    assert np.isnan(npp[:, 0, 0]).all()

    bad = dict(sources, PRECIPITATION=blocks.ArraySource(np.where(p > 150, -1.0, p)))
    with pytest.raises(MeteringError) as info:
        blocks.run_casa(bad, table, write, ndvi_scale=10000)
    assert info.value.kind == "rs_negative_values" and info.value.details["raster"] == "PRECIPITATION"
    with pytest.raises(MeteringError) as info:
        blocks.run_casa(sources, table, write, ndvi_scale=1)
    assert info.value.kind == "rs_ndvi_out_of_range"
    short = dict(sources, RADIATION=blocks.ArraySource(sol[:11]))
    with pytest.raises(MeteringError) as info:
        blocks.run_casa(short, table, write, ndvi_scale=10000)
    assert info.value.kind == "rs_band_count" and info.value.details["bands"] == 11


def test_dask_map_blocks_equals_the_block_function():
    import dask.array as da
    rng = np.random.default_rng(2)
    ndvi, t, p, sol = (np.repeat(np.repeat(a, 10, axis=1), 9, axis=2) for a in _pixel_stack())
    ndvi = np.clip(ndvi + rng.normal(0, 0.05, ndvi.shape), -1, 1)
    values = np.array([3.0, 7.0])
    idx = casa.class_index(np.where(rng.random((10, 9)) < 0.5, 3.0, 7.0), values)
    lut = casa.ClassLookup(values, np.array([0.985, 0.542]), np.array([0.1, 0.15]), np.array([0.8, 0.7]))
    stack = np.concatenate([ndvi, t, p, sol, idx[None].astype(float)], axis=0)
    lazy = da.from_array(stack, chunks=(49, 4, 3))
    result = lazy.map_blocks(casa.casa_stacked, casa.lut_array(lut), chunks=(13, 4, 3), dtype=float).compute()
    whole = casa.casa_block(ndvi, t, p, sol, idx, lut)
    np.testing.assert_allclose(result[:12], whole["npp"])
    np.testing.assert_allclose(result[12], whole["annual"])


def test_verification_statistics_on_known_pairs():
    from carbon_metering.metering.rs.verification import verify

    # ground 100, 200, 300, 400; RS 110, 190, 330, 370 → e = 10, −10, 30, −30
    res = verify(["a", "b", "c", "d", "e"], [110, 190, 330, 370, np.nan], [100, 200, 300, 400, 500],
                 threshold_pct=10)
    s = res.statistics
    assert s["n"] == 4
    assert s["bias"] == pytest.approx(0.0)
    assert s["mae"] == pytest.approx(20.0)
    assert s["rmse"] == pytest.approx(math.sqrt((100 + 100 + 900 + 900) / 4))  # 22.3607
    assert s["rrmse_pct"] == pytest.approx(22.3607 / 250 * 100, abs=1e-3)  # 8.944 % ≤ 10 % → pass
    assert s["passed"] is True
    # slope = Σ(x−x̄)(y−ȳ)/Σ(x−x̄)² = (−150·−140 + −50·−60 + 50·80 + 150·120)/50000 = 46000/50000 = 0.92
    assert s["slope"] == pytest.approx(0.92)
    assert s["intercept"] == pytest.approx(250 - 0.92 * 250)
    assert res.plots["residual"].isna().tolist() == [False] * 4 + [True]


def test_district_table_sums_shares_ranks_and_grades():
    from carbon_metering.metering.rs.district import ZoneSums, district_table
    from carbon_metering.metering.rs.report import BUILDERS

    sums = ZoneSums(2)
    zones = np.array([[0, 0, 1, -1]])
    sums.add(zones, np.array([[1.0, 2.0, 9.0, 100.0]]), np.array([[500.0, 0.0, 300.0, 1.0]]))
    frame = district_table(["A", "B"], [2.0, 3.0], sums, pixel_area_m2=10000.0).table
    assert frame["sink_tc"].tolist() == [3.0, 9.0]
    assert frame["share_pct"].tolist() == pytest.approx([25.0, 75.0])
    assert frame["rank"].tolist() == [2, 1]
    assert frame["sink_tc_per_ha"].tolist() == pytest.approx([1.5, 3.0])
    assert frame["grade"].tolist() == [3, 4]  # breaks 0, 1, 2, 4: 1.5 in (1, 2], 3.0 in (2, 4]
    assert frame["vegetated_ha"].tolist() == [1.0, 1.0]  # NPP > 0 pixels × 1 ha
    section = BUILDERS["district_sink"](frame, "en")
    assert section.table.iloc[-1, 0] == "Total"
