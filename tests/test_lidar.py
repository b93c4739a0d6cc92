"""LiDAR core (metering.lidar): metrics by hand, normalisation, block-wise grid, models, GREG, LAZ I/O."""

import math

import numpy as np
import pytest

from carbon_metering.metering.errors import MeteringError
from carbon_metering.metering.lidar import compute, estimate, footprints, ground, metrics, model, pointcloud
from carbon_metering.metering.lidar.options import HeightSource, MetricOptions
from tests.conftest import SAMPLE

Z = [0, 0.5, 1, 2.5, 3, 6, 8, 12, 15, 18]


def test_percentile_example_of_methods_section_9():
    # methods.md §9: p95 of these heights is 16.65 by R type 7, 18.0 by the nearest-rank type 1.
    assert metrics.quantile(Z, 0.95, 7) == pytest.approx(16.65)
    assert metrics.quantile(Z, 0.95, 1) == pytest.approx(18.0)
    # R type 3 by its definition: n·p − 0.5 = 9 is an integer with j = 9 odd → x(10) = 18
    assert metrics.quantile(Z, 0.95, 3) == pytest.approx(18.0)
    assert metrics.cloud_metrics(Z)["p95"] == pytest.approx(16.65)


@pytest.mark.parametrize("rtype,method", [(1, "inverted_cdf"), (2, "averaged_inverted_cdf"),
                                          (4, "interpolated_inverted_cdf"), (5, "hazen"), (6, "weibull"),
                                          (7, "linear"), (8, "median_unbiased"), (9, "normal_unbiased")])
def test_percentile_types_match_numpy_hyndman_fan(rtype, method):
    rng = np.random.default_rng(1)
    z = rng.gamma(2.0, 4.0, 37)
    for p in (0.1, 0.25, 0.5, 0.9, 0.99):
        assert metrics.quantile(z, p, rtype) == pytest.approx(float(np.quantile(z, p, method=method)))


def test_gap_fraction_example_four_layers():
    # returns 10/5/5/10 from the top down: share of the returns reaching a layer that stop in it
    interception, gap = metrics.layer_profile([10, 5, 5, 10])
    assert interception == pytest.approx([1 / 3, 0.25, 1 / 3, 1.0])
    assert gap == pytest.approx([2 / 3, 0.75, 2 / 3, 0.0])
    # from heights: layers of 1 m from 2 m
    z = [5.5] * 10 + [4.5] * 5 + [3.5] * 5 + [2.5] * 10
    bottoms, i2, _ = metrics.gap_fraction_profile(z, dz=1.0, z0=2.0)
    assert list(bottoms) == [5.0, 4.0, 3.0, 2.0]
    assert i2 == pytest.approx([1 / 3, 0.25, 1 / 3, 1.0])


def test_cover_counts_first_returns_above_threshold_and_ground_counts():
    z = np.array([0.0, 0.0, 1.5, 2.0, 2.5, 10.0, 12.0, 0.0])
    first = np.array([True, True, True, True, True, True, False, False])
    m = metrics.cloud_metrics(z, first, area=4.0)
    assert m["n"] == 8 and m["density"] == 2.0 and m["n_first"] == 6
    assert m["cover"] == pytest.approx(2 / 6 * 100)  # 2.5 and 10 (> 2 m strictly), of six first returns
    assert m["mean"] == pytest.approx(z.mean())  # ground returns count
    m13 = metrics.cloud_metrics(z, first, area=4.0, cover_threshold=1.3)
    assert m13["cover"] == pytest.approx(4 / 6 * 100)
    hi = metrics.cloud_metrics(z, first, area=4.0, min_height=2.0)
    assert hi["mean"] == pytest.approx(np.mean([2.0, 2.5, 10.0, 12.0])) and hi["n"] == 8
    # zpcum: % of returns at or below i/10 of the max (12 m)
    assert m["zpcum1"] == pytest.approx(3 / 8 * 100)  # z ≤ 1.2
    assert m["zpcum2"] == pytest.approx(5 / 8 * 100)  # z ≤ 2.4: 0, 0, 0, 1.5, 2.0


