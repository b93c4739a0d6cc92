"""The plugin in the real QGIS desktop, under Xvfb, with an isolated profile."""

import json
import os
import shutil
import subprocess

import pytest

from tests.conftest import REPO

needs_desktop = pytest.mark.skipif(
    shutil.which("xvfb-run") is None or shutil.which("qgis") is None,
    reason="QGIS desktop and xvfb-run are installed by `make setup`",
)


@needs_desktop
def test_plugin_loads_in_desktop_with_menu_and_provider(tmp_path):
    from carbon_metering.processing_provider.algorithms import ALGORITHMS

    profile = tmp_path / "profiles" / "profiles" / "default" / "QGIS"
    profile.mkdir(parents=True)
    (profile / "QGIS3.ini").write_text("[PythonPlugins]\ncarbon_metering=true\n", encoding="utf-8")
    out_dir = REPO / "out"
    out_dir.mkdir(exist_ok=True)
    shot = out_dir / "desktop_plugin.png"
    if shot.exists():
        shot.unlink()
    result_file = tmp_path / "result.json"
    survey = tmp_path / "survey.gpkg"
    shutil.copy(REPO / "sample" / "survey.gpkg", survey)
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # a real (virtual) X display, not offscreen
    env.update(
        CM_DESKTOP_RESULT=str(result_file),
        CM_DESKTOP_SCREENSHOT=str(shot),
        QGIS_PLUGINPATH=str(REPO / ".build" / "python"),
        CM_DESKTOP_SURVEY=str(survey),
    )
    cmd = [
        "xvfb-run", "-a", "-s", "-screen 0 1600x1000x24",
        "qgis", "--noversioncheck", "--nologo", "--nocustomization",
        "--profiles-path", str(tmp_path / "profiles"),
        "--code", str(REPO / "tests" / "desktop" / "desktop_check.py"),
    ]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=180)
    assert result_file.exists(), proc.stdout[-2000:] + proc.stderr[-2000:]
    result = json.loads(result_file.read_text(encoding="utf-8"))
    assert result["plugin_loaded"]
    assert result["menu_title"] == "Carbon Metering 碳汇计量"
    assert result["menu_in_menubar"]
    assert result["provider"]
    expected = sorted("carbonmeter:" + cls().name() for cls in ALGORITHMS)
    assert [a for a in result["algorithms"] if a in expected] == expected
    extra_actions = {"carbonmeter_load_sample", "carbonmeter_open_chain_model"}
    algorithm_actions = [
        a for a in result["menu_actions"] if a.startswith("carbonmeter_") and a not in extra_actions
    ]
    # The provider also lists the shipped models (models/*.model3), one menu action each.
    models = len(list((REPO / "models").glob("*.model3")))
    assert len(algorithm_actions) == len(ALGORITHMS) + models
    assert "carbonmeter_load_sample" in result["menu_actions"]
    assert "carbonmeter_open_chain_model" in result["menu_actions"]
    assert result["modeler_open"]
    for step in ("carbonmeter:parcel_change", "carbonmeter:plot_carbon", "carbonmeter:stratum_density",
                 "carbonmeter:parcel_stock", "carbonmeter:export_report"):
        assert step in result["modeler_steps"]
    # The survey GeoPackage carries its own project: layers, relations and the plot form.
    assert result["survey_project"]
    assert {"plots", "trees", "shrub_herb", "litter", "deadwood", "soil"} <= set(result["survey_layers"])
    assert result["survey_relations"] == 5
    assert result["form_relation_editors"] == 5
    assert result["unloaded"] and not result["provider_after_unload"]
    assert shot.exists() and shot.stat().st_size > 10_000
