"""The province runner without QGIS: partition, faults, reruns, the documented rules (docs/province.md)."""

import io
import json
import os

import numpy as np
import pandas as pd
import pytest

from carbon_metering.metering.province import cli
from carbon_metering.metering.province.messages import render
from carbon_metering.metering.province.runner import run
from tests.province.conftest import COUNTY, VARIANTS, config, variant


def _summary(out):
    return pd.read_csv(os.path.join(out, "province_summary.csv"), dtype={"county": str})


def _total(summary, county="ALL", column="sink_tco2e"):
    row = summary[(summary["county"] == county) & (summary["object"] == "ALL") & (summary["pool"] == "total")
                  & (summary["change_group"] == "all")]
    return float(row[column].iloc[0])


def test_no_qgis_imported(sample_run):
    import sys

    assert not [m for m in sys.modules if m == "qgis" or m.startswith("qgis.")]


def test_sample_county_partitioned_and_province_is_sum_of_counties(sample_run):
    out, result = sample_run
    assert result.complete
    assert {c: r["pieces"] for c, r in result.counties.items()} == {"420115": 3257, "420117": 3441}
    summary = _summary(out)
    counties = _total(summary, "420115") + _total(summary, "420117")
    assert _total(summary) == pytest.approx(counties, rel=1e-12)
    # every level of the workbook, and the provenance with the input checksums and the cluster
    from openpyxl import load_workbook

    wb = load_workbook(os.path.join(out, "province_result.xlsx"), read_only=True)
    assert {"Province", "Counties", "County objects", "Uncertainty", "Provenance"} <= set(wb.sheetnames)
    prov = pd.read_csv(os.path.join(out, "provenance.csv"))
    from carbon_metering.metering.provenance import file_sha256

    assert prov["detail"].str.contains(file_sha256(str(COUNTY))).any()
    assert {"workers", "scheduler", "dashboard"} <= set(prov.loc[prov["section"] == "cluster", "item"])
    assert {"dask", "distributed", "pyogrio", "shapely"} <= set(prov.loc[prov["section"] == "version", "item"])
    unc = pd.read_csv(os.path.join(out, "uncertainty.csv"))
    sink = unc[(unc["level"] == "total") & (unc["quantity"] == "sink")].iloc[0]
    assert sink["estimate"] == pytest.approx(_total(summary), rel=1e-9)
    assert sink["u2_pct"] > 0


def test_folders_faults_duplicates_and_one_year_county(folders, sample_run, tmp_path):
    base, target = folders
    out = tmp_path / "out"
    stream = io.StringIO()
    result = run(config(base, target, out), stream=stream)
    assert not result.complete
    status = {c: r["status"] for c, r in result.counties.items()}
    assert status == {"420115": "ok", "420117": "ok", "420188": "failed", "420199": "failed"}
    # a missing field: the county's code and the plugin's own sentence
    assert result.counties["420188"]["kind"] == "overlay_missing_field"
    assert "DLBM" in result.counties["420188"]["message"] and "420188" in stream.getvalue()
    assert result.counties["420199"]["kind"] == "province_county_one_year"
    counties = pd.read_csv(out / "counties.csv", dtype={"county": str}).set_index("county")
    assert counties.loc["420188", "status"] == counties.loc["420199", "status"] == "missing"
    province = pd.read_csv(out / "counties.csv")
    assert len(province) == 4
    summary = _summary(out)
    # the five 420115 parcels also delivered in 420117's file (one byte-identical, four written otherwise:
    # rings reversed, another start vertex, Polygon for MultiPolygon, noise under the snapping tolerance)
    # were dropped: same result as the sample
    assert result.counties["420115"]["pieces"] == 3257
    notes = json.load(open(out / "counties" / "420115" / "summary.json"))["notes"]
    assert [n["details"]["count"] for n in notes if n["kind"] == "province_duplicates"] == [1 + len(VARIANTS)]
    assert _total(summary) == pytest.approx(_total(_summary(sample_run[0])), rel=1e-12)
    # all logged in notes.csv: the duplicates dropped, and why each missing county is missing
    logged = pd.read_csv(out / "notes.csv", dtype={"county": str})
    assert logged[(logged["county"] == "420115") & (logged["kind"] == "province_duplicates")]["level"].tolist() == [
        "warning"]
    errors = logged[logged["level"] == "error"].set_index("county")["kind"].to_dict()
    assert errors == {"420188": "overlay_missing_field", "420199": "province_county_one_year"}
    assert "420199" in logged.set_index("county").loc["420199", "message"]
    # the province rows say which counties are missing, never a silent partial sum
    from openpyxl import load_workbook

    sheet = load_workbook(out / "province_result.xlsx", read_only=True)["Province"]
    text = " ".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None)
    assert "420188, 420199" in text

    # rerun: complete counties with unchanged inputs are skipped, the failed ones retried
    again = run(config(base, target, out), stream=io.StringIO())
    assert again.counties["420115"].get("skipped") and again.counties["420117"].get("skipped")
    assert again.counties["420188"]["status"] == "failed" and not again.counties["420188"].get("skipped")
    assert _total(_summary(out)) == pytest.approx(_total(summary), rel=1e-15)
    # a changed input reruns the counties that read it only (420115's duplicate sits in base/420117.gpkg,
    # so a change of target/420115.gpkg reruns 420115 alone)
    with open(target / "420115.gpkg", "ab") as handle:
        handle.write(b"\0")  # other bytes (SQLite ignores trailing bytes): metered again
    third = run(config(base, target, out), stream=io.StringIO())
    assert not third.counties["420115"].get("skipped") and third.counties["420117"].get("skipped")


