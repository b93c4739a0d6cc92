"""`make demo` step: LiDAR-assisted density on the sample county (sample/lidar).

plot_carbon on the 2023 plots → lidar_metrics on those plots and on a 25.8 m grid over the forest
block → lidar_model (power form on p95, forest_arbor) → lidar_density on the block's 2023 parcels
(DLBM codes mapped to objects): density raster, parcel densities, the model-assisted and plots-only
estimates and the density table for parcel_stock.
"""

import os

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(PLUGIN_DIR, "sample")
LIDAR = os.path.join(SAMPLE, "lidar")
TITLE = "LiDAR-assisted density (Hubei spec appendix D) / LiDAR 辅助碳密度"
#: The synthetic cloud's forest block (sample/generate_lidar.py prints it).
BLOCK = (490468, 3386616, 490768, 3386916)


def run(out_dir, feedback=None):
    import processing

    os.makedirs(out_dir, exist_ok=True)
    gpkg = os.path.join(out_dir, "lidar_demo.gpkg")
    if os.path.exists(gpkg):
        os.remove(gpkg)

    def table(name, geometry=False):
        return "ogr:dbname='{0}' table=\"{1}\"{2}".format(gpkg, name, " (geom)" if geometry else "")

    survey = os.path.join(SAMPLE, "survey.gpkg")
    plots = processing.run("carbonmeter:plot_carbon", {"INPUT": survey + "|layername=plots",
                                                       "OUTPUT": table("plot_carbon", True)},
                           feedback=feedback)["OUTPUT"]
    laz = os.path.join(LIDAR, "forest_2023.laz")
    metric_raster = os.path.join(out_dir, "lidar_metrics.tif")
    extent = "{0},{2},{1},{3} [EPSG:4547]".format(*BLOCK)
    res = processing.run("carbonmeter:lidar_metrics", {
        "POINT_CLOUD": laz, "PLOTS": plots, "CELL_SIZE": 25.8, "EXTENT": extent,
        "PLOT_METRICS": table("plot_metrics", True), "OUTPUT_RASTER": metric_raster}, feedback=feedback)
    model_path = os.path.join(out_dir, "lidar_model.json")
    png = os.path.join(out_dir, "lidar_residuals.png")
    processing.run("carbonmeter:lidar_model", {
        "PLOTS": res["PLOT_METRICS"], "DENSITY_FIELD": "total", "YEAR": 2023, "FORM": 1, "PREDICTORS": ["p95"],
        "OUTPUT_MODEL": model_path, "OUTPUT": table("lidar_model"), "RESIDUAL_PLOT": png}, feedback=feedback)
    density_raster = os.path.join(out_dir, "lidar_density.tif")
    processing.run("carbonmeter:lidar_density", {
        "MODEL": model_path, "METRICS": metric_raster,
        "PARCELS": os.path.join(SAMPLE, "county.gpkg") + "|layername=dltb_2023", "OBJECT_FIELD": "DLBM",
        "OUTPUT_RASTER": density_raster, "OUTPUT_PARCELS": table("lidar_parcels", True),
        "DENSITY_TABLE": table("lidar_density_table"), "ESTIMATES": table("lidar_estimates")}, feedback=feedback)
    return [("metric raster", metric_raster), ("model", model_path), ("residual plot", png),
            ("density raster", density_raster), ("tables", gpkg)]
