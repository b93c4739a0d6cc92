"""Small hand-made inputs for the export_report tests (built in tmp_path, never shipped).

Five pieces, densities in t C/ha (pools agb, bgb, deadwood, litter, soil), years 2020 → 2023:
  forest_arbor  base 40+10+2+1+47 = 100, target 46+12+2+1+49 = 110
  dry_land      30 at both years (2+1+0+0+27), grassland 50 (3+6+0+0+41)
  A 420101 arbor→arbor     flag 0, 2.0 ha: 200 → 220 t C
  B 420101 dry_land→arbor  flag 1, 1.0 ha:  30 → 110 t C
  C 420102 grass→grass     flag 0, 3.0 ha: 150 → 150 t C
  D 420102 dry_land→(none) flag 2, 0.5 ha:  15 →   0 t C
  E 420102 (none)→arbor    flag 3, 0.5 ha:   0 →  55 t C
"""

import math

from carbon_metering.metering import CO2_PER_C, POOLS
from carbon_metering.metering.vocabulary import stock_column

BASE_YEAR, TARGET_YEAR = 2020, 2023
DENSITY_BASE = {
    "forest_arbor": (40.0, 10.0, 2.0, 1.0, 47.0),
    "dry_land": (2.0, 1.0, 0.0, 0.0, 27.0),
    "grassland": (3.0, 6.0, 0.0, 0.0, 41.0),
}
DENSITY_TARGET = dict(DENSITY_BASE, forest_arbor=(46.0, 12.0, 2.0, 1.0, 49.0))

PIECES = [
    # county, base_object, target_object, change_flag, area_m2
    ("420101", "forest_arbor", "forest_arbor", 0, 20000.0),
    ("420101", "dry_land", "forest_arbor", 1, 10000.0),
    ("420102", "grassland", "grassland", 0, 30000.0),
    ("420102", "dry_land", None, 2, 5000.0),
    ("420102", None, "forest_arbor", 3, 5000.0),
]


def piece_rows(one_year_null=False):
    """The pieces with stocks = density × area, ΔC = (C_t2 − C_t1)/3 a, removals = ΔC × 44/12.

    ``one_year_null``: the pieces present in one year only (D, E) get NULL ΔC and removals, as
    parcel_stock writes them (no change is defined for them, docs/stock.md)."""
    rows = []
    for county, base, target, flag, area_m2 in PIECES:
        area_ha = area_m2 / 10000.0
        row = {"county": county, "base_object": base, "target_object": target, "change_flag": flag,
               "area_m2": area_m2, "base_year": BASE_YEAR, "target_year": TARGET_YEAR,
               "base_code": None, "target_code": None,
               # the facts parcel_stock records on every piece (report steps read them)
               "base_density": "density_2020", "base_density_sha256": "b" * 64, "target_density": "density_2023",
               "target_density_sha256": "t" * 64, "same_density_table": 0, "density_key": "object"}
        for i, pool in enumerate(POOLS):
            row[stock_column("base", pool)] = DENSITY_BASE[base][i] * area_ha if base else 0.0
            row[stock_column("target", pool)] = DENSITY_TARGET[target][i] * area_ha if target else 0.0
        row["stock_base_total_tc"] = sum(row[stock_column("base", p)] for p in POOLS)
        row["stock_target_total_tc"] = sum(row[stock_column("target", p)] for p in POOLS)
        row["dc_per_year_tc"] = (row["stock_target_total_tc"] - row["stock_base_total_tc"]) / (TARGET_YEAR - BASE_YEAR)
        row["sink_tco2e"] = row["dc_per_year_tc"] * CO2_PER_C
        if one_year_null and flag in (2, 3):
            row["dc_per_year_tc"] = row["sink_tco2e"] = None
        rows.append(row)
    return rows


def write_stock_gpkg(path, drop=(), one_year_null=False):
    """The pieces as squares (EPSG:4526) in a GeoPackage layer 'stock'; ``drop`` leaves fields out;
    ``one_year_null`` as :func:`piece_rows`."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsField,
        QgsFields,
        QgsGeometry,
        QgsPointXY,
        QgsVectorFileWriter,
        QgsWkbTypes,
    )
    from qgis.PyQt.QtCore import QVariant

    rows = piece_rows(one_year_null)
    names = [n for n in rows[0] if n not in drop]
    fields = QgsFields()
    for name in names:
        value = next((r[name] for r in rows if r[name] is not None), "")
        kind = QVariant.Double if isinstance(value, float) else (
            QVariant.Int if isinstance(value, int) else QVariant.String)
        fields.append(QgsField(name, kind))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "stock"
    writer = QgsVectorFileWriter.create(str(path), fields, QgsWkbTypes.MultiPolygon,
                                        QgsCoordinateReferenceSystem("EPSG:4526"),
                                        QgsCoordinateTransformContext(), options)
    x0 = 38500000.0
    for row in rows:
        side = math.sqrt(row["area_m2"])
        ring = [QgsPointXY(x0, 3400000), QgsPointXY(x0 + side, 3400000), QgsPointXY(x0 + side, 3400000 + side),
                QgsPointXY(x0, 3400000 + side)]
        x0 += side + 20.0
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromMultiPolygonXY([[ring]]))
        feature.setAttributes([row[n] for n in names])
        assert writer.addFeature(feature)
    del writer
    return f"{path}|layername=stock"


def memory_table(name, columns, rows):
    """A geometry-less memory layer with ``columns`` [(name, 'string'|'double'|'integer')] and ``rows``."""
    from qgis.core import QgsFeature, QgsVectorLayer

    uri = "None?" + "&".join(f"field={n}:{t}" for n, t in columns)
    layer = QgsVectorLayer(uri, name, "memory")
    features = []
    for values in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def density_layer(densities, name):
    """A stratum_density-like long table: one row per object and pool (n = 5 plots, made-up spread)."""
    rows = []
    for obj, values in densities.items():
        for pool, mean in list(zip(POOLS, values)) + [("total", sum(values))]:
            rows.append((obj, pool, 5, mean, 0.1 * mean, 0.1 * mean / math.sqrt(5), 0.1, 10.0, "plots", 4))
    return memory_table(name, [("stratum", "string"), ("pool", "string"), ("n", "integer"), ("mean", "double"),
                               ("sd", "double"), ("se", "double"), ("half_width", "double"), ("u_pct", "double"),
                               ("source", "string"), ("n_required", "integer")], rows)
