"""The plugin in the real QGIS desktop, under Xvfb, with an isolated profile."""

import json
import os
import re
import shutil
import subprocess

from tests.conftest import REPO


def run_desktop(tmp_path, shot, lang=None):
    """Start QGIS under Xvfb with the plugin enabled, run desktop_check.py, return its findings."""
    profile = tmp_path / "profiles" / "profiles" / "default" / "QGIS"
    profile.mkdir(parents=True)
    settings = "[PythonPlugins]\ncarbon_metering=true\n"
    if lang:  # as Settings › Options › General › "Override system locale" stores it
        settings += "\n[locale]\noverrideFlag=true\nuserLocale={0}\nglobalLocale={0}\n".format(lang)
    (profile / "QGIS3.ini").write_text(settings, encoding="utf-8")
    shot.parent.mkdir(exist_ok=True)
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
    return json.loads(result_file.read_text(encoding="utf-8"))


def test_plugin_loads_in_desktop_with_menu_and_provider(tmp_path):
    from carbon_metering.processing_provider.algorithms import ALGORITHMS

    shot = REPO / "out" / "desktop_plugin.png"
    result = run_desktop(tmp_path, shot)
    assert result["plugin_loaded"]
    assert result["menu_title"] == "Carbon Metering 碳汇计量"
    assert result["menu_in_menubar"]
    assert result["provider"]
    expected = sorted("carbonmeter:" + cls().name() for cls in ALGORITHMS)
    assert [a for a in result["algorithms"] if a in expected] == expected
    extra_actions = {"carbonmeter_load_sample", "carbonmeter_open_chain_model", "carbonmeter_workflow_panel"}
    algorithm_actions = [  # the parcel chain's tools and, in a submenu each, the other systems'
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


def test_desktop_speaks_chinese(tmp_path):
    """With QGIS in zh_CN the plugin's menu, tools and forms are Chinese."""
    result = run_desktop(tmp_path, REPO / "out" / "desktop_plugin_zh.png", lang="zh_CN")
    assert result["menu_title"] == "碳汇计量 Carbon Metering"
    texts = dict(zip(result["menu_actions"], result["menu_texts"]))
    assert texts["carbonmeter_load_sample"] == "加载示例县数据"
    for action, text in texts.items():
        if action.startswith("carbonmeter_"):
            assert re.search(r"[\u4e00-\u9fff]", text), (action, text)
