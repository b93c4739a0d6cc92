"""The remote-sensing algorithms through processing.run on the sample stack (DB4403/T 348)."""

import csv
import shutil

import numpy as np
import pytest
from osgeo import gdal

from tests.conftest import SAMPLE

RS = SAMPLE / "rs"


def _run(alg, params, feedback=None):
    import processing

    return processing.run("carbonmeter:" + alg, params, feedback=feedback)


@pytest.fixture(scope="module")
def npp(provider, tmp_path_factory):
    out = tmp_path_factory.mktemp("rs")
    result = _run("casa_npp", {
        "NDVI": str(RS / "ndvi.tif"), "TEMPERATURE": str(RS / "temperature.tif"),
        "PRECIPITATION": str(RS / "precipitation.tif"), "RADIATION": str(RS / "radiation.tif"),
        "VEGETATION": str(RS / "vegetation.tif"), "OUTPUT": str(out / "npp.tif"),
        "OUTPUT_ANNUAL": str(out / "npp_annual.tif"), "FACTORS": str(out / "factors.tif")})
    return out, result


def test_casa_npp_writes_monthly_and_annual_npp_with_units(npp):
    out, result = npp
    monthly = gdal.Open(result["OUTPUT"])
    annual = gdal.Open(result["OUTPUT_ANNUAL"])
    assert monthly.RasterCount == 12 and annual.RasterCount == 1
    months = monthly.ReadAsArray().astype(float)
    total = annual.ReadAsArray().astype(float)
    nodata = annual.GetRasterBand(1).GetNoDataValue()
    valid = total != nodata
    assert valid.sum() > 1000
    # the annual sum is the sum of the twelve months, pixel by pixel
    assert np.allclose(months[:, valid].sum(axis=0), total[valid], rtol=1e-5)
    assert (total[valid] >= 0).all()
    # units and the εmax source travel with the file
    text = " ".join(f"{k}={v}" for k, v in annual.GetMetadata().items()).lower()
    assert "g c" in text and "emax" in text
    assert monthly.GetRasterBand(1).GetDescription()


def test_nep_is_npp_minus_rh(npp):
    out, result = npp
    nep = _run("nep", {"NPP": result["OUTPUT"], "TEMPERATURE": str(RS / "temperature.tif"),
                       "PRECIPITATION": str(RS / "precipitation.tif"), "OUTPUT": str(out / "nep.tif"),
                       "OUTPUT_ANNUAL": str(out / "nep_annual.tif")})
    nep_ds = gdal.Open(nep["OUTPUT"])  # datasets kept referenced: a band outlives no dataset in GDAL's Python
    monthly = nep_ds.ReadAsArray().astype(float)
    npp_m = gdal.Open(result["OUTPUT"]).ReadAsArray().astype(float)
    nodata = nep_ds.GetRasterBand(1).GetNoDataValue()
    valid = (monthly != nodata).all(axis=0)
    rh = npp_m[:, valid] - monthly[:, valid]
    assert (rh > 0).all()  # soil heterotrophic respiration is positive in every month (Pei et al. 2010 model)
    annual = gdal.Open(nep["OUTPUT_ANNUAL"])
    assert annual.RasterCount >= 1


def test_verification_statistics_and_scatter(npp, tmp_path):
    out, result = npp
    res = _run("rs_verification", {"RASTER": result["OUTPUT_ANNUAL"], "PLOTS": str(RS / "plots.gpkg"),
                                   "GROUND_FIELD": "npp_ground", "OUTPUT": str(tmp_path / "v.gpkg"),
                                   "STATISTICS": str(tmp_path / "v.csv"), "SCATTER": str(tmp_path / "v.png")})
    with open(res["STATISTICS"], encoding="utf-8") as fh:
        stats = {r["statistic"]: r for r in csv.DictReader(fh)}
    assert int(float(stats["n"]["value"])) == 24
    rmse, mean_ground = float(stats["rmse"]["value"]), float(stats["mean_ground"]["value"])
    assert float(stats["rrmse_pct"]["value"]) == pytest.approx(100 * rmse / mean_ground)
    assert float(stats["outliers"]["value"]) >= 2  # the generator planted two
    assert res["PASSED"] == (res["RRMSE_PCT"] <= 20.0)
    assert (tmp_path / "v.png").stat().st_size > 5000


