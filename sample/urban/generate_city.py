"""Generate the sample city of the urban carbon monitoring system (deterministic, no random numbers).

    .venv/bin/python sample/urban/generate_city.py          # writes sample/urban/

Writes under sample/urban/:
- city.gpkg, layer ``regions`` (EPSG:4547, the CRS of sample/county.gpkg): the city, three districts
  and one park, fields ``region`` (code), ``name_zh``, ``name_en``, ``level`` (city / district / park).
  The polygons are the six townships of the sample county (sample/rs/districts.gpkg, made from the
  ZLDWDM codes of sample/county.gpkg) dissolved:
    420100  示例市 Sample City                 all six townships (the county's extent)
    420115  西区 West District                 townships 420115001–003 (= county 420115 of the parcels)
    420117  东区 East District                 townships 420117001–002
    420116  东北区 North-east District         township 420117003
    P01     示例经济开发区 Sample Development Zone   the industrial town of township 420117002
  The sample county has two county codes (420115, 420117); the city needs three districts, so the
  eastern county is split by townships and the new district borrows 420116. Hence the parcel chain's
  county row 420117 covers the East and the North-east districts together: it must not serve either
  (the demo's source map takes their sinks from district_sink, run on these polygons).
- activity_2022.xlsx, activity_2023.xlsx: activity data in the template of activity_template
  (metering/inventory/template.py) for six entities E01…E06 (energy, industry, buildings, transport,
  park, community) with the region codes above, which emission_inventory accepts without rejection.

Nothing is real data: the amounts only imitate the shapes of real inputs.
"""

import os
import sys

from osgeo import ogr, osr

ogr.UseExceptions()

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(os.path.dirname(SAMPLE), ".build", "python"))  # carbon_metering (make link)

CITY = "420100"
PARK = "P01"
#: region code → (name_zh, name_en, level, townships (ZLDWDM digits 1–9) dissolved).
REGIONS = {
    CITY: ("示例市", "Sample City", "city",
           ("420115001", "420115002", "420115003", "420117001", "420117002", "420117003")),
    "420115": ("西区", "West District", "district", ("420115001", "420115002", "420115003")),
    "420117": ("东区", "East District", "district", ("420117001", "420117002")),
    "420116": ("东北区", "North-east District", "district", ("420117003",)),
    PARK: ("示例经济开发区", "Sample Development Zone", "park", ()),
}
#: The park: the industrial town north of the river (DLBM 0601/05H1 in township 420117002), as a
#: rectangle clipped to that township.
PARK_BOX = (501200.0, 3376500.0, 503500.0, 3380100.0)
PARK_TOWNSHIP = "420117002"

#: entity → (region, park, [(indicator, carrier, unit, amount 2022, amount 2023)], denominators 2022, 2023).
ENTITIES = {
    "E01": ("420115", "", [
        ("E1.1.D.coal", "bituminous_coal", "t", 52000, 49500),
        ("E1.1.D.gas", "natural_gas", "10⁴ m³", 320, 360),
        ("E1.1.I.power", "electricity", "MWh", 41000, 40200),
    ], {"output_value": (186000, 192500)}),
    "E02": ("420117", PARK, [
        ("E2.1.D.coal", "anthracite", "t", 18500, 17200),
        ("E2.1.D.process", "co2e", "tCO2e", 26400, 25100),
        ("E2.1.I.power", "electricity", "MWh", 58000, 56300),
        ("E2.1.I.green", "green_electricity", "MWh", 6000, 9500),
    ], {"product_output": (410000, 402000)}),
    "E03": ("420115", "", [
        ("E3.1.D.gas", "natural_gas", "10⁴ m³", 95, 92),
        ("E3.1.I.power", "electricity", "MWh", 12600, 12900),
        ("E3.1.I.heat", "heat", "GJ", 21000, 20400),
        ("E3.1.I.green", "green_electricity", "MWh", 800, 1400),
    ], {"floor_area": (168000, 168000)}),
    "E04": ("420117", "", [
        ("E4.1.D.diesel", "diesel", "t", 2100, 1850),
        ("E4.1.D.gas", "natural_gas", "10⁴ m³", 140, 150),
        ("E4.1.I.power", "electricity", "MWh", 3900, 5200),
    ], {"vehicle_km": (3650, 3720)}),
    "E05": ("420117", PARK, [
        ("E5.1.D.gas", "natural_gas", "10⁴ m³", 210, 225),
        ("E5.1.I.power", "electricity", "MWh", 26500, 27800),
        ("E5.1.I.heat", "heat", "GJ", 54000, 55500),
        ("E5.1.I.green", "green_electricity", "MWh", 3000, 4200),
        ("R4.1.1", "electricity_generated", "MWh", 5200, 7800),
    ], {"output_value": (264000, 281000)}),
    "E06": ("420116", "", [
        ("E6.1.I.power", "electricity", "MWh", 18800, 19300),
        ("E6.1.I.heat", "heat", "GJ", 12500, 12300),
        ("R3.1.1", "co2e", "tCO2e", 850, 920),
        ("R2.1.1", "co2e", "tCO2e", 420, 460),
    ], {"population": (46500, 46900)}),
}
YEARS = (2022, 2023)


