"""The workflow panel in the real QGIS desktop under Xvfb: it walks the sample county to a report."""

import json
import os
import re
import subprocess
import sysconfig

import pytest

from tests.conftest import REPO, SAMPLE


def walk(tmp_path, lang=None):
    profile = tmp_path / "profiles" / "profiles" / "default" / "QGIS"
    profile.mkdir(parents=True)
    settings = "[PythonPlugins]\ncarbon_metering=true\n"
    if lang:
        settings += "\n[locale]\noverrideFlag=true\nuserLocale={0}\nglobalLocale={0}\n".format(lang)
    (profile / "QGIS3.ini").write_text(settings, encoding="utf-8")
    shots = REPO / "out" / ("workflow_" + (lang or "en"))
    shots.mkdir(parents=True, exist_ok=True)
    for old in shots.glob("*.png"):
        old.unlink()
    result_file = tmp_path / "result.json"
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    # the desktop's Python sees the .venv's libraries too (shapely 2 is installed there, not by Debian)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [sysconfig.get_paths()["purelib"], env.get("PYTHONPATH")]))
    env.update(CM_DESKTOP_RESULT=str(result_file), CM_DESKTOP_SHOTS=str(shots), CM_DESKTOP_SAMPLE=str(SAMPLE),
               CM_DESKTOP_OUT=str(tmp_path / "out"), QGIS_PLUGINPATH=str(REPO / ".build" / "python"))
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--noversioncheck", "--nologo",
           "--nocustomization", "--profiles-path", str(tmp_path / "profiles"),
           "--code", str(REPO / "tests" / "desktop" / "workflow_check.py")]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert result_file.exists(), proc.stdout[-3000:] + proc.stderr[-3000:]
    return json.loads(result_file.read_text(encoding="utf-8")), tmp_path / "out"


def recorded_by_steps(xlsx):
    """{"step · column": value} of the provenance rows of the facts the steps recorded (the zh workbook
    names the column in words: "stratum_density · 置信水平（%）")."""
    import openpyxl

    from carbon_metering.metering.report_content import FACTOR_LABELS
    from carbon_metering.metering.xlsx_export import RECORDED_FACT_WORDS

    column_of = {words[0]: column for column, words in {**FACTOR_LABELS, **RECORDED_FACT_WORDS}.items()}
    book = openpyxl.load_workbook(xlsx, read_only=True)
    found = {}
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            cells = [c for c in row if c is not None]
            for i, cell in enumerate(cells[:-1]):
                match = re.fullmatch(r"([a-z_]+) · (.+)", cell) if isinstance(cell, str) else None
                if match:
                    found["{0} · {1}".format(match.group(1), column_of.get(match.group(2), match.group(2)))] = \
                        str(cells[i + 1])
    return found


def workflow_default(alg_id, name):
    """The default of a parameter of a registered algorithm, as the panel leaves it."""
    from qgis.core import QgsApplication

    return QgsApplication.processingRegistry().algorithmById(alg_id).parameterDefinition(name).defaultValue()


@pytest.mark.parametrize("lang", [None, "zh_CN"])
def test_panel_walks_the_sample_county_to_a_report(tmp_path, lang, provider):
    from carbon_metering.plugin import workflow

    result, out = walk(tmp_path, lang)
    assert result["plugin_loaded"] and result["dock_visible"]
    keys = [s.key for s in workflow.STEPS]
    # before anything ran: the first steps are ready, the later ones wait for them
    assert result["status_before"]["stock"] != result["status_before"]["overlay"]
    assert result.get("errors") == {}, result.get("errors")
    assert result["steps"] == keys
    assert set(result["results"]) == set(keys)
    pdf = out / (workflow.REPORT_STEM + ".pdf")
    assert pdf.exists() and pdf.stat().st_size > 20_000
    assert (out / (workflow.REPORT_STEM + ".xlsx")).exists()
    # the steps ran one by one, not as a model: the report's provenance still records the settings the
    # density and uncertainty steps used (they travel on their output tables)
    recorded = recorded_by_steps(out / (workflow.REPORT_STEM + ".xlsx"))
    assert recorded["stratum_density · confidence_pct"] == "90.0"  # the step's default, 90 % (AR-TOOL14)
    seed_default = workflow_default("carbonmeter:uncertainty", "SEED")
    assert recorded["uncertainty · seed"] == str(seed_default)
    assert int(recorded["uncertainty · iterations"]) == workflow_default("carbonmeter:uncertainty", "ITERATIONS")
    # the layers it loaded, under their translated names; spatial ones with the shipped style
    assert len(result["loaded_layers"]) >= 8
    # the shipped styles: change flags by category, plots by object, sink per hectare graduated
    assert sorted(result["styled"].values()) == ["categorizedSymbol", "categorizedSymbol", "graduatedSymbol"]
    assert len(result["shots"]) == len(keys) + 1 and all(os.path.getsize(p) > 10_000 for p in result["shots"])
    if lang == "zh_CN":
        assert re.search(r"[\u4e00-\u9fff]", result["dock_title"])
        assert all(re.search(r"[\u4e00-\u9fff]", name) for name in result["loaded_layers"])
        assert all(re.search(r"[\u4e00-\u9fff]", text) for text in result["status"].values())
