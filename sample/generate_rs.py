"""Generate the synthetic remote-sensing sample of the sample county (deterministic).

    /usr/bin/python3 sample/generate_rs.py            # writes sample/rs/

Writes under sample/rs/ (EPSG:4547 unless said):
- vegetation.tif   CASA class per 250 m pixel (UInt8), burnt from sample/county.gpkg dltb_2023 by
                   the DLBM → class map below (pixel centre rule); 0 = nodata (parcel without class).
- ndvi.tif         12 bands (January first), NDVI × 10 000 as Int16 (a scaled product; nodata −32768):
                   a seasonal curve per class plus a smooth spatial field and noise.
- temperature.tif, precipitation.tif, radiation.tif   12 bands, Float32, on a 0.01° CGCS2000
                   geographic grid (EPSG:4490) larger than the county, so casa_npp aligns them
                   (bilinear). Wuhan-like monthly climatology (approximate values, synthetic), with a
                   gentle north–south gradient.
- plots.gpkg       layer plots: 24 verification points (plot_id, npp_ground in g C/m²/a), the
                   generator's CASA annual NPP at the plot × (1 + 8 % noise), two deliberate outliers;
                   layer plot_areas: 6 circular plots (r = 300 m) for the zonal-mean mode.
- districts.gpkg   layer districts: the six townships of the county (ZLDWDM digits 1–9) dissolved,
                   field district (name) and code.

Nothing is real data: the numbers only imitate the shapes of real inputs.
"""

import os
import sys

import numpy as np
from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), ".build", "python"))  # carbon_metering (make setup)
PIXEL = 250.0
EPSG = 4547

#: 三调 DLBM → CASA class (metering/rs/data/casa_classes.csv).
CLASS_OF = {
    "0301": 3, "0302": 3, "0307": 4, "0305": 6, "0201": 4, "0202": 6, "0404": 7, "0401": 7,
    "0101": 8, "0102": 8, "0103": 8, "1108": 7, "1106": 7,
    "0701": 10, "0702": 10, "0601": 10, "05H1": 10, "1003": 10, "1006": 10,
    "1101": 11, "1103": 11, "1104": 11, "1107": 11,
}

# Wuhan-like monthly climatology (approximate, for a synthetic sample only).
T_MEAN = np.array([4.0, 6.6, 10.8, 17.0, 22.1, 25.9, 29.0, 28.5, 24.2, 18.4, 11.8, 6.1])
P_MEAN = np.array([45, 62, 96, 135, 162, 225, 190, 120, 77, 80, 55, 29], dtype=float)
SOL_MEAN = np.array([230, 245, 300, 380, 450, 455, 545, 520, 420, 350, 265, 225], dtype=float)

# Seasonal NDVI per class: (winter minimum, summer maximum, month of the peak).
SEASON = {3: (0.55, 0.82, 7), 4: (0.30, 0.80, 7), 6: (0.35, 0.70, 7), 7: (0.20, 0.65, 7),
          8: (0.15, 0.75, 8), 10: (0.08, 0.18, 7), 11: (-0.15, -0.05, 7)}


def _srs(epsg):
    s = osr.SpatialReference()
    s.ImportFromEPSG(epsg)
    s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return s


def _create(path, width, height, bands, dtype, gt, srs, nodata, descriptions, unit):
    ds = gdal.GetDriverByName("GTiff").Create(path, width, height, bands, dtype, options=["COMPRESS=DEFLATE"])
    ds.SetGeoTransform(gt)
    ds.SetProjection(srs.ExportToWkt())
    for i in range(bands):
        b = ds.GetRasterBand(i + 1)
        if nodata is not None:
            b.SetNoDataValue(nodata)
        b.SetDescription(descriptions[i])
        b.SetUnitType(unit)
    return ds


def county_grid():
    ds = ogr.Open(os.path.join(HERE, "county.gpkg"))
    x0, x1, y0, y1 = ds.GetLayer("dltb_2023").GetExtent()
    x0, y1 = np.floor(x0 / PIXEL) * PIXEL, np.ceil(y1 / PIXEL) * PIXEL
    width = int(np.ceil((x1 - x0) / PIXEL))
    height = int(np.ceil((y1 - y0) / PIXEL))
    return (x0, PIXEL, 0.0, y1, 0.0, -PIXEL), width, height


