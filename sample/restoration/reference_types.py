"""Deterministic reference polygons for the accuracy of the restoration areas (restoration types).

Reads the restoration_areas OUTPUT of the sample (``make demo`` or ``python -m
carbon_metering.tools.demo_restoration``: out/restoration/restoration_areas.gpkg) and writes
``reference_types.gpkg`` (layer ``reference_types``): a stratified random sample by map class
(Olofsson et al. 2014's recommended design), 30 reference polygons per restoration type, each a
100 m × 100 m square centred on a randomly drawn 200 m pixel of that type on the NDVI grid of
generate.py. The field ``restoration_type`` holds what a photo-interpreter would call the square:
the map's type, except for a planted share of disagreement (4 of 30 forest_restoration squares read
as vegetation_recovery, 3 of 30 soil_water_conservation as forest_restoration, 4 of 30
vegetation_recovery as forest_restoration), so that the identification accuracy of the sample map
is about 88 % (Σ W_i Û_i with the sample's mapped shares), not 100 %.

    python sample/restoration/reference_types.py --areas out/restoration/restoration_areas.gpkg
"""

import argparse
import os

import numpy as np
from generate import EPSG, PIXEL, SIZE, X0, Y0
from osgeo import gdal, ogr, osr

PER_CLASS = 30
HALF = 50.0  # half side of a reference square, m
#: map type → (interpreted type of the disagreeing squares, how many of PER_CLASS)
DISAGREE = {"forest_restoration": ("vegetation_recovery", 4),
            "soil_water_conservation": ("forest_restoration", 3),
            "vegetation_recovery": ("forest_restoration", 4)}
SOURCE = "planted reference of sample/restoration/reference_types.py (seed 20240602)"


def type_grid(areas_path):
    """(codes array on the NDVI grid, [types]) with code k + 1 for the k-th type; 0 outside."""
    src = ogr.Open(areas_path)
    layer = src.GetLayer(0)
    types = sorted({f.GetField("restoration_type") for f in layer})
    ds = gdal.GetDriverByName("MEM").Create("", SIZE, SIZE, 1, gdal.GDT_Int16)
    ds.SetGeoTransform((X0, PIXEL, 0.0, Y0, 0.0, -PIXEL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds.SetProjection(srs.ExportToWkt())
    for k, name in enumerate(types):
        layer.SetAttributeFilter("restoration_type = '{0}'".format(name))
        gdal.RasterizeLayer(ds, [1], layer, burn_values=[k + 1])
    return ds.GetRasterBand(1).ReadAsArray(), types


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--areas", required=True, help="restoration_areas OUTPUT of the sample")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                  "reference_types.gpkg"))
    args = ap.parse_args(argv)
    gdal.UseExceptions()
    rng = np.random.default_rng(20240602)
    codes, types = type_grid(args.areas)
    if os.path.exists(args.out):
        os.remove(args.out)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(args.out)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    layer = ds.CreateLayer("reference_types", srs, ogr.wkbPolygon)
    for name in ("restoration_type", "map_type", "source"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for k, name in enumerate(types):
        rows, cols = np.nonzero(codes == k + 1)
        pick = rng.choice(len(rows), size=PER_CLASS, replace=False)
        other, wrong = DISAGREE.get(name, (name, 0))
        for j, p in enumerate(pick):
            x = X0 + (cols[p] + 0.5) * PIXEL
            y = Y0 - (rows[p] + 0.5) * PIXEL
            ring = ogr.Geometry(ogr.wkbLinearRing)
            for dx, dy in ((-1, -1), (1, -1), (1, 1), (-1, 1), (-1, -1)):
                ring.AddPoint_2D(x + dx * HALF, y + dy * HALF)
            square = ogr.Geometry(ogr.wkbPolygon)
            square.AddGeometry(ring)
            f = ogr.Feature(layer.GetLayerDefn())
            f.SetField("restoration_type", other if j < wrong else name)
            f.SetField("map_type", name)
            f.SetField("source", SOURCE)
            f.SetGeometry(square)
            layer.CreateFeature(f)
    ds = None
    print("Wrote", args.out)


if __name__ == "__main__":
    main()
