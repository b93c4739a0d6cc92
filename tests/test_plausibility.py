"""The impossible is refused (issue 16): one table of plausible ranges, used by forms, import and plot_carbon."""

import sqlite3

import pandas as pd
import pytest

from carbon_metering.metering import plausibility
from carbon_metering.metering import survey_schema as ss


def test_ranges_table_is_consistent_and_sourced():
    table = plausibility.ranges()
    assert ("trees", "dbh_cm") in table and ("soil", "soc_g_kg") in table
    for rng in table.values():
        bounds = [b for b in (rng.error_min, rng.warn_min, rng.warn_max, rng.error_max) if b is not None]
        assert bounds == sorted(bounds)
        assert rng.source.strip()


def test_broken_ranges_table_is_an_error(tmp_path):
    bad = tmp_path / "ranges.csv"
    bad.write_text(",".join(plausibility.COLUMNS) + "\ntrees,dbh_cm,cm,0,1,300,1,2,x\n", encoding="utf-8")
    with pytest.raises(plausibility.MeteringError) as info:
        plausibility.read_ranges(str(bad))
    assert info.value.kind == "ranges_invalid" and info.value.details["row"] == 2


def test_schema_and_forms_take_their_bounds_from_the_table():
    # SOC ≤ SOM × 0.58 with SOM ≤ 1000 g/kg: 580 g/kg (the schema said 600 before the table).
    soc = ss.SCHEMA["soil"].field("soc_g_kg")
    assert (soc.lo, soc.hi, soc.lo_open) == (0.0, 580.0, True)
    expression, _ = ss.field_constraint("soil", "soc_g_kg")
    assert '"soc_g_kg" <= 580.0' in expression
    dbh = ss.SCHEMA["trees"].field("dbh_cm")
    assert dbh.hi == plausibility.range_for("trees", "dbh_cm").error_max


def test_errors_and_warnings_name_row_field_and_value():
    frame = pd.DataFrame({"fid": [7, 8, 9], "dbh_cm": [500.0, 250.0, 20.0]})
    found = plausibility.check_values("trees", frame, "TREES (trees)")
    assert [(f.level, f.row, f.field, f.value) for f in found] == [("error", 7, "dbh_cm", 500.0),
                                                                    ("warning", 8, "dbh_cm", 250.0)]
    with pytest.raises(plausibility.MeteringError) as info:
        plausibility.refuse("trees", frame, "TREES")
    assert info.value.kind == "implausible_value" and info.value.details["row"] == 7


def test_import_rejects_soc_beyond_the_table(tmp_path):
    frame = pd.DataFrame({"plot_id": ["P1"], "layer_top_cm": [0], "layer_bottom_cm": [10], "soc_g_kg": [650],
                          "bulk_density_g_cm3": [1.2], "_row": [4]})
    _, problems = ss.validate_table("soil", frame)
    assert [(p["row"], p["column"], p["code"]) for p in problems] == [(4, "soc_g_kg", "out_of_range")]


def _edit(survey, sql):
    con = sqlite3.connect(survey)
    try:
        con.execute(sql)
        con.commit()
    finally:
        con.close()


@pytest.mark.parametrize("sql, field, value", [
    ("UPDATE trees SET dbh_cm = 500 WHERE fid = (SELECT MIN(fid) FROM trees)", "dbh_cm", "500"),
    ("UPDATE soil SET soc_g_kg = 650 WHERE fid = (SELECT MIN(fid) FROM soil)", "soc_g_kg", "650"),
])
def test_plot_carbon_refuses_a_survey_edited_outside_the_forms(provider, sample_copy, sql, field, value):
    import processing
    from qgis.core import QgsProcessingException

    survey = sample_copy("survey.gpkg")
    _edit(str(survey), sql)
    with pytest.raises(QgsProcessingException) as info:
        processing.run("carbonmeter:plot_carbon", {"INPUT": "{0}|layername=plots".format(survey),
                                                   "OUTPUT": "TEMPORARY_OUTPUT"})
    message = str(info.value)
    assert "{0} = {1} is outside".format(field, value) in message, message
    assert "Traceback" not in message