def vegetation(out, gt, width, height):
    county = ogr.Open(os.path.join(HERE, "county.gpkg"))  # keep the data source alive while its layer is read
    src = county.GetLayer("dltb_2023")
    mem = ogr.GetDriverByName("Memory").CreateDataSource("m")
    lyr = mem.CreateLayer("c", _srs(EPSG), ogr.wkbMultiPolygon)
    lyr.CreateField(ogr.FieldDefn("cls", ogr.OFTInteger))
    for f in src:
        code = f.GetField("DLBM")
        if code not in CLASS_OF:
            continue
        g = ogr.Feature(lyr.GetLayerDefn())
        g.SetField("cls", CLASS_OF[code])
        g.SetGeometry(f.GetGeometryRef().Clone())
        lyr.CreateFeature(g)
    ds = _create(os.path.join(out, "vegetation.tif"), width, height, 1, gdal.GDT_Byte, gt, _srs(EPSG), 0,
                 ["CASA vegetation class (metering/rs/data/casa_classes.csv)"], "")
    gdal.RasterizeLayer(ds, [1], lyr, options=["ATTRIBUTE=cls"])
    arr = ds.GetRasterBand(1).ReadAsArray()
    ds = None
    return arr


def climate_on(xs, ys, rng):
    """Monthly T, P, SOL at map points (arrays of any shape), Wuhan-like with a N–S gradient."""
    north = (ys - 3380000.0) / 10000.0  # about −1 … +1 across the county
    t = T_MEAN.reshape(12, *([1] * xs.ndim)) - 0.4 * north + 0.1 * np.sin(xs / 3000.0)
    p = P_MEAN.reshape(12, *([1] * xs.ndim)) * (1.0 + 0.05 * north + 0.03 * np.cos(xs / 4000.0))
    sol = SOL_MEAN.reshape(12, *([1] * xs.ndim)) * (1.0 - 0.01 * north)
    return t, p, sol


def ndvi_stack(classes, rng):
    h, w = classes.shape
    months = np.arange(1, 13).reshape(12, 1, 1)
    yy, xx = np.mgrid[0:h, 0:w]
    field = 0.04 * np.sin(xx / 9.0) * np.cos(yy / 11.0)
    ndvi = np.full((12, h, w), np.nan)
    for cls, (lo, hi, peak) in SEASON.items():
        curve = lo + (hi - lo) * 0.5 * (1.0 + np.cos(2 * np.pi * (months - peak) / 12.0))
        mask = classes == cls
        ndvi[:, mask] = (curve + field[None] + rng.normal(0.0, 0.02, (12, h, w)))[:, mask]
    return np.clip(ndvi, -1.0, 1.0)


def main(out=None):
    out = out or os.path.join(HERE, "rs")
    os.makedirs(out, exist_ok=True)
    rng = np.random.default_rng(20230348)
    gt, width, height = county_grid()
    classes = vegetation(out, gt, width, height)
    ndvi = ndvi_stack(classes, rng)
    scaled = np.where(np.isnan(ndvi), -32768, np.rint(ndvi * 10000)).astype(np.int16)
    ds = _create(os.path.join(out, "ndvi.tif"), width, height, 12, gdal.GDT_Int16, gt, _srs(EPSG), -32768,
                 ["NDVI x 10000, month {0:02d}".format(m) for m in range(1, 13)], "NDVI x 10000")
    ds.WriteArray(scaled)
    ds = None

    # Climate on a geographic 0.01° grid covering the county with a margin.
    to_geo = osr.CoordinateTransformation(_srs(EPSG), _srs(4490))
    x0, y1 = gt[0], gt[3]
    x1, y0 = x0 + width * PIXEL, y1 - height * PIXEL
    corners = [to_geo.TransformPoint(x, y)[:2] for x in (x0, x1) for y in (y0, y1)]
    lon0 = np.floor(min(c[0] for c in corners) * 100 - 3) / 100
    lon1 = np.ceil(max(c[0] for c in corners) * 100 + 3) / 100
    lat0 = np.floor(min(c[1] for c in corners) * 100 - 3) / 100
    lat1 = np.ceil(max(c[1] for c in corners) * 100 + 3) / 100
    cw, ch = int(round((lon1 - lon0) / 0.01)), int(round((lat1 - lat0) / 0.01))
    lons = lon0 + (np.arange(cw) + 0.5) * 0.01
    lats = lat1 - (np.arange(ch) + 0.5) * 0.01
    lon_g, lat_g = np.meshgrid(lons, lats)
    to_map = osr.CoordinateTransformation(_srs(4490), _srs(EPSG))
    pts = np.array(to_map.TransformPoints(np.column_stack([lon_g.ravel(), lat_g.ravel()]).tolist()))
    mx, my = pts[:, 0].reshape(ch, cw), pts[:, 1].reshape(ch, cw)
    t, p, sol = climate_on(mx, my, rng)
    geo_gt = (lon0, 0.01, 0.0, lat1, 0.0, -0.01)
    for name, arr, unit, label in (("temperature", t, "degC", "Mean air temperature (degC)"),
                                   ("precipitation", p, "mm", "Precipitation (mm/month)"),
                                   ("radiation", sol, "MJ m-2", "Total solar radiation (MJ/m2/month)")):
        ds = _create(os.path.join(out, name + ".tif"), cw, ch, 12, gdal.GDT_Float32, geo_gt, _srs(4490), -9999.0,
                     ["{0}, month {1:02d}".format(label, m) for m in range(1, 13)], unit)
        ds.WriteArray(arr.astype(np.float32))
        ds = None

    plots(out, gt, classes, ndvi, rng)
    districts(out)