def test_group_metrics_equal_single_group_results():
    rng = np.random.default_rng(3)
    g = rng.integers(0, 5, 500)
    z = rng.uniform(0, 30, 500)
    first = rng.random(500) < 0.6
    out = metrics.group_metrics(g, z, first, 6, 100.0)
    for k in range(5):
        one = metrics.cloud_metrics(z[g == k], first[g == k], area=100.0)
        for name in metrics.METRIC_NAMES:
            assert out[name][k] == pytest.approx(one[name], nan_ok=True), name
    assert out["n"][5] == 0 and math.isnan(out["p95"][5])


def test_every_metric_has_lidr_and_fusion_names():
    assert len(set(metrics.METRIC_NAMES)) == len(metrics.METRICS)
    for m in metrics.METRICS:
        assert m.unit and m.definition and m.lidr and m.fusion
    assert "zq95" in metrics.metric_help() and "Elev P95" in metrics.metric_help()
    with pytest.raises(MeteringError) as err:
        metrics.quantile(Z, 0.5, 10)
    assert err.value.kind == "bad_percentile_type"


def test_ground_grid_recovers_a_plane_and_fills_gaps():
    rng = np.random.default_rng(0)
    x, y = rng.uniform(0, 20, 2000), rng.uniform(0, 20, 2000)
    keep = ~((x > 5) & (x < 12) & (y > 5) & (y < 12))  # a canopy gap without ground returns
    zg = 100 + 0.2 * x - 0.1 * y
    grid = ground.GroundGrid.from_ground(x[keep], y[keep], zg[keep], (0, 0, 20, 20), 1.0)
    assert not np.isnan(grid.elevation).any()
    px, py = np.array([3.3, 15.2, 8.5]), np.array([4.1, 17.7, 8.5])
    assert grid.at(px, py) == pytest.approx(100 + 0.2 * px - 0.1 * py, abs=0.15)
    with pytest.raises(MeteringError) as err:
        ground.GroundGrid.from_ground([], [], [], (0, 0, 1, 1), 1.0, unit="plot 7")
    assert err.value.kind == "no_ground_points" and err.value.details["unit"] == "plot 7"


def test_footprints_from_plot_shape_and_area():
    fp, notes = footprints.point_footprint(1, 100.0, 200.0, "circle", 600.0)
    assert fp.size == pytest.approx(math.sqrt(600 / math.pi)) and not notes
    sq, _ = footprints.point_footprint(2, 0.0, 0.0, "square", 400.0)
    assert list(sq.contains(np.array([9.9, 10.1]), np.array([0.0, 0.0]))) == [True, False]
    _, notes = footprints.point_footprint(3, 0.0, 0.0, "rectangle", 400.0)
    assert notes[0].kind == "rectangle_as_square"
    with pytest.raises(MeteringError) as err:
        footprints.point_footprint(4, 0, 0, "hexagon", 400.0, layer="plots")
    assert err.value.kind == "bad_plot_shape" and err.value.details["fid"] == 4
    with pytest.raises(MeteringError) as err:
        footprints.point_footprint(5, 0, 0, "square", None, layer="plots")
    assert err.value.kind == "bad_plot_area" and err.value.details["fid"] == 5
    poly = footprints.polygon_footprint(6, [[(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)],
                                            [(4, 4), (6, 4), (6, 6), (4, 6), (4, 4)]])
    assert poly.area == pytest.approx(96.0)
    assert list(poly.contains(np.array([1.0, 5.0, 11.0]), np.array([1.0, 5.0, 1.0]))) == [True, False, False]


def _synthetic_cloud(n=60000, seed=5):
    rng = np.random.default_rng(seed)
    x, y = rng.uniform(0, 300, n), rng.uniform(0, 200, n)
    zg = 50 + 0.05 * x + 0.02 * y
    is_ground = rng.random(n) < 0.4
    h = np.where(is_ground, 0.0, rng.uniform(0, 10 + x / 30, n))
    first = rng.random(n) < 0.7
    return {"x": x, "y": y, "z": zg + h, "first": first, "ground": is_ground, "h": h}


def _chunks_of(cloud, size):
    def chunks():
        for s in range(0, cloud["x"].size, size):
            yield {k: v[s:s + size] for k, v in cloud.items() if k != "h"}
    return chunks


