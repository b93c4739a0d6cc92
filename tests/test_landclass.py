"""The shipped land-class mapping table and code normalisation (pure core, no QGIS)."""

import math

import pandas as pd
import pytest

from carbon_metering.metering import landclass
from carbon_metering.metering.landclass import (
    MappingError,
    county_from_zldwdm,
    default_mapping,
    is_valid_code,
    load_objects,
    mapping_from_frame,
    normalize_code,
    overlay_user_mapping,
)

# GB/T 21010-2017 table 1: all second-level classes
GBT_21010_2017 = (
    "0101 0102 0103 0201 0202 0203 0204 0301 0302 0303 0304 0305 0306 0307 0401 0402 0403 0404 "
    "0501 0502 0503 0504 0505 0506 0507 0601 0602 0603 0604 0701 0702 0801 0802 0803 0804 0805 0806 "
    "0807 0808 0809 0810 0901 0902 0903 0904 0905 0906 1001 1002 1003 1004 1005 1006 1007 1008 1009 "
    "1101 1102 1103 1104 1105 1106 1107 1108 1109 1110 1201 1202 1203 1204 1205 1206 1207"
).split()
# 三调 工作分类 codes beyond GB/T 21010 (merged classes, attribute suffixes) and the 00 wetland group
SANDIAO = (
    "05H1 0508 08H1 08H2 0810A 1104A 1107A 09 0201K 0202K 0203K 0204K 0301K 0302K 0305K 0307K 0403K "
    "1104K 0303 0304 0306 0402 0603 1105 1106 1108"
).split()


@pytest.fixture(scope="module")
def table():
    return pd.read_csv(landclass.MAPPING_CSV, dtype=str, keep_default_na=False)


def test_shipped_table_columns_and_sources(table):
    assert list(table.columns) == ["code", "name_zh", "name_en", "object", "source"]
    assert (table["source"].str.len() > 10).all()
    assert (table["name_zh"].str.len() > 0).all() and (table["name_en"].str.len() > 0).all()


def test_every_shipped_code_valid_unique_and_known_object(table):
    codes = table["code"].tolist()
    bad = [c for c in codes if not is_valid_code(c) or normalize_code(c) != c]
    assert bad == []
    assert len(codes) == len(set(codes))
    objects = set(load_objects()["object"])
    assert set(table["object"]) <= objects
    assert "unmapped" not in set(table["object"])  # unmapped is for codes NOT in the table


def test_table_covers_every_gbt_and_sandiao_code(table):
    codes = set(table["code"])
    assert set(GBT_21010_2017) - codes == set()
    assert set(SANDIAO) - codes == set()


def test_objects_follow_appendix_a_for_key_classes():
    m = default_mapping()
    expected = {
        "0101": "paddy", "0102": "irrigated_land", "0103": "dry_land", "0201": "orchard",
        "0202": "tea_garden", "0301": "forest_arbor", "0302": "forest_bamboo", "0305": "forest_shrub",
        "0307": "forest_other", "0404": "grassland", "1108": "wetland_marsh", "0702": "non_metered",
        "1101": "non_metered", "1003": "non_metered", "0301K": "forest_arbor",
    }
    assert {c: m.object_of(c) for c in expected} == expected
    assert m.object_of(None) == "unmapped"
    assert m.object_of("9999") == "unmapped"
    assert m.name_of("0103") == "旱地"


@pytest.mark.parametrize(
    "raw, code",
    [
        (101, "0101"), (101.0, "0101"), ("101", "0101"), ("0101", "0101"), ("101.0", "0101"),
        (" 0103k ", "0103K"), ("0103\u3000", "0103"), (9, "09"), ("05h1", "05H1"), (1104, "1104"),
        (None, None), ("", None), ("  ", None), (math.nan, None), ("NULL", None),
    ],
)
def test_normalize_code(raw, code):
    assert normalize_code(raw) == code


def test_resolve_accepts_class_names():
    m = default_mapping()
    assert m.resolve("旱地") == "0103"
    assert m.resolve(301) == "0301"
    assert m.resolve("abc") == "ABC"


def test_user_mapping_overrides_default():
    objects = set(load_objects()["object"])
    user = mapping_from_frame(pd.DataFrame({"Code": [103, "9901"], "OBJECT": ["non_metered", "grassland"]}), objects)
    merged = overlay_user_mapping(default_mapping(), user)
    assert merged.object_of("0103") == "non_metered"
    assert merged.name_of("0103") == "旱地"  # names kept from the shipped table
    assert merged.object_of("9901") == "grassland"
    assert merged.object_of("0101") == "paddy"


@pytest.mark.parametrize(
    "frame, words",
    [
        (pd.DataFrame({"code": ["0101", "101"], "object": ["paddy", "paddy"]}), ["twice", "0101"]),
        (pd.DataFrame({"code": ["0101"], "object": ["rice"]}), ["row 1", "rice", "0101"]),
        (pd.DataFrame({"code": ["01-01"], "object": ["paddy"]}), ["row 1", "01-01"]),
        (pd.DataFrame({"kode": ["0101"], "object": ["paddy"]}), ["code"]),
    ],
)
def test_bad_user_mapping_names_row_and_problem(frame, words, qgis_app):
    from carbon_metering.processing_provider import messages

    with pytest.raises(MappingError) as err:
        mapping_from_frame(frame, set(load_objects()["object"]), label="my.csv")
    text = messages.text(err.value.kind, err.value.details)  # the translated template (English here)
    assert "my.csv" in text
    for w in words:
        assert w in text


def test_county_from_zldwdm():
    assert county_from_zldwdm("420101001001") == "420101"
    assert county_from_zldwdm(420102003004.0) == "420102"
    assert county_from_zldwdm(None) is None
