"""import_survey and create_survey never crash and never guess (issue 16, and issue 15's swapped x/y)."""

import sqlite3

import pandas as pd
import pytest

from carbon_metering.metering import field_sheets
from carbon_metering.metering import survey_schema as ss


def _example():
    return {k: v.copy() for k, v in field_sheets.example_tables().items()}


def _refused(params, *fragments, feedback=None):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as info:
        processing.run("carbonmeter:import_survey", params, feedback=feedback)
    message = str(info.value)
    assert "Traceback" not in message
    for fragment in fragments:
        assert fragment in message, message
    return message


def test_empty_file(provider, tmp_path):
    book = tmp_path / "sheets.xlsx"
    book.write_bytes(b"")
    _refused({"INPUT": str(book), "OUTPUT": str(tmp_path / "s.gpkg")}, "the file is empty")
    assert not (tmp_path / "s.gpkg").exists()


def test_renamed_non_workbook(provider, tmp_path):
    book = tmp_path / "sheets.xlsx"
    book.write_text("plot_id,x,y\nP1,1,2\n", encoding="utf-8")  # a CSV renamed .xlsx (BadZipFile before)
    _refused({"INPUT": str(book), "OUTPUT": str(tmp_path / "s.gpkg")}, "cannot be read as a workbook",
             "BadZipFile")


def test_two_columns_with_one_field_id(provider, tmp_path):
    from openpyxl import load_workbook

    book = tmp_path / "sheets.xlsx"
    field_sheets.write_workbook(str(book), _example())
    wb = load_workbook(book)
    ws = wb["trees"]
    ws.cell(field_sheets.KEY_ROW, 4, "dbh_cm")  # column D (height_m) relabelled as dbh_cm (column C)
    wb.save(book)
    _refused({"INPUT": str(book), "OUTPUT": str(tmp_path / "s.gpkg")}, "sheet trees", "dbh_cm", "(C and D)")


def test_duplicate_csv_header(tmp_path):
    plots = tmp_path / "plots.csv"
    plots.write_text("plot_id,x,x\nP1,1,2\n", encoding="utf-8")
    with pytest.raises(field_sheets.MeteringError) as info:
        field_sheets.read_csv_tables(str(plots))
    assert info.value.kind == "duplicate_column"
    assert (info.value.details["first"], info.value.details["second"]) == (2, 3)


def _without_trees_sheet(tmp_path):
    tables = _example()
    del tables["trees"]
    book = tmp_path / "no_trees.xlsx"
    field_sheets.write_workbook(str(book), tables)
    from openpyxl import load_workbook

    wb = load_workbook(book)
    del wb["trees"]
    wb.save(book)
    return book


def test_missing_surveyed_sheet_is_an_error(provider, tmp_path):
    book = _without_trees_sheet(tmp_path)
    _refused({"INPUT": str(book), "OUTPUT": str(tmp_path / "s.gpkg")},
             "sheet plots, row 4, column pools_surveyed, value 'trees'", "no sheet trees")
    assert not (tmp_path / "s.gpkg").exists()


def test_missing_surveyed_sheet_in_valid_rows_mode_warns_and_falls_back(provider, tmp_path, log_feedback):
    import processing

    book = _without_trees_sheet(tmp_path)
    out = tmp_path / "s.gpkg"
    processing.run("carbonmeter:import_survey", {"INPUT": str(book), "OUTPUT": str(out), "MODE": 1},
                   feedback=log_feedback)
    warning = [w for w in log_feedback.warnings if "no sheet trees" in w]
    assert warning and "EX-001 (row 4)" in warning[0]
    con = sqlite3.connect(out)
    listed = con.execute("SELECT pools_surveyed FROM plots WHERE plot_id = 'EX-001'").fetchone()[0]
    con.close()
    # The example lists all five tables; trees is gone, so agb/bgb take the defaults, not a measured 0.
    assert listed.split(",") == ["shrub_herb", "litter", "deadwood", "soil"]


def test_missing_sheets_helper():
    plots = pd.DataFrame({"_row": [4, 5], "plot_id": ["A", "B"], "pools_surveyed": ["trees,soil", None]})
    assert ss.missing_surveyed_sheets(plots, {"plots", "soil"}) == {"trees": [(4, "A")]}
    assert ss.drop_surveyed(plots, {"trees"})["pools_surveyed"].tolist()[0] == "soil"


def test_swapped_and_far_coordinates(provider, tmp_path):
    tables = _example()
    first = tables["plots"].iloc[0]
    tables["plots"] = pd.DataFrame([
        dict(first, plot_id="SWAP", x=3380000.0, y=512345.0),   # row 4: y, x typed as x, y
        dict(first, plot_id="FAR", x=512345.0, y=9990000.0),    # row 5: beyond the north pole in EPSG:4547
    ])
    for name in ss.CHILD_TABLES:
        tables[name] = tables[name].iloc[0:0]
    book = tmp_path / "xy.xlsx"
    field_sheets.write_workbook(str(book), tables)
    message = _refused({"INPUT": str(book), "OUTPUT": str(tmp_path / "s.gpkg"), "COORD_CRS": "EPSG:4547"},
                       "row 4, column x, y, value '3.38e+06, 512345': x and y look swapped",
                       "row 5, column x, y, value '512345, 9.99e+06': the point lies outside the area of use of "
                       "EPSG:4547")
    assert "112.50–115.50°E" in message


def test_unusual_value_is_a_warning_with_its_place(provider, tmp_path, log_feedback):
    import processing

    tables = _example()
    tables["trees"].loc[0, "dbh_cm"] = 250.0  # possible (≤ 300) but beyond the 200 cm warning bound
    book = tmp_path / "big_tree.xlsx"
    field_sheets.write_workbook(str(book), tables)
    processing.run("carbonmeter:import_survey", {"INPUT": str(book), "OUTPUT": str(tmp_path / "s.gpkg")},
                   feedback=log_feedback)
    assert any("sheet trees, row 4, column dbh_cm, value '250'" in w and "unusual value" in w
               for w in log_feedback.warnings), log_feedback.warnings


def test_import_refuses_an_unknown_coordinate_crs(provider, tmp_path):
    book = tmp_path / "sheets.xlsx"
    field_sheets.write_workbook(str(book), _example())
    _refused({"INPUT": str(book), "OUTPUT": str(tmp_path / "s.gpkg"), "COORD_CRS": "EPSG:999999"},
             "EPSG:999999 does not exist")


def test_create_survey_refuses_an_unknown_crs(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    out = tmp_path / "s.gpkg"
    with pytest.raises(QgsProcessingException, match="EPSG:999999 does not exist"):
        processing.run("carbonmeter:create_survey", {"OUTPUT": str(out), "CRS": "EPSG:999999"})
    assert not out.exists()
    # Left empty it is the documented default.
    processing.run("carbonmeter:create_survey", {"OUTPUT": str(out)})
    con = sqlite3.connect(out)
    srs = con.execute("SELECT organization, organization_coordsys_id FROM gpkg_spatial_ref_sys s JOIN "
                      "gpkg_contents c ON c.srs_id = s.srs_id WHERE c.table_name = 'plots'").fetchone()
    con.close()
    assert srs == ("EPSG", 4547)