def test_grid_metrics_blockwise_equal_direct_binning():
    cloud = _synthetic_cloud()
    grid = compute.GridSpec.covering((0, 0, 300, 200), 20)
    assert (grid.ncols, grid.nrows) == (15, 10)
    got = {}
    opts = MetricOptions(height_source=HeightSource.NORMALISED)
    normalised = dict(cloud, z=cloud["h"])
    result = compute.grid_metrics(_chunks_of(normalised, 7000), grid, lambda r0, v: got.__setitem__(r0, v), opts,
                                  total_points=cloud["x"].size, band_points=9000)
    assert result.bands > 1  # bands of rows, not one array of the whole grid
    p95 = np.vstack([got[r]["p95"] for r in sorted(got)])
    row, col = grid.rows_cols(cloud["x"], cloud["y"])
    for r, c in ((0, 0), (4, 7), (9, 14)):
        sel = (row == r) & (col == c)
        assert p95[r, c] == pytest.approx(metrics.quantile(cloud["h"][sel], 0.95))
    # heights from the classified ground: close to the true heights
    got2 = {}
    compute.grid_metrics(_chunks_of(cloud, 7000), grid, lambda r0, v: got2.__setitem__(r0, v),
                         MetricOptions(dtm_resolution=2.0), total_points=cloud["x"].size, band_points=9000)
    mean2 = np.vstack([got2[r]["mean"] for r in sorted(got2)])
    mean1 = np.vstack([got[r]["mean"] for r in sorted(got)])
    assert np.nanmax(np.abs(mean2 - mean1)) < 0.1


def test_plot_metrics_and_plots_outside_cloud():
    cloud = _synthetic_cloud()
    fps = [footprints.point_footprint(k, x, y, "circle", 400.0)[0] for k, x, y in ((1, 50, 50), (2, 250, 150),
                                                                                     (3, 900, 900))]
    frame, notes = compute.plot_metrics(_chunks_of(cloud, 10000), fps, MetricOptions(), total_points=60000)
    inside = (cloud["x"] - 250) ** 2 + (cloud["y"] - 150) ** 2 <= 400 / math.pi
    assert frame.loc[1, "n"] == inside.sum()
    assert frame.loc[1, "max"] == pytest.approx(cloud["h"][inside].max(), abs=0.1)
    assert frame.loc[2, "n"] == 0 and math.isnan(frame.loc[2, "p95"])
    assert notes[0].kind == "plots_without_returns" and notes[0].details["fids"] == [3]


def test_laz_round_trip(tmp_path):
    rng = np.random.default_rng(2)
    n = 5000
    x, y, z = 500000 + rng.uniform(0, 100, n), 3380000 + rng.uniform(0, 100, n), 40 + rng.uniform(0, 25, n)
    cls = np.where(rng.random(n) < 0.3, 2, 5)
    cls[:10] = 7
    rn = np.ones(n, int)
    path = str(tmp_path / "c.laz")
    pointcloud.write_cloud(path, x, y, z, rn, rn, cls)
    info = pointcloud.cloud_info(path)
    assert info.point_count == n and info.version == "1.4"
    chunks = list(pointcloud.iter_chunks(path, 1000))
    assert len(chunks) == 5
    back = {k: np.concatenate([c[k] for c in chunks]) for k in ("x", "y", "z", "ground")}
    assert back["x"].size == n - 10  # noise dropped
    assert back["x"] == pytest.approx(x[10:], abs=0.005) and back["z"] == pytest.approx(z[10:], abs=0.005)
    assert back["ground"].sum() == (cls[10:] == 2).sum()


def test_bad_point_cloud_inputs_are_named(tmp_path):
    with pytest.raises(MeteringError) as err:
        pointcloud.cloud_info(str(tmp_path / "none.laz"))
    assert err.value.kind == "cloud_not_found"
    bad = tmp_path / "bad.las"
    bad.write_bytes(b"not a las file at all" * 20)
    with pytest.raises(MeteringError) as err:
        pointcloud.cloud_info(str(bad))
    assert err.value.kind == "cloud_unreadable" and err.value.details["path"] == str(bad)


def test_sample_cloud_is_small_and_has_heights_of_its_plots():
    path = SAMPLE / "lidar" / "forest_2023.laz"
    assert path.stat().st_size < 5e6
    info = pointcloud.cloud_info(str(path))
    assert info.point_count > 100000 and info.bounds[0] > 489000 and info.bounds[3] < 3391000


