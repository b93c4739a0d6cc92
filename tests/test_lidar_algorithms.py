"""carbonmeter:lidar_metrics, lidar_model and lidar_density on the sample county's synthetic LiDAR."""

import json
import sys

import numpy as np
import pytest

from tests.conftest import SAMPLE

LAZ = str(SAMPLE / "lidar" / "forest_2023.laz")
CHM = str(SAMPLE / "lidar" / "chm_block.tif")
BLOCK = (490468, 3386616, 490768, 3386916)
EXTENT = "{0},{2},{1},{3} [EPSG:4547]".format(*BLOCK)


@pytest.fixture(scope="module")
def chain(provider, tmp_path_factory):
    """plot_carbon → lidar_metrics → lidar_model → lidar_density, once for the module."""
    import processing

    out = tmp_path_factory.mktemp("lidar")
    gpkg = out / "t.gpkg"

    def table(name, geom=False):
        return "ogr:dbname='{0}' table=\"{1}\"{2}".format(gpkg, name, " (geom)" if geom else "")

    plots = processing.run("carbonmeter:plot_carbon", {"INPUT": str(SAMPLE / "survey.gpkg") + "|layername=plots",
                                                       "OUTPUT": table("plots", True)})["OUTPUT"]
    metrics = processing.run("carbonmeter:lidar_metrics", {
        "POINT_CLOUD": LAZ, "PLOTS": plots, "EXTENT": EXTENT, "CELL_SIZE": 25.8,
        "PLOT_METRICS": table("plot_metrics", True), "OUTPUT_RASTER": str(out / "metrics.tif")})
    model = processing.run("carbonmeter:lidar_model", {
        "PLOTS": metrics["PLOT_METRICS"], "DENSITY_FIELD": "total", "YEAR": 2023, "FORM": 1, "PREDICTORS": ["p95"],
        "OUTPUT_MODEL": str(out / "model.json"), "OUTPUT": table("model"), "RESIDUAL_PLOT": str(out / "res.png")})
    density = processing.run("carbonmeter:lidar_density", {
        "MODEL": model["OUTPUT_MODEL"], "METRICS": metrics["OUTPUT_RASTER"],
        "PARCELS": str(SAMPLE / "county.gpkg") + "|layername=dltb_2023", "OBJECT_FIELD": "DLBM",
        "OUTPUT_RASTER": str(out / "density.tif"), "OUTPUT_PARCELS": table("parcels", True),
        "DENSITY_TABLE": table("density_table"), "ESTIMATES": table("estimates")})
    return {"out": out, "plots": plots, "metrics": metrics, "model": model, "density": density}


def _rows(source):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(source, "t", "ogr")
    assert layer.isValid(), source
    names = layer.fields().names()
    return [dict(zip(names, f.attributes())) for f in layer.getFeatures()]


def test_plot_metrics_keep_attributes_and_match_the_plots_trees(chain):
    import sqlite3

    covered = [r for r in _rows(chain["metrics"]["PLOT_METRICS"]) if r["n"] not in (None, 0) and r["n"] == r["n"]]
    rows = [r for r in covered if r["survey_year"] == 2023]
    assert len(rows) == 20 and all(r["object"] == "forest_arbor" for r in rows)
    # The cloud covers the 2023 arbor plots; the 2020 measurements of the same permanent plots (same place)
    # get metrics too (lidar_model picks the year, YEAR = 2023), nothing else.
    permanent = {r["permanent_id"] for r in rows if r["permanent_id"]}
    earlier = [r for r in covered if r["survey_year"] != 2023]
    assert earlier and all(r["survey_year"] == 2020 and r["permanent_id"] in permanent for r in earlier)
    con = sqlite3.connect(str(SAMPLE / "survey.gpkg"))
    tallest = dict(con.execute("select plot_id, max(height_m) from trees group by plot_id").fetchall())
    for r in rows:
        assert r["total"] > 0 and r["footprint_m2"] == pytest.approx(666.7)
        # the synthetic canopy is made of the plot's own trees: the highest return is its tallest tree
        assert abs(r["max"] - tallest[r["plot_id"]]) < 1.5, r["plot_id"]
        assert 0 <= r["cover"] <= 100 and r["p95"] <= r["max"]


def test_metric_raster_bands_named_with_provenance(chain):
    from osgeo import gdal

    from carbon_metering.metering.lidar.metrics import METRIC_NAMES

    path = chain["metrics"]["OUTPUT_RASTER"]
    ds = gdal.Open(path)
    assert ds.RasterCount == len(METRIC_NAMES)
    assert [ds.GetRasterBand(i + 1).GetDescription() for i in range(ds.RasterCount)] == list(METRIC_NAMES)
    assert ds.GetGeoTransform()[1] == pytest.approx(25.8)
    side = json.load(open(path + ".provenance.json", encoding="utf-8"))
    assert side["metric_options"]["percentile_type"] == 7 and side["metric_options"]["cover_threshold_m"] == 2.0
    assert any(r["item"] == "POINT_CLOUD" and "sha256=" in r["detail"] for r in side["provenance"])


