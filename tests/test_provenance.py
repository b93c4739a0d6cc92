"""Provenance of a report: a checksum per layer (not per GeoPackage file), inputs named by step."""

import hashlib

import pytest

from carbon_metering.metering import provenance as prov


def _two_layer_gpkg(path):
    """A GeoPackage with two point layers, a and b, of two features each (field name, value)."""
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4549)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    for name in ("a", "b"):
        layer = ds.CreateLayer(name, srs, ogr.wkbPoint)
        layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
        layer.CreateField(ogr.FieldDefn("value", ogr.OFTReal))
        for k in range(2):
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("name", "{0}{1}".format(name, k))
            feature.SetField("value", 1.5 * k)
            feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT ({0} 3380000)".format(500000 + k)))
            layer.CreateFeature(feature)
    ds = None


def _set(path, layer_name, fid, field, value):
    from osgeo import ogr

    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayerByName(layer_name)
    feature = layer.GetFeature(fid)
    feature.SetField(field, value)
    layer.SetFeature(feature)
    ds = None


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_layer_checksum_follows_its_own_layer_not_the_file(qgis_app, tmp_path):
    from qgis.core import QgsVectorLayer

    from carbon_metering.processing_provider.provenance_io import layer_checksum

    gpkg = tmp_path / "two.gpkg"
    _two_layer_gpkg(gpkg)

    def checksum(name):
        layer = QgsVectorLayer("{0}|layername={1}".format(gpkg, name), name, "ogr")
        assert layer.isValid() and layer.featureCount() == 2
        return layer_checksum(layer)

    a0, b0, file0 = checksum("a"), checksum("b"), _sha(gpkg)
    assert a0 != b0
    _set(gpkg, "b", 1, "value", 99.0)  # one feature of the other layer changes
    assert _sha(gpkg) != file0  # the whole file's checksum moves …
    assert checksum("a") == a0  # … the layer's does not
    assert checksum("b") != b0
    _set(gpkg, "a", 2, "name", "changed")  # one feature of this layer changes
    assert checksum("a") != a0
    _set(gpkg, "a", 2, "name", "a1")  # back as it was: the same checksum again
    assert checksum("a") == a0


def test_layer_sha256_tells_values_and_geometry_apart():
    base = prov.layer_sha256(["name", "value"], [(["x", 1.0], b"\x01"), (["y", None], None)])
    assert base == prov.layer_sha256(["name", "value"], [(["x", 1.0], b"\x01"), (["y", None], None)])
    # NULL is not an empty text, 1 is not 1.0, a geometry counts, field names count
    assert base != prov.layer_sha256(["name", "value"], [(["x", 1.0], b"\x01"), (["y", ""], None)])
    assert base != prov.layer_sha256(["name", "value"], [(["x", 1], b"\x01"), (["y", None], None)])
    assert base != prov.layer_sha256(["name", "value"], [(["x", 1.0], b"\x02"), (["y", None], None)])
    assert base != prov.layer_sha256(["name", "amount"], [(["x", 1.0], b"\x01"), (["y", None], None)])


def test_column_checksum_is_the_row_checksum(monkeypatch):
    """layer_sha256_columns (columns, feature-id order given apart) gives layer_sha256's digest."""
    import datetime

    names = ["real", "int", "text", "flag", "blob", "day", "mixed", "nulls"]
    columns = [
        [1.5, float("nan"), None, float("inf"), -0.0, 1e-300, 123456789.125],
        [3, None, -7, 2 ** 62, 0, 1, 42],
        ["旱地", 'quote " and \\ back', None, "tab\tline\n", "", "\x01ctl", "旱地"],
        [True, False, None, True, True, False, None],
        [b"\x00\xff", None, b"", b"a", b"b", b"c", b"d"],
        [datetime.date(2020, 1, 2), None, datetime.date(2023, 12, 31), None, None, None, None],
        [1, 1.0, "1", None, True, b"1", datetime.date(2020, 1, 1)],
        [None] * 7,
    ]
    wkb = [b"\x01\x02", None, b"", b"\x03", None, b"\x04\x05", b"\x06"]
    order = [3, 0, 6, 1, 5, 2, 4]
    rows = [([column[k] for column in columns], wkb[k]) for k in order]
    expected = prov.layer_sha256(names, rows)
    assert prov.layer_sha256_columns(names, columns, wkb, order) == expected
    assert prov.layer_sha256_columns(names, columns, wkb, list(range(7))) != expected  # the order counts
    assert prov.layer_sha256_columns([], [], wkb, order) == prov.layer_sha256([], [([], wkb[k]) for k in order])
    assert prov.layer_sha256_columns(["x"], [[1.0, 2.0]]) == prov.layer_sha256(["x"], [([1.0], None), ([2.0], None)])
    monkeypatch.setattr(prov, "_HASH_BLOCK_ROWS", 3)  # rows hashed in blocks: the same digest
    assert prov.layer_sha256_columns(names, columns, wkb, order) == expected
    assert prov.layer_sha256_columns(names, columns, wkb) == prov.layer_sha256(
        names, [([column[k] for column in columns], wkb[k]) for k in range(7)])


