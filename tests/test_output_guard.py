"""Inputs are sacred (issue 16): no destination may overwrite an input, checked before any sink exists.

Each test points an output at an input the way a new user would, asserts that the run stops with
a message naming both parameters, and that the input file is byte for byte what it was.
"""

import hashlib
import shutil

import pytest

from tests.conftest import SAMPLE


def _digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def _run_refused(alg_id, params, *names):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as info:
        processing.run(alg_id, params)
    message = str(info.value)
    for name in names:
        assert "({0})".format(name) in message, message
    assert "Traceback" not in message
    return message


def test_parcel_change_output_on_the_parcels_geopackage(provider, sample_copy):
    county = sample_copy("county.gpkg")
    before = _digest(county)
    message = _run_refused("carbonmeter:parcel_change", {
        "BASE": "{0}|layername=dltb_2020".format(county), "BASE_FIELD": "DLBM",
        "TARGET": "{0}|layername=dltb_2023".format(county), "TARGET_FIELD": "DLBM",
        "OUTPUT": str(county), "CHANGE_MATRIX": "TEMPORARY_OUTPUT"}, "OUTPUT", "BASE")
    assert str(county) in message
    assert _digest(county) == before


def test_parcel_change_new_layer_in_the_parcels_geopackage_is_allowed_but_not_over_an_input_layer(
        provider, sample_copy):
    county = sample_copy("county.gpkg")
    before = _digest(county)
    _run_refused("carbonmeter:parcel_change", {
        "BASE": "{0}|layername=dltb_2020".format(county), "BASE_FIELD": "DLBM",
        "TARGET": "{0}|layername=dltb_2023".format(county), "TARGET_FIELD": "DLBM",
        "OUTPUT": "ogr:dbname='{0}' table=\"dltb_2023\" (geom)".format(county),
        "CHANGE_MATRIX": "TEMPORARY_OUTPUT"}, "OUTPUT", "TARGET")
    assert _digest(county) == before


def test_plot_carbon_output_on_the_survey_geopackage(provider, sample_copy):
    survey = sample_copy("survey.gpkg")
    before = _digest(survey)
    _run_refused("carbonmeter:plot_carbon", {"INPUT": "{0}|layername=plots".format(survey),
                                             "OUTPUT": str(survey)}, "OUTPUT", "INPUT")
    assert _digest(survey) == before


def test_plot_carbon_as_a_new_layer_of_the_survey_runs(provider, sample_copy):
    import processing
    from osgeo import ogr

    survey = sample_copy("survey.gpkg")
    processing.run("carbonmeter:plot_carbon", {
        "INPUT": "{0}|layername=plots".format(survey),
        "OUTPUT": "ogr:dbname='{0}' table=\"plot_carbon\" (geom)".format(survey)})
    ds = ogr.Open(str(survey))
    names = {ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())}
    assert {"plots", "trees", "soil", "plot_carbon"} <= names


def test_summary_csv_over_its_input_table(provider, sample_copy, tmp_path):
    survey = sample_copy("survey.gpkg")
    defaults = tmp_path / "defaults.csv"
    shutil.copy(SAMPLE.parent / "metering" / "data" / "default_density.csv", defaults)
    before = _digest(defaults)
    _run_refused("carbonmeter:stratum_density", {"INPUT": "{0}|layername=plots".format(survey),
                                                 "DEFAULTS": str(defaults), "OUTPUT": str(defaults)},
                 "OUTPUT", "DEFAULTS")
    assert _digest(defaults) == before


def test_two_outputs_into_one_file(provider, tmp_path):
    from tests.report_data import write_stock_gpkg

    stock = write_stock_gpkg(str(tmp_path / "stock.gpkg"))
    out = tmp_path / "same.csv"
    _run_refused("carbonmeter:parcel_stock", {"INPUT": stock, "BASE_DENSITY": stock, "BASE_YEAR": 2020,
                                              "TARGET_YEAR": 2023, "OUTPUT": str(out),
                                              "SUMMARY": str(out)}, "OUTPUT", "SUMMARY")
    assert not out.exists()


def test_import_survey_output_over_the_county_boundary(provider, sample_copy, tmp_path):
    county = sample_copy("county.gpkg")
    before = _digest(county)
    _run_refused("carbonmeter:import_survey", {
        "INPUT": str(SAMPLE / "field_sheets.xlsx"), "COUNTY": "{0}|layername=dltb_2020".format(county),
        "OUTPUT": str(county)}, "OUTPUT", "COUNTY")
    assert _digest(county) == before


def test_import_survey_may_update_its_survey_in_place(provider, sample_copy, tmp_path):
    """OUTPUT = SURVEY is the documented in-place update (written to a copy, then moved)."""
    from carbon_metering.processing_provider.import_survey import ImportSurveyAlgorithm

    assert ImportSurveyAlgorithm.OUTPUT_MAY_REPLACE == {"OUTPUT": ("SURVEY",)}


def test_export_report_workbook_over_an_input(provider, tmp_path):
    from openpyxl import Workbook

    from tests.report_data import write_stock_gpkg

    stock = write_stock_gpkg(str(tmp_path / "stock.gpkg"))
    book = tmp_path / "summary.xlsx"
    wb = Workbook()
    wb.active.title = "summary"
    wb.active.append(["county", "object", "pool", "area_ha"])
    wb.active.append(["420101", "forest_arbor", "total", 2.0])
    wb.save(book)
    before = _digest(book)
    _run_refused("carbonmeter:export_report", {"STOCK": stock, "SUMMARY": "{0}|layername=summary".format(book),
                                               "OUTPUT_XLSX": str(book)}, "OUTPUT_XLSX", "SUMMARY")
    assert _digest(book) == before


def test_destination_parsing():
    from carbon_metering.processing_provider import output_guard as og

    path, table, whole = og.destination_location("sink", "ogr:dbname='/tmp/a b.gpkg' table=\"Plots\" (geom)")
    assert path.endswith("a b.gpkg") and table == "plots" and whole is False
    assert og.destination_location("sink", "memory:") is None
    assert og.destination_location("sink", "postgres:dbname='x' table=\"t\"") is None
    path, table, whole = og.destination_location("sink", "/tmp/out")
    assert path.endswith("/tmp/out.gpkg") and whole
    # A colon in a Linux file name is not a provider prefix.
    path, _, whole = og.destination_location("fileDestination", "/tmp/a:b.csv")
    assert path.endswith("a:b.csv") and whole