def test_cli_options_config_file_and_exit_codes(tmp_path, folders):
    # the options issue 9 names are a public contract (saved scripts and job files call them)
    options = {o for action in cli.parser()._actions for o in action.option_strings}
    contract = {"--base", "--target", "--base-field", "--target-field", "--county-field", "--mapping",
                "--area-method", "--density", "--plots", "--key", "--base-year", "--target-year", "--iterations",
                "--seed", "--out", "--workers", "--scheduler", "--help"}
    assert contract <= options, sorted(contract - options)
    cfg = cli.config_from(["--base", "b", "--target", "t", "--base-year", "2019", "--target-year", "2024"])
    assert (cfg.base_year, cfg.target_year) == (2019, 2024)
    toml = tmp_path / "province.toml"
    base, target = folders
    toml.write_text('base = "{0}"\ntarget = "{1}"\nworkers = 3\narea-method = "planar"\n'.format(base, target))
    cfg = cli.config_from(["--config", str(toml), "--workers", "1"])
    assert (cfg.base, cfg.workers, cfg.area_method) == (str(base), 1, "planar")
    assert cli.main(["--base", str(tmp_path / "nowhere"), "--target", str(target), "--plots", "x"]) == cli.EXIT_ERROR


def test_messages_without_qgis():
    text = render("overlay_missing_field", {"layer": "dltb", "field": "DLBM", "role": "BASE_FIELD", "fields": "A"})
    assert text.startswith("Layer dltb has no field DLBM")
    zh = render("overlay_missing_field", {"layer": "dltb", "field": "DLBM", "role": "BASE_FIELD", "fields": "A"},
                "zh")
    assert "DLBM" in zh and zh != text
    assert render("province_county_one_year", {"county": "420199", "year": 2020, "parcels": 40}).find("420199") >= 0
    assert render("no_such_kind", {"a": 1}) == "no_such_kind: a=1"


def _group(summary, county, group, column="area_ha"):
    row = summary[(summary["county"] == county) & (summary["object"] == "ALL") & (summary["pool"] == "total")
                  & (summary["change_group"] == group)]
    return float(row[column].iloc[0]) if len(row) else 0.0


def test_border_ground_and_parcels_claimed_twice(border_folders, sample_run, tmp_path):
    """The rules between counties (docs/province.md): ground that changes county between the years is metered
    as one-year pieces in both counties (outside the sink) and listed in border.csv; a parcel delivered in two
    counties' files under each county's code is metered by both and listed in duplicates.csv; both logged."""
    base, target, _moved, claimed_b = border_folders
    out = tmp_path / "out"
    stream = io.StringIO()
    result = run(config(base, target, out), stream=stream)
    assert result.complete
    sample = _summary(sample_run[0])
    assert _group(sample, "ALL", "base_only") == _group(sample, "ALL", "target_only") == 0.0  # none in the sample
    summary = _summary(out)
    # the moved parcel: base_only in 420117, target_only in 420115, one piece each, the same area
    lost, gained = _group(summary, "420117", "base_only"), _group(summary, "420115", "target_only")
    assert lost > 0 and lost == pytest.approx(gained, rel=1e-9)
    assert _group(summary, "420117", "base_only", "n_pieces") == _group(summary, "420115", "target_only",
                                                                        "n_pieces") == 1
    border = pd.read_csv(out / "border.csv", dtype={"base_county": str, "target_county": str})
    assert border[["base_county", "target_county", "pieces"]].values.tolist() == [["420117", "420115", 1]]
    assert border["area_ha"].iloc[0] == pytest.approx(lost, rel=1e-9)
    # what pairing it would give (it is not paired): the stocks the two counties metered for that ground
    stock_lost = _group(summary, "420117", "base_only", "stock_base_tc")
    stock_gained = _group(summary, "420115", "target_only", "stock_target_tc")
    assert stock_lost > 0 and stock_gained > 0
    assert border["stock_base_tc"].iloc[0] == pytest.approx(stock_lost, rel=1e-9)
    assert border["stock_target_tc"].iloc[0] == pytest.approx(stock_gained, rel=1e-9)
    assert border["sink_if_paired_tco2e"].iloc[0] == pytest.approx((stock_gained - stock_lost) / 3 * 44 / 12,
                                                                   rel=1e-9)
    # outside the sink: the moved ground's stock sits in the one-year groups, not in "all"
    assert _group(summary, "ALL", "target_only", "sink_tco2e") == 0.0 or pd.isna(
        _group(summary, "ALL", "target_only", "sink_tco2e"))
    # the parcel claimed twice: one in each year, metered in both counties
    claimed = pd.read_csv(out / "duplicates.csv", dtype={"county": str, "other_county": str})
    assert claimed.values.tolist() == [[2020, "420115", "420117", 1], [2023, "420115", "420117", 1]]
    # 420115 meters its own ground as before; 420117 lost the moved ground and meters the claimed parcel too
    assert _group(summary, "420115", "all") == pytest.approx(_group(sample, "420115", "all"), rel=1e-12)
    import shapely

    from tests.province.conftest import rows_of

    mask = np.zeros(len(rows_of("dltb_2020", slice(None))[0]), dtype=bool)
    mask[claimed_b] = True
    planar = float(shapely.area(shapely.from_wkb(rows_of("dltb_2020", mask)[0][0]))) / 10000.0
    added = _group(summary, "420117", "all") - (_group(sample, "420117", "all") - lost)
    assert added == pytest.approx(planar, rel=1e-3)  # ellipsoidal vs GK planar area: within 0.1 %
    assert _total(summary, "ALL", "area_ha") == pytest.approx(_total(sample, "ALL", "area_ha") - lost + added,
                                                              rel=1e-12)
    # logged: notes.csv, the terminal and the province sheet's columns
    notes = pd.read_csv(out / "notes.csv", dtype={"county": str})
    assert {"province_border_ground", "province_claimed_twice"} <= set(notes["kind"])
    text = stream.getvalue()
    assert "420117" in text and "border.csv" in text and "duplicates.csv" in text
    province = result.border  # the same table the run returns
    assert len(province) == 1
    # the terminal: the dashboard address, then the table of counties, pieces, seconds and peak memory per task
    import re

    assert re.search(r"dashboard: http://[\d.]+:\d+/status", text)
    assert re.search(r"^county +status +pieces +seconds +peak MB", text, re.M)
    for county in ("420115", "420117"):
        row = re.search(r"^{0} +ok +(\d+) +([\d.]+) +(\d+)".format(county), text, re.M)
        assert row and int(row.group(1)) == result.counties[county]["pieces"] and float(row.group(3)) > 50


