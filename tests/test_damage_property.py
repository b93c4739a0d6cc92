"""Random damage (issue 16, "no tracebacks, ever"): every run succeeds or stops with a named
QgsProcessingException — never another exception, never a traceback in the message.

hypothesis, seeded and derandomised (the same examples on every run), few examples per
algorithm so the whole module stays within seconds in `make test`.
"""

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

SETTINGS = settings(derandomize=True, max_examples=12, deadline=None, database=None,
                    suppress_health_check=list(HealthCheck))

#: Values a damaged cell may hold: text where numbers belong, impossible numbers, empties.
BAD = st.one_of(st.none(), st.just(""), st.just("abc"), st.just("乔木林"), st.just(-12.0), st.just(1e12),
                st.just(float("nan")), st.just(0), st.integers(-5, 3000), st.floats(-1e6, 1e6, allow_nan=False),
                st.text(max_size=6))


def _run(alg, params):
    """Run ``alg``; True when it succeeded, False when it stopped with a clean message."""
    import processing
    from qgis.core import QgsProcessingException

    try:
        processing.run(alg, params)
    except QgsProcessingException as error:
        message = str(error)
        assert "Traceback" not in message and "object has no attribute" not in message, message
        return False
    return True


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(["trees", "plots", "soil"]), st.integers(0, 5), st.integers(1, 12),
                          BAD), min_size=1, max_size=4),
       st.sampled_from(["none", "truncate", "header"]))
def test_import_survey_damaged_workbooks(provider, tmp_path_factory, damages, file_damage):
    from openpyxl import load_workbook

    from carbon_metering.metering import field_sheets

    tmp = tmp_path_factory.mktemp("import")
    book = tmp / "sheets.xlsx"
    field_sheets.write_workbook(str(book), {k: v.copy() for k, v in field_sheets.example_tables().items()})
    wb = load_workbook(book)
    for sheet, row, column, value in damages:
        if sheet in wb.sheetnames:
            target_row = field_sheets.KEY_ROW + (0 if file_damage == "header" and row == 0 else row + 1)
            wb[sheet].cell(target_row, column, None if value != value else value)
    wb.save(book)
    if file_damage == "truncate":
        data = book.read_bytes()
        book.write_bytes(data[: len(data) // 2])
    _run("carbonmeter:import_survey", {"INPUT": str(book), "OUTPUT": str(tmp / "s.gpkg")})


def _plot_layer(rows):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    from carbon_metering.metering import POOLS_WITH_TOTAL

    uri = "Point?crs=EPSG:4526&field=object:string&field=survey_year:string" + "".join(
        "&field={0}:string".format(p) for p in POOLS_WITH_TOTAL)
    layer = QgsVectorLayer(uri, "plots", "memory")
    feats = []
    for i, values in enumerate(rows):
        feat = QgsFeature(layer.fields())
        feat.setAttributes([None if v is None else str(v) for v in values])
        feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(38500000 + i * 10, 3400000)))
        feats.append(feat)
    layer.dataProvider().addFeatures(feats)
    return layer


GOOD_PLOT = ["forest_arbor", "2020", 40.0, 8.0, 1.0, 2.0, 35.0, 86.0]


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 7), BAD), max_size=5),
       st.sampled_from([None, 2020, 2023]))
def test_stratum_density_damaged_plots(provider, damages, year):
    rows = [list(GOOD_PLOT) for _ in range(4)]
    for row, column, value in damages:
        rows[row][column] = value
    params = {"INPUT": _plot_layer(rows), "OUTPUT": "memory:"}
    if year is not None:
        params["YEAR"] = year
    _run("carbonmeter:stratum_density", params)


