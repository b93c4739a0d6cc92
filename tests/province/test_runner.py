"""The province runner without QGIS: partition, faults, reruns, the documented rules (docs/province.md)."""

import io
import json
import os

import pandas as pd
import pytest

from carbon_metering.metering.province import cli
from carbon_metering.metering.province.messages import render
from carbon_metering.metering.province.runner import run
from tests.province.conftest import COUNTY, config


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
    # the duplicated 420115 parcel (also delivered in 420117's file) was dropped: same result as the sample
    assert result.counties["420115"]["pieces"] == 3257
    notes = json.load(open(out / "counties" / "420115" / "summary.json"))["notes"]
    assert [n["details"]["count"] for n in notes if n["kind"] == "province_duplicates"] == [1]
    assert _total(summary) == pytest.approx(_total(_summary(sample_run[0])), rel=1e-12)
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
    assert "--scheduler" in cli.parser().format_help() and "--county-field" in cli.parser().format_help()
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
