"""Outputs loaded into the project (toolbox, chain model, workflow panel) get their translated name
and the shipped style (issue 15: "the layers it loads have translated names and shipped styles")."""

import os

import pytest

from tests.conftest import REPO


def _run_loaded(alg_id, params, output_names):
    """Run as the dialog does: outputs to be loaded into the project; returns the load details."""
    from qgis.core import (
        QgsApplication,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProcessingOutputLayerDefinition,
        QgsProject,
    )

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    for name in output_names:
        params[name] = QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", QgsProject.instance())
    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    results, ok = alg.run(params, context, QgsProcessingFeedback())
    assert ok
    return results, context


def _loaded_layer(results, output, context):
    from qgis.core import QgsProcessingUtils

    layer = QgsProcessingUtils.mapLayerFromString(results[output], context)
    details = context.layerToLoadOnCompletionDetails(results[output])
    assert details.postProcessor() is not None, output
    details.postProcessor().postProcessLayer(layer, context, None)
    return layer


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_plot_carbon_and_density_outputs_get_name_and_style(provider, sample_copy, lang):
    from qgis.PyQt.QtCore import QCoreApplication

    from carbon_metering.plugin.i18n import load_translator

    translator = load_translator("zh_CN") if lang == "zh" else None
    try:
        survey = sample_copy("survey.gpkg")
        results, context = _run_loaded("carbonmeter:plot_carbon", {"INPUT": f"{survey}|layername=plots",
                                                                   "SOIL_DEPTH": 30}, ["OUTPUT"])
        plots = _loaded_layer(results, "OUTPUT", context)
        assert plots.name() == {"en": "Plot carbon densities", "zh": "样地碳密度"}[lang]
        # styles/plot_carbon.qml: plots by metering object
        assert plots.renderer().type() == "categorizedSymbol"
        assert plots.renderer().classAttribute() == "object"
        density, dcontext = _run_loaded("carbonmeter:stratum_density", {"INPUT": plots, "YEAR": 2020}, ["OUTPUT"])
        table = _loaded_layer(density, "OUTPUT", dcontext)
        assert table.name() == {"en": "Stratum densities 2020", "zh": "分层碳密度 2020"}[lang]
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)


def test_every_spatial_output_style_is_shipped():
    from carbon_metering.processing_provider.layer_style import layer_titles, style_path

    for table in ("parcel_change", "parcel_stock", "plot_carbon"):
        assert style_path(table) and os.path.samefile(style_path(table), REPO / "styles" / (table + ".qml"))
        assert table in layer_titles()
