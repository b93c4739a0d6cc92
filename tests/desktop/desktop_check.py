"""Runs inside the real QGIS desktop (``qgis --code``): checks the plugin, saves a screenshot.

Driven by tests/test_desktop.py; writes its findings as JSON to $CM_DESKTOP_RESULT.
"""

import json
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtWidgets import QMenu
from qgis.utils import iface, plugins, unloadPlugin

RESULT = os.environ["CM_DESKTOP_RESULT"]
SHOT = os.environ["CM_DESKTOP_SCREENSHOT"]


def all_actions(menu):
    """The menu's actions and, after each submenu's own action, the submenu's (each system's tools)."""
    found = []
    for action in menu.actions():
        found.append(action)
        if action.menu() is not None:
            found.extend(all_actions(action.menu()))
    return found


def snapshot_and_check():
    result = {"plugin_loaded": "carbon_metering" in plugins}
    menu = iface.mainWindow().findChild(QMenu, "mCarbonMeteringMenu")
    provider = QgsApplication.processingRegistry().providerById("carbonmeter")
    result["menu_title"] = menu.title() if menu else None
    result["menu_in_menubar"] = bool(menu) and menu.menuAction() in iface.mainWindow().menuBar().actions()
    actions = all_actions(menu) if menu else []
    result["menu_actions"] = [a.objectName() or a.text() for a in actions]
    result["menu_texts"] = [a.text() for a in actions]
    result["submenus"] = [a.menu().title() for a in actions if a.menu() is not None]
    result["provider"] = provider is not None
    result["algorithms"] = sorted(a.id() for a in provider.algorithms()) if provider else []
    if menu is not None:
        bar = iface.mainWindow().menuBar()
        menu.popup(bar.mapToGlobal(bar.actionGeometry(menu.menuAction()).bottomLeft()))
    QTimer.singleShot(800, lambda: finish(result, menu))


def finish(result, menu):
    QGuiApplication.primaryScreen().grabWindow(0).save(SHOT)
    if menu is not None:
        menu.hide()
    plugin = plugins.get("carbon_metering")
    plugin._open_chain_model()
    dialog = getattr(plugin, "_modeler", None)
    result["modeler_open"] = dialog is not None and dialog.isVisible()
    result["modeler_steps"] = sorted(
        child.algorithmId() for child in dialog.model().childAlgorithms().values()
    ) if dialog is not None else []
    QTimer.singleShot(1500, lambda: close_modeler(result, dialog))


def close_modeler(result, dialog):
    if dialog is not None:
        dialog.grab().save(SHOT.replace(".png", "_modeler.png"))
        dialog.setModified(False) if hasattr(dialog, "setModified") else None
        dialog.close()
    survey = os.environ.get("CM_DESKTOP_SURVEY")
    if survey:
        open_survey_form(result, survey)
    result["unloaded"] = unloadPlugin("carbon_metering")
    result["provider_after_unload"] = (
        QgsApplication.processingRegistry().providerById("carbonmeter") is not None
    )
    with open(RESULT, "w", encoding="utf-8") as fh:
        json.dump(result, fh, ensure_ascii=False)
    QgsApplication.exit(0)


def open_survey_form(result, survey):
    """Open the survey GeoPackage's own project and a plot's attribute form, as a surveyor would."""
    from qgis.core import QgsProject
    from qgis.gui import QgsRelationEditorWidget

    result["survey_project"] = QgsProject.instance().read("geopackage:{0}?projectName=survey".format(survey))
    plots = QgsProject.instance().mapLayersByName("plots") or [
        layer for layer in QgsProject.instance().mapLayers().values() if layer.name().startswith("plots")
    ]
    result["survey_layers"] = sorted(layer.name() for layer in QgsProject.instance().mapLayers().values())
    result["survey_relations"] = len(QgsProject.instance().relationManager().relations())
    if not plots:
        return
    layer = plots[0]
    feature = next(layer.getFeatures())
    dialog = iface.getFeatureForm(layer, feature)
    dialog.resize(1000, 760)
    dialog.show()
    QgsApplication.processEvents()
    result["form_relation_editors"] = len(dialog.findChildren(QgsRelationEditorWidget))
    dialog.grab().save(SHOT.replace(".png", "_survey_form.png"))
    dialog.close()


iface.mainWindow().showMaximized()
QTimer.singleShot(2500, snapshot_and_check)
