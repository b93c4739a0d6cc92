"""Rasters of the LiDAR system through GDAL: the multiband metric raster, DTM sampling, CHM reading.

GDAL (``osgeo``) is imported when a function runs; QGIS always ships it.
"""

import json

import numpy as np

from ..errors import MeteringError
from .deps import require
from .metrics import METRICS

NODATA = -9999.0


def _gdal():
    require("osgeo")
    from osgeo import gdal

    return gdal


def open_raster(path, parameter):
    gdal = _gdal()
    ds = gdal.Open(str(path)) if path else None
    if ds is None:
        raise MeteringError("raster_unreadable", parameter=parameter, path=path)
    return ds


class MetricRasterWriter:
    """A GeoTIFF (float32, one band per metric, band descriptions = metric names) written band-row-block-wise."""

    def __init__(self, path, grid, names, crs_wkt="", metadata=None):
        gdal = _gdal()
        driver = gdal.GetDriverByName("GTiff")
        self.names = list(names)
        self.ds = driver.Create(str(path), grid.ncols, grid.nrows, len(self.names), gdal.GDT_Float32,
                                options=["COMPRESS=DEFLATE", "TILED=YES", "BIGTIFF=IF_SAFER"])
        if self.ds is None:
            raise MeteringError("raster_not_written", path=path)
        self.ds.SetGeoTransform((grid.xmin, grid.cell, 0.0, grid.ymax, 0.0, -grid.cell))
        if crs_wkt:
            self.ds.SetProjection(crs_wkt)
        units = {m.name: m for m in METRICS}
        for i, name in enumerate(self.names, start=1):
            band = self.ds.GetRasterBand(i)
            band.SetNoDataValue(NODATA)
            band.SetDescription(name)
            if name in units:
                band.SetUnitType(units[name].unit)
                band.SetMetadataItem("definition", units[name].definition)
                band.SetMetadataItem("lidR", units[name].lidr)
                band.SetMetadataItem("FUSION", units[name].fusion)
        if metadata:
            self.ds.SetMetadataItem("carbonmeter", json.dumps(metadata, ensure_ascii=False, default=str))

    def write_rows(self, row0, values):
        for i, name in enumerate(self.names, start=1):
            block = np.asarray(values[name], dtype=np.float32)
            block = np.where(np.isfinite(block), block, NODATA).astype(np.float32)
            self.ds.GetRasterBand(i).WriteArray(block, 0, int(row0))

    def close(self):
        if self.ds is not None:
            self.ds.FlushCache()
            self.ds = None


def read_metric_raster(path, parameter="METRICS"):
    """(arrays name → 2-D float array with NaN for nodata, geotransform, projection wkt)."""
    ds = open_raster(path, parameter)
    arrays = {}
    for i in range(1, ds.RasterCount + 1):
        band = ds.GetRasterBand(i)
        name = band.GetDescription() or "band{0}".format(i)
        data = band.ReadAsArray().astype(float)
        nodata = band.GetNoDataValue()
        if nodata is not None:
            data[data == nodata] = np.nan
        arrays[name] = data
    return arrays, ds.GetGeoTransform(), ds.GetProjection()


def write_raster(path, arrays, geotransform, crs_wkt, names, metadata=None):
    """Write float32 bands ``names`` of ``arrays`` (NaN → nodata) to a GeoTIFF."""
    gdal = _gdal()
    first = np.asarray(arrays[names[0]])
    ds = gdal.GetDriverByName("GTiff").Create(str(path), first.shape[1], first.shape[0], len(names),
                                              gdal.GDT_Float32, options=["COMPRESS=DEFLATE", "TILED=YES"])
    if ds is None:
        raise MeteringError("raster_not_written", path=path)
    ds.SetGeoTransform(tuple(geotransform))
    if crs_wkt:
        ds.SetProjection(crs_wkt)
    for i, name in enumerate(names, start=1):
        band = ds.GetRasterBand(i)
        band.SetNoDataValue(NODATA)
        band.SetDescription(name)
        data = np.asarray(arrays[name], dtype=float)
        band.WriteArray(np.where(np.isfinite(data), data, NODATA).astype(np.float32))
    if metadata:
        ds.SetMetadataItem("carbonmeter", json.dumps(metadata, ensure_ascii=False, default=str))
    ds.FlushCache()
    ds = None


