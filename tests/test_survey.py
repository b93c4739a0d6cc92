"""Survey GeoPackage, forms, field-sheet template and import (create_survey, import_survey)."""

import csv
import datetime
import hashlib
import os
import sqlite3

import pandas as pd
import pytest

from carbon_metering.metering import field_sheets
from carbon_metering.metering import survey_schema as ss
from tests.conftest import REPO

FIRST = field_sheets.HEADER_ROWS + 1  # Excel row of the first record


def _digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def _count(path, table):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT COUNT(*) FROM {0}".format(table)).fetchone()[0]
    finally:
        con.close()


@pytest.fixture(scope="module")
def blank_survey(tmp_path_factory, provider):
    """One survey made by create_survey, copied per test (keeps the suite fast)."""
    import processing

    path = tmp_path_factory.mktemp("survey") / "blank.gpkg"
    result = processing.run("carbonmeter:create_survey", {"OUTPUT": str(path), "LANGUAGE": 1})
    assert result["OUTPUT"] == str(path)
    return path


@pytest.fixture
def survey(blank_survey, tmp_path):
    import shutil

    # Same file name: the stored project names its layers ./blank.gpkg|layername=...
    dst = tmp_path / blank_survey.name
    shutil.copy(blank_survey, dst)
    return dst


def _example():
    return {k: v.copy() for k, v in field_sheets.example_tables().items()}


# ------------------------------------------------------------------ pure core

def test_validate_table_flags_each_kind():
    frame = pd.DataFrame({
        "plot_id": ["P1", "P1", "P1", "P1", None],
        "species": ["chinese_fir", "杉木", "banana", "oak", "oak"],
        "dbh_cm": [12.5, "abc", 10, 0, 5],
        "status": ["live", "live", "live", "live", "live"],
        "decay_class": [None, None, None, None, 2],
        "_row": [4, 5, 6, 7, 8],
    })
    clean, problems = ss.validate_table("trees", frame)
    got = {(p["row"], p["column"], p["code"]) for p in problems}
    assert got == {(5, "dbh_cm", "not_number"), (6, "species", "not_in_list"), (7, "dbh_cm", "out_of_range"),
                   (8, "plot_id", "required"), (8, "decay_class", "rule")}
    # A Chinese name maps to its code; row 4 is clean.
    assert clean["species"].tolist()[1] == "chinese_fir"
    assert clean["_ok"].tolist() == [True, False, False, False, False]
    reason = [p for p in problems if p["row"] == 7][0]["reason"]
    assert reason == "out of range: must be > 0, <= 300"


def test_cross_field_rules():
    soil = pd.DataFrame({"plot_id": ["A", "A"], "layer_top_cm": [10, 0], "layer_bottom_cm": [10, 20],
                         "soc_g_kg": [12, None], "som_g_kg": [None, None], "bulk_density_g_cm3": [1.2, 1.3],
                         "_row": [4, 5]})
    _, problems = ss.validate_table("soil", soil)
    assert {(p["row"], p["column"]) for p in problems} == {(4, "layer_bottom_cm"), (5, "som_g_kg")}
    litter = pd.DataFrame({"plot_id": ["A"], "quadrat_area_m2": [1], "fresh_mass_kg": [0.5],
                           "sample_fresh_g": [100], "sample_dry_g": [120], "_row": [4]})
    _, problems = ss.validate_table("litter", litter)
    assert [(p["column"], p["reason"]) for p in problems] == [
        ("sample_dry_g", "sample dry mass must not exceed sample fresh mass")]
    assert problems[0]["params"]["rule"] == "dry_le_fresh"


def test_pools_surveyed_takes_codes_or_names_and_rejects_others():
    plots = pd.DataFrame({"plot_id": ["A", "B", "C", "D"], "survey_year": [2023] * 4,
                          "object": ["forest_arbor"] * 4, "plot_area_m2": [400.0] * 4,
                          "x": [1.0] * 4, "y": [2.0] * 4,
                          "pools_surveyed": ["trees, Deadwood", "乔木每木检尺；倒木、soil", None, "trees,leaves"],
                          "_row": [4, 5, 6, 7]})
    clean, problems = ss.validate_table("plots", plots)
    # Stored as codes in the order given; Chinese names and full-width separators accepted.
    assert clean["pools_surveyed"].tolist()[:3] == ["trees,deadwood", "trees,deadwood,soil", None]
    assert [(p["row"], p["column"], p["code"], p["value"]) for p in problems] == [
        (7, "pools_surveyed", "not_in_list", "trees,leaves")]
    assert clean["_ok"].tolist() == [True, True, True, False]


