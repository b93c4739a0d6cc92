"""carbonmeter:plot_carbon and its core: every pool by hand on small plots.

Parameter values used by hand below and where they come from:
- Chinese fir (杉木): WD 0.307 t/m³, BEF 1.634, R 0.246, CF 0.520 (provincial GHG
  inventory guideline via methods.md §2); volume V = 0.000058777042·D^1.9699831·H^0.89646157
  (central-south binary volume table, species_parameters.csv).
- Shrubs R 0.40, CF 0.47 (AR-TOOL14); herbs R 4.0 (IPCC 2006 vol. 4 table 6.1, grassland,
  warm temperate – wet: Hubei), CF 0.47;
  litter CF 0.37; dead wood CF 0.50; decay-class reductions 1.00 / 0.80 / 0.45
  (decay_classes.csv); SOC = SOM × 0.58.
"""

import math

import pandas as pd
import pytest

from carbon_metering.metering import CO2_PER_C
from carbon_metering.metering.parameters import NOTE_TEXT, PROBLEM_TEXT, MeteringDataError, load_parameters
from carbon_metering.metering.plot_carbon import (
    WARNING_TEXT,
    deadwood_carbon,
    litter_carbon,
    plot_carbon,
    shrub_herb_carbon,
    soil_carbon,
    tree_carbon,
)

FIR_V_A, FIR_V_B, FIR_V_C = 0.000058777042, 1.9699831, 0.89646157
FIR_WD, FIR_BEF, FIR_R, FIR_CF = 0.307, 1.634, 0.246, 0.520


@pytest.fixture(scope="module")
def params():
    return load_parameters()


def one_plot(area_m2=400.0, obj="forest_arbor", plot_id="P1"):
    return pd.DataFrame({"fid": [1], "plot_id": [plot_id], "object": [obj], "plot_area_m2": [area_m2]})


def shipped_default(obj, pool):
    """The shipped default density (t C/ha) of ``obj`` and ``pool``, read straight from the CSV."""
    from carbon_metering.metering.parameters import DATA_DIR

    table = pd.read_csv(DATA_DIR + "/default_density.csv")
    row = table[(table["object"] == obj) & (table["pool"] == pool)]
    assert len(row) == 1
    return float(row["mean"].iloc[0])


def fir_volume(d_cm, h_m):
    return FIR_V_A * d_cm ** FIR_V_B * h_m ** FIR_V_C


# --------------------------------------------------------------------------- trees

def test_tree_volume_route_by_hand(params):
    trees = pd.DataFrame({"fid": [10, 11], "plot_id": ["P1", "P1"], "species": ["chinese_fir"] * 2,
                          "dbh_cm": [20.0, 14.0], "height_m": [15.0, 11.0], "status": ["live", "live"]})
    res = tree_carbon(trees, one_plot(400.0), params)
    # V(20 cm, 15 m) ≈ 0.2435 m³ — a sensible size for a 20 cm Chinese fir.
    assert fir_volume(20, 15) == pytest.approx(0.24352, abs=1e-4)
    v = fir_volume(20, 15) + fir_volume(14, 11)
    b_ag = v * FIR_WD * FIR_BEF                    # t d.m. in the plot
    area_ha = 400.0 / 10000.0                      # 0.04 ha
    assert res.density.at["P1", "agb"] == pytest.approx(b_ag * FIR_CF / area_ha, rel=1e-9)
    assert res.density.at["P1", "bgb"] == pytest.approx(b_ag * FIR_R * FIR_CF / area_ha, rel=1e-9)
    assert res.density.at["P1", "deadwood"] == 0
    assert res.method["P1"] == "volume"
    assert "species_parameters:chinese_fir" in res.sources


def test_standing_dead_tree_goes_to_deadwood_with_decay_reduction(params):
    trees = pd.DataFrame({"fid": [1], "plot_id": ["P1"], "species": ["chinese_fir"], "dbh_cm": [20.0],
                          "height_m": [15.0], "status": ["standing_dead"], "decay_class": [2]})
    res = tree_carbon(trees, one_plot(400.0), params)
    b_ag = fir_volume(20, 15) * FIR_WD * FIR_BEF
    # (B_AG + B_BG) × reduction 0.80 (class 2) × CF_deadwood 0.50, per 0.04 ha
    expected = b_ag * (1 + FIR_R) * 0.80 * 0.50 / 0.04
    assert res.density.at["P1", "deadwood"] == pytest.approx(expected, rel=1e-9)
    assert res.density.at["P1", "agb"] == 0 and res.density.at["P1", "bgb"] == 0
    # In the assembly the tallied plot's live biomass is a measured 0, not a default.
    out = plot_carbon(one_plot(400.0), trees, None, None, None, None, params, 30).plots.iloc[0]
    assert out["agb"] == 0 and out["method_agb"] == "volume"
    assert out["deadwood"] == pytest.approx(expected) and out["method_deadwood"] == "standing_dead"


def test_species_without_own_row_uses_group_default_and_is_flagged(params):
    import copy

    reduced = copy.copy(params)
    reduced.species = params.species.drop("cypress")   # cypress is a conifer in species.csv
    trees = pd.DataFrame({"fid": [1], "plot_id": ["P1"], "species": ["cypress"], "dbh_cm": [20.0],
                          "height_m": [15.0], "status": ["live"]})
    res = tree_carbon(trees, one_plot(), reduced)
    oc = params.species.loc["other_conifer"]
    v = oc["a"] * 20 ** oc["b"] * 15 ** oc["c"]
    assert res.density.at["P1", "agb"] == pytest.approx(v * oc["wd_t_m3"] * oc["bef"] * oc["cf"] / 0.04)
    assert [w.code for w in res.warnings] == ["group_default"]
    assert "other_conifer" in res.warnings[0].message()


