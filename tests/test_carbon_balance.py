"""Carbon balance per region (metering/inventory/balance.py): hand-computed numbers and the source rules.

Net emission N = E + R_counted − S; U_N by IPCC 2006 GL vol. 1 eq. 3.2 (Approach 1, sums):
U_N = √((U_E·E)² + (U_E·R)² + (U_S·S)²) / |N|. The ecological part R3 of the reductions is left out
where the region has a sink (the same carbon).
"""

import hashlib
import math

import pandas as pd
import pytest

from carbon_metering.metering.errors import MeteringError
from carbon_metering.metering.inventory import balance
from carbon_metering.metering.vocabulary import BALANCE_COLUMNS

REGIONS = pd.DataFrame({"region": ["C", "D1", "D2", "P1"], "level": ["city", "district", "区县", "park"],
                        "name_zh": ["示例市", "一区", "二区", "园区"]})


def _inv(rows):
    """Level-1/2 inventory rows (unit_type, unit_id, period, code, location, market)."""
    out = []
    for unit_type, unit_id, period, code, loc, mkt in rows:
        out.append({"unit_type": unit_type, "unit_id": unit_id, "period": period, "level": 1 if len(code) == 1 else 2,
                    "code": code, "carrier": "", "emission_location_tco2e": loc, "emission_market_tco2e": mkt})
    # a carrier row of the same code must not be taken for the total
    out.append({"unit_type": "region", "unit_id": "D1", "period": "2022", "level": 2, "code": "E", "carrier": "coal",
                "emission_location_tco2e": 99999.0, "emission_market_tco2e": 99999.0})
    return pd.DataFrame(out)


INVENTORY = _inv([
    ("city", "C", "2022", "E", 1500.0, 1600.0), ("city", "C", "2022", "R", -200.0, -200.0),
    ("city", "C", "2022", "R3", -50.0, -50.0),
    ("region", "D1", "2022", "E", 1000.0, 1050.0), ("region", "D1", "2022", "R", -100.0, -100.0),
    ("region", "D1", "2022", "R3", -40.0, -40.0),
    ("region", "D2", "2022", "E", 500.0, 550.0), ("region", "D2", "2022", "R", -100.0, -100.0),
    ("region", "D2", "2022", "R3", -10.0, -10.0),
    ("park", "P1", "2022", "E", 300.0, 320.0),
    ("city", "C", "2023", "E", 1600.0, 1700.0), ("city", "C", "2023", "R", -200.0, -200.0),
    ("city", "C", "2023", "R3", -50.0, -50.0),
    ("region", "D1", "2023", "E", 1100.0, 1150.0), ("region", "D1", "2023", "R", -100.0, -100.0),
    ("region", "D1", "2023", "R3", -40.0, -40.0),
    ("region", "D2", "2023", "E", 500.0, 550.0), ("region", "D2", "2023", "R", -100.0, -100.0),
    ("region", "D2", "2023", "R3", -10.0, -10.0),
    ("park", "P1", "2023", "E", 330.0, 350.0),
])

#: uncertainty OUTPUT rows (county D1 and the total), as carbonmeter:uncertainty writes them.
UNCERTAINTY = pd.DataFrame({
    "level": ["county", "total", "county", "total"], "name": ["D1", "total", "D1", "total"],
    "quantity": ["sink", "sink", "stock_base", "stock_base"], "unit": ["t CO2e/a"] * 2 + ["t C"] * 2,
    "estimate": [300.0, 700.0, 9000.0, 20000.0], "u1_pct": [20.0, 15.0, 10.0, 8.0]})
#: district_sink TABLE rows (no uncertainty of its own).
DISTRICT = pd.DataFrame({"district": ["D1", "D2", "P1"], "sink_tco2e": [350.0, 400.0, 50.0],
                         "report_section": ["district_sink"] * 3})
SINKS = {"uncertainty": UNCERTAINTY, "district_sink": DISTRICT}
MAP = pd.DataFrame({"region": ["C", "D1", "D2", "P1"], "source": ["uncertainty", "uncertainty", "2", "none"],
                    "key": ["total", "", "", ""], "u_pct": [None, None, 30.0, None]})