def test_pools_surveyed_form_constraint_matches_codes():
    from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsField, QgsFields
    from qgis.PyQt.QtCore import QVariant

    expression, message = ss.field_constraint("plots", "pools_surveyed", "en")
    assert "comma-separated codes trees, shrub_herb, litter, deadwood, soil" in message
    fields = QgsFields()
    fields.append(QgsField("pools_surveyed", QVariant.String))
    for value, expected in (("trees,deadwood", True), ("trees , soil", True), (None, True),
                            ("trees,leaves", False), ("treesdeadwood", False)):
        feature = QgsFeature(fields)
        feature.setAttributes([value])
        context = QgsExpressionContext()
        context.setFeature(feature)
        assert bool(QgsExpression(expression).evaluate(context)) is expected, value


def test_every_rule_has_a_translatable_reason(provider):
    from carbon_metering.processing_provider.import_survey import ImportSurveyAlgorithm

    alg = ImportSurveyAlgorithm()
    for rule in ss.RULES:
        item = {"code": "rule", "params": {"rule": rule.code, "message": "untranslated"}}
        # The algorithm's own template (English here), not the core's text passed through.
        assert alg.reason(item) == rule.message_en, rule.code
    county = ss.problem("plots", 4, "county", "4201", "bad_pattern", digits=6)
    assert alg.reason(county) == "wrong format (expected 6 digits)"


def test_form_constraint_expressions_match_validation():
    from qgis.core import (
        QgsExpression,
        QgsExpressionContext,
        QgsExpressionContextUtils,
        QgsFeature,
        QgsField,
        QgsFields,
    )
    from qgis.PyQt.QtCore import QVariant

    expression, message = ss.field_constraint("trees", "dbh_cm", "en")
    assert "DBH" in message
    fields = QgsFields()
    fields.append(QgsField("dbh_cm", QVariant.Double))
    for value, expected in ((0.0, False), (-1.0, False), (0.1, True), (300.0, True), (301.0, False)):
        feature = QgsFeature(fields)
        feature.setAttributes([value])
        context = QgsExpressionContext()
        context.appendScope(QgsExpressionContextUtils.globalScope())
        context.setFeature(feature)
        assert bool(QgsExpression(expression).evaluate(context)) is expected, value
        frame = pd.DataFrame({"plot_id": ["A"], "species": ["oak"], "dbh_cm": [value], "status": ["live"],
                              "_row": [4]})
        assert bool(ss.validate_table("trees", frame)[0]["_ok"][0]) is expected, value


# ------------------------------------------------------------- create_survey

def test_create_survey_tables_and_foreign_keys(survey):
    from osgeo import ogr
    from qgis.core import QgsVectorLayer

    for name in ss.TABLES:
        layer = QgsVectorLayer("{0}|layername={1}".format(survey, name), name, "ogr")
        assert layer.isValid(), name
        assert [f.name for f in ss.SCHEMA[name].attribute_fields()] == \
            [f.name() for f in layer.fields() if f.name() != "fid"]
    plots = QgsVectorLayer("{0}|layername=plots".format(survey), "plots", "ogr")
    assert plots.crs().authid() == "EPSG:4547"

    con = sqlite3.connect(survey)
    with pytest.raises(sqlite3.IntegrityError, match="plot_id not found"):
        con.execute("INSERT INTO trees (plot_id, species, dbh_cm, status) VALUES ('nope', 'oak', 10, 'live')")
    con.close()

    ds = ogr.Open(str(survey), 1)
    layer = ds.GetLayerByName("plots")
    feature = ogr.Feature(layer.GetLayerDefn())
    for key, value in (("plot_id", "P1"), ("survey_year", 2023), ("object", "forest_arbor"),
                       ("plot_area_m2", 666.7)):
        feature.SetField(key, value)
    assert layer.CreateFeature(feature) == 0
    fid = feature.GetFID()
    ds = None
    con = sqlite3.connect(survey)
    con.execute("INSERT INTO trees (plot_id, species, dbh_cm, status) VALUES ('P1', 'oak', 10, 'live')")
    con.execute("INSERT INTO soil (plot_id, layer_top_cm, layer_bottom_cm, soc_g_kg, bulk_density_g_cm3) "
                "VALUES ('P1', 0, 20, 10, 1.2)")
    con.commit()
    con.close()
    assert _count(survey, "trees") == 1
    ds = ogr.Open(str(survey), 1)
    assert ds.GetLayerByName("plots").DeleteFeature(fid) == 0
    ds = None
    # Deleting the plot cascades to its rows.
    assert _count(survey, "trees") == 0 and _count(survey, "soil") == 0


