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
