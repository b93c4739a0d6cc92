"""Sample survey plots for the sample county (deterministic).

Writes ``sample/field_sheets.xlsx`` (a filled workbook in the template format)
and ``sample/survey.gpkg`` (made by running ``carbonmeter:import_survey`` on
it). Plots for 2020 (in ``dltb_2020``) and 2023 (in ``dltb_2023``) of
``sample/county.gpkg``, 20 per main metering object and year (40 per object),
each inside a parcel whose land class maps to that object
(``metering/data/landclass_mapping.csv``).

Run after ``make link``::

    QT_QPA_PLATFORM=offscreen PYTHONPATH=.build/python .venv/bin/python sample/generate_plots.py
"""

import argparse
import datetime
import os
import sys

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
PER_OBJECT_YEAR = 20
OBJECTS = ("forest_arbor", "forest_bamboo", "forest_shrub", "orchard", "tea_garden", "paddy", "dry_land",
           "irrigated_land", "grassland", "wetland_marsh")
YEARS = {2020: "dltb_2020", 2023: "dltb_2023"}
#: Survey tables searched per plot (plots.pools_surveyed): woody objects get every table (a listed
#: table without rows, e.g. no lying dead wood found, is a measured zero); on cropland, grassland and
#: wetland litter and dead wood are not surveyed, so their defaults apply.
WOODY = ("forest_arbor", "forest_bamboo", "forest_shrub", "orchard", "tea_garden")
POOLS_WOODY = "trees,shrub_herb,litter,deadwood,soil"
POOLS_OPEN = "trees,shrub_herb,soil"
# Main species of arbor plots (chinese fir / masson pine stands dominate Hubei plantations).
ARBOR_SPECIES = ("chinese_fir", "masson_pine", "poplar", "oak", "camphor")


def parcels_by_object(county, layer_name):
    """object -> list of (OGR polygon geometry clone, county code) of ``layer_name``."""
    from osgeo import ogr

    mapping = pd.read_csv(os.path.join(REPO, "metering", "data", "landclass_mapping.csv"), dtype=str)
    code_col = [c for c in mapping.columns if c != "object" and "code" in c][0]
    to_object = dict(zip(mapping[code_col].str.strip(), mapping["object"]))
    ds = ogr.Open(county)
    layer = ds.GetLayerByName(layer_name)
    out = {}
    for feature in layer:
        obj = to_object.get(str(feature.GetField("DLBM")).strip())
        if obj in OBJECTS:
            county_code = (feature.GetField("ZLDWDM") or "")[:6] or None
            out.setdefault(obj, []).append((feature.GetGeometryRef().Clone(), county_code))
    return out, layer.GetSpatialRef().Clone()


def point_in(geometry, rng):
    """A random point inside ``geometry`` (rejection sampling in its envelope)."""
    from osgeo import ogr

    xmin, xmax, ymin, ymax = geometry.GetEnvelope()
    for _ in range(200):
        x, y = rng.uniform(xmin, xmax), rng.uniform(ymin, ymax)
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(x, y)
        if geometry.Contains(point):
            return round(x, 1), round(y, 1)
    centre = geometry.PointOnSurface()
    return round(centre.GetX(), 1), round(centre.GetY(), 1)


def trees_for(pid, obj, rng, year):
    rows = []
    if obj == "forest_arbor":
        species = ARBOR_SPECIES[rng.integers(len(ARBOR_SPECIES))]
        growth = 1.0 if year == 2020 else 1.08  # three more growing seasons
        for _ in range(int(rng.integers(25, 41))):
            dbh = float(np.clip(rng.normal(16, 5) * growth, 8, 30))
            height = float(np.clip(1.3 + 0.75 * dbh + rng.normal(0, 1.2), 6, 20))
            dead = rng.random() < 0.04
            rows.append({"plot_id": pid, "species": species, "dbh_cm": round(dbh, 1), "height_m": round(height, 1),
                         "status": "standing_dead" if dead else "live", "crown_width_m": round(dbh / 5, 1),
                         "decay_class": int(rng.integers(1, 4)) if dead else None})
    elif obj == "forest_bamboo":
        for _ in range(int(rng.integers(120, 200))):
            dbh = float(np.clip(rng.normal(9.5, 1.5), 6, 14))
            rows.append({"plot_id": pid, "species": "moso_bamboo", "dbh_cm": round(dbh, 1),
                         "height_m": round(float(np.clip(dbh * 1.4 + rng.normal(0, 1), 7, 18)), 1),
                         "status": "live"})
    elif obj == "orchard":
        for _ in range(int(rng.integers(30, 45))):
            dbh = float(np.clip(rng.normal(10, 2.5), 4, 18))
            rows.append({"plot_id": pid, "species": "citrus", "dbh_cm": round(dbh, 1),
                         "height_m": round(float(np.clip(rng.normal(3, 0.5), 1.8, 4.5)), 1), "status": "live",
                         "crown_width_m": round(float(rng.uniform(2, 3.5)), 1)})
    return rows