FORM_PROBE = r"""
import json, sys
from qgis.core import QgsApplication, QgsFeature, QgsProject
app = QgsApplication([], True)  # widgets need a GUI application (offscreen platform)
app.initQgis()
from qgis.gui import QgsAttributeEditorContext, QgsAttributeForm, QgsGui, QgsRelationWidgetWrapper
from qgis.gui import QgsEditorWidgetWrapper, QgsMapCanvas
from qgis.core import QgsVectorLayerTools
QgsGui.editorWidgetRegistry().initEditors()


class Tools(QgsVectorLayerTools):
    # The relation editor calls the layer tools QGIS desktop provides; a stand-in here.
    def addFeature(self, *args): return True
    def startEditing(self, layer): return True
    def stopEditing(self, layer, allowCancel=True): return True
    def saveEdits(self, layer): return True
    def copyMoveFeatures(self, *args): return False


tools, canvas = Tools(), QgsMapCanvas()
context = QgsAttributeEditorContext()
context.setVectorLayerTools(tools)
context.setMapCanvas(canvas)
project = QgsProject.instance()
ok = project.read("geopackage:" + sys.argv[1] + "?projectName=survey")
out = {"read": ok, "relations": sorted(r.id() for r in project.relationManager().relations().values())}
plots = project.mapLayersByName("plots")[0]
feature = QgsFeature(plots.fields())
feature.setAttribute("plot_id", "P1")
form = QgsAttributeForm(plots, feature, context)
out["relation_widgets"] = sorted(w.relation().id() for w in form.findChildren(QgsRelationWidgetWrapper))
out["tabs"] = [c.name() for c in plots.editFormConfig().tabs()]
trees = project.mapLayersByName("trees")[0]
tree = QgsFeature(trees.fields())
tree.setAttribute("dbh_cm", 0.0)
tree.setAttribute("species", "oak")
tform = QgsAttributeForm(trees, tree, context)
out["tree_widgets"] = {w.field().name(): type(w.widget()).__name__ for w in tform.findChildren(QgsEditorWidgetWrapper)}
species = [w for w in tform.findChildren(QgsEditorWidgetWrapper) if w.field().name() == "species"][0]
out["species_value"] = species.value()
dbh = [w for w in tform.findChildren(QgsEditorWidgetWrapper) if w.field().name() == "dbh_cm"][0]
out["dbh_valid"] = dbh.isValidConstraint()
print("RESULT" + json.dumps(out))
project.clear()
app.exitQgis()
"""


def test_forms_in_project_headless(survey, tmp_path):
    """The project stored in the GeoPackage gives working forms (QgsAttributeForm, offscreen)."""
    import json
    import os
    import subprocess
    import sys

    # pytest-qgis runs without a GUI application here; widgets need one, so a child process builds them.
    probe = tmp_path / "probe.py"
    probe.write_text(FORM_PROBE, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, str(probe), str(survey)], capture_output=True, text=True, env=env,
                         timeout=120)
    lines = [line for line in run.stdout.splitlines() if line.startswith("RESULT")]
    assert lines, run.stderr[-2000:]
    out = json.loads(lines[0][len("RESULT"):])
    expected = sorted("plots_" + c for c in ss.CHILD_TABLES)
    assert out["read"] and out["relations"] == expected
    assert out["relation_widgets"] == expected
    assert out["tabs"] == ["Plot", "Record", "Trees", "Shrubs and herbs", "Litter and deadwood", "Soil"]
    assert out["tree_widgets"]["species"] == "QComboBox"  # the value-map widget
    assert out["species_value"] == "oak"
    assert out["dbh_valid"] is False


