"""Parcel stock and sink (carbonmeter:parcel_stock and metering/stock.py).

Densities are made up round numbers so every stock can be checked by hand:
stock (t C) = density (t C/ha) × area (ha); ΔC = (C_t2 − C_t1)/(t2 − t1);
removals = ΔC × 44/12 (methods.md §3–4).
"""

import pandas as pd
import pytest

from carbon_metering.metering import POOLS, POOLS_WITH_TOTAL, stock
from carbon_metering.metering import density as density_core
from carbon_metering.metering.density import DensityTable
from carbon_metering.metering.vocabulary import STOCK_FACT_COLUMNS, SUMMARY_COLUMNS, stock_column

# t C/ha; forest total 100 at t1, 110 at t2 (agb grows by 10); paddy total 50.
BASE = pd.DataFrame({
    "key": ["forest_arbor", "paddy"],
    "agb": [50.0, 4.0], "bgb": [10.0, 1.0], "deadwood": [2.0, 0.0], "litter": [3.0, 0.0], "soil": [35.0, 45.0],
})
TARGET = BASE.assign(agb=[60.0, 4.0])

# fid, base_code, target_code, base_object, target_object, change_flag, county, area_m2
PIECES = [
    (1, "0301", "0301", "forest_arbor", "forest_arbor", 0, "420101", 20000.0),  # unchanged 2 ha
    (2, "0101", "0301", "paddy", "forest_arbor", 1, "420101", 15000.0),  # paddy -> forest 1.5 ha
    (3, "0301", None, "forest_arbor", None, 2, "420102", 5000.0),  # base only 0.5 ha
    (4, None, "1001", None, "non_metered", 3, "420102", 3000.0),  # target only, not metered
    (5, "0101", "0101", "paddy", "paddy", 0, "420102", 10000.0),  # unchanged paddy 1 ha
    (6, "1001", "1001", "non_metered", "non_metered", 0, "420102", 40000.0),  # road, 4 ha
]
COLUMNS = ["fid", "base_code", "target_code", "base_object", "target_object", "change_flag", "county", "area_m2"]


def _pieces():
    return pd.DataFrame(PIECES, columns=COLUMNS)


def _stocks(target=TARGET):
    return stock.piece_stocks(
        _pieces(), DensityTable.parse(BASE, "object", "table"), DensityTable.parse(target, "object", "table"),
        2020, 2023, density_core.metered_objects(),
    ).set_index("fid")


def test_pieces_by_hand():
    s = _stocks()
    # Unchanged forest, 2 ha: 100 × 2 = 200 t C -> 110 × 2 = 220 t C; ΔC = 20/3 t C/a.
    assert s.loc[1, "stock_base_total_tc"] == pytest.approx(200.0)
    assert s.loc[1, "stock_target_total_tc"] == pytest.approx(220.0)
    assert s.loc[1, "stock_target_agb_tc"] == pytest.approx(120.0)
    assert s.loc[1, "dc_per_year_tc"] == pytest.approx(20.0 / 3)
    assert s.loc[1, "sink_tco2e"] == pytest.approx(20.0 / 3 * 44 / 12)
    # Changed paddy -> forest, 1.5 ha: t1 by paddy 50 × 1.5 = 75, t2 by forest 110 × 1.5 = 165; ΔC = 30.
    assert (s.loc[2, "base_key"], s.loc[2, "target_key"]) == ("paddy", "forest_arbor")
    assert s.loc[2, "stock_base_total_tc"] == pytest.approx(75.0)
    assert s.loc[2, "stock_base_soil_tc"] == pytest.approx(45.0 * 1.5)
    assert s.loc[2, "stock_target_total_tc"] == pytest.approx(165.0)
    assert s.loc[2, "sink_tco2e"] == pytest.approx(30.0 * 44 / 12)
    # Base only, 0.5 ha: 50 t C at t1, nothing at t2, no change computed.
    assert s.loc[3, "stock_base_total_tc"] == pytest.approx(50.0)
    assert pd.isna(s.loc[3, "stock_target_total_tc"]) and pd.isna(s.loc[3, "dc_per_year_tc"])
    assert s.loc[3, "target_key"] is None
    # Target only, not metered: zero stock at t2 by definition, none at t1.
    assert s.loc[4, "stock_target_total_tc"] == 0.0 and pd.isna(s.loc[4, "stock_base_total_tc"])
    assert s.loc[4, "target_key"] == "non_metered"
    # A road stays a road: zero at both years, zero change (not an error).
    assert s.loc[6, "stock_base_total_tc"] == 0.0 and s.loc[6, "dc_per_year_tc"] == 0.0
    # The piece total is the sum of the pools.
    pools = [stock_column("target", p) for p in POOLS]
    assert (s[pools].sum(axis=1, min_count=1).fillna(-1) == s["stock_target_total_tc"].fillna(-1)).all()