class RasterSampler:
    """Bilinear sampling of band 1 of a raster (a DTM) at x, y; NaN outside or on nodata."""

    def __init__(self, path, parameter="DTM"):
        ds = open_raster(path, parameter)
        gt = ds.GetGeoTransform()
        if gt[2] != 0 or gt[4] != 0:
            raise MeteringError("rotated_raster", parameter=parameter, path=path)
        band = ds.GetRasterBand(1)
        self.data = band.ReadAsArray().astype(float)
        nodata = band.GetNoDataValue()
        if nodata is not None:
            self.data[self.data == nodata] = np.nan
        self.gt = gt
        self.crs_wkt = ds.GetProjection()

    def __call__(self, x, y):
        x0, dx, _, y0, _, dy = self.gt
        nrows, ncols = self.data.shape
        fx = (np.asarray(x, dtype=float) - x0) / dx - 0.5
        fy = (np.asarray(y, dtype=float) - y0) / dy - 0.5
        outside = (fx < -0.5) | (fy < -0.5) | (fx > ncols - 0.5) | (fy > nrows - 0.5)
        fx = np.clip(fx, 0, ncols - 1)
        fy = np.clip(fy, 0, nrows - 1)
        c0, r0 = np.floor(fx).astype(np.int64), np.floor(fy).astype(np.int64)
        c1, r1 = np.minimum(c0 + 1, ncols - 1), np.minimum(r0 + 1, nrows - 1)
        tx, ty = fx - c0, fy - r0
        g = self.data
        v = (g[r0, c0] * (1 - tx) + g[r0, c1] * tx) * (1 - ty) + (g[r1, c0] * (1 - tx) + g[r1, c1] * tx) * ty
        return np.where(outside, np.nan, v)


def raster_info(path, parameter="CHM"):
    """(bounds xmin, ymin, xmax, ymax; pixel count; crs wkt; pixel area m²) of a raster."""
    ds = open_raster(path, parameter)
    x0, dx, _, y0, _, dy = ds.GetGeoTransform()
    xs = sorted((x0, x0 + dx * ds.RasterXSize))
    ys = sorted((y0, y0 + dy * ds.RasterYSize))
    return (xs[0], ys[0], xs[1], ys[1]), ds.RasterXSize * ds.RasterYSize, ds.GetProjection(), abs(dx * dy)


def chm_chunks(path, rows_per_chunk=256, parameter="CHM"):
    """A function returning an iterator of point chunks, one per valid CHM pixel (its centre, height).

    Each pixel counts as one first return at the CHM height (so cover is the share of pixels above
    the threshold, max/mean/percentiles are of pixel heights); ``ground`` is False.
    """

    def iterate():
        ds = open_raster(path, parameter)
        band = ds.GetRasterBand(1)
        nodata = band.GetNoDataValue()
        x0, dx, _, y0, _, dy = ds.GetGeoTransform()
        cols = np.arange(ds.RasterXSize)
        for r in range(0, ds.RasterYSize, rows_per_chunk):
            n = min(rows_per_chunk, ds.RasterYSize - r)
            data = band.ReadAsArray(0, r, ds.RasterXSize, n).astype(float)
            valid = np.isfinite(data)
            if nodata is not None:
                valid &= data != nodata
            rr, cc = np.nonzero(valid)
            if rr.size == 0:
                continue
            yield {
                "x": x0 + (cols[cc] + 0.5) * dx,
                "y": y0 + (r + rr + 0.5) * dy,
                "z": data[rr, cc],
                "first": np.ones(rr.size, dtype=bool),
                "ground": np.zeros(rr.size, dtype=bool),
            }

    return iterate


def rasterize_keys(geometries_wkb, keys, geotransform, shape, crs_wkt=""):
    """Index (0 … len(keys) − 1, or −1) of the polygon covering each cell centre (GDAL RasterizeLayer)."""
    gdal = _gdal()
    from osgeo import ogr, osr

    mem = ogr.GetDriverByName("Memory").CreateDataSource("keys")
    srs = osr.SpatialReference()
    if crs_wkt:
        srs.ImportFromWkt(crs_wkt)
    layer = mem.CreateLayer("keys", srs if crs_wkt else None, ogr.wkbUnknown)
    layer.CreateField(ogr.FieldDefn("idx", ogr.OFTInteger))
    for i, wkb in enumerate(geometries_wkb):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("idx", i)
        geom = ogr.CreateGeometryFromWkb(bytes(wkb))
        if geom is None:
            continue
        feature.SetGeometry(geom)
        layer.CreateFeature(feature)
    nrows, ncols = shape
    target = gdal.GetDriverByName("MEM").Create("", ncols, nrows, 1, gdal.GDT_Int32)
    target.SetGeoTransform(tuple(geotransform))
    if crs_wkt:
        target.SetProjection(crs_wkt)
    target.GetRasterBand(1).Fill(-1)
    gdal.RasterizeLayer(target, [1], layer, options=["ATTRIBUTE=idx"])
    return target.GetRasterBand(1).ReadAsArray().astype(np.int64)
