"""The names and shipped styles (styles/<table>.qml) of the chain's output layers, applied when QGIS
loads an output into the project: from the toolbox, the chain model or the workflow panel alike."""

import os

from qgis.core import QgsProcessingLayerPostProcessorInterface
from qgis.PyQt.QtCore import QCoreApplication

STYLES_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "styles")


def _translate(context, text):
    return QCoreApplication.translate(context, text)


def layer_titles():
    """Output table → its translated layer name in the project."""
    return {
        "parcel_change": _translate("LayerStyle", "Overlay pieces and change flags"),
        "change_matrix": _translate("LayerStyle", "Change matrix"),
        "plot_carbon": _translate("LayerStyle", "Plot carbon densities"),
        "density": _translate("LayerStyle", "Stratum densities"),
        "density_base": _translate("LayerStyle", "Stratum densities, base year"),
        "density_target": _translate("LayerStyle", "Stratum densities, metering year"),
        "parcel_stock": _translate("LayerStyle", "Parcel stock and sink"),
        "stock_summary": _translate("LayerStyle", "Stock and sink summary"),
        "uncertainty": _translate("LayerStyle", "Uncertainty"),
        "histogram": _translate("LayerStyle", "Monte Carlo histogram"),
    }


def style_path(table_name):
    """The shipped QML style of an output table, or '' when there is none (tables without geometry)."""
    path = os.path.join(STYLES_DIR, table_name + ".qml")
    return path if os.path.exists(path) else ""


def apply(layer, table_name, suffix=""):
    """Give ``layer`` its translated name (plus ``suffix``, e.g. the year) and its shipped style."""
    title = layer_titles().get(table_name)
    if title:
        layer.setName(title + suffix)
    style = style_path(table_name)
    if style:
        layer.loadNamedStyle(style)
        layer.triggerRepaint()


class StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Applies ``apply`` when QGIS loads the output (QGIS does not own post-processors: kept here)."""

    _alive = []

    def __init__(self, table_name, suffix=""):
        super().__init__()
        self.table_name, self.suffix = table_name, suffix

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        apply(layer, self.table_name, self.suffix)

    @classmethod
    def create(cls, table_name, suffix=""):
        processor = cls(table_name, suffix)
        cls._alive = cls._alive[-63:] + [processor]
        return processor


def style_on_load(context, destination, table_name, suffix=""):
    """Name and style the output ``destination`` when it is loaded on completion (dialog, model)."""
    if isinstance(destination, str) and destination and context.willLoadLayerOnCompletion(destination):
        context.layerToLoadOnCompletionDetails(destination).setPostProcessor(StyleOnLoad.create(table_name, suffix))
