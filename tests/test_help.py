"""Every algorithm explains itself: help text, each parameter's help, the standard it follows."""

import pytest

from carbon_metering.processing_provider.algorithms import ALGORITHMS


@pytest.mark.parametrize("cls", ALGORITHMS, ids=lambda c: c.__name__)
def test_algorithm_help_and_parameter_help(cls, qgis_app):
    alg = cls()
    alg.initAlgorithm({})
    text = alg.shortHelpString()
    assert len(text) > 300
    # Each help names its standard or method source.
    assert any(ref in text for ref in ("Hubei", "IPCC", "AR-TOOL", "GB/T", "HJ 658", "appendix", "DB4403", "T/CI 231",
                                       "guideline", "Olofsson")), alg.name()
    for param in alg.parameterDefinitions():
        assert param.help().strip(), f"{alg.name()}: parameter {param.name()} has no help"
        assert param.name() == param.name().upper(), param.name()
    assert alg.name() == alg.name().lower()
    assert alg.createInstance().name() == alg.name()


@pytest.mark.parametrize("cls", ALGORITHMS, ids=lambda c: c.__name__)
def test_help_url_leads_to_a_shipped_document(cls, qgis_app):
    from qgis.PyQt.QtCore import QUrl

    alg = cls()
    path = QUrl(alg.helpUrl()).toLocalFile()
    assert path.endswith(".md") and __import__("os").path.isfile(path), alg.helpUrl()


def test_chain_model_help_url_leads_to_its_document(provider):
    import os

    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QUrl

    model = QgsApplication.processingRegistry().algorithmById("carbonmeter:carbon_metering_chain")
    path = QUrl(model.helpUrl()).toLocalFile()
    assert os.path.isfile(path) and "carbon_metering_chain" in open(path, encoding="utf-8").read()
    assert model.create().helpUrl() == model.helpUrl()
