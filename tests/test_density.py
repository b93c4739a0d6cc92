"""Stratum densities (carbonmeter:stratum_density and metering/density.py).

Expected numbers are computed by hand in each test or taken from the CDM
AR-TOOL14 worked example (methods.md §3).
"""

import math

import numpy as np
import pandas as pd
import pytest

from carbon_metering.metering import POOLS, POOLS_WITH_TOTAL, density
from carbon_metering.metering.statistics import t_two_sided


def _values_with(n, mean, sd):
    """n values with exactly the given mean and sample sd."""
    base = np.arange(n, dtype=float)
    base = (base - base.mean()) / base.std(ddof=1)
    return list(mean + sd * base)


def _plots(rows):
    """A plots frame: rows of (fid, object, county, survey_year, agb, bgb, deadwood, litter, soil)."""
    frame = pd.DataFrame(rows, columns=["fid", "object", "county", "survey_year"] + list(POOLS))
    frame["total"] = frame[list(POOLS)].sum(axis=1)
    return frame


def test_ar_tool14_worked_example():
    # AR-TOOL14 example: n 34, mean 45.328, s 12.776 at 90 % -> SE 2.191, t 1.692,
    # half-width 3.707, U 8.18 %.
    stats = density.sample_statistics(_values_with(34, 45.328, 12.776), confidence_pct=90)
    assert stats["n"] == 34
    assert stats["mean"] == pytest.approx(45.328)
    assert stats["sd"] == pytest.approx(12.776)
    assert stats["se"] == pytest.approx(2.191, abs=5e-4)
    assert t_two_sided(90, 33) == pytest.approx(1.692, abs=5e-4)
    assert stats["half_width"] == pytest.approx(3.707, abs=2e-3)
    assert stats["u_pct"] == pytest.approx(8.18, abs=5e-3)


def test_small_stratum_by_hand():
    # 10, 20, 30: mean 20, s = 10, SE = 10/√3 = 5.7735; t(df 2, 95 %) = 4.3027 -> hw 24.841, U 124.2 %.
    stats = density.sample_statistics([10.0, 20.0, None, 30.0], confidence_pct=95)
    assert stats["n"] == 3
    assert stats["sd"] == pytest.approx(10.0)
    assert stats["se"] == pytest.approx(10.0 / math.sqrt(3))
    assert stats["half_width"] == pytest.approx(4.3027 * 10.0 / math.sqrt(3), rel=1e-4)
    assert stats["u_pct"] == pytest.approx(124.2, abs=0.1)
    single = density.sample_statistics([7.0])
    assert single["n"] == 1 and single["mean"] == 7.0 and math.isnan(single["sd"])


def test_plots_required_single_stratum():
    # CV 28 %, E 10 %, 90 %: z 1.645 -> (1.645·2.8)² = 21.2 -> 22; t(21) 1.721 -> 23.2 -> 24;
    # t(23) 1.714 -> 23.03 -> 24 (stable).
    n = density.plots_required(28.0, 10.0, 90.0)
    assert n == 24
    assert n == math.ceil((t_two_sided(90, n - 1) * 2.8) ** 2)
    assert math.isnan(density.plots_required(float("nan")))
    # CV 3 %, E 5 %: the df iteration alternates and stopped on 2, which fails its own rule
    # (t(1) = 6.314: (6.314 · 0.6)² = 14.4 > 2); the smallest n that meets it is 4 (AR-TOOL03).
    assert density.plots_required(3.0, 5.0, 90.0) == 4


def test_plots_required_stratified_neyman():
    # w 0.6/0.4, s 10/20, means 50/100: mean 70, E = 7, Σ w s = 14 -> n = 4 t².
    # z: 10.8 -> 11; t(9) 1.833 -> 13.4 -> 14; t(12) 1.782 -> 12.7 -> 13; t(11) 1.796 -> 12.9 -> 13.
    # Neyman: 13·6/14 = 5.6 -> 6, 13·8/14 = 7.4 -> 8.
    n, allocation = density.plots_required_stratified([60, 40], [10, 20], [50, 100], 10.0, 90.0)
    assert n == 13
    assert allocation == [6, 8]
    # the smallest n that meets its own rule: 12 fails (t(10) = 1.812: 13.1 > 12)
    assert 12 < 4 * t_two_sided(90, 10) ** 2 and 13 >= 4 * t_two_sided(90, 11) ** 2


