"""The core's error, note and progress protocol (metering.errors) and its translated templates."""

import re

import pytest

from carbon_metering.metering.errors import Cancelled, MeteringError, Note, loop_progress, report, sub_progress
from carbon_metering.metering.files import atomic_output
from carbon_metering.metering.vocabulary import AreaMethod, ChangeFlag, Confidence
from tests.conftest import REPO

# (metering/gpkg.py's NotAppendableError is no message: it is always caught, the sink path then writes)
KIND_USE = re.compile(r"""(?:\b(?!NotAppendableError)\w*Error|Note\.warning|Note\.info)\(\s*["']([a-z0-9_]+)["']""")


def test_error_carries_kind_and_details():
    err = MeteringError("missing_fields", layer="dltb_2020", fields=["DLBM"])
    assert err.kind == "missing_fields"
    assert err.details == {"layer": "dltb_2020", "fields": ["DLBM"]}
    assert "missing_fields" in str(err) and "dltb_2020" in str(err)


def test_progress_maps_sub_ranges_and_stops():
    seen = []
    outer = sub_progress(lambda f: seen.append(round(f, 6)) or False, 0.5, 1.0)
    report(outer, 0.5)
    report(outer, 2.0)  # clipped to the end of its range
    assert seen == [0.75, 1.0]
    with pytest.raises(Cancelled):
        report(lambda f: True, 0.1)
    report(None, 0.3)  # no callback: nothing happens
    ticks = []
    tick = loop_progress(lambda f: ticks.append(f) or False, total=10, every=5)
    for i in range(10):
        tick(i)
    assert ticks == [0.0, 0.5]


def test_options_parse_by_value_name_and_index():
    assert AreaMethod.parse("planar") is AreaMethod.PLANAR
    assert AreaMethod.parse(2) is AreaMethod.OFFICIAL
    assert AreaMethod.parse("ELLIPSOIDAL") is AreaMethod.ELLIPSOIDAL
    assert Confidence.at(1) == 95.0
    assert ChangeFlag.parse(3) is ChangeFlag.TARGET_ONLY
    with pytest.raises(MeteringError) as info:
        AreaMethod.parse("geodesic")
    assert info.value.kind == "bad_option" and info.value.details["value"] == "geodesic"


def test_atomic_output_is_whole_or_nothing(tmp_path):
    target = tmp_path / "table.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with atomic_output(str(target)) as tmp:
            open(tmp, "w").write("half")
            raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["table.csv"]
    with atomic_output(str(target)) as tmp:
        open(tmp, "w").write("new")
    assert target.read_text() == "new"


def test_every_kind_the_core_uses_has_a_translated_template(qgis_app):
    from carbon_metering.processing_provider import messages

    used = set()
    # the core's kinds and the notes the algorithms log themselves (a kind without a template is
    # logged raw, "stock_totals: sink=…", in every language)
    for path in list((REPO / "metering").rglob("*.py")) + list((REPO / "processing_provider").glob("*.py")):
        used |= set(KIND_USE.findall(path.read_text(encoding="utf-8")))
    used |= {"cancelled", "bad_option"}
    missing = sorted(used - set(messages.templates()))
    assert missing == [], "add a template to processing_provider/messages.py"


def test_message_text_fills_details_and_never_fails(qgis_app):
    from carbon_metering.processing_provider import messages

    line = messages.text("missing_fields", {"layer": "dltb_2020", "fields": ["DLBM", "ZLDWDM"]})
    assert "dltb_2020" in line and "DLBM; ZLDWDM" in line
    # a missing detail or an unknown kind still gives a readable line
    assert "dltb_2020" in messages.text("missing_fields", {"layer": "dltb_2020"})
    assert "no_such_kind" in messages.text("no_such_kind", {"x": 1})
    exc = messages.exception(Cancelled())
    assert "Cancelled" in str(exc)
    note = Note.warning("missing_fields", layer="a", fields="b")
    assert note.level == "warning"
