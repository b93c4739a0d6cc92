"""The province runner equals the plugin chain on the sample county (issue 9, correctness).

The plugin chain (the model carbon_metering_chain: parcel_change, plot_carbon, stratum_density
× 2, parcel_stock, uncertainty) runs here in QGIS; the runner runs in its own environment
(.venv-province, no QGIS: `make setup` creates it) on the same inputs with the same seed, as
a separate process. Pieces, stocks, sink, the stock summary and the uncertainty (Approach 1
and Monte Carlo) must agree to 1e-9 relative; the province total is the sum of the counties.
"""

import os
import subprocess

import numpy as np
import pandas as pd

from tests.conftest import REPO

PROVINCE_PY = REPO / ".venv-province" / "bin" / "python"
REL = 1e-9
NUMERIC = ["area_m2", "area_ha", "stock_base_total_tc", "stock_target_total_tc", "stock_base_agb_tc",
           "stock_target_soil_tc", "dc_per_year_tc", "sink_tco2e", "base_area_m2", "target_area_m2"]


def _close(a, b, what):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    assert a.shape == b.shape, what
    assert np.array_equal(np.isnan(a), np.isnan(b)), what
    ok = ~np.isnan(a)
    scale = np.maximum(np.maximum(np.abs(a[ok]), np.abs(b[ok])), 1e-6)
    worst = float(np.max(np.abs(a[ok] - b[ok]) / scale)) if ok.any() else 0.0
    assert worst <= REL, (what, worst)


def _frame(uri):
    from qgis.core import QgsVectorLayer

    from carbon_metering.processing_provider.qgis_io import source_to_frame

    layer = QgsVectorLayer(uri, "t", "ogr")
    assert layer.isValid(), uri
    return source_to_frame(layer, fields=[f.name() for f in layer.fields() if f.name() != "fid"])


def _pieces(frame):
    keys = ["base_fid", "target_fid", "area_m2"]
    frame = frame.copy()
    for k in ("base_fid", "target_fid"):
        frame[k] = pd.to_numeric(frame[k]).fillna(-1).astype(np.int64)
    return frame.sort_values(keys).reset_index(drop=True)


def test_runner_equals_plugin_chain(provider, tmp_path, sample_copy):
    from carbon_metering.tools.demo import run_chain

    assert PROVINCE_PY.exists(), "the runner's environment is missing: run `make setup` (creates .venv-province)"
    county, survey = sample_copy("county.gpkg"), sample_copy("survey.gpkg")
    results, _totals = run_chain(str(county), str(survey), str(tmp_path / "chain"))
    out = tmp_path / "province"
    env = dict(os.environ, PYTHONPATH=str(REPO / ".build" / "python"))
    env.pop("PROJ_DATA", None)
    run = subprocess.run([str(PROVINCE_PY), "-m", "carbon_metering.province", "--base",
                          f"{county}|layername=dltb_2020", "--target", f"{county}|layername=dltb_2023",
                          "--plots", str(survey), "--out", str(out), "--workers", "1", "--no-progress"],
                         capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr

    chain = _pieces(_frame(results["stock:parcel_stock"]))
    runner = _pieces(pd.concat([_frame(str(out / "counties" / c / "pieces.gpkg") + "|layername=pieces")
                                for c in ("420115", "420117")], ignore_index=True))
    assert len(chain) == len(runner) == 6698
    for column in ("base_code", "target_code", "base_object", "target_object", "change_flag", "county",
                   "base_key", "target_key", "sliver", "base_fid", "target_fid"):
        assert chain[column].astype(str).tolist() == runner[column].astype(str).tolist(), column
    for column in NUMERIC:
        _close(chain[column], runner[column], column)

    summary = pd.read_csv(out / "province_summary.csv", dtype={"county": str})
    chain_summary = _frame(results["stock:stock_summary"])
    keys = ["county", "object", "pool", "change_group"]
    merged = chain_summary.merge(summary, on=keys, suffixes=("_c", "_r"), how="outer", indicator=True)
    assert (merged["_merge"] == "both").all()
    for column in ("n_pieces", "area_ha", "stock_base_tc", "stock_target_tc", "sink_tco2e"):
        _close(merged[column + "_c"], merged[column + "_r"], "summary " + column)
    # The province total is the sum of the two counties.
    rows = summary[(summary["object"] == "ALL") & (summary["pool"] == "total") & (summary["change_group"] == "all")]
    total = rows[rows["county"] == "ALL"]["sink_tco2e"].iloc[0]
    _close([total], [rows[rows["county"] != "ALL"]["sink_tco2e"].sum()], "province = sum of counties")

    unc = pd.read_csv(out / "uncertainty.csv")
    chain_unc = _frame(results["uncertainty:uncertainty"])
    merged = chain_unc.merge(unc, on=["level", "name", "quantity"], suffixes=("_c", "_r"))
    assert len(merged) == len(chain_unc) == len(unc)
    for column in ("estimate", "u1_pct", "mc_mean", "mc_p2_5", "mc_p97_5", "u2_pct"):
        _close(merged[column + "_c"], merged[column + "_r"], "uncertainty " + column)