def test_stratified_estimate_by_hand():
    # w 0.5/0.5, means 40/60, s 10/20, n 10/10: mean 50, SE = √(0.25·100/10 + 0.25·400/10) = √12.5.
    est = density.stratified_estimate([1, 1], [40, 60], [10, 20], [10, 10], 90)
    assert est["mean"] == pytest.approx(50.0)
    assert est["se"] == pytest.approx(math.sqrt(12.5))
    assert est["df"] == 18
    assert est["half_width"] == pytest.approx(t_two_sided(90, 18) * math.sqrt(12.5))


def test_default_table_complete_and_sourced():
    table = pd.read_csv(density.DEFAULT_DENSITY_CSV, dtype=str, keep_default_na=False)
    assert (table["source"].str.len() > 20).all()
    defaults = density.load_default_density()
    pairs = set(zip(defaults["object"], defaults["pool"]))
    for obj in density.metered_objects():
        for pool in POOLS:
            assert (obj, pool) in pairs, (obj, pool)
    assert "non_metered" not in set(defaults["object"])
    # Defaults are flagged with a larger uncertainty than a surveyed stratum (30–50 %).
    assert defaults["u_pct"].between(30, 50).all()
    assert (defaults["mean"] >= 0).all()


def test_stratum_density_table_with_defaults_and_single_plot():
    plots = _plots([
        (1, "forest_arbor", "420101", 2020, 10.0, 2.0, 0.5, 1.0, 50.0),
        (2, "forest_arbor", "420101", 2020, 20.0, 4.0, 0.5, 1.0, 60.0),
        (3, "forest_arbor", "420102", 2020, 30.0, 6.0, 0.5, 1.0, 70.0),
        (4, "paddy", "420101", 2020, 5.0, 1.0, 0.0, 0.0, 40.0),
    ])
    table = density.stratum_density(plots, "object", confidence_pct=90)
    lookup = density.default_lookup(density.load_default_density())

    agb = table[(table["stratum"] == "forest_arbor") & (table["pool"] == "agb")].iloc[0]
    assert agb["source"] == "plots" and agb["n"] == 3
    assert agb["mean"] == pytest.approx(20.0)
    assert agb["half_width"] == pytest.approx(t_two_sided(90, 2) * 10.0 / math.sqrt(3))
    total = table[(table["stratum"] == "forest_arbor") & (table["pool"] == "total")].iloc[0]
    assert total["mean"] == pytest.approx((63.5 + 85.5 + 107.5) / 3)

    # Paddy has one plot: plot value kept, spread unknown, U % from the default table.
    paddy_soil = table[(table["stratum"] == "paddy") & (table["pool"] == "soil")].iloc[0]
    assert paddy_soil["n"] == 1 and paddy_soil["mean"] == 40.0 and math.isnan(paddy_soil["sd"])
    assert paddy_soil["u_pct"] == lookup[("paddy", "soil")][1]
    assert "n = 1" in paddy_soil["note"]

    # Every other metered object: default rows, total = Σ pools, U by IPCC eq. 3.2.
    strata = set(table["stratum"])
    assert strata == set(density.metered_objects())
    grass = table[table["stratum"] == "grassland"].set_index("pool")
    assert (grass["source"] == "default").all() and (grass["n"] == 0).all()
    means = [lookup[("grassland", p)][0] for p in POOLS]
    us = [lookup[("grassland", p)][1] for p in POOLS]
    assert grass.loc["total", "mean"] == pytest.approx(sum(means))
    expected_u = math.sqrt(sum((m * u) ** 2 for m, u in zip(means, us))) / sum(means)
    assert grass.loc["total", "u_pct"] == pytest.approx(expected_u)
    assert list(table.columns[:11]) == ["stratum", "object", "stratum_value", "pool", "n", "mean", "sd", "se",
                                        "half_width", "u_pct", "source"]