def test_tree_without_parameters_is_an_error_naming_row_and_species(params):
    trees = pd.DataFrame({"fid": [7], "plot_id": ["P1"], "species": ["tea"], "dbh_cm": [5.0],
                          "height_m": [1.0], "status": ["live"]})
    with pytest.raises(MeteringDataError) as err:
        tree_carbon(trees, one_plot(), params)
    text = str(err.value)
    assert "trees" in text and "row 7" in text and "'tea'" in text


def test_user_override_table_replaces_and_adds(params):
    # Only cf given for chinese_fir: the other values stay the shipped ones.
    user = pd.DataFrame({"fid": [1, 2], "species": ["chinese_fir", "my_oak"],
                         "route": [None, "allometric"], "equation": [None, "power_d2h"],
                         "a": [None, 0.05], "b": [None, 0.9], "c": [None, None], "wd_t_m3": [None, None],
                         "bef": [None, None], "r": [None, 0.2], "cf": [0.5, 0.5],
                         "source": ["local study 2024", "local oak equation"]})
    merged = load_parameters(user)
    assert merged.species.at["chinese_fir", "cf"] == 0.5
    assert merged.species.at["chinese_fir", "wd_t_m3"] == FIR_WD
    assert merged.species.at["chinese_fir", "source"].startswith("user: local study 2024")
    trees = pd.DataFrame({"fid": [1, 2], "plot_id": ["P1", "P1"], "species": ["chinese_fir", "my_oak"],
                          "dbh_cm": [20.0, 20.0], "height_m": [15.0, 15.0], "status": ["live", "live"]})
    res = tree_carbon(trees, one_plot(400.0), merged)
    fir = fir_volume(20, 15) * FIR_WD * FIR_BEF * 0.5
    oak_kg = 0.05 * (20 ** 2 * 15) ** 0.9           # 125.69 kg d.m.
    assert oak_kg == pytest.approx(125.69, abs=0.01)
    oak = oak_kg / 1000 * 0.5
    assert res.density.at["P1", "agb"] == pytest.approx((fir + oak) / 0.04, rel=1e-9)
    assert res.method["P1"] == "allometric+volume"
    assert "local oak equation" in res.sources["species_parameters:my_oak"]
    # What the user table changed comes back as codes with values, not English sentences.
    assert [(n.code, n.params) for n in merged.notes] == [
        ("species_overridden", {"species": "chinese_fir", "table": "PARAMETERS", "row": 1}),
        ("species_added", {"species": "my_oak", "table": "PARAMETERS", "row": 2})]
    assert merged.notes[1].message({"species_added": "{species} <- {table}:{row}"}) == "my_oak <- PARAMETERS:2"


def test_override_table_with_bad_value_names_row(params):
    user = pd.DataFrame({"fid": [3], "species": ["chinese_fir"], "cf": [1.7], "source": ["x"]})
    with pytest.raises(MeteringDataError) as err:
        load_parameters(user)
    assert "PARAMETERS, row 3" in str(err.value) and "cf" in str(err.value)


# --------------------------------------------------------------------------- quadrats

def test_shrub_and_herb_by_harvest(params):
    sh = pd.DataFrame({
        "fid": [1, 2, 3], "plot_id": ["P1"] * 3, "layer": ["shrub", "shrub", "herb"],
        "quadrat_id": ["S1", "S2", "H1"], "quadrat_area_m2": [4.0, 4.0, 1.0],
        "fresh_mass_kg": [2.0, 3.0, 0.2], "sample_fresh_g": [200.0, 200.0, 100.0],
        "sample_dry_g": [100.0, 100.0, 25.0]})
    res = shrub_herb_carbon(sh, one_plot(), params)
    # shrub: 2.0×0.5/4 = 0.25 kg/m² = 2.5 t/ha; 3.0×0.5/4 = 3.75 t/ha; mean 3.125 t d.m./ha
    # herb: 0.2×0.25/1 = 0.05 kg/m² = 0.5 t/ha
    agb = 3.125 * 0.47 + 0.5 * 0.47                   # 1.46875 + 0.235
    # Under forest (the plot is forest_arbor) herb roots are not counted (pool_factors herb_r = 0, no
    # sourced understory ratio; the grassland R 4.0 of IPCC table 6.1 used to apply here and gave
    # 0.5875 + 0.94 = 1.5275): bgb = shrub roots only, 3.125 × 0.40 × 0.47 = 0.5875.
    assert res.density.at["P1", "agb"] == pytest.approx(1.70375)
    assert res.density.at["P1", "agb"] == pytest.approx(agb)
    assert res.density.at["P1", "bgb"] == pytest.approx(0.5875)
    assert [w.params["other"] for w in res.warnings] == ["herb_r"]
    assert res.sources["pool_factors:herb_r"].startswith("Herb roots not counted")
    # On grassland the grassland ratio applies: 0.5875 + 0.5 × 4.0 × 0.47 = 0.5875 + 0.94 = 1.5275.
    grass = shrub_herb_carbon(sh, one_plot(obj="grassland"), params)
    assert grass.density.at["P1", "bgb"] == pytest.approx(1.5275)
    assert "pool_factors:herb_r/grassland" in grass.sources