# --- models --------------------------------------------------------------------------------------


def _plots(n=30, seed=4):
    rng = np.random.default_rng(seed)
    x = rng.uniform(5, 25, n)
    y = 2.0 * x ** 1.3 * np.exp(rng.normal(0, 0.1, n))
    xy = np.column_stack([rng.uniform(0, 5000, n), rng.uniform(0, 5000, n)])
    return x, y, xy


def test_linear_and_multiple_fits_equal_numpy_least_squares():
    x, y, xy = _plots()
    m = model.fit(x[:, None], y, xy, "linear", ["p95"], obj="forest_arbor")
    design = np.column_stack([np.ones_like(x), x])
    beta, res, _, _ = np.linalg.lstsq(design, y, rcond=None)
    assert m.coefficients == pytest.approx(beta)
    sigma2 = res[0] / (len(y) - 2)
    assert m.se == pytest.approx(np.sqrt(np.diag(sigma2 * np.linalg.inv(design.T @ design))))
    assert m.r2 == pytest.approx(1 - res[0] / np.sum((y - y.mean()) ** 2))
    assert m.rmse == pytest.approx(math.sqrt(res[0] / len(y)))
    x2 = np.column_stack([x, np.sqrt(x) + np.random.default_rng(9).normal(0, 0.3, len(x))])
    mm = model.fit(x2, y, xy, "multiple", ["p95", "cover"])
    beta2 = np.linalg.lstsq(np.column_stack([np.ones_like(x), x2]), y, rcond=None)[0]
    assert mm.coefficients == pytest.approx(beta2)


def test_power_fit_uses_baskerville_correction_and_loo_by_hand():
    x, y, xy = _plots()
    m = model.fit(x[:, None], y, xy, "power", ["p95"])
    design = np.column_stack([np.ones_like(x), np.log(x)])
    beta, res, _, _ = np.linalg.lstsq(design, np.log(y), rcond=None)
    sigma2 = res[0] / (len(y) - 2)
    assert m.coefficients == pytest.approx(beta)
    assert m.correction == pytest.approx(math.exp(sigma2 / 2))  # Baskerville 1972
    yhat, _, _ = m.predict([[10.0]])
    assert yhat[0] == pytest.approx(math.exp(beta[0]) * 10 ** beta[1] * math.exp(sigma2 / 2))
    # LOO prediction of plot 0, by hand
    b0 = np.linalg.lstsq(design[1:], np.log(y[1:]), rcond=None)[0]
    r = np.log(y[1:]) - design[1:] @ b0
    s2 = r @ r / (len(y) - 1 - 2)
    assert m.plots["loo"][0] == pytest.approx(math.exp(design[0] @ b0 + s2 / 2))


def test_blocked_folds_are_deterministic():
    xy = np.array([[100, 100], [900, 100], [1500, 100], [100, 1500], [1999, 1999], [2500, 2500]])
    fold, nblocks = model.block_folds(xy, 1000, 3)
    # blocks sorted by (column, row): (0,0) (0,1) (1,0) (1,1) (2,2) → folds 0 1 2 0 1
    assert nblocks == 5
    assert list(fold) == [0, 0, 2, 1, 0, 1]
    again, _ = model.block_folds(xy[::-1], 1000, 3)
    assert list(again[::-1]) == list(fold)


def test_too_few_plots_refused_with_reason():
    x, y, xy = _plots(n=4)
    with pytest.raises(MeteringError) as err:
        model.fit(np.column_stack([x, x ** 2, np.sqrt(x)]), y, xy, "multiple", ["p95", "max", "mean"], obj="orchard")
    d = err.value.details
    assert err.value.kind == "too_few_plots" and d["n"] == 4 and d["needed"] == 6 and d["object"] == "orchard"
    with pytest.raises(MeteringError) as err:
        model.fit(np.column_stack([x, x]), y, xy, "linear", ["p95", "max"])
    assert err.value.kind == "form_needs_one_metric"