def test_constraints_in_project(survey):
    from qgis.core import QgsFeature, QgsFieldConstraints, QgsProject, QgsVectorLayerUtils

    project = QgsProject()
    assert project.read("geopackage:{0}?projectName=survey".format(survey))
    plots = project.mapLayersByName("plots")[0]
    assert plots.attributeAlias(plots.fields().indexFromName("plot_area_m2")) == "Plot area (m²)"
    trees = project.mapLayersByName("trees")[0]
    setup = trees.editorWidgetSetup(trees.fields().indexFromName("species"))
    assert setup.type() == "ValueMap"
    codes = [list(item.values())[0] for item in setup.config()["map"]]
    assert codes == ss.value_list("species")["code"].tolist()
    tree = QgsFeature(trees.fields())
    tree.setAttribute("dbh_cm", 0.0)
    idx = trees.fields().indexFromName("dbh_cm")
    ok, errors = QgsVectorLayerUtils.validateAttribute(trees, tree, idx, QgsFieldConstraints.ConstraintStrengthHard)
    assert not ok and any("DBH: > 0, <= 300 cm" in e for e in errors)
    tree.setAttribute("dbh_cm", 12.0)
    ok, _ = QgsVectorLayerUtils.validateAttribute(trees, tree, idx, QgsFieldConstraints.ConstraintStrengthHard)
    assert ok
    project.clear()


def test_default_styles_carry_constraints(survey):
    """Layers opened on their own (no project) get the forms from the GeoPackage's styles."""
    from qgis.core import QgsFeature, QgsFieldConstraints, QgsVectorLayer, QgsVectorLayerUtils

    soil = QgsVectorLayer("{0}|layername=soil".format(survey), "soil", "ogr")
    assert soil.attributeAlias(soil.fields().indexFromName("layer_bottom_cm")) == "Layer bottom (cm)"
    feature = QgsFeature(soil.fields())
    feature.setAttribute("layer_top_cm", 30.0)
    feature.setAttribute("layer_bottom_cm", 20.0)
    ok, errors = QgsVectorLayerUtils.validateAttribute(
        soil, feature, soil.fields().indexFromName("layer_bottom_cm"), QgsFieldConstraints.ConstraintStrengthHard)
    assert not ok and any("layer bottom must be deeper than layer top" in e for e in errors)
    for name, field, a, b in (("litter", "sample_dry_g", 120.0, 100.0), ("shrub_herb", "sample_dry_g", 120.0, 100.0)):
        layer = QgsVectorLayer("{0}|layername={1}".format(survey, name), name, "ogr")
        feature = QgsFeature(layer.fields())
        feature.setAttribute("sample_dry_g", a)
        feature.setAttribute("sample_fresh_g", b)
        ok, errors = QgsVectorLayerUtils.validateAttribute(
            layer, feature, layer.fields().indexFromName(field), QgsFieldConstraints.ConstraintStrengthHard)
        assert not ok and any("must not exceed" in e for e in errors), name
        feature.setAttribute("sample_dry_g", 50.0)
        ok, _ = QgsVectorLayerUtils.validateAttribute(
            layer, feature, layer.fields().indexFromName(field), QgsFieldConstraints.ConstraintStrengthHard)
        assert ok


def test_create_and_import_survey_without_gdal_errors(tmp_path, provider):
    """The forms are written after the styles through fresh connections, and the import moves its
    temporary copy into place with nothing left open on it: GDAL reports nothing."""
    import processing
    from osgeo import gdal

    book = _workbook(tmp_path, _example())
    errors = []
    gdal.PushErrorHandler(lambda err_class, err_no, message: errors.append(message))
    try:
        result = processing.run("carbonmeter:import_survey", {"INPUT": str(book),
                                                               "OUTPUT": str(tmp_path / "new.gpkg")})
    finally:
        gdal.PopErrorHandler()
    assert result["PROBLEMS"] == 0 and _count(tmp_path / "new.gpkg", "plots") == 1
    assert errors == []