def test_litter_by_harvest(params):
    litter = pd.DataFrame({"fid": [1, 2], "plot_id": ["P1", "P1"], "quadrat_area_m2": [1.0, 1.0],
                           "fresh_mass_kg": [0.4, 0.6], "sample_fresh_g": [100.0, 100.0],
                           "sample_dry_g": [50.0, 50.0]})
    res = litter_carbon(litter, one_plot(), params)
    # 0.2 and 0.3 kg/m² dry = 2.0 and 3.0 t/ha, mean 2.5 t d.m./ha × CF 0.37
    assert res.density.at["P1", "litter"] == pytest.approx(0.925)


def test_dry_heavier_than_fresh_is_rejected(params):
    litter = pd.DataFrame({"fid": [4], "plot_id": ["P1"], "quadrat_area_m2": [1.0],
                           "fresh_mass_kg": [0.4], "sample_fresh_g": [100.0], "sample_dry_g": [120.0]})
    with pytest.raises(MeteringDataError) as err:
        litter_carbon(litter, one_plot(), params)
    assert err.value.problems[0].code == "dry_gt_fresh"
    assert "row 4" in str(err.value) and "sample_dry_g 120" in str(err.value)


# --------------------------------------------------------------------------- dead wood

def test_lying_deadwood_by_hand_with_flags(params):
    dw = pd.DataFrame({"fid": [1, 2], "plot_id": ["P1", "P1"], "species": ["chinese_fir", None],
                       "diameter_cm": [20.0, None], "length_m": [5.0, None], "volume_m3": [None, 0.1],
                       "decay_class": [3, None]})
    res = deadwood_carbon(dw, one_plot(400.0), params)
    v1 = math.pi / 4 * 0.20 ** 2 * 5.0              # cylinder 0.15708 m³
    c1 = v1 * FIR_WD * 0.45 * 0.50                  # rotten: reduction 0.45
    c2 = 0.1 * 0.45 * 1.00 * 0.50                   # unknown species: default WD 0.45; class 1 assumed
    assert res.density.at["P1", "deadwood"] == pytest.approx((c1 + c2) / 0.04)
    assert sorted(w.code for w in res.warnings) == ["deadwood_wd_default", "decay_assumed"]


def test_deadwood_needs_volume_or_size(params):
    dw = pd.DataFrame({"fid": [9], "plot_id": ["P1"], "diameter_cm": [12.0], "length_m": [None],
                       "volume_m3": [None], "decay_class": [1]})
    with pytest.raises(MeteringDataError) as err:
        deadwood_carbon(dw, one_plot(), params)
    assert [p.code for p in err.value.problems] == ["deadwood_size"]


# --------------------------------------------------------------------------- soil

SOIL = pd.DataFrame({"fid": [1, 2], "plot_id": ["P1", "P1"], "layer_top_cm": [0.0, 20.0],
                     "layer_bottom_cm": [20.0, 40.0], "soc_g_kg": [15.0, None], "som_g_kg": [None, 10.0],
                     "bulk_density_g_cm3": [1.2, 1.3], "gravel_pct": [10.0, None]})


def test_soil_layers_clipped_to_30_cm(params):
    res = soil_carbon(SOIL, one_plot(), params, 30)
    # 0–20: 15 × 1.2 × 20 × (1 − 0.10) / 10 = 32.4
    # 20–30 (layer cut at 30): 10 × 0.58 × 1.3 × 10 × 1 / 10 = 7.54
    assert res.density.at["P1", "soil"] == pytest.approx(32.4 + 7.54)
    assert [w.code for w in res.warnings] == ["gravel_assumed"]


def test_soil_short_of_depth_is_flagged_not_extrapolated(params):
    res = soil_carbon(SOIL, one_plot(), params, 100)
    # both layers whole: 32.4 + 10 × 0.58 × 1.3 × 20 / 10 = 32.4 + 15.08
    assert res.density.at["P1", "soil"] == pytest.approx(47.48)
    short = [w for w in res.warnings if w.code == "soil_short"]
    assert len(short) == 1 and "40 cm of the 0–100 cm" in short[0].message()


@pytest.mark.parametrize("change, code", [
    ({"layer_bottom_cm": [20.0, 15.0]}, "bottom_le_top"),
    ({"layer_top_cm": [0.0, 10.0]}, "layers_overlap"),
    ({"bulk_density_g_cm3": [1.2, 2.9]}, "out_of_range"),
    ({"soc_g_kg": [15.0, None], "som_g_kg": [None, None]}, "soil_carbon_missing"),
    ({"plot_id": ["P1", "P9"]}, "orphan"),
])
def test_soil_errors(params, change, code):
    bad = SOIL.assign(**change)
    with pytest.raises(MeteringDataError) as err:
        soil_carbon(bad, one_plot(), params, 30)
    assert code in [p.code for p in err.value.problems]
    assert "Table soil, row 2" in str(err.value)


# --------------------------------------------------------------------------- assembly

