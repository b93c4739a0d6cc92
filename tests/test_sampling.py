"""Stratified sampling statistics (metering/sampling.py; stratum_density PLAN and STRATIFIED outputs).

Numbers computed by hand after CDM AR-TOOL03 (n = (t/E)² (Σ wᵢ sᵢ)², df = n − M, Neyman
nᵢ = n wᵢ sᵢ / Σ wᵢ sᵢ) and AR-TOOL14 (b = Σ wᵢ bᵢ, SE = √(Σ wᵢ² sᵢ²/nᵢ), df = Σ nᵢ − M);
t values two-sided at 90 %: t(8) = 1.860, t(10) = 1.812, t(11) = 1.796.
"""

import math

import numpy as np
import pandas as pd
import pytest

from carbon_metering.metering import POOLS, POOLS_WITH_TOTAL, density, sampling
from carbon_metering.metering.statistics import smallest_integer, t_two_sided


def _values_with(n, mean, sd):
    base = np.arange(n, dtype=float)
    base = (base - base.mean()) / base.std(ddof=1)
    return list(mean + sd * base)


def _two_strata_table():
    """forest_arbor: 6 plots, total mean 50, s 10; paddy: 4 plots, mean 100, s 20."""
    rows = [(i + 1, "forest_arbor", "420101", 2020, v, 0.0, 0.0, 0.0, 0.0)
            for i, v in enumerate(_values_with(6, 50.0, 10.0))]
    rows += [(i + 11, "paddy", "420101", 2020, v, 0.0, 0.0, 0.0, 0.0)
             for i, v in enumerate(_values_with(4, 100.0, 20.0))]
    frame = pd.DataFrame(rows, columns=["fid", "object", "county", "survey_year"] + list(POOLS))
    frame["total"] = frame[list(POOLS)].sum(axis=1)
    return frame, density.stratum_density(frame, "object", 90, 10)


def _pieces():
    """300 ha of arbor forest, 100 ha of paddy in the target year (+ 50 ha paddy only in the base year)."""
    return pd.DataFrame({
        "base_object": ["forest_arbor", "paddy", "paddy", "paddy"],
        "target_object": ["forest_arbor", "forest_arbor", "paddy", None],
        "change_flag": [0, 1, 0, 2],
        "county": ["420101"] * 4,
        "area_m2": [2_000_000.0, 1_000_000.0, 1_000_000.0, 500_000.0],
    })


def test_smallest_n_cv3_e5_is_four():
    # AR-TOOL03: n ≥ (t(n−1)·CV/E)². CV 3 %, E 5 %: n = 2 gives (6.314·0.6)² = 14.4 > 2 (fails);
    # n = 3: (2.920·0.6)² = 3.07 > 3 (fails); n = 4: (2.353·0.6)² = 1.99 ≤ 4 (met).
    assert density.plots_required(3.0, 5.0, 90.0) == 4
    assert (t_two_sided(90, 2) * 0.6) ** 2 > 3
    assert smallest_integer(lambda n: n >= 10, 2) == 10


def test_stratum_areas_by_year():
    pieces = _pieces()
    target = sampling.stratum_areas(pieces, "target")
    assert target == pytest.approx({"forest_arbor": 300.0, "paddy": 100.0})  # base_only piece left out
    base = sampling.stratum_areas(pieces, "base")
    assert base == pytest.approx({"forest_arbor": 200.0, "paddy": 250.0})
    crossed = sampling.stratum_areas(pieces, "target", "county")
    assert crossed["forest_arbor|420101"] == pytest.approx(300.0) and crossed["paddy"] == pytest.approx(100.0)
    with pytest.raises(sampling.SamplingInputError) as info:
        sampling.stratum_areas(pieces.drop(columns=["area_m2"]), "target", layer="pieces")
    assert info.value.kind == "areas_missing_fields"


