"""carbonmeter:meter_readings through processing.run: the sample month, the inventory it feeds, warnings."""

import csv
import shutil

import pandas as pd
import pytest

from carbon_metering.metering.inventory import activity
from tests.conftest import REPO, SAMPLE

URBAN = SAMPLE / "urban"
#: The faults sample/urban/generate_meters.py plants (its PLANTED), and no others.
PLANTED = {
    ("M02", "2024-03-12T08:00:00", "meter_gap"),
    ("M03", "2024-03-15T00:00:00", "meter_reset"),
    ("M04", "2024-03-20T00:00:00", "meter_duplicate"),
}


@pytest.fixture
def urban(tmp_path):
    for name in ("meter_readings.csv", "meters.csv"):
        shutil.copy(URBAN / name, tmp_path / name)
    return tmp_path


def _run(params, feedback=None):
    import processing

    return processing.run("carbonmeter:meter_readings", params, feedback=feedback)


def _base(tmp, **extra):
    params = {"READINGS": str(tmp / "meter_readings.csv"), "METERS": str(tmp / "meters.csv"), "PERIOD": 0,
              "GAP_FACTOR": 1.5, "ACTIVITY": str(tmp / "activity.xlsx"), "CONSUMPTION": str(tmp / "consumption.csv"),
              "PROBLEMS": str(tmp / "problems.csv")}
    params.update(extra)
    return params