def test_summary_totals_equal_density_times_area():
    s = _stocks()
    summary = stock.stock_summary(s.reset_index())
    index = summary.set_index(["county", "object", "change_group", "pool"])
    # Forest at t2 (unchanged + changed, summarised under the target object): (2 + 1.5) ha × 110.
    assert index.loc[("ALL", "forest_arbor", "all", "total"), "stock_target_tc"] == pytest.approx(3.5 * 110)
    # ... at t1 those pieces held 2 × 100 + 1.5 × 50.
    assert index.loc[("ALL", "forest_arbor", "all", "total"), "stock_base_tc"] == pytest.approx(275.0)
    # Σ density × area per object and pool at t2, over every piece with a target year.
    for obj, area in (("forest_arbor", 3.5), ("paddy", 1.0)):
        for pool in POOLS:
            density = TARGET.set_index("key").loc[obj, pool]
            got = index.loc[("ALL", obj, "all", pool), "stock_target_tc"]
            assert got == pytest.approx(density * area), (obj, pool)
    # Changed and unchanged apart, all = both; one-year pieces outside "all".
    changed = index.loc[("420101", "forest_arbor", "changed", "total")]
    assert changed["area_ha"] == pytest.approx(1.5) and changed["dc_per_year_tc"] == pytest.approx(30.0)
    grand = index.loc[("ALL", "ALL", "all", "total")]
    assert grand["area_ha"] == pytest.approx(2 + 1.5 + 1 + 4)
    assert grand["stock_base_tc"] == pytest.approx(200 + 75 + 50)
    assert grand["sink_tco2e"] == pytest.approx((20.0 / 3 + 30.0) * 44 / 12)
    assert index.loc[("420102", "forest_arbor", "base_only", "total"), "stock_base_tc"] == pytest.approx(50.0)
    assert index.loc[("420102", "non_metered", "all", "total"), "stock_target_tc"] == 0.0
    assert set(summary["pool"]) == set(POOLS_WITH_TOTAL)
    assert list(summary.columns)[:len(SUMMARY_COLUMNS)] == list(SUMMARY_COLUMNS)
    assert set(STOCK_FACT_COLUMNS) <= set(summary.columns)  # the run's facts travel with the summary


def test_missing_density_is_an_error_listing_key_pieces_area():
    base = BASE[BASE["key"] != "paddy"]
    with pytest.raises(stock.StockInputError) as info:
        stock.piece_stocks(_pieces(), DensityTable.parse(base, "object", "table"), None, 2020, 2023,
                           density_core.metered_objects())
    assert info.value.kind == "missing_density"
    # paddy at t1: pieces 2 (1.5 ha) and 5 (1 ha); at t2: piece 5.
    rows = {(r[0], r[2]): (r[3], r[4]) for r in info.value.details["rows"]}  # (year, table, key, n, ha)
    assert rows[("base", "paddy")] == (2, pytest.approx(2.5))
    assert rows[("target", "paddy")] == (1, pytest.approx(1.0))