def test_create_survey_chinese_labels(tmp_path, provider):
    import processing
    from qgis.core import QgsVectorLayer

    path = tmp_path / "zh.gpkg"
    processing.run("carbonmeter:create_survey", {"OUTPUT": str(path), "CRS": "EPSG:4526", "LANGUAGE": 0})
    trees = QgsVectorLayer("{0}|layername=trees".format(path), "trees", "ogr")
    assert trees.attributeAlias(trees.fields().indexFromName("dbh_cm")) == "胸径 (cm)"
    labels = [list(item.keys())[0] for item in
              trees.editorWidgetSetup(trees.fields().indexFromName("species")).config()["map"]]
    assert "杉木 [chinese_fir]" in labels
    plots = QgsVectorLayer("{0}|layername=plots".format(path), "plots", "ogr")
    assert plots.crs().authid() == "EPSG:4526"
    # Issue 15: the plot form's tree list shows each tree by its number and species (and DBH)
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsFeature

    assert "fid" in trees.displayExpression() and "species" in trees.displayExpression()
    feature = QgsFeature(trees.fields())
    feature.setAttribute("fid", 7)
    feature.setAttribute("species", "chinese_fir")
    feature.setAttribute("dbh_cm", 12.5)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(trees))
    context.setFeature(feature)
    assert QgsExpression(trees.displayExpression()).evaluate(context) == "样木 7：杉木 [chinese_fir]，胸径 12.5 cm"
    assert plots.displayExpression() == '"plot_id"'


# ------------------------------------------------------------------ template

def test_template_matches_schema(tmp_path):
    from openpyxl import load_workbook

    path = REPO / "forms" / "field_sheets_template.xlsx"
    wb = load_workbook(path)
    assert set(ss.TABLES) | {"instructions", "lists"} == set(wb.sheetnames)
    for name in ss.TABLES:
        ws = wb[name]
        keys = [c.value for c in ws[field_sheets.KEY_ROW]]
        assert keys == [f.name for f in ss.SCHEMA[name].fields], name
        assert ws.cell(1, 1).value.startswith("样地号") and ws.cell(2, 1).value.startswith("Plot ID")
    trees = wb["trees"]
    formulas = {str(dv.sqref): dv.formula1 for dv in trees.data_validations.dataValidation}
    species_col = "B"  # species is the 2nd field of trees
    list_dv = [f for ref, f in formulas.items() if ref.startswith(species_col + "4")]
    assert list_dv and list_dv[0].startswith("=lists!")
    dbh = [dv for dv in trees.data_validations.dataValidation if str(dv.sqref).startswith("C4")][0]
    assert dv_bounds(dbh) == ("decimal", 0.0, 300.0)
    assert wb["plots"].cell(FIRST, 1).value == "EX-001"
    # The committed file is what the script makes from the schema now.
    fresh = tmp_path / "t.xlsx"
    field_sheets.write_workbook(fresh, field_sheets.example_tables())
    assert field_sheets.read_workbook(fresh).keys() == field_sheets.read_workbook(path).keys()
    for name, frame in field_sheets.read_workbook(fresh).items():
        assert frame.astype(str).equals(field_sheets.read_workbook(path)[name].astype(str)), name


def dv_bounds(dv):
    return dv.type, float(dv.formula1), float(dv.formula2)


# -------------------------------------------------------------------- import

def _workbook(tmp_path, tables, name="sheets.xlsx"):
    path = tmp_path / name
    field_sheets.write_workbook(path, tables)
    return path


def test_import_valid_workbook(survey, tmp_path, provider):
    import processing

    tables = _example()
    book = _workbook(tmp_path, tables)
    result = processing.run("carbonmeter:import_survey", {"INPUT": str(book), "SURVEY": str(survey)})
    assert result["PROBLEMS"] == 0
    for name, frame in tables.items():
        assert _count(survey, name) == len(frame), name
    con = sqlite3.connect(survey)
    row = con.execute("SELECT survey_date, plot_area_m2 FROM plots WHERE plot_id='EX-001'").fetchone()
    assert row == ("2023-10-12", 666.7)
    con.close()
    # The same plots a second time are duplicates of the GeoPackage's: nothing changes.
    before = _digest(survey)
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="plot id already in the survey GeoPackage"):
        processing.run("carbonmeter:import_survey", {"INPUT": str(book), "SURVEY": str(survey)})
    assert _digest(survey) == before


