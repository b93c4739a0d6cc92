"""ndvi_trend and accuracy_assessment through Processing on the restoration sample (sample/restoration)."""

import glob

import numpy as np
import pytest

from tests.conftest import SAMPLE

RESTORATION = SAMPLE / "restoration"


def _ndvi_paths():
    return sorted(glob.glob(str(RESTORATION / "ndvi_*.tif")))


def _read(path):
    from osgeo import gdal

    ds = gdal.Open(path)
    bands = [ds.GetRasterBand(i + 1) for i in range(ds.RasterCount)]
    arrays = [b.ReadAsArray().astype(float) for b in bands]
    for a, b in zip(arrays, bands):
        a[a == b.GetNoDataValue()] = np.nan
    return arrays, [b.GetDescription() for b in bands], ds.GetMetadata()


def test_ndvi_trend_on_the_sample(provider, tmp_path):
    import processing

    from carbon_metering.metering.restoration import trend

    out = str(tmp_path / "trend.tif")
    result = processing.run("carbonmeter:ndvi_trend", {"INPUTS": _ndvi_paths(), "CONFIDENCE": 1, "MIN_YEARS": 5,
                                                       "STABLE_SLOPE": 0.005, "OUTPUT": out})
    (slope, z, p, tau, n, cls), descriptions, meta = _read(result["OUTPUT"])
    assert len(descriptions) == 6 and descriptions[0].startswith("Sen slope") and "class" in descriptions[5]
    assert "CARBONMETER_INPUTS" in meta and "2015" in meta["CARBONMETER_PARAMETERS"]
    # the plantation (rows 10–34, cols 10–37) greens by 0.015 a⁻¹; 2015 is missing in rows 10–21
    assert np.nanmedian(slope[22:35, 10:38]) == pytest.approx(0.015, abs=0.002)
    assert np.nanmedian(slope[10:22, 10:38]) == pytest.approx(0.015, abs=0.002)
    assert (n[10:22, 10:38] == 13).all() and (n[40:60, 0:5] == 14).all()
    assert (cls[10:35, 10:38] == trend.TrendClass.SIGNIFICANT_INCREASE).mean() > 0.95
    # the degrading western flank of the mountain (centre row 40, col 80)
    assert cls[40, 70] == trend.TrendClass.SIGNIFICANT_DECREASE and slope[40, 70] == pytest.approx(-0.012, abs=0.003)
    # stable vegetation: mostly class 0 under the 0.005 a⁻¹ band
    assert (cls[60:70, 0:20] == 0).mean() > 0.8
    # one pixel against the core on the raw series
    paths = _ndvi_paths()
    series = np.array([_read(p)[0][0][15, 20] for p in paths])
    direct = trend.sen_slope_direct(series, range(2010, 2024))
    assert slope[15, 20] == pytest.approx(direct, rel=1e-5)     # float32 output


def test_ndvi_trend_refuses_a_year_list_of_the_wrong_length(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as info:
        processing.run("carbonmeter:ndvi_trend", {"INPUTS": _ndvi_paths(), "YEARS": "2010, 2011",
                                                  "OUTPUT": str(tmp_path / "t.tif")})
    assert "2 years given for 14 NDVI rasters" in str(info.value)
    assert not (tmp_path / "t.tif").exists()


def test_accuracy_assessment_on_the_sample(provider, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    trend_tif = processing.run("carbonmeter:ndvi_trend", {"INPUTS": _ndvi_paths(), "STABLE_SLOPE": 0.005,
                                                          "OUTPUT": str(tmp_path / "trend.tif")})["OUTPUT"]
    result = processing.run("carbonmeter:accuracy_assessment", {
        "MAP": trend_tif, "BAND": 6, "REFERENCE": str(RESTORATION / "reference_points.gpkg"),
        "REFERENCE_FIELD": "trend_class", "CONFIDENCE": 1, "REQUIRED_ACCURACY": 85,
        "CONFUSION": str(tmp_path / "confusion.csv"), "STATISTICS": str(tmp_path / "stats.csv"),
        "AREAS": str(tmp_path / "areas.csv")})
    table = QgsVectorLayer(result["STATISTICS"], "s", "ogr")
    stats = {(f["measure"], f["class"] or ""): f for f in table.getFeatures()}
    overall = stats[("overall", "")]
    assert float(overall["value"]) > 0.85 and int(overall["passed"]) == 1
    confusion = list(QgsVectorLayer(result["CONFUSION"], "c", "ogr").getFeatures())
    assert sum(int(f["total"]) for f in confusion) == 140
    areas = list(QgsVectorLayer(result["AREAS"], "a", "ogr").getFeatures())
    # the error-adjusted areas add up to the mapped area (4 ha pixels)
    assert sum(float(f["adjusted_ha"]) for f in areas) == pytest.approx(sum(float(f["mapped_ha"]) for f in areas))