def test_crossed_strata_and_missing_pool_fall_back():
    plots = _plots([
        (1, "forest_arbor", "420101", 2020, 10.0, 2.0, None, 1.0, 50.0),
        (2, "forest_arbor", "420101", 2020, 20.0, 4.0, None, 1.0, 60.0),
        (3, "forest_arbor", "420102", 2020, 30.0, 6.0, None, 1.0, 70.0),
    ])
    table = density.stratum_density(plots, "county")
    assert {"forest_arbor|420101", "forest_arbor|420102"} <= set(table["stratum"])
    a = table[table["stratum"] == "forest_arbor|420101"].set_index("pool")
    assert a.loc["agb", "n"] == 2 and a.loc["agb", "mean"] == pytest.approx(15.0)
    # No deadwood values in the plots: the default for the object, flagged.
    assert a.loc["deadwood", "source"] == "default"
    assert a.loc["deadwood", "mean"] == density.default_lookup(density.load_default_density())[
        ("forest_arbor", "deadwood")][0]


def test_default_filled_pools_are_not_observations():
    """plot_carbon fills unmeasured pools with the default (method_<pool> = default/none):
    those values must not count as plots, or a stratum without soil samples would get the
    default soil density with sd 0 and U 0 %."""
    lookup = density.default_lookup(density.load_default_density())
    soil_default, soil_u, _ = lookup[("forest_arbor", "soil")]
    plots = _plots([
        (1, "forest_arbor", "420101", 2020, 10.0, 2.0, 0.5, 1.0, soil_default),
        (2, "forest_arbor", "420101", 2020, 20.0, 4.0, 0.5, 1.0, soil_default),
        (3, "forest_arbor", "420101", 2020, 30.0, 6.0, 0.5, 1.0, soil_default),
        (4, "paddy", "420101", 2020, 4.0, 1.0, 0.0, 0.0, 40.0),
        (5, "paddy", "420101", 2020, 6.0, 1.0, 0.0, 0.0, 50.0),
    ])
    for pool in POOLS:
        plots["method_" + pool] = "measured"
    plots.loc[plots["object"] == "forest_arbor", "method_soil"] = "default"
    plots.loc[plots["object"] == "paddy", "method_litter"] = "none"  # no default known: 0 filled
    table = density.stratum_density(plots, "object", confidence_pct=90)
    forest = table[table["stratum"] == "forest_arbor"].set_index("pool")

    # Soil: no real measurement -> the default row, with the default table's own U.
    assert forest.loc["soil", "source"] == "default"
    assert forest.loc["soil", "n"] == 0
    assert forest.loc["soil", "mean"] == soil_default
    assert forest.loc["soil", "u_pct"] == soil_u
    # Measured pools keep their plot statistics: agb 10/20/30 -> mean 20, s 10, n 3.
    t = t_two_sided(90, 2)
    assert forest.loc["agb", "source"] == "plots" and forest.loc["agb", "n"] == 3
    hw_agb, hw_bgb = t * 10.0 / math.sqrt(3), t * 2.0 / math.sqrt(3)
    assert forest.loc["agb", "half_width"] == pytest.approx(hw_agb)
    # Total = Σ pool means; half-width by IPCC eq. 3.2 over the pools (deadwood and litter
    # are constant: sd 0), the default soil with its own half-width mean × U.
    total = forest.loc["total"]
    assert total["mean"] == pytest.approx(20.0 + 4.0 + 0.5 + 1.0 + soil_default)
    hw_soil = soil_default * soil_u / 100.0
    expected_hw = math.sqrt(hw_agb ** 2 + hw_bgb ** 2 + hw_soil ** 2)
    assert total["half_width"] == pytest.approx(expected_hw)
    assert total["u_pct"] == pytest.approx(expected_hw / total["mean"] * 100.0)
    assert total["source"] == "plots" and "eq. 3.2" in total["note"]

    # 'none' (no default known, 0 filled) is no observation either.
    paddy = table[table["stratum"] == "paddy"].set_index("pool")
    assert paddy.loc["litter", "source"] == "default"
    assert paddy.loc["litter", "mean"] == lookup[("paddy", "litter")][0]
    assert paddy.loc["soil", "n"] == 2 and paddy.loc["soil", "mean"] == pytest.approx(45.0)


