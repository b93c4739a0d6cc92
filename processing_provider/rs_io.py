"""Raster I/O of the remote-sensing algorithms with GDAL (osgeo.gdal): the thin adapter around metering/rs.

Reads monthly stacks (one 12-band raster or 12 single-band rasters), aligns every input to the
NDVI grid (bilinear for climate, nearest for classes; a warped VRT read strip by strip, so the
whole raster is never in memory), hands float64 strips with NaN for nodata to the core, and
writes GeoTIFFs strip by strip into a temporary file that replaces the output only when the run
completes (metering.files.atomic_output). Band descriptions, units and the εmax source go into
the GeoTIFF metadata.
"""

import json
import math
import os
import uuid

import numpy as np
from osgeo import gdal, ogr, osr

from ..metering.errors import MeteringError, Note

gdal.UseExceptions()
ogr.UseExceptions()

#: Nodata of every float output.
NODATA = -9999.0


def layer_paths(layers):
    """Paths of a list of QgsRasterLayer (parameterAsLayerList) or plain paths."""
    paths = []
    for layer in layers or ():
        source = layer.source() if hasattr(layer, "source") else str(layer)
        paths.append(source.split("|")[0])
    return paths


def open_dataset(path, name):
    try:
        return gdal.Open(path, gdal.GA_ReadOnly)
    except RuntimeError as err:
        raise MeteringError("rs_raster_unreadable", raster=name, path=path, error=str(err)) from None


def open_stack(paths, name, months=12):
    """One 12-band dataset from one 12-band raster or ``months`` single-band rasters (in order).

    Several rasters are stacked in a VRT (bands in the order given); they must share a grid.
    """
    if not paths:
        raise MeteringError("rs_band_count", raster=name, bands=0, expected=months)
    if len(paths) == 1:
        ds = open_dataset(paths[0], name)
        if ds.RasterCount != months:
            raise MeteringError("rs_band_count", raster=name, bands=ds.RasterCount, expected=months)
        return ds
    if len(paths) != months:
        raise MeteringError("rs_band_count", raster=name, bands=len(paths), expected=months)
    datasets = [open_dataset(p, name) for p in paths]
    first = datasets[0]
    for p, ds in zip(paths, datasets):
        if ds.RasterCount != 1:
            raise MeteringError("rs_band_count", raster="{0} ({1})".format(name, os.path.basename(p)),
                                bands=ds.RasterCount, expected=1)
        if (ds.RasterXSize, ds.RasterYSize, ds.GetGeoTransform()) != (
                first.RasterXSize, first.RasterYSize, first.GetGeoTransform()):
            raise MeteringError("rs_stack_grids_differ", raster=name, path=p)
    vrt = "/vsimem/rs_stack_{0}.vrt".format(uuid.uuid4().hex)
    return gdal.BuildVRT(vrt, paths, options=gdal.BuildVRTOptions(separate=True))


class Grid:
    """The NDVI grid every input is aligned to."""

    def __init__(self, ds):
        self.width = ds.RasterXSize
        self.height = ds.RasterYSize
        self.transform = ds.GetGeoTransform()
        self.wkt = ds.GetProjection()
        gt = self.transform
        xs = (gt[0], gt[0] + gt[1] * self.width)
        ys = (gt[3], gt[3] + gt[5] * self.height)
        self.bounds = (min(xs), min(ys), max(xs), max(ys))

    def srs(self):
        s = osr.SpatialReference()
        s.ImportFromWkt(self.wkt)
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        return s

    def pixel_area_m2(self, name="NDVI"):
        """Pixel area in m²: the grid must be projected in metres (areas of the sink need it)."""
        s = self.srs()
        if not self.wkt or not s.IsProjected():
            raise MeteringError("rs_grid_not_projected", raster=name)
        unit = s.GetLinearUnits()
        return abs(self.transform[1] * self.transform[5]) * unit * unit

    def same_as(self, ds):
        if (ds.RasterXSize, ds.RasterYSize) != (self.width, self.height):
            return False
        if any(abs(a - b) > 1e-9 * max(1.0, abs(a)) for a, b in zip(ds.GetGeoTransform(), self.transform)):
            return False
        other = osr.SpatialReference()
        other.ImportFromWkt(ds.GetProjection() or "")
        return not ds.GetProjection() or not self.wkt or bool(other.IsSame(self.srs()))


def _bounds_in(ds, grid):
    """The dataset's bounds in the grid's CRS (corner and edge points transformed)."""
    g = Grid(ds)
    if not g.wkt or not grid.wkt:
        return g.bounds
    tr = osr.CoordinateTransformation(g.srs(), grid.srs())
    x0, y0, x1, y1 = g.bounds
    pts = [(x0 + (x1 - x0) * i / 10.0, y) for i in range(11) for y in (y0, y1)]
    pts += [(x, y0 + (y1 - y0) * i / 10.0) for i in range(11) for x in (x0, x1)]
    out = [tr.TransformPoint(x, y)[:2] for x, y in pts]
    xs = [p[0] for p in out if all(map(math.isfinite, p))]
    ys = [p[1] for p in out if all(map(math.isfinite, p))]
    return (min(xs), min(ys), max(xs), max(ys)) if xs else (math.inf, math.inf, -math.inf, -math.inf)


