"""Sample survey plots for the sample county (deterministic).

Writes ``sample/field_sheets.xlsx`` (a filled workbook in the template format)
and ``sample/survey.gpkg`` (made by running ``carbonmeter:import_survey`` on
it), for 2020 (in ``dltb_2020``) and 2023 (in ``dltb_2023``) of
``sample/county.gpkg``, with the main metering objects' parcels
(``metering/data/landclass_mapping.csv``).

The design (Hubei spec ch. 6, 充分复用已有固定样地: permanent plots remeasured at both dates):

- ``PERMANENT`` permanent plots (固定样地) per object, each in a parcel whose object is the same in
  both years (an unchanged parcel), measured in 2020 and remeasured in 2023 at the same place (GPS
  re-location within a few metres; the tolerance of stratum_density is 10 m) under the same
  ``permanent_id``. Each measurement has its own ``plot_id``. The 2023 measurement is the 2020 one
  grown: the same trees with three more seasons of diameter and height growth (a few trees died, a
  few grew in), bamboo culms recruited and harvested, shrubs, litter and soil carbon with a slow
  trend per object and a small remeasurement error, herbs and crops re-sampled (annual).
- ``TEMPORARY`` temporary plots (临时样地, no permanent id) per year in forest_arbor and paddy, new
  points each year: their strata get the composite estimator (paired and unpaired plots).
- One permanent forest_arbor plot lost after 2020 (not found in 2023) and one permanent grassland
  plot established in 2023 (new), both unpaired.

So stratum_density's change table (CHANGE_OUTPUT) has a paired (or composite) change for every
object, and the chain's sink uses it on unchanged parcels.

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
SEED = 20231012
BASE_YEAR, TARGET_YEAR = 2020, 2023
YEARS = {BASE_YEAR: "dltb_2020", TARGET_YEAR: "dltb_2023"}
#: Permanent plots per metering object (each measured in both years).
PERMANENT = 18
#: Temporary plots per year in these objects (unpaired: the composite estimator).
TEMPORARY = {"forest_arbor": 2, "paddy": 2}
#: A permanent plot measured in 2020 only (lost) and one measured in 2023 only (new).
LOST = ("forest_arbor", 1)
NEW = ("grassland", 1)
#: GPS re-location error of a remeasured plot (m, standard deviation per axis).
RELOCATION_SD_M = 1.5
OBJECTS = ("forest_arbor", "forest_bamboo", "forest_shrub", "orchard", "tea_garden", "paddy", "dry_land",
           "irrigated_land", "grassland", "wetland_marsh")
#: Survey tables searched per plot (plots.pools_surveyed): woody objects get every table (a listed
#: table without rows, e.g. no lying dead wood found, is a measured zero); on cropland, grassland and
#: wetland litter and dead wood are not surveyed, so their defaults apply.
WOODY = ("forest_arbor", "forest_bamboo", "forest_shrub", "orchard", "tea_garden")
POOLS_WOODY = "trees,shrub_herb,litter,deadwood,soil"
POOLS_OPEN = "trees,shrub_herb,soil"
# Main species of arbor plots (chinese fir / masson pine stands dominate Hubei plantations).
ARBOR_SPECIES = ("chinese_fir", "masson_pine", "poplar", "oak", "camphor")
#: Relative trend of soil organic carbon per year by object (synthetic; of the order reported for
#: Chinese forests and paddies, a few tenths of a per cent a year).
SOIL_TREND = {"forest_arbor": 0.005, "forest_bamboo": 0.005, "forest_shrub": 0.003, "orchard": 0.003,
              "tea_garden": 0.003, "paddy": 0.006, "dry_land": 0.001, "irrigated_land": 0.002,
              "grassland": 0.002, "wetland_marsh": 0.002}
#: Remeasurement error of SOC (relative sd per layer: composite cores at the same pit, one lab).
SOC_REMEASURE_SD = 0.03
#: Relative trend of shrub biomass and litter per year on woody objects.
SHRUB_TREND = {"forest_arbor": 0.03, "forest_bamboo": 0.02, "orchard": 0.0, "forest_shrub": 0.04,
               "tea_garden": 0.01}


def parcels_by_object(county, layer_name):
    """object -> list of (OGR polygon geometry clone, county code) of ``layer_name``."""
    from osgeo import ogr

    to_object = _to_object()
    ds = ogr.Open(county)
    layer = ds.GetLayerByName(layer_name)
    out = {}
    for feature in layer:
        obj = to_object.get(str(feature.GetField("DLBM")).strip())
        if obj in OBJECTS:
            county_code = (feature.GetField("ZLDWDM") or "")[:6] or None
            out.setdefault(obj, []).append((feature.GetGeometryRef().Clone(), county_code))
    return out, layer.GetSpatialRef().Clone()


def _to_object():
    mapping = pd.read_csv(os.path.join(REPO, "metering", "data", "landclass_mapping.csv"), dtype=str)
    code_col = [c for c in mapping.columns if c != "object" and "code" in c][0]
    return dict(zip(mapping[code_col].str.strip(), mapping["object"]))


class ObjectAt:
    """The metering object of a layer at a point (None outside every mapped parcel)."""

    def __init__(self, county, layer_name):
        from osgeo import ogr

        self.ds = ogr.Open(county)
        self.layer = self.ds.GetLayerByName(layer_name)
        self.to_object = _to_object()

    def __call__(self, x, y):
        from osgeo import ogr

        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(x, y)
        self.layer.SetSpatialFilter(point)
        found = None
        for feature in self.layer:
            if feature.GetGeometryRef().Contains(point):
                found = self.to_object.get(str(feature.GetField("DLBM")).strip())
                break
        self.layer.SetSpatialFilter(None)
        return found


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


# --- A plot's state (what stands on it) and its growth -------------------------------------------


def new_state(obj, rng):
    """What a plot holds at its first measurement: trees, quadrat levels, litter, dead wood, soil."""
    state = {"obj": obj, "trees": [], "deadwood": [], "shrub": [], "herb": [], "litter": [], "soil": []}
    if obj == "forest_arbor":
        state["species"] = ARBOR_SPECIES[rng.integers(len(ARBOR_SPECIES))]
        state["site"] = float(rng.uniform(0.25, 0.5))  # diameter growth of the plot (cm/a), site quality
        for _ in range(int(rng.integers(25, 41))):
            dbh = float(np.clip(rng.normal(16, 5), 8, 30))
            dead = rng.random() < 0.04
            state["trees"].append({"species": state["species"], "dbh": dbh,
                                   "height": float(np.clip(1.3 + 0.75 * dbh + rng.normal(0, 1.2), 6, 20)),
                                   "dead": dead, "decay": int(rng.integers(1, 4)) if dead else None,
                                   "vigour": float(rng.uniform(0.6, 1.4))})
        if rng.random() < 0.5:
            for _ in range(int(rng.integers(1, 4))):
                state["deadwood"].append({"diameter": float(rng.uniform(8, 20)), "length": float(rng.uniform(1, 5)),
                                          "decay": int(rng.integers(1, 4))})
    elif obj == "forest_bamboo":
        for _ in range(int(rng.integers(120, 200))):
            state["trees"].append(_culm(rng))
    elif obj == "orchard":
        for _ in range(int(rng.integers(30, 45))):
            dbh = float(np.clip(rng.normal(10, 2.5), 4, 18))
            state["trees"].append({"species": "citrus", "dbh": dbh,
                                   "height": float(np.clip(rng.normal(3, 0.5), 1.8, 4.5)), "dead": False,
                                   "decay": None, "vigour": float(rng.uniform(0.6, 1.4)),
                                   "crown": float(rng.uniform(2, 3.5))})
    herb_t_ha = {"paddy": (1.0, 3.0), "dry_land": (1.0, 3.0), "irrigated_land": (1.0, 3.0),
                 "grassland": (2.0, 5.0), "wetland_marsh": (3.0, 8.0)}
    if obj in ("forest_arbor", "forest_bamboo", "orchard"):
        state["shrub"] = [float(rng.uniform(1.0, 6.0)) for _ in range(3)]
        state["herb"] = (0.5, 2.0)
    elif obj in ("forest_shrub", "tea_garden"):
        state["shrub"] = [float(rng.uniform(6.0, 20.0)) for _ in range(3)]
        state["herb"] = (0.5, 2.0)
    elif obj in herb_t_ha:
        state["herb"] = herb_t_ha[obj]
    if obj in WOODY:
        state["litter"] = [float(rng.uniform(2, 8)) for _ in range(3)]
    base = {"wetland_marsh": 22.0, "paddy": 16.0, "grassland": 14.0}.get(obj, 12.0)
    for top, bottom, factor in ((0, 10, 1.0), (10, 20, 0.75), (20, 30, 0.55)):
        state["soil"].append({"top": top, "bottom": bottom,
                              "soc": float(np.clip(base * factor * rng.uniform(0.8, 1.25), 5, 25)),
                              "bd": float(np.clip(1.1 + 0.1 * factor + rng.normal(0.1, 0.08), 1.1, 1.5)),
                              "gravel": float(rng.uniform(0, 12))})
    return state


def _culm(rng):
    dbh = float(np.clip(rng.normal(9.5, 1.5), 6, 14))
    return {"species": "moso_bamboo", "dbh": dbh, "height": float(np.clip(dbh * 1.4 + rng.normal(0, 1), 7, 18)),
            "dead": False, "decay": None, "vigour": 1.0}


def grow(state, years, rng):
    """The plot ``years`` later (a new state; ``state`` is not changed)."""
    import copy

    obj = state["obj"]
    out = copy.deepcopy(state)
    if obj == "forest_arbor":
        trees = []
        for tree in out["trees"]:
            if not tree["dead"]:
                if rng.random() < 0.02:  # died in the interval
                    tree.update(dead=True, decay=1)
                else:
                    step = state["site"] * tree["vigour"] * years * float(rng.uniform(0.8, 1.2))
                    tree["dbh"] = min(tree["dbh"] + step, 34.0)
                    tree["height"] = min(tree["height"] + 0.3 * years * tree["vigour"], 24.0)
            elif tree["decay"] < 3 and rng.random() < 0.3:
                tree["decay"] += 1
            trees.append(tree)
        for _ in range(int(rng.poisson(0.5))):  # ingrowth: young trees passing the tally limit
            trees.append({"species": state["species"], "dbh": float(rng.uniform(8.0, 9.0)),
                          "height": float(rng.uniform(6.5, 8.0)), "dead": False, "decay": None,
                          "vigour": float(rng.uniform(0.6, 1.4))})
        out["trees"] = trees
        for piece in out["deadwood"]:
            if piece["decay"] < 3 and rng.random() < 0.3:
                piece["decay"] += 1
        if rng.random() < 0.2:  # a stem fell
            out["deadwood"].append({"diameter": float(rng.uniform(8, 16)), "length": float(rng.uniform(1, 4)),
                                    "decay": 1})
    elif obj == "forest_bamboo":
        # Moso culms reach full size in their first season: the stand changes by recruitment and harvest.
        kept = [c for c in out["trees"] if rng.random() > 0.12]
        recruits = int(round(len(state["trees"]) * float(rng.uniform(0.14, 0.20))))
        out["trees"] = kept + [_culm(rng) for _ in range(recruits)]
    elif obj == "orchard":
        for tree in out["trees"]:
            tree["dbh"] = min(tree["dbh"] + 0.25 * tree["vigour"] * years * float(rng.uniform(0.8, 1.2)), 20.0)
            tree["height"] = min(tree["height"] + 0.05 * years, 4.8)  # pruned
    trend = SHRUB_TREND.get(obj, 0.0)
    out["shrub"] = [v * (1 + trend) ** years * float(rng.normal(1.0, 0.05)) for v in out["shrub"]]
    out["litter"] = [v * (1 + trend / 2) ** years * float(rng.normal(1.0, 0.08)) for v in out["litter"]]
    for layer in out["soil"]:
        layer["soc"] = float(np.clip(layer["soc"] * (1 + SOIL_TREND[obj]) ** years
                                     * float(rng.normal(1.0, SOC_REMEASURE_SD)), 5, 25))
        layer["bd"] = float(np.clip(layer["bd"] + rng.normal(0, 0.01), 1.1, 1.5))
    return out


def measure(state, pid, rng):
    """The survey rows of one measurement of ``state``: {table: [rows]}."""
    rows = {name: [] for name in ("trees", "shrub_herb", "litter", "deadwood", "soil")}
    obj = state["obj"]
    for tree in state["trees"]:
        row = {"plot_id": pid, "species": tree["species"], "dbh_cm": round(tree["dbh"], 1),
               "height_m": round(tree["height"], 1), "status": "standing_dead" if tree["dead"] else "live"}
        if obj == "forest_arbor":
            row.update(crown_width_m=round(tree["dbh"] / 5, 1), decay_class=tree["decay"] if tree["dead"] else None)
        elif obj == "orchard":
            row["crown_width_m"] = round(tree["crown"], 1)
        rows["trees"].append(row)
    layers = [("shrub", 4.0, v) for v in state["shrub"]]
    if state["herb"]:
        lo, hi = state["herb"]  # herbs and crops are annual: sampled afresh at every measurement
        layers += [("herb", 1.0, float(rng.uniform(lo, hi))) for _ in range(3)]
    counts = {}
    for layer, area, dry_t_ha in layers:
        counts[layer] = counts.get(layer, 0) + 1
        ratio = rng.uniform(0.35, 0.55)
        fresh_kg = dry_t_ha * 1000 / 10000 * area / ratio  # t/ha -> kg/m² over the quadrat
        sample_fresh = round(float(rng.uniform(150, 300)), 1)
        rows["shrub_herb"].append({"plot_id": pid, "layer": layer,
                                   "quadrat_id": "{0}{1}".format(layer[0].upper(), counts[layer]),
                                   "quadrat_area_m2": area, "fresh_mass_kg": round(fresh_kg, 3),
                                   "sample_fresh_g": sample_fresh, "sample_dry_g": round(sample_fresh * ratio, 1)})
    for q, dry_t_ha in enumerate(state["litter"]):
        ratio = rng.uniform(0.5, 0.75)
        sample_fresh = round(float(rng.uniform(100, 200)), 1)
        rows["litter"].append({"plot_id": pid, "quadrat_id": "L{0}".format(q + 1), "quadrat_area_m2": 1.0,
                               "fresh_mass_kg": round(dry_t_ha * 0.1 / ratio, 3), "sample_fresh_g": sample_fresh,
                               "sample_dry_g": round(sample_fresh * ratio, 1)})
    for k, piece in enumerate(state["deadwood"]):
        rows["deadwood"].append({"plot_id": pid, "piece_id": "D{0}".format(k + 1), "species": "chinese_fir",
                                 "diameter_cm": round(piece["diameter"], 1), "length_m": round(piece["length"], 1),
                                 "decay_class": piece["decay"]})
    for layer in state["soil"]:
        rows["soil"].append({"plot_id": pid, "layer_top_cm": float(layer["top"]),
                             "layer_bottom_cm": float(layer["bottom"]), "soc_g_kg": round(layer["soc"], 2),
                             "bulk_density_g_cm3": round(layer["bd"], 2), "gravel_pct": round(layer["gravel"], 1)})
    return rows


def plot_row(pid, year, obj, county_code, x, y, rng, permanent_id=None, remarks=None):
    area = 666.7 if obj in ("forest_arbor", "forest_bamboo", "orchard") else 400.0
    return {"plot_id": pid, "survey_year": year, "permanent_id": permanent_id,
            "plot_type": "permanent" if permanent_id else "temporary", "object": obj, "stratum": obj,
            "county": county_code, "plot_shape": "square", "plot_area_m2": area,
            "slope_deg": round(float(rng.uniform(0, 25)), 1), "surveyor": "样地组{0}".format(int(rng.integers(1, 4))),
            "survey_date": datetime.date(year, 9, 1) + datetime.timedelta(days=int(rng.integers(0, 60))),
            "pools_surveyed": POOLS_WOODY if obj in WOODY else POOLS_OPEN, "remarks": remarks, "x": x, "y": y}


def _unchanged_point(candidates, object_at, obj, rng):
    """A point in a base-year parcel of ``obj`` whose target-year object is ``obj`` too, and its county."""
    for _ in range(500):
        parcel, county_code = candidates[int(rng.integers(len(candidates)))]
        x, y = point_in(parcel, rng)
        if object_at(x, y) == obj:
            return x, y, county_code
    raise RuntimeError("no unchanged {0} parcel found".format(obj))


def make_tables(county, seed=SEED):
    """The survey tables (plots, trees, shrub_herb, litter, deadwood, soil) as DataFrames."""
    rng = np.random.default_rng(seed)
    tables = {name: [] for name in ("plots", "trees", "shrub_herb", "litter", "deadwood", "soil")}
    parcels = {year: parcels_by_object(county, layer)[0] for year, layer in YEARS.items()}
    at_target = ObjectAt(county, YEARS[TARGET_YEAR])
    at_base = ObjectAt(county, YEARS[BASE_YEAR])
    years = TARGET_YEAR - BASE_YEAR

    def add(plot, rows):
        tables["plots"].append(plot)
        for name, found in rows.items():
            tables[name] += found

    for obj in OBJECTS:
        n_lost = LOST[1] if LOST[0] == obj else 0
        n_new = NEW[1] if NEW[0] == obj else 0
        for n in range(PERMANENT + n_lost + n_new):
            permanent_id = "GD-{0}-{1:02d}".format(obj, n + 1)
            lost, new = n >= PERMANENT and n_lost > 0, n >= PERMANENT and n_new > 0
            if new:  # established in the target year, in a parcel of the same object in both years
                x, y, county_code = _unchanged_point(parcels[TARGET_YEAR][obj], at_base, obj, rng)
            else:
                x, y, county_code = _unchanged_point(parcels[BASE_YEAR][obj], at_target, obj, rng)
            state = new_state(obj, rng)
            if not new:
                pid = "{0}-{1}-{2:02d}".format(BASE_YEAR, obj, n + 1)
                add(plot_row(pid, BASE_YEAR, obj, county_code, x, y, rng, permanent_id), measure(state, pid, rng))
                state = grow(state, years, rng)
            if lost:
                continue  # not found again in the target year (marker stone gone)
            # Re-located by GPS: within a few metres of the first fix, still in the same parcel.
            for _ in range(50):
                x2 = round(x + float(rng.normal(0, RELOCATION_SD_M)), 1)
                y2 = round(y + float(rng.normal(0, RELOCATION_SD_M)), 1)
                if new or at_target(x2, y2) == obj:
                    break
            else:
                x2, y2 = x, y
            pid = "{0}-{1}-{2:02d}".format(TARGET_YEAR, obj, n + 1)
            remarks = "新设固定样地" if new else "复测"
            add(plot_row(pid, TARGET_YEAR, obj, county_code, x2 if not new else x, y2 if not new else y, rng,
                         permanent_id, remarks), measure(state, pid, rng))
        for year in YEARS:
            for k in range(TEMPORARY.get(obj, 0)):
                parcel, county_code = parcels[year][obj][int(rng.integers(len(parcels[year][obj])))]
                x, y = point_in(parcel, rng)
                pid = "{0}-{1}-T{2}".format(year, obj, k + 1)
                add(plot_row(pid, year, obj, county_code, x, y, rng), measure(new_state(obj, rng), pid, rng))
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