def _row(table, region, year):
    return table[(table["region"] == region) & (table["year"] == year)].iloc[0]


@pytest.fixture(scope="module")
def result():
    return balance.compute(REGIONS, INVENTORY, SINKS, MAP, years=[2022, 2023], emission_u_pct=5.0)


def test_columns_and_order(result):
    table, _ = result
    assert list(table.columns) == list(BALANCE_COLUMNS)
    assert list(table["region"]) == ["C", "C", "D1", "D1", "D2", "D2", "P1", "P1"]  # city, districts, park
    assert set(table["report_section"]) == {"carbon_balance"}


def test_district_by_hand(result):
    table, _ = result
    r = _row(table, "D1", 2022)
    # E 1000, R −100 of which R3 −40 left out (the sink covers it): R_counted −60; S 300 ± 20 % (u1_pct)
    assert r["emission_tco2e"] == 1000.0 and r["reduction_tco2e"] == -60.0 and r["reduction_excluded_tco2e"] == -40.0
    assert r["sink_tco2e"] == 300.0 and r["u_sink_pct"] == 20.0 and r["sink_source"] == "uncertainty"
    assert r["net_emission_tco2e"] == pytest.approx(640.0)  # 1000 − 60 − 300
    # √(50² + 3² + 60²) × 100 / 640 (U×x in t: 5 % of 1000, 5 % of 60, 20 % of 300) = 12.2125 %
    assert r["u_net_pct"] == pytest.approx(math.sqrt(5000 ** 2 + 300 ** 2 + 6000 ** 2) / 640)
    assert r["u_net_pct"] == pytest.approx(12.2125, abs=1e-4)
    assert r["net_low_tco2e"] == pytest.approx(640 - 78.16, abs=0.01)
    assert r["sink_emission_ratio"] == pytest.approx(300 / 940)


def test_near_balance_is_very_uncertain(result):
    table, _ = result
    r = _row(table, "D2", 2022)
    # E 500, R_counted −90, S 400 (district_sink, U 30 % from the map): N = 10 t, U = 12 265.9 / 10 = 1226.6 %
    assert r["net_emission_tco2e"] == pytest.approx(10.0)
    assert r["u_sink_pct"] == 30.0 and r["sink_source"] == "district_sink" and r["sink_key"] == "D2"
    assert r["u_net_pct"] == pytest.approx(1226.5908, abs=1e-3)


def test_city_uses_the_total_row_and_park_no_sink(result):
    table, _ = result
    c = _row(table, "C", 2022)
    # 1500 − 150 − 700 = 650; √(75² + 7.5² + 105²)/6.5 = 19.885 %; ratio 700 / 1350
    assert c["net_emission_tco2e"] == pytest.approx(650.0)
    assert c["u_net_pct"] == pytest.approx(19.8850, abs=1e-4)
    assert c["sink_emission_ratio"] == pytest.approx(0.518519, abs=1e-6)
    p = _row(table, "P1", 2022)
    # no sink: reductions kept whole (none here), U of the net = U of the emissions
    assert p["sink_source"] == "none" and p["sink_tco2e"] == 0.0 and p["net_emission_tco2e"] == 300.0
    assert p["u_net_pct"] == pytest.approx(5.0)


def test_year_on_year(result):
    table, _ = result
    r = _row(table, "D1", 2023)
    # 1100 − 60 − 300 = 740 against 640: +100 t, +15.625 %; emissions +10 %
    assert r["previous_year"] == 2022
    assert r["net_change_tco2e"] == pytest.approx(100.0)
    assert r["net_change_pct"] == pytest.approx(15.625)
    assert r["emission_change_pct"] == pytest.approx(10.0)
    assert pd.isna(_row(table, "D1", 2022)["net_change_tco2e"])


def test_market_basis_changes_the_emissions():
    table, _ = balance.compute(REGIONS, INVENTORY, SINKS, MAP, years=[2022], basis="market", emission_u_pct=5.0)
    assert _row(table, "D1", 2022)["net_emission_tco2e"] == pytest.approx(1050 - 60 - 300)