def _readings(tmp):
    with open(tmp / "meter_readings.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_sample_generator_is_deterministic_and_matches_the_shipped_files(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("generate_meters", URBAN / "generate_meters.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    gen.HERE = str(tmp_path)
    gen.main()
    for name in ("meter_readings.csv", "meters.csv"):
        assert (tmp_path / name).read_bytes() == (URBAN / name).read_bytes(), name
    assert set(gen.PLANTED) == PLANTED


def test_sample_problems_are_exactly_the_planted_ones(provider, urban, log_feedback):
    res = _run(_base(urban), log_feedback)
    problems = pd.read_csv(res["PROBLEMS"], dtype=str)
    assert {(p.meter_id, p.timestamp, p.kind) for p in problems.itertuples()} == PLANTED
    assert len(problems) == 3
    gap = problems[problems.kind == "meter_gap"].iloc[0]
    assert gap.value == "7 h"  # 08:00 → 15:00, the readings 09:00 … 14:00 missing
    # the notes are logged (one warning per kind, naming meter and timestamp)
    assert any("M03 2024-03-15T00:00:00" in w for w in log_feedback.warnings)
    assert any("M04 2024-03-20T00:00:00" in w for w in log_feedback.warnings)

    consumption = pd.read_csv(res["CONSUMPTION"], dtype={"region": str}).set_index("meter_id")
    rows = _readings(urban)
    for meter in ("M01", "M02", "M05", "M06"):  # cumulative, no reset: last reading − first reading
        values = [float(r["reading"]) for r in rows if r["meter_id"] == meter]
        assert consumption.loc[meter, "amount"] == pytest.approx(values[-1] - values[0])
    gas = [float(r["reading"]) for r in rows if r["meter_id"] == "M03"]
    # rolled over at 100 000 m³ once: (last + 100 000) − first
    assert consumption.loc["M03", "amount"] == pytest.approx(gas[-1] + 100000 - gas[0])
    water = [r for r in rows if r["meter_id"] == "M04"]
    # interval values, the duplicate of Mar 20 counted once
    assert consumption.loc["M04", "amount"] == pytest.approx(
        sum(float(r["consumption"]) for r in water) - 39.9)
    # the amount over the gap is kept (the counter went on counting), but its 7 h of 744 count as unmeasured
    assert consumption.loc["M02", "coverage"] == pytest.approx((744 - 7) / 744)
    assert consumption.loc["M04", "duplicates"] == 1 and consumption.loc["M03", "resets"] == 1
    assert set(consumption["period"]) == {"2024-03"} and consumption.loc["M03", "region"] == "420115"


def test_activity_output_feeds_emission_inventory(provider, urban):
    import processing

    res = _run(_base(urban, ACTIVITY=str(urban / "activity.xlsx")))
    csv_res = _run(_base(urban, ACTIVITY=str(urban / "activity.csv"), CONSUMPTION=None, PROBLEMS=None))
    xlsx_rows = activity.read_activity(res["ACTIVITY"])
    csv_rows = activity.read_activity(csv_res["ACTIVITY"])
    fields = list(activity.FIELDS)
    assert xlsx_rows[fields].equals(csv_rows[fields])
    assert sorted(xlsx_rows["entity"]) == ["E01", "E02", "E03", "E04", "E05", "E06"]
    # water has no shipped factor (carriers.csv): a local one; 0.168 kg CO2/m³ is a test value, not a source
    local = urban / "local.csv"
    local.write_text("factor_id,set,quantity,region,method,value,unit,ncv,ncv_unit,carbon_content,oxidation,"
                     "gwp_set,issuer,document,data_year,reporting_years,status,version,note,source\n"
                     "water_test,,water,CN,,0.000168,t CO2/m³,,,,,,test,test,2024,,local,1,,test value\n",
                     encoding="utf-8")
    inv = processing.run("carbonmeter:emission_inventory", {
        "INPUT": res["ACTIVITY"], "ELECTRICITY_SET": 0, "GRID_REGION": "42", "GWP_SET": 0, "MODE": 0,
        "LOCAL_FACTORS": str(local), "CITY_NAME": "city", "OUTPUT": str(urban / "inv.csv"),
        "REJECTED": str(urban / "rej.csv")})
    assert pd.read_csv(inv["REJECTED"]).empty
    table = pd.read_csv(inv["OUTPUT"], dtype={"unit_id": str, "period": str}, keep_default_na=False)
    e02 = table[(table.unit_type == "entity") & (table.unit_id == "E02") & (table.code == "E")
                & (table.carrier == "")].set_index("period")
    m02 = [float(r["reading"]) for r in _readings(urban) if r["meter_id"] == "M02"]
    # kWh → MWh × the MEE/NBS 2022 Hubei (42) location factor 0.4364 t CO2/MWh (as in tests/test_inventory.py)
    assert e02.loc["2024-03", "emission_location_tco2e"] == pytest.approx((m02[-1] - m02[0]) / 1000 * 0.4364)
    # the inventory also sums the months into the year; one month of data, the same total
    assert e02.loc["2024", "emission_location_tco2e"] == pytest.approx(e02.loc["2024-03", "emission_location_tco2e"])


def _inventory_and_reference(tmp):
    """A hand-made inventory (entity totals, t CO2e) and a budget table."""
    rows = [("E01", 90.0, 60.0), ("E02", 100.0, 100.0), ("E03", 125.0, 80.0), ("E04", 50.0, 50.0),
            ("E06", 95.0, 95.0)]
    inv = tmp / "inventory.csv"
    with open(inv, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["unit_type", "unit_id", "period", "level", "code", "carrier", "emission_location_tco2e",
                      "emission_market_tco2e"])
        for entity, loc, mkt in rows:
            out.writerow(["entity", entity, "2024-03", 1, "E", "", loc, mkt])
            out.writerow(["entity", entity, "2024-03", 5, "E3.1.I.power", "electricity", loc, mkt])  # not summed
        out.writerow(["entity", "E01", "2024", 1, "E", "", 1000.0, 1000.0])  # the year: not a month, not compared
        out.writerow(["city", "city", "2024-03", 1, "E", "", 460.0, 385.0])
    ref = tmp / "budget.csv"
    ref.write_text("entity,period,reference_tco2e\nE01,2024-03,100\nE02,,100\nE03,2024-03,100\n"
                   "E06,2024-03,120\n", encoding="utf-8")
    return inv, ref


def _memory_entities():
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    layer = QgsVectorLayer("Polygon?crs=EPSG:4547", "entities", "memory")
    layer.dataProvider().addAttributes([QgsField("eid", QVariant.String)])
    layer.updateFields()
    features = []
    for i, eid in enumerate(("E01", "E02", "E03", "E04")):  # E06 has no polygon
        f = QgsFeature(layer.fields())
        f.setAttributes([eid])
        x = 500000 + 100 * i
        f.setGeometry(QgsGeometry.fromWkt("POLYGON(({0} 3380000, {1} 3380000, {1} 3380050, {0} 3380050, "
                                          "{0} 3380000))".format(x, x + 50)))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def test_warning_levels_by_hand(provider, urban, log_feedback):
    from qgis.core import QgsVectorLayer

    inv, ref = _inventory_and_reference(urban)
    res = _run(_base(urban, INVENTORY=str(inv), REFERENCE=str(ref), BASIS=0, THRESHOLDS="0.9, 1.0, 1.1", METHOD=0,
                     ENTITIES=_memory_entities(), ENTITY_FIELD="eid", WARNINGS=str(urban / "warnings.csv"),
                     WARNINGS_LAYER=str(urban / "warnings.gpkg")), log_feedback)
    w = pd.read_csv(res["WARNINGS"], dtype={"period": str}).set_index("entity")
    # ratio = emission / budget; level = number of thresholds 0.9, 1.0, 1.1 the ratio reaches
    expected = {"E01": (0.9, 1, "attention"),      # 90 / 100: reaches 0.9 exactly
                "E02": (1.0, 2, "warning"),        # 100 / 100 (the budget of every period)
                "E03": (1.25, 3, "alarm"),         # 125 / 100
                "E06": (95 / 120, 0, "normal"),    # 0.79
                "E04": (None, -1, "no_reference")}
    assert set(w.index) == set(expected) and set(w["period"]) == {"2024-03"}
    for entity, (ratio, level, name) in expected.items():
        row = w.loc[entity]
        assert row.level == level and row.level_name == name and row.basis == "budget"
        if ratio is None:
            assert pd.isna(row.ratio)
        else:
            assert row.ratio == pytest.approx(ratio)
    layer = QgsVectorLayer(res["WARNINGS_LAYER"], "w", "ogr")
    assert layer.isValid() and layer.featureCount() == 4  # E06 has no polygon
    levels = {f["entity"]: f["level"] for f in layer.getFeatures()}
    assert levels == {"E01": 1, "E02": 2, "E03": 3, "E04": -1}
    assert any("E06" in m for m in log_feedback.warnings)
    # market-based totals and a baseline: E01 60/100 → normal, E03 80/100 → normal
    res = _run(_base(urban, INVENTORY=str(inv), REFERENCE=str(ref), BASIS=1, METHOD=1,
                     WARNINGS=str(urban / "warnings_mkt.csv")))
    m = pd.read_csv(res["WARNINGS"]).set_index("entity")
    assert m.loc["E01", "level"] == 0 and m.loc["E03", "ratio"] == pytest.approx(0.8)
    assert set(m["basis"]) == {"baseline"}


def test_warnings_style_has_every_level():
    from xml.etree import ElementTree

    root = ElementTree.parse(REPO / "styles" / "meter_warnings.qml").getroot()
    renderer = root.find("renderer-v2")
    assert renderer.get("attr") == "level"
    cats = {c.get("value"): c.get("label") for c in renderer.iter("category")}
    assert set(cats) == {"-1", "0", "1", "2", "3"}
    assert "正常" in cats["0"] and "报警" in cats["3"] and "alarm" in cats["3"]


def test_bad_file_names_meter_row_and_column(provider, urban):
    from qgis.core import QgsProcessingException

    path = urban / "meter_readings.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    line_no = next(i for i, text in enumerate(lines, start=1) if text.startswith("M05,2024-03-10"))
    lines[line_no - 1] = "M05,2024-03-10 00:00,1x5,"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as info:
        _run(_base(urban))
    message = str(info.value)
    assert "M05" in message and "row {0}".format(line_no) in message and "reading" in message
    assert not (urban / "activity.xlsx").exists()  # nothing written


def test_warning_inputs_come_together(provider, urban):
    from qgis.core import QgsProcessingException

    inv, _ = _inventory_and_reference(urban)
    with pytest.raises(QgsProcessingException, match="REFERENCE"):
        _run(_base(urban, INVENTORY=str(inv)))
    with pytest.raises(QgsProcessingException, match="INVENTORY"):
        _run(_base(urban, WARNINGS=str(urban / "w.csv")))
    # two polygons for one entity: stopped before any output is written
    inv, ref = _inventory_and_reference(urban)
    entities = _memory_entities()
    twin = next(entities.getFeatures())
    entities.dataProvider().addFeatures([twin])
    with pytest.raises(QgsProcessingException, match="E01"):
        _run(_base(urban, INVENTORY=str(inv), REFERENCE=str(ref), ENTITIES=entities, ENTITY_FIELD="eid",
                   WARNINGS_LAYER=str(urban / "w.gpkg")))
    assert not (urban / "activity.xlsx").exists()
    with pytest.raises(QgsProcessingException, match="0.9, 1.0, 1.1"):
        _run(_base(urban, INVENTORY=str(inv), REFERENCE=str(urban / "meters.csv"), THRESHOLDS="1.1, 1.0"))


def test_cancel_writes_nothing(provider, urban):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException):
        _run(_base(urban), feedback)
    assert not (urban / "activity.xlsx").exists() and not (urban / "problems.csv").exists()
