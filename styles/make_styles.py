"""Developer tool: (re)build the shipped QML styles of the parcel chain's output layers.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=.build/python .venv/bin/python styles/make_styles.py

The styles are the product (loaded by the workflow panel with each output, usable from
Layer › Properties › Style › Load); this script only makes them reproducible. Colours follow
the usual land-use palette of the 三调 maps (forest greens, cropland yellows, grassland
light green, wetland blue); change flags as the annual change survey shows them.
"""

import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

#: Metering-object group → fill colour.
GROUP_COLOURS = {
    "forest": "#2e7d32", "garden": "#9ccc65", "cropland": "#fdd835", "grassland": "#c5e1a5",
    "wetland": "#4fc3f7", "non_metered": "#bdbdbd", "unmapped": "#e53935",
}


def objects():
    with open(os.path.join(REPO, "metering", "data", "metering_objects.csv"), encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def categorized(field, categories, geometry="polygon"):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory, QgsSymbol, QgsWkbTypes
    from qgis.PyQt.QtGui import QColor

    kind = QgsWkbTypes.PolygonGeometry if geometry == "polygon" else QgsWkbTypes.PointGeometry
    cats = []
    for value, label, colour in categories:
        symbol = QgsSymbol.defaultSymbol(kind)
        symbol.setColor(QColor(colour))
        if geometry == "polygon":
            symbol.symbolLayer(0).setStrokeColor(QColor("#616161"))
            symbol.symbolLayer(0).setStrokeWidth(0.1)
        else:
            symbol.setSize(2.6)
        cats.append(QgsRendererCategory(value, symbol, label))
    return QgsCategorizedSymbolRenderer(field, cats)


def graduated(expression, breaks, colours):
    from qgis.core import QgsGraduatedSymbolRenderer, QgsRendererRange, QgsSymbol, QgsWkbTypes
    from qgis.PyQt.QtGui import QColor

    ranges = []
    for (low, high, label), colour in zip(breaks, colours):
        symbol = QgsSymbol.defaultSymbol(QgsWkbTypes.PolygonGeometry)
        symbol.setColor(QColor(colour))
        symbol.symbolLayer(0).setStrokeColor(QColor("#9e9e9e"))
        symbol.symbolLayer(0).setStrokeWidth(0.05)
        ranges.append(QgsRendererRange(low, high, symbol, label))
    return QgsGraduatedSymbolRenderer(expression, ranges)


def save(renderer, name, geometry="Polygon"):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer("{0}?crs=EPSG:4547".format(geometry), name, "memory")
    layer.setRenderer(renderer)
    path = os.path.join(HERE, name + ".qml")
    message, ok = layer.saveNamedStyle(path)
    if not ok:
        raise SystemExit("could not write {0}: {1}".format(path, message))
    print("wrote", path)


def build():
    rows = objects()
    # overlay pieces: the change flag (0 unchanged, 1 changed, 2 base only, 3 target only)
    save(categorized("change_flag", [
        (0, "0 unchanged 未变化", "#e0e0e0"), (1, "1 changed 地类变化", "#ef6c00"),
        (2, "2 base year only 仅基准年", "#8e24aa"), (3, "3 target year only 仅计量年", "#1e88e5"),
    ]), "parcel_change")
    # plots by metering object
    save(categorized("object", [(r["object"], "{0} {1}".format(r["object_en"], r["object_zh"]),
                                 GROUP_COLOURS.get(r["group"], "#757575")) for r in rows], "point"),
         "plot_carbon", "Point")
    # sink per hectare of each piece (t CO2e/ha/a; positive = removal), diverging around zero
    sink_per_ha = STOCK_SINK_EXPRESSION
    breaks = [(-1e9, -5, "< −5"), (-5, -1, "−5 … −1"), (-1, -0.01, "−1 … 0"), (-0.01, 0.01, "0"),
              (0.01, 1, "0 … 1"), (1, 5, "1 … 5"), (5, 1e9, "> 5")]
    colours = ["#b2182b", "#ef8a62", "#fddbc7", "#f7f7f7", "#d9f0d3", "#7fbf7b", "#1b7837"]
    save(graduated(sink_per_ha, breaks, colours), "parcel_stock")
    # restoration_areas polygons by restoration type (metering/restoration/rules.py RESTORATION_TYPES)
    save(categorized("restoration_type", [
        ("forest_restoration", "森林保护修复 Forest restoration", "#1b5e20"),
        ("grassland_restoration", "草原保护修复 Grassland restoration", "#9ccc65"),
        ("wetland_restoration", "湿地保护修复 Wetland restoration", "#0288d1"),
        ("soil_water_conservation", "水土流失治理 Soil and water conservation", "#ff8f00"),
        ("mine_rehabilitation", "矿山生态修复 Mine rehabilitation", "#6d4c41"),
        ("vegetation_recovery", "植被恢复 Vegetation recovery", "#cddc39"),
        ("desertification_control", "防沙治沙 Desertification control", "#fbc02d"),
        ("rocky_desertification_control", "石漠化综合治理 Rocky desertification control", "#9e9e9e"),
    ]), "restoration_areas")
    # meter_readings WARNINGS_LAYER by warning level (metering/inventory/meters.py LEVELS; −1 no reference)
    save(categorized("level", [
        (-1, "− no reference 无参考值", "#bdbdbd"), (0, "0 normal 正常", "#43a047"),
        (1, "1 attention 关注", "#fdd835"), (2, "2 warning 预警", "#fb8c00"), (3, "3 alarm 报警", "#e53935"),
    ]), "meter_warnings")
    carbon_balance()


def carbon_balance():
    """carbon_balance LAYER: net emission per region and year (t CO2e/a), diverging around balance
    (red: a net source, green: a net sink); the park drawn over its district, districts over the city."""
    from qgis.core import QgsFeatureRequest

    breaks = [(-1e12, -1e5, "< −100 000 (net sink 净碳汇)"), (-1e5, -1e4, "−100 000 … −10 000"),
              (-1e4, -1e3, "−10 000 … −1 000"), (-1e3, 1e3, "−1 000 … 1 000 (≈ balanced 基本平衡)"),
              (1e3, 1e4, "1 000 … 10 000"), (1e4, 1e5, "10 000 … 100 000"),
              (1e5, 1e12, "> 100 000 (net source 净排放)")]
    colours = ["#1b7837", "#7fbf7b", "#d9f0d3", "#f7f7f7", "#fddbc7", "#ef8a62", "#b2182b"]
    renderer = graduated("net_emission_tco2e", breaks, colours)
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause(
        "CASE WHEN \"level\" = 'city' THEN 0 WHEN \"level\" = 'district' THEN 1 ELSE 2 END", True)]))
    renderer.setOrderByEnabled(True)
    save(renderer, "carbon_balance")


#: parcel_stock's sink per piece divided by its area in ha (t CO2e/ha/a).
STOCK_SINK_EXPRESSION = '"sink_tco2e" / ("area_m2" / 10000)'


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    carbon_balance() if "--carbon-balance" in sys.argv else build()
    app.exitQgis()
    sys.exit(0)
