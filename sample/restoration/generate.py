"""Deterministic sample for the restoration system: annual NDVI 2010–2023, a DEM and reference points.

The grid covers the sample county (EPSG:4547, CGCS2000 3-degree GK CM 114E) at 200 m. Planted
patterns (truth written to ``reference_points.gpkg``, field ``trend_class``, codes of
metering.restoration.trend.TrendClass):

- a greening plantation in the north-west: NDVI 0.35 → 0.56 (+0.015 a⁻¹), truth 2;
- a degrading mountain slope in the east (slopes above 25°): NDVI 0.70 → 0.54 (−0.012 a⁻¹), truth −2;
- a stable city in the south: NDVI 0.15 with year-to-year noise only, truth 0;
- everywhere else stable vegetation (NDVI 0.55, noise σ 0.02), truth 0.

2015 is nodata over part of the plantation (a cloudy year: the trend must keep the gap).

    python sample/restoration/generate.py [--out sample/restoration]
"""

import argparse
import os

import numpy as np
from osgeo import gdal, ogr, osr

YEARS = list(range(2010, 2024))
X0, Y0, PIXEL, SIZE = 489900.0, 3390200.0, 200.0, 102
EPSG = 4547
NODATA = -9999.0


def masks():
    rows, cols = np.mgrid[0:SIZE, 0:SIZE]
    plantation = (rows >= 10) & (rows < 35) & (cols >= 10) & (cols < 38)
    centre_r, centre_c = 40.0, 80.0
    dist = np.hypot(rows - centre_r, cols - centre_c)
    mountain = dist < 16
    degrading = mountain & (cols < centre_c)          # the western flank degrades
    city = (rows >= 72) & (rows < 92) & (cols >= 30) & (cols < 60)
    cloud = plantation & (rows < 22)                   # 2015 nodata
    return plantation, degrading, city, mountain, dist, cloud


def dem_array(dist):
    # a plain at 40 m with a cone-shaped mountain: 600 m over 16 pixels of 200 m → slope ≈ 31°... 62°
    height = 40.0 + np.clip(16.0 - dist, 0, None) * 120.0
    return height


def ndvi_stack(rng):
    plantation, degrading, city, _, _, cloud = masks()
    stack = []
    for k, year in enumerate(YEARS):
        noise = rng.normal(0.0, 0.02, (SIZE, SIZE))
        ndvi = 0.55 + noise
        ndvi[plantation] = 0.35 + 0.015 * k + noise[plantation] * 0.5
        ndvi[degrading] = 0.70 - 0.012 * k + noise[degrading] * 0.5
        ndvi[city] = 0.15 + noise[city] * 0.5
        if year == 2015:
            ndvi[cloud] = np.nan
        stack.append(np.clip(ndvi, -1, 1))
    return stack


def truth():
    plantation, degrading, city, _, _, _ = masks()
    cls = np.zeros((SIZE, SIZE), dtype=int)
    cls[plantation] = 2
    cls[degrading] = -2
    return cls, city


def write_tif(path, array):
    driver = gdal.GetDriverByName("GTiff")
    ds = driver.Create(path, SIZE, SIZE, 1, gdal.GDT_Float32, options=["COMPRESS=DEFLATE", "PREDICTOR=3"])
    ds.SetGeoTransform((X0, PIXEL, 0.0, Y0, 0.0, -PIXEL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(NODATA)
    band.WriteArray(np.where(np.isfinite(array), array, NODATA).astype(np.float32))
    ds = None


def write_points(path, rng, cls):
    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    layer = ds.CreateLayer("reference_points", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("trend_class", ogr.OFTInteger))
    layer.CreateField(ogr.FieldDefn("source", ogr.OFTString))
    # stratified by truth class: 40 samples in each planted class, 60 in the stable rest
    for code, n in ((2, 40), (-2, 40), (0, 60)):
        r, c = np.nonzero(cls == code)
        pick = rng.choice(len(r), size=n, replace=False)
        for k in pick:
            f = ogr.Feature(layer.GetLayerDefn())
            f.SetField("trend_class", int(code))
            f.SetField("source", "planted truth of sample/restoration/generate.py")
            x = X0 + (c[k] + 0.5) * PIXEL
            y = Y0 - (r[k] + 0.5) * PIXEL
            g = ogr.Geometry(ogr.wkbPoint)
            g.AddPoint_2D(x, y)
            f.SetGeometry(g)
            layer.CreateFeature(f)
    ds = None


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args(argv)
    gdal.UseExceptions()
    rng = np.random.default_rng(20240601)
    os.makedirs(args.out, exist_ok=True)
    for year, ndvi in zip(YEARS, ndvi_stack(rng)):
        write_tif(os.path.join(args.out, "ndvi_{0}.tif".format(year)), ndvi)
    _, _, _, _, dist, _ = masks()
    write_tif(os.path.join(args.out, "dem.tif"), dem_array(dist))
    cls, _ = truth()
    write_points(os.path.join(args.out, "reference_points.gpkg"), rng, cls)
    print("Wrote", args.out)


if __name__ == "__main__":
    main()