def align(ds, grid, name, resampling):
    """``ds`` on the NDVI grid: itself when already there, else a warped VRT; and the notes.

    Stops when the extents do not overlap. ``resampling`` is 'bilinear' or 'near'.
    """
    if grid.same_as(ds):
        return ds, []
    b = _bounds_in(ds, grid)
    g = grid.bounds
    if b[0] >= g[2] or b[2] <= g[0] or b[1] >= g[3] or b[3] <= g[1]:
        raise MeteringError("rs_no_overlap", raster=name, reference="NDVI")
    band = ds.GetRasterBand(1)
    src_nodata = band.GetNoDataValue()
    options = gdal.WarpOptions(
        format="VRT", outputBounds=grid.bounds, width=grid.width, height=grid.height,
        dstSRS=grid.wkt or None, resampleAlg=resampling, srcNodata=src_nodata,
        dstNodata=NODATA if src_nodata is None else src_nodata, multithread=False,
    )
    vrt = "/vsimem/rs_align_{0}.vrt".format(uuid.uuid4().hex)
    warped = gdal.Warp(vrt, ds, options=options)
    covered = b[0] <= g[0] and b[1] <= g[1] and b[2] >= g[2] and b[3] >= g[3]
    notes = [Note.info("rs_aligned", raster=name, method="bilinear" if resampling == "bilinear" else "nearest")]
    if not covered:
        notes.append(Note.warning("rs_partial_overlap", raster=name))
    return warped, notes


class GdalSource:
    """A metering.rs.blocks source over a GDAL dataset: float64 strips, NaN where nodata."""

    def __init__(self, ds, name):
        self.ds = ds
        self.name = name
        self.bands = ds.RasterCount
        self.height = ds.RasterYSize
        self.width = ds.RasterXSize
        self.nodata = [ds.GetRasterBand(i + 1).GetNoDataValue() for i in range(self.bands)]

    def read(self, row0, nrows):
        arr = self.ds.ReadAsArray(0, row0, self.width, nrows)
        arr = np.asarray(arr, dtype=np.float64).reshape(self.bands, nrows, self.width)
        for i, nd in enumerate(self.nodata):
            if nd is not None:
                if math.isnan(nd):
                    continue
                arr[i][arr[i] == nd] = np.nan
        return arr

    def sample(self, size=256):
        """A decimated read of band 1 (at most size × size), for NDVI scale detection."""
        w = min(self.width, size)
        h = min(self.height, size)
        arr = self.ds.GetRasterBand(1).ReadAsArray(0, 0, self.width, self.height, buf_xsize=w, buf_ysize=h)
        arr = np.asarray(arr, dtype=float)
        nd = self.nodata[0]
        if nd is not None and not math.isnan(nd):
            arr[arr == nd] = np.nan
        return arr


class GeoTiffWriter:
    """A float32 GeoTIFF on ``grid`` written strip by strip (NaN → NODATA)."""

    def __init__(self, path, grid, descriptions, unit, metadata=None):
        driver = gdal.GetDriverByName("GTiff")
        self.ds = driver.Create(path, grid.width, grid.height, len(descriptions), gdal.GDT_Float32,
                                options=["COMPRESS=DEFLATE", "ZLEVEL=1", "PREDICTOR=3", "BIGTIFF=IF_SAFER"])
        self.ds.SetGeoTransform(grid.transform)
        if grid.wkt:
            self.ds.SetProjection(grid.wkt)
        for i, text in enumerate(descriptions):
            band = self.ds.GetRasterBand(i + 1)
            band.SetDescription(text)
            band.SetNoDataValue(NODATA)
            band.SetUnitType(unit[i] if isinstance(unit, (list, tuple)) else unit)
        if metadata:
            self.ds.SetMetadata({k: v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, default=str)
                                 for k, v in metadata.items()})

    def write(self, row0, array):
        arr = np.where(np.isfinite(array), array, NODATA).astype(np.float32)
        if arr.ndim == 2:
            arr = arr[None]
        for i in range(arr.shape[0]):
            self.ds.GetRasterBand(i + 1).WriteArray(arr[i], 0, row0)

    def close(self):
        if self.ds is not None:
            self.ds.FlushCache()
            self.ds = None


def band_descriptions(path):
    ds = open_dataset(path, path)
    return [ds.GetRasterBand(i + 1).GetDescription() for i in range(ds.RasterCount)]


def month_labels(prefix):
    return ["{0} {1:02d}".format(prefix, m) for m in range(1, 13)]


# --- vectors on the raster grid ---------------------------------------------------------------------