def test_chm_metrics_agree_with_the_cloud(provider, chain, tmp_path):
    import shutil

    import processing
    from osgeo import gdal

    chm = str(tmp_path / "chm.tif")
    shutil.copy(CHM, chm)  # QGIS may write .aux.xml statistics beside a raster it opens: never beside the sample
    out = str(tmp_path / "chm_metrics.tif")
    processing.run("carbonmeter:lidar_metrics", {"CHM": chm, "EXTENT": EXTENT, "CELL_SIZE": 25.8,
                                                 "OUTPUT_RASTER": out})
    bands = {}
    for path, key in ((out, "chm"), (chain["metrics"]["OUTPUT_RASTER"], "cloud")):
        ds = gdal.Open(path)
        for i in range(ds.RasterCount):
            if ds.GetRasterBand(i + 1).GetDescription() == "max":
                a = ds.GetRasterBand(i + 1).ReadAsArray().astype(float)
                a[a == -9999] = np.nan
                bands[key] = a
    inner = bands["chm"][1:-1, 1:-1] - bands["cloud"][1:-1, 1:-1]
    assert np.nanmean(np.abs(inner)) < 1.0


def test_model_file_table_and_plot(chain):
    doc = json.load(open(chain["model"]["OUTPUT_MODEL"], encoding="utf-8"))
    (m,) = doc["models"]
    assert m["object"] == "forest_arbor" and m["form"] == "power" and m["n"] == 20
    assert m["correction"] == pytest.approx(np.exp(m["sigma2"] / 2))
    rows = _rows(chain["model"]["OUTPUT"])
    assert {r["term"] for r in rows} == {"intercept", "ln p95"}
    assert open(chain["model"]["RESIDUAL_PLOT"], "rb").read(8) == b"\x89PNG\r\n\x1a\n"


def test_density_outputs_and_model_assisted_estimate(chain):
    est = _rows(chain["density"]["ESTIMATES"])
    (e,) = est
    assert e["n_plots"] == 20 and e["n_cells"] > 100
    assert e["greg_mean"] == pytest.approx(e["synthetic_mean"] + e["residual_mean"])
    assert e["greg_se"] == pytest.approx(e["residual_sd"] / np.sqrt(20))
    rows = _rows(chain["density"]["DENSITY_TABLE"])
    by_pool = {r["pool"]: r for r in rows}
    assert set(by_pool) == {"agb", "bgb", "deadwood", "litter", "soil", "total"}
    assert all(r["stratum"] == "forest_arbor" and r["source"] == "lidar_greg" for r in rows)
    assert by_pool["total"]["mean"] == pytest.approx(e["greg_mean"])
    # pools: the plots' shares of the model-assisted total, so they add up to it
    pools = ("agb", "bgb", "deadwood", "litter", "soil")
    assert sum(by_pool[p]["mean"] for p in pools) == pytest.approx(e["greg_mean"])
    # the one density-table type parcel_stock reads (metering.density.DensityTable): a complete row per object
    import pandas as pd

    from carbon_metering.metering.density import DensityTable

    wide = DensityTable.parse(pd.DataFrame(rows), "object", "lidar_density").means
    assert list(wide.index) == ["forest_arbor"]
    assert wide.loc["forest_arbor", "agb"] == pytest.approx(by_pool["agb"]["mean"])
    parcels = [r for r in _rows(chain["density"]["OUTPUT_PARCELS"]) if r["lidar_n_cells"]]
    assert parcels and all(r["lidar_object"] == "forest_arbor" and r["lidar_se"] > 0 for r in parcels)
    from osgeo import gdal

    ds = gdal.Open(chain["density"]["OUTPUT_RASTER"])
    assert [ds.GetRasterBand(i).GetDescription() for i in (1, 2, 3)] == ["density", "se", "out_of_range"]