def test_unknown_emission_u_gives_unknown_net_u():
    table, notes = balance.compute(REGIONS, INVENTORY, SINKS, MAP, years=[2022])
    assert table["u_net_pct"].isna().all()
    assert "balance_emission_u_unknown" in [n.kind for n in notes]


def test_sink_without_u_is_reported():
    m = MAP.copy()
    m.loc[2, "u_pct"] = None
    table, notes = balance.compute(REGIONS, INVENTORY, SINKS, m, years=[2022], emission_u_pct=5.0)
    assert pd.isna(_row(table, "D2", 2022)["u_net_pct"])
    assert [n.details["regions"] for n in notes if n.kind == "balance_sink_u_unknown"] == [["D2"]]


def _kind(**kwargs):
    args = dict(regions=REGIONS, inventory=INVENTORY, sinks=SINKS, source_map=MAP, years=[2022], emission_u_pct=5.0)
    args.update(kwargs)
    with pytest.raises(MeteringError) as err:
        balance.compute(**args)
    return err.value


def test_two_tables_claiming_a_region_without_a_rule():
    m = MAP[MAP["region"] != "D1"]
    err = _kind(source_map=m)
    assert err.kind == "balance_source_conflict" and err.details["region"] == "D1"
    assert err.details["sources"] == ["uncertainty", "district_sink"]


def test_region_without_a_sink_source():
    regions = pd.concat([REGIONS, pd.DataFrame({"region": ["D3"], "level": ["district"]})], ignore_index=True)
    err = _kind(regions=regions)
    assert err.kind == "balance_source_missing" and err.details["region"] == "D3"


def test_two_map_rows_for_a_region():
    m = pd.concat([MAP, pd.DataFrame({"region": ["D2"], "source": ["uncertainty"]})], ignore_index=True)
    err = _kind(source_map=m)
    assert err.kind == "balance_source_conflict" and err.details["region"] == "D2"


def test_one_sink_row_for_two_regions():
    m = MAP.copy()
    m.loc[2, ["source", "key"]] = ["uncertainty", "D1"]
    err = _kind(source_map=m)
    assert err.kind == "balance_sink_shared" and err.details["regions"] == ["D1", "D2"]


def test_unknown_source_and_missing_key():
    m = MAP.copy()
    m.loc[1, "source"] = "lidar"
    assert _kind(source_map=m).kind == "balance_source_unknown"
    m = MAP.copy()
    m.loc[1, "key"] = "420199"
    err = _kind(source_map=m)
    assert err.kind == "balance_sink_missing" and err.details["key"] == "420199"


def test_region_without_emissions_in_a_year():
    inv = INVENTORY[~((INVENTORY["unit_id"] == "P1") & (INVENTORY["period"] == "2023"))]
    err = _kind(inventory=inv, years=[2022, 2023])
    assert err.kind == "balance_no_emissions" and err.details == {
        "region": "P1", "year": 2023, "unit_type": "park", "available": [2022, 2023]}


def test_unknown_table_and_bad_level():
    err = _kind(sinks={"x": pd.DataFrame({"a": [1]})})
    assert err.kind == "balance_sink_table_unknown" and err.details["table"] == "x"
    regions = REGIONS.copy()
    regions.loc[3, "level"] = "village"
    err = _kind(regions=regions)
    assert err.kind == "balance_bad_level" and err.details["region"] == "P1"