def _density_layer(rows):
    from qgis.core import QgsFeature, QgsVectorLayer

    layer = QgsVectorLayer("None?field=stratum:string&field=pool:string&field=mean:string", "density", "memory")
    feats = []
    for values in rows:
        feat = QgsFeature(layer.fields())
        feat.setAttributes([None if v is None else str(v) for v in values])
        feats.append(feat)
    layer.dataProvider().addFeatures(feats)
    return layer


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 2), BAD), max_size=4),
       st.sampled_from([(2020, 2023), (2020, 2020), (2023, 2020)]))
def test_parcel_stock_damaged_density_table(provider, tmp_path_factory, damages, years):
    from tests.test_stock import _piece_gpkg

    pools = ["agb", "bgb", "deadwood", "litter", "soil"]
    rows = [[obj, pool, value] for obj, base in (("forest_arbor", 10.0), ("paddy", 2.0))
            for pool, value in zip(pools, (base * 4, base, 0.5, 1.0, 30.0))]
    for row, column, value in damages:
        rows[row][column] = value
    tmp = tmp_path_factory.mktemp("stock")
    _run("carbonmeter:parcel_stock", {
        "INPUT": _piece_gpkg(tmp / "pieces.gpkg"), "BASE_DENSITY": _density_layer(rows), "KEY": 0,
        "BASE_YEAR": years[0], "TARGET_YEAR": years[1], "OUTPUT": "memory:", "SUMMARY": "memory:"})


def _damage_gpkg(path, table, damages):
    """Set cells of ``table`` in the GeoPackage ``path``: (row, column index, value) each."""
    import sqlite3

    con = sqlite3.connect(path)
    try:
        columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")') if r[1] not in ("fid", "geom")]
        fids = [r[0] for r in con.execute(f'SELECT fid FROM "{table}" ORDER BY fid')]
        # The R-tree triggers call SpatiaLite functions plain sqlite lacks; only attributes change here.
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%ST_%'"):
            con.execute(f'DROP TRIGGER "{name}"')
        for row, column, value in damages:
            if fids and columns:
                value = None if value != value else value
                try:
                    con.execute(f'UPDATE "{table}" SET "{columns[column % len(columns)]}" = ? WHERE fid = ?',
                                (value, fids[row % len(fids)]))
                except sqlite3.DatabaseError:  # a key the schema itself protects (foreign key, NOT NULL)
                    pass
        con.commit()
    finally:
        con.close()


@pytest.fixture(scope="module")
def survey_gpkg(provider, tmp_path_factory):
    import processing

    from carbon_metering.metering import field_sheets

    tmp = tmp_path_factory.mktemp("survey")
    book = tmp / "sheets.xlsx"
    field_sheets.write_workbook(str(book), {k: v.copy() for k, v in field_sheets.example_tables().items()})
    processing.run("carbonmeter:import_survey", {"INPUT": str(book), "OUTPUT": str(tmp / "survey.gpkg")})
    return tmp / "survey.gpkg"


@SETTINGS
@given(st.sampled_from(["plots", "trees", "soil"]),
       st.lists(st.tuples(st.integers(0, 20), st.integers(0, 30), BAD), min_size=1, max_size=4))
def test_plot_carbon_damaged_survey(provider, survey_gpkg, tmp_path_factory, table, damages):
    import shutil

    copy = tmp_path_factory.mktemp("plots") / "survey.gpkg"
    shutil.copy(survey_gpkg, copy)
    _damage_gpkg(copy, table, damages)
    _run("carbonmeter:plot_carbon", {"INPUT": f"{copy}|layername=plots", "OUTPUT": "memory:"})


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 60), BAD), min_size=1, max_size=4))
def test_export_report_damaged_stock(provider, tmp_path_factory, damages):
    from tests import report_data as rd

    tmp = tmp_path_factory.mktemp("report")
    stock = rd.write_stock_gpkg(tmp / "stock.gpkg")
    _damage_gpkg(tmp / "stock.gpkg", "stock", damages)
    _run("carbonmeter:export_report", {"STOCK": stock, "OUTPUT_XLSX": str(tmp / "r.xlsx")})