def test_crossed_strata_also_give_pooled_object_rows():
    plots = _plots([
        (1, "forest_arbor", "420101", 2020, 10.0, 2.0, 0.5, 1.0, 50.0),
        (2, "forest_arbor", "420101", 2020, 20.0, 4.0, 0.5, 1.0, 60.0),
        (3, "forest_arbor", "420102", 2020, 30.0, 6.0, 0.5, 1.0, 70.0),
        (4, "forest_arbor", None, 2020, 40.0, 8.0, 0.5, 1.0, 80.0),  # no county: pooled rows only
    ])
    table = density.stratum_density(plots, "county")
    crossed = table[table["stratum"] == "forest_arbor|420101"].set_index("pool")
    assert crossed.loc["agb", "n"] == 2 and crossed.loc["agb", "mean"] == pytest.approx(15.0)
    pooled = table[table["stratum"] == "forest_arbor"].set_index("pool")
    # All four plots as one sample: agb 10, 20, 30, 40 -> mean 25.
    assert pooled.loc["agb", "n"] == 4 and pooled.loc["agb", "mean"] == pytest.approx(25.0)
    assert (pooled["note"].str.contains("pooled")).all()
    assert not table.duplicated(["stratum", "pool"]).any()
    # The table keys parcel_stock by object.
    wide = density.DensityTable.parse(table, "object", "density")
    assert wide.means.loc["forest_arbor", "agb"] == pytest.approx(25.0)
    # Object strata (no crossing): no pooled note, one stratum per object.
    plain = density.stratum_density(plots, "object")
    assert "forest_arbor|420101" not in set(plain["stratum"])
    assert not plain["note"].str.contains("pooled").any()


def _two_strata_plots():
    """forest_arbor: 6 plots, total mean 50, s 10; paddy: 4 plots, mean 100, s 20 (only agb non-zero)."""
    rows = []
    for i, v in enumerate(_values_with(6, 50.0, 10.0)):
        rows.append((i + 1, "forest_arbor", "420101", 2020, v, 0.0, 0.0, 0.0, 0.0))
    for i, v in enumerate(_values_with(4, 100.0, 20.0)):
        rows.append((i + 11, "paddy", "420101", 2020, v, 0.0, 0.0, 0.0, 0.0))
    return _plots(rows)


def test_stratified_plan_from_the_table_by_hand():
    table = density.stratum_density(_two_strata_plots(), "object", confidence_pct=90, target_precision_pct=10)
    plan = density.stratified_plan(table, 10.0, 90.0)
    # Weights = plot shares 6/10, 4/10; s 10/20; means 50/100 -> stratified mean 70, E = 7,
    # Σ w s = 14 -> n = (t/7)² 14² = 4 t²: z 1.645 -> 10.8 -> 11; t(9) 1.833 -> 13.4 -> 14;
    # t(12) 1.782 -> 12.7 -> 13; t(11) 1.796 -> 12.9 -> 13 (stable).
    # Neyman: 13 · 0.6·10/14 = 5.6 -> 6; 13 · 0.4·20/14 = 7.4 -> 8.
    assert plan["strata"] == ["forest_arbor", "paddy"]
    assert plan["weights"] == pytest.approx([0.6, 0.4])
    assert plan["n"] == 13
    assert plan["allocation"] == [6, 8]
    # Area weights instead: 50/50 -> Σ w s = 15, mean 75, E 7.5 -> n = 4 t² again; allocation 1:2.
    by_area = density.stratified_plan(table, 10.0, 90.0, weights={"forest_arbor": 1.0, "paddy": 1.0})
    assert by_area["n"] == 13 and by_area["allocation"] == [5, 9]  # 13/3 = 4.3 -> 5, 26/3 = 8.7 -> 9


