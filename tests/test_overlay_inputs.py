"""The overlay core's reader-side helpers without QGIS: field checks, ParcelLayer from read columns,
and the one decision of the area method (metering/overlay/inputs.py, areas.py)."""

import numpy as np
import pytest

from carbon_metering.metering.errors import MeteringError
from carbon_metering.metering.overlay import CrsInfo, check_parcel_fields, parcel_layer
from carbon_metering.metering.overlay.areas import area_formula
from carbon_metering.metering.vocabulary import AreaMethod

GK38 = CrsInfo(epsg=4526, geographic=False, name="EPSG:4526")
WEB = CrsInfo(epsg=3857, geographic=False, name="EPSG:3857")
CGCS = CrsInfo(epsg=4490, geographic=True, name="EPSG:4490")


def test_area_method_decided_once():
    assert area_formula(AreaMethod.ELLIPSOIDAL, GK38) == "gauss_kruger"
    assert area_formula(AreaMethod.ELLIPSOIDAL, WEB) == "geodesic"
    assert area_formula(AreaMethod.ELLIPSOIDAL, CGCS) == "geodesic"
    assert area_formula(AreaMethod.PLANAR, GK38) == "planar"
    assert area_formula(AreaMethod.OFFICIAL, CGCS) == "official"
    assert area_formula(1, WEB) == "planar"  # the parameter's index, as AreaMethod.parse takes it
    with pytest.raises(MeteringError) as err:
        area_formula(AreaMethod.PLANAR, CGCS, "base")
    assert err.value.kind == "overlay_planar_geographic"
    assert err.value.details == {"layer": "base", "crs": "EPSG:4490"}


def test_fields_to_read_and_their_checks():
    names = ["fid", "DLBM", "ZLDWDM", "TBMJ", "KCMJ", "NAME"]
    assert check_parcel_fields("b", names, "DLBM", "BASE_FIELD") == (["DLBM", "ZLDWDM"], "ZLDWDM")
    assert check_parcel_fields("b", names, "DLBM", "BASE_FIELD", "NAME", official=True) == \
        (["DLBM", "NAME", "TBMJ", "KCMJ"], "NAME")
    assert check_parcel_fields("b", ["DLBM"], "DLBM", "BASE_FIELD") == (["DLBM"], None)
    for args, kind in ((("", "BASE_FIELD"), "overlay_no_code_field"),
                       (("CODE", "TARGET_FIELD"), "overlay_missing_field"),
                       (("DLBM", "BASE_FIELD", "XZQ"), "overlay_missing_county_field"),
                       (("DLBM", "BASE_FIELD", None, True), "overlay_no_official_fields")):
        with pytest.raises(MeteringError) as err:
            check_parcel_fields("dltb", ["DLBM", "NAME"] if kind == "overlay_no_official_fields" else names, *args)
        assert err.value.kind == kind and err.value.details["layer"] == "dltb"
    with pytest.raises(MeteringError) as err:
        check_parcel_fields("dltb", names, "CODE", "TARGET_FIELD")
    assert err.value.details["role"] == "TARGET_FIELD" and "ZLDWDM" in err.value.details["fields"]


def test_parcel_layer_from_columns():
    values = {"DLBM": ["0101", 301, None], "ZLDWDM": ["420115001001", "420115002", None],
              "TBMJ": [100.0, 200.0, 300.0], "KCMJ": [10.0, None, None], "TBDLMJ": [None, None, 250.0]}
    asked = []
    layer = parcel_layer("b", [b"x", b"y", None], np.array([4, 5, 6]), values, "DLBM", "ZLDWDM", True, GK38,
                         candidates=lambda: asked.append(1) or {})
    assert not asked  # codes look like codes: the other fields are not read
    assert layer.county == ["420115", "420115", None] and list(layer.fid) == [4, 5, 6]
    assert layer.code == ["0101", 301, None] and layer.crs is GK38
    assert np.allclose(layer.official_m2, [90.0, 200.0, 250.0])
    plain = parcel_layer("b", [b"x"], [1], {"DLBM": ["0101"], "XZ": [42]}, "DLBM", "XZ")
    assert plain.county == ["42"] and plain.official_m2 is None and plain.crs == CrsInfo()


def test_parcel_layer_names_the_code_like_fields_when_the_code_field_is_wrong():
    values = {"TBMJ": [1234.5, 87.25, 3.5]}
    with pytest.raises(MeteringError) as err:
        parcel_layer("t", [None] * 3, [1, 2, 3], values, "TBMJ",
                     candidates=lambda: {"DLBM": ["0101", "0301", "1001"], "NAME": ["a", "b", "c"]})
    assert err.value.kind == "overlay_not_code_field"
    assert err.value.details["field"] == "TBMJ" and err.value.details["suggest"] == "DLBM"