def test_source_without_county_reported_from_the_cluster(tmp_path):
    """The county index runs as tasks on the cluster: its refusal reaches the client whole (kind and details)."""
    from carbon_metering.metering.errors import MeteringError
    from tests.province.conftest import county_mask, write_subset

    path = write_subset(tmp_path / "parcels.gpkg", "dltb_2020", county_mask("dltb_2020", "420115"),
                        rename={"ZLDWDM": "ZL"})
    with pytest.raises(MeteringError) as info:
        run(config(f"{path}|layername=dltb_2020", f"{path}|layername=dltb_2020", tmp_path / "out", workers=1),
            stream=io.StringIO())
    assert info.value.kind == "province_no_county" and info.value.details["field"] == "ZLDWDM"
    assert "ZLDWDM" in render(info.value.kind, info.value.details)


def test_parcel_identity_survives_rewriting():
    """docs/province.md rule 2: one parcel however it is written; another parcel stays another."""
    import shapely

    from carbon_metering.metering.province.inputs import parcel_digests, wkb_hashes

    ring = [(0, 0), (30, 0), (30, 20), (12, 26), (0, 20)]
    hole = [(5, 5), (5, 9), (9, 9), (9, 5)]
    parcel = shapely.affinity.translate(shapely.MultiPolygon([shapely.Polygon(ring, [hole])]), 480000.123456,
                                        3360000.987654)
    wkb = shapely.to_wkb(parcel)
    written = [variant(wkb, kind) for kind in VARIANTS]
    both = variant(variant(variant(wkb, "noise"), "reversed"), "start_vertex")
    assert len({bytes(w) for w in written + [both, wkb]}) == len(VARIANTS) + 2  # the bytes all differ
    others = [shapely.to_wkb(shapely.affinity.translate(parcel, 0.01)),  # 10 × the tolerance away
              shapely.to_wkb(shapely.MultiPolygon([shapely.Polygon(ring[:-1], [hole])])),  # a vertex fewer
              shapely.to_wkb(shapely.MultiPolygon([shapely.Polygon(ring)]))]  # without its hole
    digests, present = parcel_digests([wkb] + written + [both] + others + [None])
    assert present.tolist() == [True] * (len(VARIANTS) + 5) + [False]
    same = digests[:len(VARIANTS) + 2]
    assert (same == same[0]).all()
    assert len(set(digests[len(VARIANTS) + 2:-1].tolist()) | {int(same[0])}) == 4
    # without snapping (tolerance 0) the noise is another parcel, the rest still the same
    exact, _ = parcel_digests([wkb] + written, 0.0)
    assert [d == exact[0] for d in exact[1:]] == [kind != "noise" for kind in VARIANTS]
    # parcels.npz: the digests of the parcels with a geometry, sorted
    assert wkb_hashes([wkb, None, others[0]]).tolist() == sorted([int(same[0]), int(digests[len(VARIANTS) + 2])])