def test_plot_carbon_assembles_pools_defaults_and_flags(params):
    plots = pd.DataFrame({"fid": [1, 2], "plot_id": ["F1", "C1"], "object": ["forest_arbor", "dry_land"],
                          "plot_area_m2": [400.0, 100.0], "survey_year": [2023, 2023]})
    trees = pd.DataFrame({"fid": [1], "plot_id": ["F1"], "species": ["chinese_fir"], "dbh_cm": [20.0],
                          "height_m": [15.0], "status": ["live"]})
    soil = SOIL.assign(plot_id=["F1", "F1"])
    res = plot_carbon(plots, trees, None, None, None, soil, params, 30)
    out = res.plots.set_index("plot_id")
    b_ag = fir_volume(20, 15) * FIR_WD * FIR_BEF
    agb, bgb = b_ag * FIR_CF / 0.04, b_ag * FIR_R * FIR_CF / 0.04
    # F1: litter and deadwood have no data -> the forest_arbor defaults of default_density.csv.
    litter, deadwood = shipped_default("forest_arbor", "litter"), shipped_default("forest_arbor", "deadwood")
    assert out.at["F1", "agb"] == pytest.approx(agb)
    assert out.at["F1", "litter"] == litter and out.at["F1", "method_litter"] == "default"
    assert out.at["F1", "deadwood"] == deadwood and out.at["F1", "method_deadwood"] == "default"
    assert out.at["F1", "soil"] == pytest.approx(39.94) and out.at["F1", "method_soil"] == "layers"
    assert out.at["F1", "total"] == pytest.approx(agb + bgb + deadwood + litter + 39.94)
    assert out.at["F1", "total_co2e"] == pytest.approx(out.at["F1", "total"] * 44 / 12)
    # F1 is the only forest plot and no plot surveyed litter: the survey design does not measure it for
    # the object, said once (issue 15: not a warning on every plot), not on F1
    assert "litter" not in (out.at["F1", "warnings"] or "")
    lines = [line.message() for line in res.summary]
    assert "litter: not surveyed on any of the 1 plot(s) of object 'forest_arbor'; its default {0:g} t C/ha is " \
        "used on each (method_litter = default)".format(litter) in lines
    # C1: dry land without any data: every pool from the defaults.
    for pool in ("agb", "bgb", "deadwood", "litter", "soil"):
        assert out.at["C1", pool] == shipped_default("dry_land", pool)
        assert out.at["C1", "method_" + pool] == "default"
    assert out.at["C1", "survey_year"] == 2023
    assert set(res.sources["parameter"]) >= {"species_parameters:chinese_fir", "default_density:dry_land/soil"}


def test_pools_surveyed_turns_no_rows_into_a_measured_zero(params):
    # Same tree tally on F1 and F2, no deadwood or litter rows. F1 lists deadwood as searched
    # (none found) -> deadwood 0; F2 has no listing -> the forest_arbor default, as before.
    # S3 lists litter and soil (searched, nothing) but not trees: agb/bgb stay defaults.
    plots = pd.DataFrame({"fid": [1, 2, 3], "plot_id": ["F1", "F2", "S3"],
                          "object": ["forest_arbor", "forest_arbor", "forest_shrub"],
                          "plot_area_m2": [400.0, 400.0, 400.0],
                          "pools_surveyed": ["trees,deadwood", None, "litter; 土壤分层"]})
    trees = pd.DataFrame({"fid": [1, 2], "plot_id": ["F1", "F2"], "species": ["chinese_fir"] * 2,
                          "dbh_cm": [20.0, 20.0], "height_m": [15.0, 15.0], "status": ["live", "live"]})
    res = plot_carbon(plots, trees, None, None, None, None, params, 30)
    out = res.plots.set_index("plot_id")
    deadwood = shipped_default("forest_arbor", "deadwood")
    assert deadwood > 0                                   # else the test could not tell the cases apart
    assert out.at["F1", "deadwood"] == 0.0 and out.at["F1", "method_deadwood"] == "measured_zero"
    assert out.at["F2", "deadwood"] == deadwood and out.at["F2", "method_deadwood"] == "default"
    litter = shipped_default("forest_arbor", "litter")   # litter not listed on F1: default
    assert out.at["F1", "litter"] == litter and out.at["F1", "method_litter"] == "default"
    b_ag = fir_volume(20, 15) * FIR_WD * FIR_BEF
    agb, bgb = b_ag * FIR_CF / 0.04, b_ag * FIR_R * FIR_CF / 0.04
    soil = shipped_default("forest_arbor", "soil")
    assert out.at["F1", "total"] == pytest.approx(agb + bgb + 0.0 + litter + soil)
    assert out.at["F2", "total"] - out.at["F1", "total"] == pytest.approx(deadwood)
    assert "deadwood" not in (out.at["F1", "warnings"] or "")  # a measurement, not a gap
    for pool in ("litter", "soil"):
        assert out.at["S3", pool] == 0.0 and out.at["S3", "method_" + pool] == "measured_zero"
    assert out.at["S3", "agb"] == shipped_default("forest_shrub", "agb")
    assert out.at["S3", "method_agb"] == "default"
    # F1 searched deadwood, F2 did not: on F2 the default is a gap among surveyed plots, flagged there
    assert "deadwood: no measurements, default" in out.at["F2", "warnings"]
    assert not any(line.params.get("pool") == "deadwood" and line.params.get("object") == "forest_arbor"
                   for line in res.summary)


