"""Headless use through qgis_process (Debian: call qgis_process.bin, see README)."""

import os
import shutil
import subprocess
import sysconfig

import pytest

from tests.conftest import REPO

QGIS_PROCESS = shutil.which("qgis_process.bin") or shutil.which("qgis_process")


def run_qgis_process(home, *args, timeout=300):
    env = dict(os.environ)
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(REPO / ".build" / "python"))
    # shapely 2 (requirements-qgis.txt) lives in the .venv, as a user's `pip install --user` would for QGIS
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [sysconfig.get_paths()["purelib"], env.get("PYTHONPATH")]))
    return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def qp_home(tmp_path_factory):
    """An isolated HOME whose QGIS profile has the plugin enabled."""
    assert QGIS_PROCESS, "qgis_process is installed by `make setup`"
    home = tmp_path_factory.mktemp("qp_home")
    enabled = run_qgis_process(home, "plugins", "enable", "carbon_metering")
    assert enabled.returncode == 0, enabled.stderr
    return home


def test_qgis_process_lists_every_algorithm(qp_home):
    from carbon_metering.processing_provider.algorithms import ALGORITHMS

    listed = run_qgis_process(qp_home, "list")
    assert listed.returncode == 0, listed.stderr
    assert "Carbon Metering" in listed.stdout
    for cls in ALGORITHMS:
        assert "carbonmeter:" + cls().name() in listed.stdout


def test_qgis_process_help_shows_parameters(qp_home):
    from carbon_metering.processing_provider.algorithms import ALGORITHMS

    for cls in ALGORITHMS:
        alg = cls()
        alg.initAlgorithm({})
        shown = run_qgis_process(qp_home, "help", "carbonmeter:" + alg.name())
        assert shown.returncode == 0, shown.stderr
        for param in alg.parameterDefinitions():
            assert param.name() in shown.stdout


def test_qgis_process_runs_parcel_change_on_the_sample(qp_home, tmp_path, sample_copy):
    county = sample_copy("county.gpkg")
    out = tmp_path / "pieces.gpkg"
    matrix = tmp_path / "matrix.csv"
    ran = run_qgis_process(
        qp_home, "run", "carbonmeter:parcel_change", "--",
        f"BASE={county}|layername=dltb_2020", "BASE_FIELD=DLBM",
        f"TARGET={county}|layername=dltb_2023", "TARGET_FIELD=DLBM",
        f"OUTPUT={out}", f"CHANGE_MATRIX={matrix}",
    )
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-3000:]
    from qgis.core import QgsVectorLayer

    pieces = QgsVectorLayer(str(out), "pieces", "ogr")
    assert pieces.isValid() and pieces.featureCount() > 6000
    flags = {f["change_flag"] for f in pieces.getFeatures()}
    assert {0, 1} <= flags
    assert matrix.exists() and matrix.stat().st_size > 0


def test_qgis_process_code_fields_default_to_dlbm_when_omitted(qp_home, tmp_path):
    """Issue 16: BASE_FIELD/TARGET_FIELD were refused when omitted from qgis_process although the docs
    say they default to DLBM. One 100 m square arbor (0301) on a former dry land (0103): one changed
    piece of 10000 m²."""
    from qgis.core import QgsVectorLayer

    from tests.test_parcel_change import rows, sq, write_layer

    base = write_layer(tmp_path / "in.gpkg", "base", rows((sq(0, 0, 100), "0103")))
    target = write_layer(tmp_path / "in.gpkg", "target", rows((sq(0, 0, 100), "0301")))
    out = tmp_path / "pieces.gpkg"
    ran = run_qgis_process(qp_home, "run", "carbonmeter:parcel_change", "--", f"BASE={base}", f"TARGET={target}",
                           "AREA_METHOD=1", f"OUTPUT={out}", f"CHANGE_MATRIX={tmp_path / 'matrix.csv'}")
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-3000:]
    pieces = [(f["base_code"], f["target_code"], f["change_flag"], round(f["area_m2"]))
              for f in QgsVectorLayer(str(out), "pieces", "ogr").getFeatures()]
    assert pieces == [("0103", "0301", 1, 10000)]


def test_qgis_process_prints_each_import_problem_once(qp_home, tmp_path):
    """Issue 15: a field-sheet problem was printed by the log and again in the error message."""
    from tests.test_survey import _example

    tables = _example()
    tables["soil"].loc[0, "bulk_density_g_cm3"] = 3.5
    tables["trees"].loc[0, "dbh_cm"] = 999.0
    for name, frame in tables.items():
        frame.to_csv(tmp_path / "{0}.csv".format(name), index=False)
    ran = run_qgis_process(qp_home, "run", "carbonmeter:import_survey", "--",
                           f"INPUT={tmp_path / 'plots.csv'}", f"OUTPUT={tmp_path / 'x.gpkg'}")
    assert ran.returncode != 0
    printed = ran.stdout + ran.stderr
    # qgis_process 3.22 itself prints an algorithm's error message three times (its log, the message
    # log and ERROR:); the plugin adds no copy of a problem the message already lists (it logged each
    # one before the message repeated them).
    headline = printed.count("problems found in")
    assert headline >= 1
    for problem in ("sheet soil, row 2, column bulk_density_g_cm3", "column dbh_cm"):
        assert printed.count(problem) == headline, (problem, printed[-3000:])
    assert not (tmp_path / "x.gpkg").exists()