def test_temporary_layer_is_named_by_its_step(qgis_app):
    from qgis.core import QgsVectorLayer

    from carbon_metering.processing_provider.provenance_io import layer_record, layer_text

    layer = QgsVectorLayer("None?field=stratum:string", "Stratum densities", "memory")
    record = layer_record("BASE_DENSITY", layer, "4. stratum_density › OUTPUT")
    assert record.path == "4. stratum_density › OUTPUT" and record.temporary
    assert len(record.sha256) == 64
    assert layer_text(layer, "4. stratum_density › OUTPUT") == "4. stratum_density › OUTPUT"
    table = prov.build_provenance([record], {}, "3.22", __import__("datetime").datetime.now())
    text = " ".join(str(c) for c in table.itertuples(index=False) for c in c)
    assert "memory" not in text.lower() and layer.id() not in text


def test_recorded_facts_name_the_step_that_wrote_them():
    import pandas as pd

    pieces = pd.DataFrame({"area_method": ["ellipsoidal"] * 2, "base_year": [2020, 2020],
                           "base_density": ["d2020", "d2020"], "base_density_sha256": ["ab" * 32] * 2})
    plots = pd.DataFrame({"soil_depth_cm": [30.0, 30.0, None]})
    rows = {item: (value, where) for item, value, where in prov.recorded_facts(pieces, plots)}
    assert rows["parcel_change · area_method"] == ("ellipsoidal", "STOCK")
    assert rows["parcel_stock · base_year"] == ("2020", "STOCK")
    assert rows["plot_carbon · soil_depth_cm"] == ("30.0", "PLOTS")
    assert "parcel_stock · target_year" not in rows


def test_recorded_run_settings_of_density_and_uncertainty_are_named_in_words_in_zh():
    """Steps run one by one (the panel): the density tables' confidence and the uncertainty run's
    seed and iterations reach the report's provenance; the zh sheet names them in words."""
    import pandas as pd

    from carbon_metering.metering import report_content as rc
    from carbon_metering.metering.xlsx_export import provenance_row

    density = pd.DataFrame({"stratum": ["forest"], "pool": ["total"], "mean": [50.0], "confidence_pct": [95.0]})
    uncertainty = pd.DataFrame({"level": ["total"], "iterations": [100000], "seed": [7], "distribution": ["normal"]})
    rows = prov.recorded_facts(pd.DataFrame({"county": ["420115"]}), None,
                               {"BASE_DENSITY": density, "TARGET_DENSITY": None, "UNCERTAINTY": uncertainty})
    by_item = {item: (value, where) for item, value, where in rows}
    assert by_item["stratum_density · confidence_pct"] == ("95.0", "BASE_DENSITY")
    assert by_item["uncertainty · seed"] == ("7", "UNCERTAINTY")
    assert by_item["uncertainty · iterations"] == ("100000", "UNCERTAINTY")
    zh = [provenance_row(("recorded", item, value, where), "zh") for item, value, where in rows]
    assert ["前序步骤记录", "stratum_density · 置信水平（%）", "95.0", "BASE_DENSITY"] in zh
    assert not any(rc.internal_codes_in(str(cell), cells=[str(cell)]) for row in zh for cell in row), zh
    en = [provenance_row(("recorded", item, value, where), "en") for item, value, where in rows]
    assert ["recorded by a step", "uncertainty · seed", "7", "UNCERTAINTY"] in en


def test_layer_names_in_sources_are_not_internal_codes():
    from carbon_metering.metering import report_content as rc

    assert rc.internal_codes_in("/out/chain.gpkg|layername=stock_summary") == []
    assert rc.internal_codes_in("汇总表 stock_summary 未翻译") == ["stock_summary"]


@pytest.mark.parametrize("absent", ["", None])
def test_absolute_source_keeps_non_files(absent):
    assert prov.absolute_source(absent) == ""
    assert prov.absolute_source("postgres://x") == "postgres://x"