def _bad_tables():
    """The example plot plus one error of each kind, at known Excel rows."""
    t = _example()
    t["plots"] = pd.concat([t["plots"], pd.DataFrame([
        dict(t["plots"].iloc[0], plot_id="EX-001"),                     # row 5 duplicate id
        dict(t["plots"].iloc[0], plot_id="P-FAR", x=600000.0),          # row 6 outside county
        dict(t["plots"].iloc[0], plot_id="P-OBJ", object="moon"),       # row 7 not in list
    ])], ignore_index=True)
    t["trees"].loc[1, "dbh_cm"] = -3.0                                   # row 5 dbh <= 0
    t["trees"] = pd.concat([t["trees"], pd.DataFrame([
        {"plot_id": "NOPE", "species": "oak", "dbh_cm": 10.0, "status": "live"},    # row 7 orphan
        {"plot_id": "P-OBJ", "species": "oak", "dbh_cm": 10.0, "status": "live"},   # row 8 plot rejected
    ])], ignore_index=True)
    t["litter"].loc[0, "sample_dry_g"] = 250.0                           # row 4 dry > fresh
    t["soil"].loc[1, "layer_bottom_cm"] = 5.0                            # row 5 bottom <= top
    return t


def _county_layer():
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer("Polygon?crs=EPSG:4547", "county", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((500000 3370000, 520000 3370000, 520000 3390000, "
                                            "500000 3390000, 500000 3370000))"))
    layer.dataProvider().addFeatures([feature])
    return layer


EXPECTED_VALID_ROWS = {
    ("plots", 5, "plot_id", "EX-001", "duplicate plot id (first given in row 4)"),
    ("plots", 6, "x, y", "600000, 3.38e+06", "the coordinates lie outside the county"),
    ("plots", 7, "object", "moon", "not an allowed value"),
    ("trees", 5, "dbh_cm", "-3", "out of range: must be > 0, <= 300"),
    ("trees", 7, "plot_id", "NOPE", "plot id not found in the plots sheet nor in the survey GeoPackage"),
    ("trees", 8, "plot_id", "P-OBJ", "its plot was rejected"),
    ("litter", 4, "sample_dry_g", "250.0", "sample dry mass must not exceed sample fresh mass"),
    ("soil", 5, "layer_bottom_cm", "5.0", "layer bottom must be deeper than layer top"),
}


def test_import_all_or_nothing_leaves_survey_unchanged(survey, tmp_path, provider):
    import processing
    from qgis.core import QgsProcessingException

    book = _workbook(tmp_path, _bad_tables())
    before = _digest(survey)
    with pytest.raises(QgsProcessingException) as err:
        processing.run("carbonmeter:import_survey", {"INPUT": str(book), "SURVEY": str(survey),
                                                     "COUNTY": _county_layer()})
    text = str(err.value)
    assert "nothing was imported" in text
    assert "sheet trees, row 5, column dbh_cm, value '-3': out of range: must be > 0, <= 300" in text
    assert "sheet soil, row 5, column layer_bottom_cm, value '5.0': layer bottom must be deeper" in text
    assert "sheet plots, row 6, column x, y" in text
    assert "sheet trees, row 7, column plot_id, value 'NOPE'" in text
    assert _digest(survey) == before
    assert _count(survey, "plots") == 0


def test_import_valid_rows_writes_rejected(survey, tmp_path, provider):
    import processing

    book = _workbook(tmp_path, _bad_tables())
    rejected = tmp_path / "rejected.csv"
    result = processing.run("carbonmeter:import_survey", {
        "INPUT": str(book), "SURVEY": str(survey), "COUNTY": _county_layer(), "MODE": 1,
        "REJECTED": str(rejected)})
    with open(result["REJECTED"], newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    got = {(r["sheet"], int(r["row"]), r["column"], r["value"]) for r in rows}
    assert got == {e[:4] for e in EXPECTED_VALID_ROWS}
    for expected in EXPECTED_VALID_ROWS:
        reason = [r["reason"] for r in rows if (r["sheet"], int(r["row"]), r["column"]) == expected[:3]][0]
        assert reason.startswith(expected[4]), expected
    # Imported: plot EX-001 (row 4) only; trees rows 4, 6 (5, 7, 8 rejected); litter none; soil row 4.
    assert _count(survey, "plots") == 1
    assert _count(survey, "trees") == 2
    assert _count(survey, "litter") == 0
    assert _count(survey, "soil") == 1
    assert _count(survey, "shrub_herb") == 2


def test_import_csv_into_new_survey(tmp_path, provider):
    import processing

    tables = _example()
    for name, frame in tables.items():
        frame.to_csv(tmp_path / "{0}.csv".format(name), index=False)
    out = tmp_path / "new.gpkg"
    result = processing.run("carbonmeter:import_survey", {"INPUT": str(tmp_path / "plots.csv"),
                                                         "OUTPUT": str(out)})
    assert result["OUTPUT"] == str(out)
    assert _count(out, "plots") == 1 and _count(out, "trees") == 3 and _count(out, "soil") == 2
    con = sqlite3.connect(out)
    assert con.execute("SELECT COUNT(*) FROM qgis_projects").fetchone()[0] == 1
    con.close()


def test_csv_errors_use_file_line_numbers(tmp_path, provider):
    import processing
    from qgis.core import QgsProcessingException

    tables = _example()
    tables["soil"].loc[0, "bulk_density_g_cm3"] = 3.5
    for name, frame in tables.items():
        frame.to_csv(tmp_path / "{0}.csv".format(name), index=False)
    with pytest.raises(QgsProcessingException, match=r"sheet soil, row 2, column bulk_density_g_cm3, "
                                                     r"value '3.5': out of range: must be >= 0.1, <= 2.2"):
        processing.run("carbonmeter:import_survey", {"INPUT": str(tmp_path / "plots.csv"),
                                                     "OUTPUT": str(tmp_path / "x.gpkg")})
    assert not (tmp_path / "x.gpkg").exists()


def test_example_dates_survive(tmp_path):
    book = _workbook(tmp_path, _example())
    clean, problems = ss.validate_table("plots", field_sheets.read_workbook(book)["plots"])
    assert problems == [] and clean["survey_date"][0] == datetime.date(2023, 10, 12)


def test_import_into_survey_made_before_pools_surveyed(survey, tmp_path, provider):
    import processing

    con = sqlite3.connect(survey)
    con.execute("ALTER TABLE plots DROP COLUMN pools_surveyed")  # as a survey of the first version
    con.commit()
    con.close()
    from carbon_metering.processing_provider import survey_gpkg

    assert survey_gpkg.check_survey(str(survey)) == []
    tables = _example()
    book = _workbook(tmp_path, tables)
    result = processing.run("carbonmeter:import_survey", {"INPUT": str(book), "SURVEY": str(survey)})
    assert result["PROBLEMS"] == 0
    con = sqlite3.connect(survey)
    row = con.execute("SELECT pools_surveyed FROM plots WHERE plot_id='EX-001'").fetchone()
    con.close()
    assert row == ("trees,shrub_herb,litter,deadwood,soil",)


def test_import_warns_about_open_layers_of_the_survey(survey, tmp_path, provider, log_feedback):
    """A survey layer open in the project still shows the old file: the log says to reload it."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProject, QgsVectorLayer

    book = _workbook(tmp_path, _example())
    project = QgsProject()
    layer = QgsVectorLayer(f"{survey}|layername=plots", "样地 plots", "ogr")
    assert layer.isValid()
    project.addMapLayer(layer)
    context = QgsProcessingContext()
    context.setProject(project)
    processing.run("carbonmeter:import_survey", {"INPUT": str(book), "SURVEY": str(survey)},
                   context=context, feedback=log_feedback)
    warnings = " ".join(log_feedback.warnings)
    assert "样地 plots" in warnings and str(survey) in warnings
    # Without the layer open there is nothing to warn about.
    project.removeAllMapLayers()
    quiet = type(log_feedback)()
    other = tmp_path / "other.gpkg"
    processing.run("carbonmeter:create_survey", {"OUTPUT": str(other)})
    processing.run("carbonmeter:import_survey", {"INPUT": str(book), "SURVEY": str(other)},
                   context=context, feedback=quiet)
    assert not any("reload" in w for w in quiet.warnings)


def test_create_survey_refuses_a_crs_that_does_not_exist(provider, tmp_path):
    """Issue 16: an unknown CRS stopped nothing and EPSG:4547 was used silently."""
    import processing
    from qgis.core import QgsProcessingException

    out = tmp_path / "survey.gpkg"
    with pytest.raises(QgsProcessingException, match="EPSG:999999"):
        processing.run("carbonmeter:create_survey", {"OUTPUT": str(out), "CRS": "EPSG:999999"})
    assert not out.exists()


def test_permanent_plot_fields_and_rule():
    """plot_type/permanent_id (0.3): a temporary plot with a permanent id is refused, blank types filled."""
    frame = pd.DataFrame({"_row": [4, 5, 6], "plot_id": ["A", "B", "C"], "survey_year": [2020] * 3,
                          "object": ["forest_arbor"] * 3, "plot_area_m2": [600.0] * 3, "x": [1.0] * 3,
                          "y": [1.0] * 3, "permanent_id": ["P1", "P2", None],
                          "plot_type": ["permanent", "temporary", None]})
    clean, problems = ss.validate_table("plots", frame)
    assert [(p["row"], p["column"], p["params"].get("rule")) for p in problems] == [
        (5, "permanent_id", "permanent_id_not_temporary")]
    filled = ss.fill_plot_type(clean.assign(plot_type=[None, None, None]))
    assert filled["plot_type"].tolist() == ["permanent", "permanent", "temporary"]
    expression, _message = ss.field_constraint("plots", "permanent_id", "en")
    assert "temporary" in expression


def test_import_upgrades_old_survey_and_reports_permanent_plot_problems(survey, tmp_path, provider,
                                                                        log_feedback):
    """A survey made before 0.3 gets permanent_id/plot_type (old plots temporary); a permanent id measured
    twice in one year, with another object and 50 m away, is reported."""
    import processing

    con = sqlite3.connect(survey)
    con.execute("ALTER TABLE plots DROP COLUMN permanent_id")
    con.execute("ALTER TABLE plots DROP COLUMN plot_type")
    con.commit()
    con.close()
    from carbon_metering.processing_provider import survey_gpkg

    assert survey_gpkg.check_survey(str(survey)) == []
    old = _example()
    old["plots"] = old["plots"].drop(columns=["permanent_id", "plot_type"]).assign(plot_id="OLD-1")
    old = {"plots": old["plots"]}
    processing.run("carbonmeter:import_survey", {"INPUT": str(_workbook(tmp_path, old)), "SURVEY": str(survey)})
    first = _example()
    processing.run("carbonmeter:import_survey", {"INPUT": str(_workbook(tmp_path, first)), "SURVEY": str(survey)})
    again = {"plots": first["plots"].assign(plot_id="EX-002", object="forest_bamboo",
                                            x=first["plots"]["x"] + 30.0, y=first["plots"]["y"] + 40.0)}
    result = processing.run("carbonmeter:import_survey",
                            {"INPUT": str(_workbook(tmp_path, again)), "SURVEY": str(survey)}, feedback=log_feedback)
    assert result["PROBLEMS"] == 0  # reported, not refused
    con = sqlite3.connect(survey)
    rows = con.execute("SELECT plot_id, permanent_id, plot_type FROM plots ORDER BY plot_id").fetchall()
    con.close()
    assert rows == [("EX-001", "P-001", "permanent"), ("EX-002", "P-001", "permanent"),
                    ("OLD-1", None, "temporary")]
    warnings = "\n".join(log_feedback.warnings)
    assert "P-001 was measured more than once in 2023" in warnings
    # objects by their names (messages.object_words), not their ids
    assert "Arbor forest" in warnings and "Bamboo forest" in warnings and "forest_arbor" not in warnings
    assert "50.0 m apart" in warnings


def test_create_survey_default_output_is_a_named_file_not_taken(provider, tmp_path):
    """Issue 15: the default output is a named file (not a temporary one) that does not replace a survey."""
    from qgis.core import QgsApplication

    from carbon_metering.processing_provider.create_survey import default_survey_path

    alg = QgsApplication.processingRegistry().createAlgorithmById("carbonmeter:create_survey")
    default = alg.parameterDefinition("OUTPUT").defaultValue()
    assert default and default.endswith(".gpkg") and "TEMPORARY" not in default and os.path.isabs(default)
    assert default_survey_path(str(tmp_path)) == str(tmp_path / "survey.gpkg")
    (tmp_path / "survey.gpkg").write_bytes(b"")
    (tmp_path / "survey_2.gpkg").write_bytes(b"")
    assert default_survey_path(str(tmp_path)) == str(tmp_path / "survey_3.gpkg")