def test_processing_logs_stratified_plan(provider, log_feedback):
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    frame = _two_strata_plots()
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
    processing.run("carbonmeter:stratum_density", {"INPUT": layer, "OUTPUT": "memory:"}, feedback=log_feedback)
    plan = [m for m in log_feedback.infos if "Neyman" in m]
    assert len(plan) == 1
    assert "13 plots in total" in plan[0] and "Arbor forest: 6" in plan[0] and "Paddy field: 8" in plan[0]


def test_bad_plots_raise_with_details():
    plots = _plots([(7, "forest_arbor", "x", 2020, 1.0, 1.0, 0.0, 0.0, 1.0)]).drop(columns=["soil"])
    with pytest.raises(density.DensityInputError) as info:
        density.stratum_density(plots)
    assert info.value.kind == "missing_fields" and info.value.details["fields"] == ["soil"]
    plots = _plots([(7, "built_up", "x", 2020, 1.0, 1.0, 0.0, 0.0, 1.0)])
    with pytest.raises(density.DensityInputError) as info:
        density.stratum_density(plots)
    assert info.value.details["rows"] == [(7, "built_up")]
    plots = _plots([(8, "paddy", "x", 2020, -1.0, 1.0, 0.0, 0.0, 1.0)])
    with pytest.raises(density.DensityInputError) as info:
        density.stratum_density(plots)
    assert info.value.kind == "plot_negative_density" and info.value.details["rows"][0][:2] == (8, "agb")


# ---------------------------------------------------------------------------
# Through Processing
# ---------------------------------------------------------------------------


def _plot_layer(rows, with_soil=True):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    pools = list(POOLS_WITH_TOTAL) if with_soil else [p for p in POOLS_WITH_TOTAL if p != "soil"]
    uri = "Point?crs=EPSG:4526&field=plot_id:string&field=survey_year:integer&field=object:string" \
          "&field=county:string" + "".join("&field={0}:double".format(p) for p in pools)
    layer = QgsVectorLayer(uri, "plots", "memory")
    feats = []
    for i, (year, obj, county, agb, soil) in enumerate(rows):
        values = {"agb": agb, "bgb": agb * 0.2, "deadwood": 0.0, "litter": 1.0, "soil": soil}
        values["total"] = sum(values.values())
        feat = QgsFeature(layer.fields())
        feat.setAttributes(["P{0}".format(i), year, obj, county] + [values[p] for p in pools])
        feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(38500000 + i * 10, 3400000)))
        feats.append(feat)
    layer.dataProvider().addFeatures(feats)
    return layer


def _table_frame(layer):
    from carbon_metering.processing_provider.qgis_io import source_to_frame

    return source_to_frame(layer)


def test_processing_year_filter_and_confidence(provider, tmp_path):
    import processing

    layer = _plot_layer([
        (2020, "forest_arbor", "420101", 10.0, 50.0),
        (2020, "forest_arbor", "420101", 20.0, 60.0),
        (2020, "forest_arbor", "420101", 30.0, 70.0),
        (2023, "forest_arbor", "420101", 100.0, 90.0),
        (2023, "forest_arbor", "420101", 120.0, 90.0),
    ])
    out = tmp_path / "density.gpkg"
    result = processing.run("carbonmeter:stratum_density", {
        "INPUT": layer, "YEAR": 2020, "CONFIDENCE": 1, "OUTPUT": str(out),
    })
    from qgis.core import QgsVectorLayer

    table = _table_frame(QgsVectorLayer(result["OUTPUT"], "d", "ogr"))
    agb = table[(table["stratum"] == "forest_arbor") & (table["pool"] == "agb")].iloc[0]
    # Only the three 2020 plots: mean 20, s 10; 95 %: t(2) = 4.3027.
    assert agb["n"] == 3 and agb["mean"] == pytest.approx(20.0)
    assert agb["half_width"] == pytest.approx(4.3027 * 10 / math.sqrt(3), rel=1e-4)
    assert agb["n_required"] > 3
    assert set(table.loc[table["stratum"] == "paddy", "source"]) == {"default"}
    assert layer.featureCount() == 5  # input untouched

    # Chained straight into the next run: a GeoPackage table with a fid field reads back.
    again = processing.run("carbonmeter:stratum_density", {
        "INPUT": layer, "DEFAULTS": result["OUTPUT"], "POOL_YEARS": True, "OUTPUT": "memory:",
    })
    assert again["OUTPUT"].featureCount() == len(table)