def test_a_pool_no_plot_surveyed_is_one_log_line_not_a_warning_on_every_plot(params):
    """Issue 15: 30 dry-land plots without litter or deadwood (the design does not measure them on
    cropland) and with herb quadrats: one summary line per pool and object, no per-plot warnings."""
    n = 30
    plots = pd.DataFrame({"fid": range(1, n + 1), "plot_id": ["C{0}".format(i) for i in range(n)],
                          "object": ["dry_land"] * n, "plot_area_m2": [100.0] * n})
    sh = pd.DataFrame({"fid": range(1, n + 1), "plot_id": plots["plot_id"], "layer": ["herb"] * n,
                       "quadrat_id": ["H1"] * n, "quadrat_area_m2": [1.0] * n, "fresh_mass_kg": [0.2] * n,
                       "sample_fresh_g": [100.0] * n, "sample_dry_g": [25.0] * n})
    res = plot_carbon(plots, None, sh, None, None, None, params, 30)
    assert res.plots["warnings"].isna().all()
    counts = {(line.code, line.params.get("pool")): line.count for line in res.summary}
    assert counts[("default_used", "litter")] == n and counts[("default_used", "deadwood")] == n
    assert counts[("herb_roots", None)] == n
    assert (res.plots["method_litter"] == "default").all()


def test_pools_surveyed_with_unknown_name_is_an_error(params):
    plots = one_plot().assign(pools_surveyed=["trees, leaves"])
    with pytest.raises(MeteringDataError) as err:
        plot_carbon(plots, None, None, None, None, None, params, 30)
    problem = err.value.problems[0]
    assert (problem.code, problem.row, problem.field, problem.value) == (
        "unknown_value", 1, "pools_surveyed", "leaves")


def test_pool_without_measurement_or_default_is_zero_and_flagged(params):
    plots = one_plot(obj="non_metered")              # no row in default_density.csv
    row = plot_carbon(plots, None, None, None, None, None, params, 30).plots.iloc[0]
    assert row["agb"] == 0 and row["method_agb"] == "none" and row["total"] == 0
    assert "agb: no measurements and no default for object 'non_metered'" in row["warnings"]


def test_soil_default_at_another_depth_is_flagged(params):
    row = plot_carbon(one_plot(), None, None, None, None, None, params, 100).plots.iloc[0]
    assert row["soil"] == shipped_default("forest_arbor", "soil")   # IPCC SOCref, 0–30 cm
    assert "the default is for 0–30 cm, not the 0–100 cm" in row["warnings"]
    assert row["soil_depth_cm"] == 100


def test_user_defaults_table_overrides(params):
    # "mean" as in default_density.csv (density_t_c_ha is accepted too)
    user = pd.DataFrame({"object": ["forest_arbor"], "pool": ["litter"], "mean": [4.2],
                         "source": ["county litter survey 2022"]})
    merged = load_parameters(None, user)
    res = plot_carbon(one_plot(), None, None, None, None, None, merged, 30)
    assert res.plots.iloc[0]["litter"] == 4.2
    assert "user: county litter survey 2022" in set(res.sources["source"])
    assert [(n.code, n.params) for n in merged.notes] == [
        ("defaults_overridden", {"count": 1, "table": "DEFAULTS"})]


def test_plot_area_and_duplicates_are_errors(params):
    plots = pd.DataFrame({"fid": [1, 2, 3], "plot_id": ["A", "A", "B"], "object": ["paddy"] * 3,
                          "plot_area_m2": [100.0, 100.0, None]})
    with pytest.raises(MeteringDataError) as err:
        plot_carbon(plots, None, None, None, None, None, params, 30)
    codes = {(p.code, p.row) for p in err.value.problems}
    assert ("duplicate_key", 2) in codes and ("required", 3) in codes


def test_problems_from_all_tables_are_reported_together(params):
    trees = pd.DataFrame({"fid": [5], "plot_id": ["P1"], "species": ["oak"], "dbh_cm": [-3.0],
                          "height_m": [10.0], "status": ["live"]})
    litter = pd.DataFrame({"fid": [6], "plot_id": ["ZZ"], "quadrat_area_m2": [1.0], "fresh_mass_kg": [0.1],
                           "sample_fresh_g": [10.0], "sample_dry_g": [5.0]})
    with pytest.raises(MeteringDataError) as err:
        plot_carbon(one_plot(), trees, None, litter, None, None, params, 30)
    text = str(err.value)
    assert "Table trees, row 5: dbh_cm = -3 must be greater than 0." in text
    assert "Table litter, row 6: plot_id 'ZZ' is not in the plots layer" in text


def test_vectorised_on_thousands_of_trees(params):
    import time

    import numpy as np

    n = 6000
    rng = np.random.default_rng(1)
    plots = pd.DataFrame({"plot_id": ["P{0}".format(i) for i in range(60)], "object": "forest_arbor",
                          "plot_area_m2": 600.0})
    trees = pd.DataFrame({"plot_id": ["P{0}".format(i % 60) for i in range(n)],
                          "species": rng.choice(["chinese_fir", "masson_pine", "oak", "poplar"], n),
                          "dbh_cm": rng.uniform(6, 40, n), "height_m": rng.uniform(5, 25, n),
                          "status": "live"})
    start = time.perf_counter()
    res = plot_carbon(plots, trees, None, None, None, None, params, 30)
    assert time.perf_counter() - start < 5
    # The plot sums equal the tree-by-tree sum.
    one = tree_carbon(trees[trees["plot_id"] == "P0"], plots, params).density.at["P0", "agb"]
    assert res.plots.set_index("plot_id").at["P0", "agb"] == pytest.approx(one)