def test_codes_stay_text_from_csv(tmp_path):
    path = tmp_path / "by_code.csv"
    path.write_text("key,agb,bgb,deadwood,litter,soil\n0101,4,1,0,0,45\n0301,50,10,2,3,35\n", encoding="utf-8")
    # A type-guessing reader turns 0101 into 101; the core restores it as text.
    guessed = pd.read_csv(path)
    assert guessed["key"].iloc[0] == 101
    table = DensityTable.parse(guessed, "code", "table")
    assert list(table.means.index) == ["0101", "0301"]
    table = DensityTable.parse(pd.read_csv(path, dtype=str), "code", "table")
    assert "0101" in table.means.index and 101 not in table.means.index
    assert stock.code_text(301.0) == "0301" and stock.code_text(" 0101 ") == "0101"
    s = stock.piece_stocks(_pieces(), table, None, 2020, 2023, density_core.metered_objects())
    s = s.set_index("fid")
    assert s.loc[2, "base_key"] == "0101" and s.loc[2, "target_key"] == "0301"
    assert s.loc[2, "stock_base_total_tc"] == pytest.approx(75.0)


def test_years_and_bad_flags_rejected():
    table = DensityTable.parse(BASE, "object", "table")
    with pytest.raises(stock.StockInputError) as info:
        stock.piece_stocks(_pieces(), table, None, 2023, 2020, density_core.metered_objects())
    assert info.value.kind == "years_order"
    pieces = _pieces()
    pieces.loc[0, "change_flag"] = 9
    with pytest.raises(stock.StockInputError) as info:
        stock.piece_stocks(pieces, table, None, 2020, 2023, density_core.metered_objects())
    assert info.value.details["rows"] == [(1, 9)]


def test_long_density_table_from_stratum_density():
    plots = pd.DataFrame({
        "fid": [1, 2], "object": ["forest_arbor", "forest_arbor"],
        "agb": [40.0, 60.0], "bgb": [10.0, 10.0], "deadwood": [2.0, 2.0], "litter": [3.0, 3.0],
        "soil": [35.0, 35.0],
    })
    plots["total"] = plots[list(POOLS)].sum(axis=1)
    long = density_core.stratum_density(plots)
    wide = DensityTable.parse(long, "object", "table")
    assert wide.means.loc["forest_arbor", "agb"] == pytest.approx(50.0)
    assert set(density_core.metered_objects()) <= set(wide.means.index)


# ---------------------------------------------------------------------------
# Through Processing
# ---------------------------------------------------------------------------


def _piece_gpkg(path, pieces=None):
    """``pieces`` (default PIECES) as 10 m-wide rectangles in a GeoPackage (area_m2 is carried, not
    recomputed)."""
    from qgis.core import (
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsGeometry,
        QgsVectorFileWriter,
        QgsVectorLayer,
    )

    uri = ("Polygon?crs=EPSG:4526&field=base_code:string&field=target_code:string&field=base_object:string"
           "&field=target_object:string&field=change_flag:integer&field=change_type:string"
           "&field=county:string&field=area_m2:double&field=sliver:integer&field=area_method:string")
    layer = QgsVectorLayer(uri, "pieces", "memory")
    feats = []
    for i, (_, bc, tc, bo, to, flag, county, area) in enumerate(PIECES if pieces is None else pieces):
        feat = QgsFeature(layer.fields())
        feat.setAttributes([bc, tc, bo, to, flag, "", county, area, 0, "planar EPSG:4526"])
        x0 = 38500000 + i * 1000
        wkt = "POLYGON(({0} 3400000, {1} 3400000, {1} {2}, {0} {2}, {0} 3400000))"
        feat.setGeometry(QgsGeometry.fromWkt(wkt.format(x0, x0 + 10, 3400000 + area / 10)))
        feats.append(feat)
    layer.dataProvider().addFeatures(feats)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "pieces"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    return "{0}|layername=pieces".format(path)