def plots(out, gt, classes, ndvi, rng):
    """Verification plots: the generator's own CASA NPP at the plot, with field noise."""
    from carbon_metering.metering.rs import casa, read_class_table

    h, w = classes.shape
    xs = gt[0] + (np.arange(w) + 0.5) * PIXEL
    ys = gt[3] - (np.arange(h) + 0.5) * PIXEL
    mx, my = np.meshgrid(xs, ys)
    t, p, sol = climate_on(mx, my, rng)
    table = read_class_table()
    values = np.sort(table["class"].to_numpy(dtype=float))
    veg = np.where(classes > 0, classes, np.nan).astype(float)
    idx = casa.class_index(veg, values)
    lut, _ = casa.class_lookup(table, casa.ndvi_histogram(ndvi, idx, len(values)))
    npp = casa.casa_block(ndvi, t, p, sol, idx, lut)["annual"]
    candidates = np.argwhere(np.isin(classes, (3, 4, 6, 7, 8)) & np.isfinite(npp))
    chosen = candidates[rng.choice(len(candidates), 30, replace=False)]
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(os.path.join(out, "plots.gpkg"))
    lyr = ds.CreateLayer("plots", _srs(EPSG), ogr.wkbPoint)
    for name, kind in (("plot_id", ogr.OFTString), ("npp_ground", ogr.OFTReal), ("cls", ogr.OFTInteger)):
        lyr.CreateField(ogr.FieldDefn(name, kind))
    areas = ds.CreateLayer("plot_areas", _srs(EPSG), ogr.wkbPolygon)
    for name, kind in (("plot_id", ogr.OFTString), ("npp_ground", ogr.OFTReal)):
        areas.CreateField(ogr.FieldDefn(name, kind))
    for i, (r, c) in enumerate(chosen[:24]):
        value = float(npp[r, c]) * (1.0 + rng.normal(0.0, 0.08))
        if i in (5, 17):
            value *= 1.6  # deliberate outliers (a plot mis-measured or mis-located)
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("plot_id", "P{0:02d}".format(i + 1))
        f.SetField("npp_ground", round(value, 1))
        f.SetField("cls", int(classes[r, c]))
        x = xs[c] + rng.uniform(-60, 60)
        y = ys[r] + rng.uniform(-60, 60)
        f.SetGeometry(ogr.CreateGeometryFromWkt("POINT ({0:.2f} {1:.2f})".format(x, y)))
        lyr.CreateFeature(f)
    for i, (r, c) in enumerate(chosen[24:30]):
        f = ogr.Feature(areas.GetLayerDefn())
        f.SetField("plot_id", "A{0:02d}".format(i + 1))
        f.SetField("npp_ground", round(float(npp[r, c]) * (1.0 + rng.normal(0.0, 0.08)), 1))
        f.SetGeometry(ogr.CreateGeometryFromWkt("POINT ({0:.2f} {1:.2f})".format(xs[c], ys[r])).Buffer(300.0, 8))
        areas.CreateFeature(f)
    ds = None


def districts(out):
    """The six townships dissolved into district polygons."""
    county = ogr.Open(os.path.join(HERE, "county.gpkg"))
    src = county.GetLayer("dltb_2023")
    groups = {}
    for f in src:
        code = (f.GetField("ZLDWDM") or "")[:9]
        g = f.GetGeometryRef()
        if not code or g is None:
            continue
        g = g.Clone() if g.IsValid() else g.Buffer(0)
        groups.setdefault(code, ogr.Geometry(ogr.wkbMultiPolygon))
        if g.GetGeometryType() in (ogr.wkbPolygon, ogr.wkbPolygon25D):
            groups[code].AddGeometry(g)
        else:
            for part in g:
                groups[code].AddGeometry(part)
    path = os.path.join(out, "districts.gpkg")
    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    lyr = ds.CreateLayer("districts", _srs(EPSG), ogr.wkbMultiPolygon)
    lyr.CreateField(ogr.FieldDefn("district", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("code", ogr.OFTString))
    for code in sorted(groups):
        merged = groups[code].UnionCascaded().Buffer(1.0).Buffer(-1.0).SimplifyPreserveTopology(5.0)
        if merged.GetGeometryType() == ogr.wkbPolygon:
            merged = ogr.ForceToMultiPolygon(merged)
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("district", "{0}县 {1}镇".format(code[:6], code[6:9]))
        f.SetField("code", code)
        f.SetGeometry(merged)
        lyr.CreateFeature(f)
    ds = None


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