def burn_zones(wkbs, grid, row0, nrows, srs_wkt=None):
    """Zone index (−1 outside) per pixel of a strip: the polygon containing the pixel centre.

    ``wkbs``: polygon WKB per zone, in the grid's CRS (or ``srs_wkt``). Later zones win where
    polygons overlap.
    """
    mem = gdal.GetDriverByName("MEM").Create("", grid.width, nrows, 1, gdal.GDT_Int32)
    gt = list(grid.transform)
    gt[3] = gt[3] + gt[5] * row0
    mem.SetGeoTransform(gt)
    if grid.wkt:
        mem.SetProjection(grid.wkt)
    band = mem.GetRasterBand(1)
    band.Fill(-1)
    vds = ogr.GetDriverByName("Memory").CreateDataSource("zones")
    srs = osr.SpatialReference()
    if srs_wkt or grid.wkt:
        srs.ImportFromWkt(srs_wkt or grid.wkt)
    layer = vds.CreateLayer("zones", srs if (srs_wkt or grid.wkt) else None, ogr.wkbUnknown)
    layer.CreateField(ogr.FieldDefn("zone", ogr.OFTInteger))
    for i, wkb in enumerate(wkbs):
        if wkb is None:
            continue
        feat = ogr.Feature(layer.GetLayerDefn())
        feat.SetField("zone", i)
        feat.SetGeometry(ogr.CreateGeometryFromWkb(bytes(wkb)))
        layer.CreateFeature(feat)
    gdal.RasterizeLayer(mem, [1], layer, options=["ATTRIBUTE=zone"])
    return band.ReadAsArray()


def sample_points(ds, band_index, xy):
    """Band values at points (map coordinates on the dataset's grid); NaN outside or nodata."""
    gt = ds.GetGeoTransform()
    band = ds.GetRasterBand(band_index)
    nd = band.GetNoDataValue()
    out = []
    for x, y in xy:
        col = int(math.floor((x - gt[0]) / gt[1]))
        row = int(math.floor((y - gt[3]) / gt[5]))
        if 0 <= col < ds.RasterXSize and 0 <= row < ds.RasterYSize:
            v = float(band.ReadAsArray(col, row, 1, 1)[0, 0])
            out.append(np.nan if (nd is not None and v == nd) or not math.isfinite(v) else v)
        else:
            out.append(np.nan)
    return np.array(out, dtype=float)


def zonal_mean(ds, band_index, wkb, centroid_xy):
    """Mean of the pixels whose centres fall in the polygon; the pixel at the centroid when none does.

    Returns (mean, pixel count).
    """
    geom = ogr.CreateGeometryFromWkb(bytes(wkb))
    minx, maxx, miny, maxy = geom.GetEnvelope()
    gt = ds.GetGeoTransform()
    c0 = max(int(math.floor((minx - gt[0]) / gt[1])), 0)
    c1 = min(int(math.ceil((maxx - gt[0]) / gt[1])), ds.RasterXSize)
    r0 = max(int(math.floor((maxy - gt[3]) / gt[5])), 0)
    r1 = min(int(math.ceil((miny - gt[3]) / gt[5])), ds.RasterYSize)
    if c1 > c0 and r1 > r0:
        sub = Grid(ds)
        sub.width = c1 - c0
        sub.transform = (gt[0] + c0 * gt[1], gt[1], 0.0, gt[3], 0.0, gt[5])
        zones = burn_zones([wkb], sub, r0, r1 - r0)
        band = ds.GetRasterBand(band_index)
        values = band.ReadAsArray(c0, r0, c1 - c0, r1 - r0).astype(float)
        nd = band.GetNoDataValue()
        if nd is not None:
            values[values == nd] = np.nan
        inside = (zones == 0) & np.isfinite(values)
        if inside.any():
            return float(values[inside].mean()), int(inside.sum())
    v = sample_points(ds, band_index, [centroid_xy])[0]
    return v, int(math.isfinite(v))


# --- provenance --------------------------------------------------------------------------------------

#: Files larger than this get size and modification time instead of a SHA-256 (hashing 10⁹ bytes
#: would cost more than the computation it documents).
CHECKSUM_LIMIT = 256 * 1024 * 1024


def input_records(named_paths):
    """{parameter: [{path, sha256 | size and mtime}]} of every input file (absolute paths)."""
    from ..metering.provenance import file_sha256

    records = {}
    for name, paths in named_paths.items():
        rows = []
        for p in paths if isinstance(paths, (list, tuple)) else [paths]:
            if not p:
                continue
            path = os.path.abspath(str(p).split("|")[0])
            row = {"path": path}
            if os.path.isfile(path):
                size = os.path.getsize(path)
                if size <= CHECKSUM_LIMIT:
                    row["sha256"] = file_sha256(path)
                else:
                    row["size"] = size
                    row["mtime"] = os.path.getmtime(path)
            rows.append(row)
        records[name] = rows
    return records


def provenance_metadata(algorithm, inputs, parameters, extra=None):
    """The GeoTIFF metadata items every output carries."""
    from ..metering.provenance import plugin_version

    meta = {
        "CARBONMETER_ALGORITHM": algorithm,
        "CARBONMETER_VERSION": plugin_version(),
        "CARBONMETER_STANDARD": "DB4403/T 348-2023",
        "CARBONMETER_INPUTS": input_records(inputs),
        "CARBONMETER_PARAMETERS": parameters,
    }
    meta.update(extra or {})
    return meta
