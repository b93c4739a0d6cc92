"""Desktop glue for the shipped chain model (the lead wires it to a menu action)."""

import os

from qgis.core import QgsProcessingModelAlgorithm
from qgis.PyQt.QtCore import QCoreApplication

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
CHAIN_MODEL = os.path.join(PLUGIN_DIR, "models", "carbon_metering_chain.model3")


def open_chain_model_in_modeler(parent=None):
    """Open models/carbon_metering_chain.model3 in the graphical modeler; returns the dialog.

    The user edits a copy: saving asks for a place in the user's own models folder, so the
    shipped file stays as released.
    """
    from processing.modeler.ModelerDialog import ModelerDialog

    model = QgsProcessingModelAlgorithm()
    if not model.fromFile(CHAIN_MODEL):
        message = QCoreApplication.translate("CarbonMetering", "Could not load the model {0}.")
        raise RuntimeError(message.format(CHAIN_MODEL))
    model.setSourceFilePath("")  # "Save" then asks where: the shipped model is not overwritten
    dialog = ModelerDialog.create(model)
    if parent is not None:
        dialog.setParent(parent, dialog.windowFlags())
    dialog.show()
    return dialog
