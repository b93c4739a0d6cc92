"""Urban carbon monitoring core (T/CI 231—2023): factor library, units, inventory sums."""

import hashlib

import pandas as pd
import pytest

from carbon_metering.metering.errors import MeteringError
from carbon_metering.metering.inventory import factors, inventory, tables


def test_derived_fuel_factors_recomputed_from_components():
    # methods.md §8 / NDRC guideline defaults: natural gas 389.31 GJ/10⁴ Nm³ × 0.0153 × 99 % × 44/12
    assert factors.derived_fuel_factor(389.31, 0.0153, 0.99) == pytest.approx(21.62, abs=0.005)
    assert factors.derived_fuel_factor(43.33, 0.0202, 0.98) == pytest.approx(3.145, abs=0.0005)
    lib = factors.load_library()
    fuels = lib.rows("ndrc_fuel_defaults").set_index("quantity")
    for _q, row in fuels.iterrows():
        assert row["value_num"] == pytest.approx(
            factors.derived_fuel_factor(row["ncv"], row["carbon_content"], row["oxidation"]))


@pytest.mark.parametrize("unit,target,expected", [
    ("t", "kg", 1000.0), ("10⁴ m³", "m³", 1e4), ("L", "m³", 1e-3), ("MWh", "kWh", 1000.0),
    ("MWh", "GJ", 3.6), ("TJ", "GJ", 1000.0), ("tce", "GJ", 29.3076), ("toe", "GJ", 41.868),
])
def test_every_unit_conversion(unit, target, expected):
    assert tables.load_units().convert(1.0, unit, target) == pytest.approx(expected)


def _rows(*records):
    cols = [c[0] for c in inventory.act.COLUMNS]
    frame = pd.DataFrame([{c: r.get(c, "") for c in cols} for r in records])
    frame["_sheet"], frame["_row"] = "activity", range(4, 4 + len(frame))
    return frame


def test_sums_and_grid_choice(tmp_path):
    lib = factors.load_library()
    frame = _rows(
        {"entity": "A", "region": "D1", "indicator": "E1.1.D.gas", "carrier": "natural_gas", "amount": "10",
         "unit": "10⁴ m³", "period": "2023"},
        {"entity": "A", "region": "D1", "indicator": "E1.1.I.power", "carrier": "electricity", "amount": "1000",
         "unit": "MWh", "period": "2023"},
        {"entity": "A", "region": "D1", "indicator": "E1.1.I.green", "carrier": "green_electricity", "amount": "100",
         "unit": "MWh", "period": "2023"},
    )
    res = inventory.compute(frame, lib, factors.Selection(electricity="mee_nbs_2022"))
    t = res.inventory.set_index(["unit_type", "code", "carrier"])
    gas = 10 * factors.derived_fuel_factor(389.31, 0.0153, 0.99)
    assert t.loc[("entity", "E1.1.D", ""), "emission_location_tco2e"] == pytest.approx(gas)
    assert t.loc[("entity", "E1.1.I", ""), "emission_location_tco2e"] == pytest.approx(900 * 0.5366)
    assert t.loc[("entity", "E1.1.I", ""), "emission_market_tco2e"] == pytest.approx(900 * 0.5856)
    assert t.loc[("city", "E", ""), "emission_location_tco2e"] == pytest.approx(gas + 900 * 0.5366)
    res2 = inventory.compute(frame, lib, factors.Selection(electricity="mee_2023_notice"))
    t2 = res2.inventory.set_index(["unit_type", "code", "carrier"])
    assert t2.loc[("city", "E", ""), "emission_location_tco2e"] == pytest.approx(gas + 900 * 0.5703)
    assert set(res.factors_used["factor_id"]) == {"fuel_ndrc_natural_gas", "grid_nbs2022_cn", "grid_nbs2022_cn_market"}


def test_rejected_rows_named():
    lib = factors.load_library()
    frame = _rows(
        {"entity": "A", "region": "D1", "indicator": "E1.1.I.power", "carrier": "electricity", "amount": "5",
         "unit": "t", "period": "2023"},
        {"entity": "A", "region": "D1", "indicator": "E1.1.D.gas", "carrier": "natural_gas", "amount": "5",
         "unit": "furlong", "period": "2023"},
    )
    with pytest.raises(MeteringError) as info:
        inventory.compute(frame, lib, factors.Selection())
    assert info.value.kind == "inventory_rejected"
    res = inventory.compute(frame, lib, factors.Selection(), mode=inventory.MODE_VALID_ROWS)
    kinds = {(p["row"], p["column"], p["kind"]) for p in res.rejected}
    assert (4, "unit", "row_unit_not_for_carrier") in kinds
    assert (5, "unit", "row_unknown_unit") in kinds


def test_activity_template_algorithm_writes_lists(provider, tmp_path):
    import openpyxl
    import processing

    out = tmp_path / "template.xlsx"
    processing.run("carbonmeter:activity_template", {"LANGUAGE": 0, "OUTPUT": str(out)})
    book = openpyxl.load_workbook(out)
    sheet = book["activity"]
    assert [c.value for c in sheet[3]][:3] == ["entity", "region", "park"]
    lists = book["lists"]
    assert lists["A1"].value.split(" ")[0] in tables.load_indicators().leaves()
    assert len(sheet.data_validations.dataValidation) >= 4
    # the template reads back (empty) through the inventory's reader
    assert inventory.act.read_activity(str(out)).empty