def test_plan_and_estimate_with_area_weights_by_hand():
    _, table = _two_strata_table()
    plan, estimate, notes = sampling.sampling_tables(table, 10.0, 90.0, sampling.stratum_areas(_pieces(), "target"))
    # w = 300/400, 100/400 = 0.75, 0.25; b = 0.75·50 + 0.25·100 = 62.5; E = 6.25;
    # Σ w s = 7.5 + 5 = 12.5; (Σws/E)² = 4 -> n = 4 t(n−2)²: 12 fails (4·1.812² = 13.13),
    # 13 meets (4·1.796² = 12.90): n = 13, unrounded 12.90.
    # Neyman from the unrounded n: 12.90 · 7.5/12.5 = 7.74 -> 8; 12.90 · 5/12.5 = 5.16 -> 6.
    total = plan[plan["stratum"] == sampling.ALL].iloc[0]
    assert list(plan["stratum"]) == ["forest_arbor", "paddy", "ALL"]
    assert plan["weight"].tolist()[:2] == pytest.approx([0.75, 0.25])
    assert (plan["weight_basis"] == "area").all()
    assert total["mean"] == pytest.approx(62.5)
    assert total["n_required"] == 13 and total["df"] == 11
    assert total["t"] == pytest.approx(t_two_sided(90, 11))
    assert total["n_required_unrounded"] == pytest.approx(4 * t_two_sided(90, 11) ** 2)
    assert total["n_required_unrounded"] == pytest.approx(12.90, abs=0.01)
    assert plan["n_required_unrounded"].tolist()[:2] == pytest.approx([7.74, 5.16], abs=0.01)
    assert plan["n_required"].tolist()[:2] == [8, 6]
    assert total["area_ha"] == pytest.approx(400.0)
    # AR-TOOL14: SE = √(0.75²·100/6 + 0.25²·400/4) = √(9.375 + 6.25) = √15.625 = 3.953;
    # df = 10 − 2 = 8, t = 1.860, half-width 7.352, U = 7.352/62.5 = 11.76 %.
    mean = estimate[estimate["stratum"] == sampling.ALL].iloc[0]
    assert mean["mean"] == pytest.approx(62.5)
    assert mean["se"] == pytest.approx(math.sqrt(15.625))
    assert mean["df"] == 8
    assert mean["half_width"] == pytest.approx(t_two_sided(90, 8) * math.sqrt(15.625))
    assert mean["u_pct"] == pytest.approx(11.76, abs=0.01)
    assert not notes


def test_plot_share_weights_match_the_old_plan():
    # Without areas the weights are the plot shares 6/10, 4/10 (test_density's hand computation):
    # n = 13, Neyman 6 and 8.
    _, table = _two_strata_table()
    plan, estimate, _ = sampling.sampling_tables(table, 10.0, 90.0)
    assert (plan["weight_basis"] == "plots").all()
    assert plan["n_required"].tolist() == [6, 8, 13]
    old = density.stratified_plan(table, 10.0, 90.0)
    assert old["n"] == 13 and old["allocation"] == [6, 8]
    assert math.isnan(plan["area_ha"].iloc[-1])


def test_strata_with_area_but_no_plots_are_noted():
    _, table = _two_strata_table()
    areas = {"forest_arbor": 300.0, "paddy": 100.0, "grassland": 40.0}
    plan, _, notes = sampling.sampling_tables(table, 10.0, 90.0, areas)
    assert [n.kind for n in notes] == ["sampling_strata_without_plots"]
    assert notes[0].details["strata"] == ["grassland"] and notes[0].details["area_ha"] == pytest.approx(40.0)
    # grassland does not enter the weights (0.75 / 0.25 as before)
    assert plan["weight"].tolist()[:2] == pytest.approx([0.75, 0.25])