def test_stock_summary_and_se_tables():
    summary = pd.DataFrame({"county": ["D1", "D1", "ALL"], "object": ["ALL", "forest", "ALL"],
                            "pool": ["total", "total", "total"], "change_group": ["all", "all", "all"],
                            "sink_tco2e": [300.0, 250.0, 700.0], "base_year": [2020] * 3, "target_year": [2023] * 3})
    rows = balance.sink_rows(summary, "stock_summary")
    assert list(rows["key"]) == ["D1", "ALL"] and rows["u_pct"].isna().all()
    assert set(rows["period"]) == {"2020–2023"}
    generic = pd.DataFrame({"region": ["D2"], "sink_tco2e": [400.0], "se_tco2e": [40.0], "year": [2022]})
    rows = balance.sink_rows(generic, "own")
    # U = 1.96 × SE / S = 1.959964 × 40 / 400 = 19.60 %
    assert rows.iloc[0]["u_pct"] == pytest.approx(19.59964)
    assert rows.iloc[0]["year"] == "2022"
    m = MAP.copy()
    m.loc[1, ["source", "u_pct"]] = ["stock_summary", 20.0]
    m.loc[2, ["source", "u_pct"]] = ["own", None]
    table, _ = balance.compute(REGIONS, INVENTORY, {"uncertainty": UNCERTAINTY, "stock_summary": summary,
                                                    "own": generic}, m, years=[2022], emission_u_pct=5.0)
    r = _row(table, "D1", 2022)
    assert r["sink_kind"] == "stock_summary" and r["u_sink_pct"] == 20.0 and r["sink_period"] == "2020–2023"
    assert _row(table, "D2", 2022)["u_sink_pct"] == pytest.approx(19.59964)
    # the own table has no 2023 row: that year's sink is missing for D2
    err = _kind(sinks={"uncertainty": UNCERTAINTY, "stock_summary": summary, "own": generic}, source_map=m,
                years=[2023])
    assert err.kind == "balance_sink_missing" and err.details["region"] == "D2"


def test_inventories_of_two_years_combine_but_never_overlap():
    y22, y23 = INVENTORY[INVENTORY["period"] == "2022"], INVENTORY[INVENTORY["period"] == "2023"]
    table, _ = balance.compute(REGIONS, INVENTORY, SINKS, MAP, emission_u_pct=5.0)
    split, _ = balance.compute(REGIONS, {"inv_2022": y22, "inv_2023": y23}, SINKS, MAP, emission_u_pct=5.0)
    pd.testing.assert_frame_equal(table, split)
    err = _kind(inventory={"a": y22, "b": INVENTORY})
    assert err.kind == "balance_inventory_overlap" and err.details == {"tables": ["a", "b"], "period": "2022"}


def test_report_section(result):
    from carbon_metering.metering.report_sections import build_section

    table, _ = result
    text = table.astype(str).replace({"nan": "", "<NA>": ""})  # as read back from a CSV
    zh = build_section(text, "zh")
    assert zh.sheet_name == "carbon_balance" and "T/CI 231" in zh.title
    assert list(zh.table["区域"][:2]) == ["C", "C"] and zh.table["名称"][0] == "示例市"
    assert zh.table["净排放 (t CO2e)"][2] == pytest.approx(640.0)
    # R3 left out where a sink exists: 2 × (50 + 40 + 10) = 200 t over both years
    assert "200.00" in zh.notes[1]
    en = build_section(text, "en")
    assert en.table["Level"][2] == "district/county" and "5 %" in en.notes[2]


def _write_csv(path, frame):
    frame.to_csv(path, index=False)
    return str(path)


@pytest.fixture(scope="module")
def sample_inventories(provider, tmp_path_factory):
    """emission_inventory on the sample city's two workbooks (city name 420100)."""
    import processing

    from tests.conftest import SAMPLE

    out = tmp_path_factory.mktemp("inventory")
    paths = []
    for year in (2022, 2023):
        dest = str(out / "inventory_{0}.gpkg".format(year))
        result = processing.run("carbonmeter:emission_inventory", {
            "INPUT": str(SAMPLE / "urban" / "activity_{0}.xlsx".format(year)), "CITY_NAME": "420100",
            "OUTPUT": dest, "REJECTED": str(out / "rejected_{0}.csv".format(year))})
        paths.append(result["OUTPUT"])
        from qgis.core import QgsVectorLayer

        assert QgsVectorLayer(result["REJECTED"], "r", "ogr").featureCount() == 0  # the sample is accepted whole
    return paths


