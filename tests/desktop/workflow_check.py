"""Runs inside the real QGIS desktop: the workflow panel walks the sample county to a report.

Driven by tests/test_workflow_desktop.py. Adds the sample layers, opens the panel, runs every
step through the panel's own Run buttons (background tasks, as a user clicks them), saves a
screenshot of the window after each step and writes what it saw to $CM_DESKTOP_RESULT.
"""

import json
import os

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

RESULT = os.environ["CM_DESKTOP_RESULT"]
SHOTS = os.environ["CM_DESKTOP_SHOTS"]
SAMPLE = os.environ["CM_DESKTOP_SAMPLE"]
OUT = os.environ["CM_DESKTOP_OUT"]
result = {"steps": [], "shots": [], "status": {}}


def start():
    plugin = plugins.get("carbon_metering")
    result["plugin_loaded"] = plugin is not None
    if plugin is None:
        return finish()
    layers = {}
    for name, layer_name in (("dltb_2020", "county.gpkg"), ("dltb_2023", "county.gpkg"), ("plots", "survey.gpkg")):
        layer = QgsVectorLayer(os.path.join(SAMPLE, layer_name) + "|layername=" + name, name, "ogr")
        QgsProject.instance().addMapLayer(layer)
        layers[name] = layer
    dock = plugin.dock
    plugin.dock_action.trigger()
    result["dock_visible"] = dock.isVisible()
    result["dock_title"] = dock.windowTitle()
    dock.base_layer.setLayer(layers["dltb_2020"])
    dock.target_layer.setLayer(layers["dltb_2023"])
    dock.plots_layer.setLayer(layers["plots"])
    dock.out_dir.setFilePath(OUT)
    dock.refresh()
    result["status_before"] = {k: v.text() for k, v in dock.status_labels.items()}
    snap("0_inputs")
    run_next(dock)


def snap(name):
    path = os.path.join(SHOTS, "workflow_{0}.png".format(name))
    iface.mainWindow().grab().save(path)
    result["shots"].append(path)


def run_next(dock):
    pending = [k for k in dock.status_labels if k not in dock.results]
    if not pending or any(k in dock.last_errors for k in dock.status_labels):
        return finish(dock)
    key = pending[0]
    dock.run_buttons[key].click()  # what the user does
    result["steps"].append(key)
    wait(dock, key, 0)


def wait(dock, key, ticks):
    if key in dock.tasks and ticks < 1200:
        QTimer.singleShot(250, lambda: wait(dock, key, ticks + 1))
        return
    result["status"][key] = dock.status_labels[key].text()
    snap("{0}_{1}".format(len(result["steps"]), key))
    QTimer.singleShot(100, lambda: run_next(dock))


def finish(dock=None):
    if dock is not None:
        result["results"] = {k: {o: str(v) for o, v in r.items()} for k, r in dock.results.items()}
        result["errors"] = dict(dock.last_errors)
        group = QgsProject.instance().layerTreeRoot().findGroup(
            dock.windowTitle() and QgsApplication.translate("WorkflowDock", "Carbon metering results"))
        result["loaded_layers"] = [n.layer().name() for n in group.findLayers()] if group else []
        result["styled"] = {n.layer().name(): n.layer().renderer().type() for n in group.findLayers()
                            if n.layer().isSpatial()} if group else {}
    with open(RESULT, "w", encoding="utf-8") as fh:
        json.dump(result, fh, ensure_ascii=False)
    QgsApplication.exit(0)


QTimer.singleShot(2000, start)