def test_processing_writes_plan_and_stratified_tables(provider, log_feedback, tmp_path):
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    frame, _ = _two_strata_table()
    uri = "Point?crs=EPSG:4526&field=object:string&field=survey_year:integer" + "".join(
        "&field={0}:double".format(p) for p in POOLS_WITH_TOTAL)
    layer = QgsVectorLayer(uri, "plots", "memory")
    feats = []
    for i, rec in enumerate(frame.itertuples()):
        feat = QgsFeature(layer.fields())
        feat.setAttributes([rec.object, 2020] + [float(getattr(rec, p)) for p in POOLS_WITH_TOTAL])
        feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(38500000 + i * 10, 3400000)))
        feats.append(feat)
    layer.dataProvider().addFeatures(feats)
    pieces = QgsVectorLayer("None?field=base_object:string&field=target_object:string&field=change_flag:integer"
                            "&field=area_m2:double", "pieces", "memory")
    rows = []
    for rec in _pieces().itertuples():
        feat = QgsFeature(pieces.fields())
        feat.setAttributes([rec.base_object, rec.target_object, int(rec.change_flag), float(rec.area_m2)])
        rows.append(feat)
    pieces.dataProvider().addFeatures(rows)
    result = processing.run("carbonmeter:stratum_density", {
        "INPUT": layer, "AREAS": pieces, "OUTPUT": "memory:", "PLAN": "memory:", "STRATIFIED": "memory:",
    }, feedback=log_feedback)
    plan = {f["stratum"]: f for f in result["PLAN"].getFeatures()}
    assert plan["ALL"]["n_required"] == 13 and plan["forest_arbor"]["n_required"] == 8
    assert plan["paddy"]["n_required"] == 6 and plan["paddy"]["weight_basis"] == "area"
    stratified = {f["stratum"]: f for f in result["STRATIFIED"].getFeatures()}
    assert stratified["ALL"]["u_pct"] == pytest.approx(11.76, abs=0.01)
    log = [m for m in log_feedback.infos if "Neyman" in m]
    assert len(log) == 1 and "weights = strata areas" in log[0] and "Arbor forest: 8" in log[0]  # by name


def test_provenance_lists_placeholders():
    import datetime

    from carbon_metering.metering.provenance import build_provenance, parameter_table_sources

    sources = parameter_table_sources()
    herb = sources[(sources["table"] == "pool_factors.csv") & (sources["key"] == "herb_r/grassland")]
    assert herb["source"].iloc[0].startswith("[transcribed_verify]")
    table = build_provenance([], {}, "3.22", datetime.datetime(2026, 1, 1))
    placeholders = table[table["section"] == "placeholder"]
    keys = set(zip(placeholders["value"], placeholders["item"]))
    assert ("moso_bamboo", "species_parameters.csv") in keys
    assert ("deadwood_wd_t_m3", "pool_factors.csv") in keys
    assert ("area_u_pct", "uncertainty_defaults.csv") in keys
    assert ("paddy/soil", "default_density.csv") not in keys  # 63 × 1.10, transcribed (verify)


def test_default_soils_follow_their_ipcc_derivation():
    # IPCC 2006 GL vol. 4 table 2.3 SOCref 63 t C/ha (warm temperate moist, LAC) × table 5.5 factors:
    # paddy 1.10 -> 69.3; perennial (garden) 1.00 -> 63; long-term cultivated 0.69 -> 43.5, × low input
    # 0.92 -> 40.0; forest land at SOCref (no 0.87 factor exists).
    table = pd.read_csv(density.DEFAULT_DENSITY_CSV, dtype={"object": str})
    soil = table[table["pool"] == "soil"].set_index("object")["mean"]
    assert soil["paddy"] == pytest.approx(63 * 1.10)
    assert soil["orchard"] == soil["tea_garden"] == soil["garden_other"] == pytest.approx(63.0)
    assert soil["irrigated_land"] == pytest.approx(63 * 0.69, abs=0.05)
    assert soil["dry_land"] == pytest.approx(63 * 0.69 * 0.92, abs=0.05)
    assert soil["forest_shrub"] == soil["forest_other"] == pytest.approx(63.0)
    # grassland: 13.5 t d.m./ha × 0.47 split with R = 4.0 (IPCC table 6.1): above 1/5, below 4/5
    grass = table[table["object"] == "grassland"].set_index("pool")["mean"]
    assert grass["bgb"] / grass["agb"] == pytest.approx(4.0, rel=0.01)
    assert grass["agb"] + grass["bgb"] == pytest.approx(13.5 * 0.47, abs=0.01)
    assert set(table["status"]) <= {"sourced", "transcribed_verify", "convention", "placeholder"}