def test_processing_end_to_end_by_code(provider, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    from carbon_metering.processing_provider.qgis_io import source_to_frame

    pieces = _piece_gpkg(tmp_path / "pieces.gpkg")
    base = tmp_path / "base.csv"
    base.write_text("key,agb,bgb,deadwood,litter,soil,source\n0101,4,1,0,0,45,test\n0301,50,10,2,3,35,test\n",
                    encoding="utf-8")
    target = tmp_path / "target.csv"
    target.write_text("key,agb,bgb,deadwood,litter,soil\n0101,4,1,0,0,45\n0301,60,10,2,3,35\n", encoding="utf-8")
    result = processing.run("carbonmeter:parcel_stock", {
        "INPUT": pieces, "BASE_DENSITY": str(base), "TARGET_DENSITY": str(target), "KEY": 1,
        "BASE_YEAR": 2020, "TARGET_YEAR": 2023,
        "OUTPUT": str(tmp_path / "stock.gpkg"), "SUMMARY": str(tmp_path / "summary.gpkg"),
    })
    out = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert out.featureCount() == len(PIECES) and out.geometryType() == 2  # polygons, copied
    frame = source_to_frame(out).set_index("base_code", drop=False)
    names = [f.name() for f in out.fields()]
    for pool in POOLS_WITH_TOTAL:
        assert stock_column("base", pool) in names and stock_column("target", pool) in names
    assert "area_method" in names and "sink_tco2e" in names
    changed = frame[frame["change_flag"] == 1].iloc[0]
    assert changed["base_key"] == "0101" and changed["target_key"] == "0301"
    assert changed["stock_target_total_tc"] == pytest.approx(165.0)
    assert changed["sink_tco2e"] == pytest.approx(30.0 * 44 / 12)

    summary = source_to_frame(QgsVectorLayer(result["SUMMARY"], "s", "ogr"))
    grand = summary[(summary["county"] == "ALL") & (summary["object"] == "ALL")
                    & (summary["change_group"] == "all") & (summary["pool"] == "total")].iloc[0]
    assert grand["stock_target_tc"] == pytest.approx(3.5 * 110 + 1.0 * 50)
    assert QgsVectorLayer(pieces, "p", "ogr").featureCount() == len(PIECES)  # input untouched


def test_processing_missing_code_names_key(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    pieces = _piece_gpkg(tmp_path / "pieces.gpkg")
    base = tmp_path / "base.csv"
    base.write_text("key,agb,bgb,deadwood,litter,soil\n0301,50,10,2,3,35\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as info:
        processing.run("carbonmeter:parcel_stock", {
            "INPUT": pieces, "BASE_DENSITY": str(base), "KEY": 1, "BASE_YEAR": 2020, "TARGET_YEAR": 2023,
            "OUTPUT": str(tmp_path / "stock.gpkg"), "SUMMARY": str(tmp_path / "summary.gpkg"),
        })
    message = str(info.value)
    assert "0101" in message and "2.5" in message
    assert not (tmp_path / "stock.gpkg").exists()  # nothing written


def test_processing_chain_from_stratum_density(provider, tmp_path):
    """stratum_density's table feeds parcel_stock directly (KEY = object)."""
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    uri = "Point?crs=EPSG:4526&field=object:string&field=survey_year:integer" + "".join(
        "&field={0}:double".format(p) for p in POOLS_WITH_TOTAL)
    plots = QgsVectorLayer(uri, "plots", "memory")
    feats = []
    for i, agb in enumerate((40.0, 60.0)):
        feat = QgsFeature(plots.fields())
        feat.setAttributes(["forest_arbor", 2020, agb, 10.0, 2.0, 3.0, 35.0, agb + 50.0])
        feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(38500000 + i, 3400000)))
        feats.append(feat)
    plots.dataProvider().addFeatures(feats)
    dens = processing.run("carbonmeter:stratum_density", {"INPUT": plots, "OUTPUT": str(tmp_path / "d.gpkg")})
    result = processing.run("carbonmeter:parcel_stock", {
        "INPUT": _piece_gpkg(tmp_path / "pieces.gpkg"), "BASE_DENSITY": dens["OUTPUT"], "KEY": 0,
        "BASE_YEAR": 2020, "TARGET_YEAR": 2023, "OUTPUT": "memory:", "SUMMARY": "memory:",
    })
    feats = {f["base_code"]: f for f in result["OUTPUT"].getFeatures() if f["change_flag"] == 0}
    # Forest plots: mean agb 50 + bgb 10 + deadwood 2 + litter 3 + soil 35 = 100 t C/ha × 2 ha.
    assert feats["0301"]["stock_base_total_tc"] == pytest.approx(200.0)
    # Paddy has no plots: the shipped default density × 1 ha.
    paddy = density_core.load_default_density()
    paddy_total = paddy.loc[paddy["object"] == "paddy", "mean"].sum()
    assert feats["0101"]["stock_base_total_tc"] == pytest.approx(paddy_total)


# Pieces with codes the mapping does not know (object "unmapped" from parcel_change).
UNMAPPED_PIECES = PIECES[:2] + [
    (7, "9999", "0301", "unmapped", "forest_arbor", 1, "420101", 12000.0),  # unmapped at t1, 1.2 ha
    (8, "9999", "9999", "unmapped", "unmapped", 0, "420102", 3000.0),  # unmapped at both, 0.3 ha
    (9, "0301", "8888", "forest_arbor", "unmapped", 1, "420102", 5000.0),  # unmapped at t2, 0.5 ha
]


def test_unmapped_pieces_listed_and_counted():
    s = stock.piece_stocks(pd.DataFrame(UNMAPPED_PIECES, columns=COLUMNS), DensityTable.parse(BASE, "object", "table"),
                           None, 2020, 2023, density_core.metered_objects())
    listed = stock.unmapped_pieces(s)
    # base year: 9999 on pieces 7 and 8 (1.2 + 0.3 ha); target year: 8888 (0.5 ha), 9999 (0.3 ha).
    assert listed == [("base", "9999", 2, pytest.approx(1.5)), ("target", "8888", 1, pytest.approx(0.5)),
                      ("target", "9999", 1, pytest.approx(0.3))]
    assert s.set_index("fid").loc[8, "stock_base_total_tc"] == 0.0
    summary = stock.stock_summary(s).set_index(["county", "object", "change_group", "pool"])
    # Pieces 8 and 9 are summarised under their target object: unmapped.
    row = summary.loc[("ALL", "unmapped", "all", "total")]
    assert row["n_pieces"] == 2 and row["area_ha"] == pytest.approx(0.8)
    assert summary.loc[("ALL", "ALL", "all", "total"), "n_pieces"] == 5


def test_processing_warns_about_unmapped_codes(provider, tmp_path, log_feedback):
    import processing

    base = tmp_path / "base.csv"
    base.write_text("key,agb,bgb,deadwood,litter,soil\nforest_arbor,50,10,2,3,35\npaddy,4,1,0,0,45\n",
                    encoding="utf-8")
    processing.run("carbonmeter:parcel_stock", {
        "INPUT": _piece_gpkg(tmp_path / "pieces.gpkg", UNMAPPED_PIECES), "BASE_DENSITY": str(base), "KEY": 0,
        "BASE_YEAR": 2020, "TARGET_YEAR": 2023, "OUTPUT": "memory:", "SUMMARY": "memory:",
    }, feedback=log_feedback)
    warnings = [w for w in log_feedback.warnings if "not mapped" in w]
    assert len(warnings) == 1
    assert "9999: 2 pieces, 1.5000 ha" in warnings[0] and "8888: 1 pieces, 0.5000 ha" in warnings[0]


def test_processing_clean_pieces_give_no_unmapped_warning(provider, tmp_path, log_feedback):
    import processing

    base = tmp_path / "base.csv"
    base.write_text("key,agb,bgb,deadwood,litter,soil\nforest_arbor,50,10,2,3,35\npaddy,4,1,0,0,45\n",
                    encoding="utf-8")
    processing.run("carbonmeter:parcel_stock", {
        "INPUT": _piece_gpkg(tmp_path / "pieces.gpkg"), "BASE_DENSITY": str(base), "KEY": 0,
        "BASE_YEAR": 2020, "TARGET_YEAR": 2023, "OUTPUT": "memory:", "SUMMARY": "memory:",
    }, feedback=log_feedback)
    assert not [w for w in log_feedback.warnings if "not mapped" in w]


def test_processing_missing_target_key_names_the_target_table(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    base = tmp_path / "densities_2020.csv"
    base.write_text("key,agb,bgb,deadwood,litter,soil\n0101,4,1,0,0,45\n0301,50,10,2,3,35\n", encoding="utf-8")
    target = tmp_path / "densities_2023.csv"
    target.write_text("key,agb,bgb,deadwood,litter,soil\n0301,60,10,2,3,35\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as info:
        processing.run("carbonmeter:parcel_stock", {
            "INPUT": _piece_gpkg(tmp_path / "pieces.gpkg"), "BASE_DENSITY": str(base),
            "TARGET_DENSITY": str(target), "KEY": 1, "BASE_YEAR": 2020, "TARGET_YEAR": 2023,
            "OUTPUT": "memory:", "SUMMARY": "memory:",
        })
    message = str(info.value)
    # 0101 at t2: piece 5 only (1 ha); the base table has it, the target table does not.
    assert "densities_2023" in message and "densities_2020" not in message
    assert "0101: 1 pieces, 1.0000 ha" in message


def test_processing_opens_both_sinks_before_writing(provider, tmp_path):
    """Everything is computed, then OUTPUT and SUMMARY are both created, then written: a SUMMARY
    that cannot be created (or a cancel) can no longer follow a written OUTPUT."""
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    base = tmp_path / "base.csv"
    base.write_text("key,agb,bgb,deadwood,litter,soil\nforest_arbor,50,10,2,3,35\npaddy,4,1,0,0,45\n",
                    encoding="utf-8")
    alg = QgsApplication.processingRegistry().createAlgorithmById("carbonmeter:parcel_stock")
    events = []

    class Sink:
        def __init__(self, name):
            self.name = name

        def addFeature(self, feature, flags=None):  # noqa: N802 (QgsFeatureSink API)
            events.append(("write", self.name))
            return True

        def lastError(self):  # noqa: N802
            return ""

    def as_sink(parameters, name, context, *args):
        events.append(("create", name))
        return Sink(name), name

    alg.parameterAsSink = as_sink
    parameters = {"INPUT": _piece_gpkg(tmp_path / "pieces.gpkg"), "BASE_DENSITY": str(base), "KEY": 0,
                  "BASE_YEAR": 2020, "TARGET_YEAR": 2023, "OUTPUT": "x", "SUMMARY": "y"}
    result = alg.processAlgorithm(parameters, QgsProcessingContext(), QgsProcessingFeedback())
    assert result == {"OUTPUT": "OUTPUT", "SUMMARY": "SUMMARY"}
    first_write = next(i for i, e in enumerate(events) if e[0] == "write")
    assert events[:first_write] == [("create", "OUTPUT"), ("create", "SUMMARY")]
    writes = [e[1] for e in events[first_write:]]
    assert writes.count("OUTPUT") == len(PIECES) and "create" not in {e[0] for e in events[first_write:]}
    assert writes.index("SUMMARY") == len(PIECES)  # OUTPUT whole, then the SUMMARY


def test_table_sink_in_geopackage_closes_complete_and_quiet(qgis_app, tmp_path):
    """A table without geometry written into a GeoPackage (as the chain does) is complete when
    close_sink returns, and QGIS 3.22's spatial-index call on it does not reach GDAL's handler."""
    from osgeo import gdal
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsFeature,
        QgsField,
        QgsFields,
        QgsProcessingContext,
        QgsProcessingUtils,
        QgsVectorLayer,
        QgsWkbTypes,
    )
    from qgis.PyQt.QtCore import QVariant

    from carbon_metering.processing_provider.qgis_io import close_sink

    fields = QgsFields()
    fields.append(QgsField("value", QVariant.Double))
    path = tmp_path / "chain.gpkg"
    errors = []
    gdal.PushErrorHandler(lambda err_class, err_no, message: errors.append(message))
    try:
        for table in ("summary", "matrix"):
            sink, dest = QgsProcessingUtils.createFeatureSink(
                "ogr:dbname='{0}' table=\"{1}\"".format(path, table), QgsProcessingContext(), fields,
                QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem())
            for value in (1.5, 2.5):
                feature = QgsFeature(fields)
                feature.setAttributes([value])
                sink.addFeature(feature)
            close_sink(sink)
            layer = QgsVectorLayer(dest, table, "ogr")
            assert sorted(f["value"] for f in layer.getFeatures()) == [1.5, 2.5]
    finally:
        gdal.PopErrorHandler()
    assert errors == []


# ---------------------------------------------------------------------------
# Issue 16: a density table records its survey year; parcel_stock checks it
# ---------------------------------------------------------------------------


def _year_plots(years):
    """Two arbor plots per year (agb 40 and 60 t C/ha), as plot_carbon writes them."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    uri = "Point?crs=EPSG:4526&field=object:string&field=survey_year:integer" + "".join(
        "&field={0}:double".format(p) for p in POOLS_WITH_TOTAL)
    plots = QgsVectorLayer(uri, "plots", "memory")
    feats = []
    for k, year in enumerate(years):
        for i, agb in enumerate((40.0, 60.0)):
            feat = QgsFeature(plots.fields())
            feat.setAttributes(["forest_arbor", year, agb, 10.0, 2.0, 3.0, 35.0, agb + 50.0])
            feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(38500000 + 10 * k + i, 3400000)))
            feats.append(feat)
    plots.dataProvider().addFeatures(feats)
    return plots


def _density(plots, path, **params):
    import processing
    from qgis.core import QgsVectorLayer

    out = processing.run("carbonmeter:stratum_density", dict(params, INPUT=plots, OUTPUT=str(path)))["OUTPUT"]
    return out, {f["survey_year"] for f in QgsVectorLayer(out, "d", "ogr").getFeatures()}


def test_stratum_density_records_the_survey_year(provider, tmp_path):
    from qgis.core import NULL

    plots = _year_plots([2020, 2023])
    assert _density(plots, tmp_path / "a.gpkg", YEAR=2023)[1] == {2023}
    assert _density(_year_plots([2020]), tmp_path / "b.gpkg")[1] == {2020}  # the plots' only year
    assert _density(plots, tmp_path / "c.gpkg", POOL_YEARS=True)[1] in ({None}, {NULL})  # pooled: no year


def test_parcel_stock_refuses_a_density_table_of_another_year(provider, tmp_path, log_feedback):
    import processing
    from qgis.core import QgsProcessingException

    plots = _year_plots([2020, 2023])
    base, _ = _density(plots, tmp_path / "d2020.gpkg", YEAR=2020)
    target, _ = _density(plots, tmp_path / "d2023.gpkg", YEAR=2023)
    pieces = _piece_gpkg(tmp_path / "pieces.gpkg")

    def run(base_table, target_table, **years):
        params = {"INPUT": pieces, "BASE_DENSITY": base_table, "TARGET_DENSITY": target_table, "KEY": 0,
                  "BASE_YEAR": 2020, "TARGET_YEAR": 2023, "OUTPUT": "memory:", "SUMMARY": "memory:"}
        params.update(years)
        return processing.run("carbonmeter:parcel_stock", params, feedback=log_feedback)

    assert run(base, target)["OUTPUT"].featureCount() == len(PIECES)  # each table of its year
    for base_table, target_table, years, expected in (
            (target, base, {}, ("2023", "BASE_YEAR = 2020")),           # the two tables swapped
            (base, base, {}, ("2020", "TARGET_YEAR = 2023")),           # the base table twice
            (base, target, {"BASE_YEAR": 2019}, ("2020", "BASE_YEAR = 2019"))):  # the chain's year is wrong
        with pytest.raises(QgsProcessingException) as info:
            run(base_table, target_table, **years)
        message = str(info.value)
        assert "computed for the survey year" in message and all(e in message for e in expected), message
        assert "Traceback" not in message

    # An older or hand-made table without survey_year is accepted; the log says its year is not checked.
    old = tmp_path / "old.csv"
    old.write_text("key,agb,bgb,deadwood,litter,soil\nforest_arbor,50,10,2,3,35\npaddy,4,1,0,0,45\n",
                   encoding="utf-8")
    log_feedback.infos.clear()
    assert run(str(old), target)["OUTPUT"].featureCount() == len(PIECES)
    assert any("has no survey_year" in i and "BASE_YEAR = 2020" in i for i in log_feedback.infos)


def test_density_table_year_column_core():
    from carbon_metering.metering.errors import MeteringError

    frame = pd.DataFrame({"stratum": ["forest_arbor"] * 5, "pool": list(POOLS), "mean": [40.0, 10, 2, 1, 47],
                          "survey_year": [2020] * 5})
    assert DensityTable.parse(frame, "object", "d").survey_year == 2020
    assert DensityTable.parse(frame.drop(columns=["survey_year"]), "object", "d").survey_year is None
    assert DensityTable.parse(frame.assign(survey_year=None), "object", "d").survey_year is None
    assert DensityTable.parse(frame.assign(survey_year="NULL"), "object", "d").survey_year is None  # empty, as text
    with pytest.raises(MeteringError) as info:
        DensityTable.parse(frame.assign(survey_year=[2020, 2020, 2023, 2020, 2020]), "object", "d")
    assert info.value.kind == "density_several_years" and info.value.details["years"] == "2020, 2023"
    with pytest.raises(MeteringError) as info:
        DensityTable.parse(frame.assign(survey_year=["2020", "2020", "20x0", "2020", "2020"]), "object", "d")
    assert info.value.kind == "density_year_invalid" and info.value.details["row"] == 3


def test_outputs_into_one_geopackage_filled_by_sqlite_equal_memory_outputs(provider, tmp_path, monkeypatch):
    """OUTPUT and SUMMARY as ``ogr:dbname=… table=…`` destinations in one GeoPackage (as models and the
    chain write them) are filled by SQLite (metering/gpkg.py) and hold what memory-layer outputs
    (written through QGIS's sink) hold: the same rows, values and geometries, a working spatial index."""
    import processing
    from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsRectangle, QgsVectorLayer

    from carbon_metering.metering import gpkg

    pieces = _piece_gpkg(tmp_path / "pieces.gpkg")
    base = tmp_path / "base.csv"
    base.write_text("key,agb,bgb,deadwood,litter,soil\n0101,4,1,0,0,45\n0301,50,10,2,3,35\n", encoding="utf-8")
    common = {"INPUT": pieces, "BASE_DENSITY": str(base), "KEY": 1, "BASE_YEAR": 2020, "TARGET_YEAR": 2023}
    filled = []
    append = gpkg.append_features
    monkeypatch.setattr(gpkg, "append_features", lambda path, table, *a: (filled.append(table),
                                                                          append(path, table, *a))[1])
    out = tmp_path / "chain.gpkg"

    def uri(table):
        return "ogr:dbname='{0}' table=\"{1}\" (geom)".format(out, table)

    in_file = processing.run("carbonmeter:parcel_stock", dict(common, OUTPUT=uri("stock"), SUMMARY=uri("summary")))
    assert filled == ["stock", "summary"]
    context = QgsProcessingContext()
    in_memory = processing.run("carbonmeter:parcel_stock", dict(common, OUTPUT="memory:", SUMMARY="memory:"),
                               context=context)
    assert filled == ["stock", "summary"]  # memory layers go through the sink

    def rows(layer):
        return sorted((tuple(f.attributes()[1:] if layer.providerType() == "ogr" else f.attributes()),
                       f.geometry().asWkt(3)) for f in layer.getFeatures())

    for name in ("OUTPUT", "SUMMARY"):
        table = "stock" if name == "OUTPUT" else "summary"
        written = QgsVectorLayer("{0}|layername={1}".format(out, table), "w", "ogr")
        memory = in_memory[name]  # processing.run hands memory outputs back as layers
        assert written.isValid() and written.featureCount() == memory.featureCount() > 0
        assert [f.name() for f in written.fields()][1:] == [f.name() for f in memory.fields()]
        assert rows(written) == rows(memory), name
    stock = QgsVectorLayer("{0}|layername=stock".format(out), "s", "ogr")
    assert stock.wkbType() == in_memory["OUTPUT"].wkbType() and stock.hasSpatialIndex() == 2
    box = QgsRectangle(38500000, 3400000, 38500005, 3400001)  # inside the first piece only
    assert len(list(stock.getFeatures(QgsFeatureRequest().setFilterRect(box)))) == 1
    assert in_file["OUTPUT"] == "{0}|layername=stock".format(out)  # QGIS names the destination by file and layer