def test_bad_inputs_are_named(provider, chain, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="point cloud"):
        processing.run("carbonmeter:lidar_metrics", {"PLOTS": chain["plots"],
                                                     "PLOT_METRICS": str(tmp_path / "x.gpkg")})
    with pytest.raises(QgsProcessingException, match="missing.laz"):
        processing.run("carbonmeter:lidar_metrics", {"POINT_CLOUD": str(tmp_path / "missing.laz"),
                                                     "PLOTS": chain["plots"], "PLOT_METRICS": str(tmp_path / "x.gpkg")})
    # a multiple model with many metrics on 20 plots is fine; one with 19 metrics is refused with the reason
    many = ["p10", "p20", "p25", "p30", "p40", "p50", "p60", "p70", "p75", "p80", "p90", "p95", "p99", "max",
            "mean", "sd", "cv", "cover", "zpcum5"]
    with pytest.raises(QgsProcessingException, match="at least 22"):
        processing.run("carbonmeter:lidar_model", {
            "PLOTS": chain["metrics"]["PLOT_METRICS"], "YEAR": 2023, "FORM": 2, "PREDICTORS": many,
            "OUTPUT_MODEL": str(tmp_path / "m.json"), "OUTPUT": str(tmp_path / "m.gpkg")})
    assert not (tmp_path / "m.json").exists()


def test_missing_laspy_is_named_with_install_instructions(provider, monkeypatch, tmp_path, chain):
    import processing
    from qgis.core import QgsProcessingException

    monkeypatch.setitem(sys.modules, "laspy", None)
    with pytest.raises(QgsProcessingException) as err:
        processing.run("carbonmeter:lidar_metrics", {"POINT_CLOUD": LAZ, "PLOTS": chain["plots"],
                                                     "PLOT_METRICS": str(tmp_path / "x.gpkg")})
    text = str(err.value)
    assert "laspy" in text and "OSGeo4W" in text and "pip install laspy lazrs" in text


def test_missing_matplotlib_refuses_before_writing(provider, monkeypatch, tmp_path, chain):
    import processing
    from qgis.core import QgsProcessingException

    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(QgsProcessingException, match="python3-matplotlib"):
        processing.run("carbonmeter:lidar_model", {
            "PLOTS": chain["metrics"]["PLOT_METRICS"], "YEAR": 2023, "FORM": 1, "PREDICTORS": ["p95"],
            "OUTPUT_MODEL": str(tmp_path / "m.json"), "OUTPUT": str(tmp_path / "m.gpkg"),
            "RESIDUAL_PLOT": str(tmp_path / "r.png")})
    assert not (tmp_path / "m.json").exists()


def test_dtm_raster_heights_agree_with_classified_ground(provider, chain, tmp_path):
    import processing
    from osgeo import gdal, osr

    sys.path.insert(0, str(SAMPLE))
    from generate_lidar import ground_z

    # the sample's true ground surface as a 1 m DTM over the block
    xs = BLOCK[0] - 10 + np.arange(320) + 0.5
    ys = BLOCK[3] + 10 - np.arange(320) - 0.5
    dtm = ground_z(xs[None, :], ys[:, None])
    path = str(tmp_path / "dtm.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, 320, 320, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((BLOCK[0] - 10, 1, 0, BLOCK[3] + 10, 0, -1))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4547)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(dtm)
    ds = None
    out = str(tmp_path / "m_dtm.tif")
    processing.run("carbonmeter:lidar_metrics", {"POINT_CLOUD": LAZ, "NORMALISATION": 1, "DTM": path,
                                                 "EXTENT": EXTENT, "CELL_SIZE": 25.8, "OUTPUT_RASTER": out})
    from carbon_metering.metering.lidar.metrics import METRIC_NAMES

    band = METRIC_NAMES.index("p95") + 1
    ds_a, ds_b = gdal.Open(out), gdal.Open(chain["metrics"]["OUTPUT_RASTER"])  # keep the datasets open
    assert ds_a.GetRasterBand(band).GetDescription() == "p95"
    a = ds_a.GetRasterBand(band).ReadAsArray()
    b = ds_b.GetRasterBand(band).ReadAsArray()
    assert np.abs(a - b).mean() < 0.3


def test_cancel_writes_nothing(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    out = tmp_path / "m.tif"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("carbonmeter:lidar_metrics", {"POINT_CLOUD": LAZ, "EXTENT": EXTENT, "OUTPUT_RASTER": str(out)},
                       feedback=feedback)
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_grid_metrics_table_matches_the_raster(provider, chain, tmp_path):
    import processing
    from osgeo import gdal

    from carbon_metering.metering.lidar.metrics import METRIC_NAMES

    out = processing.run("carbonmeter:lidar_metrics", {"POINT_CLOUD": LAZ, "EXTENT": EXTENT, "CELL_SIZE": 25.8,
                                                       "OUTPUT_RASTER": str(tmp_path / "g.tif"),
                                                       "GRID_METRICS": str(tmp_path / "g.gpkg")})
    rows = _rows(out["GRID_METRICS"])
    ds = gdal.Open(out["OUTPUT_RASTER"])
    p95 = ds.GetRasterBand(METRIC_NAMES.index("p95") + 1).ReadAsArray()
    assert len(rows) == int((p95 != -9999).sum())
    for r in rows[:20]:
        assert r["p95"] == pytest.approx(float(p95[r["row"], r["col"]]), abs=1e-4)