def test_shipped_tables_cite_sources(params):
    from carbon_metering.metering.parameters import read_csv

    for name in ("species_parameters.csv", "pool_factors.csv"):
        table = read_csv(name)
        assert table["source"].notna().all() and (table["source"].str.len() > 10).all(), name
    # every shipped species row refers to an id in species.csv
    species_ids = set(read_csv("species.csv")["species"])
    assert set(read_csv("species_parameters.csv")["species"]) <= species_ids
    assert params.factors["som_to_soc"] == 0.58 and CO2_PER_C == pytest.approx(3.6667, abs=1e-4)


# --------------------------------------------------------------------------- algorithm

def _ogr_table(ds, name, fields, rows, geom=None, srs=None):
    from osgeo import ogr

    kinds = {"s": ogr.OFTString, "i": ogr.OFTInteger, "r": ogr.OFTReal, "d": ogr.OFTDate}
    layer = ds.CreateLayer(name, srs, ogr.wkbPoint if geom else ogr.wkbNone)
    for fname, kind in fields:
        layer.CreateField(ogr.FieldDefn(fname, kinds[kind]))
    for row in rows:
        feat = ogr.Feature(layer.GetLayerDefn())
        for fname, value in row.items():
            if fname != "xy" and value is not None:
                feat.SetField(fname, value)
        if geom:
            feat.SetGeometry(ogr.CreateGeometryFromWkt("POINT ({0} {1})".format(*row["xy"])))
        layer.CreateFeature(feat)


def make_survey(path, trees_rows=None, plot_area=400.0):
    """A tiny survey GeoPackage after docs/dev/survey_schema.md."""
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4526)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    _ogr_table(ds, "plots", [("plot_id", "s"), ("survey_year", "i"), ("object", "s"), ("stratum", "s"),
                             ("plot_area_m2", "r"), ("survey_date", "d")],
               [{"plot_id": "F1", "survey_year": 2023, "object": "forest_arbor", "stratum": "fir",
                 "plot_area_m2": plot_area, "survey_date": "2023/07/01", "xy": (38500000, 3400000)},
                {"plot_id": "G1", "survey_year": 2023, "object": "grassland", "stratum": "grass",
                 "plot_area_m2": 100.0, "survey_date": "2023/07/02", "xy": (38500100, 3400100)}],
               geom=True, srs=srs)
    _ogr_table(ds, "trees", [("plot_id", "s"), ("species", "s"), ("dbh_cm", "r"), ("height_m", "r"),
                             ("status", "s"), ("crown_width_m", "r"), ("decay_class", "i")],
               trees_rows or [{"plot_id": "F1", "species": "chinese_fir", "dbh_cm": 20.0, "height_m": 15.0,
                               "status": "live"}])
    _ogr_table(ds, "shrub_herb", [("plot_id", "s"), ("layer", "s"), ("quadrat_id", "s"),
                                  ("quadrat_area_m2", "r"), ("fresh_mass_kg", "r"),
                                  ("sample_fresh_g", "r"), ("sample_dry_g", "r")],
               [{"plot_id": "G1", "layer": "herb", "quadrat_id": "H1", "quadrat_area_m2": 1.0,
                 "fresh_mass_kg": 0.2, "sample_fresh_g": 100.0, "sample_dry_g": 25.0}])
    _ogr_table(ds, "soil", [("plot_id", "s"), ("layer_top_cm", "r"), ("layer_bottom_cm", "r"),
                            ("soc_g_kg", "r"), ("som_g_kg", "r"), ("bulk_density_g_cm3", "r"),
                            ("gravel_pct", "r")],
               [{"plot_id": "F1", "layer_top_cm": 0.0, "layer_bottom_cm": 30.0, "soc_g_kg": 12.0,
                 "bulk_density_g_cm3": 1.25, "gravel_pct": 0.0}])
    ds = None
    return path


def _run(params_dict):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    context = QgsProcessingContext()
    feedback = QgsProcessingFeedback()
    result = processing.run("carbonmeter:plot_carbon", params_dict, context=context, feedback=feedback)
    output = result["OUTPUT"]
    layer = context.takeResultLayer(output) if isinstance(output, str) else output
    return layer, feedback


def test_algorithm_end_to_end_on_geopackage(provider, tmp_path):
    import hashlib

    gpkg = make_survey(tmp_path / "survey.gpkg")
    before = hashlib.md5(gpkg.read_bytes()).hexdigest()
    out = tmp_path / "plot_carbon.gpkg"
    _, feedback = _run({"INPUT": "{0}|layername=plots".format(gpkg), "SOIL_DEPTH": 30,
                        "OUTPUT": str(out)})
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(out), "out", "ogr")
    assert layer.isValid() and layer.featureCount() == 2
    names = [f.name() for f in layer.fields()]
    for col in ("plot_id", "survey_year", "object", "stratum", "agb", "bgb", "deadwood", "litter", "soil",
                "total", "total_co2e", "method_agb", "method_soil", "warnings"):
        assert col in names, col
    rows = {f["plot_id"]: f for f in layer.getFeatures()}
    b_ag = fir_volume(20, 15) * FIR_WD * FIR_BEF
    assert rows["F1"]["agb"] == pytest.approx(b_ag * FIR_CF / 0.04)
    assert rows["F1"]["soil"] == pytest.approx(12 * 1.25 * 30 / 10)      # 45 t C/ha
    assert rows["F1"]["litter"] == shipped_default("forest_arbor", "litter")
    assert rows["F1"]["method_litter"] == "default"
    assert rows["G1"]["agb"] == pytest.approx(0.5 * 0.47)                  # herb quadrat, see above
    assert rows["G1"]["method_agb"] == "harvest"
    assert rows["F1"].geometry().asPoint().x() == pytest.approx(38500000)
    assert layer.crs().authid() == "EPSG:4526"
    from qgis.PyQt.QtCore import QDate

    assert rows["F1"]["survey_date"] == QDate(2023, 7, 1)                 # dates survive the round trip
    assert hashlib.md5(gpkg.read_bytes()).hexdigest() == before           # input untouched