def test_model_file_round_trip_and_range_flags(tmp_path):
    x, y, xy = _plots()
    m = model.fit(x[:, None], y, xy, "power", ["p95"], obj="forest_arbor", pool="total")
    path = str(tmp_path / "m.json")
    model.save_models(path, [m], {"percentile_type": 7})
    (back,), doc = model.load_models(path)
    assert back.coefficients == m.coefficients and doc["metric_options"]["percentile_type"] == 7
    assert list(back.out_of_range([[x.min()], [x.max() + 1]])) == [False, True]
    (tmp_path / "bad.json").write_text('{"format": "x"}')
    with pytest.raises(MeteringError) as err:
        model.load_models(str(tmp_path / "bad.json"))
    assert err.value.kind == "bad_model_file"


def test_greg_estimate_against_hand_computation():
    # population of 6 cells with predictions, 3 plots
    y = np.array([10.0, 14.0, 9.0])
    yhat_s = np.array([11.0, 12.0, 10.0])
    pop = np.array([10.0, 11.0, 12.0, 13.0, 9.0, 11.0])
    est = estimate.greg_estimate(y, yhat_s, pop, confidence=90.0)
    # mean_U(ŷ) = 66/6 = 11; residuals −1, 2, −1 → mean 0; ȳ_GREG = 11
    assert est["greg_mean"] == pytest.approx(11.0)
    # s_e² = ((−1)² + 2² + (−1)²) / 2 = 3 → SE = √(3/3) = 1
    assert est["greg_se"] == pytest.approx(1.0)
    # plots only: ȳ = 11, s_y² = (1 + 9 + 4)/2 = 7 → SE = √(7/3)
    assert est["plots_mean"] == pytest.approx(11.0) and est["plots_se"] == pytest.approx(math.sqrt(7 / 3))
    assert est["efficiency"] == pytest.approx(7 / 3)
    # t(0.95, df 2) = 2.919986
    assert est["greg_half_width"] == pytest.approx(2.919986, rel=1e-5)


def test_parcel_means_and_density_table_layout():
    x, y, xy = _plots()
    m = model.fit(x[:, None], y, xy, "linear", ["p95"], obj="forest_arbor", pool="total")
    cells = np.array([[10.0], [12.0], [20.0], [30.0]])
    idx = np.array([0, 0, 1, -1])
    table = estimate.parcel_means(m, cells, idx, 2)
    yhat, _, flag = estimate.predict_cells(m, cells)
    assert table.loc[0, "density"] == pytest.approx(yhat[:2].mean()) and table.loc[0, "n_cells"] == 2
    assert list(flag) == [False, False, False, True]
    xbar = np.array([1.0, 11.0])
    se0 = math.sqrt(xbar @ np.array(m.cov) @ xbar + m.sigma2 / 2)
    assert table.loc[0, "se"] == pytest.approx(se0)
    est, _ = estimate.stratum_estimates([m], {"forest_arbor": yhat})
    dt = estimate.density_table(est)
    for col in ("stratum", "pool", "n", "mean", "sd", "se", "half_width", "u_pct", "source"):
        assert col in dt.columns
    assert dt.loc[0, "source"] == "lidar_greg" and dt.loc[0, "stratum"] == "forest_arbor" and dt.loc[0, "n"] == 30


def test_density_table_of_one_pool_model_completes_the_other_pools():
    x, y, xy = _plots()
    pools = {"agb": y, "bgb": y * 0.2, "deadwood": np.full(len(y), 1.0), "litter": np.full(len(y), 2.0),
             "soil": np.linspace(40, 60, len(y))}
    pools["total"] = sum(pools.values())
    m = model.fit(x[:, None], y, xy, "power", ["p95"], obj="forest_arbor", pool="agb", pools=pools)
    est, _ = estimate.stratum_estimates([m], {"forest_arbor": np.array(m.plots["yhat"])})
    dt = estimate.density_table(est, [m], 90.0).set_index("pool")
    assert dt.loc["agb", "source"] == "lidar_greg" and dt.loc["soil", "source"] == "plots"
    assert dt.loc["soil", "mean"] == pytest.approx(pools["soil"].mean())
    total = sum(dt.loc[p, "mean"] for p in ("agb", "bgb", "deadwood", "litter", "soil"))
    assert dt.loc["total", "mean"] == pytest.approx(total)
    halves = [dt.loc[p, "half_width"] for p in ("agb", "bgb", "deadwood", "litter", "soil")]
    assert dt.loc["total", "half_width"] == pytest.approx(math.sqrt(np.nansum(np.square(halves))))