def _srs():
    s = osr.SpatialReference()
    s.ImportFromEPSG(4547)
    s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return s


def township_geometries():
    ds = ogr.Open(os.path.join(SAMPLE, "rs", "districts.gpkg"))
    layer = ds.GetLayer("districts")
    return {f["code"]: f.GetGeometryRef().Clone() for f in layer}


def region_geometries():
    towns = township_geometries()
    out = {}
    for code, (_, _, level, parts) in REGIONS.items():
        if level == "park":
            x0, y0, x1, y1 = PARK_BOX
            ring = ogr.Geometry(ogr.wkbLinearRing)
            for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)):
                ring.AddPoint_2D(x, y)
            box = ogr.Geometry(ogr.wkbPolygon)
            box.AddGeometry(ring)
            geom = box.Intersection(towns[PARK_TOWNSHIP])
        else:
            union = ogr.Geometry(ogr.wkbMultiPolygon)
            for t in parts:
                g = towns[t]
                for i in range(g.GetGeometryCount()) if g.GetGeometryType() == ogr.wkbMultiPolygon else ():
                    union.AddGeometry(g.GetGeometryRef(i))
                if g.GetGeometryType() == ogr.wkbPolygon:
                    union.AddGeometry(g)
            geom = union.UnionCascaded()
        out[code] = _without_holes(ogr.ForceToMultiPolygon(geom))
    return out


def _without_holes(multi):
    """The exterior rings only: the townships dissolved from parcels keep pin-holes where the
    sample county's deliberate defects (bow-tie, slivers) leave gaps; a region has no real holes."""
    out = ogr.Geometry(ogr.wkbMultiPolygon)
    for i in range(multi.GetGeometryCount()):
        poly = ogr.Geometry(ogr.wkbPolygon)
        poly.AddGeometry(multi.GetGeometryRef(i).GetGeometryRef(0).Clone())
        out.AddGeometry(poly)
    return out


def write_regions(path):
    if os.path.exists(path):
        os.remove(path)
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.CreateDataSource(path)
    layer = ds.CreateLayer("regions", _srs(), ogr.wkbMultiPolygon, options=["GEOMETRY_NAME=geom"])
    for name in ("region", "name_zh", "name_en", "level"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    geoms = region_geometries()
    for code, (zh, en, level, _) in REGIONS.items():
        f = ogr.Feature(layer.GetLayerDefn())
        f["region"], f["name_zh"], f["name_en"], f["level"] = code, zh, en, level
        f.SetGeometry(geoms[code])
        layer.CreateFeature(f)
    ds = None
    return path


def activity_rows(year):
    k = YEARS.index(year)
    rows = []
    for entity, (region, park, lines, denominators) in ENTITIES.items():
        for n, (indicator, carrier, unit, *amounts) in enumerate(lines):
            row = {"entity": entity, "region": region, "park": park, "indicator": indicator, "carrier": carrier,
                   "amount": amounts[k], "unit": unit, "period": str(year),
                   "note": "synthetic sample / 合成样例"}
            if n == 0 or not indicator.startswith("R"):
                for name, values in denominators.items():
                    row[name] = values[k]
            rows.append(row)
    return rows


def write_activity(path, year):
    from carbon_metering.metering.inventory.template import build_template

    if os.path.exists(path):
        os.remove(path)
    return build_template(path, "zh", rows=activity_rows(year))


def main(out=HERE):
    os.makedirs(out, exist_ok=True)
    written = [write_regions(os.path.join(out, "city.gpkg"))]
    for year in YEARS:
        written.append(write_activity(os.path.join(out, "activity_{0}.xlsx".format(year)), year))
    for path in written:
        print(path)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else HERE)