def test_processing_missing_pool_field_names_layer(provider):
    import processing
    from qgis.core import QgsProcessingException

    layer = _plot_layer([(2020, "paddy", "420101", 5.0, 40.0)], with_soil=False)
    with pytest.raises(QgsProcessingException) as info:
        processing.run("carbonmeter:stratum_density", {"INPUT": layer, "OUTPUT": "memory:"})
    message = str(info.value)
    assert "soil" in message and "plot_carbon" in message and "plots" in message


def test_processing_change_output_pairs_permanent_plots(provider, tmp_path, log_feedback):
    """BASE_YEAR/TARGET_YEAR + CHANGE_OUTPUT: three remeasured plots, agb differences 6, 3, 9 t C/ha over 3 a."""
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    uri = "Point?crs=EPSG:4526&field=plot_id:string&field=permanent_id:string&field=object:string" \
          "&field=survey_year:integer" + "".join("&field={0}:double".format(p) for p in POOLS_WITH_TOTAL)
    layer = QgsVectorLayer(uri, "plots", "memory")
    feats = []
    for i, (year, pid, agb) in enumerate([(2020, "P1", 40.0), (2020, "P2", 50.0), (2020, "P3", 60.0),
                                          (2023, "P1", 46.0), (2023, "P2", 53.0), (2023, "P3", 69.0)]):
        feat = QgsFeature(layer.fields())
        feat.setAttributes(["m{0}".format(i), pid, "forest_arbor", year, agb, agb / 4, 1.0, 2.0, 50.0,
                            agb * 1.25 + 53.0])
        feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(38500000 + i * 10, 3400000)))
        feats.append(feat)
    layer.dataProvider().addFeatures(feats)
    out = tmp_path / "change.gpkg"
    result = processing.run("carbonmeter:stratum_density", {
        "INPUT": layer, "YEAR": 2020, "OUTPUT": "memory:", "BASE_YEAR": 2020, "TARGET_YEAR": 2023,
        "CHANGE_OUTPUT": str(out)},
        feedback=log_feedback)
    table = _table_frame(QgsVectorLayer(result["CHANGE_OUTPUT"], "c", "ogr"))
    agb = table[table["pool"] == "agb"].iloc[0]
    assert agb["estimator"] == "paired" and int(agb["n_pairs"]) == 3
    assert float(agb["change"]) == pytest.approx(2.0)
    total = table[table["pool"] == "total"].iloc[0]
    assert float(total["change"]) == pytest.approx(2.0 * 1.25)  # the totals' differences, 7.5, 3.75, 11.25 / 3
    assert any("Change density Arbor forest" in line for line in log_feedback.infos)  # the object by name


def test_processing_refuses_to_pool_survey_years_silently(provider):
    """Issue 15: without a year, plots of 2020 and 2023 were pooled into one density silently."""
    import processing
    from qgis.core import QgsProcessingException

    layer = _plot_layer([
        (2020, "forest_arbor", "420101", 10.0, 50.0),
        (2020, "forest_arbor", "420101", 20.0, 60.0),
        (2023, "forest_arbor", "420101", 100.0, 90.0),
    ])
    with pytest.raises(QgsProcessingException) as info:
        processing.run("carbonmeter:stratum_density", {"INPUT": layer, "OUTPUT": "memory:"})
    message = str(info.value)
    assert "2020, 2023" in message and "Traceback" not in message
    # A year no plot has is a mismatch, not a silent fall-back to the defaults.
    with pytest.raises(QgsProcessingException) as info:
        processing.run("carbonmeter:stratum_density", {"INPUT": layer, "YEAR": 2019, "OUTPUT": "memory:"})
    assert "2019" in str(info.value) and "2020, 2023" in str(info.value)
    # Pooling on purpose still works: the mean of all three plots.
    pooled = processing.run("carbonmeter:stratum_density", {"INPUT": layer, "POOL_YEARS": True,
                                                            "OUTPUT": "memory:"})["OUTPUT"]
    agb = [f for f in pooled.getFeatures() if f["stratum"] == "forest_arbor" and f["pool"] == "agb"][0]
    assert agb["n"] == 3 and agb["mean"] == pytest.approx(130.0 / 3)