def test_emission_inventory_algorithm_valid_rows(provider, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    csv = tmp_path / "activity.csv"
    csv.write_text(
        "entity,region,park,indicator,carrier,amount,unit,period,notation,output_value\n"
        "F1,D1,P1,E5.1.D.gas,natural_gas,2,10⁴ m³,2023,,100\n"
        "F1,D1,P1,E5.1.I.power,electricity,500000,kWh,2023,,100\n"
        "F2,D2,,E1.1.I.power,electricity,3,t,2023,,\n", encoding="utf-8")
    res = processing.run("carbonmeter:emission_inventory", {
        "INPUT": str(csv), "ELECTRICITY_SET": 0, "GRID_REGION": "42", "GWP_SET": 0, "MODE": 1,
        "CITY_NAME": "city", "OUTPUT": str(tmp_path / "inv.csv"), "REJECTED": str(tmp_path / "rej.csv"),
        "FACTORS": str(tmp_path / "f.csv"), "PROVENANCE": str(tmp_path / "prov.csv")})
    prov = pd.read_csv(res["PROVENANCE"], keep_default_na=False)
    # the activity file is traceable: absolute path and the checksum of its bytes
    (record,) = prov[(prov.section == "input") & (prov["item"] == "INPUT")].itertuples()
    assert record.value == str(csv.resolve())
    assert "sha256=" + hashlib.sha256(csv.read_bytes()).hexdigest() in record.detail
    chosen = dict(prov[prov.section == "parameter"][["item", "value"]].values)
    assert chosen["GRID_REGION"] == "42" and chosen["electricity_set"] == "mee_nbs_2022"
    rej = QgsVectorLayer(res["REJECTED"], "rej", "ogr")
    rows = [(int(f["row"]), f["column"], f["kind"]) for f in rej.getFeatures()]
    assert rows == [(4, "unit", "row_unit_not_for_carrier")]
    inv = pd.read_csv(res["OUTPUT"])
    city = inv[(inv.unit_type == "city") & (inv.code == "E")].iloc[0]
    # Hubei 2022 location factor 0.4364 (MEE/NBS 2022 table, transcribed) × 500 MWh + 2 × 21.62
    assert city.emission_location_tco2e == pytest.approx(500 * 0.4364 + 2 * factors.derived_fuel_factor(
        389.31, 0.0153, 0.99))
    assert set(pd.read_csv(res["FACTORS"]).factor_id) == {"fuel_ndrc_natural_gas", "grid_nbs2022_42",
                                                           "grid_nbs2022_cn_market"}


def test_levels_direct_indirect_reductions_and_gwp_sets():
    lib = factors.load_library()
    frame = _rows(
        {"entity": "B", "region": "D2", "indicator": "E2.1.D.process", "carrier": "ch4", "amount": "1",
         "unit": "t", "period": "2023-01"},
        {"entity": "B", "region": "D2", "indicator": "E2.1.I.heat", "carrier": "heat", "amount": "100",
         "unit": "GJ", "period": "2023-02"},
        {"entity": "S", "region": "D2", "indicator": "R4.1.1", "carrier": "electricity_generated", "amount": "10",
         "unit": "MWh", "period": "2023"},
    )
    ar6 = inventory.compute(frame, lib, factors.Selection(gwp="ipcc_ar6")).inventory
    ar5 = inventory.compute(frame, lib, factors.Selection(gwp="ipcc_ar5")).inventory
    pick = lambda t, **k: t[(t[list(k)] == pd.Series(k)).all(axis=1)].iloc[0]  # noqa: E731
    year = pick(ar6, unit_type="region", unit_id="D2", period="2023", code="E2", carrier="")
    # AR6 CH4 27.9 (IPCC AR6 WG1 table 7.SM.7) + 100 GJ × 0.11; months roll up into the year
    assert year.emission_location_tco2e == pytest.approx(27.9 + 11.0)
    assert year.direct_tco2e == pytest.approx(27.9) and year.indirect_tco2e == pytest.approx(11.0)
    assert pick(ar5, unit_type="region", unit_id="D2", period="2023", code="E2", carrier="") \
        .emission_location_tco2e == pytest.approx(28 + 11.0)  # AR5 CH4 28 (AR5 WG1 table 8.A.1)
    red = pick(ar6, unit_type="city", period="2023", code="R", carrier="")
    assert red.emission_location_tco2e == pytest.approx(-10 * 0.5366)  # reductions negative
    month = pick(ar6, unit_type="entity", unit_id="B", period="2023-01", code="E", carrier="")
    assert month.emission_location_tco2e == pytest.approx(27.9)


def test_duplicated_factor_entries_are_an_error(tmp_path):
    local = tmp_path / "local.csv"
    local.write_text("quantity,value,unit,source\nwater,0.0003,t CO2/m³,city water works 2023\n"
                     "water,0.0004,t CO2/m³,city water works 2024\n", encoding="utf-8")
    with pytest.raises(MeteringError) as info:
        factors.load_library(local_paths=[str(local)])
    assert info.value.kind == "duplicate_factor"