def test_algorithm_with_override_csv_and_explicit_table(provider, tmp_path):
    gpkg = make_survey(tmp_path / "survey.gpkg")
    csv = tmp_path / "my_params.csv"
    csv.write_text("species,cf,source\nchinese_fir,0.5,local carbon fraction study\n", encoding="utf-8")
    litter = tmp_path / "litter.csv"
    litter.write_text("plot_id,quadrat_area_m2,fresh_mass_kg,sample_fresh_g,sample_dry_g\n"
                      "F1,1,0.4,100,50\nF1,1,0.6,100,50\n", encoding="utf-8")
    layer, feedback = _run({"INPUT": "{0}|layername=plots".format(gpkg), "SOIL_DEPTH": 100,
                            "PARAMETERS": str(csv), "LITTER": str(litter), "OUTPUT": "memory:"})
    rows = {f["plot_id"]: f for f in layer.getFeatures()}
    b_ag = fir_volume(20, 15) * FIR_WD * FIR_BEF
    assert rows["F1"]["agb"] == pytest.approx(b_ag * 0.5 / 0.04)
    assert rows["F1"]["litter"] == pytest.approx(0.925) and rows["F1"]["method_litter"] == "harvest"
    assert rows["F1"]["soil_depth_cm"] == 100
    assert "0–30 cm of the 0–100 cm" not in (rows["F1"]["warnings"] or "")
    assert "30 cm of the 0–100 cm" in rows["F1"]["warnings"]
    # The core's note, worded by the algorithm's translatable template.
    assert "species Chinese fir (Cunninghamia lanceolata): overridden by PARAMETERS row 1" in feedback.textLog()


def test_algorithm_error_names_table_row_and_field(provider, tmp_path):
    from qgis.core import QgsProcessingException

    gpkg = make_survey(tmp_path / "survey.gpkg", trees_rows=[
        {"plot_id": "F1", "species": "chinese_fir", "dbh_cm": 20.0, "height_m": 15.0, "status": "live"},
        {"plot_id": "F1", "species": "baobab", "dbh_cm": 30.0, "height_m": 12.0, "status": "live"}])
    with pytest.raises(QgsProcessingException) as err:
        _run({"INPUT": "{0}|layername=plots".format(gpkg), "OUTPUT": str(tmp_path / "o.gpkg")})
    text = str(err.value)
    assert "Table trees, row 2: species 'baobab' has no parameters" in text
    assert not (tmp_path / "o.gpkg").exists()                              # nothing written


def test_translation_templates_match_core(provider):
    import string

    from carbon_metering.processing_provider.plot_carbon import PlotCarbonAlgorithm

    alg = PlotCarbonAlgorithm()

    def fields(text):
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    pairs = ((PROBLEM_TEXT, alg.problem_templates()), (WARNING_TEXT, alg.warning_templates()),
             (NOTE_TEXT, alg.note_templates()))
    for core, translated in pairs:
        assert set(core) == set(translated)
        for code in core:
            assert fields(core[code]) == fields(translated[code]), code


def test_every_parameter_has_help(provider):
    alg = provider.algorithm("plot_carbon")
    assert alg is not None and alg.group() == "Parcel carbon metering"
    names = {p.name() for p in alg.parameterDefinitions()}
    assert names == {"INPUT", "TREES", "SHRUB_HERB", "LITTER", "DEADWOOD", "SOIL", "SOIL_DEPTH",
                     "PARAMETERS", "DEFAULTS", "POOL_FACTORS", "AR_TOOL14", "OUTPUT"}
    for p in alg.parameterDefinitions():
        assert p.help(), p.name()
    assert "HJ 658" in alg.shortHelpString() and "t C/ha" in alg.shortHelpString()


def test_algorithm_on_memory_layer_without_tables_uses_defaults(provider):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:4526&field=plot_id:string&field=object:string"
                           "&field=plot_area_m2:double", "plots", "memory")
    feat = QgsFeature(layer.fields())
    feat.setAttributes(["W1", "wetland_marsh", 100.0])
    feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(38500000, 3400000)))
    layer.dataProvider().addFeature(feat)
    out, feedback = _run({"INPUT": layer, "OUTPUT": "memory:"})
    row = next(out.getFeatures())
    # no measurement tables at all: every pool from the wetland_marsh defaults
    pools = ("agb", "bgb", "deadwood", "litter", "soil")
    expected = sum(shipped_default("wetland_marsh", p) for p in pools)
    for pool in pools:
        assert row[pool] == shipped_default("wetland_marsh", pool) and row["method_" + pool] == "default"
    assert row["total"] == pytest.approx(expected) and row["total_co2e"] == pytest.approx(expected * 44 / 12)
    assert "Trees (tally): no table given or found; pool defaults apply." in feedback.textLog()
    assert "Soil reporting depth: 0–30 cm." in feedback.textLog()
    assert layer.featureCount() == 1 and "agb" not in layer.fields().names()   # input unchanged