def test_plots_of_year_core():
    import pandas as pd

    from carbon_metering.metering import density
    from carbon_metering.metering.errors import MeteringError

    plots = pd.DataFrame({"survey_year": [2020, 2020.0, " 2023 ", None], "object": ["paddy"] * 4})
    assert len(density.plots_of_year(plots, 2020)) == 2
    assert len(density.plots_of_year(plots, 2023)) == 1
    assert len(density.plots_of_year(plots, None, pool_years=True)) == 4
    with pytest.raises(MeteringError) as info:
        density.plots_of_year(plots, None, layer="plots")
    assert info.value.kind == "plots_years_pooled"
    one_year = plots.iloc[:2]
    assert len(density.plots_of_year(one_year, None)) == 2


def test_default_table_beyond_the_plausible_range_is_refused():
    """Issue 16: the parameter tables obey the one table of plausible ranges (default_density.mean
    at most 2000 t C/ha, metering/data/plausible_ranges.csv), not only the forms."""
    import pandas as pd

    from carbon_metering.metering import density
    from carbon_metering.metering.errors import MeteringError

    frame = pd.DataFrame({"object": ["forest_arbor"], "agb": [5000.0], "bgb": [10.0], "deadwood": [1.0],
                          "litter": [1.0], "soil": [40.0]})
    with pytest.raises(MeteringError) as info:
        density.normalize_defaults(frame, "my_defaults.csv")
    assert info.value.kind == "implausible_value"
    assert info.value.details["table"] == "my_defaults.csv" and info.value.details["value"] == 5000.0
    frame["agb"] = [-12.0]
    with pytest.raises(MeteringError) as info:
        density.normalize_defaults(frame, "my_defaults.csv")
    assert info.value.kind == "defaults_negative"


def test_density_table_beyond_the_plausible_range_is_refused():
    import pandas as pd

    from carbon_metering.metering import density
    from carbon_metering.metering.errors import MeteringError

    frame = pd.DataFrame({"stratum": ["forest_arbor", "forest_arbor"], "pool": ["agb", "soil"],
                          "mean": [40.0, 9000.0]})
    with pytest.raises(MeteringError) as info:
        density.DensityTable.parse(frame, "object", "density_base")
    assert info.value.kind == "implausible_value" and info.value.details["row"] == "forest_arbor soil"


def test_processing_refuses_a_negative_default_density(provider):
    """Issue 16: stratum_density accepted a negative mean in its DEFAULTS table and passed −12 t C/ha
    on to the strata without plots. The table, its row and the value are named."""
    import processing
    from qgis.core import QgsFeature, QgsProcessingException, QgsVectorLayer

    plots = _plot_layer([(2020, "forest_arbor", "420101", 10.0, 50.0), (2020, "forest_arbor", "420101", 20.0, 60.0)])
    defaults = QgsVectorLayer("None?field=object:string&field=pool:string&field=mean:double&field=u_pct:double",
                              "my_defaults", "memory")
    rows = [("paddy", "agb", 5.0, 30.0), ("paddy", "soil", -12.0, 30.0)]
    features = []
    for values in rows:
        feature = QgsFeature(defaults.fields())
        feature.setAttributes(list(values))
        features.append(feature)
    defaults.dataProvider().addFeatures(features)
    with pytest.raises(QgsProcessingException) as info:
        processing.run("carbonmeter:stratum_density", {"INPUT": plots, "YEAR": 2020, "DEFAULTS": defaults,
                                                         "OUTPUT": "memory:"})
    message = str(info.value)
    assert "my_defaults" in message and "mean" in message and "-12" in message, message
    assert "paddy" in message and "Traceback" not in message