def quadrats_for(pid, obj, rng):
    shrub, litter = [], []
    herb_t_ha = {"paddy": (1.0, 3.0), "dry_land": (1.0, 3.0), "irrigated_land": (1.0, 3.0),
                 "grassland": (2.0, 5.0), "wetland_marsh": (3.0, 8.0)}
    layers = []
    if obj in ("forest_arbor", "forest_bamboo", "orchard"):
        layers = [("shrub", 4.0, (1.0, 6.0)), ("herb", 1.0, (0.5, 2.0))]
    elif obj in ("forest_shrub", "tea_garden"):
        layers = [("shrub", 4.0, (6.0, 20.0)), ("herb", 1.0, (0.5, 2.0))]
    elif obj in herb_t_ha:
        layers = [("herb", 1.0, herb_t_ha[obj])]
    for layer, area, (lo, hi) in layers:
        for q in range(3):
            dry_t_ha = rng.uniform(lo, hi)
            ratio = rng.uniform(0.35, 0.55)
            fresh_kg = dry_t_ha * 1000 / 10000 * area / ratio  # t/ha -> kg/m² over the quadrat
            sample_fresh = round(float(rng.uniform(150, 300)), 1)
            shrub.append({"plot_id": pid, "layer": layer, "quadrat_id": "{0}{1}".format(layer[0].upper(), q + 1),
                          "quadrat_area_m2": area, "fresh_mass_kg": round(fresh_kg, 3),
                          "sample_fresh_g": sample_fresh, "sample_dry_g": round(sample_fresh * ratio, 1)})
    if obj.startswith("forest") or obj in ("orchard", "tea_garden"):
        for q in range(3):
            dry_t_ha = rng.uniform(2, 8)
            ratio = rng.uniform(0.5, 0.75)
            sample_fresh = round(float(rng.uniform(100, 200)), 1)
            litter.append({"plot_id": pid, "quadrat_id": "L{0}".format(q + 1), "quadrat_area_m2": 1.0,
                           "fresh_mass_kg": round(dry_t_ha * 0.1 / ratio, 3), "sample_fresh_g": sample_fresh,
                           "sample_dry_g": round(sample_fresh * ratio, 1)})
    return shrub, litter


def soil_for(pid, obj, rng):
    rows = []
    base = {"wetland_marsh": 22.0, "paddy": 16.0, "grassland": 14.0}.get(obj, 12.0)
    for top, bottom, factor in ((0, 10, 1.0), (10, 20, 0.75), (20, 30, 0.55)):
        soc = float(np.clip(base * factor * rng.uniform(0.8, 1.25), 5, 25))
        rows.append({"plot_id": pid, "layer_top_cm": float(top), "layer_bottom_cm": float(bottom),
                     "soc_g_kg": round(soc, 2),
                     "bulk_density_g_cm3": round(float(np.clip(1.1 + 0.1 * factor + rng.normal(0.1, 0.08),
                                                               1.1, 1.5)), 2),
                     "gravel_pct": round(float(rng.uniform(0, 12)), 1)})
    return rows


def make_tables(county, seed=20231012):
    rng = np.random.default_rng(seed)
    tables = {name: [] for name in ("plots", "trees", "shrub_herb", "litter", "deadwood", "soil")}
    for year, layer_name in YEARS.items():
        parcels, _ = parcels_by_object(county, layer_name)
        for obj in OBJECTS:
            candidates = parcels.get(obj, [])
            if not candidates:
                print("no {0} parcels in {1}; skipped".format(obj, layer_name), file=sys.stderr)
                continue
            for n in range(PER_OBJECT_YEAR):
                pid = "{0}-{1}-{2:02d}".format(year, obj, n + 1)
                parcel, county_code = candidates[int(rng.integers(len(candidates)))]
                x, y = point_in(parcel, rng)
                area = 666.7 if obj in ("forest_arbor", "forest_bamboo", "orchard") else 400.0
                tables["plots"].append({
                    "plot_id": pid, "survey_year": year, "object": obj, "stratum": obj, "county": county_code,
                    "plot_shape": "square", "plot_area_m2": area, "slope_deg": round(float(rng.uniform(0, 25)), 1),
                    "surveyor": "样地组{0}".format(int(rng.integers(1, 4))),
                    "survey_date": datetime.date(year, 9, 1) + datetime.timedelta(days=int(rng.integers(0, 60))),
                    "pools_surveyed": POOLS_WOODY if obj in WOODY else POOLS_OPEN,
                    "x": x, "y": y})
                tables["trees"] += trees_for(pid, obj, rng, year)
                shrub, litter = quadrats_for(pid, obj, rng)
                tables["shrub_herb"] += shrub
                tables["litter"] += litter
                if obj == "forest_arbor" and rng.random() < 0.5:
                    for k in range(int(rng.integers(1, 4))):
                        tables["deadwood"].append({
                            "plot_id": pid, "piece_id": "D{0}".format(k + 1), "species": "chinese_fir",
                            "diameter_cm": round(float(rng.uniform(8, 20)), 1),
                            "length_m": round(float(rng.uniform(1, 5)), 1), "decay_class": int(rng.integers(1, 4))})
                tables["soil"] += soil_for(pid, obj, rng)
    return {name: pd.DataFrame(rows) for name, rows in tables.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--county", default=os.path.join(HERE, "county.gpkg"))
    parser.add_argument("--out", default=HERE)
    args = parser.parse_args()
    if not os.path.exists(args.county):
        sys.exit("{0} is missing: run `make sample` first.".format(args.county))
    from carbon_metering.metering import field_sheets

    tables = make_tables(args.county)
    book = os.path.join(args.out, "field_sheets.xlsx")
    field_sheets.write_workbook(book, tables)
    print(book, {k: len(v) for k, v in tables.items()})

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing

    from carbon_metering.processing_provider.provider import CarbonMeteringProvider

    Processing.initialize()
    provider = CarbonMeteringProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    _, srs = parcels_by_object(args.county, "dltb_2020")
    crs = "{0}:{1}".format(srs.GetAuthorityName(None), srs.GetAuthorityCode(None))
    survey = os.path.join(args.out, "survey.gpkg")
    if os.path.exists(survey):
        os.remove(survey)
    result = processing.run("carbonmeter:import_survey", {"INPUT": book, "OUTPUT": survey, "COORD_CRS": crs})
    print(survey, result)


if __name__ == "__main__":
    main()