def test_algorithm_stops_when_cancelled(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

    gpkg = make_survey(tmp_path / "survey.gpkg")
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException) as err:
        processing.run("carbonmeter:plot_carbon", {"INPUT": "{0}|layername=plots".format(gpkg),
                                                   "OUTPUT": str(tmp_path / "c.gpkg")},
                       context=QgsProcessingContext(), feedback=feedback)
    assert "Cancelled" in str(err.value)
    assert not (tmp_path / "c.gpkg").exists()


def test_on_a_survey_made_by_create_and_import_survey(provider, tmp_path):
    """The chain: the field-sheet template's example plot imported, then plot_carbon on it."""
    import processing
    from osgeo import ogr

    from tests.conftest import REPO

    survey = str(tmp_path / "survey.gpkg")
    processing.run("carbonmeter:create_survey", {"OUTPUT": survey})
    imported = processing.run("carbonmeter:import_survey",
                              {"INPUT": str(REPO / "forms" / "field_sheets_template.xlsx"), "SURVEY": survey})
    assert imported["PROBLEMS"] == 0
    out, feedback = _run({"INPUT": survey + "|layername=plots", "SOIL_DEPTH": 30, "OUTPUT": "memory:"})
    rows = list(out.getFeatures())
    assert len(rows) >= 1
    assert "row(s) from table soil of the plots' GeoPackage" in feedback.textLog()
    # Soil of each plot by hand from the imported layers (HJ 658 formula, layers cut at 30 cm).
    ds = ogr.Open(survey)
    by_plot = {}
    for f in ds.GetLayerByName("soil"):
        soc = f.GetField("soc_g_kg") if f.GetField("soc_g_kg") is not None else f.GetField("som_g_kg") * 0.58
        h = max(0.0, min(f.GetField("layer_bottom_cm"), 30.0) - f.GetField("layer_top_cm"))
        gravel = (f.GetField("gravel_pct") or 0.0) / 100.0
        by_plot[f.GetField("plot_id")] = by_plot.get(f.GetField("plot_id"), 0.0) + \
            soc * f.GetField("bulk_density_g_cm3") * h * (1 - gravel) / 10.0
    ds = None
    for row in rows:
        if row["plot_id"] in by_plot:
            assert row["soil"] == pytest.approx(by_plot[row["plot_id"]])
            assert row["method_soil"] == "layers"
        assert row["total"] == pytest.approx(sum(row[p] for p in ("agb", "bgb", "deadwood", "litter", "soil")))
    assert by_plot


# --------------------------------------------------------------------------- issue 10: parameter tables

def test_ar_tool14_root_shoot_by_hand():
    from carbon_metering.metering.parameters import ar_tool14_root_shoot

    # b = 50 t d.m./ha: ln 50 = 3.91202; −1.085 + 0.9256 × 3.91202 = 2.53597; e^2.53597 = 12.6287;
    # R = 12.6287 / 50 = 0.25257 (AR-TOOL14 v04.2 / Cairns et al. 1997).
    assert float(ar_tool14_root_shoot(50.0)) == pytest.approx(0.25257, abs=1e-5)
    assert math.isnan(float(ar_tool14_root_shoot(0.0)))


def test_ar_tool14_tree_defaults_option():
    trees = pd.DataFrame({"fid": [1], "plot_id": ["P1"], "species": ["chinese_fir"], "dbh_cm": [20.0],
                          "height_m": [15.0], "status": ["live"]})
    plots = one_plot(area_m2=400.0)
    off = tree_carbon(trees, plots, load_parameters())
    on = tree_carbon(trees, plots, load_parameters(ar_tool14_trees="all"))
    # the same volume and WD; BEF 1.15 instead of 1.634: B_AG scales by 1.15 / 1.634
    assert on.density.at["P1", "agb"] == pytest.approx(off.density.at["P1", "agb"] * 1.15 / 1.634)
    # R from the plot's AGB b (t d.m./ha) = C_agb / CF
    b = on.density.at["P1", "agb"] / 0.520
    r = math.exp(-1.085 + 0.9256 * math.log(b)) / b
    assert on.density.at["P1", "bgb"] == pytest.approx(on.density.at["P1", "agb"] * r)
    assert [w.code for w in on.warnings] == ["ar_tool14_trees"]
    assert "pool_factors:ar_tool14_bef" in on.sources


def test_pool_factor_override_per_object():
    user = pd.DataFrame({"factor": ["herb_r"], "object": ["forest_arbor"], "value": [0.8], "source": ["my study"]})
    params = load_parameters(factors_override=user)
    assert params.factor("herb_r", "forest_arbor")[:2] == (0.8, "herb_r/forest_arbor")
    assert params.factor("herb_r", "grassland")[0] == 4.0
    assert params.factor("herb_r", "paddy")[0] == 0.0
    assert [n.code for n in params.notes] == ["factors_overridden"]
    with pytest.raises(MeteringDataError):
        load_parameters(factors_override=pd.DataFrame({"factor": ["nonsense"], "value": [1.0]}))


def test_placeholder_status_reported():
    deadwood = pd.DataFrame({"fid": [1], "plot_id": ["P1"], "volume_m3": [0.2], "decay_class": [1]})
    from carbon_metering.metering.plot_carbon import plot_carbon

    result = plot_carbon(one_plot(), None, None, None, deadwood, None, load_parameters())
    status = dict(zip(result.sources["parameter"], result.sources["status"]))
    assert status["pool_factors:deadwood_wd_t_m3"] == "placeholder"
    assert status["pool_factors:deadwood_cf"] == "transcribed_verify"