def test_district_sink_totals_equal_the_nep_raster(npp, tmp_path):
    out, result = npp
    nep = _run("nep", {"NPP": result["OUTPUT"], "TEMPERATURE": str(RS / "temperature.tif"),
                       "PRECIPITATION": str(RS / "precipitation.tif"), "OUTPUT": str(tmp_path / "nep.tif"),
                       "OUTPUT_ANNUAL": str(tmp_path / "nep_a.tif")})
    res = _run("district_sink", {"NEP": nep["OUTPUT_ANNUAL"], "DISTRICTS": str(RS / "districts.gpkg"),
                                 "DISTRICT_FIELD": "district", "OUTPUT": str(tmp_path / "d.gpkg"),
                                 "TABLE": str(tmp_path / "d.csv")})
    with open(res["TABLE"], encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 6
    ds = gdal.Open(nep["OUTPUT_ANNUAL"])
    band = ds.GetRasterBand(1)
    grid = band.ReadAsArray().astype(float)
    valid = grid != band.GetNoDataValue()
    gt = ds.GetGeoTransform()
    pixel_m2 = abs(gt[1] * gt[5])
    raster_total_tc = grid[valid].sum() * pixel_m2 / 1e6  # g C/m²/a × m² → t C/a
    assert sum(float(r["sink_tc"]) for r in rows) == pytest.approx(raster_total_tc, rel=1e-6)
    for r in rows:
        assert float(r["sink_tco2e"]) == pytest.approx(float(r["sink_tc"]) * 44 / 12)
        assert r["report_section"] == "district_sink"
    assert sorted(int(float(r["rank"])) for r in rows) == list(range(1, 7))
    assert sum(float(r["share_pct"]) for r in rows) == pytest.approx(100.0)


def test_band_count_other_than_twelve_is_refused(provider, tmp_path):
    from qgis.core import QgsProcessingException

    src = gdal.Open(str(RS / "temperature.tif"))
    eleven = str(tmp_path / "t11.tif")
    gdal.Translate(eleven, src, bandList=list(range(1, 12)))
    with pytest.raises(QgsProcessingException) as info:
        _run("casa_npp", {"NDVI": str(RS / "ndvi.tif"), "TEMPERATURE": eleven,
                          "PRECIPITATION": str(RS / "precipitation.tif"), "RADIATION": str(RS / "radiation.tif"),
                          "VEGETATION": str(RS / "vegetation.tif"), "OUTPUT": str(tmp_path / "n.tif"),
                          "OUTPUT_ANNUAL": str(tmp_path / "na.tif")})
    assert "11" in str(info.value) and "12" in str(info.value)
    assert not (tmp_path / "n.tif").exists() and not (tmp_path / "na.tif").exists()


def test_plain_ndvi_with_a_wrong_scale_is_refused(provider, tmp_path):
    from qgis.core import QgsProcessingException

    shutil.copy(RS / "ndvi.tif", tmp_path / "ndvi.tif")
    with pytest.raises(QgsProcessingException) as info:
        _run("casa_npp", {"NDVI": str(tmp_path / "ndvi.tif"), "TEMPERATURE": str(RS / "temperature.tif"),
                          "PRECIPITATION": str(RS / "precipitation.tif"), "RADIATION": str(RS / "radiation.tif"),
                          "VEGETATION": str(RS / "vegetation.tif"), "NDVI_SCALE": 1,
                          "OUTPUT": str(tmp_path / "n.tif"), "OUTPUT_ANNUAL": str(tmp_path / "na.tif")})
    assert "NDVI_SCALE" in str(info.value)


def _on_ndvi_grid(tmp_path):
    """Inputs all on the NDVI grid (no resampling): constant-by-month climate, the sample NDVI and classes."""
    ndvi_ds = gdal.Open(str(RS / "ndvi.tif"))
    veg_ds = gdal.Open(str(RS / "vegetation.tif"))
    assert (veg_ds.RasterXSize, veg_ds.RasterYSize) == (ndvi_ds.RasterXSize, ndvi_ds.RasterYSize)
    rows, cols = ndvi_ds.RasterYSize, ndvi_ds.RasterXSize
    months = np.arange(12)
    climate = {
        "temperature": 17 + 12 * np.sin((months - 3) / 12 * 2 * np.pi),
        "precipitation": 100 + 80 * np.sin((months - 3) / 12 * 2 * np.pi),
        "radiation": 380 + 170 * np.sin((months - 3) / 12 * 2 * np.pi),
    }
    paths = {}
    driver = gdal.GetDriverByName("GTiff")
    for name, values in climate.items():
        path = str(tmp_path / f"{name}.tif")
        out = driver.Create(path, cols, rows, 12, gdal.GDT_Float32)
        out.SetGeoTransform(ndvi_ds.GetGeoTransform())
        out.SetProjection(ndvi_ds.GetProjection())
        for m in range(12):
            out.GetRasterBand(m + 1).WriteArray(np.full((rows, cols), values[m], dtype=np.float32))
        out = None
        paths[name] = path
    return paths


def test_dask_map_blocks_equals_the_algorithm_on_the_sample_grid(provider, tmp_path):
    """The per-block science under dask.array.map_blocks gives the algorithm's own output."""
    import dask.array as da

    from carbon_metering.metering.rs import casa, read_class_table

    paths = _on_ndvi_grid(tmp_path)
    result = _run("casa_npp", {"NDVI": str(RS / "ndvi.tif"), "TEMPERATURE": paths["temperature"],
                               "PRECIPITATION": paths["precipitation"], "RADIATION": paths["radiation"],
                               "VEGETATION": str(RS / "vegetation.tif"), "OUTPUT": str(tmp_path / "npp.tif"),
                               "OUTPUT_ANNUAL": str(tmp_path / "npp_a.tif")})
    ndvi_ds, veg_ds = gdal.Open(str(RS / "ndvi.tif")), gdal.Open(str(RS / "vegetation.tif"))
    ndvi_raw = ndvi_ds.ReadAsArray().astype(float)
    ndvi = np.where(ndvi_raw == ndvi_ds.GetRasterBand(1).GetNoDataValue(), np.nan, ndvi_raw / 10000.0)
    veg_raw = veg_ds.ReadAsArray().astype(float)
    veg_nodata = veg_ds.GetRasterBand(1).GetNoDataValue()
    veg = np.where(veg_raw == veg_nodata, np.nan, veg_raw) if veg_nodata is not None else veg_raw
    veg = np.where(veg == 0, np.nan, veg)
    t, p, sol = (gdal.Open(paths[k]).ReadAsArray().astype(float) for k in ("temperature", "precipitation",
                                                                           "radiation"))
    table = read_class_table()
    values = np.sort(table["class"].to_numpy(dtype=float))
    idx = casa.class_index(veg, values)
    lut, _ = casa.class_lookup(table, casa.ndvi_histogram(ndvi, idx, len(values)))
    stack = np.concatenate([ndvi, t, p, sol, idx[None].astype(float)], axis=0)
    lazy = da.from_array(stack, chunks=(49, 32, 32))
    npp = lazy.map_blocks(casa.casa_stacked, casa.lut_array(lut), chunks=(13, 32, 32), dtype=float).compute()
    out_ds = gdal.Open(result["OUTPUT_ANNUAL"])
    annual = out_ds.ReadAsArray().astype(float)
    valid = annual != out_ds.GetRasterBand(1).GetNoDataValue()
    assert valid.sum() > 1000
    np.testing.assert_allclose(npp[12][valid], annual[valid], rtol=1e-5)  # GeoTIFF stores float32
    assert np.isnan(npp[12][~valid]).all()


def test_twelve_single_band_rasters_equal_one_stack(provider, tmp_path):
    paths = _on_ndvi_grid(tmp_path)
    singles = []
    for m in range(12):
        path = str(tmp_path / f"t_{m + 1:02d}.tif")
        gdal.Translate(path, paths["temperature"], bandList=[m + 1])
        singles.append(path)
    common = {"NDVI": str(RS / "ndvi.tif"), "PRECIPITATION": paths["precipitation"],
              "RADIATION": paths["radiation"], "VEGETATION": str(RS / "vegetation.tif")}
    one = _run("casa_npp", dict(common, TEMPERATURE=paths["temperature"], OUTPUT=str(tmp_path / "a.tif"),
                                OUTPUT_ANNUAL=str(tmp_path / "a1.tif")))
    many = _run("casa_npp", dict(common, TEMPERATURE=singles, OUTPUT=str(tmp_path / "b.tif"),
                                 OUTPUT_ANNUAL=str(tmp_path / "b1.tif")))
    a, b = gdal.Open(one["OUTPUT_ANNUAL"]).ReadAsArray(), gdal.Open(many["OUTPUT_ANNUAL"]).ReadAsArray()
    np.testing.assert_array_equal(a, b)


def test_a_raster_elsewhere_and_an_unknown_class_are_refused(provider, tmp_path):
    from qgis.core import QgsProcessingException

    paths = _on_ndvi_grid(tmp_path)
    far = str(tmp_path / "far.tif")
    gt = list(gdal.Open(paths["radiation"]).GetGeoTransform())
    gdal.Translate(far, paths["radiation"], outputBounds=None)
    ds = gdal.Open(far, gdal.GA_Update)
    ds.SetGeoTransform([gt[0] + 5e6, gt[1], gt[2], gt[3], gt[4], gt[5]])  # 5 000 km east
    ds = None
    common = {"NDVI": str(RS / "ndvi.tif"), "TEMPERATURE": paths["temperature"],
              "PRECIPITATION": paths["precipitation"], "VEGETATION": str(RS / "vegetation.tif"),
              "OUTPUT": str(tmp_path / "n.tif"), "OUTPUT_ANNUAL": str(tmp_path / "na.tif")}
    with pytest.raises(QgsProcessingException, match="overlap"):
        _run("casa_npp", dict(common, RADIATION=far))
    table = tmp_path / "classes.csv"
    rows = [line for line in (SAMPLE.parent / "metering" / "rs" / "data" / "casa_classes.csv").read_text(
        encoding="utf-8").splitlines() if not line.startswith("3,")]
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as info:
        _run("casa_npp", dict(common, RADIATION=paths["radiation"], CLASS_TABLE=str(table)))
    assert "CLASS_TABLE" in str(info.value) and "3" in str(info.value)
    assert not (tmp_path / "n.tif").exists()


def test_cancel_stops_and_writes_nothing(provider, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class CancelSoon(QgsProcessingFeedback):
        def setProgress(self, value):  # noqa: N802 (QGIS API)
            super().setProgress(value)
            if value > 10:
                self.cancel()

    with pytest.raises(QgsProcessingException):
        _run("casa_npp", {"NDVI": str(RS / "ndvi.tif"), "TEMPERATURE": str(RS / "temperature.tif"),
                          "PRECIPITATION": str(RS / "precipitation.tif"), "RADIATION": str(RS / "radiation.tif"),
                          "VEGETATION": str(RS / "vegetation.tif"), "OUTPUT": str(tmp_path / "n.tif"),
                          "OUTPUT_ANNUAL": str(tmp_path / "na.tif")}, feedback=CancelSoon())
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def _constant_stack_4490(tmp_path, name, values, shrink=0.0):
    """12 constant bands on a 0.01° CGCS2000 geographic grid around the NDVI grid (``shrink``: of the east)."""
    from osgeo import osr

    ndvi = gdal.Open(str(RS / "ndvi.tif"))
    gt = ndvi.GetGeoTransform()
    src = osr.SpatialReference(wkt=ndvi.GetProjection())
    dst = osr.SpatialReference()
    dst.ImportFromEPSG(4490)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_geo = osr.CoordinateTransformation(src, dst)
    xs = [gt[0], gt[0] + gt[1] * ndvi.RasterXSize]
    ys = [gt[3], gt[3] + gt[5] * ndvi.RasterYSize]
    corners = [to_geo.TransformPoint(x, y)[:2] for x in xs for y in ys]
    west, east = min(c[0] for c in corners) - 0.05, max(c[0] for c in corners) + 0.05
    south, north = min(c[1] for c in corners) - 0.05, max(c[1] for c in corners) + 0.05
    east -= shrink * (east - west)
    cols, rows = int((east - west) / 0.01) + 1, int((north - south) / 0.01) + 1
    path = str(tmp_path / f"{name}_4490.tif")
    out = gdal.GetDriverByName("GTiff").Create(path, cols, rows, 12, gdal.GDT_Float32)
    out.SetGeoTransform([west, 0.01, 0, north, 0, -0.01])
    out.SetProjection(dst.ExportToWkt())
    for m in range(12):
        band = out.GetRasterBand(m + 1)
        band.SetNoDataValue(-9999)
        band.WriteArray(np.full((rows, cols), values[m], dtype=np.float32))
    out = None
    return path


def test_inputs_on_another_crs_are_aligned_and_partial_cover_is_nodata(provider, tmp_path, log_feedback):
    """A climate raster on a geographic grid is aligned to the NDVI grid: a constant field stays that
    constant (bilinear), so NPP equals the run with the same values on the NDVI grid; where the raster
    does not reach, the output is nodata (never a silent zero)."""
    months = np.arange(12)
    temperature = 17 + 12 * np.sin((months - 3) / 12 * 2 * np.pi)
    on_grid = _on_ndvi_grid(tmp_path)
    common = {"NDVI": str(RS / "ndvi.tif"), "PRECIPITATION": on_grid["precipitation"],
              "RADIATION": on_grid["radiation"], "VEGETATION": str(RS / "vegetation.tif")}
    same = _run("casa_npp", dict(common, TEMPERATURE=on_grid["temperature"], OUTPUT=str(tmp_path / "a.tif"),
                                 OUTPUT_ANNUAL=str(tmp_path / "a1.tif")))
    aligned = _run("casa_npp", dict(common, TEMPERATURE=_constant_stack_4490(tmp_path, "t", temperature),
                                    OUTPUT=str(tmp_path / "b.tif"), OUTPUT_ANNUAL=str(tmp_path / "b1.tif")),
                   feedback=log_feedback)
    assert any("TEMPERATURE" in m and "bilinear" in m for m in log_feedback.infos)
    a_ds, b_ds = gdal.Open(same["OUTPUT_ANNUAL"]), gdal.Open(aligned["OUTPUT_ANNUAL"])
    a, b = a_ds.ReadAsArray().astype(float), b_ds.ReadAsArray().astype(float)
    nodata = a_ds.GetRasterBand(1).GetNoDataValue()
    valid = a != nodata
    assert valid.sum() > 1000
    np.testing.assert_allclose(b[valid], a[valid], rtol=1e-5)
    partial = _run("casa_npp", dict(common, TEMPERATURE=_constant_stack_4490(tmp_path, "p", temperature, 0.6),
                                    OUTPUT=str(tmp_path / "c.tif"), OUTPUT_ANNUAL=str(tmp_path / "c1.tif")))
    c_ds = gdal.Open(partial["OUTPUT_ANNUAL"])
    c = c_ds.ReadAsArray().astype(float)
    lost = valid & (c == c_ds.GetRasterBand(1).GetNoDataValue())
    assert lost.sum() > 100  # the uncovered east is nodata
    np.testing.assert_allclose(c[valid & ~lost], a[valid & ~lost], rtol=1e-5)


def test_verification_by_plot_polygons_takes_the_zonal_mean(provider, tmp_path):
    """Polygon plots (sample/rs plot_areas, r = 300 m) take the mean of the pixels inside: on a raster
    whose left half is 400 and right half 600, a plot's value is the area-weighted mix of the two."""
    ndvi = gdal.Open(str(RS / "ndvi.tif"))
    rows, cols = ndvi.RasterYSize, ndvi.RasterXSize
    grid = np.full((rows, cols), 400.0, dtype=np.float32)
    grid[:, cols // 2:] = 600.0
    path = str(tmp_path / "halves.tif")
    out = gdal.GetDriverByName("GTiff").Create(path, cols, rows, 1, gdal.GDT_Float32)
    out.SetGeoTransform(ndvi.GetGeoTransform())
    out.SetProjection(ndvi.GetProjection())
    out.GetRasterBand(1).WriteArray(grid)
    out = None
    res = _run("rs_verification", {"RASTER": path, "PLOTS": str(RS / "plots.gpkg") + "|layername=plot_areas",
                                   "GROUND_FIELD": "npp_ground", "ID_FIELD": "plot_id", "THRESHOLD": 100.0,
                                   "OUTPUT": str(tmp_path / "v.gpkg"), "STATISTICS": str(tmp_path / "v.csv")})
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(res["OUTPUT"], "v", "ogr")
    values = [f["rs_value"] for f in layer.getFeatures()]
    assert len(values) == 6
    assert all(400.0 - 1e-6 <= v <= 600.0 + 1e-6 for v in values)
    assert all(f["pixels"] > 1 for f in layer.getFeatures())  # a zonal mean over several pixels, not one point