def test_algorithm_on_the_sample_city(provider, sample_inventories, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    from carbon_metering.processing_provider.qgis_io import source_to_frame
    from tests.conftest import SAMPLE

    sinks = _write_csv(tmp_path / "sinks.csv", pd.DataFrame({
        "region": ["420100", "420115", "420117", "420116"], "sink_tco2e": [60000.0, 30000.0, 18000.0, 12000.0],
        "u_pct": [15.0, 20.0, 25.0, 25.0]}))
    source_map = _write_csv(tmp_path / "map.csv", pd.DataFrame({"region": ["P01"], "source": ["none"]}))
    result = processing.run("carbonmeter:carbon_balance", {
        "REGIONS": str(SAMPLE / "urban" / "city.gpkg") + "|layername=regions", "REGION_FIELD": "region",
        "INVENTORY": sample_inventories, "SINKS": [sinks], "SOURCE_MAP": source_map, "YEARS": "2022, 2023",
        "EMISSION_U": 5.0, "OUTPUT": str(tmp_path / "balance.csv"), "LAYER": str(tmp_path / "balance.gpkg"),
        "PROVENANCE": str(tmp_path / "provenance.csv")})
    table = source_to_frame(QgsVectorLayer(result["OUTPUT"], "t", "ogr"))
    provenance = pd.read_csv(result["PROVENANCE"], keep_default_na=False)
    inputs = provenance[provenance["section"] == "input"]
    # every table read is recorded, the sink table with the checksum of its file
    assert list(inputs["item"]).count("INVENTORY") == len(sample_inventories)
    (sink_row,) = inputs[inputs["item"] == "SINKS"].itertuples()
    assert "sha256=" + hashlib.sha256(open(sinks, "rb").read()).hexdigest() in sink_row.detail
    layer = QgsVectorLayer(result["LAYER"], "l", "ogr")
    assert layer.featureCount() == 10 and layer.crs().authid() == "EPSG:4547"  # 5 regions × 2 years
    frame = source_to_frame(layer)
    city = frame[(frame["region"] == "420100") & (frame["year"] == 2022)].iloc[0]
    # the inventory's city total (E + R) less the sink, as the core computes it from the same table
    inv = source_to_frame(QgsVectorLayer(sample_inventories[0], "i", "ogr"))
    e = inv[(inv["unit_type"] == "city") & (inv["code"] == "E") & (inv["carrier"].fillna("") == "")][
        "emission_location_tco2e"].iloc[0]
    r = inv[(inv["unit_type"] == "city") & (inv["code"] == "R") & (inv["carrier"].fillna("") == "")][
        "emission_location_tco2e"].iloc[0]
    r3 = inv[(inv["unit_type"] == "city") & (inv["code"] == "R3") & (inv["carrier"].fillna("") == "")][
        "emission_location_tco2e"].iloc[0]
    assert city["net_emission_tco2e"] == pytest.approx(e + (r - r3) - 60000.0)
    assert city["reduction_excluded_tco2e"] == pytest.approx(r3) and r3 < 0
    park = frame[(frame["region"] == "P01") & (frame["year"] == 2023)].iloc[0]
    # no sink: N = E + R (PV reductions kept), U = 5 % × √(E² + R²) / |E + R| (eq. 3.2, independent terms)
    e_p, r_p = park["emission_tco2e"], park["reduction_tco2e"]
    assert park["sink_source"] == "none" and park["reduction_excluded_tco2e"] == 0.0 and r_p < 0
    assert park["u_net_pct"] == pytest.approx(5.0 * math.hypot(e_p, r_p) / abs(e_p + r_p))
    assert park["previous_year"] == 2022
    assert set(table["region"]) == {"420100", "420115", "420117", "420116", "P01"}


def test_algorithm_names_the_region_two_sources_claim(provider, sample_inventories, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    from tests.conftest import SAMPLE

    a = _write_csv(tmp_path / "parcels.csv", pd.DataFrame({"region": ["420115"], "sink_tco2e": [1.0]}))
    b = _write_csv(tmp_path / "rs.csv", pd.DataFrame({"region": ["420115"], "sink_tco2e": [2.0]}))
    others = _write_csv(tmp_path / "map.csv", pd.DataFrame({"region": ["420100", "420117", "420116", "P01"],
                                                             "source": ["none"] * 4}))
    with pytest.raises(QgsProcessingException) as err:
        processing.run("carbonmeter:carbon_balance", {
            "REGIONS": str(SAMPLE / "urban" / "city.gpkg") + "|layername=regions", "REGION_FIELD": "region",
            "INVENTORY": sample_inventories, "SINKS": [a, b], "SOURCE_MAP": others,
            "OUTPUT": str(tmp_path / "balance.csv")})
    assert "420115" in str(err.value) and "parcels" in str(err.value) and "rs" in str(err.value)
    assert not (tmp_path / "balance.csv").exists()


def test_sink_tables_are_named_by_layer_or_file(qgis_app):
    from carbon_metering.processing_provider.carbon_balance import parse_years, sink_table_name

    class Layer:
        def __init__(self, source):
            self._source = source

        def source(self):
            return self._source

        def name(self):
            return "layer"

    taken = {}
    for source in ("/o/demo.gpkg|layername=uncertainty", "/o/district_sink_park.csv",
                   "file:///o/rs.csv?delimiter=,&decimalPoint=.", "/p/district_sink_park.csv"):
        taken[sink_table_name(Layer(source), taken)] = source
    assert list(taken) == ["uncertainty", "district_sink_park", "rs", "district_sink_park#2"]
    assert parse_years("2022, 2023") == [2022, 2023] and parse_years(" ") is None
    with pytest.raises(MeteringError) as err:
        parse_years("2022-2023")
    assert err.value.kind == "balance_bad_years"


def test_demo_source_map_serves_every_region_once():
    from osgeo import ogr

    from carbon_metering.tools import demo_urban
    from tests.conftest import SAMPLE

    ds = ogr.Open(str(SAMPLE / "urban" / "city.gpkg"))
    codes = sorted(f.GetField("region") for f in ds.GetLayer("regions"))
    ds = None
    for chain in (True, False):
        rows = demo_urban.source_map_rows(chain)
        assert sorted(r[0] for r in rows) == codes
        assert len({(r[1], r[2]) for r in rows}) == len(rows)  # no sink row serves two regions
        # county 420117 of the parcel chain covers two districts: it serves neither
        assert not [r for r in rows if r[1] == "uncertainty" and r[2] == "420117"]


def test_shipped_style_grades_net_emission_around_balance(qgis_app, tmp_path):
    from qgis.core import QgsVectorLayer

    from carbon_metering.processing_provider.carbon_balance import STYLE

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4547&field=net_emission_tco2e:double&field=level:string",
                           "b", "memory")
    message, ok = layer.loadNamedStyle(STYLE)
    assert ok, message
    renderer = layer.renderer()
    assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == "net_emission_tco2e"
    ranges = renderer.ranges()
    # diverging: the class holding 0 is the middle one, net sinks (< 0) green, net sources (> 0) red
    middle = [i for i, r in enumerate(ranges) if r.lowerValue() < 0 < r.upperValue()]
    assert middle == [len(ranges) // 2]
    assert ranges[0].symbol().color().green() > ranges[0].symbol().color().red()
    assert ranges[-1].symbol().color().red() > ranges[-1].symbol().color().green()
    assert renderer.orderByEnabled()  # the park drawn over its district, districts over the city


def test_emissions_given_only_as_notation_keys_leave_the_net_empty():
    inv = INVENTORY.copy()
    inv.loc[(inv["unit_id"] == "P1") & (inv["period"] == "2022") & (inv["code"] == "E"),
            "emission_location_tco2e"] = float("nan")
    table, notes = balance.compute(REGIONS, inv, SINKS, MAP, years=[2022], emission_u_pct=5.0)
    assert pd.isna(_row(table, "P1", 2022)["net_emission_tco2e"])
    assert [n.details["items"] for n in notes if n.kind == "balance_emission_not_estimated"] == [["P1 2022"]]
